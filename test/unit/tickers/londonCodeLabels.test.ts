// London's regulatory announcements (RNS) head each release with the listing's code under its London names, "TIDM:"
// or the older "EPIC:", on a line of its own. The code is London's. They are labels, read only before their colon:
// capitals after "EPIC" in a sentence stay prose. A release written in Markdown sets the label in bold ("**TIDM:** HLVN").
// Fixtures are our own words; the companies are invented.

import { checkNamed as check } from './mentionSummary';

describe("London's code labels in an announcement's header", () => {
  check([
    ['TIDM on a line of its own, under the company', 'Halvern Mining plc\nTIDM: HLVN\nISIN: GB00B0000000\n', ['HLVN@LSE/exchange']],
    ['EPIC on a line of its own', 'Redmoor Exploration\n\nEPIC: RDMX\n', ['RDMX@LSE/exchange']],
    ['a list item of the header', '- TIDM: HLVN\n- Sector: Mining\n', ['HLVN@LSE/exchange']],
    ['the label in bold, its colon inside', 'Halvern Mining plc\n\n**TIDM:** HLVN\n\n**ISIN:** GB00B0000000\n', ['HLVN@LSE/exchange']],
    ['the label in bold, its colon outside', '**EPIC**: RDMX\n', ['RDMX@LSE/exchange']],
    ['a venue in bold as the label', '**LSE:** HLVN\n\n**Nasdaq:** ORCD\n', ['HLVN@LSE/exchange', 'ORCD@NASDAQ/exchange']],
  ]);
  check([
    ['capitals after EPIC in a sentence', 'EPIC GAINS rose 4% on the day.\n', []],
    ['a word after the colon', 'EPIC: the game is on.\n', []],
    ['the label glued to a word', 'XEPIC: HLVN\n', []],
    ['a bold label with a word after it', '**EPIC:** the game is on.\n', []],
    ['a bold venue with no colon before capitals', '**Nasdaq** AI names rallied.\n', []],
  ]);
});
