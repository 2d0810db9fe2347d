// The lint server's script for the CLI's vm context: dist/lintContext.js beside the bundled CLI, or the same script
// built from the sources when the tests run them.

import { readFileSync, statSync } from 'node:fs';

declare const MARKET_NOTES_VERSION: string | undefined;

export interface ServerScript {
  readonly script: { readonly source: string; readonly filename: string };
  /** This build of it, to name its code cache; none for a script built on the fly. */
  readonly identity: string | undefined;
  /** This build of it, also when built on the fly (a hash of its text): what lint's kept results were made by. */
  readonly build: string;
}

/** dist/lintContext.js beside the bundled CLI; under the tests, the same script built from the sources now. */
export async function lintServerScript(): Promise<ServerScript> {
  if (typeof MARKET_NOTES_VERSION === 'string') {
    // Stamped now, read when the first note is linted: a run whose every result was kept never reads it.
    const filename = require.resolve('./lintContext.js');
    const info = statSync(filename);
    const identity = `${MARKET_NOTES_VERSION}-${info.size}-${Math.trunc(info.mtimeMs)}`;
    let source: string | undefined;
    return {
      script: {
        filename,
        get source() {
          return (source ??= readFileSync(filename, 'utf8'));
        },
      },
      identity,
      build: identity,
    };
  }
  const source = await buildFromSources();
  const { createHash } = await import('node:crypto');
  return { script: { source, filename: 'lintContext.js' }, identity: undefined, build: `sources-${createHash('sha256').update(source).digest('hex')}` };
}

let built: Promise<string> | undefined;

/**
 * As build.mjs builds dist/lintContext.js (scripts/lintContextScript.mjs). Names the bundler cannot follow: esbuild is
 * a development dependency, and only the tests run this, from the sources.
 */
function buildFromSources(): Promise<string> {
  built ??= (async () => {
    const [bundler, recipe] = ['esbuild', '../../scripts/lintContextScript.mjs'];
    const esbuild = (await import(bundler)) as typeof import('esbuild');
    const { lintContextScript } = (await import(recipe)) as { lintContextScript: import('esbuild').BuildOptions };
    return (await esbuild.build({ ...lintContextScript, write: false })).outputFiles![0].text;
  })();
  return built;
}
