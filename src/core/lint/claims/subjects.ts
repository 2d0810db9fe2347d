// What a figure is about: a benchmark, a group of stocks, a sector, or one ticker. Writers name the same subject
// many ways ("small caps", "the Russell 2000", "IWM", "^RUT"), so every name maps to one key; claims are compared by
// key. Built-in names cover the common market subjects; `.market-notes.json` "aliases" adds names (and subjects).
// Matching is one pass of one regular expression made of literal alternatives, longest first, so "the
// equal-weight S&P 500" is never read as the S&P 500 and "regional banks" never as "banks".

import { partOfCompanyName } from './companyNames';

export interface Subject {
  /** Stable key: claims about the same subject share it. */
  readonly key: string;
  /** How a message names it: "the Russell 2000". */
  readonly label: string;
  /** The fund the name is ("IWM" for the Russell 2000): it tracks the index within fees and distributions. */
  readonly fund?: string;
}

export interface SubjectMention {
  readonly subject: Subject;
  readonly offset: number;
  readonly length: number;
}

interface SubjectDefinition {
  readonly key: string;
  readonly label: string;
  readonly names: readonly string[];
}

// Symbols (index symbols, tracking ETFs) are matched as whole words, case-sensitively; names case-insensitively.
const builtInSubjects: readonly SubjectDefinition[] = [
  { key: 'sp-500', label: 'the S&P 500', names: ['S&P 500', 'S&P500', 'S&P 500 index', 'S&P', 'Standard & Poor’s 500', "Standard & Poor's 500", 'large caps', 'large-cap stocks', 'large-caps', 'large cap stocks', 'large-cap', '^GSPC', 'SPX', 'SPY', 'VOO', 'IVV', '$SPX'] },
  { key: 'sp-500-equal-weight', label: 'the equal-weight S&P 500', names: ['equal-weight S&P 500', 'equal-weighted S&P 500', 'equal weight S&P 500', 'S&P 500 Equal Weight', 'RSP'] },
  { key: 'nasdaq-composite', label: 'the Nasdaq Composite', names: ['Nasdaq Composite', 'Nasdaq', 'Nasdaq composite index', '^IXIC'] },
  { key: 'nasdaq-100', label: 'the Nasdaq-100', names: ['Nasdaq-100', 'Nasdaq 100', 'Nasdaq100', '^NDX', 'NDX', 'QQQ', 'QQQM'] },
  { key: 'dow', label: 'the Dow', names: ['Dow Jones Industrial Average', 'Dow Jones', 'Dow', 'DJIA', 'blue-chip Dow', '30-stock average', '30-stock Dow', 'blue-chip average', '^DJI', 'DIA'] },
  { key: 'russell-2000', label: 'the Russell 2000', names: ['Russell 2000', 'Russell 2,000', 'Russell 2000 index', 'Russell', 'small caps', 'small-caps', 'small-cap stocks', 'small cap stocks', 'small-cap index', 'small-cap benchmark', 'small-cap', 'smaller companies', 'small-company index', 'small-company stocks', '^RUT', 'RUT', 'IWM', 'R2K'] },
  { key: 'russell-1000', label: 'the Russell 1000', names: ['Russell 1000', '^RUI', 'IWB'] },
  { key: 'russell-3000', label: 'the Russell 3000', names: ['Russell 3000', 'IWV'] },
  { key: 'sp-600', label: 'the S&P 600', names: ['S&P 600', 'S&P SmallCap 600', 'IJR'] },
  { key: 'sp-400', label: 'the S&P 400', names: ['S&P 400', 'S&P MidCap 400', 'mid caps', 'mid-caps', 'mid-cap stocks', 'mid-cap', 'IJH', 'MDY'] },
  { key: 'mega-caps', label: 'the mega caps', names: ['mega caps', 'mega-caps', 'megacaps', 'mega-cap stocks', 'megacap stocks', 'mega-cap tech', 'mega-cap', 'Magnificent Seven', 'Magnificent 7', 'Mag 7', 'Mag7', 'Mag Seven', 'MAGS'] },
  { key: 'stoxx-600', label: 'the Stoxx 600', names: ['Stoxx 600', 'STOXX 600', 'Stoxx Europe 600'] },
  { key: 'nikkei-225', label: 'the Nikkei 225', names: ['Nikkei 225', 'Nikkei', '^N225'] },
  { key: 'ftse-100', label: 'the FTSE 100', names: ['FTSE 100', 'Footsie', '^FTSE'] },
  // Other markets' benchmarks, as their own desks and the wires name them. "S&P/TSX" and "S&P/ASX 200" are not the
  // S&P 500 (find() never reads a lone "S&P" before a slash); a bank or a company that shares a benchmark's name
  // ("Hang Seng Bank") is why some are listed only with "index".
  { key: 'sp-tsx', label: 'the S&P/TSX composite', names: ['S&P/TSX composite index', 'S&P/TSX composite', 'S&P/TSX', 'TSX composite index', 'TSX composite', 'TSX', '^GSPTSE'] },
  // Toronto's other indexes start with the composite's name: its venture board and its 60 largest stocks.
  { key: 'tsx-venture', label: 'the S&P/TSX Venture composite', names: ['S&P/TSX Venture Composite Index', 'S&P/TSX Venture composite', 'S&P/TSX Venture', 'TSX Venture Exchange', 'TSX Venture', 'TSX-V', 'TSXV'] },
  { key: 'sp-tsx-60', label: 'the S&P/TSX 60', names: ['S&P/TSX 60', 'TSX 60'] },
  { key: 'sp-asx-200', label: 'the S&P/ASX 200', names: ['S&P/ASX 200', 'S&P/ASX200', 'ASX 200', 'ASX200', '^AXJO'] },
  { key: 'all-ordinaries', label: 'the All Ordinaries', names: ['All Ordinaries index', 'All Ordinaries', 'All Ords', '^AORD'] },
  { key: 'nzx-50', label: 'the S&P/NZX 50', names: ['S&P/NZX 50 index', 'S&P/NZX 50', 'NZX 50', 'NZX50', '^NZ50'] },
  { key: 'ftse-250', label: 'the FTSE 250', names: ['FTSE 250', '^FTMC'] },
  // British copy writes it "the Dax", as it writes "the Cac 40".
  { key: 'dax', label: 'the DAX', names: ['DAX', 'DAX 40', 'Dax', '^GDAXI'] },
  { key: 'cac-40', label: 'the CAC 40', names: ['CAC 40', 'CAC', '^FCHI'] },
  { key: 'euro-stoxx-50', label: 'the Euro Stoxx 50', names: ['Euro Stoxx 50', 'EURO STOXX 50', '^STOXX50E'] },
  { key: 'hang-seng', label: 'the Hang Seng index', names: ['Hang Seng index', 'Hang Seng Index', 'Hang Seng', '^HSI'] },
  { key: 'hang-seng-tech', label: 'the Hang Seng Tech index', names: ['Hang Seng Tech index', 'Hang Seng Tech', 'Hang Seng TECH', 'Hang Seng Technology Index', 'Hang Seng Technology index', 'Hang Seng Technology', '^HSTECH'] },
  { key: 'hscei', label: 'the Hang Seng China Enterprises index', names: ['Hang Seng China Enterprises index', 'Hang Seng China Enterprises', 'China Enterprises index', 'HSCEI', '^HSCE'] },
  { key: 'kospi', label: 'the Kospi', names: ['Kospi', 'KOSPI', '^KS11'] },
  { key: 'kosdaq', label: 'the Kosdaq', names: ['Kosdaq', 'KOSDAQ', '^KQ11'] },
  { key: 'topix', label: 'the Topix', names: ['Topix', 'TOPIX', '^TOPX'] },
  { key: 'straits-times', label: 'the Straits Times Index', names: ['Straits Times Index', 'Straits Times index', '^STI'] },
  // Asia's, Europe's and Latin America's other benchmarks as their desks write them. "Nifty" alone is also an
  // English word: only "Nifty 50", "NSE Nifty" or the capitals name the index.
  { key: 'sensex', label: 'the Sensex', names: ['S&P BSE Sensex', 'BSE Sensex', 'Sensex', 'SENSEX', '^BSESN'] },
  { key: 'nifty-50', label: 'the Nifty 50', names: ['NSE Nifty 50', 'Nifty 50', 'Nifty50', 'NSE Nifty', 'NIFTY', '^NSEI'] },
  { key: 'shanghai-composite', label: 'the Shanghai Composite', names: ['Shanghai Composite index', 'Shanghai Composite', 'SSE Composite index', 'SSE Composite'] },
  { key: 'csi-300', label: 'the CSI 300', names: ['CSI 300 index', 'CSI 300', 'CSI300'] },
  // Shenzhen's two indexes are not one: the Component's 500 stocks and the Composite's whole board.
  { key: 'shenzhen-component', label: 'the Shenzhen Component index', names: ['Shenzhen Component index', 'Shenzhen Component', 'SZSE Component index', 'SZSE Component', '^399001'] },
  { key: 'shenzhen-composite', label: 'the Shenzhen Composite', names: ['Shenzhen Composite index', 'Shenzhen Composite', 'SZSE Composite'] },
  { key: 'taiex', label: 'the Taiex', names: ['Taiex', 'TAIEX', '^TWII'] },
  { key: 'ibex-35', label: 'the IBEX 35', names: ['IBEX 35', 'Ibex-35', 'Ibex', '^IBEX'] },
  { key: 'ftse-mib', label: 'the FTSE MIB', names: ['FTSE MIB'] },
  { key: 'smi', label: 'the Swiss Market Index', names: ['Swiss Market Index', 'SMI', '^SSMI'] },
  { key: 'aex', label: 'the AEX', names: ['AEX index', 'AEX', '^AEX'] },
  { key: 'ibovespa', label: 'the Ibovespa', names: ['Ibovespa', 'Bovespa', '^BVSP'] },
  { key: 'msci-world', label: 'the MSCI World index', names: ['MSCI World index', 'MSCI World'] },
  { key: 'msci-em', label: 'the MSCI Emerging Markets index', names: ['MSCI Emerging Markets index', 'MSCI Emerging Markets', 'MSCI EM'] },
  // The wires' own name for it: "MSCI's broadest index of Asia-Pacific shares outside Japan".
  // Without "ex-Japan" it is the whole region's, Japan and all: another index (the longer name wins where both fit).
  { key: 'msci-asia-pacific', label: 'the MSCI Asia Pacific index', names: ['MSCI Asia Pacific index', 'MSCI Asia-Pacific index', 'MSCI Asia Pacific', 'MSCI Asia-Pacific'] },
  { key: 'msci-apxj', label: 'the MSCI Asia-Pacific ex-Japan index', names: ['MSCI Asia-Pacific ex-Japan index', 'MSCI Asia-Pacific ex-Japan', 'MSCI Asia ex-Japan index', 'MSCI Asia ex-Japan', 'Asia-Pacific ex-Japan index', 'Asia ex-Japan index', 'broadest index of Asia-Pacific shares outside Japan'] },
  { key: 'sox', label: 'the Philadelphia Semiconductor Index', names: ['Philadelphia Semiconductor Index', 'PHLX Semiconductor Index', 'semiconductor index', 'chip index', 'SOX', 'SMH', 'SOXX'] },
  // The VIX is quoted as a level, and its moves are volatility's, not a return (claimWords' notAReturn): named so that
  // its close is read (closingLevels.ts) and a figure beside it is never given to the index named before it.
  { key: 'vix', label: 'the VIX', names: ['Cboe Volatility Index', 'CBOE Volatility Index', 'Cboe Volatility index', 'VIX Volatility Index', 'VIX index', 'VIX', '^VIX', 'Wall Street’s fear gauge', "Wall Street's fear gauge", 'fear gauge'] },
  { key: 'banks', label: 'banks', names: ['banks', 'bank stocks', 'bank shares', 'KBW Bank Index', 'KBW Nasdaq Bank Index', 'BKX', 'KBE'] },
  { key: 'regional-banks', label: 'regional banks', names: ['regional banks', 'regional bank stocks', 'regional lenders', 'KRE'] },
  { key: 'energy', label: 'energy stocks', names: ['energy stocks', 'energy shares', 'energy sector', 'XLE'] },
  { key: 'tech', label: 'tech stocks', names: ['tech stocks', 'technology stocks', 'tech shares', 'tech sector', 'technology sector', 'XLK'] },
  { key: 'utilities', label: 'utilities', names: ['utilities', 'utility stocks', 'utilities sector', 'XLU'] },
  { key: 'financials', label: 'financials', names: ['financials', 'financial stocks', 'financial sector', 'XLF'] },
  { key: 'health-care', label: 'health-care stocks', names: ['health-care stocks', 'healthcare stocks', 'health care stocks', 'health-care sector', 'XLV'] },
  { key: 'homebuilders', label: 'homebuilders', names: ['homebuilders', 'homebuilder stocks', 'XHB', 'ITB'] },
  { key: 'dow-utilities', label: 'the Dow utilities', names: ['Dow Jones Utility Average', 'Dow Jones Utilities Average', 'Dow utilities'] },
  { key: 'transports', label: 'the Dow Transports', names: ['Dow Jones Transportation Average', 'Dow Transports', 'transports', 'transportation stocks', 'IYT'] },
  // The two crude benchmarks are priced apart (Brent in London, WTI in New York); "oil" alone names neither. "Brent"
  // alone is also a first name ("Brent Thill, an analyst"), so it needs "crude", "oil" or "futures".
  { key: 'brent', label: 'Brent crude', names: ['Brent crude futures', 'Brent crude oil', 'Brent crude', 'Brent oil', 'Brent futures', 'BZ=F'] },
  { key: 'wti', label: 'WTI crude', names: ['West Texas Intermediate crude', 'West Texas Intermediate', 'WTI crude futures', 'WTI crude', 'WTI', 'U.S. crude', 'US crude', 'U.S. crude oil', 'CL=F', 'USO'] },
  // Treasury yields, as the wires name the three most quoted: a level in percent, read by yieldLevels.ts (a yield's
  // move is never a return: claimWords' notAReturn).
  ...(['2', '10', '30'] as const).map((years) => ({ key: `us-${years}y`, label: `the ${years}-year Treasury yield`, names: treasuryYieldNames(years) })),
  { key: 'gold', label: 'gold', names: ['gold', 'gold prices', 'spot gold', 'GLD'] },
  { key: 'bitcoin', label: 'bitcoin', names: ['bitcoin', 'Bitcoin', 'BTC'] },
];

