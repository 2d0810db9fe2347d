// The failures every provider server can be told to produce for a symbol, so each provider is tested against the
// same matrix. Provider-specific faults (an error object inside HTTP 200) are rendered by the servers themselves.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendText } from './localServer';

export type Fault =
  | 'rate-limit' // 429 without Retry-After
  | 'rate-limit-retry-after' // 429 with Retry-After: 7
  | 'rate-limit-http-date' // 429 with Retry-After as an HTTP-date 30 s ahead
  | 'server-error' // 500
  | 'html' // a captive portal or proxy page with HTTP 200
  | 'malformed-json'
  | 'hang' // headers never come
  | 'reset' // the connection is dropped
  | 'provider-error'; // the provider's own error object with HTTP 200

export const retryAfterSeconds = 7;

/** Answers a common fault and returns true, or returns false for a fault the provider server renders itself. */
export function applyCommonFault(
  fault: Fault,
  response: ServerResponse,
  raw: IncomingMessage,
  rateLimitAnswer: { readonly contentType: string; readonly body: string },
): boolean {
  switch (fault) {
    case 'rate-limit':
      sendText(response, 429, rateLimitAnswer.contentType, rateLimitAnswer.body);
      return true;
    case 'rate-limit-retry-after':
      sendText(response, 429, rateLimitAnswer.contentType, rateLimitAnswer.body, { 'retry-after': String(retryAfterSeconds) });
      return true;
    case 'rate-limit-http-date':
      sendText(response, 429, rateLimitAnswer.contentType, rateLimitAnswer.body, { 'retry-after': new Date(Date.now() + 30_000).toUTCString() });
      return true;
    case 'server-error':
      sendText(response, 500, 'text/plain', 'Internal Server Error');
      return true;
    case 'html':
      sendText(response, 200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><body>Please sign in to the network</body></html>');
      return true;
    case 'malformed-json':
      sendText(response, 200, 'application/json', '{"chart": {"result": [');
      return true;
    case 'hang':
      return true;
    case 'reset':
      raw.socket.destroy();
      return true;
    case 'provider-error':
      return false;
  }
}
