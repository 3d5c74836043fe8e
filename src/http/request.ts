/**
 * Reading Node's request as Express would, for the Chatwoot path, which answers without Express's
 * request prototype (see app.ts).
 */

/** The URL's path and its query string (with its `?`, or ''). */
export function splitUrl(url: string): [string, string] {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}

/** A request header as Express's `req.get` gives it (lower-case name; several values joined). */
export function headerOf(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
