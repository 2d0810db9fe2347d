// Prices that words of the sentence stand between: what a move followed ("fell 2% after the report to $40.10"),
// what the company did first ("beat estimates and rose 6% to"), an aside set off by commas ("(PMBR), which went
// public at $18, closed at"), a quote line's other fields ("target $75, last $61.30"), and "calls" or "puts" as
// verbs. Our own words; each reading has its look-alikes that must stay unread.

import { strict as assert } from 'node:assert';
import { findStatedPrices } from '../../../src/core/lint';
import { findTickerMentions } from '../../../src/core/tickers';

function read(text: string): string[] {
  return findStatedPrices(text, findTickerMentions(text)).map((price) => `${price.symbol} ${text.slice(price.offset, price.offset + price.length)}`);
}

describe('a move to a price with what it followed between', () => {
  it('reads "after the report", "on strong results", "at the time of writing" between the change and "to"', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) fell 2% after the report to $40.10.'), ['PMBR $40.10']);
    assert.deepEqual(read('Pembrook Foods (PMBR) shares fell 2% after the earnings report to $40.10.'), ['PMBR $40.10']);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 6% on better-than-expected results to $93.40.'), ['PMBR $93.40']);
    assert.deepEqual(read('Kestrel Mining (ASX: KSM) shares were up 1.2% at the time of writing to $6.69.'), ['KSM $6.69']);
  });

  it('leaves the price to a clause of its own, a figure or a change the phrase names', () => {
    // another subject's verb between: the price is where the rival's move ended
    assert.deepEqual(read('Pembrook Foods (PMBR) fell 2% after rival Acme slid to $40.10.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 5% after the company said it would sell to $50.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 5% after Acme raised its bid to $50.'), []);
    // the phrase's last word takes "to" itself
    assert.deepEqual(read('Pembrook Foods (PMBR) fell 2% after its dividend cut to $0.10.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 5% on a takeover offer to $50.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 5% after a price target hike to $50.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 5% after brokers lifted targets to $50.'), []);
  });
});

describe('a move after a first verb whose object is a figure of the company', () => {
  it('reads "beat estimates and rose 6% to", "missed revenue forecasts and fell 4% to"', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) beat estimates and rose 6% to $93.40.'), ['PMBR $93.40']);
    assert.deepEqual(read('Pembrook Foods (PMBR) missed revenue forecasts and fell 4% to $40.10.'), ['PMBR $40.10']);
  });

  it('still reads no move whose own words, or whose subject, name another figure', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) beat estimates and its dividend rose 5% to $0.26.'), []);
    assert.deepEqual(read("Pembrook Foods (PMBR)'s revenue beat estimates and rose 6% to $93.40."), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) said revenue beat estimates and rose 6% to $93.40.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) raised its dividend 5% to $0.26.'), []);
    // an earlier figure still leaves the later one unread
    assert.deepEqual(read('Pembrook Foods (PMBR) topped estimates of $1.20 and rose 6% to $93.40.'), []);
  });
});

