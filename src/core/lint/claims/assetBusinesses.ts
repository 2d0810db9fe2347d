// A commodity's or a coin's name is also the first word of the businesses and funds built on it: "bitcoin miners",
// "spot bitcoin ETFs", "bitcoin treasury companies", "gold producers", "gold stocks". Those are shares, with their own
// returns (a miner's moves several times the metal's), not the asset's price. The name there stands for a subject
// the table does not know, so its values make no claim; "gold prices" and "spot gold" are the asset itself, and
// "gold futures" a contract (subIndexes.ts). An index's name is left alone: "S&P 500 stocks" are the index's own.

import { heldAssets, type Subject } from './subjects';

const businessAfter =
  /^[\s-]+(?:(?:mining|treasury|royalty|streaming|exploration|linked|related|focused|exposed|proxy)[\s-]+)?(?:miners?|mining|producers?|stocks?|shares|equities|names|compan(?:y|ies)|ETFs?|ETPs?|ETNs?|funds?|trusts?|exchange[- ]traded\b|treasur(?:y|ies)|royalt(?:y|ies)|streamers?|explorers?|developers?|proxies)\b/i;

/** The words right after an asset's name make it the name of companies or funds that hold, mine or track it. */
export function namesAssetBusiness(subject: Subject, after: string): boolean {
  return heldAssets.has(subject.key) && subject.fund === undefined && businessAfter.test(after);
}
