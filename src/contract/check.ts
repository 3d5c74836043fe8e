/**
 * `chatwoot-fake check`: walks the spec's operations against a live Chatwoot (or the fake) and checks
 * every answer with the contract checker.
 *
 * - Read-only (default): every GET of the Application API whose path needs only `account_id`, then
 *   those whose ids it can discover from the lists it already fetched (the first contact,
 *   conversation, inbox, team, portal…). Nothing is written.
 * - `write: true`: then a scenario that creates, reads, updates and deletes records of its own, all
 *   named `cwf-check-<run id>` (contact, label, contact note, canned response, webhook, custom
 *   attribute, custom filter, team), and deletes whatever it created even when a step fails or the
 *   run is aborted.
 *
 * What is asked is data in scenario.ts; this file runs it and collects the violations. The token only
 * travels in the `api_access_token` header; nothing here prints or returns it.
 */
import { loadContract, type ContractChecker } from './checker';
import type { Operation } from '../spec';
import { presets, scenario, type Query, type State } from './scenario';
import {
  CheckConnectionError,
  fill,
  firstListItem,
  parseBody,
  plural,
  queryString,
  unreachable,
  type HttpAnswer,
} from './calls';

export { CheckConnectionError } from './calls';
import { dedupeViolations, failing, type Violation } from './violations';
import { resolveVersion, VersionError } from '../versions';

export interface CheckOptions {
  /** The Chatwoot base URL, e.g. https://chatwoot.example.com (a path prefix is kept). */
  baseUrl: string;
  accountId: number;
  /** A user access token (an administrator's checks the most). */
  token: string;
  /** Also run the create/update/delete scenario. */
  write?: boolean;
  /** Run the read-only walk (default true; false with `write` runs only the scenario). */
  read?: boolean;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** Abort: no further steps run, but what was created is still deleted. */
  signal?: AbortSignal;
  /** Called after every request (progress). */
  onCall?: (call: CallResult) => void;
  /** Suffix of the scenario's record names (default: time + random). */
  runId?: string;
  /**
   * The server's Chatwoot version (a profile such as `3.16`, or `3.13.0`); default: read from the
   * server's `GET /api`, and any version when it does not say.
   */
  chatwootVersion?: string;
  /** Fail on drift notices (keys the spec does not know) too, not only on breaking differences. */
  strict?: boolean;
  contract?: ContractChecker;
}

/** Which version the run checked against, and how it was learnt. */
export interface CheckedVersion {
  /** `3.16.0`, …, or `any`. */
  version: string;
  source: 'option' | 'GET /api' | 'unknown';
}

export type Outcome = 'pass' | 'fail' | 'skip';

/** One request of the run. */
export interface CallResult {
  phase: 'read' | 'write' | 'cleanup';
  operationId: string;
  method: string;
  /** The spec's path template. */
  route: string;
  /** The path requested (query string included). */
  path: string;
  status?: number;
  outcome: Outcome;
  /** Why it was skipped, or the error when the request itself failed. */
  reason?: string;
  violations: Violation[];
  durationMs?: number;
}

/** All calls of one operation, folded. */
export interface OperationReport {
  operationId: string;
  method: string;
  route: string;
  outcome: Outcome;
  statuses: number[];
  calls: number;
  /** Deduplicated over all its calls. */
  violations: Violation[];
  reasons: string[];
}

export interface CheckReport {
  baseUrl: string;
  accountId: number;
  write: boolean;
  chatwootVersion: CheckedVersion;
  strict: boolean;
  runId: string;
  durationMs: number;
  calls: CallResult[];
  operations: OperationReport[];
  /** Operations of the spec the run did not call. */
  notExercised: string[];
  /** Records the scenario created and could not delete. */
  leftBehind: string[];
  notes: string[];
  /** `violations`: the breaking ones; `drift`: the drift notices (failing only with `strict`). */
  summary: {
    operations: number;
    passed: number;
    failed: number;
    skipped: number;
    violations: number;
    drift: number;
  };
  /** Nothing failed and at least one operation passed. */
  ok: boolean;
}

class Runner {
  readonly calls: CallResult[] = [];
  /** Records the write scenario created and could not delete. */
  readonly leftBehind: string[] = [];
  /** Set by the first request that could not connect at all: nothing more is sent. */
  unreachable?: CheckConnectionError;
  /** First item of each list fetched, by concrete path (no query). */
  private readonly lists = new Map<string, Record<string, any>>();
  private readonly base: string;

