// A rating's short form after the broker that gave it, as sell-side roundups list the Street's views: "Morgan Stanley
// (OW)", "Barclays (EW, PT $210)", "Evercore ISI (IL)", "Bernstein (OP)". Several of these codes are listed shares'
// symbols too (EW Edwards Lifesciences, MP MP Materials, UP Wheels Up, OP OceanPal), and the broker's name before
// them is no company the note quotes: read as a ticker, the code put another company's quote on the broker's view.

import type { PrecedingWord } from './abbreviations';

/** The desks' short forms: overweight, equal-weight, underweight, outperform, market/sector perform, underperform, in line… */
const ratingCodes: ReadonlySet<string> = new Set('OW EW UW OP MP UP IL SP SO MO SU MU PO NR NC'.split(' '));

// The names' distinctive words (lower case, parts of "J.P." and hyphenated names included), so a broker written in
// any of its usual ways is known: "JPMorgan", "J.P. Morgan", "Piper Sandler", "TD Cowen", "Craig-Hallum".
const brokerWords: ReadonlySet<string> = new Set(
  ('morgan stanley jpmorgan goldman sachs barclays citi citigroup bofa ubs jefferies bernstein wells fargo evercore isi ' +
    'deutsche mizuho piper sandler raymond keybanc cowen oppenheimer stifel baird wedbush needham truist hsbc macquarie ' +
    'nomura guggenheim rbc bmo cibc scotiabank canaccord cantor fitzgerald susquehanna wolfe melius daiwa jmp blair ' +
    'benchmark roth riley loop rosenblatt redburn exane paribas berenberg kepler cheuvreux morningstar argus cfra ' +
    'santander generale lazard leerink btig hallum ladenburg wainwright northland davidson telsey kbw keefe bruyette ' +
    'autonomous seaport mkm maxim moffettnathanson moffett nathanson').split(' '),
);

/** Whether `symbol` is a rating's short form and a broker's name is among the last three `words` (nearest last). */
export function namesBrokerRating(symbol: string, words: readonly PrecedingWord[]): boolean {
  return ratingCodes.has(symbol) && words.slice(-3).some((word) => word.parts.some((part) => brokerWords.has(part)));
}
