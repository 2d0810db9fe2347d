// Traders name what they see on a chart and what they trade in options by its initials once and use those after:
// "Relative Strength (RS)", "Stochastic Oscillator (SO)", "Supply Zone (SZ)", "Double Bottom (DB)", "Break of
// Structure (BOS)", "Max Pain (MP)", "Theta Decay (TD)", "Covered Calls (CC)". The initials are listed shares' symbols too (RS Reliance Steel, SO
// Southern Company, DB Deutsche Bank, MP MP Materials, TD Toronto-Dominion, CC Chemours), so a hover quoted a company
// for a trader's term. abbreviations.ts reads a phrase spelled by its initials that ends in one of these words as a
// term; a company's name that starts with one goes on to its own word ("Pivot Bio", "Wedge Industrial"). Words that
// end companies' names too ("Cloud", "Block", "High", "Top", "Target", "Delta", "Premium") are left out: "Kingsoft
// Cloud (KC)", "H&R Block (HRB)" and "TOP Ships (TOPS)" are listings.

/** Words of chart reading and options trading: indicators, levels, patterns, price structure, strategies, lower-cased. */
export const tradingTermWords: ReadonlySet<string> = new Set(
  (
    // Indicators and their parts
    'strength oscillator bands momentum divergence convergence retracement crossover cross channel ' +
    // Levels and zones
    'support resistance pivot control profile zone zones ' +
    // Patterns
    'bottom shoulders handle triangle wedge pennant flag breakout breakdown reversal candlestick doji engulfing ' +
    // Price structure, as "smart money" traders name it
    'highs lows structure character sweep gap trendline ' +
    // Options: positioning, the Greeks' effects, strategies
    'exposure pool pain percentile decay skew call calls put puts condor straddle strangle butterfly collar spread spreads'
  ).split(/\s+/),
);

// Some chart terms end in a word companies' names end in too ("Ichimoku Cloud", "Order Block", "Fair Value Area"),
// and are told apart by their first word instead: an indicator's inventor or a word of order flow, which no company's
// name opens that its initials spell.

/** Words that open only a trader's term, lower-cased: "Ichimoku Cloud (IC)", "Order Block (OB)", "Heikin Ashi (HA)". */
export const tradingTermLeads: ReadonlySet<string> = new Set(
  'ichimoku fibonacci bollinger keltner donchian heikin renko order fair liquidity'.split(' '),
);

/** Words of a market's mood a trade idea is labelled with, lower-cased: "Bullish (BULL)", "Bearish (BEAR)". */
export const sentimentWords: ReadonlySet<string> = new Set('bullish bearish'.split(' '));
