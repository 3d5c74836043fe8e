/**
 * Who may reach what, by the request's own headers: the fake's names (Host), the page that sent the
 * request (Origin, Sec-Fetch-Site).
 *
 * - The control API (`/__fake`, the `X-Fake-Fault` header, the proxy's `/__fake/violations`) belongs to
 *   the test suite: it answers only a Host that is one of the fake's own names, and never a request a
 *   web page sent from another origin (a foreign `Origin`, `Sec-Fetch-Site: cross-site`/`same-site`).
 *   With no CORS headers either, a page the developer visits can neither read it nor change the fake.
 * - Bound to a non-loopback address, the whole server answers only its own names and IP addresses: a
 *   DNS-rebinding page (attacker.example resolving to this machine) is refused (Vite's allowedHosts).
 *
 * The fake's own names: `localhost` and `*.localhost`, loopback addresses (127.0.0.0/8, [::1]), the
 * address the client connected to, the bound host, and the `allowedHosts` the user named (`.example.test`
 * also allows its subdomains; `true` allows every Host).
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { isLoopbackAddress } from './request';

export interface HostPolicy {
  /** The address the server is bound to (`--host`); a wildcard (0.0.0.0, ::) names nothing. */
  boundHost?: string;
  /** Further names of the fake (`--allowed-hosts`): exact, or `.domain` for it and its subdomains; `true`: any. */
  allowedHosts?: readonly string[] | true;
}

const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]', '::0']);

/** A host name or address as compared: lower case, no brackets, no trailing dot, `::ffff:` unmapped. */
function normalizeName(name: string): string {
  let n = name.trim().toLowerCase();
  if (n.startsWith('[') && n.endsWith(']')) n = n.slice(1, -1);
  if (n.endsWith('.')) n = n.slice(0, -1);
  if (n.startsWith('::ffff:') && isIP(n.slice(7)) === 4) n = n.slice(7);
  return n;
}

/** The host name of a Host header (`[::1]:3000` → `::1`, `Example.test.:80` → `example.test`), or undefined. */
export function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const value = host.trim();
  let name: string;
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return undefined;
    name = value.slice(0, end + 1);
  } else {
    const colon = value.indexOf(':');
    name = colon < 0 ? value : value.slice(0, colon);
  }
  const normalized = normalizeName(name);
  return normalized || undefined;
}

/** Whether `name` (normalized) is one of the fake's own names for this request. */
function isOwnName(name: string, req: IncomingMessage, policy: HostPolicy): boolean {
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isLoopbackAddress(name)) return true;
  const local = req.socket?.localAddress;
  if (local && normalizeName(local) === name) return true;
  if (policy.boundHost !== undefined && !WILDCARDS.has(policy.boundHost.trim())) {
    if (normalizeName(policy.boundHost) === name) return true;
  }
  const allowed = policy.allowedHosts;
  if (allowed === true) return true;
  for (const entry of allowed ?? []) {
    const e = normalizeName(entry);
    if (e.startsWith('.') ? name === e.slice(1) || name.endsWith(e) : name === e) return true;
  }
  return false;
}

/** Whether the request's Host header is one of the fake's own names. */
export function isOwnHost(req: IncomingMessage, policy: HostPolicy): boolean {
  if (policy.allowedHosts === true) return true;
  const name = hostnameOf(req.headers.host);
  return name !== undefined && isOwnName(name, req, policy);
}

/**
 * Whether a server bound to a non-loopback address answers the request: a Host of its own names or an
 * IP address (an address cannot be rebound to another machine by DNS).
 */
export function isServedHost(req: IncomingMessage, policy: HostPolicy): boolean {
  if (isOwnHost(req, policy)) return true;
  const name = hostnameOf(req.headers.host);
  return name !== undefined && isIP(name) !== 0;
}

/** Whether a bind address is a loopback one (so the Host check of isServedHost is not needed). */
export function isLoopbackBind(host: string | undefined): boolean {
  return host === undefined || host === 'localhost' || isLoopbackAddress(normalizeName(host));
}

/** The fake's origin as this request reached it (`http://127.0.0.1:3000`), from its Host header. */
function ownOrigin(req: IncomingMessage): string | undefined {
  const secure = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  try {
    return new URL(`${secure ? 'https' : 'http'}://${req.headers.host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Why the control API refuses a request (undefined: it does not): a Host that is not one of the
 * fake's names, or a request a web page of another origin sent.
 */
export function controlRefusal(req: IncomingMessage, policy: HostPolicy): string | undefined {
  if (!isOwnHost(req, policy)) {
    return (
      `the control API answers only the fake's own host names (localhost, 127.0.0.1, [::1], the bound ` +
      `host); Host ${JSON.stringify(req.headers.host ?? '')} is not one: add it with --allowed-hosts ` +
      `(allowedHosts) if it is this fake's name`
    );
  }
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    return `the control API answers the test suite, not web pages (Sec-Fetch-Site: ${site})`;
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let sent: string | undefined;
    try {
      sent = new URL(origin).origin;
    } catch {
      sent = undefined;
    }
    if (sent === undefined || sent === 'null' || sent !== ownOrigin(req)) {
      return `the control API answers the test suite, not web pages (Origin ${JSON.stringify(origin)} is not the fake's own)`;
    }
  }
  return undefined;
}

/** `--allowed-hosts`: names separated by commas, or `true` (any Host). */
export function parseAllowedHosts(value: string): string[] | true {
  if (value.trim() === 'true') return true;
  const names = value.split(',').map((name) => name.trim());
  if (names.some((name) => !name || /[\s/@]/.test(name)))
    throw new Error('--allowed-hosts must be host names separated by commas, or true');
  return names;
}

/** The answer to a request for a Host a non-loopback server does not serve. */
export function foreignHostMessage(req: IncomingMessage): string {
  return (
    `Host ${JSON.stringify(req.headers.host ?? '')} is not one of this fake's names (it is bound to a ` +
    `non-loopback address and answers only its own names and IP addresses, against DNS rebinding): ` +
    `add it with --allowed-hosts (allowedHosts)`
  );
}
