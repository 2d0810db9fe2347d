// S&P Capital IQ, and the sites built on its data, write a Korea Exchange listing with their own code for the venue and
// an A before its six digits: `(KOSE:A005930)`. The listing is the digits, as `(KRX: 005930)` writes it. Our own
// words; the companies are invented.

import { checkNamed as check } from './mentionSummary';

describe('Korea Exchange codes as data vendors write them', () => {
  check([
    ['in a company’s parenthesis', 'Hanul Electronics (KOSE:A005930) fell 1% in Seoul.', ['005930@KRX/exchange']],
    ['spaced, and glued in running text', 'Hanul (KOSE: A035420) rose; KOSE:A000660 was flat.', ['035420@KRX/exchange', '000660@KRX/exchange']],
    ['the exchange’s own prefix, unchanged', 'Hanul Electronics (KRX: 005930) fell.', ['005930@KRX/exchange']],
    ['in a quote table’s symbol column', '| Symbol | Price |\n|---|---|\n| KOSE:A005930 | 71,000 |', ['005930@KRX/table']],
  ]);
  check([
    ['not five digits, letters or another letter before them', 'Hanul (KOSE:A00593), (KOSE:ABC) and (KOSE:B005930) stay prose.', []],
  ]);
});