  constructor(
    private readonly contract: ContractChecker,
    private readonly options: CheckOptions,
  ) {
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  /**
   * One request. Redirects are followed only to the same host (http → https): elsewhere the token
   * header would travel too, so the 3xx is the answer (and reported as undocumented).
   */
  private async http(method: string, path: string, body?: unknown): Promise<HttpAnswer> {
    let url = new URL(this.base + path);
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, {
        method,
        headers: {
          api_access_token: this.options.token,
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        redirect: 'manual',
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location && hop < 3) {
        const next = new URL(location, url);
        if (next.hostname === url.hostname) {
          await res.arrayBuffer();
          url = next;
          continue;
        }
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => (headers[name] = value));
      return { status: res.status, headers, text: await res.text() };
    }
  }

  private record(call: CallResult): CallResult {
    this.calls.push(call);
    this.options.onCall?.(call);
    return call;
  }

  skip(
    phase: CallResult['phase'],
    op: { operationId: string; method: string; path: string },
    reason: string,
  ): CallResult {
    return this.record({
      phase,
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      route: op.path,
      path: op.path,
      outcome: 'skip',
      reason,
      violations: [],
    });
  }

  /** Sends one request and checks both the request (the runner's own) and the answer. */
  async exchange(
    phase: CallResult['phase'],
    op: Operation,
    params: Record<string, string>,
    query?: Query,
    body?: unknown,
  ): Promise<{ call: CallResult; answer?: HttpAnswer }> {
    const path = fill(op.path, { account_id: String(this.options.accountId), ...params });
    const method = op.method.toUpperCase();
    const target = path + queryString(query);
    const started = performance.now();
    const done = (result: Pick<CallResult, 'status' | 'outcome' | 'reason' | 'violations'>) =>
      this.record({
        phase,
        operationId: op.operationId,
        method,
        route: op.path,
        path: target,
        ...result,
        durationMs: Math.round(performance.now() - started),
      });
    const requestViolations = this.contract.checkRequest({
      method,
      path: target,
      headers: body !== undefined ? { 'content-type': 'application/json' } : {},
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    let answer: HttpAnswer;
    try {
      answer = await this.http(method, target, body);
    } catch (err) {
      const cause = unreachable(err);
      if (cause) throw (this.unreachable = new CheckConnectionError(this.options.baseUrl, cause));
      const e = err as Error & { cause?: Error };
      const reason = `request failed: ${e.name === 'TimeoutError' ? 'timed out' : (e.cause?.message ?? e.message)}`;
      const call = done({ outcome: 'fail', reason, violations: requestViolations });
      return { call };
    }
    const violations = dedupeViolations([
      ...requestViolations,
      ...this.contract.checkResponse({
        method,
        path,
        status: answer.status,
        headers: answer.headers,
        body: answer.text,
      }),
    ]);
    const fails = failing(violations, this.options.strict).length > 0;
    const call = done({ status: answer.status, outcome: fails ? 'fail' : 'pass', violations });
    return { call, answer };
  }

  private aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** A value for path parameter `name` of `op`, from the lists fetched so far. */
  private resolve(op: Operation, name: string, filled: Record<string, string>): string | undefined {
    const segments = op.path.split('/');
    const index = segments.indexOf(`{${name}}`);
    const account = { account_id: String(this.options.accountId), ...filled };
    const candidates = [fill(segments.slice(0, index).join('/'), account)];
    const stem = name.replace(/_id$/, '');
    if (stem !== name) {
      candidates.push(fill([...segments.slice(0, index - 1), plural(stem)].join('/'), account));
      candidates.push(`/api/v1/accounts/${this.options.accountId}/${plural(stem)}`);
    }
    const param = this.contract.parameters(op).find((p) => p.in === 'path' && p.name === name);
    const bySlug = /slug/i.test(String(param?.description ?? ''));
    for (const candidate of candidates) {
      const item = this.lists.get(candidate);
      if (!item) continue;
      const value = bySlug ? (item.slug ?? item.id) : item.id;
      if (value !== undefined && value !== null) return String(value);
    }
    return undefined;
  }

  async readWalk(): Promise<void> {
    const now = Date.now();
    const queries = presets(now);
    const gets = this.contract.operations
      .filter((op) => op.method === 'get' && op.api === 'application')
      .map((op, i) => ({ op, i }))
      .sort((a, b) => a.op.paramNames.length - b.op.paramNames.length || a.i - b.i)
      .map(({ op }) => op);
    for (const op of gets) {
      if (this.aborted()) return;
      const params: Record<string, string> = {};
      let missing: string | undefined;
      for (const name of op.paramNames) {
        if (name === 'account_id') continue;
        const value = this.resolve(op, name, params);
        if (value === undefined) {
          missing = name;
          break;
        }
        params[name] = value;
      }
      if (missing) {
        this.skip('read', op, `no value for {${missing}}: nothing listed to take it from`);
        continue;
      }
      const query = queries[op.operationId] ?? this.requiredQuery(op);
      const { answer } = await this.exchange('read', op, params, query);
      if (answer && answer.status >= 200 && answer.status < 300) {
        const item = firstListItem(parseBody(answer));
        const path = fill(op.path, { account_id: String(this.options.accountId), ...params });
        if (item && !this.lists.has(path)) this.lists.set(path, item);
      }
    }
  }

  /** Required query parameters of an operation without a preset: their example, default or first enum value. */
  private requiredQuery(op: Operation): Query | undefined {
    const query: Query = {};
    for (const p of this.contract.parameters(op)) {
      if (p.in !== 'query' || !p.required) continue;
      const value = p.example ?? p.schema?.example ?? p.schema?.default ?? p.schema?.enum?.[0];
      if (value !== undefined) query[p.name] = value;
    }
    return Object.keys(query).length ? query : undefined;
  }

  async writeScenario(run: string): Promise<string[]> {
    const state: State = {};
    const pending = new Map<string, { operationId: string; params: Record<string, string>; what: string }>();
    const leftBehind = this.leftBehind;
    try {
      for (const step of scenario(run)) {
        const op = this.contract.operation(step.operationId);
        if (!op) {
          this.skip('write', { operationId: step.operationId, method: '?', path: '?' }, 'not in the spec');
          continue;
        }
        if (this.aborted()) {
          this.skip('write', op, 'aborted');
          continue;
        }
        const missing = (step.needs ?? []).find((key) => state[key] === undefined);
        if (missing) {
          this.skip('write', op, `an earlier step did not give ${missing}`);
          continue;
        }
        const params = step.params?.(state) ?? {};
        const { answer } = await this.exchange('write', op, params, undefined, step.body?.(state));
        if (!answer || answer.status < 200 || answer.status >= 300) continue;
        const body = parseBody(answer);
        step.save?.(state, body);
        if (step.cleanup) {
          try {
            pending.set(step.cleanup.key, {
              operationId: step.cleanup.operationId,
              params: step.cleanup.params(state),
              what: step.cleanup.what,
            });
          } catch {
            // no id to delete it by: reported by the missing id's later steps
          }
        }
        if (step.releases) pending.delete(step.releases);
      }
    } finally {
      // Whatever the scenario created and did not delete itself: newest first (notes before contacts).
      for (const [, item] of [...pending].reverse()) {
        const op = this.contract.operation(item.operationId);
        const label = `${item.what} ${Object.values(item.params).join('/')}`;
        if (!op || this.unreachable || Object.values(item.params).some((v) => v === undefined)) {
          leftBehind.push(label);
          continue;
        }
        const { answer } = await this.exchange('cleanup', op, item.params).catch((err: unknown) => {
          if (err instanceof CheckConnectionError) return { answer: undefined };
          throw err;
        });
        if (!answer || (answer.status >= 300 && answer.status !== 404)) leftBehind.push(label);
      }
    }
    return leftBehind;
  }
}

/**
 * The server's version from its `GET /api` (`{"version": "4.1.0", …}`, no token needed), or why it
 * could not be learnt. Not fatal: the walk that follows reports an unreachable server.
 */
async function serverVersion(options: CheckOptions): Promise<{ version?: string; why: string }> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/api`;
  try {
    const res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      redirect: 'follow',
    });
    const text = await res.text();
    if (!res.ok) return { why: `GET /api answered ${res.status}` };
    let version: unknown;
    try {
      version = (JSON.parse(text) as { version?: unknown }).version;
    } catch {
      return { why: 'GET /api did not answer JSON' };
    }
    if (typeof version !== 'string') return { why: 'GET /api gave no version' };
    try {
      resolveVersion(version);
    } catch (err) {
      if (err instanceof VersionError) return { why: `GET /api: ${err.message}` };
      throw err;
    }
    return { version, why: '' };
  } catch (err) {
    return { why: `GET /api failed (${(err as Error).message})` };
  }
}

function fold(calls: CallResult[]): OperationReport[] {
  const byOp = new Map<string, CallResult[]>();
  for (const call of calls) byOp.set(call.operationId, [...(byOp.get(call.operationId) ?? []), call]);
  return [...byOp.entries()].map(([operationId, list]) => {
    const outcome: Outcome = list.some((c) => c.outcome === 'fail')
      ? 'fail'
      : list.some((c) => c.outcome === 'pass')
        ? 'pass'
        : 'skip';
    return {
      operationId,
      method: list[0].method,
      route: list[0].route,
      outcome,
      statuses: [...new Set(list.flatMap((c) => (c.status === undefined ? [] : [c.status])))],
      calls: list.filter((c) => c.outcome !== 'skip').length,
      violations: dedupeViolations(list.flatMap((c) => c.violations)),
      reasons: [...new Set(list.flatMap((c) => (c.reason ? [c.reason] : [])))],
    };
  });
}

/**
 * Runs the check; never throws for what the server answers (that is the report). Throws a
 * CheckConnectionError when the server cannot be reached (after cleaning up what it can).
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  if (!/^https?:\/\//i.test(options.baseUrl))
    throw new Error(`--base-url must be an http(s) URL (got "${options.baseUrl}")`);
  if (!Number.isInteger(options.accountId) || options.accountId < 1)
    throw new Error('--account-id must be a positive integer');
  if (!options.token) throw new Error('a token is required (--token or CHATWOOT_TOKEN)');
  const notes: string[] = [];
  let checked: CheckedVersion;
  let contract = options.contract;
  if (contract) {
    checked = { version: contract.version === 'any' ? 'any' : contract.version.text, source: 'option' };
  } else if (options.chatwootVersion !== undefined) {
    contract = await loadContract({ chatwootVersion: options.chatwootVersion });
    checked = { version: resolveVersion(options.chatwootVersion).text, source: 'option' };
  } else {
    const detected = await serverVersion(options);
    if (detected.version) {
      contract = await loadContract({ chatwootVersion: detected.version });
      checked = { version: resolveVersion(detected.version).text, source: 'GET /api' };
      if (detected.version !== checked.version)
        notes.push(`GET /api says ${detected.version}: checked as ${checked.version}`);
    } else {
      contract = await loadContract();
      checked = { version: 'any', source: 'unknown' };
      notes.push(`${detected.why}: checked against every version (a key is required only when all send it)`);
    }
  }
  const started = performance.now();
  const runId = options.runId ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const runner = new Runner(contract, options);
  let leftBehind: string[] = [];
  try {
    if (options.read !== false) await runner.readWalk();
    if (options.write) leftBehind = await runner.writeScenario(runId);
  } catch (err) {
    if (!runner.unreachable || err !== runner.unreachable) throw err;
    // Once: not one failure per operation. With what the write scenario could not delete.
    throw new CheckConnectionError(options.baseUrl, runner.unreachable.cause, runner.leftBehind);
  }
  if (options.signal?.aborted) notes.push('aborted: not every operation ran');
  const operations = fold(runner.calls);
  const called = new Set(runner.calls.filter((c) => c.outcome !== 'skip').map((c) => c.operationId));
  const answered = runner.calls.filter((c) => c.status !== undefined);
  if (answered.length && answered.every((c) => c.status === 401)) {
    notes.push('every request answered 401: check the token and the account id');
  }
  if (leftBehind.length) notes.push(`could not delete (left on the server): ${leftBehind.join(', ')}`);
  // Any member may read the account: anything else means the account id or the token is wrong, and
  // the rest of the run checked error answers only.
  const account = runner.calls.find((c) => c.operationId === 'getAccount' && c.status !== undefined);
  const noAccess = account !== undefined && (account.status! < 200 || account.status! >= 300);
  if (noAccess) {
    notes.push(
      `GET /api/v1/accounts/${options.accountId} answered ${account.status}: check --account-id and the token`,
    );
  }
  const count = (severity: Violation['severity']) =>
    operations.reduce((n, o) => n + o.violations.filter((v) => v.severity === severity).length, 0);
  const summary = {
    operations: operations.length,
    passed: operations.filter((o) => o.outcome === 'pass').length,
    failed: operations.filter((o) => o.outcome === 'fail').length,
    skipped: operations.filter((o) => o.outcome === 'skip').length,
    violations: count('breaking'),
    drift: count('drift'),
  };
  return {
    baseUrl: options.baseUrl,
    accountId: options.accountId,
    write: Boolean(options.write),
    chatwootVersion: checked,
    strict: Boolean(options.strict),
    runId,
    durationMs: Math.round(performance.now() - started),
    calls: runner.calls,
    operations,
    notExercised: contract.operations.map((o) => o.operationId).filter((id) => !called.has(id)),
    leftBehind,
    notes,
    summary,
    ok:
      summary.failed === 0 &&
      summary.passed > 0 &&
      leftBehind.length === 0 &&
      !noAccess &&
      !(answered.length && answered.every((c) => c.status === 401)),
  };
}
