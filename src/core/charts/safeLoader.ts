// The loader every chart renders with, in the webview and in the CLI. vega's default loader fetches `data.url`
// (and in Node reads local files into the output), and its `sanitize` approves any image or link URL. A note is
// untrusted, so this one loads nothing: data comes inline or from the extension, images only as `data:image/*`,
// links never (vega's `href` channel asks `sanitize` with context 'href' before it navigates).

import type { Loader } from 'vega';

const dataImage = /^data:image\/[a-z0-9.+-]+[;,]/i;

export class ChartLoadRefused extends Error {
  constructor(what: string) {
    super(`${what} is blocked: Market Notes charts take data inline or from the extension, never from a URL or file`);
    this.name = 'ChartLoadRefused';
  }
}

function describe(uri: unknown): string {
  const text = typeof uri === 'string' ? uri : String(uri);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

export function createSafeLoader(): Loader {
  const refuse = (what: string) => Promise.reject(new ChartLoadRefused(what));
  return Object.freeze({
    load: (uri: string) => refuse(`Loading ${describe(uri)}`),
    http: (uri: string) => refuse(`Fetching ${describe(uri)}`),
    file: (filename: string) => refuse(`Reading ${describe(filename)}`),
    sanitize: (uri: string, options: { context?: string }) => {
      if (options?.context === 'image' && typeof uri === 'string' && dataImage.test(uri)) {
        return Promise.resolve({ href: uri });
      }
      return refuse(options?.context === 'href' ? `Link ${describe(uri)}` : `Image ${describe(uri)}`);
    },
  });
}