/** "the 10-year Treasury yield", "the yield on the benchmark 10-year Treasury note", "the 10-year yield". */
function treasuryYieldNames(years: string): string[] {
  const term = [`${years}-year`, `${years}-yr`, ...(years === '10' ? ['ten-year'] : years === '2' ? ['two-year'] : ['30-year bond'])];
  return term.flatMap((written) => [
    `${written} Treasury yield`,
    `${written} Treasury yields`,
    `${written} Treasury note yield`,
    `${written} note yield`,
    `${written} yield`,
    `benchmark ${written} yield`,
    `yield on the benchmark ${written} Treasury note`,
    `yield on the benchmark ${written} Treasury`,
    `yield on the ${written} Treasury note`,
    `yield on the ${written} Treasury`,
    `yield on the ${written} note`,
    `yield on ${written} Treasuries`,
    `U.S. ${written} yield`,
    `US ${written} yield`,
  ]).concat(years === '10' ? ['^TNX', 'TNX'] : years === '30' ? ['^TYX'] : []);
}

/**
 * Symbols above that name an exchange-traded fund, not the index itself. A fund's price return trails its index's by
 * fees and cash, and runs ahead of it between its own dividend dates: a few tenths of a point (figureConflicts.ts).
 */
const trackingFunds: ReadonlySet<string> = new Set(['SPY', 'VOO', 'IVV', 'RSP', 'QQQ', 'QQQM', 'DIA', 'IWM', 'IWB', 'IWV', 'IJR', 'IJH', 'MDY', 'MAGS', 'SMH', 'SOXX', 'KBE', 'KRE', 'XLE', 'XLK', 'XLU', 'XLF', 'XLV', 'XHB', 'ITB', 'IYT', 'GLD', 'USO']);

