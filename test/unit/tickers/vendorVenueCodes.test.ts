// The venue codes of data vendors and press releases that were stepped over or misread: S&P Capital IQ's and Simply
// Wall St's `(SHSE:688539)`, `(OM:VOLV B)`, `(OB:EQNR)`, `(DB:SAP)`; junior markets named in releases, `(LSE AIM:
// HLVN)`, `(Euronext Growth Paris: ALMLN)`, `(First North Stockholm: NORD)`; an ISIN after the listing; Chinese
// outlets' `.SH`, lower-case Yahoo suffixes, the country code `HK:`; an unmapped venue before a colon read as a
// Bloomberg code; Agoracom's `$NWCL.ca`. Our own sentences; look-alikes that must stay prose are named.

import { strict as assert } from 'node:assert';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';

describe('S&P Capital IQ’s and Simply Wall St’s venue codes', () => {
  checkNamed([
    ['Shanghai beside Shenzhen', 'Qinghe Semi (SHSE:688539) and Lintao Auto (SZSE:002594) rose.', ['688539@SHA/exchange', '002594@SHE/exchange']],
    ['the Nordic markets, a class after a space', 'Volvo Trucks (OM:VOLV B), Nordsjø Energy (OB:EQNR), Suomi Mobile (HLSE:NOKIA) and Jutland Pharma (CPSE:NOVO B) rose.', ['VOLV.B@STO/exchange', 'EQNR@OSL/exchange', 'NOKIA@HEL/exchange', 'NOVO.B@CPH/exchange']],
    ['New Zealand, Frankfurt’s floor and Singapore’s Catalist board', 'Kauri Building (NZSE:FBU), Walldorf Software (DB:SAP) and Merlion Foods (Catalist:5VP) rose.', ['FBU@NZX/exchange', 'SAP@FRA/exchange', '5VP@SGX/exchange']],
  ]);

  checkNoMentions([
    ['the two-letter codes as labels and words in prose', 'OB: see note. DB: 3 items. OM: pending. Catalist: a label for the board.'],
    ['glued in running text, where they are no prefix', 'Read OB:EQNR and DB:SAP and OM:VOLV in the export.'],
    ['prose after the colon in a parenthesis', 'The plan (OB: see note) and (DB: 3 items) and (Catalist: to follow) and (OM: TBD).'],
    ['a number where Catalist lists codes with a letter', 'Merlion Foods (Catalist: 2025) rose.'],
  ]);

  it('alone in a parenthesis, the short codes stay the companies listed under them', () => {
    assert.deepEqual(summary('Outset Heart (OM) rose.'), ['OM/company']);
    assert.deepEqual(summary('Frankfurt Holdings (DB) rose.'), ['DB/company']);
  });
});

describe('venue names press releases write', () => {
  checkNamed([
    ['Frankfurt spelled out, a code opening on a digit', 'Tessel Metals (Frankfurt:8NW) and Velmont (Frankfurt: T7M) rose.', ['8NW@FRA/exchange', 'T7M@FRA/exchange']],
    ['London’s junior market with its venue', 'Halvern Plc (LSE AIM: HLVN) and Thamesmead (AIM: TMQ) rose.', ['HLVN@LSE/exchange', 'TMQ@LSE/exchange']],
    ['Euronext Growth with its city', 'Malin SA (Euronext Growth Paris: ALMLN) and Vikra ASA (Euronext Growth Oslo: VIK) rose.', ['ALMLN@EPA/exchange', 'VIK@OSL/exchange']],
    ['First North with its city', 'Nordlys AB (First North Stockholm: NORD) and Fyn Bio (Nasdaq First North Copenhagen: FYNB) rose.', ['NORD@STO/exchange', 'FYNB@CPH/exchange']],
    ['an ISIN after the listing, after a dash or a comma', 'Malin SA (Euronext Paris: MLN - ISIN: FR0011234567) and Brabant NV (Euronext Brussels: BRB, ISIN BE0003456789) rose.', ['MLN@EPA/exchange', 'BRB@EBR/exchange']],
    ['"Euronext" alone, its market told by a French, Belgian or Portuguese ISIN', 'Malin SA (Euronext: MLN - ISIN: FR0011234567), Brabant NV (Euronext: BRB – ISIN: BE0003456789) and Tagus SA (Euronext Growth: TGS | ISIN: PT0000123456) rose.', ['MLN@EPA/exchange', 'BRB@EBR/exchange', 'TGS@ELI/exchange']],
  ]);

  checkNoMentions([
    ['a market named without its city: several markets, each with its own codes', 'Nordlys AB (Nasdaq First North: NORD) and Malin SA (Euronext Growth: ALMLN) and Malin SA (Euronext: MLN) rose.'],
    ['"Euronext" with a Dutch ISIN, whose issuers list in Paris or Milan as often', 'Aero Holding NV (Euronext: AIRH - ISIN: NL0000235190) rose.'],
    ['an ISIN that is not one: too short, lower case, no label', 'Malin SA (Euronext Paris: MLN - ISIN: FR00112) and (Euronext Paris: MLN - isin: FR0011234567) and (Euronext Paris: MLN - FR0011234567).'],
  ]);
});

