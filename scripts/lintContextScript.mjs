// How the CLI's lint server script is built: by build.mjs as dist/lintContext.js, and by src/cli/startLint.ts when
// the tests run the sources. It is a plain script that the CLI evaluates in a vm context (src/node/lintContext.ts).
//
// Inside a vm context every global name is looked up through Node's interceptor, about 25 times slower than in the
// main realm (a 1 MB lint run took a third longer for it). So the script takes the language's own globals as
// parameters, once, and its code reads them as local names. A global an older Node lacks comes in as undefined, as
// it would be there.
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';

const contextGlobals = vm
  .runInNewContext('Object.getOwnPropertyNames(globalThis)')
  .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !['undefined', 'globalThis', 'eval', 'arguments'].includes(name));

export const lintContextScript = {
  entryPoints: [fileURLToPath(new URL('../src/node/lintContextServer.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  // Prefer packages' ESM builds, as the other bundles do.
  mainFields: ['module', 'main'],
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Minified always: the CLI reads and compiles this script on every run, and nothing maps its lines back to the
  // sources (a failure reports only its message). Smaller, and free of comments, it costs less of both.
  minify: true,
  banner: { js: `(function (${contextGlobals.join(', ')}) {` },
  footer: { js: `}).call(this, ${contextGlobals.map((name) => `globalThis.${name}`).join(', ')});` },
};
