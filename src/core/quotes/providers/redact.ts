// API keys travel in query strings (Finnhub's `token=` because a header would break CORS preflight; Twelve Data and
// Alpha Vantage's `apikey=`). Anything that leaves a provider — a log line, an error message — goes through here first.
// A server that echoes the request back may spell the key in any encoding it likes (URL-encoded with either case of
// hex digits, form-encoded with `+` for a space, JSON-escaped), so a key is matched character by character in all of them.

const secretParameter = /([?&](?:apikey|api_key|token)=)[^&#\s]*/gi;

/** The URL with the values of `apikey=` and `token=` masked, so it can be logged or shown. */
export function redactUrl(url: string): string {
  return url.replace(secretParameter, '$1***');
}

/**
 * Text with every URL key masked and every occurrence of the given secrets, in any encoding, replaced by `***` — for
 * messages that quote a server or a network library, which may echo the request back.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let redacted = redactUrl(text);
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 4) {
      redacted = redacted.replace(anyEncodingOf(secret), '***');
    }
  }
  return redacted;
}

const patterns = new Map<string, RegExp>();

/** A pattern matching `secret` with each character written plainly or escaped in any of the ways servers escape it. */
function anyEncodingOf(secret: string): RegExp {
  let pattern = patterns.get(secret);
  if (!pattern) {
    // Case-insensitive for the hex digits of escapes; masking a differently-cased lookalike of the key as well costs nothing.
    pattern = new RegExp([...secret].map(spellings).join(''), 'gi');
    if (patterns.size > 16) patterns.clear();
    patterns.set(secret, pattern);
  }
  return pattern;
}

function spellings(character: string): string {
  const alternatives = new Set<string>();
  const bytes = [...new TextEncoder().encode(character)].map((byte) => byte.toString(16).padStart(2, '0'));
  alternatives.add(bytes.map((hex) => `%25${hex}`).join('')); // encoded twice
  alternatives.add(bytes.map((hex) => `%${hex}`).join(''));
  const code = character.charCodeAt(0);
  if (character.length === 1) alternatives.add(`\\\\u${code.toString(16).padStart(4, '0')}`); // JSON \u00XX
  if (character === '/') alternatives.add('\\\\/'); // JSON may escape a slash
  if (character === '"' || character === '\\') alternatives.add(`\\\\${escapeRegExp(character)}`);
  if (character === ' ') alternatives.add('\\+'); // form encoding
  alternatives.add(escapeRegExp(character));
  return `(?:${[...alternatives].join('|')})`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
