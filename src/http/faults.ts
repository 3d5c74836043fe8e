/**
 * Fault injection: rules that make matching requests fail, slow down, lose their connection or get
 * a broken body, set in-process (`fake.fault(...)`), over the control API (`POST /__fake/faults`) or
 * for one request with the `X-Fake-Fault` header. (Rate limits: http/rate-limit.ts.)
 *
 * A fault is applied before rate limiting, auth and the handler: the request is not processed.
 */
import { CountedRules, type ListedRule } from './counted-rules';
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  FakeInputError,
  HttpError,
  badRequest,
  internalServerError,
  invalidRecord,
  notFound,
  payloadTooLarge,
  tooManyRequests,
  unauthorized,
} from './errors';
import { sendText } from './answer';
import { headerOf, splitUrl } from './request';
import { checkFaultRule, checkLatency, MAX_LATENCY_MS, type FaultOperation } from './fault-rules';
import { parseDuration } from './patterns';
import { requestMatcher, type MatchTarget, type RequestMatch } from './request-match';

// ---------------------------------------------------------------------------------------------
// Fault rules

/**
 * Which requests a fault applies to; every field given must match (http/request-match.ts). Faults
 * apply to the operations of the spec (the Chatwoot API), so a `method`, `path` or `operationId` that
 * names none is refused with a FakeInputError saying which one was probably meant.
 */
export type FaultMatch = RequestMatch;

/** What a fault does. Give at least one effect; `latency` combines with the others. */
export interface FaultEffect {
  /**
   * Answer with this status (400–599) and Chatwoot's body for it: 401 `{"error":"Invalid Access
   * Token"}`, 404 `{"error":"Resource could not be found"}`, 422 a record-invalid body, 429
   * rack-attack's text/plain `Retry later`, 500 Rails' `{"status":500,"error":"Internal Server Error"}`.
   */
  status?: number;
  /** Replace the default body of `status` (JSON, or text when a string). */
  body?: unknown;
  /** Extra response headers (e.g. `Retry-After` on a 429). */
  headers?: Record<string, string>;
  /** Wait this long (ms, or `"1.5s"`) before answering. */
  latency?: number | string;
  /** Destroy the connection without an answer (the client sees ECONNRESET / "socket hang up"). */
  reset?: boolean;
  /** Answer 200 with a truncated, invalid JSON body. */
  malformed?: boolean;
}

export interface FaultRule extends FaultMatch, FaultEffect {
  /** How many matching requests the fault applies to; unlimited when omitted. */
  times?: number;
}

/** A fault as listed by `fake.faults()` and `GET /__fake/faults`. */
export interface Fault extends ListedRule {
  latency: number | null;
  reset: boolean;
  malformed: boolean;
}

interface ActiveFault {
  id: number;
  rule: FaultRule;
  matches: (target: MatchTarget) => boolean;
  latency: number | null;
  remaining: number;
  hits: number;
}

/** The effects chosen for one request. */
export interface AppliedFault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  latency?: number;
  reset?: boolean;
  malformed?: boolean;
  /** Human-readable, for the journal: e.g. `status=500 (fault 3)`. */
  description: string;
}

/** The request facts a rule is matched against. */
export type FaultTarget = MatchTarget;

function describe(effect: Omit<AppliedFault, 'description'>): string {
  const parts: string[] = [];
  if (effect.latency) parts.push(`latency=${effect.latency}`);
  if (effect.status !== undefined) parts.push(`status=${effect.status}`);
  if (effect.reset) parts.push('reset');
  if (effect.malformed) parts.push('malformed');
  return parts.join(', ');
}

/** The fault rules of one fake. */
export class FaultInjector extends CountedRules<ActiveFault, Fault> {
  private operations?: readonly FaultOperation[];

  /** The operations of the spec the fake serves: rules that could match none are refused (see add). */
  useOperations(operations: readonly FaultOperation[]): void {
    this.operations = operations;
  }

