/**
 * The request log: one line per Chatwoot API request (the requests the journal records: operations of
 * the spec and unknown routes, never the control API or the pages) — method, path, status, duration,
 * operationId, the fault applied and the override, if any. Never a body, a header or a token: tokens in
 * the query string and in the path are masked.
 *
 * Written through pino: JSON lines (`json`), or lines formatted by pino-pretty's prettifier (`pretty`,
 * coloured when the output supports it). Off by default in startFake; the command logs to stdout.
 * Off costs nothing: the request path (http/pipeline.ts) has no log to call, and pino is not loaded.
 *
 * The line is written when the response closes — answered, or its connection reset (status 0) — so
 * one listener per request, once, sees every way a request ends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteInfo } from './journal';
import { splitUrl } from './request';

/** A function that takes each line written (with its newline). */
export interface LogWriter {
  write(line: string): void;
  /** `json` (the default for a writer of yours) or `pretty`. */
  format?: 'json' | 'pretty';
  /** Colours in `pretty` lines (default: off for a writer of yours). */
  colors?: boolean;
}

/**
 * The `log` option: `'pretty'` (to stdout, coloured on a terminal), `'json'` (one JSON object a line
 * to stdout), a writer of yours, or `false` (the default: no log).
 */
export type RequestLogOption = 'pretty' | 'json' | false | LogWriter;

/** What a line says about a request (the JSON line's fields, besides pino's `level`, `time`, `msg`). */
export interface RequestLogRecord {
  method: string;
  /** The path and query as sent, with tokens masked (`***`). */
  path: string;
  /** The answer's status; 0 when the connection closed without one (a reset). */
  status: number;
  durationMs: number;
  /** The spec operation; null for an unknown route. */
  operationId: string | null;
  /** The fault applied, e.g. `status=500 (fault 2)`; absent when none. */
  fault?: string;
  /** The override that answered, if any. */
  override?: string;
}

interface Pending {
  started: number;
  operationId: string | null;
  fault?: string;
  override?: string;
}

const logKey = Symbol('chatwoot-fake request log');
type LoggedResponse = ServerResponse & { [logKey]?: Pending };

/** Notes the fault applied to a request (no-op when the request is not logged). */
export function logFault(res: ServerResponse, description: string): void {
  const pending = (res as LoggedResponse)[logKey];
  if (pending) pending.fault = description;
}

/** Notes the override that answered a request (no-op when the request is not logged). */
export function logOverride(res: ServerResponse, description: string): void {
  const pending = (res as LoggedResponse)[logKey];
  if (pending) pending.override = description;
}

/** The request log of a fake (one per process for the command; shared when a fake is reloaded). */
export class RequestLog {
  constructor(private readonly emit: (record: RequestLogRecord) => void) {}

