// What a parenthesis after "Price", "Last" or "Close" may say and leave it the stock's market price — one rule for a
// quote table's header ("| Ticker | Price (USD) |") and a cover line's label ("Price (Nov 20): $250.00"): a unit or a
// currency ("USD", "$", "p", "local", "per share"), a session ("close", "last", "end of day", "pre-market", "at
// publication", "delayed") or a day ("11/20/26", "Nov 20", "Friday"). Anything else makes it another figure: a
// scenario ("bear case", "bull"), a horizon or a forecast ("12m", "2027E", "end-2027", "forecast"), a valuation ("fair
// value", "DCF", "NAV"), an order or a trade ("buy", "stop", "limit", "strike", "exit"), a deal's ("takeout") — none of
// them a quote of today compares with. Read word by word against what is allowed, not against a list of what is not:
// writers' scenarios and horizons are too many to list.

/** Currencies and units, as headers and labels write them (lower case). */
const units: ReadonlySet<string> = new Set(
  ('$ us$ $us us usd c$ ca$ $ca cad a$ au$ aud € eur £ gbp p gbx pence cents ¢ hk$ hkd ₹ rs rs. inr ¥ yen jpy chf sek nok dkk cny rmb ' +
    'nt$ twd s$ sgd nz$ nzd r$ brl krw won zar rand mxn ils local ccy currency adr ads ord per share sh /sh shr').split(' '),
);

/** A session or the note's own time: "close", "end of day", "at publication", "pre-market", "delayed". */
const sessionWords: ReadonlySet<string> = new Set(
  ('close closing last latest current live spot delayed real-time realtime intraday eod open opening pre-market premarket ' +
    'publication writing posting press time today yesterday midday noon market session regular ' +
    'at as of on the @ in').split(' '),
);

const month = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** A day written in figures: "11/20/26", "11/20", "2026-11-20", "20.11.2026". */
const numericDay = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;
const monthName = new RegExp(`^${month}$`, 'i');
/** A day and its month in one word, "20-Nov" (not "Dec-27", a month and its year as spreadsheets write it). */
const monthAndDay = new RegExp(String.raw`^\d{1,2}-${month}$`, 'i');
const weekday = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?$/i;
const clockTime = /^\d{1,2}(?::\d{2})?(?:am|pm|a\.m\.|p\.m\.)?$|^(?:am|pm|a\.m\.|p\.m\.|et|est|edt|ct|gmt|bst|utc|cet)$/i;

/**
 * Whether the words in a price's parenthesis ("USD", "Nov 20, 2026", "11/20/26 close", "bear case") leave it the
 * market price (see above). An empty parenthesis does.
 */
export function keepsMarketPrice(qualifier: string): boolean {
  const text = qualifier
    .toLowerCase()
    .replace(/\bend[- ]of[- ](?:the[- ])?(?:day|session|trading)\b/g, 'eod')
    .replace(/\btime of\b/g, 'time');
  // A day's or a session's possessive is that day or session: "at today's close", "Friday's close".
  const words = text.split(/[\s,;]+/).filter((word) => word !== '').map((word) => word.replace(/['’]s$/, ''));
  let dated = false;
  let numbers = 0;
  for (const word of words) {
    if (units.has(word) || sessionWords.has(word)) continue;
    if (numericDay.test(word) || monthAndDay.test(word) || weekday.test(word) || monthName.test(word)) {
      dated = true;
      continue;
    }
    if (/^\d{1,4}$/.test(word)) {
      numbers++;
      continue;
    }
    if (clockTime.test(word)) continue;
    return false;
  }
  // A bare number is a day only beside a month ("Nov 20, 2026"); alone ("2027", "12") it is a year or a horizon.
  return numbers === 0 || (dated && words.some((word) => monthName.test(word)));
}
