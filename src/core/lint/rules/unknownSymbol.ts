// MN008 unknown-symbol: a mention the quote provider does not know — a typo, a delisted ticker, or a symbol
// missing from the snapshot. Only the provider's "unknown symbol" answer counts: a network failure, a rate
// limit or a broken quotes file says nothing about the note and is never a finding.

import { isTentativeMention } from '../../tickers/mention';
import type { LintRule } from '../rule';

export const unknownSymbol: LintRule = {
  meta: { code: 'MN008', name: 'unknown-symbol', description: 'A ticker the quote provider does not know', defaultSeverity: 'warning', usesQuotes: true },
  async run(context) {
    await Promise.all(
      context.note.mentions.map(async (mention) => {
        const answer = await context.quote({ symbol: mention.symbol, ...(mention.exchange ? { exchange: mention.exchange } : {}) });
        if (!answer || !('error' in answer) || answer.error.kind !== 'unknown-symbol') return;
        if (isTentativeMention(mention)) return; // `Acme Widgets (AWX)` the provider does not know: likely not a ticker
        context.report({
          offset: mention.symbolOffset,
          length: mention.symbolLength,
          message: `Unknown symbol ${mention.symbol}: ${answer.error.message}`,
        });
      }),
    );
  },
};
