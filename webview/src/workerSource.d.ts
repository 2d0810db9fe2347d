// The chart worker's bundled source, inlined by build.mjs (see chartBudget.ts for why a Blob).
declare module 'market-notes:chart-worker-source' {
  const source: string;
  export default source;
}
