// Traders name what they see on a chart by its initials once and use those after: "Relative Strength (RS)",
// "Stochastic Oscillator (SO)", "Bollinger Bands (BB)", "Double Bottom (DB)", "Break of Structure (BOS)". The initials
// are listed shares' symbols too (RS Reliance Steel, SO Southern Company, BB BlackBerry, DB Deutsche Bank), so a hover
// quoted a company for a term on a chart. abbreviations.ts reads a phrase spelled by its initials that ends in one of
// these words as a term; a company's name that starts with one goes on to its own word ("Pivot Bio", "Wedge
// Industrial"). Words that end companies' names too ("Cloud", "Block", "High",
// "Top", "Target") are left out: "Kingsoft Cloud (KC)", "H&R Block (HRB)" and "TOP Ships (TOPS)" are listings.

/** Words of chart reading: indicators, levels, patterns and price structure, lower-cased. */
export const chartTermWords: ReadonlySet<string> = new Set(
  (
    // Indicators and their parts
    'strength oscillator bands momentum divergence convergence retracement crossover cross channel ' +
    // Levels and zones
    'support resistance pivot control profile ' +
    // Patterns
    'bottom shoulders handle triangle wedge pennant flag breakout breakdown reversal candlestick doji engulfing ' +
    // Price structure, as "smart money" traders name it
    'highs lows structure character sweep gap trendline'
  ).split(/\s+/),
);
