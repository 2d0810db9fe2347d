/** Resolves with undefined after `ms`: the losing side of a race that bounds how long a caller waits. */
export function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}
