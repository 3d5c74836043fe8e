/**
 * `chatwoot-fake proxy`: a transparent validating proxy. Point an app at it instead of Chatwoot: every
 * request is forwarded to the target unchanged (method, path, query, headers, body; only `Host` is the
 * target's and hop-by-hop headers are the proxy's own), every answer is streamed back unchanged, and
 * both are checked against the spec on the side. Violations are printed (tokens masked) and served at
 * `GET /__fake/violations` (`DELETE` clears them) to loopback clients (to every client with
 * `exposeViolations`; to others the path is forwarded like any); nothing else under the proxy is its own.
 * WebSocket upgrades (`/cable`) are passed through, unchecked.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';
import { controlRefusal } from '../http/hosts';
import { isLoopbackAddress } from '../http/request';
import { loadContract, type ContractChecker } from './checker';
import { describeViolations, safeUrl } from './report';
import { failing as failingViolations, Masker, violationKey, type Violation } from './violations';

export interface ProxyOptions {
  /** The Chatwoot to forward to, e.g. https://chatwoot.example.com (a path prefix is kept). */
  target: string;
  /** Default 3001; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where report lines go (default: console.error); `false`: nowhere. */
  log?: ((line: string) => void) | false;
  /** Also log exchanges that match the spec. */
  verbose?: boolean;
  /** Bodies larger than this are forwarded but not checked (default 10 MB). */
  maxCheckedBytes?: number;
  /** Distinct violations kept (default 1000). */
  maxViolations?: number;
  /**
   * Serve `/__fake/violations` to every client, not only loopback ones (a proxy bound to 0.0.0.0 and
   * read from another machine); like the fake's `control: 'expose'`.
   */
  exposeViolations?: boolean;
  /**
   * Further Host names `/__fake/violations` answers (besides localhost, loopback addresses, the bound
   * host and the address a client connected to), as the fake's `allowedHosts`.
   */
  allowedHosts?: string[] | true;
  /** The target's Chatwoot version (`3.16`, `4.1.0`…); default: any version. */
  chatwootVersion?: string;
  /** Count drift notices (keys the spec does not know) as failing exchanges too. */
  strict?: boolean;
  contract?: ContractChecker;
}

/** One distinct violation (same operation, place and rule) and how often it was seen. */
export interface ObservedViolation extends Violation {
  /** Exchanges that showed it. */
  seen: number;
  firstSeen: string;
  lastSeen: string;
}

export interface ProxyStats {
  target: string;
  /** Exchanges checked. */
  exchanges: number;
  /** Exchanges with at least one violation. */
  failing: number;
  violations: ObservedViolation[];
}

export interface RunningProxy {
  url: string;
  port: number;
  /** Distinct violations so far, oldest first. */
  violations(): ObservedViolation[];
  stats(): ProxyStats;
  clear(): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Request headers to send upstream: the client's, minus hop-by-hop ones, with the target's Host. */
function upstreamHeaders(req: IncomingMessage, host: string, keepUpgrade = false): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (HOP_BY_HOP.has(name) && !(keepUpgrade && (name === 'connection' || name === 'upgrade'))) continue;
    headers[name] = value;
  }
  headers.host = host;
  return headers;
}

