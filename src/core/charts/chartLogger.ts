// vega reports a refused or failed data load as a *warning* ("Loading failed", url, error) and renders an empty
// chart. For a note that is still a broken chart, so this logger keeps errors and any warning that carries an
// Error, and drops vega's ordinary chatter and the TypeErrors that follow a first failure; the panel shows what it
// kept on the card, the CLI on stderr.

import type { LoggerInterface } from 'vega';

export interface ChartLogger {
  readonly logger: LoggerInterface;
  /** What went wrong while rendering, in order, worded for a person. */
  readonly problems: readonly string[];
}

export function createChartLogger(): ChartLogger {
  const problems: string[] = [];
  const keep = (args: readonly unknown[]) => {
    // A step that failed (an unknown colour scheme) leaves later steps undefined to read: the renderer's TypeError
    // ("reading 'marktype'") that follows is a consequence, and would only bury the cause. A TypeError that comes
    // first (an expression reading a field of a missing one) is the cause, and is kept.
    if (problems.length > 0 && args.some((arg) => arg instanceof TypeError)) return;
    problems.push(args.map((arg) => (arg instanceof Error ? arg.message : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(': '));
  };
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      keep(args);
      return logger;
    },
    warn(...args: unknown[]) {
      if (args.some((arg) => arg instanceof Error)) keep(args);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return { logger: logger as unknown as LoggerInterface, problems };
}
