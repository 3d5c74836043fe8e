/**
 * What the checker accepts as "a response" (and "a request"): a plain object, a supertest /
 * superagent response, an axios response, or a fetch `Response` whose body was already read, all
 * normalised to one shape.
 */

/** Header names in any case; values as strings (or lists), or a fetch `Headers`. */
export type HeadersLike =
  | Record<string, string | string[] | number | undefined>
  | { get(name: string): string | null; forEach(cb: (value: string, name: string) => void): void };

/** A response to check, plain. */
export interface ResponseInput {
  /** The request's method; default GET. */
  method?: string;
  /** The request path (or full URL); the query string and origin are ignored. */
  path?: string;
  /** Same as `path`. */
  url?: string;
  status: number;
  headers?: HeadersLike;
  /**
   * The body: the parsed JSON value, or the raw text/bytes (parsed here when the Content-Type says
   * JSON). `undefined` or `''`: no body.
   */
  body?: unknown;
}

/** A request to check (the proxy checks both sides of every exchange). */
export interface RequestInput {
  method: string;
  /** Path (or URL) with its query string. */
  path?: string;
  url?: string;
  headers?: HeadersLike;
  /** Raw text/bytes, or an already parsed JSON value. */
  body?: unknown;
}

/** For a fetch `Response` (which knows neither its method nor, once read, its body). */
export interface MatchOptions {
  method?: string;
  path?: string;
  /** The body you read from a fetch `Response` (`await res.json()` or `await res.text()`). */
  body?: unknown;
  /**
   * The matcher only: the Chatwoot version the answer comes from (`'3.16'`, `'4.1.0'`…; load its
   * checker first with `await loadContract({ chatwootVersion })`). Default: any version.
   */
  chatwootVersion?: string;
  /** The matcher only: fail on drift notices (keys the spec does not know) too. */
  strict?: boolean;
}

export type Body = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'value'; value: unknown };

export interface NormalizedResponse {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: Body;
}

export interface NormalizedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: Body;
}

export function normalizeHeaders(headers: HeadersLike | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (typeof (headers as any).get === 'function' && typeof (headers as any).forEach === 'function') {
    (headers as any).forEach((value: string, name: string) => (out[name.toLowerCase()] = value));
    return out;
  }
  // axios' AxiosHeaders has toJSON(); plain objects are used as they are.
  const plain = typeof (headers as any).toJSON === 'function' ? (headers as any).toJSON() : headers;
  for (const [name, value] of Object.entries(plain as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** Splits a path or URL into the path (no origin, no trailing slash) and the query string. */
export function splitTarget(target: string): { path: string; query: string } {
  let rest = target;
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (origin) rest = rest.slice(origin[0].length);
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const query = q === -1 ? '' : rest.slice(q + 1);
  let path = q === -1 ? rest : rest.slice(0, q);
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  return { path, query };
}

export function bodyOf(value: unknown): Body {
  if (value === undefined) return { kind: 'none' };
  if (typeof value === 'string') return value === '' ? { kind: 'none' } : { kind: 'text', text: value };
  if (value instanceof Uint8Array) {
    return value.length ? { kind: 'text', text: Buffer.from(value).toString('utf8') } : { kind: 'none' };
  }
  if (value instanceof ArrayBuffer) return bodyOf(new Uint8Array(value));
  return { kind: 'value', value };
}

function isFetchResponse(value: any): boolean {
  return (
    typeof value?.status === 'number' &&
    typeof value?.headers?.get === 'function' &&
    typeof value?.url === 'string' &&
    'bodyUsed' in value
  );
}

/** Anything the matcher accepts → the plain shape, or an error message saying what is missing. */
export function normalizeResponse(input: unknown, options: MatchOptions = {}): NormalizedResponse | string {
  if (input === null || typeof input !== 'object') {
    return `expected a response object (supertest, axios, fetch or {method, path, status, headers, body}), got ${
      input === null ? 'null' : typeof input
    }`;
  }
  const r = input as any;
  let method: string | undefined = options.method;
  let target: string | undefined = options.path;
  let status: number | undefined;
  let headers: Record<string, string>;
  let body: Body;

  if (isFetchResponse(r)) {
    status = r.status;
    headers = normalizeHeaders(r.headers);
    target ??= r.url;
    if ('body' in options) body = bodyOf(options.body);
    else if (r.status === 204 || r.status === 304 || headers['content-length'] === '0')
      body = { kind: 'none' };
    else {
      return (
        'a fetch Response does not keep its body: read it and pass it, ' +
        'e.g. expect(res).toMatchChatwootSpec({ method: "POST", body: await res.json() })'
      );
    }
  } else if (r.config && 'data' in r && typeof r.status === 'number') {
    // axios: config.method/url, request is the ClientRequest (its path includes the query).
    status = r.status;
    headers = normalizeHeaders(r.headers);
    method ??= r.config.method ?? r.request?.method;
    target ??= r.request?.path ?? r.config.url;
    body = bodyOf('body' in options ? options.body : r.data);
  } else if (
    (r.request || r.req) &&
    ('text' in r || 'body' in r) &&
    (r.status ?? r.statusCode) !== undefined
  ) {
    // supertest / superagent: prefer the raw text (its `body` is {} for an empty answer).
    status = r.status ?? r.statusCode;
    headers = normalizeHeaders(r.headers ?? r.header);
    method ??= r.request?.method ?? r.req?.method;
    target ??= r.request?.url ?? r.req?.path;
    if ('body' in options) body = bodyOf(options.body);
    else if (typeof r.text === 'string') body = bodyOf(r.text);
    else if (Buffer.isBuffer(r.body)) body = bodyOf(r.body);
    else
      body = bodyOf(r.body && typeof r.body === 'object' && !Object.keys(r.body).length ? undefined : r.body);
  } else {
    status = r.status ?? r.statusCode;
    headers = normalizeHeaders(r.headers);
    method ??= r.method;
    target ??= r.path ?? r.url;
    body = bodyOf('body' in options ? options.body : r.body);
  }
  if (typeof status !== 'number' || !Number.isInteger(status)) return 'the response has no numeric `status`';
  if (!target) return 'the response does not say which path it answered: pass { path } (or url)';
  return {
    method: String(method ?? 'GET').toUpperCase(),
    path: splitTarget(target).path,
    status,
    headers,
    body,
  };
}

export function normalizeRequest(input: RequestInput): NormalizedRequest {
  const { path, query } = splitTarget(input.path ?? input.url ?? '/');
  return {
    method: input.method.toUpperCase(),
    path,
    query,
    headers: normalizeHeaders(input.headers),
    body: bodyOf(input.body),
  };
}
