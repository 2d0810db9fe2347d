// The one way providers talk HTTP: a timeout that aborts the request, a concurrency limit per provider, and the
// failures every JSON API shares (network, 429, 5xx, HTML from a proxy or captive portal, malformed JSON) turned
// into QuoteErrors. What a 2xx or 4xx body means is each provider's business.

import pLimit, { type LimitFunction } from 'p-limit';
import type { Clock, Logger } from '../../logger';
import { QuoteError } from '../quote';
import { badResponseError, formatDuration, providerError, rateLimitedError, serverDetail, type RequestContext } from './providerErrors';
import { redactUrl } from './redact';

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
    // The signal stays armed until the body is read: a server that sends headers and then stalls is a timeout too.
    const response = await fetch(url, { headers, signal });
    const text = await response.text();
    logger.trace(`${context.provider}: GET ${redactUrl(url)} → HTTP ${response.status} in ${clock() - started} ms`);
    return interpret(response, text, context, clock());
  }
}

function interpret(response: Response, text: string, context: RequestContext, now: number): JsonAnswer {
  const status = response.status;
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    const detail = serverDetail(tryParseJson(text) ?? text);
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
    throw badResponseError(context, what, { status, detail: JSON.stringify(excerpt(text.trim())), cause: error });
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
