// Market wraps name a slice of the market in lower case and put the fund that tracks it in a parenthesis: "regional
// banks (KRE)", "chip stocks (SMH)", "small caps (IWM)", "long-dated Treasuries (TLT)". No company is named before
// the symbol, so the company form (parenthesisedMentions.ts) reads nothing; the symbol alone says it is a fund, when
// it is one of the funds such copy quotes. Symbols that are also words or usual abbreviations (TAN, JETS) are left
// out: after a lower-case word they are read as the words they are.

import type { PrecedingWord } from './abbreviations';

/** The exchange-traded funds market copy names a slice of the market by: broad, sector, industry, bonds, metals, countries. */
export const knownFundSymbols: ReadonlySet<string> = new Set(
  (
    'SPY VOO IVV VTI RSP QQQ QQQM DIA IWM IWB IWV IWF IWD IJR IJH MDY MAGS VUG VTV MTUM USMV SCHD VIG ' +
    'XLB XLC XLE XLF XLI XLK XLP XLRE XLU XLV XLY SMH SOXX KBE KRE KBWB IAT XHB ITB IYT XRT XOP XME OIH IBB XBI ' +
    'VNQ IYR ARKK ICLN KWEB GDX GDXJ GLD IAU SLV USO UNG DBC TLT IEF SHY BND AGG HYG JNK LQD TIP EMB ' +
    'EEM EFA VWO VEA FXI MCHI EWJ EWZ EWG EWU EWY EWT INDA IBIT FBTC BITO'
  ).split(' '),
);

/** Small words that end no group's name: "exposure to the (KRE)" is a typo, not a slice of the market. */
export const notGroupWords: ReadonlySet<string> = new Set('the a an of in on at to for by with and or from than as'.split(' '));

/**
 * Whether `root` is a known fund written after a group's name in lower case ("regional banks", "gold miners",
 * "homebuilders"): the last word before the parenthesis a lower-case word of letters.
 */
export function namesFundAfterGroup(root: string, words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1);
  if (last === undefined || last.capitalised || !knownFundSymbols.has(root)) return false;
  return !notGroupWords.has(last.text) && /^[a-z][a-z'’-]*[a-z]$/.test(last.text);
}
