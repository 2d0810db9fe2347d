// V8's code cache for a script the CLI compiles itself (the lint server's, src/node/lintContext.ts): the bytecode of
// one run, kept in a per-user folder of the OS temp directory, spares the next run compiling it again. Node's own
// compile cache (module.enableCompileCache, Node 22.1 and later) does the same for modules, not for vm scripts.
//
// The cache is only an optimisation: any problem reading or writing it is ignored, and V8 rejects data made by
// another V8 or with other flags. V8 checks little more than the source's length, so the file is named by the
// script's identity (the caller's: version, size and time of the file) and by Node's version. NODE_DISABLE_COMPILE_CACHE
// turns it off, as it does Node's.

import { readFileSync } from 'node:fs';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type * as vm from 'node:vm';
import { privateCacheFolder } from './privateCacheFolder';

export interface CodeCache {
  /** What an earlier run left for this script, if anything. */
  readonly data: Buffer | undefined;
  /** Writes `script`'s code (compiled with `data`, then run) for the next run, unless V8 used `data`. Never rejects. */
  save(script: vm.Script): Promise<void>;
}

const none: CodeCache = { data: undefined, save: async () => undefined };

/** How many versions of a script's code the folder keeps (each about 300 KB). */
const keptVersions = 4;

/** `identity` names this version of the script (undefined: no cache, as for a script built on the fly). */
export async function loadCodeCache(name: string, identity: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<CodeCache> {
  if (identity === undefined || env.NODE_DISABLE_COMPILE_CACHE) return none;
  const folder = await privateCacheFolder('code-cache');
  if (!folder) return none;
  const fileName = `${name}-${`${identity}-${process.version}-${process.arch}`.replace(/[^\w.-]+/g, '_')}.bin`;
  const file = path.join(folder, fileName);
  // Read when the script is compiled: a run that lints nothing never reads it.
  let data: Buffer | undefined | null = null;
  const read = () => {
    if (data === null) {
      try {
        data = readFileSync(file);
      } catch {
        data = undefined;
      }
    }
    return data;
  };
  let saved = false;
  return {
    get data() {
      return read();
    },
    save: async (script) => {
      if (saved || (read() && script.cachedDataRejected === false)) return;
      saved = true;
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, script.createCachedData(), { mode: 0o600 });
        await rename(temporary, file); // whole or not at all, however many runs write at once
        // Other versions' code (an upgrade, another Node, a second install) is kept, but only the few written last:
        // evicting all of it would make two installs used in turn evict each other on every run.
        const others = (await readdir(folder)).filter((other) => other.startsWith(`${name}-`) && other.endsWith('.bin') && other !== fileName);
        const written = await Promise.all(others.map(async (other) => ({ other, at: (await stat(path.join(folder, other))).mtimeMs })));
        const stale = written.sort((a, b) => b.at - a.at).slice(keptVersions - 1);
        await Promise.all(stale.map(({ other }) => rm(path.join(folder, other), { force: true })));
      } catch {
        // Not writable (a read-only temp folder, a full disk): the next run compiles, as this one did.
      }
    },
  };
}
