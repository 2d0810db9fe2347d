// One build for the four bundles: the extension (CommonJS, `vscode` external), the CLI (ESM, the package's bin),
// the chart panel's webview script and the Markdown preview's chart script. Type checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { chmod, readdir, readFile, rm } from 'node:fs/promises';
import { lintContextScript } from './scripts/lintContextScript.mjs';

const { version } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  // Prefer packages' ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// The webview toolkit (FAST) probes `:focus-visible` support by inserting a <style> element, which the chart
// panel's CSP (no inline styles) blocks and reports as a violation on every load. The webview is always Chromium,
// which supports it: answer the probe at build time.
const focusVisibleProbe = {
  name: 'focus-visible-probe',
  setup(build) {
    build.onLoad({ filter: /fast-foundation[\\/]dist[\\/]esm[\\/]utilities[\\/]style[\\/]focus\.js$/ }, () => ({
      contents: 'export const focusVisible = "focus-visible";',
      loader: 'js',
    }));
  },
};

// The chart panel's worker (webview/src/chartWorker.ts) is inlined into the page's bundle as text: a webview
// starts workers only from a Blob (see chartBudget.ts).
const chartWorkerSource = {
  name: 'chart-worker-source',
  setup(build) {
    build.onResolve({ filter: /^market-notes:chart-worker-source$/ }, (args) => ({ path: args.path, namespace: 'chart-worker-source' }));
    build.onLoad({ filter: /.*/, namespace: 'chart-worker-source' }, async () => {
      const worker = await esbuild.build({ ...common, sourcemap: false, entryPoints: ['webview/src/chartWorker.ts'], write: false, format: 'iife', platform: 'browser', target: 'es2022' });
      return { contents: `export default ${JSON.stringify(worker.outputFiles[0].text)};`, loader: 'js', watchFiles: ['webview/src/chartWorker.ts'] };
    });
  },
};

const builds = [
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    // The chart worker is its own entry, and split chunks keep vega, vega-lite and resvg out of cli.mjs: they
    // load only when a chart is compiled or rendered, so `tickers` and `lint` without charts start fast.
    entryPoints: { cli: 'src/cli/bin.ts', 'chart-worker': 'src/node/chartRenderWorker.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    // Chunks sit beside the entries: code that finds a sibling file (the workers) works from any of them.
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The resvg binding is a native addon: it cannot be bundled and is loaded from node_modules.
    external: ['@resvg/resvg-js'],
    define: { MARKET_NOTES_VERSION: JSON.stringify(version) },
    banner: {
      // Bundled CommonJS dependencies may call require(); give ESM output one.
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  },
  {
    // Lint and the figure index run in a worker thread, off the extension host's (and the CLI's) main thread.
    ...common,
    entryPoints: ['src/node/lintWorker.ts'],
    outfile: 'dist/lintWorker.js',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
  },
  {
    // The CLI's lint server: a plain script the CLI evaluates in a vm context on its own thread
    // (src/node/lintContext.ts), so it may need nothing from Node. No source map: nothing reads one for a vm script.
    ...common,
    ...lintContextScript,
    sourcemap: false,
    outfile: 'dist/lintContext.js',
  },
  {
    ...common,
    entryPoints: ['webview/src/main.ts'],
    outfile: 'media/webview.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    plugins: [focusVisibleProbe, chartWorkerSource],
  },
  {
    // VS Code's Markdown preview (markdown.previewScripts): the panel's safe embed, for ```vega-lite fences.
    ...common,
    entryPoints: ['webview/src/preview/main.ts'],
    outfile: 'media/preview.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('[build] watching for changes');
} else {
  // Chunk names carry a content hash: drop the last build's, so dist/ (and the CLI tarball) holds only what loads.
  const previous = await readdir('dist').catch(() => []);
  await Promise.all(previous.filter((name) => /\.mjs(\.map)?$/.test(name)).map((name) => rm(`dist/${name}`)));
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await chmod('dist/cli.mjs', 0o755);
}
