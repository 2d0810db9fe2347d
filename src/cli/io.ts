// What a command may touch of the outside world. `main` receives it, so tests run the CLI in-process
// with captured output and the bin stays a thin wrapper.
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes shared by every command (markdownlint-cli2's convention). */
export const exitCode = {
  ok: 0,
  findings: 1,
  failure: 2,
} as const;

/** A usage or input problem: reported on stderr as is, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
