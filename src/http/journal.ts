/**
 * The request journal: every application request the fake answers (including errors, 404s, injected
 * faults and reset connections), with its request and response, newest last, bounded in size.
 * Read with `fake.requests(filter)` or `GET /__fake/requests`.
 *
 * The request path (http/pipeline.ts) starts an entry, gives it the parsed body, and its one answer
 * writer (http/answer.ts) records the answer as it leaves: no response method is intercepted.
 *
 * Bounded twice: by entries (`capacity`, the oldest dropped first) and by bytes. A request or response
 * body over `bodyBytes` (default 1 MiB) is kept cut to that size, as text, and the entry says so
 * (`bodyTruncated`, `responseBodyTruncated`); the entries together keep at most `maxBytes` (default
 * 64 MiB) of bodies, headers and paths, the oldest entries going first. 1,000 requests of 1 MB would
 * otherwise keep 2 GB.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import qs from 'qs';
import type { Clock } from '../store';
import { RAW_JSON_BODY, isEmptyObject } from './body';
import { pathMatcher, type PathPattern } from './patterns';
import { splitUrl } from './request';

/** One journaled request and its answer. */
export interface JournalEntry {
  /** 1, 2, … in arrival order (not reused after `clearRequests()`). */
  id: number;
  /** The fake clock's time when the request arrived (ISO-8601). */
  at: string;
  method: string;
  /** The path without the query string, as sent (trailing slash removed). */
  path: string;
  /** The parsed query string. */
  query: Record<string, unknown>;
  /** Request headers as received (lower-case names), including `api_access_token`. */
  headers: Record<string, string | string[] | undefined>;
  /**
   * The parsed body (JSON, form or multipart fields), or null when there was none or it did not parse;
   * when `bodyTruncated`, the first `journalBodyBytes` of its JSON text.
   */
  body: unknown;
  /** The body was bigger than `journalBodyBytes`: `body` is the beginning of its text. */
  bodyTruncated: boolean;
  /** The answer's status; 0 when the connection was reset (injected, or the client went away). */
  status: number;
  responseHeaders: Record<string, string | string[] | number | undefined>;
  /**
   * The answer parsed as JSON when it is JSON, else its text; null when empty; when
   * `responseBodyTruncated`, the first `journalBodyBytes` of its text.
   */
  responseBody: unknown;
  /** The answer was bigger than `journalBodyBytes`: `responseBody` is the beginning of its text. */
  responseBodyTruncated: boolean;
  /** Wall-clock time from arrival to the answer (ms). */
  durationMs: number;
  /** The spec operation the path matched, if any. */
  operationId: string | null;
  /** Its path template, e.g. `/api/v1/accounts/{account_id}/contacts`. */
  route: string | null;
  /** The `account_id` of an account-scoped path. */
  accountId: number | null;
  /** The injected fault, e.g. `status=500 (fault 2)`; null when none. */
  fault: string | null;
  /** The override that answered the request (its id, see `fake.overrides()`); null when none. */
  override: number | null;
}

/** What `fake.requests()` filters on; every field given must match. */
export interface JournalFilter {
  /** HTTP method, case-insensitive. */
  method?: string;
  /** A route template (`/api/v1/accounts/:account_id/contacts`), a literal path, or a RegExp on the path. */
  path?: PathPattern;
  /** Answer status, or several. */
  status?: number | number[];
  operationId?: string;
  /** The request's `api_access_token`. */
  token?: string;
  /** Requests to `/api/v1/accounts/{accountId}/…`. */
  accountId?: number;
  /** Only the newest `limit` matches (still oldest first). */
  limit?: number;
}

/** A request as the journal reads it: Node's, with the body the body step parsed, if it ran. */
type BodyRequest = IncomingMessage & { body?: unknown };

/** The spec operation a request matched. */
export interface RouteInfo {
  operationId: string;
  route: string;
  params: Record<string, string>;
}

/** What the journal keeps, in bytes. */
export interface JournalLimits {
  /** Largest request or response body kept whole; a longer one is cut to this size (default 1 MiB). */
  bodyBytes?: number;
  /** Bodies, headers and paths of all entries together (default 64 MiB); the oldest entries go first. */
  maxBytes?: number;
}

export const DEFAULT_JOURNAL_BODY_BYTES = 1024 * 1024;
export const DEFAULT_JOURNAL_BYTES = 64 * 1024 * 1024;

/** A size in bytes: a non-negative integer, or a string such as `64mb`, `512kb`, `1gb` (powers of 1024). */
export function parseByteSize(value: number | string, name: string): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0) return value;
  } else {
    const m = /^\s*(\d+)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
    if (m) {
      const unit = (m[2] ?? 'b').toLowerCase()[0];
      return Number(m[1]) * (unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1);
    }
  }
  throw new Error(
    `${name} must be a number of bytes or a size such as '64mb' (got ${JSON.stringify(value)})`,
  );
}

