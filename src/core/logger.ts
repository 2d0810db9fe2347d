// Core never prints: it reports through this interface, which the editor glue backs with a LogOutputChannel
// and the CLI with stderr. Callers must not pass secrets; messages are written as they are.
export interface Logger {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  trace: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Core takes its notion of "now" from here, so tests and `--today` can pin it. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