describe('a price after asides set off by commas', () => {
  it('reads the verb after a relative clause, an appositive or a quote line\'s other fields', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR), which went public at $18, closed at $31.20.'), ['PMBR $31.20']);
    assert.deepEqual(read('Pembrook Foods (PMBR), the grocer, trades at $31.20.'), ['PMBR $31.20']);
    assert.deepEqual(read('Pembrook Foods (PMBR), whose preferred shares trade at $24, closed at $31.20.'), ['PMBR $31.20']);
    assert.deepEqual(read('Pembrook Foods (PMBR), target $75, last $61.30.'), ['PMBR $61.30']);
    assert.deepEqual(read('Pembrook Foods (PMBR), stop $55, entry $60, last $61.30.'), ['PMBR $61.30']);
  });

  it('reads no figure of the aside, nothing a verb does not tie, and no list of subjects', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR), target $75, rated Buy.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR), a grocer, at $31.20 looks cheap.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR), in our view, is worth $75.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR), which Acme bought, and Zed Corp, closed at $31.20.'), []);
    assert.deepEqual(read('I bought Pembrook Foods (PMBR), a grocer, at $31.20.'), []);
    assert.deepEqual(read('Buy Pembrook Foods (PMBR), target $75, stop $55, entry $60.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR), which priced its IPO at $18, opened at $24.'), []);
  });

  it('reads a quote line\'s "last close" after its other fields', () => {
    assert.deepEqual(read('Orcadia Systems (ORCD), target $60, last close $44.10.'), ['ORCD $44.10']);
    assert.deepEqual(read('Orcadia Systems (ORCD) last close $44.10.'), ['ORCD $44.10']);
    assert.deepEqual(read('Orcadia Systems (ORCD) last close $44.10 price target.'), []);
  });

  it('reads no price an aside sets at another time or under a condition, as an opening phrase would', () => {
    assert.deepEqual(read('Orcadia Systems (ORCD), in 2021, traded at $88.'), []);
    assert.deepEqual(read('Orcadia Systems (ORCD), before the split, traded at $88.'), []);
    assert.deepEqual(read('Orcadia Systems (ORCD), a year ago, traded at $30.'), []);
    assert.deepEqual(read('Orcadia Systems (ORCD), on Nov. 3, closed at $30.10.'), []);
    assert.deepEqual(read('Orcadia Systems (ORCD), once the deal closes, trades at $44.'), []);
    // a relative clause dates its own verb only
    assert.deepEqual(read('Nov. 25, 2026. Pembrook Foods (PMBR), which went public at $18 in 2021, closed at $31.20.'), ['PMBR $31.20']);
  });
});

describe('"calls" and "puts" as verbs, not options', () => {
  it('reads the price after "calls it", "puts pressure on"', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) calls it a turnaround year, closing at $40.10.'), ['PMBR $40.10']);
    assert.deepEqual(read('Pembrook Foods (PMBR) puts pressure on rivals and closed at $40.10.'), ['PMBR $40.10']);
  });

  it('never reads an option\'s price', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) calls rose to $3.40.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) jumped 4%, and its calls rose to $3.40.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) December calls jumped 40% to $3.40.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) weekly puts the desk sold fell 20% to $1.10.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) saw heavy trading in calls, closing at $40.10.'), []);
  });
});

describe('the day\'s path, then its last trade or its close after "and"', () => {
  it('reads "traded as high as $48.10 and last traded at $47.90", "… and closed at"', () => {
    assert.deepEqual(read('Tarrow Labs (NYSE:TRWL) traded as high as $48.10 and last traded at $47.90.'), ['TRWL $47.90']);
    assert.deepEqual(read('Tarrow Labs (TRWL) traded as low as $46.10 and last changed hands at $47.90.'), ['TRWL $47.90']);
    assert.deepEqual(read('Tarrow Labs (TRWL) traded at $48.10 and last traded at $47.90.'), ['TRWL $47.90']);
    assert.deepEqual(read('Tarrow Labs (TRWL) hit a 52-week low at $11.80 and closed at $12.10.'), ['TRWL $12.10']);
    assert.deepEqual(read('Tarrow Labs (TRWL) stock most recently was at $15.35, down 25 cents.'), ['TRWL $15.35']);
  });

  it('still reads no close after "after", another figure, another subject, or a last trade of another time', () => {
    assert.deepEqual(read('Tarrow Labs (TRWL) hit a 52-week low at $11.80 after closing at $15.57 on Wednesday.'), []);
    assert.deepEqual(read('Tarrow Labs (TRWL) said its dividend would be $0.50 and closed at $40.'), []);
    assert.deepEqual(read('Tarrow Labs (TRWL) rose 3% while Acme hit $20 and last traded at $19.50.'), []);
    assert.deepEqual(read('Tarrow Labs (TRWL) stock last traded at $30 in 2019, before its delisting.'), []);
  });
});