describe('Asian outlets’ forms', () => {
  checkNamed([
    ['Shanghai’s `.SH` beside `.SS`, in prose and in a parenthesis', 'Kweichow Spirits 600519.SH and Qinghe Pharma (601318.SH) rose.', ['600519@SHA/ric', '601318@SHA/ric']],
    ['a lower-case Yahoo suffix after a numbered code, alone in a parenthesis', 'Lenovate Group (0992.hk), Kanemura Motors (7211.t) and Qinghe Pharma (600519.ss) rose.', ['0992@HKEX/ric', '7211@TYO/ric', '600519@SHA/ric']],
    ['the country code for Hong Kong, four or five digits', 'Tengwei Holdings (HK:0700) and Harbour Tin (HK: 09988) rose.', ['0700@HKEX/exchange', '09988@HKEX/exchange']],
  ]);

  checkNoMentions([
    ['a lower-case suffix in running text, after letters, or of the wrong length', 'See 0700.hk in prose, Vodaline (VOD.l), (ABC.hk), (12345678.hk) and (600519.Ss).'],
    ['a short figure or a year after HK', 'Revenue Split (HK: 12) and Sales Growth (HK: 2025) and the HK: 0700 line in prose.'],
    ['`.SH` after letters or a number of the wrong length', 'The file (RUN.SH) and 1234.SH and deploy.sh ran.'],
  ]);
});

describe('a venue’s code before a colon is no Bloomberg symbol', () => {
  checkNamed([
    ['Bloomberg’s web pages still read, the code after a colon', 'Apple Inc. (AAPL:US) and Vodafone Group (VOD:LN) rose.', ['AAPL/bloomberg', 'VOD@LSE/bloomberg']],
  ]);

  checkNoMentions([
    ['a venue we do not map before a Bloomberg code’s letters', 'Hanseatic Werke (FSE:FP) and Andes Bank (BVL:AU) and Bosphorus Air (BIST:SM) rose.'],
  ]);

  it('a venue we map before the colon reads the two letters as its listing', () => {
    assert.deepEqual(summary('Luzon Malls Inc (PSE:SM) rose.'), ['SM@PSE/exchange']);
  });
});

describe('Agoracom’s Canadian cashtags', () => {
  checkNoMentions([
    ['`.ca` after the cashtag: a Canadian listing on a venue unsaid, not a US symbol', 'Watch $NWCL.ca and $WEED.ca and $GRN.CA today.'],
    ['a currency with a country’s letters', 'USD.CA and $USD.CA rates.'],
  ]);

  it('the cashtags around them are read as before', () => {
    assert.deepEqual(summary('Watch $NWCL.ca, $TSLA and $BRK.B; $AAPL.'), ['TSLA/cashtag', 'BRK.B/cashtag', 'AAPL/cashtag']);
  });
});
