// A table of benchmarks by name, with no Symbol or Ticker column — how market wraps lay out their scoreboard:
//   | Index            | Close     | YTD %  |
//   | S&P 500          | 6,602.99  | +16.4% |
//   | Nasdaq Composite | 22,450.10 | +20.3% |
// Each row whose first cell is wholly one subject's name ("S&P 500", "the Russell 2000", "Dow Jones Industrial
// Average (^DJI)") stands for that subject. Read only under a first header that says the rows are indexes or
// markets: a "Sector" or "Stock" table names its rows in words the table also uses for other things ("Banks" of
// the Stoxx 600, "Energy" of the TSX), and a first cell with more than the name ("S&P 500 Value", "S&P 500 ex-tech")
// is another index, so its row is not read.

import type { Subject, SubjectTable } from './claims/subjects';
import { stripEmphasis } from '../tickers/tableMentions';

/** First headers of a table whose rows are benchmarks: "Index", "Indices", "Benchmark", "Market", "Asset class", or none. */
export const indexColumnHeader = /^(?:(?:stock |equity |major |u\.?s\.? )?(?:index|indices|indexes|benchmarks?|markets?|averages?)|asset(?:\s+class)?|equit(?:y|ies)|name|)$/i;

/** What may stand in a name cell beside the name: "the", "index", brackets, a footnote mark, a unit ("(%)"). */
const nameCellRest = /^(?:\s|the\b|index\b|[()[\],*¹²³†‡%]|\d(?=\s*$))*$/i;

/** The subject a name cell names wholly, else undefined (no name, two subjects, or more words than a name). */
export function subjectOfNameCell(cellText: string, subjects: SubjectTable): Subject | undefined {
  const text = stripEmphasis(cellText);
  const named = subjects.find(text);
  if (named.length === 0 || named.some((mention) => mention.subject.key !== named[0].subject.key || mention.subject.key === '')) return undefined;
  let rest = '';
  let from = 0;
  for (const mention of named) {
    rest += text.slice(from, mention.offset);
    from = mention.offset + mention.length;
  }
  rest += text.slice(from);
  return nameCellRest.test(rest) ? named[0].subject : undefined;
}