  /** Starts logging a request (`route`: the spec operation it matched, if any). */
  begin(req: IncomingMessage, res: ServerResponse, route?: RouteInfo): void {
    if ((res as LoggedResponse)[logKey]) return;
    const pending: Pending = { started: performance.now(), operationId: route?.operationId ?? null };
    (res as LoggedResponse)[logKey] = pending;
    res.once('close', () => {
      const record: RequestLogRecord = {
        method: req.method ?? '?',
        path: maskedPath(req.url ?? '/', route),
        // Answered (as the journal counts it): the whole answer was handed to Node.
        status: res.writableEnded ? res.statusCode : 0,
        durationMs: Math.round((performance.now() - pending.started) * 10) / 10,
        operationId: pending.operationId,
      };
      if (pending.fault) record.fault = pending.fault;
      if (pending.override) record.override = pending.override;
      try {
        this.emit(record);
      } catch (err) {
        // A writer that throws must not take the server down with it.
        console.error(`chatwoot-fake: the request log failed: ${(err as Error)?.message ?? String(err)}`);
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Masking

const MASK = '***';
/**
 * Query keys whose values are secrets (api_access_token, website_token, identifier_hash, sso_auth_token,
 * the widget's cw_conversation JWT, …).
 */
const SECRET_KEY =
  /token|secret|password|passwd|signature|hmac|identifier|key|auth|sso|session|cw_conversation|jwt/i;
/** Path parameters that are secrets (a public inbox's identifier, a contact's, a survey's uuid). */
const SECRET_PARAM = /token|secret|identifier|uuid|hash/i;
/** A value that looks like a generated token or a JWT: 16+ letters, digits, `-`, `_` or `.`, with a letter and a digit. */
const looksLikeToken = (value: string) =>
  value.length >= 16 && /^[\w.-]+$/.test(value) && /\d/.test(value) && /[a-z]/i.test(value);

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The path and query as sent, with secret path segments and query values replaced by `***`. */
export function maskedPath(url: string, route?: RouteInfo): string {
  const [path, search] = splitUrl(url);
  const secrets = new Set<string>();
  if (route) {
    for (const name in route.params) if (SECRET_PARAM.test(name)) secrets.add(route.params[name]);
  }
  const masked = path
    .split('/')
    .map((segment) => {
      const value = decoded(segment);
      return secrets.has(value) || secrets.has(segment) || looksLikeToken(value) ? MASK : segment;
    })
    .join('/');
  if (!search) return masked;
  const pairs = search
    .slice(1)
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return pair;
      const key = pair.slice(0, at);
      const value = decoded(pair.slice(at + 1));
      return SECRET_KEY.test(decoded(key)) || looksLikeToken(value) ? `${key}=${MASK}` : pair;
    });
  return `${masked}?${pairs.join('&')}`;
}

// ---------------------------------------------------------------------------------------------
// Writing: pino, loaded only when a log is on

/** The line's message: `GET /api/v1/accounts/1/contacts 200`. */
const messageOf = (r: RequestLogRecord) => `${r.method} ${r.path} ${r.status}`;

/**
 * A request log writing JSON or pretty lines through pino to `option`'s writer (stdout for `'pretty'`
 * and `'json'`); undefined for `false`.
 */
export function createRequestLog(option: RequestLogOption | undefined): RequestLog | undefined {
  if (option === undefined || option === false) return undefined;
  const writer: LogWriter =
    typeof option === 'object' && option !== null
      ? option
      : {
          write: (line) => process.stdout.write(line),
          format: option,
          colors: option === 'pretty' ? undefined : false,
        };
  if (typeof writer?.write !== 'function' || !['json', 'pretty', undefined].includes(writer.format)) {
    throw new Error(
      `log must be 'pretty', 'json', false or { write(line), format?: 'json' | 'pretty' } (got ${JSON.stringify(option)})`,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pino = require('pino') as typeof import('pino');
  let destination: { write(line: string): void } = { write: (line) => writer.write(line) };
  if (writer.format === 'pretty') {
    const pretty = prettyLine(writer.colors);
    destination = { write: (line) => writer.write(pretty(line)) };
  }
  const logger = pino.default({ base: null, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return new RequestLog((record) => logger.info(record, messageOf(record)));
}

/** Colours on stdout: on a terminal, unless NO_COLOR says otherwise; FORCE_COLOR turns them on anywhere. */
function terminalColors(): boolean {
  const { NO_COLOR, FORCE_COLOR } = process.env;
  if (NO_COLOR) return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '') return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  return process.stdout.isTTY === true;
}

/** Formats a JSON line of pino as one text line (pino-pretty's prettifier, our message format). */
function prettyLine(colors: boolean | undefined): (line: string) => string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prettyFactory } = require('pino-pretty') as typeof import('pino-pretty');
  const colorize = colors ?? terminalColors();
  return prettyFactory({
    colorize,
    // Our colours only: pino-pretty's cyan message would wrap the whole line.
    customColors: 'message:reset',
    hideObject: true,
    ignore: 'level,time',
    messageFormat: (log, _key, _level, { colors: c }) => {
      const r = log as unknown as RequestLogRecord & { time: string };
      const status = r.status === 0 ? 'reset' : String(r.status);
      const paint =
        r.status === 0 || r.status >= 500
          ? c.red
          : r.status >= 400
            ? c.yellow
            : r.status >= 300
              ? c.cyan
              : c.green;
      const parts = [
        c.gray(r.time.slice(11, 23)),
        c.bold(r.method.padEnd(6)),
        r.path,
        paint(status),
        c.gray(`${r.durationMs} ms`),
        r.operationId ? c.cyan(r.operationId) : c.gray('(no route)'),
      ];
      if (r.fault) parts.push(c.magenta(`fault: ${r.fault}`));
      if (r.override) parts.push(c.magenta(`override: ${r.override}`));
      return parts.join(' ');
    },
  }) as (line: string) => string;
}
