import { strict as assert } from 'node:assert';
import { findStatedPrices, formatLikeStated } from '../../../src/core/lint';
import { statedUnit } from '../../../src/core/lint/quoteComparison';
import { withCurrency } from '../../../src/core/lint/statedPriceFormat';
import { findTickerMentions } from '../../../src/core/tickers';

function prices(text: string) {
  return findStatedPrices(text, findTickerMentions(text)).map((price) => ({
    symbol: price.symbol,
    value: price.value,
    written: text.slice(price.offset, price.offset + price.length),
    number: text.slice(price.valueOffset, price.valueOffset + price.valueLength),
    line: price.line,
    column: price.column,
    source: price.source,
  }));
}

describe('findStatedPrices', () => {
  it('reads prices tied to a mention by a verb or "at", with exact positions', () => {
    const text = 'Apple (NASDAQ: AAPL) closed at $256.44. $TSLA traded near $431.46, and Microsoft (NASDAQ: MSFT)\nclosed at $498.12.';
    assert.deepEqual(prices(text), [
      { symbol: 'AAPL', value: 256.44, written: '$256.44', number: '256.44', line: 1, column: 32, source: 'prose' },
      { symbol: 'TSLA', value: 431.46, written: '$431.46', number: '431.46', line: 1, column: 59, source: 'prose' },
      { symbol: 'MSFT', value: 498.12, written: '$498.12', number: '498.12', line: 2, column: 11, source: 'prose' },
    ]);
  });

  it('reads movements to a price, grouped thousands and other currencies', () => {
    const text = '$NVDA rose $5 to $190.10. $SML at $1,482.33. Vodafone (LSE: VOD) closed at £0.74. Shopify (TSX: SHOP) at C$168.40.';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['NVDA', 190.1, '$190.10'],
        ['SML', 1482.33, '$1,482.33'],
        ['VOD', 0.74, '£0.74'],
        ['SHOP', 168.4, 'C$168.40'],
      ],
    );
  });

  it('reads a price set beside the mention in parentheses, and a "price" label', () => {
    const text = [
      'Apple Inc. (AAPL) ($256.44) led the group.',
      'Tesla (NASDAQ: TSLA, $431.46) lagged, and $NVDA ($190.10, +1.2%) held.',
      'Microsoft (MSFT) stock price: $498.12. Amazon ($AMZN), price of $225.50, lagged.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written, price.line]),
      [
        ['AAPL', 256.44, '$256.44', 1],
        ['TSLA', 431.46, '$431.46', 2],
        ['NVDA', 190.1, '$190.10', 2],
        ['MSFT', 498.12, '$498.12', 3],
        ['AMZN', 225.5, '$225.50', 3],
      ],
    );
  });

  it('reads a price after the symbol in its own parenthesis, as market wraps tag a company', () => {
    const text = 'Velmont Inc. (VLMT $160.30) slipped.\n\nChip makers (NVDA $188.10, AMD $140.10) moved. Brenwick Corp. (BRNW, $41.20) held.';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['VLMT', 160.3, '$160.30'],
        ['NVDA', 188.1, '$188.10'],
        ['AMD', 140.1, '$140.10'],
        ['BRNW', 41.2, '$41.20'],
      ],
    );
    // More than a price after it, a price after a word, or a symbol that does not open its parenthesis.
    assert.deepEqual(prices('Velmont Inc. (VLMT $5 billion buyback) and Orcadia Systems (ORCD $250 calls) and (ORCD $250 and $260 calls) fell.'), []);
    assert.deepEqual(prices('Velmont Inc. (VLMT $150 and more) and the group (sales fell, NVDA $188.10 and rising) moved.'), []);
  });

  it('reads each price of a parenthesis whose items "and", "&" or a semicolon join', () => {
    const text = 'Laggards (AMD $140.00 and NVDA $188.10) and leaders (ORCD $41.20; BRNW $18.05) and (AAPL $272.41 & MSFT $498.12) moved.';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['AMD', 140, '$140.00'],
        ['NVDA', 188.1, '$188.10'],
        ['ORCD', 41.2, '$41.20'],
        ['BRNW', 18.05, '$18.05'],
        ['AAPL', 272.41, '$272.41'],
        ['MSFT', 498.12, '$498.12'],
      ],
    );
    const listed = 'The pair (NASDAQ: ORCD $41.20 and NYSE: BRNW $18.05) moved apart.';
    assert.deepEqual(prices(listed).map((price) => [price.symbol, price.value]), [['ORCD', 41.2], ['BRNW', 18.05]]);
  });

  it('does not read a parenthesis that says more than a price, or a price target', () => {
    const text = [
      '$AAPL ($5 price target raise) and Apple (AAPL) ($3 billion buyback) and $TSLA (+$3.10, 1.2%).',
      'Microsoft (MSFT) has a price target of $600. Nvidia (NVDA), $190.10 a year ago, is dearer.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
  });

  it('does not read amounts, changes, percentages, multiples or another mention’s price', () => {
    const text = [
      'Amazon ($AMZN) has $5 billion of buybacks; $MSFT holds $380bn.',
      '$TSLA gained $5.20 today. $AAPL is up 3%. (NASDAQ: AMZN) at 33 times earnings.',
      '$AAPL and $MSFT closed at $498.12.',
      '$AAPL $256.44, no verb.',
      '`$AAPL closed at $256.44`',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [['MSFT', 498.12]],
    );
  });

  it('reads a move written with its change to the price: up/down, higher/lower, "or", hedges and emphasis', () => {
    const text = [
      'Acme (NYSE: ACME) added 1.5% to $42.10 on the news.',
      'Maple Co. (TSX: MPL), down 36 cents, or 1.2 per cent, to C$30.31 on volume.',
      'Ore Ltd (ASX: ORE), closing 2.1 per cent higher at A$44.40, led miners.',
      'Widget (NASDAQ: WDGT) was unchanged at $12.00.',
      'Tiny (NASDAQ: TNY) stock was trading for $1.72 a share.',
      'Then (NASDAQ: CHIP) stock price had fallen nearly **3.7%** to **$250.05**, a low.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written, price.line]),
      [
        ['ACME', 42.1, '$42.10', 1],
        ['MPL', 30.31, 'C$30.31', 2],
        ['ORE', 44.4, 'A$44.40', 3],
        ['WDGT', 12, '$12.00', 4],
        ['TNY', 1.72, '$1.72', 5],
        ['CHIP', 250.05, '$250.05', 6],
      ],
    );
  });

  it('reads "was quoted at" and "hovered around" as where the stock stood', () => {
    const text = 'Palantir (NASDAQ: PLTR) was quoted at $150.00 mid-afternoon. Shares of Coca-Cola (NYSE: KO) hovered around $64.00.';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['PLTR', 150],
        ['KO', 64],
      ],
    );
    // An amount it was quoted, and a rate it quoted, are not its price.
    assert.deepEqual(prices('Acme (NYSE: ACME) was quoted a price of $5 billion for the plant. Acme (NYSE: ACME) quoted 30% growth.'), []);
  });

  it('reads "is currently priced at", "now trades at", "was recently trading at", "sells for", "a current share price of"', () => {
    const text = [
      'Orbital Freight (NASDAQ: ORBL) shares are currently priced at $42.10.',
      'Kestrel Foods (NYSE: KSTL) now trades at $24.65.',
      'Harbor Mills (NYSE: HRBM) stock was recently trading at $17.44.',
      'Tidewater Grid (NYSE: TWG) currently sells for $63.08 a share.',
      'Marlow Estates (NYSE: MRLW) has a current share price of $12.40.',
      'Dune Labs (NYSE: DUNE) share price is now $4.48.',
    ].join('\n\n');
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['ORBL', 42.1], ['KSTL', 24.65], ['HRBM', 17.44], ['TWG', 63.08], ['MRLW', 12.4], ['DUNE', 4.48]]);
    // A multiple, an amount or a target after the same words is no price.
    assert.deepEqual(prices('Tidewater Grid (NYSE: TWG) currently sells for 30 times earnings. Orbital Freight (NASDAQ: ORBL) recently sold for $2 billion. Kestrel Foods (NYSE: KSTL) currently has a price target of $30. Dune Labs (NYSE: DUNE) has a current share price target of $9.'), []);
  });

  it('reads "its stock price was", "the share price is" when a word before could also stand between', () => {
    // "price", "was" and "is" are words the pattern may step over before a verb: stepping over all of them left no verb.
    const text = [
      'Kestrel Foods (NYSE: KSTL) is pricey. Its stock price was $24.65 as of this writing.',
      'Harbor Mills (NYSE: HRBM) is cheap. The share price is $17.44.',
      'Tidewater Grid (NYSE: TWG) stock price was $63.08 on the close.',
      'Dune Labs (NYSE: DUNE) was at $4.48 a share.',
    ].join('\n\n');
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['KSTL', 24.65], ['HRBM', 17.44], ['TWG', 63.08], ['DUNE', 4.48]]);
    // A bare "is" straight before the figure: the words before the mention are most often a target's or a value's.
    assert.deepEqual(prices("BofA's price objective for Tidewater Grid (NYSE: TWG) is $60.\n\nOur fair value for Dune Labs (NYSE: DUNE) is $5.20."), []);
    // Still nothing without a verb or a preposition, nor a target or an amount after the same words.
    assert.deepEqual(prices('Dune Labs (NYSE: DUNE) shares $4.48. Kestrel Foods (NYSE: KSTL) stock price target is $30. Harbor Mills (NYSE: HRBM) is a $2 billion company.'), []);
    // After "is" or "was", a figure a comparison follows is a change or a gap.
    assert.deepEqual(prices('Kestrel Foods (NYSE: KSTL) was $2.10 higher on the day.\n\nHarbor Mills (NYSE: HRBM) is $5 above its offer price.'), []);
  });

  it('reads "at its current price of" later in the mention\'s sentence', () => {
    const text = 'Kestrel Foods (NYSE: KSTL) yields 2.9% at its current price of $61.42. Orbital Freight (NASDAQ: ORBL), at the current share price of $41.10, is valued at $2 billion.';
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['KSTL', 61.42], ['ORBL', 41.1]]);
    // A deal's price before it, or a payout's yield, make the figure another's.
    assert.deepEqual(prices('Orbital Freight (NASDAQ: ORBL) agreed to be bought at $50 a share, a premium to its current price of $41.10.'), []);
    assert.deepEqual(prices('Orbital Freight (NASDAQ: ORBL) said its dividend yields 3% at the current price of $41.10.'), []);
  });

  it('reads a close with its change as exchange wraps write it, and a wire\'s "last seen"', () => {
    const text = [
      'Harbour Cement (NYSE: HBCM) closed with a loss of 49 cents at $15.01.',
      'Island Foods (NYSE: ISLF) ended trading 2 cents higher at $5.17.',
      'Kestrel Foods (NYSE: KSTL) finished the day with a gain of $1.20 at $24.65.',
      'Orbital Freight (NASDAQ: ORBL) gained $2.61, or 1%, to close at $42.10.',
      'Elm (LSE: ELM) shares were last seen 2% lower at 215.5p.',
      'Acme (NYSE: ACME) was last seen at $41.20.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['HBCM', 15.01],
        ['ISLF', 5.17],
        ['KSTL', 24.65],
        ['ORBL', 42.1],
        ['ELM', 215.5],
        ['ACME', 41.2],
      ],
    );
    // "seen" without "last" is a forecast's word.
    assert.deepEqual(prices('Acme (NYSE: ACME) seen at $60 by year-end, analysts say.'), []);
  });

  it('reads a close named as a record or a range\'s end, never an extreme the day only reached', () => {
    const text = [
      'Harbour Cement (NYSE: HBCM) closed with a loss of 12 cents at a 52-week low of $1.03.',
      'Island Foods (NYSE: ISLF) advanced 1.2% to a record close of $5.17.',
      'Kestrel Foods (NYSE: KSTL) notched a record close of $24.65.',
      'Orbital Freight (NASDAQ: ORBL) finished at a record $42.10.',
      'Acme (NYSE: ACME) fell 3% to end at a 52-week low of $41.20.',
      'Bolt (NASDAQ: BOLT) was little changed at $10.06.',
      'Crest (NYSE: CRST) held steady at $29.22.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['HBCM', 1.03],
        ['ISLF', 5.17],
        ['KSTL', 24.65],
        ['ORBL', 42.1],
        ['ACME', 41.2],
        ['BOLT', 10.06],
        ['CRST', 29.22],
      ],
    );
    // A high or a low the stock reached, not said to be its close, is a point on the day's path.
    assert.deepEqual(prices('Acme (NYSE: ACME) hit an all-time high of $45.00.'), []);
    assert.deepEqual(prices('Acme (NYSE: ACME) rose 2% to a record high of $45.00.'), []);
    // The close after it is the price.
    assert.deepEqual(
      prices('Acme (NYSE: ACME) fell to a 52-week low of $39.00 before rebounding to close at $41.20.').map((price) => price.value),
      [41.2],
    );
  });

  it('reads the direction before the change, as retail news sites write it: "trading higher by 1.1% to"', () => {
    const text = [
      'Price action: Orbital Freight (NASDAQ: ORBL) shares are trading higher by 1.1% to $42.10 on the last check Friday.',
      'Kestrel Foods (NYSE: KSTL) closed lower by 40 cents at $24.65.',
    ].join('\n');
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['ORBL', 42.1], ['KSTL', 24.65]]);
    // The direction of another figure is no price.
    assert.deepEqual(prices('Kestrel Foods (NYSE: KSTL) lifted its dividend higher by 4% to $0.26 a share.'), []);
  });

  it('reads a close told by its way without its size: "closed lower at", "finished the session sharply higher, at"', () => {
    const text = [
      'Orbital Freight (NASDAQ: ORBL) closed lower at $42.10.',
      'Kestrel Foods (NYSE: KSTL) ended the day slightly higher, at $24.65.',
      'Halvorsen (NYSE: HLVN) settled flat near $18.20.',
      'Brenwick (NYSE: BRNW) gained 2% on the week, closing higher at $48.10.',
    ].join('\n');
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['ORBL', 42.1], ['KSTL', 24.65], ['HLVN', 18.2], ['BRNW', 48.1]]);
    // The way a close went before its change is a change, not a price; nor is a figure of another kind after it.
    assert.deepEqual(prices('Orbital Freight (NASDAQ: ORBL) ended down $5.20. Kestrel Foods (NYSE: KSTL) closed higher after raising its dividend to $0.26.'), []);
  });

  it('reads "saw its shares slip 1.1% to" and "was off 2% at", as movers pages write a move', () => {
    const text = [
      'Orbital Freight (NASDAQ: ORBL) saw its shares slip 1.1% to $42.10 on Friday.',
      'Kestrel Foods (NYSE: KSTL) saw its stock climb to $24.65.',
      'Halvorsen (NYSE: HLVN) stock was off 2% at $18.20.',
    ].join('\n');
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['ORBL', 42.1], ['KSTL', 24.65], ['HLVN', 18.2]]);
    // The plain form elsewhere is a forecast's, and another figure's move is no price.
    assert.deepEqual(prices('We expect Orbital Freight (NASDAQ: ORBL) stock to rise 20% to $60.00. Kestrel Foods (NYSE: KSTL) saw its dividend rise 5% to $0.26.'), []);
  });

  it('reads a quote line\'s label after a colon or a dash: "(NVDA): last trade $201.30", "(MSFT) — last $450.00"', () => {
    const text = [
      'Orbital Freight (NASDAQ: ORBL): last trade $42.10.',
      'Kestrel Foods (NYSE: KSTL) — last $24.65 (+0.4%).',
      'Halvorsen (NYSE: HLVN) stock: $18.20, up 1.2% on the day.',
    ].join('\n');
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['ORBL', 42.1], ['KSTL', 24.65], ['HLVN', 18.2]]);
    // A separator with no label, another figure after "last", or a target named after the figure is no price.
    const others = [
      'Orbital Freight (NASDAQ: ORBL) — $42.10 target.',
      'Orbital Freight (NASDAQ: ORBL): last year\'s revenue was $245 billion.',
      'Orbital Freight (NASDAQ: ORBL) stock: $60 price target, Buy.',
      'Orbital Freight (NASDAQ: ORBL) price: $60 PT.',
    ];
    for (const other of others) assert.deepEqual(prices(other), [], other);
  });

  it('reads a close in a weekday\'s session, dated by that day', () => {
    const note = (day: string) => `Nov 20, 2026 4:12 PM ET\n\nOrbital Freight (NASDAQ: ORBL) shares closed ${day}'s session at $42.10.\n`;
    // Friday is the dateline's day: the price is the note's.
    assert.deepEqual(prices(note('Friday')).map((price) => [price.symbol, price.value]), [['ORBL', 42.1]]);
    // Thursday's close is another day's true price.
    assert.deepEqual(prices(note('Thursday')), []);
  });

  it('reads "finished the last session at", as stock-update pages say where a stock closed', () => {
    const text =
      'Orbital Freight (NASDAQ: ORBL) finished the last session at $42.10. Kestrel Foods (NYSE: KSTL) closed the most recent trading session at $24.65. Harbor Mills (NYSE: HRBM) closed the most recent trading day at $17.44, moving +0.5% from the previous trading session.';
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.value]), [['ORBL', 42.1], ['KSTL', 24.65], ['HRBM', 17.44]]);
    // A session named by its day stays another day's.
    assert.deepEqual(prices('Orbital Freight (NASDAQ: ORBL) finished the last session of October at $38.00.'), []);
  });

  it('reads a price later in the mention\'s sentence, after the move that led to it', () => {
    const text = [
      'Acme (NYSE: ACME) gained 13 percent last week, closing at $23.63, helped by news.',
      'Bolt (NASDAQ: BOLT) fell 12 percent, with shares closing at $10.06.',
      'Crest (NYSE: CRST) of Dayton, Ohio, rose 12 percent last week, to $29.22.',
      'Dune (NYSE: DUNE) slid 4% on Tuesday, to close at $4.48.',
      'Elm (LSE: ELM) eased 2% for the day, at 215.5p.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['ACME', 23.63, '$23.63'],
        ['BOLT', 10.06, '$10.06'],
        ['CRST', 29.22, '$29.22'],
        ['DUNE', 4.48, '$4.48'],
        ['ELM', 215.5, '215.5p'],
      ],
    );
  });

  it('reads a move to a price with where it traded, its rank or the trade named between', () => {
    const text = [
      'Acme (NYSE: ACME) rose 3% in late trading to $23.63.',
      'Bolt (NASDAQ: BOLT) added 1.5 percent in New York trading to $10.06.',
      'Crest (NYSE: CRST) rallied 16 percent, the most since early June, to $29.22.',
      'Dune (NYSE: DUNE) climbed 1.4% to change hands at $4.48.',
      'Elm (NYSE: ELMR) gained 2% on the day to trade at about $61.30.',
      'Fern (NASDAQ: FERN) shares slipped 0.8%, changing hands at $17.20.',
      'Gale (NYSE: GALE) edged up 0.4% on Monday, trading near $88.10.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['ACME', 23.63],
        ['BOLT', 10.06],
        ['CRST', 29.22],
        ['DUNE', 4.48],
        ['ELMR', 61.3],
        ['FERN', 17.2],
        ['GALE', 88.1],
      ],
    );
  });

  it('reads a close after "trading" or "the regular session", a move back to a price, and "goes for"', () => {
    const text = [
      'Acme (NYSE: ACME) ended regular trading at $23.63.',
      'Bolt (NASDAQ: BOLT) closed trading at $10.06 on the day.',
      'Crest (NYSE: CRST) finished the regular session at $29.22.',
      'Dune (NYSE: DUNE) has pulled back to $4.48.',
      'Elm (NYSE: ELMR) drifted lower to $61.30 into the close.',
      'Fern (NASDAQ: FERN) now goes for about $17.20 a share.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['ACME', 23.63],
        ['BOLT', 10.06],
        ['CRST', 29.22],
        ['DUNE', 4.48],
        ['ELMR', 61.3],
        ['FERN', 17.2],
      ],
    );
    // What a product or a deal goes for is no share price; a move of another figure neither.
    assert.deepEqual(prices('Fern (NASDAQ: FERN) goes for $3 billion in the deal. Dune (NYSE: DUNE) said its dividend bounced back to $0.40.'), []);
  });

  it('does not read a trade or a rank that is not the move\'s end', () => {
    const text = [
      // No move before the comma: what the company did, not where its stock went.
      'Acme (NYSE: ACME) reported results, trading at $23.63 a year ago.',
      // The rank's clause runs into another subject's move.
      'Bolt (NASDAQ: BOLT) rallied 16 percent, the most since May, while Rival Corp. fell 2% to $41.20.',
      // Another figure's move, whatever trading it names.
      'Crest (NYSE: CRST) said its dividend rose 5% in the year to $0.26 a share.',
      // A multiple, not a price.
      'Dune (NYSE: DUNE) climbed 1.4%, trading at 31 times earnings.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
  });

  it('reads "wrapped up" a session at a price, a weekday or "the week" between', () => {
    const text = [
      'Acme (NYSE: ACME) wrapped up Friday at $41.20.',
      'Bolt (NASDAQ: BOLT) slipped 2%, wrapping up the week at $10.06.',
      'Crest (NYSE: CRST) fell 4% to wrap up at $29.22.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['ACME', 41.2],
        ['BOLT', 10.06],
        ['CRST', 29.22],
      ],
    );
    // A deal wrapped up at a price per share is the deal's, not the stock's close.
    assert.deepEqual(prices('Acme (NYSE: ACME) wrapped up its buyout of Rival at $57 a share.'), []);
  });

  it('reads a movers list laid out as the Canadian Press does: the mention, a sector, then the move to the price', () => {
    const text = [
      'Great Lakes Bank (TSX:GLB). Financials. Up 64 cents, or 0.8 per cent, to $79.15.',
      'Northern Rail Co. (TSX:NRC). Industrials. Down $1.12, or 0.9 per cent, to $131.40.',
      'Prairie Potash (TSX:PPO). Up 3%, to $58.20.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['GLB', 79.15],
        ['NRC', 131.4],
        ['PPO', 58.2],
      ],
    );
  });

  it('does not read a movers-like line whose label names another figure, or a sentence that is not a move', () => {
    const text = [
      'Great Lakes Bank (TSX:GLB). Revenue. Up 5%, to $3.20 per share.',
      'Northern Rail Co. (TSX:NRC). Up next: a bid at $131.40.',
      'Prairie Potash (TSX:PPO). Its dividend is up 3% to $0.58.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
  });

  it('does not read a later figure of another sentence, of another figure, or after an unread price', () => {
    const text = [
      'Acme (NYSE: ACME) said its dividend rose 5%, to $0.26 a share.',
      'Acme (NYSE: ACME) hit a 52-week low at $11.80 after closing at $15.57 on Wednesday.',
      'Acme (NYSE: ACME) rose 3%. Rival shares closed at $40.',
      'Acme (NYSE: ACME) agreed to a deal closing at $57 a share.',
      'Acme (NYSE: ACME) reported sales up 4%, to $3.10 per unit.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
  });

  it('does not read a view of the price, or another company\'s price later in the sentence', () => {
    const text = [
      'Analysts at one bank see Microsoft (NASDAQ: MSFT) at $600.00 within a year.',
      'One broker values Apple Inc. (NASDAQ: AAPL) at $300 a share.',
      'The bulls expect Tesla (NASDAQ: TSLA) trading near $500 by summer.',
      'Meta Platforms (NASDAQ: META) rose 2% while Alphabet closed at $280.00.',
      'Acme (NYSE: ACME) fell 3%, and Rival Corp. ended at $41.20.',
      'Acme (NYSE: ACME) fell 3%, but rival shares closed at $41.20.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
  });

  it('does not read the price of a trade or an order named before the mention', () => {
    const text = [
      'I bought Apple (NASDAQ: AAPL) at $150 and still hold it.',
      'We sold shares of Tesla (NASDAQ: TSLA) at $450 last spring.',
      'My stop on Alphabet (NASDAQ: GOOGL) sits at $250.',
      'Our cost basis in Nvidia (NASDAQ: NVDA) is $45.',
      'The buy-stop for Meta Platforms (NASDAQ: META) is at $720.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
    // The stock's own price after such a sentence, or with no trade before the mention, is still read.
    const own = ['I bought more last week. Apple (NASDAQ: AAPL) closed at $272.41.', 'Stop worrying: Tesla (NASDAQ: TSLA) trades at $412.80.'].join('\n');
    assert.deepEqual(
      prices(own).map((price) => price.written),
      ['$272.41', '$412.80'],
    );
  });

  it('does not read a level to act at, an option\'s strike or a price the sentence makes a condition', () => {
    const text = [
      'We would add to Apple (NASDAQ: AAPL) at $240 or below.',
      'A covered call on Apple (NASDAQ: AAPL) at $290 expiring in January.',
      'Puts on Tesla (NASDAQ: TSLA) at $350 are cheap.',
      'We are trimming Nvidia (NASDAQ: NVDA) at $200.',
      'Microsoft (NASDAQ: MSFT) at $455 would be a bargain.',
      'Alphabet (NASDAQ: GOOGL) near $250 looks cheap to us.',
      'Meta Platforms (NASDAQ: META) at $650 or lower is where we step in.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
    // Where the stock trades, with such words elsewhere in the sentence, is still read.
    const own = [
      'Apple (NASDAQ: AAPL) closed at $272.41, which would have surprised us a year ago.',
      'In short, Tesla (NASDAQ: TSLA) trades at $412.80.',
      'Nvidia (NASDAQ: NVDA) closed at $188.54; we would add on a pullback.',
    ].join('\n');
    assert.deepEqual(
      prices(own).map((price) => price.written),
      ['$272.41', '$412.80', '$188.54'],
    );
  });

  it('still reads the mention\'s own price after a view in an earlier sentence, a participle or a day after "and"', () => {
    const text = [
      'Brokers see upside. Microsoft Corp. (NASDAQ: MSFT) closed at $498.12.',
      'Acme (NYSE: ACME) rose 3% while trading heavily, closing at $23.63.',
      'Bolt (NASDAQ: BOLT) fell on Thursday and Friday, closing at $10.06.',
      'Seen as cheap, Crest (NYSE: CRST) traded at $29.22.',
    ].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value]),
      [
        ['MSFT', 498.12],
        ['ACME', 23.63],
        ['BOLT', 10.06],
        ['CRST', 29.22],
      ],
    );
  });

  it('reads a price in a line of movers, before its change, never a lone figure', () => {
    const text = 'Bloom (LSE: BLM) 704.00p 3.53% Dome (LSE: DOM) 311.60p -3.45%\n$NVDA $190.10 +1.2%\n$AAPL $256.44 in cash';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['BLM', 704, '704.00p'],
        ['DOM', 311.6, '311.60p'],
        ['NVDA', 190.1, '$190.10'],
      ],
    );
  });

  it('reads a signed move told before the price it ended at, with no verb', () => {
    const text = 'Top movers: $ORCD +3.1% to $12.30, Brenwick (BRNW): (−2.0%) to $48.10.\n\nWeights: $HLVN 3% to $7.25.';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['ORCD', 12.3, '$12.30'],
        ['BRNW', 48.1, '$48.10'],
      ],
    );
  });

  it('reads a watchlist\'s price after a label\'s colon or a dash, before its change', () => {
    const text = ['- **Apple (NASDAQ: AAPL)**: $262.41 (+1.0%)', '- Tesla (NASDAQ: TSLA) — $450.00, down 3%', '- Nvidia (NASDAQ: NVDA): $190.10 -0.4%'].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['AAPL', 262.41, '$262.41'],
        ['TSLA', 450, '$450.00'],
        ['NVDA', 190.1, '$190.10'],
      ],
    );
    // Another figure of the company after the label, or a figure with no change, is no price.
    const others = ['- Apple (NASDAQ: AAPL): $3 trillion, up 2%', '- Apple (NASDAQ: AAPL) — $2.50 dividend, up 4%', '- Apple (NASDAQ: AAPL): $262.41', '- Apple (NASDAQ: AAPL): +$3.10, up 1.2%'];
    for (const other of others) assert.deepEqual(prices(other), [], other);
  });

  it('reads a price after a bold name: the colon inside the bold, or a verb after it', () => {
    const text = ['- **Apple (NASDAQ: AAPL):** $262.41 (+1.0%)', '- __Nvidia (NASDAQ: NVDA):__ $190.10 -0.4%', '- **Microsoft (NASDAQ: MSFT)** last at $480.00.'].join('\n');
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.value, price.written]),
      [
        ['AAPL', 262.41, '$262.41'],
        ['NVDA', 190.1, '$190.10'],
        ['MSFT', 480, '$480.00'],
      ],
    );
    // Still a figure with no change after a label, and an amount with no verb, are no prices.
    for (const other of ['- **Apple (NASDAQ: AAPL):** $262.41', '**Apple (NASDAQ: AAPL)** $3 trillion in cash']) assert.deepEqual(prices(other), [], other);
  });

  it('reads a price in pence written after the number, as London desks write it', () => {
    const text = 'Vodafone (LSE: VOD) firmed 1.3% to 73.42p, and (LSE: BARC) down 2% at 215p.';
    const found = findStatedPrices(text, findTickerMentions(text));
    assert.deepEqual(
      found.map((price) => [price.symbol, price.value, price.currencySign, text.slice(price.offset, price.offset + price.length), text.slice(price.valueOffset, price.valueOffset + price.valueLength)]),
      [
        ['VOD', 73.42, 'p', '73.42p', '73.42'],
        ['BARC', 215, 'p', '215p', '215'],
      ],
    );
    assert.equal(withCurrency(found[0], '75.10'), '75.10p');
    assert.equal(statedUnit(found[0], { currency: 'GBp' }), 1);
    assert.equal(statedUnit(found[0], { currency: 'GBP' }), 0.01);
    assert.equal(statedUnit(found[0], { currency: 'USD' }), undefined);
  });

  it('reads pence written first as a data feed\'s GBX, and dollars written with their country', () => {
    const text = 'Barclays (LSE: BARC) slipped 1% to GBX 199.50. Shopify (TSX: SHOP) closed at CA$150.00; BHP (ASX: BHP) at AU$44.40.';
    const found = findStatedPrices(text, findTickerMentions(text));
    assert.deepEqual(
      found.map((price) => [price.symbol, price.value, price.currencySign, text.slice(price.offset, price.offset + price.length)]),
      [
        ['BARC', 199.5, 'GBX', 'GBX 199.50'],
        ['SHOP', 150, 'CA$', 'CA$150.00'],
        ['BHP', 44.4, 'AU$', 'AU$44.40'],
      ],
    );
    assert.equal(statedUnit(found[0], { currency: 'GBp' }), 1);
    assert.equal(statedUnit(found[0], { currency: 'GBP' }), 0.01);
    assert.equal(statedUnit(found[1], { currency: 'CAD' }), 1);
    assert.equal(statedUnit(found[1], { currency: 'USD' }), undefined);
    assert.equal(withCurrency(found[0], '212.40'), 'GBX 212.40');
    assert.equal(withCurrency(found[1], '168.40'), 'CA$168.40');
    // Letters that end a word, or a code with no number after it, are no currency.
    assert.deepEqual(prices('Barclays (LSE: BARC) closed at XGBX 199.50. Barclays (LSE: BARC) closed at GBX levels.'), []);
  });

  it('reads the rupee, the yen, the euro and the franc as desks abroad write them', () => {
    const text = [
      'Infosys (NSE: INFY) ended at ₹1,512.40 on the NSE.',
      'Reliance Industries (NSE: RELIANCE) rose 2% to settle at Rs 1,569.75.',
      'Infosys (BSE: 500209) closed at Rs. 1512.40 on the BSE.',
      'Toyota Motor (TYO: 7203) climbed 2.4 per cent to 2,078.5 yen.',
      'Sony Group (TYO: 6758) closed at ¥3,405.',
      'LVMH (EPA: MC) ended 0.8% lower at 612.40 euros.',
      'Nestlé (SIX: NESN) rose 0.5 per cent to CHF 88.40.',
      'SAP (XETRA: SAP) closed at EUR 241.10.',
    ].join('\n');
    const found = findStatedPrices(text, findTickerMentions(text));
    assert.deepEqual(
      found.map((price) => [price.symbol, price.value, price.currencySign, text.slice(price.offset, price.offset + price.length)]),
      [
        ['INFY', 1512.4, '₹', '₹1,512.40'],
        ['RELIANCE', 1569.75, 'Rs', 'Rs 1,569.75'],
        ['500209', 1512.4, 'Rs.', 'Rs. 1512.40'],
        ['7203', 2078.5, 'yen', '2,078.5 yen'],
        ['6758', 3405, '¥', '¥3,405'],
        ['MC', 612.4, 'euros', '612.40 euros'],
        ['NESN', 88.4, 'CHF', 'CHF 88.40'],
        ['SAP', 241.1, 'EUR', 'EUR 241.10'],
      ],
    );
    const [inr, rs, rsDot, yen, yenSign, euros, chf, eur] = found;
    for (const price of [inr, rs, rsDot]) {
      assert.equal(statedUnit(price, { currency: 'INR' }), 1);
      assert.equal(statedUnit(price, { currency: 'USD' }), undefined);
    }
    assert.equal(statedUnit(yen, { currency: 'JPY' }), 1);
    assert.equal(statedUnit(yen, { currency: 'CNY' }), undefined);
    assert.equal(statedUnit(yenSign, { currency: 'JPY' }), 1);
    assert.equal(statedUnit(euros, { currency: 'EUR' }), 1);
    assert.equal(statedUnit(euros, { currency: 'USD' }), undefined);
    assert.equal(statedUnit(chf, { currency: 'CHF' }), 1);
    assert.equal(statedUnit(chf, { currency: 'EUR' }), undefined);
    assert.equal(statedUnit(eur, { currency: 'EUR' }), 1);
    // A dollar figure is never compared with a quote in rupees, yen, euros or francs.
    assert.equal(statedUnit({ currencySign: '$' }, { currency: 'INR' }), undefined);
    assert.equal(statedUnit({ currencySign: '$' }, { currency: 'JPY' }), undefined);
    // A fix writes the figure back the way the writer did.
    assert.equal(withCurrency(rs, '1,726.73'), 'Rs 1,726.73');
    assert.equal(withCurrency(rsDot, '1663.64'), 'Rs. 1663.64');
    assert.equal(withCurrency(yen, '2,286.4'), '2,286.4 yen');
    assert.equal(withCurrency(euros, '673.64'), '673.64 euros');
    assert.equal(withCurrency(chf, '97.24'), 'CHF 97.24');
    assert.equal(withCurrency(inr, '1,663.64'), '₹1,663.64');
  });

  it('reads the Nordic crowns and the yuan by their codes, in prose and as a column’s unit', () => {
    const text = [
      'Volvo (STO: VOLV B) closed at SEK 254.10.',
      'Equinor (OSL: EQNR) ended at NOK 268.40 and Novo Nordisk (CPH: NOVO-B) at DKK 312.50.',
      'Kweichow Moutai (SHA: 600519) settled at CNY 1,452.00 and BYD (SHE: 002594) at RMB 98.20.',
      '',
      '| Symbol | Close (SEK) |\n|---|---|\n| STO: ERIC.B | 86.30 |',
    ].join('\n');
    const found = findStatedPrices(text, findTickerMentions(text));
    assert.deepEqual(
      found.map((price) => [price.symbol, price.value, price.currencySign ?? price.columnCurrency]),
      [
        ['VOLV.B', 254.1, 'SEK'],
        ['EQNR', 268.4, 'NOK'],
        ['NOVO.B', 312.5, 'DKK'],
        ['600519', 1452, 'CNY'],
        ['002594', 98.2, 'RMB'],
        ['ERIC.B', 86.3, 'SEK'],
      ],
    );
    const [sek, nok, dkk, cny, rmb, column] = found;
    assert.deepEqual([sek, nok, dkk, column].map((price, i) => statedUnit(price, { currency: ['SEK', 'NOK', 'DKK', 'SEK'][i] })), [1, 1, 1, 1]);
    assert.deepEqual([cny, rmb].map((price) => statedUnit(price, { currency: 'CNY' })), [1, 1]);
    // One crown is not another's, and no crown is a dollar.
    assert.equal(statedUnit(sek, { currency: 'NOK' }), undefined);
    assert.equal(statedUnit(dkk, { currency: 'USD' }), undefined);
  });

  it('reads Taiwan’s, Singapore’s and New Zealand’s dollars and Brazil’s real by their signs and codes', () => {
    const text = [
      'Formosa Chipworks (TWSE: 2330) closed at NT$1,045.00 and Pinewafer (TPEX: 6488) at TWD 412.50.',
      'Merlion Bank (SGX: D05) ended at S$38.20 and Straits Air (SGX: C6L) at SGD 6.84.',
      'Kauri Building (NZX: FBU) finished at NZ$4.12 and Tupi Oil (B3: PETR4) settled at R$38.50.',
      '',
      '| Symbol | Close (NT$) |\n|---|---|\n| TWSE: 2317 | 182.50 |',
      '',
      '| Symbol | Last (R$) |\n|---|---|\n| B3: VALE3 | 61.20 |',
    ].join('\n');
    const found = findStatedPrices(text, findTickerMentions(text));
    assert.deepEqual(
      found.map((price) => [price.symbol, price.value, price.currencySign ?? price.columnCurrency]),
      [
        ['2330', 1045, 'NT$'],
        ['6488', 412.5, 'TWD'],
        ['D05', 38.2, 'S$'],
        ['C6L', 6.84, 'SGD'],
        ['FBU', 4.12, 'NZ$'],
        ['PETR4', 38.5, 'R$'],
        ['2317', 182.5, 'NT$'],
        ['VALE3', 61.2, 'R$'],
      ],
    );
    const currencies = ['TWD', 'TWD', 'SGD', 'SGD', 'NZD', 'BRL', 'TWD', 'BRL'];
    assert.deepEqual(found.map((price, i) => statedUnit(price, { currency: currencies[i] })), [1, 1, 1, 1, 1, 1, 1, 1]);
    // A country's dollar is its own: S$ is no US dollar, NZ$ no Australian one, and the real no dollar at all.
    const [ntd, , sgd, , nzd, brl] = found;
    assert.deepEqual([[sgd, 'USD'], [nzd, 'AUD'], [brl, 'USD'], [ntd, 'USD']].map(([price, currency]) => statedUnit(price as (typeof found)[number], { currency: currency as string }) ?? null), [null, null, null, null]);
    assert.deepEqual([withCurrency(ntd, '1,050.00'), withCurrency(brl, '39.10')], ['NT$1,050.00', 'R$39.10']);
  });

  it('reads the one letter before a dollar sign as its own sign only when it stands alone', () => {
    const text = 'Orcadia (NASDAQ: ORCD) closed at US$12.40, Pampas Energy (NYSE: PAMQ) at ARS$9.10 and Tupi Oil (B3: PETR4) at R$ 38.50.';
    const found = findStatedPrices(text, findTickerMentions(text));
    // The peso's `ARS$` is no real: it is not read, as no sign glued to letters before it is.
    assert.deepEqual(found.map((price) => [price.symbol, price.value, price.currencySign]), [
      ['ORCD', 12.4, 'US$'],
      ['PETR4', 38.5, 'R$'],
    ]);
  });

  it('reads a bare table cell in the currency its column names: rupees, yen, francs, Hong Kong dollars', () => {
    const table = (header: string, row: string) => `| Symbol | ${header} |\n|---|---|\n| ${row} |\n`;
    const text = [table('Close (₹)', 'NSE: INFY | 1512.40'), table('Last (JPY)', 'TYO: 7203 | 2078.5'), table('Price (CHF)', 'SIX: NESN | 88.40'), table('Close (HK$)', 'HKEX: 0700 | 315.20')].join('\n');
    const found = findStatedPrices(text, findTickerMentions(text));
    assert.deepEqual(
      found.map((price) => [price.symbol, price.value, price.columnCurrency]),
      [
        ['INFY', 1512.4, '₹'],
        ['7203', 2078.5, 'JPY'],
        ['NESN', 88.4, 'CHF'],
        ['0700', 315.2, 'HK$'],
      ],
    );
    assert.equal(statedUnit(found[1], { currency: 'JPY' }), 1);
    assert.equal(statedUnit(found[3], { currency: 'HKD' }), 1);
    assert.equal(statedUnit(found[3], { currency: 'USD' }), undefined);
    assert.equal(statedUnit(found[0], { currency: 'INR' }), 1);
    assert.equal(statedUnit(found[0], { currency: 'USD' }), undefined);
  });

  it('reads no price column whose parenthesis puts it at another time or makes it another figure', () => {
    const table = (header: string) => `| Symbol | ${header} |\n|---|---|\n| AAPL | 250.00 |\n`;
    for (const header of ['Price (start of year)', 'Close (pre-deal)', 'Price (at rec.)', 'Price (when added)', 'Price (IPO)', 'Price (52-wk high)', 'Close (end of the year)', 'Price (entry)']) {
      const text = table(header);
      assert.deepEqual(findStatedPrices(text, findTickerMentions(text)), [], header);
    }
    for (const header of ['Price (USD)', 'Price (end of day)', 'Price (pre-market)', 'Last (delayed)']) {
      const text = table(header);
      assert.deepEqual(findStatedPrices(text, findTickerMentions(text)).map((price) => price.value), [250], header);
    }
  });

  it('does not read a rupee amount in lakh or crore, a change in yen or euros, or a code glued to a word as a price', () => {
    assert.deepEqual(
      prices(
        [
          'Reliance Industries (NSE: RELIANCE) added Rs 21 lakh crore of value, and Rs 9,555 crore came in.',
          'Infosys (NSE: INFY) is valued at Rs 6.2 lakh crore.',
          'Toyota Motor (TYO: 7203) was 48.5 yen higher on the day.',
          'Siemens (XETRA: SIE) was 2.8 euros lower on the day.',
          'Nestlé (SIX: NESN) said sales rose to CHF 91bn.',
          'Sony Group (TYO: 6758) closed at XJPY 3,405.',
        ].join('\n'),
      ),
      [],
    );
  });

  it('does not read a dividend, a time, an amount or a move with words in it as a price', () => {
    const text = [
      'Acme (NYSE: ACME) raised its dividend 5% to $0.26 a share.',
      '(LSE: VOD) reports at 4 p.m. and (LSE: BP) at 5pm.',
      '(NYSE: ACME) rose 5% to $3 billion in sales.',
      '(NYSE: ACME), up 4% at the open, led.',
      '(NYSE: ACME) added 2 million subscribers to reach $5 a month.',
      '(NYSE: ACME) closed 3% higher at the end of a week in which $5 moves were common.',
    ].join('\n');
    assert.deepEqual(prices(text), []);
  });

  it('reads the price column of a quote table, row by row', () => {
    const text = '| Symbol | Name | Price |\n|---|---|---:|\n| AAPL | Apple | 272.41 |\n| **TSLA** | Tesla | $412.80 |\n| META | Meta | n/a |\n';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.written, price.line, price.source]),
      [
        ['AAPL', '272.41', 3, 'table'],
        ['TSLA', '$412.80', 4, 'table'],
      ],
    );
  });

  it('reads a table of companies whose cells carry their tickers, and no column of names without them', () => {
    const text = '| Company | Price |\n|---|---:|\n| Orcadia Systems (ORCD) | $41.20 |\n| Microsoft Corp. (NASDAQ: MSFT) | 498.12 |\n';
    assert.deepEqual(
      prices(text).map((price) => [price.symbol, price.written, price.line, price.source]),
      [
        ['ORCD', '$41.20', 3, 'table'],
        ['MSFT', '498.12', 4, 'table'],
      ],
    );
    // A row without a ticker makes the column one of names: no row is read as a listing's price.
    assert.deepEqual(prices('| Company | Price |\n|---|---:|\n| Orcadia Systems (ORCD) | $41.20 |\n| Acme Widgets | 12.00 |\n'), []);
    // A cell naming two listings names none.
    assert.deepEqual(prices('| Stock | Price |\n|---|---:|\n| Orcadia (ORCD) vs Microsoft (MSFT) | $41.20 |\n'), []);
  });

  it('reads a price column with its currency after a comma, and a "Ticker (Exchange)" column', () => {
    const text = '| Ticker (Exchange) | Price, $ |\n|---|---|\n| ORCD (NASDAQ) | 41.20 |\n';
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.written, price.source]), [['ORCD', '41.20', 'table']]);
    // A comma before anything but a currency names another column.
    assert.deepEqual(prices('| Ticker | Price, YTD |\n|---|---|\n| ORCD | 41.20 |\n'), []);
  });

  it('reads a first column with no header as the companies\' when its cells carry their tickers', () => {
    const text = '| | Close | P/E |\n|---|---|---|\n| Orcadia Systems (ORCD) | $41.20 | 25x |\n| Microsoft Corp. (NASDAQ: MSFT) | $498.12 | 33x |\n';
    assert.deepEqual(prices(text).map((price) => [price.symbol, price.written, price.line, price.source]), [['ORCD', '$41.20', 3, 'table'], ['MSFT', '$498.12', 4, 'table']]);
    // Row labels that are not all listings make no quote table; nor does a headerless column after the first.
    assert.deepEqual(prices('| | Close |\n|---|---|\n| Orcadia Systems (ORCD) | $41.20 |\n| Sector average | $30.00 |\n'), []);
    assert.deepEqual(prices('| Sector | | Close |\n|---|---|---|\n| Tech | Orcadia Systems (ORCD) | $41.20 |\n'), []);
  });

  it('reads price columns headed the ways data exports head them, never a target or an entry price', () => {
    const table = (header: string) => `| Ticker | ${header} |\n|---|---:|\n| AAPL | 272.41 |\n`;
    for (const header of ['Last Close Price', 'Last Closing Price', 'Closing Price', 'Current Share Price', 'Px Last', 'Price per Share', 'Close (USD)']) {
      assert.deepEqual(prices(table(header)).map((price) => price.value), [272.41], header);
    }
    for (const header of ['Target Price', 'Entry Price', 'Strike', 'Price Target', 'Cost Basis', 'Last Week Price']) {
      assert.deepEqual(prices(table(header)), [], header);
    }
  });

  it('writes a new price like the stated one', () => {
    assert.equal(formatLikeStated(1482.3, { decimals: 2, grouped: true }), '1,482.30');
    assert.equal(formatLikeStated(1482.3, { decimals: 0, grouped: false }), '1482.30');
    assert.equal(formatLikeStated(0.512, { decimals: 2, grouped: false }), '0.5120');
  });
});