/**
 * Subjects that are an index quoted in points, whose close is a level (closingLevels.ts): not a group of stocks
 * ("banks", "tech stocks", "the mega caps"), a commodity or a coin.
 */
export const indexKeys: ReadonlySet<string> = new Set([
  'sp-500', 'sp-500-equal-weight', 'nasdaq-composite', 'nasdaq-100', 'dow', 'russell-2000', 'russell-1000', 'russell-3000', 'sp-600', 'sp-400',
  'stoxx-600', 'nikkei-225', 'ftse-100', 'sp-tsx', 'tsx-venture', 'sp-tsx-60', 'sp-asx-200', 'ftse-250', 'dax', 'cac-40', 'euro-stoxx-50',
  'hang-seng', 'hang-seng-tech', 'hscei', 'kospi', 'kosdaq', 'topix', 'straits-times', 'sox', 'dow-utilities', 'transports', 'vix',
  'sensex', 'nifty-50', 'shanghai-composite', 'csi-300', 'shenzhen-component', 'shenzhen-composite', 'all-ordinaries', 'nzx-50', 'msci-asia-pacific', 'taiex', 'ibex-35', 'ftse-mib', 'smi', 'aex', 'ibovespa', 'msci-world', 'msci-em', 'msci-apxj',
]);

/** Subjects that are a thing held, not a basket of companies: their name before "miners" or "ETFs" names shares (assetBusinesses.ts). */
export const heldAssets: ReadonlySet<string> = new Set(['gold', 'bitcoin', 'brent', 'wti']);

