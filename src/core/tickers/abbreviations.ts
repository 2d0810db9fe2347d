// Is `(XYZ)` an abbreviation of the words before it rather than a company's ticker? Writers put both in
// parentheses: "Advanced Micro Devices (AMD)" is a ticker, "Federal Open Market Committee (FOMC)" is not, and the
// two look alike letter for letter. A stop list catches the usual suspects (CEO, GDP, Q4); the rest is decided by
// reading the words before the parenthesis: do the letters spell their initials, and do those words name an
// organisation or a financial measure rather than a company?

import { sentimentWords, tradingTermLeads, tradingTermWords } from './tradingTerms';
import { industryTermHeads } from './industryTerms';
import { isDigit, isLetter } from './charCodes';
import { fundHeadVerdict } from './fundNames';

/** Abbreviations writers put in parentheses that are never the stock ticker they look like. Upper case. */
const commonAbbreviations: ReadonlySet<string> = new Set(
  (
    // People and roles
    'CEO CFO COO CTO CIO CMO CISO CRO CCO EVP SVP VP MD IR HR PR CFA MBA PHD ' +
    // Money, units, periods
    'USD EUR GBP JPY CNY RMB CAD AUD CHF HKD INR KRW BRL MXN SGD BPS BP FX YTD QTD MTD TTM LTM NTM YOY QOQ MOM WOW ' +
    'FY CY H1 H2 Q1 Q2 Q3 Q4 ' +
    // Accounting and valuation
    'EPS PE ROE ROA ROI ROIC ROCE EBIT EBITDA EBITDAR EBT FCF OCF CAPEX OPEX COGS GAAP IFRS NAV AUM NIM NII ' +
    'ARR MRR ARPU ACV TCV RPO CRPO NRR GRR LTV CAC GMV TPV DCF WACC CAGR TAM KPI SSS SSSG FFO AFFO NOI ' +
    'REVPAR ADR ADRS ADS CASM RASM TSR DPS BVPS OEM ODM SKU DTC QSR SGA ' +
    // Operating metrics, often written as a chip of their change ("engagement rose (DAU +9%)")
    'DAU DAUS MAU MAUS WAU ASP ASPS AOV CPM GTV GBV PRASM TRASM RASK CASK RPK ' +
    // Drug filings and review dates ("Relofan (NDA)" in a catalyst table)
    'NDA SNDA ANDA BLA SBLA PDUFA EUA ' +
    // Markets and instruments
    'ETF ETFS ETP IPO IPOS SPO SPAC SPACS REIT REITS LBO MBO VC ATM ATH IV ITM OTM CDS CDO CLO MBS ' +
    'ABS CMBS CRE HY IG OAS TIPS UST FRN SOFR LIBOR EFFR FFR OIS NYMEX COMEX WTI BBL MMBTU MW GW KWH ' +
    'TWH PPA QE QT ZIRP ESG SRI DEI ' +
    // A trade plan's stop-loss and take-profit levels ("Stop (SL) $130, Target (TP) $170")
    'SL TP ' +
    // Units of output and reserves: barrels, gas, ounces, power, tonnes a year
    'BPD KBD MBD BOPD BOED BOEPD MBOE MMBOE BCF TCF MCF MMCF BCFD MMCFD MOZ KOZ MWH GWH MTPA KTPA ' +
    // Economy and statistics
    'GDP GNP CPI PPI PCE NFP PMI ISM JOLTS ECI ULC UMICH NAHB NAR ' +
    // Regulators, agencies, central banks, bodies
    'SEC FTC DOJ DOL DOE DOT DOD FDA EPA FAA FCC FERC NRC FDIC OCC CFPB FINRA CFTC FSOC IRS BLS BEA CBO GAO OMB ' +
    'USTR FOMC FED FRB ECB BOE BOJ BOC PBOC SNB RBA RBI RBNZ BIS IMF OECD OPEC WTO WHO NATO UN EU EIA IEA API ' +
    'NHTSA USDA HUD NIH CDC NASA NSA CIA FBI ' +
    // Places
    'US USA UK GB EU UAE KSA NY NYC DC HK PRC APAC EMEA LATAM ' +
    // Technology
    'AI GENAI AGI ML LLM LLMS GPU GPUS CPU CPUS TPU NPU ASIC ASICS FPGA SOC HBM DRAM NAND SSD HDD PC PCS VR ' +
    'XR EV EVS BEV PHEV SAAS PAAS IAAS APIS SDK CUDA AWS GCP OS B2B B2C D2C LTE ' +
    // Precious metals' currency codes ("Gold (XAU, $2,350)"): a spot price, never a share
    'XAU XAG XPT XPD ' +
    // Crypto: priced by exchanges, not listed shares
    'BTC ETH SOL XRP DOGE USDT USDC ' +
    // Writing
    'TBD TBA NA FAQ FYI ASAP PDF ETA AKA RIP OK ' +
    // Compliance
    'KYC AML CFT'
  ).split(/\s+/).map((word) => word.toUpperCase()),
);

