// Crypto traders tag coins as stock traders tag shares: "$BTC broke $100,000", "$ETH and $SOL lagged". Read as
// tickers, those letters quote a listing that is not the coin — a fund that holds it (BTC, ETH), another company
// (SOL, LTC, LINK, SUI are listed shares) or nothing at all (DOGE, AVAX) — so the hover shows a wrong price and
// price-drift holds a coin's price against a share's. Market Notes quotes listings, not coins (cryptoNames.ts reads
// "Bitcoin (BTC)" the same way), so these cashtags are left as prose.
// The coins whose letters no share is known by are coins wherever they are tagged. Those whose letters are also a
// well-known listing (`$LTC` LTC Properties, `$SUI` Sun Communities, `$STX` Seagate) are coins only where the line
// says crypto: a word for it, or the first group's tags at least as many as the shares' tags on it. A screener's long
// line of shares ("$NVDA $APT $PLTR $ADA $AMD $ARB") with one coin among them is still a line of shares.

import { isAlphanumeric, isUpper } from './charCodes';

/** Coins tagged far more than any listing of the same letters: a coin's cashtag wherever written. */
const coinsFirst: ReadonlySet<string> = new Set(
  'BTC ETH XRP DOGE SHIB USDT USDC BNB ADA AVAX XLM XMR PEPE WIF BONK MATIC'.split(' '),
);

/** Coins whose letters are also a listing's: a coin's cashtag only on a line about crypto. */
const coinsOnCryptoLines: ReadonlySet<string> = new Set(
  ('SOL LTC LINK DOT UNI ATOM NEAR APT ARB OP SUI TON ICP FIL HBAR ALGO AAVE TAO HYPE INJ TIA ENA KAS TRX BCH ETC ' +
    'XTZ SEI RENDER GRT IMX LDO CRV JUP ONDO STX FET VET EOS POL').split(' '),
);

/** Words that put a line in crypto: the coins' own names for themselves and their market. */
const cryptoWords = /\b(?:bitcoins?|crypto(?:currenc(?:y|ies)|s)?|(?:alt|stable|meme)?coins?|tokens?|blockchains?|defi|on-chain|ether|satoshis?|web3)\b/i;

/** Whether the cashtag text[dollar, end), `symbol` its letters, tags a crypto coin rather than a listing. */
export function tagsCoin(text: string, symbol: string, dollar: number, end: number): boolean {
  // `$BTC.X`, `$DOGE.X`: StockTwits marks a coin's tag with `.X`, a suffix no venue gives a listing.
  if (coinsFirst.has(symbol) || symbol.endsWith('.X')) return true;
  if (!coinsOnCryptoLines.has(symbol)) return false;
  // Cashtags come in document order, so the line just read is usually this one: a line of many tags is read once.
  if (text === lastText && dollar >= lastLineStart && end <= lastLineEnd) return lastVerdict;
  const lineStart = text.lastIndexOf('\n', dollar) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  lastText = text;
  lastLineStart = lineStart;
  lastLineEnd = lineEnd;
  lastVerdict = cryptoWords.test(line) || tagsCoinFirst(line);
  return lastVerdict;
}

/** The line last read for crypto words, [lastLineStart, lastLineEnd) of lastText, and its verdict. */
let lastText = '';
let lastLineStart = -1;
let lastLineEnd = -1;
let lastVerdict = false;

/**
 * Whether the line's cashtags are mostly coins': tags of coins no listing is known by (`$BTC`, `$ETH`), as many as
 * the tags of shares or more (the tags both may be, `$SOL`, count for neither).
 */
function tagsCoinFirst(line: string): boolean {
  let coins = 0;
  let shares = 0;
  for (let dollar = line.indexOf('$'); dollar !== -1; dollar = line.indexOf('$', dollar + 1)) {
    let end = dollar + 1;
    while (end - dollar <= 5 && isUpper(line.charCodeAt(end))) end++;
    if (end === dollar + 1 || isAlphanumeric(line.charCodeAt(end))) continue;
    const symbol = line.slice(dollar + 1, end);
    if (coinsFirst.has(symbol)) coins++;
    else if (!coinsOnCryptoLines.has(symbol)) shares++;
  }
  return coins > 0 && coins >= shares;
}
