// Offline, every chart and hover asks for history again and fails the same way. The first failure of an offline
// spell is a warning in the log; its repeats are trace lines, until a request succeeds and the next spell warns
// again. Other failures (a bad answer, a missing key) always warn: each says something new.

export type FailureLogLevel = 'warn' | 'trace';

export class OfflineFailureLog {
  private offline = false;

  /** The level for the log line of a failure; `networkFailure` when the provider could not be reached. */
  levelFor(networkFailure: boolean): FailureLogLevel {
    const level = networkFailure && this.offline ? 'trace' : 'warn';
    this.offline ||= networkFailure;
    return level;
  }

  succeeded(): void {
    this.offline = false;
  }
}