// Time zones: "4:00 PM (EST)", "Nov 20, 2026 (UTC)", "Coordinated Universal Time (UTC)". Only after a time, a
// date or the word "time": some are listed shares too ("Medtronic (MDT)", "BlackRock Science and Technology (BST)").
const timeZones: ReadonlySet<string> = new Set(
  'UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST WET JST HKT SGT AEST AEDT'.split(' '),
);
// ET, CT, MT, PT are listed shares first ("Energy Transfer (ET)"): a zone only right after a clock time or the
// word "time", as press releases give a call's time ("8:30 a.m. (ET)", "4:30 p.m. Eastern Time (ET)").
const usZones: ReadonlySet<string> = new Set(['ET', 'CT', 'MT', 'PT']);
const clockWords: ReadonlySet<string> = new Set(['am', 'pm', 'a.m', 'p.m', 'time', 'noon', 'midnight']);

/** Days' and months' names in full: what a schedule spells out before their short forms (abbreviatesCalendarName). */
const calendarNames: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

const timeWords: ReadonlySet<string> = new Set([
  ...('am pm a.m p.m time noon midnight close open opening closing jan feb mar apr may jun jul aug sep sept oct nov dec ' +
    'today tomorrow yesterday').split(' '),
  ...calendarNames,
]);

/** A time zone after a clock time, a date or a name of a time ("6:00 PM (EST)", "Universal Time (UTC)"). */
export function isTimeZoneAfterTime(symbol: string, words: readonly PrecedingWord[]): boolean {
  if (usZones.has(symbol)) {
    const last = words.at(-1)?.text.toLowerCase().replace(/\.$/, '');
    return last !== undefined && (clockWords.has(last) || /^\d{1,2}(?:[:.]\d\d)?$/.test(last));
  }
  if (!timeZones.has(symbol)) return false;
  const last = words.at(-1);
  if (last === undefined) return true;
  if (/\d/.test(last.text)) return true;
  return words.slice(-4).some((word) => word.parts.some((part) => timeWords.has(part)) || timeWords.has(word.text.toLowerCase().replace(/\.$/, '')));
}

/**
 * A day's or a month's name and its short form after it, as a schedule spells one out: "Wednesday (WED)",
 * "September (SEPT)". Companies are often named so too ("Caterpillar (CAT)"), but never by a day or a month.
 */
export function abbreviatesCalendarName(symbol: string, words: readonly PrecedingWord[]): boolean {
  const last = words.at(-1)?.text.toLowerCase();
  return last !== undefined && calendarNames.has(last) && symbol.length >= 3 && last.startsWith(symbol.toLowerCase());
}

/** Period labels: Q3, H1, FY25, FY2026, CY24, 3Q (not a ticker shape, listed for completeness). */
const periodLabel = /^(?:[QH][1-4]|FY\d{2}(?:\d{2})?|CY\d{2}(?:\d{2})?|Q[1-4]FY\d{2,4})$/;

export function isCommonAbbreviation(symbol: string, extra?: ReadonlySet<string>): boolean {
  return commonAbbreviations.has(symbol) || periodLabel.test(symbol) || (extra !== undefined && extra.has(symbol));
}

// Words whose presence among the abbreviated ones says "organisation": the head of its name. Checked as the last
// word before the parenthesis or as a word followed by of/for/on ("Bureau of Labor Statistics").
const organisationHeads: ReadonlySet<string> = new Set(
  ('commission bureau agency department committee council board institute association authority administration ' +
    'ministry organization organisation federation office reserve secretariat court tribunal parliament senate congress ' +
    'assembly foundation society consortium alliance forum ' +
    // A law is named as its maker is: "Inflation Reduction Act (IRA)", "CHIPS and Science Act (CHIPS)"
    'act').split(' '),
);
// Words that only count as the head of an organisation's name when its initials spell the symbol: ETFs and
// companies end in them too ("Financial Select Sector SPDR Fund (XLF)", "Bank of America (BAC)").
const weakOrganisationHeads: ReadonlySet<string> = new Set('fund bank index'.split(' '));