/** A subject the table cannot name (see claimWords): its values make no claim. */
export const unnamedSubject: Subject = { key: '', label: '' };

/**
 * Names that point at different indexes in different markets' copy: "the blue chip index" is the FTSE 100 in
 * London's, the Dow in New York's; "the mid-cap index" the FTSE 250 or the S&P 400. They make no claim by themselves,
 * and keep a shorter name inside them ("chip index", the SOX; "mid-cap", the S&P 400) from being read. A place word
 * before one, or another index of one market in the same sentence, picks which (placeIndexes.ts).
 */
const ambiguousNames: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['blue chip index', 'blue chip indices', 'blue chip indexes', 'blue chip benchmark'].map((name): [string, string[]] => [name, ['ftse-100', 'dow']]),
  ...['mid cap index', 'midcap index', 'mid cap indices', 'mid cap indexes', 'mid cap benchmark'].map((name): [string, string[]] => [name, ['ftse-250', 'sp-400']]),
]);

/** The indexes an ambiguous name as written may stand for (none for any other name). */
export function ambiguousNameIndexes(written: string): readonly string[] {
  return ambiguousNames.get(normalise(written)) ?? [];
}

/** Names that are symbols: matched case-sensitively, as a whole word. */
const symbolLike = /^[$^]?[A-Z0-9]{2,6}$/;

