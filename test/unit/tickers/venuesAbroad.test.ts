// Listings on venues abroad as writers cite them: Hong Kong, India's NSE and BSE, Xetra and Frankfurt, Euronext Paris
// and Amsterdam, SIX and the Korea Exchange, Taiwan, Singapore, Johannesburg, São Paulo, Tel Aviv, New Zealand,
// Brussels and Lisbon, by prefix (`(HKEX: 0700)`, `(ETR: SAP)`), by Reuters or Yahoo suffix (`0700.HK`, `INFY.NS`,
// `NESN.S`) and in a quote table. Our own sentences; look-alikes that must stay prose are named.

import { strict as assert } from 'node:assert';
import { parseWrittenTicker } from '../../../src/core/tickers/parseWrittenTicker';
import { venueOf } from '../../../src/core/lint/rules/exchangeMismatch';
import { twelveDataSymbol, yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { exchangeTimeZone, isMarketOpen } from '../../../src/core/quotes/marketHours';
import { exchangeFromMic, exchangeFromYahooCode, splitVenueSuffix } from '../../../src/core/quotes/search/providerExchanges';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';
import { findTickerMentions, LineIndex } from '../../../src/core/tickers';

describe('venues abroad by prefix', () => {
  checkNamed([
    ['Hong Kong, padded or not', 'Tencent (HKEX: 0700) and Alibaba (HKG: 9988) and HSBC (SEHK: 5) traded.', ['0700@HKEX/exchange', '9988@HKEX/exchange', '5@HKEX/exchange']],
    ['Hong Kong glued and in a dual listing', 'Peony Holdings (NYSE: PNYH and HKEX: 1234); glued HKEX:700.', ['PNYH@NYSE/exchange', '1234@HKEX/exchange', '700@HKEX/exchange']],
    ['India, both venues in one parenthesis', 'Infosys (NSE: INFY; BSE: 500209) and Reliance (BSE: RELIANCE, BOM: 500325).', ['INFY@NSE/exchange', '500209@BSE/exchange', 'RELIANCE@BSE/exchange', '500325@BSE/exchange']],
    ['Germany', 'SAP (ETR: SAP), Siemens (XETRA: SIE) and BMW (FRA: BMW).', ['SAP@XETRA/exchange', 'SIE@XETRA/exchange', 'BMW@FRA/exchange']],
    ['Frankfurt’s short codes that open on a digit', 'Tessel Metals (TSXV: TSM; FRA: 0T5) and Velmont (FWB: 9VR) listed.', ['TSM@TSXV/exchange', '0T5@FRA/exchange', '9VR@FRA/exchange']],
    ['Euronext', 'LVMH (EPA: MC) and ASML (AMS: ASML), glued EPA:OR and (Euronext Paris: AIR).', ['MC@EPA/exchange', 'ASML@AMS/exchange', 'OR@EPA/exchange', 'AIR@EPA/exchange']],
    ['Switzerland and Korea', 'Nestle (SWX: NESN), Roche (SIX: ROG), Samsung (KRX: 005930) and KOSPI:000660.', ['NESN@SIX/exchange', 'ROG@SIX/exchange', '005930@KRX/exchange', '000660@KRX/exchange']],
    ['Morningstar writes the MIC', 'Samsung Electronics XKRX:005930 closed higher.', ['005930@KRX/exchange']],
    ['data exports write every venue by its MIC', 'Orcadia (XNAS:ORCD), Brenwick (XNYS: BRNW), Maple Rail (XTSE:MPRL), Halvorsen (XLON:HLVN) and XTKS:7211.', ['ORCD@NASDAQ/exchange', 'BRNW@NYSE/exchange', 'MPRL@TSX/exchange', 'HLVN@LSE/exchange', '7211@TYO/exchange']],
    ['Milan and Madrid', 'Eni (BIT: ENI), Intesa (Borsa Italiana: ISP), Iberdrola (BME: IBE) and, glued, BIT:UCG.', ['ENI@BIT/exchange', 'ISP@BIT/exchange', 'IBE@BME/exchange', 'UCG@BIT/exchange']],
    ['the Nordic markets, a class after a dash or a space', 'Nokia (HEL: NOKIA), Novo Nordisk (CPH: NOVO-B), Equinor (OSL: EQNR) and Volvo (Nasdaq Stockholm: VOLV B).', ['NOKIA@HEL/exchange', 'NOVO.B@CPH/exchange', 'EQNR@OSL/exchange', 'VOLV.B@STO/exchange']],
    ['Shanghai and Shenzhen, numbered', 'Kweichow Moutai (SHA: 600519) and BYD (SHE: 002594); glued SSE:601318.', ['600519@SHA/exchange', '002594@SHE/exchange', '601318@SHA/exchange']],
    ['the Canadian Securities Exchange beside its US quote', 'Redrock Lithium (CSE: RRLQ; OTCQB: RRLQF) rose.', ['RRLQ@CSE/exchange', 'RRLQF@OTC/exchange']],
    ['Taiwan’s two markets, numbered', 'Formosa Chipworks (TWSE: 2330), Jade Circuit (TPE: 2317), the tracker (XTAI: 00878) and Pinewafer (TPEx: 6488); glued TPEX:5347 and GTSM:6147.', ['2330@TWSE/exchange', '2317@TWSE/exchange', '00878@TWSE/exchange', '6488@TPEX/exchange', '5347@TPEX/exchange', '6147@TPEX/exchange']],
    ['Singapore, letters and digits mixed', 'Merlion Bank (SGX: D05), Straits Air (SES: C6L), a trust (SGX: A17U), Kallang Land (SGX: 9CI) and Orchid Tech (XSES: AWX); glued SGX:O39.', ['D05@SGX/exchange', 'C6L@SGX/exchange', 'A17U@SGX/exchange', '9CI@SGX/exchange', 'AWX@SGX/exchange', 'O39@SGX/exchange']],
    ['Johannesburg and Tel Aviv', 'Karoo Media (JSE: NPN) and Highveld Fuels (XJSE: SOL); Carmel Defence (TASE: ESLT) and Jaffa Pharma (TLV: TEVA).', ['NPN@JSE/exchange', 'SOL@JSE/exchange', 'ESLT@TASE/exchange', 'TEVA@TASE/exchange']],
    ['B3 under each of its names, a number after four letters', 'Tupi Oil (B3: PETR4), Serra Mining (BVMF: VALE3), Paulista Bank (Bovespa: ITUB4), the index fund (B3: BOVA11), Brahma Drinks (BM&FBovespa: ABEV3) and, glued, B3:WEGE3.', ['PETR4@B3/exchange', 'VALE3@B3/exchange', 'ITUB4@B3/exchange', 'BOVA11@B3/exchange', 'ABEV3@B3/exchange', 'WEGE3@B3/exchange']],
    ['New Zealand, Brussels and Lisbon', 'Kauri Building (NZX: FBU), Tasman Air (NZE: AIR), Brabant Brewers (EBR: ABI), Flemish Bank (ENXTBR: KBC), Tagus Power (ELI: EDP) and Algarve Energy (Euronext Lisbon: GALP).', ['FBU@NZX/exchange', 'AIR@NZX/exchange', 'ABI@EBR/exchange', 'KBC@EBR/exchange', 'EDP@ELI/exchange', 'GALP@ELI/exchange']],
    ['the new venues by their full names', 'Formosa Chipworks (Taiwan Stock Exchange: 2330), Pinewafer (Taipei Exchange: 6488), Merlion Bank (Singapore Exchange: D05) and Carmel Defence (Tel Aviv Stock Exchange: ESLT).', ['2330@TWSE/exchange', '6488@TPEX/exchange', 'D05@SGX/exchange', 'ESLT@TASE/exchange']],
  ]);

  checkNoMentions([
    ['the EPA as an agency', 'The Environmental Protection Agency (EPA) said; EPA: the agency will act. (EPA: new rules apply)'],
    ['the EPA before a number', 'Limits fell (EPA: 2024) and (EPA: 4 ppm).'],
    ['India’s venues as words', 'The BSE Sensex and the NSE Nifty rose; the BSE: a venue in Mumbai.'],
    ['a forward rate agreement', 'The FRA-OIS spread widened; FRA: forward rate agreement.'],
    ['a number where the venue has letters', 'Volumes (NSE: 2025) and (ETR: 1234) and (AMS: 12).'],
    ['a figure alone after Frankfurt’s prefix', 'Volumes (FRA: 2025) and (FRA: 12) and (FWB: 1234).'],
    ['letters where the venue numbers its listings', 'Banks (HKEX: HSBC) and (KRX: SAMSUNG) and KRX:ABC.'],
    ['a number of the wrong length', 'Codes (KRX: 1234) and (BSE: 12345) and (HKEX: 123456).'],
    ['a spaced prefix outside a parenthesis', 'Tencent is listed as HKEX: 0700 in Hong Kong.'],
    ['letters or a short number after a mainland China prefix', 'She said (SHE: ABC) and SHA:256 hashes and (SSE: 2026) and (SZSE: 1234).'],
    ['a mainland China prefix before a word', 'Targets (STO: a note) and (SHE: she said).'],
    ['a year after Singapore’s prefix, letters on Taiwan’s, Yahoo’s `TWO` as a word', 'Volumes (SGX: 2025) and (TWSE: TSMC) and (TPEX: ABC); two (TWO) and (TWO: 12).'],
    ['letters alone or too long on B3 and Singapore, a number on a venue of letters', 'Targets (B3: PETR) and (BVMF: ABC) and (SGX: DBSGRP) and (TASE: 2025) and (NZX: 50) and (JSE: 40).'],
    ['a spaced prefix outside a parenthesis, Taiwan’s and Singapore’s', 'Pinewafer listed as TPEX: 6488 and SGX: D05 in its filing.'],
    ['a Singapore futures contract after its commodity', 'Iron ore (SGX) rose; iron ore futures (SGX: FEF) and iron ore (SGX: TIO) fell.'],
  ]);

  it('the tickers the venues’ prefixes name alone stay companies: Entergy (ETR), Southwest Gas (SWX)', () => {
    assert.deepEqual(summary('Entergy (ETR) and Southwest Gas (SWX) rose.'), ['ETR/company', 'SWX/company']);
    assert.deepEqual(summary('BlackRock Multi-Sector Income Trust (BIT), SSE plc (SSE) and SPDR Gender Diversity (SHE) rose.'), ['BIT/company', 'SSE/company', 'SHE/company']);
    assert.deepEqual(summary('Centrais Eletricas (EBR) and SES AI (SES) rose.'), ['EBR/company', 'SES/company']);
  });

  it('the new venues’ codes that no US company lists under name only the venue alone', () => {
    assert.deepEqual(summary('Merlion Exchange Ltd (SGX), Karoo Exchange (JSE), the Tel Aviv bourse (TASE), Kauri Exchange (NZX), Tagus Group (ELI), Formosa Exchange (TWSE) and Formosa Ltd (TPE) rose.'), []);
  });

  it('a Singapore listing after a capitalised name that is no commodity’s stays a listing', () => {
    assert.deepEqual(summary('Straits Gas (SGX: G13) and Copper Holdings (SGX: C12) rose.'), ['G13@SGX/exchange', 'C12@SGX/exchange']);
  });
});

describe('venues abroad by Reuters or Yahoo suffix', () => {
  checkNamed([
    ['Hong Kong codes, four or five digits', 'Tencent (0700.HK) and 9988.HK rose; some outlets write 00700.HK.', ['0700@HKEX/ric', '9988@HKEX/ric', '00700@HKEX/ric']],
    ['India, with long symbols', 'Infosys (INFY.NS), Reliance RELIANCE.BO and HDFCBANK.NS; the scrip 500209.BO.', ['INFY@NSE/ric', 'RELIANCE@BSE/ric', 'HDFCBANK@NSE/ric', '500209@BSE/ric']],
    ['Europe', 'SAP (SAP.DE), LVMH (MC.PA), ASML (ASML.AS), Nestle (NESN.S) and NESN.SW.', ['SAP@XETRA/ric', 'MC@EPA/ric', 'ASML@AMS/ric', 'NESN@SIX/ric', 'NESN@SIX/ric']],
    ['Korea', 'Samsung Electronics (005930.KS) slipped.', ['005930@KRX/ric']],
    ['Milan, Madrid and the Nordic markets', 'Eni (ENI.MI), Iberdrola (IBE.MC), Nokia (NOKIA.HE), Equinor EQNR.OL, Sandvik (SAND.ST) and Orsted (ORSTED.CO).', ['ENI@BIT/ric', 'IBE@BME/ric', 'NOKIA@HEL/ric', 'EQNR@OSL/ric', 'SAND@STO/ric', 'ORSTED@CPH/ric']],
    ['Shanghai and Shenzhen', 'Moutai (600519.SS) and 002594.SZ rose.', ['600519@SHA/ric', '002594@SHE/ric']],
    ['a Nordic class as Reuters writes it, lower case before the suffix', 'Volvo (VOLVb.ST), Novo Nordisk (NOVOb.CO) and, in prose, VOLVb.ST.', ['VOLV.B@STO/ric', 'NOVO.B@CPH/ric', 'VOLV.B@STO/ric']],
    ['a Nordic or Toronto class as Yahoo writes it, dash and suffix', 'Norrland Telecom (NRLD-B.ST), Dansk Shipping (DSHP-B.CO) and Rideau Cable (RDC-B.TO) rose.', ['NRLD.B@STO/ric', 'DSHP.B@CPH/ric', 'RDC.B@TSX/ric']],
    ['Yahoo’s class in prose and after its venue’s prefix', 'NRLD-B.ST rose; Norrland (STO: NRLD-B.ST, NRLD-A.ST) and Rideau (TSX: RDC.B.TO).', ['NRLD.B@STO/ric', 'NRLD.B@STO/exchange', 'NRLD.A@STO/exchange', 'RDC.B@TSX/exchange']],
    ['Dow Jones’ home listing after the US symbol', 'Harrow Pharma PLC (HRWP, HRW.LN), Orlane SA (ORLN, ORL.FR), Siemag AG (SMAG.XE) and Halden NV (HLDN, HLDA.AE) moved.', ['HRWP/company', 'HRW@LSE/ric', 'ORLN/company', 'ORL@EPA/ric', 'SMAG@XETRA/ric', 'HLDN/company', 'HLDA@AMS/ric']],
    ['Dow Jones’ London code in prose', 'HRW.LN fell.', ['HRW@LSE/ric']],
    ['letters before `.TO` stay Toronto’s', 'Maple Rail (MPRL.TO) rose.', ['MPRL@TSX/ric']],
    ['a venue adjective for Milan and Stockholm', 'Milan-listed Eni (ENI) and Stockholm-listed Volvo (VOLV B) rose.', ['ENI@BIT/company', 'VOLV.B@STO/company']],
    ['Taiwan’s two markets, four to six digits', 'Formosa Chipworks (2330.TW), the tracker 00878.TW and Pinewafer (6488.TWO); in prose 6488.TWO.', ['2330@TWSE/ric', '00878@TWSE/ric', '6488@TPEX/ric', '6488@TPEX/ric']],
    ['Yahoo’s suffixes for Singapore, Johannesburg, São Paulo and Tel Aviv', 'Merlion Bank (D05.SI), Karoo Media (NPN.JO), Tupi Oil (PETR4.SA) and Carmel Defence (ESLT.TA).', ['D05@SGX/ric', 'NPN@JSE/ric', 'PETR4@B3/ric', 'ESLT@TASE/ric']],
    ['New Zealand, Brussels and Lisbon, in parentheses and in prose', 'Kauri Building (FBU.NZ), Brabant Brewers (ABI.BR) and Tagus Power EDP.LS rose.', ['FBU@NZX/ric', 'ABI@EBR/ric', 'EDP@ELI/ric']],
    ['a venue adjective for Brussels, Tel Aviv, Johannesburg and Lisbon', 'Brussels-listed Brabant Brewers (BRAB), Tel Aviv-listed Carmel Defence (ESLT), Johannesburg-listed Karoo Media (NPN) and Lisbon-listed Tagus Power (TGP) rose.', ['BRAB@EBR/company', 'ESLT@TASE/company', 'NPN@JSE/company', 'TGP@ELI/company']],
    ['a venue adjective for São Paulo and Singapore, its symbol’s digits and all', 'São Paulo-listed Tupi Oil (PETR4) and Singapore-listed Merlion Bank (D05) rose.', ['PETR4@B3/company', 'D05@SGX/company']],
    ['Bloomberg’s codes for the new venues', 'Karoo Media (NPN SJ), Tupi Oil (PETR4 BZ), Carmel Defence (ESLT IT), Kauri Building (FBU NZ), Brabant Brewers (ABI BB), Tagus Power (EDP PL) and Formosa Chipworks (2330 TT).', ['NPN@JSE/bloomberg', 'PETR4@B3/bloomberg', 'ESLT@TASE/bloomberg', 'FBU@NZX/bloomberg', 'ABI@EBR/bloomberg', 'EDP@ELI/bloomberg', '2330@TWSE/bloomberg']],
  ]);

  checkNoMentions([
    ['initials', 'U.S. stocks and P.S. the U.S and J.P. Morgan.'],
    ['a domain or file name', 'see example.de, data.PA.csv and notes.AS'],
    ['letters before a numbered venue’s suffix', 'ABC.HK and SAMSUNG.KS'],
    ['a number of the wrong length before a suffix', '123.HK and 12345.KS and 1234567.HK and 2024.PA'],
    ['a long word before a non-Indian suffix', 'MEGACORP.DE and LONGNAME.PA'],
    ['a class before a venue whose symbols carry none, or a suffix that goes on', 'Werke (SIEM-A.DE), Thames (ABC-B.L) and (NRLD-B.STO), NRLD-B.ST2, ABCDEFG-B.ST'],
    ['one capital before the class', 'The ratio (P-E.ST) and X-B.ST.'],
    ['letters before Taiwan’s suffixes, a number of the wrong length', 'ABC.TW and (TSMC.TW) and 123.TW and 1234567.TWO and 2330.TWN'],
    ['Reuters’ own letters for a Singapore listing', 'Merlion Bank (DBSM.SI) and, in prose, DBSM.SI rose.'],
    ['a phrase in capitals ending on a code that spells a word or a rating', 'The coach said (DO IT) and notes rated (MOODYS BB) and (FITCH BB).'],
    ['Singapore’s Bloomberg code, whose roots are Bloomberg’s own, and Taiwan’s after letters', 'Merlion Bank (DBS SP) and Formosa (TSMC TT).'],
  ]);

  it('a class with another venue’s suffix than its prefix names stays the symbol, as a suffix alone does', () => {
    assert.deepEqual(summary('Rideau (TSX: RDC-B.ST) and Thames (TSX: THMB.L) rose.'), ['RDC-B.ST@TSX/exchange', 'THMB.L@TSX/exchange']);
  });

  it('the mention spans the suffix, the symbol the class; a quote table reads the cell the same', () => {
    const text = 'Norrland Telecom (NRLD-B.ST) rose.\n\n| Symbol | Last |\n|---|---|\n| NRLD-B.ST | 102.40 |\n';
    const spans = findTickerMentions(text, new LineIndex(text)).map((m) => [m.symbol, m.exchange, m.form, text.slice(m.offset, m.offset + m.length), text.slice(m.symbolOffset, m.symbolOffset + m.symbolLength)]);
    assert.deepEqual(spans, [
      ['NRLD.B', 'STO', 'ric', 'NRLD-B.ST', 'NRLD-B'],
      ['NRLD.B', 'STO', 'table', 'NRLD-B.ST', 'NRLD-B'],
    ]);
  });

  it('a typed symbol in Yahoo’s spelling abroad is the class on the suffix’s venue', () => {
    assert.deepEqual(
      ['ERIC-B.ST', 'rci-b.to', 'STO:NOVO-B.CO', 'STO:ERIC-B.ST', 'NYSE:ERIC-B.ST', 'SIE-A.DE', 'ERIC-B.STO'].map((written) => parseWrittenTicker(written) ?? null),
      [{ symbol: 'ERIC.B', exchange: 'STO' }, { symbol: 'RCI.B', exchange: 'TSX' }, null, { symbol: 'ERIC.B', exchange: 'STO' }, null, null, null],
    );
  });
});

describe('a numbered listing after a venue adjective', () => {
  checkNamed([
    ['Tokyo', 'Tokyo-listed Kanemura Motors (7211) rose 3%.', ['7211@TYO/company']],
    ['a descriptor between, blanks inside', 'Tokyo-listed carmaker Kanemura (7211) rose and Hong Kong-listed Tengwei Holdings ( 0700 ) fell.', ['7211@TYO/company', '0700@HKEX/company']],
    ['Hong Kong padded, Korea', 'Hong Kong-listed Tengwei (00700) fell; Seoul-listed Hanbit Electronics (005930) rose.', ['00700@HKEX/company', '005930@KRX/company']],
    ['Tokyo’s codes with a capital', 'Tokyo-listed newcomer Aokiya (130A) debuted.', ['130A@TYO/company']],
    ['after the company’s shares', "Tokyo-listed Kanemura Motors' shares (7211) rose.", ['7211@TYO/company']],
    ['Shanghai and Shenzhen', 'Shanghai-listed Qinghe Pharma (600519) and Shenzhen-listed Lintao Auto (002594) rose.', ['600519@SHA/company', '002594@SHE/company']],
    ['Taipei and Taiwan, four to six digits', 'Taipei-listed Formosa Chipworks (2330) and Taiwan-listed Jade Fund (00878) rose.', ['2330@TWSE/company', '00878@TWSE/company']],
  ]);

  checkNoMentions([
    ['a year after a name', 'Kanemura Motors (2025) was a good year. The report (2025) said so.'],
    ['no name before the number', 'Tokyo-listed firms in (2025) did well.'],
    ['more than the number', 'Tokyo-listed Kanemura Motors (2025 sales) rose.'],
    ['too short for the venue: figures and footnotes', 'Hong Kong-listed Tengwei (27) rose; Tokyo-listed Kanemura Motors (1) and Seoul-listed Hanbit (5930) fell.'],
    ['a venue we do not map', 'Lima-listed Andes Chipworks (1155) and Colombo-listed Qinghe (2454) rose.'],
    ['a year after a Taiwan adjective and the name', 'Taipei-listed Formosa Chipworks (2019), founded in Hsinchu, rose.'],
    ['digits after an adjective whose venue lists letters alone', 'Brussels-listed Brabant Brewers (BRAB2) and Nasdaq-listed Trailpace Runner (TR265) rose.'],
    ['a venue that lists letters', 'Nasdaq-listed Orcadia (2025) and London-listed Halvorsen (7211) rose.'],
    ['a clause between', 'Tokyo-listed stocks fell while Kanemura Motors (7211) rose.'],
    ['a code Tokyo never gives', 'Tokyo-listed Kanemura Motors (0721) rose.'],
    ['a year after the adjective and the name', 'Tokyo-listed Kanemura Motors (2019), founded in Osaka, and Hong Kong-listed Tengwei Holdings (2020) rose.'],
  ]);

  it('the company-parenthesis setting turns it off', () => {
    assert.deepEqual(summary('Tokyo-listed Kanemura Motors (7211) rose 3%.', { companyParentheses: false }), []);
  });
});

describe('typed tickers on venues abroad', () => {
  it('parseWrittenTicker reads prefixes abroad, digits only where the venue numbers its listings', () => {
    assert.deepEqual(
      ['HKEX:0700', 'HKG: 9988', 'KRX:005930', 'BSE:500209', 'NSE:INFY', 'ETR:SAP', 'EPA:MC', 'SWX:NESN', 'HKEX:HSBC', 'NSE:2025', 'KRX:1234'].map((written) => parseWrittenTicker(written) ?? null),
      [
        { symbol: '0700', exchange: 'HKEX' },
        { symbol: '9988', exchange: 'HKEX' },
        { symbol: '005930', exchange: 'KRX' },
        { symbol: '500209', exchange: 'BSE' },
        { symbol: 'INFY', exchange: 'NSE' },
        { symbol: 'SAP', exchange: 'XETRA' },
        { symbol: 'MC', exchange: 'EPA' },
        { symbol: 'NESN', exchange: 'SIX' },
        null,
        null,
        null,
      ],
    );
  });

  it('providers get Milan, Madrid, the Nordic, mainland China and CSE listings in their own spelling', () => {
    const listings = [
      { symbol: 'ENI', exchange: 'BIT' },
      { symbol: 'IBE', exchange: 'BME' },
      { symbol: 'NOKIA', exchange: 'HEL' },
      { symbol: 'NOVO.B', exchange: 'CPH' },
      { symbol: 'EQNR', exchange: 'OSL' },
      { symbol: 'VOLV.B', exchange: 'STO' },
      { symbol: '600519', exchange: 'SHA' },
      { symbol: '002594', exchange: 'SHE' },
      { symbol: 'RRLQ', exchange: 'CSE' },
    ] as const;
    assert.deepEqual(listings.map(yahooSymbol), ['ENI.MI', 'IBE.MC', 'NOKIA.HE', 'NOVO-B.CO', 'EQNR.OL', 'VOLV-B.ST', '600519.SS', '002594.SZ', 'RRLQ.CN']);
    assert.deepEqual(listings.map((listing) => exchangeTimeZone(listing.exchange)), ['Europe/Rome', 'Europe/Madrid', 'Europe/Helsinki', 'Europe/Copenhagen', 'Europe/Oslo', 'Europe/Stockholm', 'Asia/Shanghai', 'Asia/Shanghai', 'America/Toronto']);
    assert.deepEqual(['ENI.MI', 'NOVO-B.CO', '600519.SS', 'RRLQ.CN'].map(splitVenueSuffix), [
      { symbol: 'ENI', exchange: 'BIT' },
      { symbol: 'NOVO-B', exchange: 'CPH' },
      { symbol: '600519', exchange: 'SHA' },
      { symbol: 'RRLQ', exchange: 'CSE' },
    ]);
  });

  it('parseWrittenTicker reads the new venues’ prefixes and Yahoo’s suffixes, each venue’s symbols only', () => {
    assert.deepEqual(
      ['TWSE:2330', 'TPEX:6488', 'SGX:D05', 'SES:9CI', 'B3:PETR4', 'BM&FBovespa:ABEV3', 'TASE:ESLT', 'NZX:FBU', 'EBR:ABI', 'ELI:EDP', 'PETR4.SA', 'D05.SI', 'DBSM.SI', 'SGX:2025', 'TWSE:TSMC', 'B3:PETR'].map((written) => parseWrittenTicker(written) ?? null),
      [
        { symbol: '2330', exchange: 'TWSE' },
        { symbol: '6488', exchange: 'TPEX' },
        { symbol: 'D05', exchange: 'SGX' },
        { symbol: '9CI', exchange: 'SGX' },
        { symbol: 'PETR4', exchange: 'B3' },
        { symbol: 'ABEV3', exchange: 'B3' },
        { symbol: 'ESLT', exchange: 'TASE' },
        { symbol: 'FBU', exchange: 'NZX' },
        { symbol: 'ABI', exchange: 'EBR' },
        { symbol: 'EDP', exchange: 'ELI' },
        { symbol: 'PETR4', exchange: 'B3' },
        { symbol: 'D05', exchange: 'SGX' },
        { symbol: 'DBSM.SI' },
        null,
        null,
        null,
      ],
    );
  });

  it('providers get the Taiwan, Singapore, Johannesburg, B3, Tel Aviv, New Zealand, Brussels and Lisbon listings in their own spelling', () => {
    const listings = [
      { symbol: '2330', exchange: 'TWSE' },
      { symbol: '6488', exchange: 'TPEX' },
      { symbol: 'D05', exchange: 'SGX' },
      { symbol: 'NPN', exchange: 'JSE' },
      { symbol: 'PETR4', exchange: 'B3' },
      { symbol: 'ESLT', exchange: 'TASE' },
      { symbol: 'FBU', exchange: 'NZX' },
      { symbol: 'ABI', exchange: 'EBR' },
      { symbol: 'EDP', exchange: 'ELI' },
    ] as const;
    assert.deepEqual(listings.map(yahooSymbol), ['2330.TW', '6488.TWO', 'D05.SI', 'NPN.JO', 'PETR4.SA', 'ESLT.TA', 'FBU.NZ', 'ABI.BR', 'EDP.LS']);
    assert.deepEqual(listings.map(twelveDataSymbol), ['2330:TWSE', '6488:TPEX', 'D05:SGX', 'NPN:JSE', 'PETR4:Bovespa', 'ESLT:TASE', 'FBU:NZX', 'ABI:Euronext', 'EDP:Euronext']);
    assert.deepEqual(listings.map((listing) => exchangeTimeZone(listing.exchange)), ['Asia/Taipei', 'Asia/Taipei', 'Asia/Singapore', 'Africa/Johannesburg', 'America/Sao_Paulo', 'Asia/Jerusalem', 'Pacific/Auckland', 'Europe/Brussels', 'Europe/Lisbon']);
    assert.deepEqual(['2330.TW', '6488.TWO', 'A17U.SI', 'PETR4.SA', 'EDP.LS'].map(splitVenueSuffix), [
      { symbol: '2330', exchange: 'TWSE' },
      { symbol: '6488', exchange: 'TPEX' },
      { symbol: 'A17U', exchange: 'SGX' },
      { symbol: 'PETR4', exchange: 'B3' },
      { symbol: 'EDP', exchange: 'ELI' },
    ]);
    assert.deepEqual(['TAI', 'TWO', 'SES', 'JNB', 'SAO', 'TLV', 'NZE', 'BRU', 'LIS'].map(exchangeFromYahooCode), ['TWSE', 'TPEX', 'SGX', 'JSE', 'B3', 'TASE', 'NZX', 'EBR', 'ELI']);
    assert.deepEqual(['XTAI', 'ROCO', 'XSES', 'XJSE', 'BVMF', 'XTAE', 'XNZE', 'XBRU', 'XLIS'].map(exchangeFromMic), ['TWSE', 'TPEX', 'SGX', 'JSE', 'B3', 'TASE', 'NZX', 'EBR', 'ELI']);
  });

  it('Taipei’s session ends at half past one; Tel Aviv opens a minute before ten', () => {
    // Wednesday 2 December 2026: 13:00 and 14:00 in Taipei (UTC+8), 09:58 and 10:00 in Tel Aviv (UTC+2).
    assert.deepEqual([Date.UTC(2026, 11, 2, 5), Date.UTC(2026, 11, 2, 6)].map((at) => isMarketOpen('TWSE', at)), [true, false]);
    assert.deepEqual([Date.UTC(2026, 11, 2, 7, 58), Date.UTC(2026, 11, 2, 8)].map((at) => isMarketOpen('TASE', at)), [false, true]);
  });

  it('exchange-mismatch maps the providers’ names for these venues back to them', () => {
    assert.deepEqual(
      ['HKSE', 'NSE', 'BSE', 'XETRA', 'SIX Swiss Exchange', 'Euronext Paris', 'Korea Exchange', 'Paris'].map((name) => venueOf(name) ?? null),
      ['HKEX', 'NSE', 'BSE', 'XETRA', 'SIX', 'EPA', 'KRX', null],
    );
    assert.deepEqual(
      ['TWSE', 'Taipei Exchange', 'SES', 'JSE', 'Bovespa', 'TASE', 'NZX', 'Euronext Brussels', 'Euronext Lisbon', 'Euronext'].map((name) => venueOf(name) ?? null),
      ['TWSE', 'TPEX', 'SGX', 'JSE', 'B3', 'TASE', 'NZX', 'EBR', 'ELI', null],
    );
  });
});

describe('a prefix and a suffix that name the same venue', () => {
  checkNamed([
    ['London, Toronto and Sydney in parentheses', 'Thamesbury (LSE:THMB.L) rose; Maple Rail (TSX: MPRL.TO) and Koala Mines (ASX: KOA.AX) fell.', ['THMB@LSE/exchange', 'MPRL@TSX/exchange', 'KOA@ASX/exchange']],
    ['glued, in a list, and after a venue word', 'Glued LSE:THMB.L rose; (NSE: INFY.NS; BSE: 500209) and LON THMB.L opened higher.', ['THMB@LSE/exchange', 'INFY@NSE/exchange', '500209@BSE/exchange', 'THMB@LSE/exchange']],
    ['a class, a unit or another venue’s suffix stays the symbol', 'BT Group (LSE: BT.A), Rogers (TSX: RCI.B), a trust (TSX: REI.UN) and (TSX: MPRL.V).', ['BT.A@LSE/exchange', 'RCI.B@TSX/exchange', 'REI.UN@TSX/exchange', 'MPRL.V@TSX/exchange']],
  ]);

  it('the mention spans the suffix, the symbol does not', () => {
    const text = 'Thamesbury (LSE:THMB.L) rose.';
    const [mention] = findTickerMentions(text, new LineIndex(text));
    assert.equal(text.slice(mention.offset, mention.offset + mention.length), 'LSE:THMB.L');
    assert.equal(text.slice(mention.symbolOffset, mention.symbolOffset + mention.symbolLength), 'THMB');
  });
});