// Words of financial measures and generic terms: "Earnings Per Share", "Gross Domestic Product".
const measureWords: ReadonlySet<string> = new Set(
  ('price prices product index revenue revenues margin margins earnings share shares stock stocks return returns rate rates ratio ' +
    'income yield yields growth offering officer intelligence flow flows capital expenditure expenditures expense ' +
    'expenses value cost costs interest sales volume average principles standards accounting investment investments ' +
    'fund funds vehicle vehicles learning model models reality payrolls employment unemployment inflation consumer ' +
    'producer domestic gross net operating adjusted diluted annual recurring monthly quarterly total addressable market ' +
    'asset assets equity debt lending spending purchasing managers deposit deposits loan loans mortgage cash free ' +
    'per day week quarter year fiscal calendar basis points profit loss tax taxes trade traded balance surplus deficit ' +
    'policy opening ratios metric metrics estimate estimates consensus guidance daily weekly users ' +
    'statement statements dividend budget savings pension account accounts plan meeting miles usage effectiveness ' +
    // Drug development and regulatory filings: "New Drug Application (NDA)", "Orphan Drug Designation (ODD)"
    'drug application applications letter designation approval authorization authorisation submission survival ' +
    // Studies, projections and physical quantities: "Preliminary Economic Assessment (PEA)", "Billion Cubic Feet (BCF)"
    'assessment feasibility study projections thousand million billion trillion barrels cubic feet ounces tonnes ' +
    'liquefied liquids greenhouse emissions ' +
    // Ratings and their scales: "Equal Weight (EW)", "Sector Perform (SP)", "Morningstar Rating (MR)", "Zacks Rank (ZR)"
    'weight perform rating ratings rank ranking score ' +
    // A thesis's risks and signals: "Customer Concentration (CC)", "Going Concern (GC)", "Insider Buying (IB)", "Magic Number (MN)"
    'concentration concern buying selling number ' +
    // Raising capital and compliance: "Qualified Institutional Placement (QIP)", "Offer For Sale (OFS)", "Anti-Money Laundering (AML)"
    'placement offer sale prospectus laundering proposition ' +
    // Diseases and trial readouts: "Multiple Sclerosis (MS)", "Cystic Fibrosis (CF)", "Adverse Events (AE)", "Confidence Interval (CI)"
    'disease diseases disorder syndrome cancer carcinoma lymphoma leukemia leukaemia myeloma sclerosis arthritis ' +
    'fibrosis failure virus infection diabetes obesity dystrophy atrophy apnea apnoea hepatitis interval event events ' +
    'dose response intent treat leaders action ' +
    // A fund's terms, as its letters spell them out: "Management Fee (MF)", "High-Water Mark (HWM)", "General Partner (GP)"
    'fee fees mark partner hurdle ' +
    // Economic releases, as data series are coded: "Housing Starts (HOUST)", "Durable Goods Orders (DGORDER)"
    'housing starts permits claims orders shipments inventories sentiment confidence ' +
    // Slices of the market by size: "Small and Mid Caps (SMID)", "Mega Caps (MC)"
    'cap caps ' +
    // A trade plan's levels: "Entry (E) at 41.20", "Exit (X)"
    'entry exit ' +
    // Calendar terms and debt instruments: "Record Date (RD)", "Ten-Year Note (TY)", "Green Bonds (GB)"
    'date dates note notes bond bonds').split(' '),
);

/** A word of a measure's or a term's name, or a small word between them. */
export function namesTermWord(word: PrecedingWord): boolean {
  return smallWords.has(word.parts[0] ?? '') || namesMeasure(word);
}

/**
 * Whether the capitalised words that end `words` (small words among them) are all a measure's or a term's: "Shares
 * (ORD) of the lender slipped", "The Stock (STK)", "Net Revenue (NR)". A common noun capitalised because it opens
 * the sentence, or as a heading writes it, names no company; one proper name among them does ("Realty Income").
 */