/** Bytes an entry costs besides its bodies: the object, its strings and the request headers. */
const ENTRY_OVERHEAD = 256;

interface Pending {
  id: number;
  /** The fake clock's time (ms); formatted when the entry is read. */
  atMs: number;
  method: string;
  path: string;
  /** The raw query string; parsed when the entry is read (most entries never are). */
  search: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** A JSON body as received (parsed when the entry is read): no copy per request. */
  rawJson?: Buffer;
  /** Whether the body was captured (it may be null: no body, or one that did not parse). */
  captured: boolean;
  /** The request body was cut to `bodyBytes` (then `body` is its beginning, as text). */
  bodyTruncated: boolean;
  /** Bytes the request body, path and headers keep. */
  requestBytes: number;
  started: number;
  fault: string | null;
  override: number | null;
  route?: RouteInfo;
  done: boolean;
  /** The journal it goes to, and until the answer is recorded, the request. */
  journal: Journal;
  req?: BodyRequest;
  /** The response body as written so far (chunks are kept as written). */
  chunks: Chunk[];
  bytes: number;
  truncated: boolean;
}

interface Stored {
  pending: Pending;
  status: number;
  responseHeaders: Record<string, string | string[] | number | undefined>;
  contentType: string;
  chunks: Chunk[];
  truncated: boolean;
  durationMs: number;
  /** What the entry keeps, in bytes (counted against `maxBytes`). */
  bytes: number;
  /** Built on first read: the frozen public entry. */
  entry?: JournalEntry;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function cloneBody(body: unknown): unknown {
  if (body === undefined || body === null) return null;
  try {
    return structuredClone(body);
  } catch {
    return JSON.parse(JSON.stringify(body));
  }
}

/**
 * Records the request body as received, before validation coerces it in place: the raw JSON text
 * when there is one (parsed only if the entry is read), else a copy (none for the usual empty body).
 * A body over `bodyBytes` is kept as the beginning of its text (a copy: the whole body is let go).
 */
function capture(pending: Pending, req: BodyRequest): void {
  pending.captured = true;
  const limit = pending.journal.bodyBytes;
  const raw = (req as BodyRequest & { [RAW_JSON_BODY]?: Buffer })[RAW_JSON_BODY];
  if (raw) {
    if (raw.length <= limit) {
      pending.rawJson = raw;
      pending.requestBytes += raw.length;
    } else {
      pending.body = raw.toString('utf8', 0, limit);
      pending.bodyTruncated = true;
      pending.requestBytes += limit;
    }
  } else if (isEmptyObject(req.body)) pending.body = {};
  else {
    const body = cloneBody(req.body);
    const text = body === null ? '' : (JSON.stringify(body) ?? '');
    const size = Buffer.byteLength(text);
    if (size <= limit) {
      pending.body = body;
      pending.requestBytes += size;
    } else {
      pending.body = Buffer.from(text).toString('utf8', 0, limit);
      pending.bodyTruncated = true;
      pending.requestBytes += limit;
    }
  }
}

/** Bytes a request keeps besides its body: path, query and headers as received. */
function requestOverhead(req: IncomingMessage): number {
  let bytes = ENTRY_OVERHEAD + (req.url?.length ?? 0);
  const raw = req.rawHeaders ?? [];
  for (let i = 0; i < raw.length; i++) bytes += raw[i].length;
  return bytes;
}

function parseJsonOr(raw: Buffer, fallback: unknown): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return fallback;
  }
}

/** A response chunk as written: a UTF-8 string, or bytes. */
type Chunk = string | Buffer;

const pendingKey = Symbol('chatwoot-fake journal');
const openKey = Symbol('chatwoot-fake unanswered requests of a connection');

type JournaledResponse = ServerResponse & { [pendingKey]?: Pending };

/** The pending entry of a request (kept on its response: one property per request). */
const pendingOf = (res: ServerResponse): Pending | undefined => (res as JournaledResponse)[pendingKey];

/**
 * Records the answer a response is about to end with (`body` as written): called by the one writer of
 * answers (http/answer.ts), which writes a whole answer at once.
 */
export function journalAnswer(res: ServerResponse, body: unknown, encoding?: unknown): void {
  const pending = pendingOf(res);
  if (!pending || pending.done) return;
  keep(pending, body, encoding);
  // Recorded before the answer leaves, so a test that awaited the response finds it.
  pending.journal.finishPending(pending, res.statusCode, res);
}

/** Entries past `capacity` are dropped this many at a time. */
const TRIM_BATCH = 64;

