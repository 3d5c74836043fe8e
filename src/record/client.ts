/**
 * How `record` reads a Chatwoot: GETs of the Application API with the user's token, each answer's
 * shape checked only as far as the recorder relies on it. A server it cannot reach and a refused token
 * stop the recording (RecordError, exit 2); any other failure skips what it was reading (a warning).
 */
import { unreachable } from '../contract/calls';
import { safeUrl } from '../contract/report';

/** The recording cannot go on: nothing is written. */
export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

/** One read failed (an unexpected status or shape): the kind it read is skipped, with a warning. */
export class ReadFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadFailure';
  }
}

export interface ClientOptions {
  baseUrl: string;
  accountId: number;
  token: string;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export class RecordClient {
  /** GETs sent, for the summary. */
  requests = 0;
  /** Whether the token was accepted once (the account read). */
  private authenticated = false;
  private readonly base: string;

  constructor(private readonly options: ClientOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  /** A path under the account: `/contacts` → `/api/v1/accounts/1/contacts`. */
  accountPath(path: string): string {
    return `/api/v1/accounts/${this.options.accountId}${path}`;
  }

  /** GET a path under the account, answering its JSON. */
  async get(path: string, query: Record<string, string | number | undefined> = {}): Promise<unknown> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    const target = `${this.accountPath(path)}${params.size ? `?${params}` : ''}`;
    const signals = [AbortSignal.timeout(this.options.timeoutMs ?? 30_000)];
    if (this.options.signal) signals.push(this.options.signal);
    let res: Response;
    this.requests++;
    try {
      res = await fetch(this.base + target, {
        headers: { api_access_token: this.options.token, accept: 'application/json' },
        signal: AbortSignal.any(signals),
        redirect: 'manual',
      });
    } catch (err) {
      const cause = unreachable(err);
      if (cause) {
        throw new RecordError(
          `cannot connect to ${safeUrl(this.base)} (${cause.message || (cause as NodeJS.ErrnoException).code}): ` +
            'is the URL right and the server running?',
        );
      }
      if (this.options.signal?.aborted) throw new RecordError('interrupted');
      throw new ReadFailure(`GET ${target} failed: ${(err as Error).message}`);
    }
    const text = await res.text();
    // After the account was read, a 401 is Chatwoot's "not authorized" for one resource (Pundit): an
    // agent's token on what only administrators may read. Before, the token itself was refused.
    if (res.status === 401 && this.authenticated) {
      throw new ReadFailure(`GET ${target} answered 401 (not authorized: an administrator's token reads it)`);
    }
    if (res.status === 401) {
      throw new RecordError(
        `${safeUrl(this.base)} refused the token (401 on GET ${target}): is it a user's access token ` +
          `(Profile settings → Access token) with access to account ${this.options.accountId}?`,
      );
    }
    if (res.status !== 200) {
      throw new ReadFailure(`GET ${target} answered ${res.status}${snippet(text)}`);
    }
    try {
      const body = JSON.parse(text);
      this.authenticated = true;
      return body;
    } catch {
      throw new ReadFailure(`GET ${target} answered 200 but not JSON${snippet(text)}`);
    }
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  return `: ${flat.length > 120 ? `${flat.slice(0, 120)}…` : flat}`;
}

const isObject = (v: unknown): v is Record<string, any> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `body` as a list: the body itself, or the list at `key` of it. Else a ReadFailure naming `what`. */
export function listOf(body: unknown, what: string, ...key: string[]): Record<string, any>[] {
  let value: unknown = body;
  for (const k of key) value = isObject(value) ? value[k] : undefined;
  if (!Array.isArray(value) || !value.every(isObject)) {
    const where = key.length ? `a list at ${key.join('.')}` : 'a list';
    throw new ReadFailure(`${what}: expected ${where}, got ${describe(body)}`);
  }
  return value;
}

/** `body` as an object, else a ReadFailure naming `what`. */
export function objectOf(body: unknown, what: string): Record<string, any> {
  if (!isObject(body)) throw new ReadFailure(`${what}: expected an object, got ${describe(body)}`);
  return body;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObject(value)) return `an object with keys ${Object.keys(value).slice(0, 6).join(', ') || '(none)'}`;
  return JSON.stringify(value);
}
