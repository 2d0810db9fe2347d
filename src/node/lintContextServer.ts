// The lint server as the CLI runs it: evaluated as a plain script (dist/lintContext.js) inside a vm context on the
// CLI's own thread (src/node/lintContext.ts). It talks to its owner only through `marketNotesOwner`, the one global
// the owner put in the context, and takes what the owner has for it through `marketNotesDeliver`. Nothing here may
// need Node: the context has only the language's own globals.

import type { FromLintServer, ToLintServer } from '../core/lint/lintProtocol';
import { serveLint } from '../core/lint/lintServer';

interface Owner {
  /** A message as JSON text (see lintContext.ts). */
  send(message: string): void;
  /** Whether this turn in the context may start another job (see lintContext.ts). */
  mayStartJob(): boolean;
}

declare const marketNotesOwner: Owner;

const owner = marketNotesOwner;

let receive: ((message: ToLintServer) => void) | undefined;
const server = serveLint({
  send: (message: FromLintServer) => owner.send(JSON.stringify(message)),
  listen: (listener) => {
    receive = listener;
  },
  // The owner hands over everything it has at the start of each turn: nothing is ever left undelivered.
  takeArrived: () => undefined,
  mayStartJob: () => owner.mayStartJob(),
});

/** One turn: the messages that came since the last (JSON text), then the jobs that wait, as long as the owner allows. */
(globalThis as { marketNotesDeliver?: (messages: string) => void }).marketNotesDeliver = (messages) => {
  for (const message of JSON.parse(messages) as ToLintServer[]) receive?.(message);
  server.resume();
};
