// Energy, mining, technology and markets copy defines its terms by their initials as chart readers do: "the Permian Basin (PB)",
// "Marcellus Shale (MS)", "Small Modular Reactors (SMR)", "Carbon Capture and Storage (CCS)", "a Direct Listing (DL)".
// The initials are listed shares' symbols too (Prosperity Bancshares, Morgan Stanley, NuScale, Century Communities),
// so a hover quoted a company for a place, a technology or a way to list. abbreviations.ts reads a phrase spelled by
// its initials and ending in one of these words as a term; companies' names end in words of their own ("Pure
// Storage (PSTG)" is not spelled so, nor "Public Storage (PSA)").

/** Words energy, mining, technology and markets terms end in, lower-cased: geology, technologies, ways to list. */
export const industryTermHeads: ReadonlySet<string> = new Set(
  (
    // Geology and mining: where oil, gas and ore come from, and how output is counted ("Life of Mine (LOM)",
    // "Lithium Carbonate Equivalent (LCE)")
    'basin basins shale formation mine equivalent ' +
    // Technologies and their measures: "Co-Packaged Optics (CPO)", "Advanced Packaging (AP)", "Mean Time Between
    // Failures (MTBF)"; a regulator's designations of a drug: "Breakthrough Therapy (BT)"
    'reactor reactors storage capture sequestration optics packaging failures therapy therapies ' +
    // Ways to list
    'listing listings'
  ).split(/\s+/),
);