/** Upstream response headers as a flat raw list (case and duplicates kept), minus hop-by-hop ones. */
function downstreamHeaders(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    if (!HOP_BY_HOP.has(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  }
  return out;
}

/** Collects a stream's bytes for checking, up to a limit (the stream itself is untouched). */
class Capture {
  private chunks: Buffer[] = [];
  private size = 0;
  overflow = false;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    if (this.overflow) return;
    this.size += chunk.length;
    if (this.size > this.limit) {
      this.overflow = true;
      this.chunks = [];
    } else this.chunks.push(chunk);
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function decode(bytes: Buffer, encoding: string | undefined): Buffer {
  const e = (encoding ?? '').trim().toLowerCase();
  if (!e || e === 'identity') return bytes;
  if (e === 'gzip' || e === 'x-gzip') return zlib.gunzipSync(bytes);
  if (e === 'deflate') return zlib.inflateSync(bytes);
  if (e === 'br') return zlib.brotliDecompressSync(bytes);
  throw new Error(`unknown content-encoding ${encoding}`);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  let target: URL;
  try {
    target = new URL(options.target);
  } catch {
    throw new Error(`--target must be an http(s) URL (got "${options.target}")`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new Error(`--target must be an http(s) URL (got "${options.target}")`);
  }
  const contract = options.contract ?? (await loadContract({ chatwootVersion: options.chatwootVersion }));
  const transport = target.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true });
  const prefix = target.pathname.replace(/\/+$/, '');
  const log =
    options.log === false ? () => undefined : (options.log ?? ((line: string) => console.error(line)));
  const limit = options.maxCheckedBytes ?? 10 * 1024 * 1024;
  const maxViolations = options.maxViolations ?? 1000;
  const masker = new Masker();
  const observed = new Map<string, ObservedViolation>();
  let exchanges = 0;
  let failing = 0;

  const upstreamUrl = (url: string) => new URL(prefix + url, target.origin);

  function record(method: string, path: string, status: number, violations: Violation[]): void {
    exchanges++;
    const match = contract.match(method, path);
    const op = match && typeof match === 'object' ? ` ${match.operation.operationId}` : '';
    const label = `${method} ${masker.mask(path)} → ${status}${op}`;
    if (!violations.length) {
      if (options.verbose) log(`✓ ${label}`);
      return;
    }
    // Drift notices are recorded and shown, but only breaking ones (or any, when strict) fail.
    if (failingViolations(violations, options.strict).length) failing++;
    const now = new Date().toISOString();
    const fresh: Violation[] = [];
    for (const raw of violations) {
      const v = masker.maskViolation(raw);
      const key = violationKey(v);
      const known = observed.get(key);
      if (known) {
        known.seen++;
        known.count += v.count;
        known.lastSeen = now;
        continue;
      }
      fresh.push(v);
      if (observed.size >= maxViolations) observed.delete(observed.keys().next().value as string);
      observed.set(key, { ...v, seen: 1, firstSeen: now, lastSeen: now });
    }
    if (fresh.length) log(`✗ ${label}\n${describeViolations(fresh, '    ')}`);
    else log(`✗ ${label}: ${violations.length} known violation(s), see /__fake/violations`);
  }

  function check(
    req: IncomingMessage,
    requestBody: Capture,
    status: number,
    responseHeaders: http.IncomingHttpHeaders,
    responseBody: Capture,
  ): void {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    try {
      masker.add(headerValue(req.headers['api_access_token']));
      const requestViolations = requestBody.overflow
        ? []
        : contract.checkRequest({
            method,
            path: url,
            headers: req.headers as any,
            body: requestBody.bytes(),
          });
      const unrouted = requestViolations.some(
        (v) => v.kind === 'unknown-path' || v.kind === 'unknown-method',
      );
      let responseViolations: Violation[] = [];
      // HEAD and 304 answers carry no body to check; 304s come from the client's own cache validators.
      if (!unrouted && !responseBody.overflow && method !== 'HEAD' && status !== 304) {
        const bytes = decode(responseBody.bytes(), headerValue(responseHeaders['content-encoding']));
        responseViolations = contract.checkResponse({
          method,
          path: url,
          status,
          headers: responseHeaders as any,
          body: bytes,
        });
      }
      record(method, url.split('?')[0], status, [...requestViolations, ...responseViolations]);
    } catch (err) {
      log(
        `chatwoot-fake proxy: could not check ${method} ${masker.mask(url.split('?')[0])}: ${(err as Error).message}`,
      );
    }
  }

  function stats(): ProxyStats {
    return { target: safeUrl(options.target), exchanges, failing, violations: [...observed.values()] };
  }

  function ownRoute(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '/').split('?')[0].replace(/\/+$/, '');
    if (path !== '/__fake/violations') return false;
    if (!options.exposeViolations && !isLoopbackAddress(req.socket.remoteAddress)) return false;
    // The test suite's, not web pages': no CORS, own Host names, no foreign Origin (http/hosts.ts).
    const refusal = controlRefusal(req, { boundHost: options.host, allowedHosts: options.allowedHosts });
    if (refusal) {
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: refusal }));
      return true;
    }
    if (req.method === 'DELETE') {
      observed.clear();
      exchanges = 0;
      failing = 0;
      res.writeHead(204).end();
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      const body = JSON.stringify(stats(), null, 2);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } else {
      res.writeHead(405, { allow: 'GET, DELETE', 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'GET or DELETE /__fake/violations' }));
    }
    return true;
  }

  const server = http.createServer((req, res) => {
    if (ownRoute(req, res)) return;
    const requestBody = new Capture(limit);
    const upstream = transport.request(upstreamUrl(req.url ?? '/'), {
      method: req.method,
      headers: upstreamHeaders(req, target.host),
      agent,
    });
    req.on('data', (chunk: Buffer) => requestBody.add(chunk));
    req.pipe(upstream);
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('response', (up) => {
      const responseBody = new Capture(limit);
      res.writeHead(up.statusCode ?? 502, up.statusMessage, downstreamHeaders(up.rawHeaders));
      up.on('data', (chunk: Buffer) => responseBody.add(chunk));
      up.on('end', () => check(req, requestBody, up.statusCode ?? 0, up.headers, responseBody));
      up.on('error', () => res.destroy());
      up.pipe(res);
    });
    upstream.on('error', (err) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      log(`chatwoot-fake proxy: ${safeUrl(target.origin)} unreachable: ${err.message}`);
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`chatwoot-fake proxy: cannot reach ${safeUrl(target.origin)}: ${err.message}\n`);
    });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const upstream = transport.request(upstreamUrl(req.url ?? '/'), {
      method: req.method,
      headers: upstreamHeaders(req, target.host, true),
    });
    const headLines = (status: number, message: string | undefined, raw: string[]) => {
      const lines = [`HTTP/1.1 ${status} ${message ?? ''}`.trimEnd()];
      for (let i = 0; i < raw.length; i += 2) lines.push(`${raw[i]}: ${raw[i + 1]}`);
      return `${lines.join('\r\n')}\r\n\r\n`;
    };
    upstream.on('upgrade', (up, upSocket, upHead) => {
      socket.write(headLines(up.statusCode ?? 101, up.statusMessage, up.rawHeaders));
      if (upHead.length) socket.write(upHead);
      if (head.length) upSocket.write(head);
      upSocket.pipe(socket).pipe(upSocket);
      upSocket.on('error', () => socket.destroy());
      socket.on('error', () => upSocket.destroy());
    });
    upstream.on('response', (up) => {
      socket.write(headLines(up.statusCode ?? 502, up.statusMessage, up.rawHeaders));
      up.pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    upstream.end();
  });

  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3001, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    violations: () => [...observed.values()],
    stats,
    clear: () => {
      observed.clear();
      exchanges = 0;
      failing = 0;
    },
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        agent.destroy();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      })),
  };
}
