// Where a request may go. Keys and symbols travel in query strings, so plain `http://` is only for this machine (a
// local proxy, a test server); anything that leaves it must be HTTPS. The same rule holds for every redirect hop.

/** Why `url` may not be requested, or undefined when it may. */
export function urlRefusal(url: string): string | undefined {
  if (!URL.canParse(url)) return 'is not a valid http(s) URL';
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol !== 'http:') return `uses ${parsed.protocol.replace(/:$/, '')}, not https`;
  return isLoopbackHost(parsed.hostname) ? undefined : 'is plain http: only this machine (localhost, 127.0.0.0/8, ::1) may be reached without https';
}

/** localhost, 127.0.0.0/8 and ::1 — as the WHATWG URL parser writes them (`127.1` is already `127.0.0.1`, IPv6 in brackets). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Same scheme, host and port. */
export function sameOrigin(a: string, b: string): boolean {
  return new URL(a).origin === new URL(b).origin;
}
