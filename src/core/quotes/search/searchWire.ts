// What a provider's symbol search is on the wire: where to ask, with which parameters, and how to read the answer.
// The request itself goes through the provider's one HTTP path (HttpQuoteProvider.requestJson).

import type { JsonAnswer } from '../providers/httpJson';
import type { RequestContext } from '../providers/providerErrors';
import type { SymbolMatch } from './symbolMatch';

export interface SymbolSearchWire {
  readonly path: string;
  query(text: string): Readonly<Record<string, string>>;
  /** The matches in the provider's order; throws a QuoteError for an error answer. */
  read(answer: JsonAnswer, context: RequestContext): SymbolMatch[];
}