/** Keeps a chunk of the answer as written (a string stays a string): converted only if the entry is read. */
function keep(pending: Pending, chunk: unknown, encoding?: unknown): void {
  if (chunk === undefined || chunk === null || typeof chunk === 'function' || pending.truncated) return;
  let kept: Chunk =
    typeof chunk === 'string' &&
    (encoding === undefined || typeof encoding === 'function' || /^utf-?8$/i.test(String(encoding)))
      ? chunk
      : Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  const size = typeof kept === 'string' ? Buffer.byteLength(kept) : kept.length;
  const limit = pending.journal.bodyBytes;
  if (pending.bytes + size > limit) {
    const buffer = typeof kept === 'string' ? Buffer.from(kept) : kept;
    // A copy of the part kept: a view would keep the whole answer alive.
    kept = Buffer.from(buffer.subarray(0, limit - pending.bytes));
    pending.truncated = true;
    pending.chunks.push(kept);
    pending.bytes = limit;
    return;
  }
  pending.chunks.push(kept);
  pending.bytes += size;
}

/** A bounded journal of one fake's requests. */
export class Journal {
  private entries: Stored[] = [];
  private nextId = 1;
  /** What the kept entries hold, in bytes. */
  private bytes = 0;
  /** Largest body (request or response) kept whole. */
  readonly bodyBytes: number;
  /** Most bytes all entries together keep. */
  readonly maxBytes: number;

  /**
   * @param capacity entries kept (oldest dropped first); 0 turns journaling off.
   * @param clock the fake's clock, for `at`.
   * @param limits bytes kept per body and in all.
   */
  constructor(
    public capacity: number,
    private readonly clock: Clock,
    limits: JournalLimits = {},
  ) {
    this.bodyBytes = limits.bodyBytes ?? DEFAULT_JOURNAL_BODY_BYTES;
    this.maxBytes = limits.maxBytes ?? DEFAULT_JOURNAL_BYTES;
  }

  /** Bytes the kept entries hold (bodies, headers, paths: an estimate of their memory). */
  get byteSize(): number {
    return this.bytes;
  }

  get size(): number {
    return Math.min(this.entries.length, Math.max(0, this.capacity));
  }

  clear(): void {
    this.entries = [];
    this.bytes = 0;
  }

  /** Clears the journal and numbers new entries from 1 again (a fake's reset). */
  reset(): void {
    this.clear();
    this.nextId = 1;
  }

  /** The entries that match `filter`, oldest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const method = filter.method?.toUpperCase();
    const statuses =
      filter.status === undefined
        ? undefined
        : Array.isArray(filter.status)
          ? filter.status
          : [filter.status];
    const matchPath = filter.path === undefined ? undefined : pathMatcher(filter.path);
    const out: JournalEntry[] = [];
    for (let i = this.entries.length - this.size; i < this.entries.length; i++) {
      const stored = this.entries[i];
      const p = stored.pending;
      if (method && p.method !== method) continue;
      if (statuses && !statuses.includes(stored.status)) continue;
      if (filter.operationId !== undefined && p.route?.operationId !== filter.operationId) continue;
      if (filter.token !== undefined && tokenOf(p.headers) !== filter.token) continue;
      if (filter.accountId !== undefined && accountIdOf(p) !== filter.accountId) continue;
      if (matchPath && !matchPath(p.path, p.route?.route)) continue;
      out.push(this.entryOf(stored));
    }
    return filter.limit !== undefined ? out.slice(Math.max(0, out.length - filter.limit)) : out;
  }

  /** Starts journaling a request (`route`: the spec operation it matched, if any). */
  begin(req: BodyRequest, res: ServerResponse, route?: RouteInfo): void {
    if (this.capacity <= 0 || (res as JournaledResponse)[pendingKey]) return;
    const [path, search] = splitUrl(req.url!);
    const pending: Pending = {
      id: this.nextId++,
      atMs: this.clock.peek(),
      method: req.method!.toUpperCase(),
      path,
      search: search.slice(1),
      // Node gives every request its own headers object, which nothing rewrites: no copy needed.
      headers: req.headers,
      body: null,
      captured: false,
      bodyTruncated: false,
      requestBytes: requestOverhead(req),
      started: performance.now(),
      fault: null,
      override: null,
      done: false,
      journal: this,
      req,
      route,
      chunks: [],
      bytes: 0,
      truncated: false,
    };
    (res as JournaledResponse)[pendingKey] = pending;
    this.watchSocket(req, pending);
  }

  /**
   * The client went away, or the fake reset the connection, before an answer was sent: the entry is
   * recorded with status 0. One listener per connection (not per request) notices it.
   */
  private watchSocket(req: BodyRequest, pending: Pending): void {
    const socket = req.socket as (IncomingMessage['socket'] & { [openKey]?: Set<Pending> }) | undefined;
    if (!socket || typeof socket.once !== 'function') return;
    let open = socket[openKey];
    if (!open) {
      const unanswered = (open = socket[openKey] = new Set());
      socket.once('close', () => {
        for (const p of unanswered) this.finishPending(p, 0, undefined);
      });
    }
    open.add(pending);
  }

