// Commodities and currencies are written as companies are — "Crude Oil (CL)", "Copper (HG)", "Swedish Krona (SEK)" —
// and their codes are often listed shares' symbols too (CL is Colgate-Palmolive, HG Hamilton Insurance, CC Chemours,
// ZS Zscaler, NOK Nokia, SAR Saratoga): read as tickers, the hover would quote the company and lint would hold a
// futures price against a stock's. What tells them apart is the pair: the name of a commodity followed by its own
// futures code, or a currency's name followed by its ISO code. Any other symbol after the same words stays a ticker:
// "Gold (GLD)" is the gold fund, "Barrick Gold (GOLD)" and "CNH Industrial (CNH)" are companies.

import type { PrecedingWord } from './abbreviations';
import { isDigit } from './charCodes';

/** Futures roots (CME, ICE, LME) by the names writers give the commodity, lower case, one word or two. */
const futuresCodes: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['gold', 'GC MGC'],
      ['silver', 'SI'],
      ['copper', 'HG CA'],
      ['platinum', 'PL'],
      ['palladium', 'PA'],
      ['aluminium, aluminum', 'ALI AL AH'],
      ['nickel', 'NI'],
      ['zinc', 'ZS'],
      ['lead', 'PB'],
      ['tin', 'SN'],
      ['iron ore', 'TIO'],
      // Coal's grades, as the mining press codes them: "Hard Coking Coal (HCC)", "Newcastle Thermal Coal (NEWC)"
      ['coking coal, metallurgical coal', 'HCC PCC'],
      ['thermal coal, newcastle coal', 'NEWC'],
      ['crude, crude oil, oil, wti, wti crude, light crude', 'CL MCL QM'],
      ['brent, brent crude', 'BRN BZ CO'],
      ['natural gas, gas', 'NG QG'],
      // The hubs and grades prices are set at, named as the commodity is: "Henry Hub (HH)", "Western Canadian Select (WCS)"
      ['henry hub', 'HH NG'],
      ['canadian select, wcs', 'WCS'],
      ['heating oil, ulsd, diesel', 'HO'],
      ['gasoline, rbob, rbob gasoline', 'RB'],
      ['corn', 'ZC C'],
      ['wheat', 'ZW KE W'],
      ['soybeans, soybean, soy', 'ZS S'],
      ['soybean oil', 'ZL'],
      ['soybean meal', 'ZM'],
      ['oats', 'ZO'],
      ['rice, rough rice', 'ZR'],
      ['sugar', 'SB'],
      ['coffee', 'KC'],
      ['cocoa', 'CC'],
      ['cotton', 'CT'],
      ['orange juice', 'OJ'],
      ['lumber', 'LBS LBR'],
      ['canola', 'RS'],
      ['cattle, live cattle', 'LE'],
      ['feeder cattle', 'GF'],
      ['hogs, lean hogs', 'HE'],
    ] as const
  ).flatMap(([names, codes]) => names.split(', ').map((name) => [name, new Set(codes.split(' '))] as const)),
);

const allFuturesCodes: ReadonlySet<string> = new Set([...futuresCodes.values()].flatMap((codes) => [...codes]));

/** Whether `symbol` is some commodity's futures code, whatever names it: a list of them all ("CL +1.2%, NG -3.0%") is of futures. */
export function isFuturesCode(symbol: string): boolean {
  return allFuturesCodes.has(symbol);
}

/**
 * Financial futures roots (CME, Cboe, ICE), which quote boards list beside the commodities: equity indexes ("ES" the
 * E-mini S&P 500, "NQ", "YM", "RTY"), Treasuries ("ZN", "ZB"), the dollar index ("DX"), currencies ("6E"), VIX ("VX").
 * Several are listed shares' symbols too (ES Eversource, YM, UB): only a row that names the future is read as one.
 */
const financialFuturesCodes: ReadonlySet<string> = new Set(
  'ES MES NQ MNQ YM MYM RTY M2K EMD NKD FDAX DX ZN ZB ZF ZT UB TN VX 6E 6J 6B 6A 6C 6S 6M 6N BTC MBT ETH MET'.split(' '),
);

/** Whether `symbol` is a commodity's or a financial future's root ("CL", "ES", "ZN"). */
export function isAnyFuturesCode(symbol: string): boolean {
  return allFuturesCodes.has(symbol) || financialFuturesCodes.has(symbol);
}

/** A futures contract with its month's letter and its year ("CLF27", "ESZ6", "NGH2027"): a contract, never a share. */
export function isDatedFuturesContract(symbol: string): boolean {
  const contract = /^([A-Z0-9]{1,3}?)[FGHJKMNQUVXZ](?:\d{1,2}|20\d{2})$/.exec(symbol);
  return contract !== null && isAnyFuturesCode(contract[1]);
}

/** The words of the commodities' names ("crude", "natural", "gas", "wti"), lower case. */
export const commodityNameWords: ReadonlySet<string> = new Set([...futuresCodes.keys()].flatMap((name) => name.split(' ')));