/** `.market-notes.json` "aliases": subject name → more names for it (a built-in subject's name or label extends it). */
export type SubjectAliases = Readonly<Record<string, readonly string[]>>;

interface NameEntry {
  readonly tokens: readonly string[];
  readonly subject: Subject;
  readonly symbol: boolean;
  /** A group's name written in lower case ("bank shares"): see partOfCompanyName. */
  readonly commonNoun: boolean;
}

// Words as names are compared: "S&P", "500", "2,000", "^GSPC", "Nasdaq" ("Nasdaq-100" is two words, like "small-cap").
const wordPattern = /[$^]?[A-Za-z0-9&]+(?:,\d{3})*(?:\.\d+)?/g;

export class SubjectTable {
  /** First word (lowered for names, as written for symbols) → the names starting with it, longest first. */
  private readonly byFirstWord = new Map<string, NameEntry[]>();
  private readonly bySymbol = new Map<string, Subject>();
  private readonly byKey = new Map<string, Subject>();

  constructor(aliases: SubjectAliases = {}) {
    const definitions = builtInSubjects.map((definition) => ({ ...definition, names: [...definition.names] }));
    for (const [name, extra] of Object.entries(aliases)) {
      const wanted = normalise(name);
      let target = definitions.find(
        (definition) => definition.key === wanted || [definition.label, ...definition.names].some((known) => normalise(known).replace(/^the /, '') === wanted.replace(/^the /, '')),
      );
      if (!target) definitions.push((target = { key: `custom:${wanted}`, label: name, names: [name] }));
      target.names.push(...extra.filter((alias) => alias.trim() !== ''));
    }
    definitions.push({ key: unnamedSubject.key, label: unnamedSubject.label, names: [...ambiguousNames.keys()] });
    for (const definition of definitions) {
      const subject = definition.key === unnamedSubject.key ? unnamedSubject : { key: definition.key, label: definition.label };
      this.byKey.set(subject.key, subject);
      for (const name of definition.names) {
        const symbol = symbolLike.test(name);
        const named = symbol && trackingFunds.has(name) ? { ...subject, fund: name } : subject;
        if (symbol) this.bySymbol.set(name.replace(/^[$^]/, ''), named);
        const tokens = (name.match(wordPattern) ?? []).map((token) => (symbol ? token : token.toLowerCase()));
        if (tokens.length === 0) continue;
        const list = this.byFirstWord.get(tokens[0]) ?? [];
        list.push({ tokens, subject: named, symbol, commonNoun: !symbol && name === name.toLowerCase() });
        list.sort((a, b) => b.tokens.length - a.tokens.length);
        this.byFirstWord.set(tokens[0], list);
      }
    }
  }

