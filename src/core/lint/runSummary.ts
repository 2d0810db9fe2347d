// The one line that ends "Lint Workspace Notes": how many notes were linted and what was found.

/** "3 notes: 6 findings", "1 note: 1 finding", "12 notes: no findings"; "stopped after …" when cancelled. */
export function describeLintRun(notes: number, findings: number, cancelled = false): string {
  const counted = `${notes} ${notes === 1 ? 'note' : 'notes'}: ${findings === 0 ? 'no findings' : `${findings} ${findings === 1 ? 'finding' : 'findings'}`}`;
  return cancelled ? `stopped after ${counted}` : counted;
}
