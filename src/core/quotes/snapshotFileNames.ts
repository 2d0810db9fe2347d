// Where a workspace keeps its snapshot of quotes, relative to its root. Apart from the provider so that finding the
// file does not load what reads it (the CLI loads the provider, and its CSV parser, only when there is a snapshot).
export const snapshotFileCandidates = ['.market-notes/quotes.csv', '.market-notes/quotes.json'] as const;
