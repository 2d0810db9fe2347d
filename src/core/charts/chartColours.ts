// Colours read from a theme, made fit for a chart. VS Code themes may give a chart colour with alpha (Dark and
// Light Modern draw `--vscode-charts-orange` as `rgba(234, 92, 0, 0.33)`: a series you can barely see, and
// exports kept it). A series colour is used opaque, and only if it stands out from the background by WCAG's 3:1
// for graphics; otherwise the built-in palette's colour for that slot is used.

export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  /** 0–1. */
  readonly a: number;
}

/** WCAG 2.x: the contrast a graphical object (a line, a bar) needs against what is next to it. */
export const minSeriesContrast = 3;

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` and `rgba(…)` (commas or spaces, `/ alpha`); else undefined. */
export function parseColour(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(value)?.[1];
  if (!fn) return undefined;
  const parts = fn.split(/\s*[,/]\s*|\s+/).filter((part) => part !== '');
  if (parts.length < 3 || parts.length > 4) return undefined;
  const channel = (part: string) => (part.endsWith('%') ? (Number.parseFloat(part) * 255) / 100 : Number.parseFloat(part));
  const [r, g, b] = parts.slice(0, 3).map(channel);
  const a = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number.parseFloat(parts[3]) / 100 : Number.parseFloat(parts[3]);
  if (![r, g, b, a].every(Number.isFinite)) return undefined;
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  return { r: clamp(r, 255), g: clamp(g, 255), b: clamp(b, 255), a: clamp(a, 1) };
}

/** `#rrggbb` of the colour without its alpha. */
export function opaqueHex(colour: Rgba): string {
  return `#${[colour.r, colour.g, colour.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** `colour` drawn over the opaque `background`. */
export function composite(colour: Rgba, background: Rgba): Rgba {
  const mix = (front: number, back: number) => front * colour.a + back * (1 - colour.a);
  return { r: mix(colour.r, background.r), g: mix(colour.g, background.g), b: mix(colour.b, background.b), a: 1 };
}

function luminance(colour: Rgba): number {
  const linear = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** WCAG contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The series colour to draw with: `themed` opaque when it stands out from `background`, else `fallback` (a
 * built-in colour chosen to). Either is returned as `#rrggbb`.
 */
export function seriesColour(themed: string, fallback: string, background: string): string {
  const back = parseColour(background);
  const backOpaque = back && back.a < 1 ? composite(back, { r: 255, g: 255, b: 255, a: 1 }) : back;
  const colour = parseColour(themed);
  if (colour && backOpaque) {
    const opaque = { ...colour, a: 1 };
    if (contrastRatio(opaque, backOpaque) >= minSeriesContrast) return opaqueHex(opaque);
  } else if (colour && colour.a === 1) {
    return opaqueHex(colour);
  }
  const safe = parseColour(fallback);
  return safe ? opaqueHex(safe) : fallback;
}

/** A text or guide colour without alpha (drawn over `background`, so it looks as the theme meant). */
export function opaqueOver(colour: string, background: string): string {
  const front = parseColour(colour);
  const back = parseColour(background);
  if (!front || front.a === 1 || !back) return front ? opaqueHex(front) : colour;
  return opaqueHex(composite(front, { ...back, a: 1 }));
}
