// The shared formatters (hover/formatQuote.ts) build Intl formatters on every call, which costs far more than the
// formatting. Lint formats the same few quotes over and over, on every pause in typing: remember the text.

export function memoizeFormat<Args extends ReadonlyArray<string | number | undefined>>(format: (...args: Args) => string, limit = 1000): (...args: Args) => string {
  const known = new Map<string, string>();
  return (...args) => {
    const key = args.join('\u0000');
    let text = known.get(key);
    if (text === undefined) {
      if (known.size >= limit) known.clear();
      text = format(...args);
      known.set(key, text);
    }
    return text;
  };
}
