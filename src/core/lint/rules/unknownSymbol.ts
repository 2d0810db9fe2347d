// MN008 unknown-symbol: a mention the quote provider does not know — a typo or a delisted ticker. Only a provider
// that can say so counts: a network failure, a rate limit, a broken quotes file, or a symbol a snapshot file simply
// lacks says nothing about the note and is never a finding (the CLI lists such symbols as skipped checks).

import { isTentativeMention } from '../../tickers/mention';
import type { LintRule } from '../rule';
import { ruleMeta } from '../ruleCatalog';

export const unknownSymbol: LintRule = {
  meta: ruleMeta('MN008'),
  async run(context) {
    await Promise.all(
      context.note.mentions.map(async (mention) => {
        const answer = await context.quote({ symbol: mention.symbol, ...(mention.exchange ? { exchange: mention.exchange } : {}) });
        if (!answer || !('error' in answer) || answer.error.kind !== 'unknown-symbol' || answer.error.options.missingFromSnapshot) return;
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
