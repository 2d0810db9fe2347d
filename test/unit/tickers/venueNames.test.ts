// The venue names real copy writes before a listing: old and junior-market prefixes (`NYS:`, `NAS:`, `AIM:`,
// `NYSE Amex:`, `OTCBB:`), spellings of TSX Venture, Cboe's ETF market, and exchanges' full names. Each maps to a
// venue the product already quotes; a venue it cannot represent (Cboe Canada / NEO, CSE) stays unread. Fixtures are
// our own words.

import { strict as assert } from 'node:assert';
import { checkNamed as check, summary } from './mentionSummary';
import { parseWrittenTicker } from '../../../src/core/tickers/parseWrittenTicker';
import { yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';

describe('venue names real copy writes', () => {
  check([
    ['London’s junior market', 'Saltmarsh Brine PLC (AIM: SMB, Frankfurt:S2B, OTCQX:SMBLF) and (AIM:EURQ) raised funds.', ['SMB@LSE/exchange', 'S2B@FRA/exchange', 'SMBLF@OTC/exchange', 'EURQ@LSE/exchange']],
    ['TSX Venture, in words and with a dot', 'Prairie Inn REIT (TSX Venture: PIQ.UN), Bluewater (TSX.V: BWQ) and Redhill (TSX-V: RHQ) reported.', ['PIQ.UN@TSXV/exchange', 'BWQ@TSXV/exchange', 'RHQ@TSXV/exchange']],
    ['the TSX Venture board for shells', 'The shell (NEX: SHLQ.H) found a deal.', ['SHLQ.H@TSXV/exchange']],
    ['the Motley Fool’s old prefixes', 'Lumen Harbor Bancorp (NYS: LHBQ) jumped while Quillfeather (NAS: QFAQ) slipped.', ['LHBQ@NYSE/exchange', 'QFAQ@NASDAQ/exchange']],
    ['NYSE American’s old names', 'Tidewater Holdings (NYSE Amex: TDWQ) and Quillon (NYSE Alternext: QLNQ) listed.', ['TDWQ@NYSEAMERICAN/exchange', 'QLNQ@NYSEAMERICAN/exchange']],
    ['Cboe’s ETF market', 'Helix Bond ETF (Cboe BZX: HLXQ) launched beside (BATS: HLXR).', ['HLXQ@CBOE/exchange', 'HLXR@CBOE/exchange']],
    ['over-the-counter names', 'Pinecrest Labs (OTCBB: PNCQ) and Hollow Creek (Pink Sheets: HLCQ) were halted.', ['PNCQ@OTC/exchange', 'HLCQ@OTC/exchange']],
    ['data vendors’ venue codes', 'Tidewater (NYSEAM:TDWQ), Pinecrest (OTCPK:PNCQ) and Siemag AG (XTRA:SMGQ) were screened.', ['TDWQ@NYSEAMERICAN/exchange', 'PNCQ@OTC/exchange', 'SMGQ@XETRA/exchange']],
    ['London’s labels for a listing’s code', 'Vodaline Group (EPIC: VDQ) and Tescott (TIDM:TSQ) reported.', ['VDQ@LSE/exchange', 'TSQ@LSE/exchange']],
    ['Google Finance’s code for TSX Venture', 'Bluewater Minerals (CVE:BWQ) and Redhill (CVE: RHQ) drilled.', ['BWQ@TSXV/exchange', 'RHQ@TSXV/exchange']],
    ['Nasdaq’s tiers before 2006', 'Brenwick Bancorp (Nasdaq Small-Cap:BRNQ), Velmont (Nasdaq National Market: VLMQ) and Orcadia (Nasdaq NM: ORCQ) listed.', ['BRNQ@NASDAQ/exchange', 'VLMQ@NASDAQ/exchange', 'ORCQ@NASDAQ/exchange']],
  ]);
  check([
    ['Cenovus’s ticker, alone or after a venue', 'Cenovus Energy (CVE) and Cenovus (NYSE: CVE) rose.', ['CVE/company', 'CVE@NYSE/exchange']],
    ['London’s label words in prose', 'The EPIC: a saga. Our EPIC: FAILS list, and an (EPIC) fail.', []],
    ['a vulnerability’s number after the code', 'The flaw (CVE: 2024-3094) was patched; see CVE-2024-3094 and (CVE: TBD).', []],
  ]);
});

describe('exchanges’ full names as the prefix', () => {
  check([
    ['London and Toronto', 'Vodaline (London Stock Exchange: VDQ) and Larch Metals (Toronto Stock Exchange: LRQ) drilled.', ['VDQ@LSE/exchange', 'LRQ@TSX/exchange']],
    ['Tokyo, with a numbered listing', 'Kanto Motors (Tokyo Stock Exchange: 7211) rose.', ['7211@TYO/exchange']],
    ['New York and Nasdaq’s markets', 'Fir Bank (New York Stock Exchange: FIQ), Fjord Energy (Nasdaq Global Select Market: FJRQ) and Elm (Nasdaq Stock Market: ELMQ) reported.', ['FIQ@NYSE/exchange', 'FJRQ@NASDAQ/exchange', 'ELMQ@NASDAQ/exchange']],
    ['TSX Venture Exchange and OTC Markets', 'Arbor Gold (TSX Venture Exchange: ARQ; OTC Markets: ARQGF) drilled.', ['ARQ@TSXV/exchange', 'ARQGF@OTC/exchange']],
  ]);
});

describe('venues the exchange ids cannot name stay unread', () => {
  check([
    ['Cboe Canada and NEO', 'Maple Yield ETF (NEO: MYLQ) and Maple Growth ETF (Cboe Canada: MGRQ) launched.', []],
    ['Lima’s exchange, beside a venue we map', 'Redrock Lithium (BVL: RRQ; OTCQB: RRLQF) rose.', ['RRLQF@OTC/exchange']],
  ]);

  it('a venue’s name that is also a company’s ticker stays the company’s', () => {
    assert.deepEqual(summary('AIM ImmunoTech (AIM) and Cboe Global Markets (CBOE) rose; the venue (NYSE) did not.'), ['AIM/company', 'CBOE/company']);
  });

  it('typed and quoted in the new spellings', () => {
    assert.deepEqual(['AIM:SMB', 'NYS:KO', 'NAS:AAPL', 'OTCBB:PNCQ'].map((written) => parseWrittenTicker(written)), [
      { symbol: 'SMB', exchange: 'LSE' },
      { symbol: 'KO', exchange: 'NYSE' },
      { symbol: 'AAPL', exchange: 'NASDAQ' },
      { symbol: 'PNCQ', exchange: 'OTC' },
    ]);
    assert.equal(yahooSymbol({ symbol: 'SMB', exchange: 'LSE' }), 'SMB.L');
  });
});