  /** The subject with this key, if the table has it. */
  subject(key: string): Subject | undefined {
    return this.byKey.get(key);
  }

  /** Every subject named in `text` (a sentence), in order, the longest name where names overlap; `base` is added to the offsets. */
  find(text: string, base = 0): SubjectMention[] {
    const words: Word[] = [];
    wordPattern.lastIndex = 0;
    for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
      words.push({ start: match.index, end: match.index + match[0].length, text: match[0], lower: match[0].toLowerCase() });
    }
    joinSpacedAmpersands(words, text);
    const found: SubjectMention[] = [];
    for (let at = 0; at < words.length; at++) {
      const byName = this.byFirstWord.get(words[at].lower);
      const bySymbol = words[at].text !== words[at].lower ? this.byFirstWord.get(words[at].text) : undefined;
      if (!byName && !bySymbol) continue;
      const candidates = byName && bySymbol ? [...byName, ...bySymbol].sort((a, b) => b.tokens.length - a.tokens.length) : (byName ?? bySymbol)!;
      for (const candidate of candidates) {
        const last = at + candidate.tokens.length - 1;
        if (last >= words.length || !candidate.tokens.every((token, offset) => matchesWord(words[at + offset], token, candidate.symbol, text, offset > 0 ? words[at + offset - 1].end : -1))) continue;
        const start = words[at].start;
        const end = words[last].end;
        if (!standsAlone(text, start, end)) continue;
        if (partOfCompanyName(text, start, end, candidate.commonNoun, words[at - 1])) continue;
        // "the S&P" is the S&P 500, but "S&P Global", "S&P 400" and "S&P/TSX" are other things; "the Russell" is the
        // Russell 2000 as desks shorten it, but "Russell Investments", "Russell Midcap" and "Russell 1000" are not.
        if (candidate.tokens.length === 1 && (candidate.tokens[0] === 's&p' || candidate.tokens[0] === 'russell') && /^(?:\/|\s*[A-Z0-9])/.test(text.slice(end, end + 3))) continue;
        // "Dow Chemical", "Dow Jones Market Data", "the Dow Jones Global Titans 50": another company, a data service or
        // another index than the Dow, as "S&P Global" is not the S&P 500.
        if (candidate.tokens[0] === 'dow' && candidate.subject.key === 'dow' && anotherDow.test(text.slice(end, end + 40))) continue;
        // A person named Russell ("said Russell Price") is no index: only "the Russell" is.
        if (candidate.tokens.length === 1 && candidate.tokens[0] === 'russell' && !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
        found.push({ subject: candidate.subject, offset: base + start, length: end - start });
        at = last;
        break;
      }
    }
    return withoutSizeAdjectives(found, text, base);
  }

  /**
   * The subject of a ticker mention ("SPY" → the S&P 500), else the ticker as its own subject. A listing on a venue
   * that quotes in its own currency is a subject of its own: "Shell (LSE: SHEL) is up 8%" in pence and "Shell (NYSE:
   * SHEL) is up 14%" in dollars are both true.
   */
  forTicker(symbol: string, exchange?: string): Subject {
    if (exchange !== undefined && ownCurrencyVenues.has(exchange)) return { key: `ticker:${exchange}:${symbol}`, label: `${exchange}:${symbol}` };
    return this.bySymbol.get(symbol) ?? { key: `ticker:${symbol}`, label: symbol };
  }
}

/**
 * Venues outside the US, each quoting in its own currency. Every one we read is here: "SAP (XETRA: SAP) is up 8% this
 * year" in euros and "SAP (NYSE: SAP) is up 14%" for the dollar ADR, or Infosys on the NSE and on the NYSE, are both true.
 */
const ownCurrencyVenues: ReadonlySet<string> = new Set(['TSX', 'TSXV', 'LSE', 'ASX', 'TYO', 'HKEX', 'NSE', 'BSE', 'XETRA', 'FRA', 'EPA', 'AMS', 'SIX', 'KRX', 'CSE', 'BIT', 'BME', 'HEL', 'CPH', 'OSL', 'STO', 'SHA', 'SHE', 'TWSE', 'TPEX', 'SGX', 'JSE', 'B3', 'TASE', 'NZX', 'EBR', 'ELI', 'PSE', 'WSE', 'SET', 'IDX', 'MYX']);

