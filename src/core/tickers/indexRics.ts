// Reuters' index codes, written after a dot in prose (`.SPX`, `.N225`), in a parenthesis (`Nikkei (.N225)`) or in
// the wire's angle brackets (`<.STOXX>`). Each is read as the index, exchange `INDEX`, and quoted as Yahoo spells
// it: `^` and the same code for nearly all (`^N225`, `^FTSE`, `^GDAXI`), the exceptions mapped in providerSymbols.ts.
// Only codes with a quote behind them are listed: an index read but never quotable would be an unknown-symbol finding
// on every note that cites it. `.TOPX` (Topix) is left out for that reason, and so are the sector and sub-indices
// (`.SPLRCT`, `.FTNMX…`) whose Yahoo codes are not the RIC's.

const usIndexRics = ['SPX', 'DJI', 'IXIC', 'RUT', 'NDX', 'VIX', 'DJT', 'NYA', 'OEX', 'SOX'];

// Europe, Asia-Pacific and the Americas outside the US, as Reuters market reports cite them.
const foreignIndexRics = [
  'N225', // Nikkei 225
  'HSI', // Hang Seng
  'SSEC', // Shanghai Composite (Yahoo: 000001.SS)
  'KS11', // KOSPI
  'TWII', // Taiwan weighted
  'AXJO', // S&P/ASX 200 (the ASX's own code is XJO)
  'BSESN', // S&P BSE Sensex
  'NSEI', // Nifty 50
  'STI', // Straits Times
  'FTSE', // FTSE 100
  'GDAXI', // DAX
  'FCHI', // CAC 40
  'STOXX', // STOXX Europe 600
  'STOXX50E', // Euro STOXX 50
  'IBEX', // IBEX 35
  'AEX', // AEX
  'SSMI', // Swiss Market Index
  'GSPTSE', // S&P/TSX Composite
  'MXX', // IPC Mexico
  'BVSP', // Bovespa
];

/** The index codes Reuters writes after a dot that are read as an index. */
export const reutersIndexCodes: ReadonlySet<string> = new Set([...usIndexRics, ...foreignIndexRics]);

/** The longest code in the set (`STOXX50E`): a reader need look no further after the dot. */
export const longestIndexRic = Math.max(...[...reutersIndexCodes].map((code) => code.length));
