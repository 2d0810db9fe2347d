// Text pasted from web pages and word processors carries Unicode spaces where the writer typed a space: the no-break
// space (`&nbsp;`, as press releases put it between "NASDAQ:" and the symbol), the narrow no-break space French
// copy puts before a colon, a thin space. Every form must read as it does with plain spaces, at the same offsets.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChartBlocks } from '../../../src/core/charts/chartBlocks';
import { parseChartBlock } from '../../../src/core/charts/parseChart';
import { lintNote, NoteSource, WorkspaceFigureIndex } from '../../../src/core/lint';
import { LineIndex } from '../../../src/core/tickers/lineIndex';
import { findTickerMentions } from '../../../src/core/tickers';

const note = [
  'Shares of Acme Robotics (NASDAQ: ACRB) rose after the call, and (NYSE American: UUUU) slipped.',
  'The Russell 2000 (NYSEARCA: IWM) gained while $TSLA and $BRK.B were flat.',
  'Ford Motor (F) and Advanced Micro Devices (AMD) led; financials (XLF 0.42%) lagged the Dow (^DJI -0.31%).',
  'In London, Vodafone (VOD.L) and Coca-Cola (KO.N) traded, as did (TSX: SHOP) and (NASDAQ : META).',
  '',
  '| Symbol | Last |',
  '|---|---|',
  '| AAPL | 272.41 |',
  '| MSFT | 498.12 |',
  '',
  '```text',
  'In code: (NASDAQ: CODE) is not a mention.',
  '```',
  '',
].join('\n');

