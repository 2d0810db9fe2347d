// Reuters codes for listings and indices outside the US: Tokyo's numbered listings (`7203.T`), the world's
// benchmark indices (`.N225`, `.FTSE`, `.STOXX50E`), and a RIC whose letters alone are a usual abbreviation
// (`BP (BP.L)`). Our own words, written the way wire copy reads; look-alikes that must stay prose are named cases.

import { strict as assert } from 'node:assert';
import { findTickerMentions } from '../../../src/core/tickers';
import { listingKey, twelveDataSymbol, yahooSymbol } from '../../../src/core/quotes/providers/providerSymbols';
import { checkNamed, checkNoMentions, summary } from './mentionSummary';

describe('Tokyo RICs', () => {
  checkNamed([
    ['in parentheses', 'Carmaker Toyota Motor (7203.T) rose while Sony Group (6758.T) slipped.', ['7203@TYO/ric', '6758@TYO/ric']],
    ['in running text and in the wire’s brackets', 'In Tokyo, 9984.T jumped and <8306.T> fell; 6501.T.', ['9984@TYO/ric', '8306@TYO/ric', '6501@TYO/ric']],
    ['a new code with a letter', 'The newly listed group (130A.T) opened higher.', ['130A@TYO/ric']],
    ['with its change, as a chip would', 'Fanuc (6954.T, -1.8%) fell.', ['6954@TYO/ric']],
  ]);

  it('positions: the mention spans the code and suffix, the symbol the code', () => {
    const text = 'Toyota Motor (7203.T) and 6758.T';
    const [toyota, sony] = findTickerMentions(text);
    assert.equal(text.substr(toyota.offset, toyota.length), '7203.T');
    assert.equal(text.substr(toyota.symbolOffset, toyota.symbolLength), '7203');
    assert.equal(text.substr(sony.offset, sony.length), '6758.T');
  });

  it('is quoted as the Tokyo listing `(TYO: 7203)` already is', () => {
    const [ric] = findTickerMentions('Toyota (7203.T)');
    const [prefixed] = findTickerMentions('Toyota (TYO: 7203)');
    assert.equal(listingKey(ric), listingKey(prefixed));
    assert.equal(yahooSymbol(ric), '7203.T');
  });
});

describe('never Tokyo RICs', () => {
  checkNoMentions([
    ['a year before a sentence', 'It closed in 2024.The next year was better, and sales in 2025.Then fell.'],
    ['a figure with more digits or a separator', 'up 12345.T and 1,234.T and 3.1415.T'],
    ['a code starting with zero (Hong Kong’s, which we do not map)', 'Tencent (0700.HK) and 0700.T'],
    ['more after the suffix', '7203.TO and 7203.Tokyo and 7203.T.csv'],
    ['three or five characters', '(720.T) and (72030.T)'],
    ['glued to a word or a path', 'v7203.T and /data/7203.T and $7203.T'],
  ], (mention) => mention.endsWith('@TYO/ric'));
});

describe('index RICs outside the US', () => {
  checkNamed([
    ['in parentheses', 'The Nikkei share average (.N225) fell 0.4% and the FTSE 100 (.FTSE) was flat.', ['N225@INDEX/index', 'FTSE@INDEX/index']],
    ['Europe', "Germany's DAX (.GDAXI), France's CAC 40 (.FCHI) and the euro zone blue chips (.STOXX50E) slipped.", ['GDAXI@INDEX/index', 'FCHI@INDEX/index', 'STOXX50E@INDEX/index']],
    ['Asia and the Americas', 'The Hang Seng (.HSI), the KOSPI (.KS11), Toronto (.GSPTSE) and Sydney (.AXJO) rose.', ['HSI@INDEX/index', 'KS11@INDEX/index', 'GSPTSE@INDEX/index', 'AXJO@INDEX/index']],
    ['in running text and in the wire’s brackets', 'The pan-European <.STOXX> fell while .N225 and .SSEC rose; .SOX slid.', ['STOXX@INDEX/index', 'N225@INDEX/index', 'SSEC@INDEX/index', 'SOX@INDEX/index']],
  ]);

  it('each is quoted where Yahoo has it', () => {
    const yahoo = (text: string) => findTickerMentions(text).map((mention) => yahooSymbol(mention));
    assert.deepEqual(yahoo('(.N225) (.FTSE) (.GDAXI) (.STOXX50E) (.HSI)'), ['^N225', '^FTSE', '^GDAXI', '^STOXX50E', '^HSI']);
    assert.deepEqual(yahoo('(.AXJO) and (.SSEC)'), ['^AXJO', '000001.SS']);
    // The ASX 200 is one index however it is written: the cache keeps one entry for it.
    const [reuters] = findTickerMentions('(.AXJO)');
    const [asx] = findTickerMentions('S&P/ASX 200 (ASX: XJO)');
    assert.equal(listingKey(reuters), listingKey(asx));
    assert.equal(twelveDataSymbol(reuters), 'XJO');
  });
});

describe('never index RICs', () => {
  checkNoMentions([
    ['a code we do not list', 'Topix (.TOPX) and .ENV and .MID and .FTSE250X'],
    ['a file extension or a path', 'open report.N225 and data/.FTSE and notes.HSI'],
    ['more after the code', '.N225.csv and .FTSE-linked and .HSIs'],
  ]);
});

describe('a RIC whose letters are a usual abbreviation', () => {
  checkNamed([
    ['after a company’s name', 'Oil major BP (BP.L; BP.N) fell.', ['BP@LSE/ric', 'BP@NYSE/ric']],
    ['not after lower-case words', 'rates rose 25 basis points (BP.L) and the index (EPS.N)', []],
  ]);
  it('not when the writer ignores it', () => assert.deepEqual(summary('Oil major BP (BP.L) fell.', { ignoreAbbreviations: ['BP'] }), []));
});
