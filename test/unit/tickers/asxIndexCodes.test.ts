// Australian market wraps write an S&P/ASX index's code after its name as a company's symbol is written: the ASX has
// one namespace for listings and indices, so the code is the index, quoted as one, never a US share's symbol. Our own
// words; the companies are invented.

import { checkNamed as check } from './mentionSummary';

describe('S&P/ASX index codes after an index’s name', () => {
  check([
    ['the benchmarks in a closing wrap', 'The Emerging Companies (XEC) index rose 1.2% while the ASX200 (XJO) slipped and the All Ords (XAO) was flat.', ['XEC@INDEX/index', 'XJO@INDEX/index', 'XAO@INDEX/index']],
    ['a sector’s index, with its move', 'Energy (XEJ -1.2%) lagged as Materials (XMJ) led.', ['XEJ@INDEX/index', 'XMJ@INDEX/index']],
    ['beside a listing', 'Quolla Gold (ASX:QLG) jumped 40% as the Small Ords (XSO) rose.', ['QLG@ASX/exchange', 'XSO@INDEX/index']],
  ]);
  check([
    ['a US fund named before the same letters', 'The SPDR S&P Telecom ETF (XTL) rose 2%.', ['XTL/company']],
  ]);
});
