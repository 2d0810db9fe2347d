export type { ExchangeId } from './exchanges';
export { normalizeExchange, exchangeDisplayNames } from './exchanges';
export type { TickerMention, MentionForm, TickerScanOptions } from './mention';
export { isTentativeMention, mentionForms } from './mention';
export { LineIndex } from './lineIndex';
export { findTickerMentions, findTickerMentionsInBlocks, mentionAt } from './findTickerMentions';
export { mapBlocks, type BlockMap, type FenceBlock } from './markdownBlocks';
