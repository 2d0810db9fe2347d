// Ticker completion's pure half: where a ticker is being written, and the items to offer there.
export { findTickerCompletionContext, type CompletionForm, type TickerCompletionContext } from './completionContext';
export { insertTextFor, matchLocalListings, tickerCompletions, type TickerCompletion } from './completionItems';
