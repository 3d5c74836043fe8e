/**
 * Reading Node's request as Express would, for the Chatwoot path, which answers without Express's
 * request prototype (see http/pipeline.ts).
 */
import type { IncomingMessage } from 'node:http';

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

/** Whether an address is the local machine's (127.0.0.0/8, ::1, or IPv4-mapped 127.x). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d+\.\d+\.\d+$/.test(v4) || address === '::1' || /^(0+:){7}0*1$/.test(address);
}

/** Rails routes ignore a trailing slash: drops it from req.url; returns the path. */
export function normalizePath(req: IncomingMessage): string {
  const [pathname, search] = splitUrl(req.url!);
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const trimmed = pathname.replace(/\/+$/, '') || '/';
    req.url = trimmed + search;
    return trimmed;
  }
  return pathname;
}

/** Rails: "Invalid path parameters: Invalid encoding" (ActionController::BadRequest) → 400. */
export function isDecodable(pathname: string): boolean {
  if (!pathname.includes('%')) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
