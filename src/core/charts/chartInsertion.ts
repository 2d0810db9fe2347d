// Where an inserted chart goes and which tickers a selection names. Pure helpers of "Insert Chart…": the block
// must land as its own paragraph (a fence glued to a line of prose is not a fence), and the tickers of a selection
// are the mentions it touches (`(NYSEARCA: IWM)`, `$QQQ`, `Coca-Cola (KO.N)`), never a capitalised word (NASDAQ, CEO).

import type { TickerMention } from '../tickers/mention';
import { isChartTicker } from './marketBinding';

export interface ChartInsertion {
  /** Insert at the end of the cursor's line (it has text) rather than at its start (it is blank). */
  readonly atLineEnd: boolean;
  readonly text: string;
}

/**
 * How to insert `fence` (ending with a newline) on a line with `lineText`, after a line with `previousLineText`
 * and before one with `nextLineText` (when known: text right below gets a blank line after the fence too).
 */
export function planChartInsertion(fence: string, lineText: string, previousLineText: string | undefined, nextLineText?: string): ChartInsertion {
  if (lineText.trim() !== '') {
    const after = nextLineText !== undefined && nextLineText.trim() !== '' ? '\n' : '';
    return { atLineEnd: true, text: `\n\n${fence.replace(/\n$/, '')}${after}` };
  }
  const separate = previousLineText !== undefined && previousLineText.trim() !== '';
  return { atLineEnd: false, text: `${separate ? '\n' : ''}${fence}` };
}

/**
 * The tickers of the selection [start, end) of a note: the note's mentions (in document order) that the selection
 * touches, even in part (`NASDAQ` of `(NASDAQ: AMZN)`, a selection ending at `MSFT` before its `)`), upper-cased,
 * in order, without repeats. Scanning the whole note, not the selected text, keeps the context a mention needs.
 */
export function selectedTickers(mentions: ReadonlyArray<Pick<TickerMention, 'symbol' | 'offset' | 'length'>>, start: number, end: number): string[] {
  const symbols = new Set<string>();
  for (const mention of mentions) {
    if (mention.offset >= end) break;
    if (mention.offset + mention.length > start && isChartTicker(mention.symbol.toUpperCase())) symbols.add(mention.symbol.toUpperCase());
  }
  return [...symbols];
}

const fenceOrHeading = /^\s{0,3}(?:```|~~~|#{1,6}\s)/;

/**
 * The 0-based last line of the paragraph holding `line`: where a chart for a selection goes, so the block never
 * splits a sentence. A blank line is its own answer; a fence or heading below ends the paragraph too.
 */
export function paragraphEndLine(lineText: (line: number) => string, lineCount: number, line: number): number {
  if (lineText(line).trim() === '') return line;
  let last = line;
  while (last + 1 < lineCount && lineText(last + 1).trim() !== '' && !fenceOrHeading.test(lineText(last + 1))) last++;
  return last;
}
