// Every provider failure becomes a QuoteError whose message names the provider, the ticker and the cause, in the
// same words whichever provider it was — the hover shows these messages as they are.

import { QuoteError, type QuoteErrorKind } from '../quote';
import { redactSecrets } from './redact';
import { readNumber } from './wireValues';

/** Who was asked about what, for messages; `secrets` are scrubbed from any text a server or library hands back. */
export interface RequestContext {
  readonly provider: string;
  readonly ticker: string;
  readonly secrets?: readonly (string | undefined)[];
}

export function providerError(
  kind: QuoteErrorKind,
  context: RequestContext,
  message: string,
  options: { readonly retryAfterMs?: number; readonly cause?: unknown } = {},
): QuoteError {
  return new QuoteError(kind, redactSecrets(message, context.secrets), options);
}

export function unknownSymbolError(context: RequestContext, detail?: string): QuoteError {
  return providerError('unknown-symbol', context, `${context.provider} does not know ${context.ticker}${parenthesised(detail)}`);
}

export function rateLimitedError(context: RequestContext, detail: string, retryAfterMs?: number): QuoteError {
  const wait = retryAfterMs === undefined ? '' : `; it asks to wait ${formatDuration(retryAfterMs)}`;
  return providerError('rate-limited', context, `${context.provider} rate-limited the request for ${context.ticker} (${detail})${wait}`, { retryAfterMs });
}

/** An answer we cannot use: "Yahoo answered {what} for AAPL (HTTP {status}): {detail}". */
export function badResponseError(
  context: RequestContext,
  what: string,
  details: { readonly status?: number; readonly detail?: string; readonly cause?: unknown } = {},
): QuoteError {
  const status = details.status === undefined ? '' : ` (HTTP ${details.status})`;
  const detail = details.detail ? `: ${details.detail}` : '';
  return providerError('bad-response', context, `${context.provider} answered ${what} for ${context.ticker}${status}${detail}`, { cause: details.cause });
}

/**
 * A quote that cannot be used: the time was sent but is out of range (named, with the value as sent), or the price or
 * time is missing. Only this ticker fails; the rest of a batch is read as usual.
 */
export function incompleteQuoteError(context: RequestContext, parts: { readonly price?: number; readonly rawTime: unknown; readonly timeField: string }): QuoteError {
  if (parts.price !== undefined && readNumber(parts.rawTime) !== undefined) {
    return badResponseError(context, `a quote time out of range (${parts.timeField}: ${excerpt(String(parts.rawTime))})`);
  }
  return badResponseError(context, 'a quote without a price or its time');
}

export function missingKeyError(context: RequestContext): QuoteError {
  return providerError('no-key', context, `${context.provider} needs an API key to quote ${context.ticker}, and none is set`);
}

export function rejectedKeyError(context: RequestContext, detail: string): QuoteError {
  return providerError('no-key', context, `${context.provider} rejected the API key while quoting ${context.ticker} (${detail})`);
}

/**
 * A short, single-line account of what a server said, from its JSON error fields or its text. The context's secrets
 * are masked before the text is shortened, so a key cut in half by the shortening cannot slip past redaction.
 */
export function serverDetail(body: unknown, context: RequestContext, maxLength = 160): string | undefined {
  let text: unknown = body;
  if (typeof body === 'object' && body !== null) {
    const fields = body as Record<string, unknown>;
    text = ['message', 'error', 'description', 'Error Message', 'Information', 'Note']
      .map((field) => fields[field])
      .find((value) => typeof value === 'string' && value.trim() !== '');
  }
  if (typeof text !== 'string') {
    return undefined;
  }
  const line = redactSecrets(text.replace(/\s+/g, ' ').trim(), context.secrets);
  if (line === '') {
    return undefined;
  }
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/** `20 s`, or `300 ms` below a second. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.ceil(ms / 1000)} s`;
}

function parenthesised(detail: string | undefined): string {
  return detail ? ` (${detail})` : '';
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