type Word = { start: number; end: number; text: string; lower: string };

/**
 * "S & P 500", "AT & T": some outlets' systems space the ampersand of an initialism. A word of up to three letters,
 * a lone "&" and another such word, with only spaces between, are read as the one word "S&P".
 */
function joinSpacedAmpersands(words: Word[], text: string): void {
  for (let at = 0; at + 2 < words.length; at++) {
    const [left, and, right] = [words[at], words[at + 1], words[at + 2]];
    if (and.text !== '&' || !initialism.test(left.text) || !initialism.test(right.text)) continue;
    if (!/^ +$/.test(text.slice(left.end, and.start)) || !/^ +$/.test(text.slice(and.end, right.start))) continue;
    const joined = `${left.text}&${right.text}`;
    words.splice(at, 3, { start: left.start, end: right.end, text: joined, lower: joined.toLowerCase() });
  }
}

const initialism = /^[A-Za-z]{1,3}$/;

function matchesWord(word: { start: number; text: string; lower: string }, token: string, symbol: boolean, text: string, previousEnd: number): boolean {
  if ((symbol ? word.text : word.lower) !== token) return false;
  // "small-cap", "S&P 500", "S&P/TSX": only spaces, a hyphen or a slash between; "Standard & Poor's": an
  // apostrophe before the possessive's "s", which the word pattern reads as a word of its own.
  const gap = text.slice(previousEnd, word.start);
  // An initialism's dots: "U.S. crude" (after a one-letter word only, so a sentence's full stop joins no names).
  const initialism = /^\.\s*$/.test(gap) && previousEnd >= 1 && !/[A-Za-z0-9]/.test(text[previousEnd - 2] ?? '');
  return previousEnd < 0 || /^(?:[\s-]+|\/)$/.test(gap) || (token === 's' && /^['’]$/.test(gap)) || initialism;
}

/**
 * Not part of a longer word ("Nasdaq-listed"), not an exchange prefix ("(NASDAQ: AAPL)"), and not the market a
 * company trades on ("its shares on the TSX rose 3%": the company's move, not the index's).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && /[\w&/]/.test(text[start - 1])) return false;
  // ("The forward P/E on the Russell 2000" is the index's own multiple, not a market a company trades on.)
  if (/\b(?:on|onto|off|from)\s+the\s+$/i.test(text.slice(Math.max(0, start - 12), start)) && !/\b(?:p\/e|multiple|valuation|ratio)\s+on\s+the\s+$/i.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (/^-[A-Za-z0-9]/.test(text.slice(end, end + 2))) return false;
  return !/^\s*:\s*\$?[A-Za-z][A-Za-z.]{0,6}\)/.test(text.slice(end, end + 14));
}

/**
 * What may follow "Dow" or "Dow Jones" in the Dow's own names: "Dow Jones Industrials", a weekday or a month ("the Dow
 * Jones Thursday"). Any other capitalised word makes another name.
 */
const anotherDow =
  /^\s+(?:Jones\s+)?(?!(?:Industrials?|Average|Jones|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]/;

/** A size word as an adjective: "mid-cap", "small-cap", "large cap". */
const sizeAdjective = /^(?:small|mid|large|mega)[- ]?cap$/i;
/** A name that is a size word and its noun: "small-cap index", "small-cap benchmark". */
const sizeName = /^(?:small|mid|large|mega)[- ]?caps?\b/i;

/**
 * "The mid-cap FTSE 250", "the small-cap Russell 2000": a size word right before an index's name describes that index,
 * and is no subject of its own (read as one, the S&P 400 beside the FTSE 250 left the sentence with two subjects). So
 * does a size name right after one: "the S&P 600 small-cap index" is the S&P 600, not the Russell 2000.
 */
function withoutSizeAdjectives(found: SubjectMention[], text: string, base: number): SubjectMention[] {
  const written = (mention: SubjectMention) => text.slice(mention.offset - base, mention.offset - base + mention.length);
  const rightAfter = (first: SubjectMention, second: SubjectMention) => /^[ \t]+$/.test(text.slice(first.offset - base + first.length, second.offset - base));
  return found.filter((mention, at) => {
    const [previous, next] = [found[at - 1], found[at + 1]];
    if (previous && sizeName.test(written(mention)) && rightAfter(previous, mention)) return false;
    return !next || !sizeAdjective.test(written(mention)) || !rightAfter(mention, next);
  });
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, ' ').trim();
}