describe('a close in a weekday\'s session named with its possessive', () => {
  it('reads "to close Friday\'s session at", "to close the trading session at"', () => {
    assert.deepEqual(read('Kavya Textiles (NSE: KAVYA) lost 13.43% to close Friday\'s session at ₹303.'), ['KAVYA ₹303']);
    assert.deepEqual(read('Kavya Textiles (NSE: KAVYA) rose 2% to close the trading session at ₹303.'), ['KAVYA ₹303']);
  });

  it('reads no price a weekday\'s other figure names', () => {
    assert.deepEqual(read('Kavya Textiles (NSE: KAVYA) lost 13.43% to close Friday\'s dividend at ₹303.'), []);
  });
});

describe('a price on the day of the writer\'s own trade', () => {
  it('reads no price "on the day we sold it": the writer\'s own trade, not now', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) was trading at $31.20 on the day we sold it.'), []);
    assert.deepEqual(read('Pembrook Foods (PMBR) closed at $31.20 on the day I added to the position.'), []);
  });

  it('still reads "on the day" alone, or the day of the news the note tells: the session\'s own', () => {
    assert.deepEqual(read('Pembrook Foods (PMBR) closed at $31.20 on the day the merger was announced.'), ['PMBR $31.20']);
    assert.deepEqual(read('Pembrook Foods (PMBR) rose 2% to $31.20 on the day.'), ['PMBR $31.20']);
    assert.deepEqual(read('Pembrook Foods (PMBR) closed at $31.20 on the day, up 2%.'), ['PMBR $31.20']);
  });
});

describe('a price the past perfect puts before the sentence\'s time', () => {
  it('reads no "had previously closed at", "had ended at"', () => {
    assert.deepEqual(read('Corvane Retail (NYSE:CRVR) rose 0.6% on Monday. The stock had previously closed at $151.28.'), []);
    assert.deepEqual(read('Corvane Retail (CRVR) had closed at $151.28 before the report.'), []);
    assert.deepEqual(read('Corvane Retail (CRVR) was originally priced at $12 a share.'), []);
  });

  it('still reads the present perfect, and a past perfect of another verb in an aside', () => {
    assert.deepEqual(read('Corvane Retail (CRVR) has been trading at $150.20 this week.'), ['CRVR $150.20']);
    assert.deepEqual(read('Corvane Retail (CRVR), which had fallen 20% this year, closed at $151.28.'), ['CRVR $151.28']);
  });
});

describe('a close named as a record with more words to it', () => {
  it('reads "a new all-time split-adjusted high of", "a fresh record close of", "a nine-year low of" as a close', () => {
    assert.deepEqual(read('Corvane Retail (CRVR) stock closed Wednesday at a new all-time split-adjusted high of $107.30.'), ['CRVR $107.30']);
    assert.deepEqual(read('Corvane Retail (CRVR) notched a fresh record close of $250.10.'), ['CRVR $250.10']);
    assert.deepEqual(read('Corvane Retail (CRVR) closed at a nine-year low of $11.60.'), ['CRVR $11.60']);
  });

  it('reads no extreme the day only reached', () => {
    assert.deepEqual(read('Corvane Retail (CRVR) hit a fresh all-time high of $260.10.'), []);
    assert.deepEqual(read('Corvane Retail (CRVR) fell to a nine-year low of $11.60.'), []);
    assert.deepEqual(read('Corvane Retail (CRVR) hit a fresh all-time high of $260.10 before closing at $250.10.'), ['CRVR $250.10']);
  });
});

describe('a later sentence\'s subject, its asides, then its price', () => {
  it('reads "The shares, which listed at $18, now trade at $31.20"', () => {
    assert.deepEqual(read('Corvane Retail (CRVR) reported on Tuesday. The shares, which listed at $18, now trade at $31.20.'), ['CRVR $31.20']);
  });

  it('reads no price an aside dates, nor the aside\'s own figure', () => {
    assert.deepEqual(read('Corvane Retail (CRVR) reported on Tuesday. The stock, in 2021, traded at $88.'), []);
    assert.deepEqual(read('Corvane Retail (CRVR) reported on Tuesday. The shares, which listed at $18, rose.'), []);
  });
});