export function namesTermsOnly(words: readonly PrecedingWord[]): boolean {
  let first = words.length;
  while (first > 0 && (words[first - 1].capitalised || smallWords.has(words[first - 1].parts[0] ?? ''))) first--;
  if (first === words.length) return false;
  for (let i = first; i < words.length; i++) if (!namesTermWord(words[i])) return false;
  return true;
}

/** Whether the word names a measure or a generic term ("Revenue", "Metric", "Earnings"), never a company. */
export function namesMeasure(word: PrecedingWord): boolean {
  return word.parts.some((part) => measureWords.has(part));
}

// The legal forms that end a company's name, as initials read them ("Inc." → inc, "N.V." → nv).
const legalForms: ReadonlySet<string> = new Set(['inc', 'corp', 'corporation', 'incorporated', 'ltd', 'limited', 'plc', 'nv', 'sa', 'ag', 'lp', 'llc']);

/** The words end in a legal form after a capitalised name: `Pan American Silver Corp.`, `Shell plc`. */
export function endsInLegalForm(words: readonly PrecedingWord[]): boolean {
  return words.length >= 2 && words[words.length - 2].capitalised && legalForms.has(words[words.length - 1].parts.join(''));
}

// Words that name a company, so initials ("International Business Machines (IBM)") are its ticker after all: the
// legal forms, and the words of a company's kind.
const corporateWords: ReadonlySet<string> = new Set(
  ([...legalForms].join(' ') + ' co company companies se holdings holding group ' +
    'technologies technology systems industries financial bancorp bancshares pharmaceuticals therapeutics motors brands ' +
    'enterprises partners international energy resources entertainment communications networks semiconductor labs ' +
    'laboratories airlines petroleum electric devices machines stores restaurants foods').split(' '),
);

// What a venue trades, in the names of exchanges: "Stock Exchange", "Mercantile Exchange", "Securities Exchange".
const venueKinds: ReadonlySet<string> = new Set('stock securities mercantile commodity commodities futures options metal'.split(' '));

// Small words an abbreviation may skip or take a letter from ("Bank of Japan (BOJ)", "Bureau of Labor Statistics (BLS)").
const smallWords: ReadonlySet<string> = new Set('of and the for on in to a an at by de du et la le des del & und'.split(' '));

/** The words before a parenthesis, split for reading initials: hyphens, dots and possessives separate parts. */
export interface PrecedingWord {
  /** The word as written ("Co-operation", "U.S.", "Apple's"). */
  readonly text: string;
  /** Lower-cased parts for initials: ["co", "operation"], ["u", "s"], ["apple"]. */
  readonly parts: readonly string[];
  /** Starts with an upper-case letter or a digit, or has an upper-case letter inside (eBay, iRobot). */
  readonly capitalised: boolean;
}

