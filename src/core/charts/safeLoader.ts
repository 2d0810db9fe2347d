// The loader every chart renders with, in the webview and in the CLI. vega's default loader fetches `data.url`
// (and in Node reads local files into the output), and its `sanitize` approves any image or link URL. A note is
// untrusted, so this one loads nothing: data comes inline or from the extension, images only as `data:image/*`,
// links never (vega's `href` channel asks `sanitize` with context 'href' before it navigates).
//
// A refused image or link is answered, not rejected: vega's SVG string renderer turns a rejected `href` into
// `null` and then writes to it (`attr['xlink:href'] = attr.href`), an uncaught TypeError raised after the chart
// "rendered" that took `market-notes render` down with every other chart of the note. An answer without `href`
// is the well-formed "nothing to link to": the mark is drawn without a link, the image as an empty box.

import type { Loader } from 'vega';

const dataImage = /^data:image\/[a-z0-9.+-]+[;,]/i;

export class ChartLoadRefused extends Error {
  constructor(what: string) {
    super(`${what} is blocked: Market Notes charts take data inline or from the extension, never from a URL or file`);
    this.name = 'ChartLoadRefused';
  }
}

/** A URL as messages quote it: JSON-quoted, cut to 80 characters. */
export function describeUri(uri: unknown): string {
  const text = typeof uri === 'string' ? uri : String(uri);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/** What `sanitize` answers: `href` only when the URL may be used. A fresh object each time (vega writes to it). */
export interface SanitizedUrl {
  href?: string;
}

export function createSafeLoader(): Loader {
  const refuse = (what: string) => Promise.reject(new ChartLoadRefused(what));
  return Object.freeze({
    load: (uri: string) => refuse(`Loading ${describeUri(uri)}`),
    http: (uri: string) => refuse(`Fetching ${describeUri(uri)}`),
    file: (filename: string) => refuse(`Reading ${describeUri(filename)}`),
    sanitize: (uri: string, options: { context?: string }): Promise<SanitizedUrl> => {
      if (options?.context === 'image' && typeof uri === 'string' && dataImage.test(uri)) {
        return Promise.resolve({ href: uri });
      }
      return Promise.resolve({});
    },
  }) as unknown as Loader;
}
