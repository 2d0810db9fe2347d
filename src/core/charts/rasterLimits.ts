// How big a PNG may be. A raster costs width × height × 4 bytes before compression, and a spec sets its own
// size: `"width": 60000` took more than 23 GB in resvg before anything was written. The cap is in output pixels
// (after the 2× scale), per side and in total; SVG is a few numbers in a text file and has no cap.

/** Longest side of an exported PNG, in pixels: Chromium's canvas limit, and 8 times a publishing width. */
export const maxRasterSide = 16_384;
/** Total pixels of an exported PNG: 40 million (160 MB of RGBA while it is drawn). */
export const maxRasterPixels = 40_000_000;

/** Why a chart of `width` × `height` CSS pixels cannot become a PNG at `scale`, or undefined when it can. */
export function rasterSizeProblem(width: number, height: number, scale: number): string | undefined {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  const fits = Number.isFinite(w) && Number.isFinite(h) && w <= maxRasterSide && h <= maxRasterSide && w * h <= maxRasterPixels;
  if (fits) return undefined;
  const size = Number.isFinite(w) && Number.isFinite(h) ? `${w} × ${h} px` : 'of unknown size';
  return (
    `the PNG would be ${size} at ${scale}×; the limit is ${maxRasterSide} px a side and ` +
    `${maxRasterPixels / 1_000_000} million pixels — make the chart smaller, or export SVG (no limit)`
  );
}

/** An SVG's root width and height (vega writes both as plain numbers); NaN when absent. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg.slice(0, 4096))?.[0] ?? '';
  const read = (name: string) => Number.parseFloat(new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? 'NaN');
  return { width: read('width'), height: read('height') };
}
