// A class share has one symbol however it is spelt. Notes and exports copy Yahoo's spelling (`BRK-B`, `BF-B`, from
// its pages and CSV downloads) and Bloomberg's (`BRK/B`, or `BRK B` where the slash was lost) as often as the
// exchanges' (`BRK.B`); the product's symbol is the dotted one, which each provider's own spelling is made from
// (providerSymbols.ts). Without this, `(BRK-B)` in a note and `BRK.B` in a snapshot, a cache or another note would be
// two tickers, and a `BRK-B` row would never answer a `$BRK.B`.
//
// Only one letter after the separator is a class: `BAC-PK` (a preferred, as Yahoo writes it) and `SPY-QQQ` are not.
// Whether a slash or a space there is a class at all is the readers' to say (parenthesisItems.ts' isWrittenClassAt:
// `(P/E)` is none); this only spells what they read.

const separatedClass = /^([A-Z][A-Z0-9]{0,9})[-/ ]([A-Z])$/;

/** `BRK-B`, `BRK/B`, `BRK B` → `BRK.B`; any other symbol as it is. Expects upper case. */
export function canonicalShareClass(symbol: string): string {
  const separator = symbol.length > 2 ? symbol.charCodeAt(symbol.length - 2) : 0;
  return separator === 45 /* - */ || separator === 47 /* / */ || separator === 32 ? symbol.replace(separatedClass, '$1.$2') : symbol;
}