  /** Adds a rule (checked first, against the spec's operations once known); returns it as listed. */
  add(input: FaultRule): Fault {
    const rule = checkFaultRule(input, this.operations);
    return this.keep((id) => ({
      id,
      rule,
      matches: requestMatcher(rule),
      latency: rule.latency === undefined ? null : (rule.latency as number),
      remaining: rule.times ?? Infinity,
      hits: 0,
    }));
  }

  /**
   * Chooses the effects for one request and counts it against the rules used: every matching
   * latency-only rule adds its latency; the first matching rule with a status, reset or malformed
   * effect decides the answer (later ones are left for later requests).
   */
  take(target: FaultTarget): AppliedFault | undefined {
    if (!this.rules.length) return undefined;
    let latency = 0;
    let terminal: ActiveFault | undefined;
    const used: ActiveFault[] = [];
    for (const r of this.rules) {
      const { rule } = r;
      if (r.remaining <= 0 || !r.matches(target)) continue;
      const isTerminal = rule.status !== undefined || rule.reset || rule.malformed;
      if (isTerminal) {
        if (terminal) continue;
        terminal = r;
      }
      latency += r.latency ?? 0;
      used.push(r);
    }
    if (!used.length) return undefined;
    this.spend(used);
    const effect: Omit<AppliedFault, 'description'> = {};
    if (latency) effect.latency = Math.min(latency, MAX_LATENCY_MS); // several rules add up
    if (terminal) {
      const { status, body, headers, reset, malformed } = terminal.rule;
      if (status !== undefined) Object.assign(effect, { status, body, headers });
      if (reset) effect.reset = true;
      if (malformed) effect.malformed = true;
    }
    return { ...effect, description: `${describe(effect)} (fault ${used.map((r) => r.id).join(', ')})` };
  }

  protected view(r: ActiveFault): Fault {
    const { rule } = r;
    return this.listed(r, {
      latency: r.latency,
      reset: Boolean(rule.reset),
      malformed: Boolean(rule.malformed),
    });
  }
}

/**
 * Parses an `X-Fake-Fault` header: `status=500`, `latency=800` (ms or `1.5s`), `reset`, `malformed`,
 * several separated by `,` or `;` (e.g. `latency=200, status=503`).
 */
export function parseFaultHeader(value: string): AppliedFault {
  const effect: Omit<AppliedFault, 'description'> = {};
  const parts = value
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length)
    throw new FakeInputError('X-Fake-Fault: empty (status=<code>, latency=<ms>, reset, malformed)');
  for (const part of parts) {
    const [key, ...rest] = part.split('=');
    const name = key.trim().toLowerCase();
    const arg = rest.join('=').trim();
    if (name === 'status' && /^\d{3}$/.test(arg) && Number(arg) >= 400 && Number(arg) <= 599) {
      effect.status = Number(arg);
    } else if (name === 'latency' && /^\d+(\.\d+)?\s*(ms|s)?$/i.test(arg)) {
      effect.latency = checkLatency(
        parseDuration(/\d$/.test(arg) ? Number(arg) : arg, 'latency'),
        'X-Fake-Fault: latency',
      );
    } else if ((name === 'reset' || name === 'malformed') && !arg) {
      effect[name] = true;
    } else {
      throw new FakeInputError(
        `X-Fake-Fault: cannot read "${part}" (status=<400-599>, latency=<ms>, reset, malformed)`,
      );
    }
  }
  const terminal = [effect.status !== undefined, effect.reset, effect.malformed].filter(Boolean).length;
  if (terminal > 1) throw new FakeInputError('X-Fake-Fault: give only one of status, reset and malformed');
  return { ...effect, description: `${describe(effect)} (X-Fake-Fault)` };
}

