// Page ↔ chart worker messages (see chartWorker.ts).

export interface WorkerJob {
  readonly id: number;
  /** A compiled vega spec. */
  readonly spec: unknown;
}

export type WorkerAnswer = { readonly id: number; readonly ok: true } | { readonly id: number; readonly ok: false; readonly message: string };
