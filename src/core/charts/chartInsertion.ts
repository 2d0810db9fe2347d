// Where an inserted chart goes and which tickers a selection names. Pure helpers of "Insert Chart…": the block
// must land as its own paragraph (a fence glued to a line of prose is not a fence), and a selection of tickers
// may be written as mentions (`(NYSEARCA: IWM)`, `$QQQ`) or as bare symbols (`IWM, QQQ`, `IWM/QQQ`).

import { findTickerMentions } from '../tickers/findTickerMentions';
import { isChartTicker } from './marketBinding';

export interface ChartInsertion {
  /** Insert at the end of the cursor's line (it has text) rather than at its start (it is blank). */
  readonly atLineEnd: boolean;
  readonly text: string;
}

/** How to insert `fence` (ending with a newline) on a line with `lineText`, after a line with `previousLineText`. */
export function planChartInsertion(fence: string, lineText: string, previousLineText: string | undefined): ChartInsertion {
  if (lineText.trim() !== '') return { atLineEnd: true, text: `\n\n${fence.replace(/\n$/, '')}` };
  const separate = previousLineText !== undefined && previousLineText.trim() !== '';
  return { atLineEnd: false, text: `${separate ? '\n' : ''}${fence}` };
}

const bareSelection = /^[\sA-Za-z0-9.^=,/&+-]+$/;

/** The tickers a selection names, upper-cased, in order, without repeats. */
export function selectedTickers(text: string): string[] {
  const mentions = findTickerMentions(text).map((mention) => mention.symbol);
  const symbols = mentions.length > 0 ? mentions : bareSelection.test(text) ? text.split(/[\s,/&+]+/).filter((word) => word !== '') : [];
  if (mentions.length === 0 && !symbols.every((word) => word === word.toUpperCase() && isChartTicker(word))) return [];
  return [...new Set(symbols.map((symbol) => symbol.toUpperCase()))];
}
