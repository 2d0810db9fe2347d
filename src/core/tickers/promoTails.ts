// Syndicated copy puts link text behind a symbol, inside its parenthesis: Zacks' `(EME - Free Report)`, MarketBeat's
// `(NASDAQ:FTXO – Get Free Report)`. Both the parenthesised and the exchange forms step over it.

/**
 * Where `)` is after the link text syndicated copy puts behind a symbol, from its dash at `at`: Zacks' `(EME - Free
 * Report)`, MarketBeat's `(NASDAQ:FTXO – Get Free Report)`; -1 when what follows is anything else.
 */
export function promoTailEnd(segment: string, at: number): number {
  const dash = segment.charCodeAt(at);
  if (dash !== 45 && dash !== 0x2013 && dash !== 0x2014) return -1;
  let close = at + 1;
  while (close - at <= 24 && segment.charCodeAt(close) !== 41 /* ) */ && close < segment.length) close++;
  if (segment.charCodeAt(close) !== 41) return -1;
  return promoTails.has(segment.slice(at + 1, close).trim().toLowerCase()) ? close : -1;
}

const promoTails: ReadonlySet<string> = new Set(['free report', 'get free report', 'get report', 'get rating', 'get ratings', 'free stock report', 'research report']);