  /** Records the parsed body: call right after the body parser. */
  captureBody(req: BodyRequest, res: ServerResponse): void {
    const pending = pendingOf(res);
    if (pending) capture(pending, req);
  }

  /** Notes the fault applied to a request. */
  noteFault(res: ServerResponse, description: string): void {
    const pending = pendingOf(res);
    if (pending) pending.fault = description;
  }

  /** Notes the override that answers a request. */
  noteOverride(res: ServerResponse, id: number): void {
    const pending = pendingOf(res);
    if (pending) pending.override = id;
  }

  /** Records a request whose connection is about to be destroyed. */
  noteReset(res: ServerResponse): void {
    const pending = pendingOf(res);
    if (pending) this.finishPending(pending, 0, res);
  }

  /** Records the answer (status 0 and no body when the connection closed first). */
  finishPending(pending: Pending, status: number, res: ServerResponse | undefined): void {
    if (pending.done) return;
    pending.done = true;
    const req = pending.req!;
    pending.req = undefined;
    (req.socket as { [openKey]?: Set<Pending> } | undefined)?.[openKey]?.delete(pending);
    // The body parser may not have run (parse error, unknown route): take what is there.
    if (!pending.captured && req.body !== undefined) capture(pending, req);
    // getHeaders() answers a new object: the entry may keep it.
    const headers = status === 0 || !res ? {} : res.getHeaders();
    const stored: Stored = {
      pending,
      status,
      responseHeaders: headers,
      contentType: String(headers['content-type'] ?? ''),
      chunks: status === 0 ? [] : pending.chunks,
      truncated: pending.truncated,
      durationMs: Math.round((performance.now() - pending.started) * 1000) / 1000,
      bytes: pending.requestBytes + (status === 0 ? 0 : pending.bytes),
    };
    this.entries.push(stored);
    this.bytes += stored.bytes;
    pending.chunks = [];
    // Trimmed in batches: the journal keeps at most `capacity` (+ a batch not listed)…
    if (this.entries.length > this.capacity + TRIM_BATCH) this.drop(this.entries.length - this.capacity);
    // …and at most `maxBytes`, the newest entry always.
    if (this.bytes > this.maxBytes) {
      let n = 0;
      let bytes = this.bytes;
      while (n < this.entries.length - 1 && bytes > this.maxBytes) bytes -= this.entries[n++].bytes;
      this.drop(n);
    }
  }

  /** Drops the `n` oldest entries. */
  private drop(n: number): void {
    for (const stored of this.entries.splice(0, n)) this.bytes -= stored.bytes;
  }

  private entryOf(stored: Stored): JournalEntry {
    if (stored.entry) return stored.entry;
    const p = stored.pending;
    const text = Buffer.concat(
      stored.chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)),
    ).toString('utf8');
    let responseBody: unknown = text === '' ? null : text;
    if (text && !stored.truncated && /\bjson\b/i.test(stored.contentType)) {
      try {
        responseBody = JSON.parse(text);
      } catch {
        // a malformed body (injected): keep the text
      }
    }
    stored.entry = deepFreeze({
      id: p.id,
      at: new Date(p.atMs).toISOString(),
      method: p.method,
      path: p.path,
      // Parsed as the app parses it (Express's "extended" query parser).
      query: p.search ? (qs.parse(p.search, { allowPrototypes: true }) as Record<string, unknown>) : {},
      headers: p.headers,
      body: p.rawJson ? parseJsonOr(p.rawJson, p.body) : p.body,
      bodyTruncated: p.bodyTruncated,
      status: stored.status,
      responseHeaders: stored.responseHeaders,
      responseBody,
      responseBodyTruncated: stored.truncated,
      durationMs: stored.durationMs,
      operationId: p.route?.operationId ?? null,
      route: p.route?.route ?? null,
      accountId: accountIdOf(p),
      fault: p.fault,
      override: p.override,
    });
    stored.chunks = [];
    return stored.entry;
  }
}

function tokenOf(headers: Pending['headers']): string | undefined {
  const value = headers['api_access_token'];
  return typeof value === 'string' ? value.trim() : undefined;
}

function accountIdOf(p: Pending): number | null {
  const fromRoute = p.route?.params.account_id;
  const raw = fromRoute ?? /^\/api\/v\d+\/accounts\/(\d+)(?:\/|$)/.exec(p.path)?.[1];
  return raw !== undefined && /^\d+$/.test(String(raw)) ? Number(raw) : null;
}
