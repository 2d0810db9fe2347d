// The CLI's lint host: the lint server in a vm context on the CLI's own thread, its work under the time budget by
// vm's `timeout`, which stops a runaway pass as terminating a worker would. A worker thread costs a second Node to
// start — about 80 ms on a two-core machine, most of what `market-notes lint` took on a short note — and the CLI has
// nothing else to keep responsive while lint runs.
//
// Messages cross as JSON text both ways, as they cross a worker's port as copies: no object of one realm is used in
// the other (where `instanceof` and prototypes would differ).
//
// The context runs its own promise jobs only when it is entered (microtaskMode 'afterEvaluate'), so everything the
// server does, including what an answer to one of its questions resumes, happens inside a timed turn. A turn hands
// over what came since the last and lets the server work through its queue; it starts no job once `sliceMs` has
// passed, and its timeout is the budget plus that slice, so every job has at least its budget and a runaway one is
// stopped at most a slice after. (A timed entry costs a thread of vm's own: one per job made a run over 500 notes
// a third slower.) Past the timeout the context is dropped whole and the client starts another, so no half-done
// pass can leave it inconsistent.

import * as vm from 'node:vm';
import type { FromLintServer, ToLintServer } from '../core/lint/lintProtocol';
import type { CodeCache } from './codeCache';
import type { StartLintHost } from './lintClient';

export interface LintContextOptions {
  /** The server's script (dist/lintContext.js) and the name it is known by in stack traces. */
  readonly script: { readonly source: string; readonly filename: string };
  /** V8's code for the script from an earlier run, and where this run's goes. */
  readonly codeCache?: CodeCache;
  readonly budgetMs: number;
}

/** How long a turn goes on starting jobs: short enough to bound the budget's overrun, long enough to make turns few. */
const sliceMs = 50;

export function lintContextHost({ script, codeCache, budgetMs }: LintContextOptions): StartLintHost {
  // One compile for every context of the run (a replacement after a runaway note too), from V8's code cache when a
  // run before this one left it; made when the first context is, so a run that lints nothing compiles nothing.
  let scripts: { readonly compiled: vm.Script; readonly deliver: vm.Script } | undefined;

  const compileScripts = () => {
    const cachedData = codeCache?.data;
    return {
      compiled: new vm.Script(script.source, { filename: script.filename, ...(cachedData ? { cachedData } : {}) }),
      deliver: new vm.Script('marketNotesDeliver(marketNotesMessages)', { filename: 'market-notes-deliver' }),
    };
  };

  return (events) => {
    const { compiled, deliver } = (scripts ??= compileScripts());
    const inbox: ToLintServer[] = [];
    const outbox: FromLintServer[] = [];
    let scheduled = false;
    let stopped = false;
    let loaded = false;
    let turnEnds = 0;
    /** The server left jobs queued because the turn's slice was over. */
    let yielded = false;

    const schedule = (): void => {
      if (scheduled || stopped) return;
      scheduled = true;
      setImmediate(turn);
    };
    const sandbox: Record<string, unknown> = {
      marketNotesOwner: {
        send: (message: string) => outbox.push(JSON.parse(message) as FromLintServer),
        mayStartJob: () => {
          if (Date.now() < turnEnds) return true;
          yielded = true;
          return false;
        },
      },
    };
    // No eval or new Function in there: nothing the server runs needs them.
    const context = vm.createContext(sandbox, { microtaskMode: 'afterEvaluate', codeGeneration: { strings: false, wasm: false } });

    function turn(): void {
      scheduled = false;
      if (stopped) return;
      try {
        if (!loaded) {
          loaded = true;
          // Loading is not charged to a note (on a loaded machine it can take a while).
          compiled.runInContext(context);
        }
        yielded = false;
        turnEnds = Date.now() + sliceMs;
        sandbox.marketNotesMessages = JSON.stringify(inbox.splice(0));
        deliver.runInContext(context, { timeout: budgetMs + sliceMs });
      } catch (error) {
        stopped = true;
        const reason = error instanceof Error ? error.message : String(error);
        // What the server said before it was stopped still counts (the notes it finished).
        for (const message of outbox.splice(0)) events.message(message);
        events.gone(`lint stopped: ${reason}`);
        return;
      } finally {
        sandbox.marketNotesMessages = undefined;
      }
      for (const message of outbox.splice(0)) {
        if (stopped) return;
        events.message(message);
      }
      if (yielded || inbox.length > 0) schedule();
    }
    schedule();

    return {
      jobsAhead: Infinity,
      post: (message) => {
        inbox.push(message);
        schedule();
      },
      terminate: () => {
        stopped = true;
        inbox.length = 0;
        // By now the script's functions that lint used are compiled too: the next run skips compiling them.
        if (loaded) void codeCache?.save(compiled);
      },
    };
  };
}
