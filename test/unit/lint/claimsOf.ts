// The claims lint reads in a sentence, as the claim tests compare them: each figure's key, its range and its text,
// under an "As of" line for the day the sentence is read against.
import { strict as assert } from 'node:assert';
import { extractFigures, findAsOfStamps, NoteSource } from '../../../src/core/lint';

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(4)) : value);

export function claimsOf(text: string, asOf: string): string[] {
  const note = new NoteSource(`As of ${asOf}.\n\n${text}\n`);
  return extractFigures(note, findAsOfStamps(note.text, note)).map((figure) => `${figure.key} ${round(figure.low)}…${round(figure.high)} "${figure.text}"`);
}

/** One test per case: the sentence reads as the claims listed, under an "As of" line for `asOf`. */
export function readsAs(cases: ReadonlyArray<[string, string, string[]]>, asOf: string): void {
  for (const [name, text, expected] of cases) {
    it(`${name}: ${text}`, () => assert.deepEqual(claimsOf(text, asOf), expected));
  }
}

/** One test a look-alike: each sentence makes no claim under an "As of" line for `asOf`. */
export function makesNoClaim(cases: ReadonlyArray<[string, string]>, asOf: string): void {
  for (const [name, text] of cases) {
    it(`makes no claim: ${name}`, () => assert.deepEqual(claimsOf(text, asOf), []));
  }
}