/** The word in text[start, end), or undefined when it has no letters or digits. Hand-split: this runs per candidate. */
export function precedingWord(text: string, start = 0, end = text.length): PrecedingWord | undefined {
  while (start < end && isPartSeparator(text.charCodeAt(start))) start++;
  // A plural's possessive keeps its apostrophe ("Holdings'", "Partners’"), as "Apple's" keeps its "'s": readers of
  // the owner before a company's shares (possessiveShares.ts) and before its division look for it.
  while (end > start && isPartSeparator(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 46 && !isPluralPossessiveEnd(text, start, end)) end--;
  if (start === end) return undefined;
  const written = text.slice(start, end);
  // "Apple's", "investors'": the possessive is not part of the name.
  let bareEnd = written.length;
  const last = written.charCodeAt(bareEnd - 1);
  if ((last === 115 || last === 83) && bareEnd > 2 && isApostrophe(written.charCodeAt(bareEnd - 2))) bareEnd -= 2;
  else if (isApostrophe(last)) bareEnd--;
  const lower = written.toLowerCase();
  const parts: string[] = [];
  let partStart = 0;
  let capitalised = isDigit(written.charCodeAt(0));
  for (let i = 0; i <= bareEnd; i++) {
    const code = i < bareEnd ? written.charCodeAt(i) : 46;
    if (code >= 65 && code <= 90) capitalised = true;
    if (isPartSeparator(code)) {
      if (i > partStart) parts.push(lower.slice(partStart, i));
      partStart = i + 1;
    }
  }
  return parts.length === 0 ? undefined : { text: written, parts, capitalised };
}

/** Whether text[start, end) ends in a plural's apostrophe after letters: "Holdings'" (not a closing quote after a dash). */
function isPluralPossessiveEnd(text: string, start: number, end: number): boolean {
  if (end - start < 3 || !isApostrophe(text.charCodeAt(end - 1))) return false;
  const s = text.charCodeAt(end - 2);
  return (s === 115 || s === 83) && isLetter(text.charCodeAt(end - 3));
}

function isPartSeparator(code: number): boolean {
  return code === 45 /* - */ || code === 46 /* . */ || code === 47 /* / */ || isApostrophe(code);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * The verdict on a bare `(SYMBOL)` or chip after `words` (nearest last): true when the symbol abbreviates them as an
 * organisation, a measure or a generic term rather than naming the company they spell.
 */
export function abbreviatesWordsBefore(symbol: string, written: readonly PrecedingWord[]): boolean {
  const words = withoutYear(written);
  const letters = symbol.toLowerCase().replace(/[^a-z0-9]/g, '');
  const last = words.at(-1);
  if (last && last.parts.length > 0 && organisationHeads.has(last.parts[last.parts.length - 1])) return true;
  if (last !== undefined && cutsShort(letters, last)) return true;
  const covered = initialsCover(letters, words);
  if (covered === undefined) return false;
  const spelled = words.slice(covered);
  const allParts = spelled.flatMap((word) => word.parts);
  // A lower-case phrase abbreviated ("earnings per share (EPS)") is a term, never a company's name.
  if (spelled.some((word) => !word.capitalised && !smallWords.has(word.parts[0] ?? ''))) return true;
  if (allParts.some((part, i) => organisationHeads.has(part) && (i === allParts.length - 1 || smallWords.has(allParts[i + 1])))) return true;
  // "Tel Aviv Stock Exchange (TASE)": a venue, not a listed company ("Intercontinental Exchange (ICE)" is one).
  if (allParts.at(-1) === 'exchange' && venueKinds.has(allParts.at(-2) ?? '')) return true;
  // "Meta's Reality Labs (RL) unit", "Acme Corp.'s Cloud Services (CS)": a company's own division, spelled after its
  // possessive, is no listing even when its name sounds like a company's.
  if (covered > 0 && ownerPossessive.test(words[covered - 1].text) && words[covered - 1].capitalised) return true;
  // "CFO Jane Doe (JD)", "portfolio manager Tom Lee (TL)": a person's initials after their title.
  if (covered > 0 && personTitles.has(words[covered - 1].parts.at(-1) ?? '')) return true;
  // A trader's or an industry's term ends in its word ("Stochastic Oscillator", "Co-Packaged Optics"), whatever words
  // lead it; "Pivot Bio" and "Acme Storage Co." end in a company's.
  const head = allParts.at(-1) ?? '';
  if (tradingTermWords.has(head) || industryTermHeads.has(head) || tradingTermLeads.has(allParts[0] ?? '')) return true;
  if (allParts.some((part) => corporateWords.has(part))) return false;
  // "Equity Residential (EQR)", "Spirit Realty Capital (SRC)": a trust's or lender's name, made of finance's words;
  // "Finance Lease (FL)", "Charitable Remainder Trust (CRT)": a term's.
  const headVerdict = fundHeadVerdict(spelled, namesTermWord);
  if (headVerdict !== undefined) return headVerdict === 'term';
  if (allParts.at(-1) !== undefined && weakOrganisationHeads.has(allParts.at(-1)!)) return true;
  return allParts.some((part) => measureWords.has(part) || researchTerms.has(part));
}

/**
 * Whether the letters are the word before cut short, as a writer tags a figure with its own word: "volume (VOL
 * +85%)", "revenue (REV +6%)", "Bullish (BULL)". Only a measure's word or a mood's: "Snowflake (SNOW)" is a company
 * named by its own first letters, and "the insurer (INS +2%)" may be one's chip.
 */
function cutsShort(letters: string, word: PrecedingWord): boolean {
  if (letters.length < 2 || word.parts.length !== 1 || !word.parts[0].startsWith(letters)) return false;
  return namesMeasure(word) || sentimentWords.has(word.parts[0]);
}

// The words a research note's own parts are named with, as a desk defines their initials once: "Key Risks (KR)", "Top
// Pick (TP)", "Base Case (BC)", "Key Takeaways (KT)", "Conviction List (CL)", "Executive Summary (ES)", "Our Take
// (OT)", "Bottom Line (BL)". Read only when the letters spell them, never as the name before a symbol ("Risks (ORCD)"
// in a heading stays a company's section).
// "takeaways" and "catalysts" in the plural only: "Just Eat Takeaway (JET)" and "Catalyst Biosciences (CBIO)" are listings.
const researchTerms: ReadonlySet<string> = new Set(
  ('risk risks pick picks case cases scenario scenarios thesis summary takeaways catalysts idea ideas list lists ' +
    'take line outlook verdict').split(' '),
);

/** The titles a note puts before a person's name, lower-cased: "CFO Jane Doe", "analyst Tom Lee", "Chairman Ann Roe". */
const personTitles: ReadonlySet<string> = new Set(
  ('ceo cfo coo cto cio officer chief chair chairman chairwoman chairperson president director manager analyst ' +
    'strategist economist founder cofounder governor secretary minister treasurer trader').split(' '),
);

/** A possessive: "Meta's" (a trailing apostrophe, "Platforms'", is trimmed off the word before this reads it). */
const ownerPossessive = /(?:['’]s|s['’])$/i;

/** Whether `symbol`'s letters spell the initials of the last words, whatever those words name ("Federal Deposit Insurance Corporation (FDIC)"). */
export function spellsInitialsBefore(symbol: string, words: readonly PrecedingWord[]): boolean {
  return initialsCover(symbol.toLowerCase().replace(/[^a-z0-9]/g, ''), withoutYear(words)) !== undefined;
}

/**
 * The words without the year that dates a name: "Reform Act of 1995 (PSLRA)", "Markets Act 2000 (FSMA)". The
 * abbreviation spells the name, never its year.
 */
function withoutYear(words: readonly PrecedingWord[]): readonly PrecedingWord[] {
  if (words.length < 2 || !/^(?:1[89]|20)\d\d$/.test(words.at(-1)!.text)) return words;
  return words.slice(0, words.at(-2)!.text.toLowerCase() === 'of' ? -2 : -1);
}

/**
 * Where the abbreviated words start, when `letters` spell the initials of the last two or more words: each
 * significant word gives the first one or more of its letters, small words give their initial or nothing, later
 * parts of a hyphenated word may give nothing ("Co-operation"). Undefined when they do not.
 */
export function initialsCover(letters: string, words: readonly PrecedingWord[]): number | undefined {
  if (letters.length < 2) return undefined;
  const parts: Array<{ text: string; optional: boolean; word: number }> = [];
  words.forEach((word, index) => {
    word.parts.forEach((part, partIndex) => parts.push({ text: part, optional: smallWords.has(part) || partIndex > 0, word: index }));
  });
  // Try the shortest tail first: the abbreviation names the nearest words.
  for (let first = parts.length - 1; first >= 0; first--) {
    if (parts[first].optional) continue;
    if (spells(letters, 0, parts, first)) {
      const wordsSpanned = parts[parts.length - 1].word - parts[first].word + 1;
      if (wordsSpanned >= 2 || parts.length - first >= 2) return parts[first].word;
    }
  }
  return undefined;
}

/** Can letters[from..] be spelled by parts[at..], every mandatory part giving at least its first letter? */
function spells(letters: string, from: number, parts: ReadonlyArray<{ text: string; optional: boolean }>, at: number): boolean {
  if (at === parts.length) return from === letters.length;
  const part = parts[at];
  if (part.optional && spells(letters, from, parts, at + 1)) return true;
  let taken = 0;
  while (from + taken < letters.length && taken < part.text.length && part.text[taken] === letters[from + taken]) {
    taken++;
    if (spells(letters, from + taken, parts, at + 1)) return true;
  }
  return false;
}

/**
 * A one-letter symbol follows a name that starts with it ("Ford Motor (F)", "Visa (V)") or a name that has it as a
 * capital ("AT&T (T)"); "Revenue (E)" and "Series (B)" are labels. A roman numeral is read the same way ("ORIX (IX)").
 */
export function singleLetterFitsName(letter: string, words: readonly PrecedingWord[]): boolean {
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const word = words[i];
    if (!word.capitalised) break;
    if (word.text.startsWith(letter) || (/^[A-Z&]+$/.test(word.text) && word.text.includes(letter))) return true;
  }
  return false;
}

