// Where a ticker is being written, read from the line up to the cursor: after a `$` (`$MET`), inside an exchange
// prefix (`(NYSE: K`), or in a parenthesis right after a capitalised company name (`Coca-Cola (`). Pure, so every
// shape a writer types is unit-tested without an editor.

import { exchangePrefixPattern, normalizeExchange, type ExchangeId } from '../tickers/exchanges';

export type CompletionForm = 'cashtag' | 'exchange' | 'company';

export interface TickerCompletionContext {
  readonly form: CompletionForm;
  /** Column (UTF-16) where the text a completion replaces starts: the `$` or the `(`. */
  readonly start: number;
  /** Column where it ends: the end of the symbol being typed, past a `)` already there. */
  readonly end: number;
  /** The text from `start` to the cursor: what the editor filters the items by. */
  readonly replaced: string;
  /** What the writer has typed of the symbol so far (may be empty). */
  readonly typed: string;
  /** What to look up: the typed text, or the company's name before the parenthesis. */
  readonly query: string;
  /** Exchange form: the venue the writer named, and how they spelled it. */
  readonly exchange?: ExchangeId;
  readonly writtenExchange?: string;
  /** Company form: the name the parenthesis follows. */
  readonly company?: string;
  /**
   * Company form: shorter readings of the name to look up when the whole run of capitalised words finds nothing
   * ("Shares of Coca-Cola" → "Coca-Cola"), longest first.
   */
  readonly shorterQueries?: readonly string[];
}

const symbolChars = '[A-Za-z][A-Za-z0-9.\\-]{0,19}';
const exchangeBeforeCursor = new RegExp(`\\(\\s*(${exchangePrefixPattern})\\s*:\\s*(${symbolChars})?$`, 'i');
const cashtagBeforeCursor = new RegExp(`(?:^|[^\\w$\\\\])\\$(${symbolChars})?$`);
// Up to five capitalised words (with "&", "and", "of" between them) right before the parenthesis.
const nameWord = "[A-Z][\\w&'’.\\-]*";
const companyBeforeCursor = new RegExp(`(${nameWord}(?:\\s+(?:${nameWord}|&|and|of|de|du)){0,4})\\s?\\((${symbolChars})?$`);
// Words that open sentences and headings, not company names.
const notCompanyNames = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'Of', 'For', 'And', 'But', 'Or', 'See', 'Note', 'I', 'We', 'It', 'This', 'That']);
// Words that do not name a company on their own ("… Coca-Cola Company" is not a search for "Company").
const genericWords = new Set(['Company', 'Co', 'Corp', 'Corporation', 'Inc', 'Incorporated', 'Group', 'Holdings', 'Ltd', 'Plc', 'PLC', 'Shares', 'Stock', 'Trust', 'Fund', 'ETF']);
const symbolAfterCursor = /^[A-Za-z0-9.-]*\)?/;

export function findTickerCompletionContext(line: string, cursor: number): TickerCompletionContext | undefined {
  const before = line.slice(0, cursor);
  // Inside a code span nothing is a ticker.
  if ((before.match(/`/g)?.length ?? 0) % 2 === 1) return undefined;
  const end = cursor + (symbolAfterCursor.exec(line.slice(cursor))?.[0].length ?? 0);

  const exchange = exchangeBeforeCursor.exec(before);
  if (exchange) {
    const writtenExchange = (exchange[1] as string).trim();
    const id = normalizeExchange(writtenExchange);
    if (id) {
      const typed = exchange[2] ?? '';
      return { form: 'exchange', start: exchange.index, end, replaced: exchange[0], typed, query: typed, exchange: id, writtenExchange };
    }
  }

  const cashtag = cashtagBeforeCursor.exec(before);
  if (cashtag) {
    const typed = cashtag[1] ?? '';
    const start = cursor - typed.length - 1;
    // A cashtag has no closing parenthesis: only the symbol after the cursor is replaced.
    const cashtagEnd = cursor + (/^[A-Za-z0-9.-]*/.exec(line.slice(cursor))?.[0].length ?? 0);
    return { form: 'cashtag', start, end: cashtagEnd, replaced: before.slice(start), typed, query: typed };
  }

  const company = companyBeforeCursor.exec(before);
  if (company) {
    const words = (company[1] as string).split(/\s+/);
    while (words.length > 0 && notCompanyNames.has(words[0] as string)) words.shift();
    const name = words.join(' ').replace(/[.,]+$/, '');
    if (name.length < 2) return undefined;
    const typed = company[2] ?? '';
    const start = before.lastIndexOf('(');
    const shorterQueries = words
      .map((_, i) => words.slice(i).join(' ').replace(/[.,]+$/, ''))
      .filter((candidate, i) => i > 0 && /^[A-Z]/.test(candidate) && !genericWords.has(candidate.split(' ')[0] as string))
      .slice(0, 2);
    return { form: 'company', start, end, replaced: before.slice(start), typed, query: name, company: name, ...(shorterQueries.length ? { shorterQueries } : {}) };
  }
  return undefined;
}