/** A currency's unit, the last word of its name ("Swedish Krona", "Indian Rupee", "offshore Yuan"). */
const currencyUnits: ReadonlySet<string> = new Set(
  ('dollar dollars euro euros yen pound pounds sterling franc francs krona kronor krone kroner lira rand peso pesos ' +
    'real reais rupee rupees rupiah ringgit baht won yuan renminbi dong ruble rubles rouble roubles shekel shekels ' +
    'zloty forint koruna riyal rial dirham dinar naira shilling cedi kwacha leu lev hryvnia tenge sol soles taka').split(' '),
);

/** ISO 4217 codes of the currencies market notes quote. */
const currencyCodes: ReadonlySet<string> = new Set(
  ('USD EUR JPY GBP CHF CAD AUD NZD SEK NOK DKK ISK PLN HUF CZK RON BGN TRY RUB UAH KZT ZAR EGP NGN KES GHS MAD ' +
    'ILS SAR AED QAR KWD BHD OMR JOD INR PKR BDT LKR IDR MYR THB PHP VND KRW TWD HKD SGD CNY CNH BRL MXN ARS CLP ' +
    'COP PEN UYU').split(' '),
);

/**
 * Codes of a currency's minor unit, as quote pages give a price's unit: London's pence (`GBX`, also Greenbrier's
 * symbol), Johannesburg's cents (`ZAC`), Tel Aviv's agorot (`ILA`), cents a pound or a bushel (`USX`).
 */
const minorUnitCodes: ReadonlySet<string> = new Set(['GBX', 'ZAC', 'ILA', 'USX']);

export function isCurrencyUnit(word: string): boolean {
  return currencyUnits.has(word);
}

export function isCurrencyCode(symbol: string): boolean {
  return currencyCodes.has(symbol);
}

/** Whether a `$` tag is two ISO codes run together, a currency pair as forex traders tag it (`$EURUSD`). */
export function isCurrencyPair(symbol: string): boolean {
  return symbol.length === 6 && currencyCodes.has(symbol.slice(0, 3)) && currencyCodes.has(symbol.slice(3));
}

/**
 * The exchanges futures trade on, which writers put after a commodity as they put its code: "Brent (ICE)", "Gold
 * (COMEX)", "Copper (LME)". Two are listed companies' tickers too (ICE, CME), so they count only after a commodity.
 */
const futuresVenues: ReadonlySet<string> = new Set(['ICE', 'CME', 'NYMEX', 'COMEX', 'CBOT', 'LME', 'SGX', 'TOCOM']);

/**
 * Whether `symbol` after `words` (nearest last) is a commodity's futures code or the exchange it trades on, or a
 * currency's ISO code, not a ticker.
 */
export function namesCommodityOrCurrency(symbol: string, words: readonly PrecedingWord[]): boolean {
  const last = bare(words.at(-1));
  if (last === undefined) return false;
  if ((currencyCodes.has(symbol) && currencyUnits.has(last)) || namesPriceUnit(symbol, last)) return true;
  const beforeLast = bare(words.at(-2));
  const codes = (beforeLast === undefined ? undefined : futuresCodes.get(`${beforeLast} ${last}`)) ?? futuresCodes.get(last);
  return codes !== undefined && (codes.has(symbol) || futuresVenues.has(symbol));
}

/**
 * Whether the words before a parenthesis (nearest last) name a commodity the way prose does, its last word in lower
 * case or "futures" after it: "iron ore (SGX: FEF)", "Iron ore futures (SGX: FEF)". Singapore's exchange lists shares
 * and trades futures, and after a commodity its symbol is a contract's; "Straits Gas (SGX: G13)", capitalised, is a
 * company's name.
 */
export function namesCommodityFutures(words: readonly PrecedingWord[]): boolean {
  let end = words.length;
  const futures = end > 0 && bare(words[end - 1]) === 'futures';
  if (futures) end--;
  const lastWord = words.at(end - 1);
  const last = bare(lastWord);
  if (lastWord === undefined || last === undefined || (!futures && lastWord.capitalised)) return false;
  const beforeLast = bare(words.at(end - 2));
  return futuresCodes.has(last) || (beforeLast !== undefined && futuresCodes.has(`${beforeLast} ${last}`));
}

/**
 * Whether a currency's code follows a figure as its unit: "closed at 452p (GBX)", "ended at 98.40 (NOK)". After an
 * amount the letters say what it is counted in, whatever company shares them (Greenbrier, Nokia).
 */
function namesPriceUnit(symbol: string, last: string): boolean {
  return isDigit(last.charCodeAt(0)) && (currencyCodes.has(symbol) || minorUnitCodes.has(symbol));
}

/** The word lower-cased, without a possessive ("Brent's" → "brent"). */
function bare(word: PrecedingWord | undefined): string | undefined {
  return word?.text.toLowerCase().replace(/['’]s?$/, '');
}
