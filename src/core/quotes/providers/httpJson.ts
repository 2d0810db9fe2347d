// The one way providers talk HTTP: a timeout that aborts the request, a concurrency limit per provider, and the
// failures every JSON API shares (network, 429, 5xx, HTML from a proxy or captive portal, malformed JSON) turned
// into QuoteErrors. What a 2xx or 4xx body means is each provider's business.

import pLimit, { type LimitFunction } from 'p-limit';
import type { Clock, Logger } from '../../logger';
import { QuoteError } from '../quote';
import { badResponseError, formatDuration, providerError, rateLimitedError, serverDetail, type RequestContext } from './providerErrors';
import { redactSecrets, redactUrl } from './redact';
import { sameOrigin, urlRefusal } from './urlPolicy';

export type FetchFunction = typeof globalThis.fetch;

export interface HttpJsonClientOptions {
  readonly providerName: string;
  readonly timeoutMs: number;
  readonly maxConcurrency: number;
  readonly fetch: FetchFunction;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
}

export class HttpJsonClient {
  private readonly limit: LimitFunction;

  constructor(private readonly options: HttpJsonClientOptions) {
    this.limit = pLimit(options.maxConcurrency);
  }

  /**
   * GETs `url` and parses JSON; resolves for any 2xx–4xx JSON answer but 429, rejects with a QuoteError otherwise.
   * The timeout counts from this call, time queued for a request slot included, so `timeoutMs` bounds the whole call.
   */
  async getJson(url: string, context: RequestContext, callerSignal?: AbortSignal): Promise<JsonAnswer> {
    const { timeoutMs, logger, clock } = this.options;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = (): void => controller.abort();
    callerSignal?.addEventListener('abort', forwardAbort, { once: true });
    if (callerSignal?.aborted) {
      controller.abort();
    }
    const started = clock();
    try {
      return await this.limit(() => this.fetchOnce(url, context, controller.signal, started));
    } catch (error) {
      if (error instanceof QuoteError) {
        throw error;
      }
      const failure = timedOut
        ? providerError('network', context, `${context.provider} did not answer within ${formatDuration(timeoutMs)} for ${context.ticker}`, { cause: error })
        : callerSignal?.aborted
          ? providerError('network', context, `The request to ${context.provider} for ${context.ticker} was cancelled`, { cause: error })
          : providerError('network', context, `Could not reach ${context.provider} for ${context.ticker}: ${describeNetworkError(error)}`, { cause: error });
      logger.trace(`${context.provider}: GET ${redactUrl(url)} failed after ${clock() - started} ms: ${failure.message}`);
      throw failure;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forwardAbort);
    }
  }

  private async fetchOnce(url: string, context: RequestContext, signal: AbortSignal, started: number): Promise<JsonAnswer> {
    // Timed out or cancelled while waiting for a slot: do not send it at all.
    signal.throwIfAborted();
    const { fetch, logger, clock, headers } = this.options;
    let target = url;
    for (let hops = 0; ; hops++) {
      // Redirects are followed here, not by fetch, so that a key never follows one to another host (see nextHop).
      // The signal stays armed until the body is read: a server that sends headers and then stalls is a timeout too.
      const response = await fetch(target, { headers, signal, redirect: 'manual' });
      if (response.type === 'opaqueredirect' || redirectStatuses.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const next = nextHop(response, target, url, hops, context);
        logger.trace(`${context.provider}: GET ${redactUrl(target)} → HTTP ${response.status}, redirected to ${redactUrl(next)}`);
        target = next;
        continue;
      }
      const text = await response.text();
      logger.trace(`${context.provider}: GET ${redactUrl(target)} → HTTP ${response.status} in ${clock() - started} ms`);
      return interpret(response, text, context, clock());
    }
  }
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const maxRedirects = 5;

/**
 * Where a redirect leads, or the QuoteError that stops it. A request that carries a key follows redirects only
 * within the origin it was sent to: another host would receive the key in the query string, and asking there without
 * the key is pointless (the provider needs it), so a cross-origin redirect of a keyed request is an error that names
 * where it pointed. Keyless requests (Yahoo) may move between hosts. Every hop obeys the https rule of urlRefusal.
 */
function nextHop(response: Response, from: string, original: string, hops: number, context: RequestContext): string {
  const redirected = `${context.provider} redirected the request for ${context.ticker}`;
  const location = response.headers.get('location');
  if (response.type === 'opaqueredirect') {
    // A browser host (vscode.dev) hides the target of a manual redirect, so it cannot be checked: not followed.
    throw providerError('bad-response', context, `${redirected} elsewhere; a redirect cannot be checked in this host, so it is not followed`);
  }
  if (location === null) {
    throw providerError('bad-response', context, `${redirected} (HTTP ${response.status}) without saying where to`);
  }
  if (hops >= maxRedirects) {
    throw providerError('bad-response', context, `${redirected} more than ${maxRedirects} times`);
  }
  const next = URL.canParse(location, from) ? new URL(location, from).href : undefined;
  if (next === undefined) {
    throw providerError('bad-response', context, `${redirected} to ${JSON.stringify(excerpt(location))}, which is not a valid URL`);
  }
  const refusal = urlRefusal(next);
  if (refusal) {
    throw providerError('bad-response', context, `${redirected} to ${redactUrl(next)}, which ${refusal}`);
  }
  const keyed = context.secrets?.some((secret) => secret !== undefined) ?? false;
  if (keyed && !sameOrigin(next, original)) {
    const message = `${redirected} to another host (${new URL(next).origin}); Market Notes does not send the API key there. Check the provider's base URL.`;
    throw providerError('bad-response', context, message);
  }
  return next;
}

function interpret(response: Response, text: string, context: RequestContext, now: number): JsonAnswer {
  const status = response.status;
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    const detail = serverDetail(tryParseJson(text) ?? text, context);
    if (status === 429) {
      throw rateLimitedError(context, `HTTP 429${detail ? `: ${detail}` : ''}`, retryAfterMs);
    }
    throw providerError('bad-response', context, `${context.provider} failed with HTTP ${status} for ${context.ticker}${detail ? `: ${detail}` : ''}`, {
      retryAfterMs,
    });
  }
  // The first non-blank character decides, so a large body is not scanned and JSON mislabelled as HTML still reads.
  const firstCharacter = /\S/.exec(text)?.[0];
  if (firstCharacter === '<') {
    throw badResponseError(context, 'HTML instead of JSON', { status });
  }
  if (firstCharacter === undefined) {
    throw badResponseError(context, 'an empty body instead of JSON', { status });
  }
  try {
    return { status, body: JSON.parse(text) as unknown };
  } catch (error) {
    const what = /html/i.test(response.headers.get('content-type') ?? '') ? 'HTML instead of JSON' : 'malformed JSON';
    throw badResponseError(context, what, { status, detail: JSON.stringify(excerpt(redactSecrets(text.trim(), context.secrets))), cause: error });
  }
}

/** `Retry-After` as milliseconds from now: delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(Number(trimmed) * 1000);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(error: unknown): string {
  // fetch rejects with "fetch failed" and hides the socket's reason in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  const plain = typeof code === 'string' ? networkCodeWords[code] : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  if (plain) {
    return `${plain} (${code})`;
  }
  return typeof code === 'string' ? `${message} (${code})` : message;
}

const networkCodeWords: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'connection closed by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
