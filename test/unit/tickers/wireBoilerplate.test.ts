// Boilerplate that puts capitals in parentheses where a ticker could stand: a wire's tag after a dateline
// ("NEW YORK (AP) —") and a US time zone after a call's time ("8:30 a.m. (ET)"). AP, ET, PT and CT are listed shares
// too, so each is told from what surrounds it; the same letters written as a company's ticker stay tickers.
// Fixtures are our own words.

import { checkNamed as check } from './mentionSummary';

describe('wire datelines are not tickers', () => {
  check([
    ['a city and the wire, em dash', 'NEW YORK (AP) — Stocks drifted lower as traders waited on payrolls.', []],
    ['a city and a state, double hyphen', 'LINCOLN, Neb. (AP) -- Grain futures rose for a third day.', []],
    ['a city with initials, hyphen', 'BROOKLYN, N.Y. (AP) - The retailer named a new chief.', []],
    ['in bold, in a quote block', '> **WASHINGTON** (AFP) — Lawmakers met late.', []],
    ['a city and the story’s date before the wire', 'NEW YORK, Nov. 27, 2026 (AP) -- Stocks were mixed after the holiday.', []],
    ['a city and a day-first date', 'LONDON, 27 November 2026 (AFP) - Miners led the index lower.', []],
    ['after another sentence on the line', 'Oil slipped in Asia. LONDON (AFP) — Miners led the FTSE lower. ATLANTA (CNN) — Airlines fell.', []],
    // India's agencies: the place in a sentence's case, the day after it, and often no dash.
    ['a city in a sentence’s case, the day, no dash', 'Mumbai, Nov 20 (PTI) The Sensex gained 0.4% in early trade.', []],
    ['two words and a day-first date with its year', 'New Delhi, 20 November 2026 (IANS) Benchmark indices ended higher.', []],
    ['a city in a sentence’s case, the day, a dash', 'Pune, Nov 20 (PTI) - Auto makers led the gains.', []],
  ]);
  check([
    ['a company in capitals with no dash after it', 'NVIDIA (NVDA) rose 3% on the day.', ['NVDA/company']],
    ['a company’s ticker before a dash, not after a dateline', 'Shares of Apple (AAPL) — the phone maker — rose.', ['AAPL/company']],
    ['a tag that does not open the line or sentence', 'Officials in ATLANTA (CNN) — the network’s home — spoke.', ['CNN/company']],
    ['a day in the sentence, not a dateline’s', 'Orcadia said on Nov 20 (ORCD) it would buy back stock.', ['ORCD/company']],
    ['a day with no place and comma before it', 'Filed Nov 20 (ORCD) shares rose.', ['ORCD/company']],
  ]);
});

describe('US time zones after a call’s time are not tickers', () => {
  check([
    ['after a.m.', 'The conference call begins at 8:30 a.m. (ET) on Thursday.', []],
    ['after AM and after a clock time', 'Results at 7:00 AM (CT), the webcast at 16:00 (PT).', []],
    ['after the zone’s name', 'Management hosts a webcast at 4:30 p.m. Eastern Time (ET), or 1:30 p.m. Pacific Time (PT).', []],
    ['Mountain and Central time in lower case', 'The replay opens at noon Mountain time (MT) and closes at 5 p.m. Central time (CT).', []],
  ]);
  check([
    ['the same letters after a company’s name', 'Energy Transfer (ET) rose after the close, and Telecom Portugal (PT) fell.', ['ET/company', 'PT/company']],
  ]);
});

describe('a day’s or a month’s short form after its name is not a ticker', () => {
  check([
    ['week days, as a schedule spells them', 'The Fed meets Tuesday (TUE) and Wednesday (WED); payrolls land Friday (FRI).', []],
    ['months', 'Options expire in September (SEPT) and December (DEC).', []],
  ]);
  check([
    ['a company named by the start of its name', 'Caterpillar (CAT) and Shopify (SHOP) rose on Wednesday.', ['CAT/company', 'SHOP/company']],
  ]);
});