/** Chatwoot's answer for an injected status. */
export function faultError(status: number, body?: unknown, headers: Record<string, string> = {}): HttpError {
  if (body !== undefined) {
    return typeof body === 'string'
      ? new HttpError(status, body, 'text', headers)
      : new HttpError(status, body, 'json', headers);
  }
  let error: HttpError;
  switch (status) {
    case 400:
      error = badRequest();
      break;
    case 401:
      error = unauthorized('Invalid Access Token');
      break;
    case 404:
      error = notFound();
      break;
    case 413:
      error = payloadTooLarge();
      break;
    case 422:
      // ActiveRecord::RecordInvalid's shape: full messages and the attributes they name.
      error = invalidRecord([{ attribute: 'base', message: 'Injected failure' }]);
      break;
    case 429:
      return tooManyRequests(headers);
    case 500:
      error = internalServerError();
      break;
    default:
      error = new HttpError(status, { status, error: STATUS_CODES[status] ?? 'Error' });
  }
  return new HttpError(error.status, error.body, error.contentType, { ...error.headers, ...headers });
}

/** A JSON answer cut short: what a client sees when a proxy or a crash truncates a body. */
export const MALFORMED_BODY = '{"payload":[{"id":1,"name":"Ada Lovel';

export interface FaultStepOptions {
  injector: FaultInjector;
  /** Whose X-Fake-Fault header to honour (nobody's with the control API off). */
  headerFaults: (req: IncomingMessage) => boolean;
  /** Tells the journal which fault was applied. */
  onFault?: (res: ServerResponse, fault: AppliedFault) => void;
  /** Called just before a connection is destroyed (the journal records it). */
  onReset?: (res: ServerResponse) => void;
}

/**
 * The fault-injection step of the request path (http/pipeline.ts), over Node's request and response:
 * `operation` is the matched one (its template and operationId); `next(err)` goes on, or renders an
 * injected status.
 */
export function faultStep(options: FaultStepOptions) {
  const { injector } = options;
  return (
    req: IncomingMessage,
    res: ServerResponse,
    operation: Pick<FaultOperation, 'path' | 'operationId'> | null,
    next: (err?: unknown) => void,
  ): void => {
    let header: AppliedFault | undefined;
    const headerValue = options.headerFaults(req) ? headerOf(req.headers, 'x-fake-fault') : undefined;
    if (headerValue !== undefined) {
      try {
        header = parseFaultHeader(headerValue);
      } catch (err) {
        // Shaped as Rails' 400 (the `BadRequest` the spec declares on every operation), naming the header.
        return next(new HttpError(400, { status: 400, error: (err as Error).message }));
      }
    }
    const token = headerOf(req.headers, 'api_access_token')?.trim();
    const [path] = splitUrl(req.url!);
    const ruled = injector.take({
      method: req.method!,
      path,
      route: operation?.path,
      operationId: operation?.operationId,
      token,
    });
    const fault = combine(ruled, header);
    if (!fault) return next();
    options.onFault?.(res, fault);
    const apply = () => {
      if (res.headersSent || res.destroyed) return;
      if (fault.reset) {
        options.onReset?.(res);
        req.socket.destroy();
      } else if (fault.malformed) {
        res.statusCode = 200;
        sendText(res, 'application/json', MALFORMED_BODY);
      } else if (fault.status !== undefined) {
        next(faultError(fault.status, fault.body, fault.headers));
      } else {
        next();
      }
    };
    if (fault.latency) {
      const timer = setTimeout(apply, fault.latency);
      // A closed connection (client gave up, or the fake closed) cancels the wait.
      res.once('close', () => clearTimeout(timer));
    } else apply();
  };
}

/** The header's effects win over a rule's; latencies add up. */
function combine(rule?: AppliedFault, header?: AppliedFault): AppliedFault | undefined {
  if (!rule || !header) return rule ?? header;
  const headerTerminal = header.status !== undefined || header.reset || header.malformed;
  const base = headerTerminal ? { ...header, latency: undefined } : { ...rule, latency: undefined };
  const latency = Math.min((rule.latency ?? 0) + (header.latency ?? 0), MAX_LATENCY_MS);
  return {
    ...base,
    ...(latency ? { latency } : {}),
    description: `${header.description}; ${rule.description}`,
  };
}
