// What a company reports besides its share price. Earnings coverage names the stock and then its results in the same
// clause: "Nvidia (NVDA) said third-quarter revenue climbed 62%", "Tesla (TSLA) deliveries fell 13%", "The consensus
// EPS estimate for Meta (META) has been revised 2% higher", "Palantir (PLTR) reported revenue of $1.18 billion, a 63%
// increase". Each names the company, but none of those percentages is its stock's return: the measure owns the value,
// so it makes no return claim (revenue and earnings growth with a period are read before this, in claimWords.ts).
// Not "loss": "extended its loss to 5%" is the stock's own.

/**
 * The nouns of a results story: what the company reports, and what analysts expect of it — with the words other
 * markets' results copy uses: "turnover" (British revenue), India's "PAT" and banks' "NII", a miner's "production", an
 * insurer's "premiums", a lender's "deposits" and "loan book", a software company's "ARR".
 */
const companyMeasure = String.raw`(?:revenues?|sales|comps|income|earnings|profits?|eps|ebitda|margins?|deliveries|shipments|bookings|orders|backlog|obligations|rpo|subscribers|subscriptions|users|customers|members|accounts|traffic|cash(?:\s+flow)?|capex|expenditures?|spending|costs|expenses|guidance|outlook|forecasts?|estimates?|consensus|targets?|objectives?|dividends?|buybacks?|repurchases?|debt|inventor(?:y|ies)|headcount|workforce|turnover|ebita?|pat|pbt|nii|nim|arr|mrr|gmv|production|output|throughput|volumes?|premiums?|deposits|loans?|loan\s+book)`;

/**
 * Words that put the stock (or the index) back as the verb's subject: "and its shares jumped 8%", "sending the stock
 * up 5%", "and the index is up 16%".
 */
const stockReferent = /\b(?:shares?|stocks?|it|they|index|benchmark|gauge|average)\b/i;

/** "The EPS estimate for", "revenue at", "sales of": the measure, then the company it belongs to (its symbol may follow in parentheses). */
const measureOfName = new RegExp(String.raw`(?:^|[^\w-])${companyMeasure}\s+(?:in|of|at|for|from|on)\s+(?:the\s+)?(?:[^\s,;]+\s+){0,4}?\(?$`, 'i');

/**
 * "revenue climbed 62%", "deliveries fell 13%", "estimate has been revised 2%", "EPS beat the consensus by 6%", "Q3
 * revenue +9% y/y", "grew net income 22%": the measure and at most four plain words (no comma, no "and": "beat estimates and jumped 5%" is the stock's) up to the
 * value — the measure is the verb's subject or object.
 */
const measureRightBefore = new RegExp(String.raw`(?:^|[^\w-])${companyMeasure}((?:\s+[\w'’-]+){0,4})\s*$`, 'i');
const coordination = /\b(?:and|but|while|then|as|after|before|sending|leaving|pushing|lifting|dragging)\b/i;

/**
 * "revenue of $102.5 billion in the September quarter, up 8%", "1,200 customers as of the quarter's end, up 45%",
 * "revenue of $1.18 billion, a 63% increase": an appositive after a reported figure describes that figure (not after a
 * valuation: "trades at 35 times forward earnings, up 28% this year" is the stock's).
 */
const appositiveOpening = /,\s*(?:(?:an?|up|down|rising|falling|increasing|decreasing|growing|gaining|jumping|climbing|dropping|declining)\s+)?(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under|just)\s+)?$/i;
const measureNoun = new RegExp(String.raw`(?:^|[^\w-])${companyMeasure}\b`, 'i');
/** An amount or a count as a report states it ("$910 million", "48,000", "14.8 billion"), not a multiple ("35 times"). */
const reportedAmount = /[$€£¥]\s?\d|\d\s*(?:billion|million|trillion|bn|mln|bln)\b|\d{1,3}(?:,\d{3})+/i;

/** "said revenue rose", "said on Tuesday that AWS grew": a reported clause whose subject is not the stock. */
const reportedClause = /\b(?:said|says|saying|(?:reported|announced|noted|disclosed|added)\s+that)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?([^,;]*)$/i;

/**
 * The company named (`before` is the clause up to its name, `after` from the name's end up to the value) is not
 * what moved by the value: a measure it reports or is expected to report is.
 */
export function reportsAnotherMeasure(before: string, after: string): boolean {
  if (measureOfName.test(before) && !stockReferent.test(after)) return true;
  const right = measureRightBefore.exec(after);
  if (right && !stockReferent.test(right[1]) && !coordination.test(right[1])) return true;
  const appositive = appositiveOpening.exec(after);
  if (appositive) {
    // The noun phrase the appositive describes: back to the comma before it (not a thousands separator's).
    const described = after.slice(0, appositive.index).split(/,(?!\d{3})/).pop() ?? '';
    if (measureNoun.test(described) && reportedAmount.test(described) && !stockReferent.test(described)) return true;
  }
  const reported = reportedClause.exec(after);
  return reported !== null && !stockReferent.test(reported[1]);
}

/**
 * The clause before a comparison's base (`before`, up to "from a year earlier") names a measure a company reports:
 * "revenue rose 12% from a year earlier" compares two reported periods, not a span that ends the day it was written.
 */
export function comparesReportedMeasure(before: string): boolean {
  // The clause starts after the last stop that ends one: not a decimal point ("EPS of $0.42, up 18% from …").
  const clause = before.slice(Math.max(before.search(/(?:[^;.!?]|(?<=\d)\.(?=\d))*$/), 0));
  return measureNoun.test(clause) && !stockReferent.test(clause);
}