describe('tickers written with Unicode spaces', () => {
  const plain = findTickerMentions(note);

  it('the plain note reads every form (the baseline the others must match)', () => {
    assert.deepEqual(plain.map((mention) => mention.symbol), ['ACRB', 'UUUU', 'IWM', 'TSLA', 'BRK.B', 'F', 'AMD', 'XLF', 'DJI', 'VOD', 'KO', 'SHOP', 'META', 'AAPL', 'MSFT']);
  });

  for (const [name, space] of [['no-break space', '\u00A0'], ['narrow no-break space', '\u202F'], ['thin space', '\u2009'], ['figure space', '\u2007']] as const) {
    it(`reads every form with a ${name} in place of each space, at the same offsets`, () => {
      assert.deepEqual(findTickerMentions(note.replaceAll(' ', space)), plain);
    });
  }

  it('reads a note that mixes them, line by line', () => {
    const mixed = note.split('\n').map((line, i) => line.replaceAll(' ', ['\u00A0', ' ', '\u202F', '\u3000'][i % 4])).join('\n');
    assert.deepEqual(findTickerMentions(mixed), plain);
  });

  it('lint finds in a workspace written with no-break spaces what it finds with plain ones, conflicts included', async () => {
    // The phrasing sets, their prose re-spaced the way a page copied from a browser spaces it (conflicting-figures
    // found 24 of its 101 findings there before the notes were read with plain spaces).
    const phrasing = join(__dirname, '../lint/phrasing');
    const notes = readdirSync(phrasing, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((set) => readdirSync(join(phrasing, set.name)).filter((name) => name.endsWith('.md')).map((name) => ({ file: `${set.name}/${name}`, text: readFileSync(join(phrasing, set.name, name), 'utf8') })));
    const respaced = (text: string) => text.split('\n').map((line) => (/^\s*[|`{}[\]"-]|^\w+:/.test(line) ? line : line.replace(/(\S) (?=\S)/g, '$1\u00A0'))).join('\n');
    const lintAll = async (texts: ReadonlyArray<{ file: string; text: string }>) => {
      const figureIndex = new WorkspaceFigureIndex();
      for (const { file, text } of texts) figureIndex.update(file, text);
      const all = await Promise.all(texts.map(({ file, text }) => lintNote(text, { file, today: '2026-11-21', figureIndex })));
      return all.map((findings) => findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`));
    };
    const withNoBreakSpaces = notes.map(({ file, text }) => ({ file, text: respaced(text) }));
    assert.ok(withNoBreakSpaces.filter(({ text }) => text.includes('\u00A0')).length > 90);
    const plainFindings = await lintAll(notes);
    assert.ok(plainFindings.flat().length > 90);
    assert.deepEqual(await lintAll(withNoBreakSpaces), plainFindings);
  });

  it('takes the block structure from the note as written: no-break spaces neither indent code nor pass as JSON whitespace', async () => {
    // Four no-break spaces do not make an indented code block (Markdown reads only spaces and tabs), so the mention
    // after them is prose; and a chart indented with them is broken JSON in the panel, so lint must say so too.
    const nbsp = '\u00A0';
    const note = `# C\n\n\`\`\`vega-lite\n{\n${nbsp.repeat(2)}"mark": "bar"\n}\n\`\`\`\n\n${nbsp.repeat(4)}(NASDAQ: AAPL) rose.\n`;
    const lines = new LineIndex(note);
    const [chart] = findChartBlocks(note, lines);
    const inPanel = parseChartBlock(chart, lines);
    assert.ok(!inPanel.ok);
    const findings = await lintNote(note, { today: '2026-11-21' });
    assert.deepEqual(findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`), [`${inPanel.problem.line}:${inPanel.problem.column} invalid-chart`]);
    assert.deepEqual(findTickerMentions(note).map((mention) => `${mention.line}:${mention.column} ${mention.symbol}`), ['9:6 AAPL']);
    assert.deepEqual(new NoteSource(note).mentions, findTickerMentions(note));
  });
});

// Translated press releases keep full-width punctuation, and pages leave zero-width characters in their text.
describe('tickers written with full-width forms and zero-width characters', () => {
  it('reads full-width parentheses, colons, dollar signs, letters and digits as their ASCII characters, at their offsets', () => {
    const note = 'Baidu, Inc.（NASDAQ：BIDU）rose, and Ｃｏｉｎ（ＮＹＳＥ：ＫＯ）too; ＄ＴＳＬＡ slid to ＄２４０.';
    const mentions = findTickerMentions(note);
    assert.deepEqual(mentions.map((mention) => `${mention.exchange ?? ''}:${mention.symbol} ${note.slice(mention.symbolOffset, mention.symbolOffset + mention.symbolLength)}`), ['NASDAQ:BIDU BIDU', 'NYSE:KO ＫＯ', ':TSLA ＴＳＬＡ']);
  });

  it('reads a zero-width character beside punctuation or a space as a space, and leaves one inside a word', () => {
    const zwsp = '\u200B';
    const note = `Apple (NASDAQ:${zwsp}AAPL) and (NYSE:${zwsp} KO)${zwsp} rose; ${zwsp}$TSLA fell; (NASDAQ: MS${zwsp}FT) is split.`;
    assert.deepEqual(findTickerMentions(note).map((mention) => mention.symbol), ['AAPL', 'KO', 'TSLA']);
  });

  it('lint reads a full-width price as the price it is', async () => {
    const note = 'As of November 20, 2026, Baidu（NASDAQ：BIDU）closed at ＄１２０.５０.\n';
    const prices = new NoteSource(note).mentions.map((mention) => mention.symbol);
    assert.deepEqual(prices, ['BIDU']);
    const quotes = async () => ({ quote: { symbol: 'BIDU', price: 150, currency: 'USD', time: Date.UTC(2026, 10, 20, 21) } as never });
    const findings = await lintNote(note, { today: '2026-11-21', quotes });
    const drift = findings.find((finding) => finding.ruleId === 'price-drift');
    assert.ok(drift, JSON.stringify(findings.map((finding) => finding.message)));
    assert.equal(note.slice(drift.offset, drift.offset + drift.length), '＄１２０.５０');
  });
});
