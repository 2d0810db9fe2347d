// Crypto assets are written as companies are — "Chainlink (LINK)", "Litecoin (LTC)", "Cosmos (ATOM)" — and several
// of their symbols are listed shares too (LINK, LTC, ATOM, APT, BTC and ETH are exchange-traded funds): read as
// tickers, their quotes would be a company's, and lint would hold a coin's price against a stock's. The name before
// the parenthesis tells them apart: a coin of the "-coin" family (Bitcoin, Litecoin, Dogecoin, a stablecoin) or the
// name of one of the large assets, standing alone — "Cosmos Health (COSM)" and "Stellar Bancorp (STEL)" are
// companies, their names going on past the asset's.

import type { PrecedingWord } from './abbreviations';

/** The large assets' names, lower-cased, as one word or two ("shiba inu"). */
const assetNames: ReadonlySet<string> = new Set(
  ('ethereum ether solana cardano ripple xrp chainlink polkadot avalanche polygon tron stellar cosmos aptos uniswap sui ' +
    'pepe arbitrum monero tether hedera algorand tezos aave kaspa celestia injective bittensor hyperliquid ethena ' +
    'shiba-inu near-protocol bitcoin-cash usd-coin internet-computer').split(' ').map((name) => name.replace('-', ' ')),
);

/** Whether the words before a parenthesis name a crypto asset rather than a company. */
export function namesCryptoAsset(words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1)?.text.toLowerCase().replace(/['’]s$/, '');
  if (last === undefined) return false;
  if (/^[a-z]*coin$/.test(last) && last.length > 4) return !continuesAName(words, 2);
  // "Binance Coin (BNB)", "Basic Attention Token (BAT)": a name ending in the word itself is a coin's, whatever its first words.
  if ((last === 'coin' || last === 'token') && words.length >= 2 && words.at(-2)!.capitalised) return true;
  const two = words.length >= 2 ? `${words.at(-2)!.text.toLowerCase()} ${last}` : undefined;
  if (two !== undefined && assetNames.has(two)) return !continuesAName(words, 3);
  return assetNames.has(last) && !continuesAName(words, 2);
}

/**
 * Whether a capitalised word stands right before the asset's name (`from` words from the end): then the name is a
 * longer one's last word ("Bit Origin Stellar (…)"), and the parenthesis is that company's.
 */
function continuesAName(words: readonly PrecedingWord[], from: number): boolean {
  const before = words.at(-from);
  return before !== undefined && before.capitalised && !/^(?:the|a|an|and|or|as|while|but|like)$/i.test(before.text);
}
