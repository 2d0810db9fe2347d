// One build for the four bundles: the extension (CommonJS, `vscode` external), the CLI (ESM, the package's bin),
// the chart panel's webview script and the Markdown preview's chart script. Type checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';

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
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.mjs',
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
    ...common,
    entryPoints: ['src/cli/cliLintWorker.ts'],
    outfile: 'dist/cliLintWorker.mjs',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['@resvg/resvg-js'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
  {
    ...common,
    entryPoints: ['webview/src/main.ts'],
    outfile: 'media/webview.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    plugins: [focusVisibleProbe],
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
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await chmod('dist/cli.mjs', 0o755);
}
