// The markdown-it plugin VS Code's Markdown preview runs (the extension returns it from activate() as
// extendMarkdownIt): charts for ```vega-lite fences and quote markers after ticker mentions. What it needs from
// the editor — cached histories and quotes for the note being rendered — comes through `data(env)`, answered at
// once. VS Code parses with an env that has no URI (and caches the tokens per note version; its refresh command
// drops them) and renders with env.currentDocument, the note's URI: quotes are looked up at render time.

import type MarkdownIt from 'markdown-it';
import { pinChartsToFences, renderChartFences, type PreviewHistory } from './chartFences';
import { insertTickerMarkers, renderTickerMarkers, type PreviewQuote } from './tickerMarkers';

export interface PreviewData {
  readonly history?: PreviewHistory;
  readonly quote?: PreviewQuote;
}

export function marketNotesMarkdownIt(md: MarkdownIt, data: (env: unknown) => PreviewData): MarkdownIt {
  md.core.ruler.push('market_notes', (state) => {
    const sources = data(state.env);
    pinChartsToFences(state.src, state.tokens, sources.history);
    if (sources.quote) insertTickerMarkers(state);
  });
  renderChartFences(md);
  renderTickerMarkers(md, (env) => data(env).quote);
  return md;
}

export type { CachedHistory, PreviewChart, PreviewHistory } from './chartFences';
export type { PreviewQuote } from './tickerMarkers';
