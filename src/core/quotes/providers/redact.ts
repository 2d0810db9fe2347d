// API keys travel in query strings (Finnhub's `token=` because a header would break CORS preflight; Twelve Data and
// Alpha Vantage's `apikey=`). Anything that leaves a provider — a log line, an error message — goes through here first.

const secretParameter = /([?&](?:apikey|api_key|token)=)[^&#\s]*/gi;

/** The URL with the values of `apikey=` and `token=` masked, so it can be logged or shown. */
export function redactUrl(url: string): string {
  return url.replace(secretParameter, '$1***');
}

/**
 * Text with every URL key masked and every literal occurrence of the given secrets removed — for messages that
 * quote a server or a network library, which may echo the request back.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let redacted = redactUrl(text);
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 4) {
      redacted = redacted.split(secret).join('***');
    }
  }
  return redacted;
}
