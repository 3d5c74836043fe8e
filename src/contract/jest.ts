/**
 * `chatwoot-fake/jest`: the `toMatchChatwootSpec()` matcher. Importing this module registers it
 * (and loads the spec before the first test, so the matcher itself is synchronous).
 *
 * ```ts
 * import 'chatwoot-fake/jest';
 *
 * const res = await request(app).get('/api/v1/accounts/1/contacts').set('api_access_token', token);
 * expect(res).toMatchChatwootSpec();                               // supertest / superagent / axios
 *
 * const r = await fetch(`${url}/api/v1/accounts/1/contacts`, { method: 'POST', headers, body });
 * expect(r).toMatchChatwootSpec({ method: 'POST', body: await r.json() });   // fetch: pass the body
 *
 * expect({ method: 'GET', path: '/api/v1/accounts/1/agents', status: 200,
 *          headers: { 'content-type': 'application/json' }, body: agents }).toMatchChatwootSpec();
 * ```
 */
import { checkRequest, checkResponse, loadContract, loadedContract } from './checker';
import type { MatchOptions } from './inputs';
import { describeViolations } from './report';
import type { Violation } from './violations';

export type { MatchOptions, RequestInput, ResponseInput } from './inputs';
export type { Violation, ViolationKind } from './violations';
export { checkRequest, checkResponse, loadContract };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
    interface Matchers<R, T = {}> {
      /**
       * The response (supertest, axios, a fetch Response with `{ body }`, or a plain
       * `{ method, path, status, headers, body }`) matches the bundled Chatwoot spec: a documented
       * path, method and status, the documented Content-Type, and a body that fits the schema.
       */
      toMatchChatwootSpec(options?: MatchOptions): R;
    }
  }
}

interface MatcherThis {
  isNot?: boolean;
  utils?: { matcherHint?: (name: string, received?: string, expected?: string, options?: object) => string };
}

function hint(ctx: MatcherThis): string {
  return (
    ctx.utils?.matcherHint?.('toMatchChatwootSpec', 'response', '', { isNot: ctx.isNot }) ??
    `expect(response)${ctx.isNot ? '.not' : ''}.toMatchChatwootSpec()`
  );
}

function exchange(v: Pick<Violation, 'method' | 'path' | 'status' | 'operationId'>): string {
  return `${v.method} ${v.path} → ${v.status ?? '?'}${v.operationId ? ` (${v.operationId})` : ''}`;
}

/** The matcher, for `expect.extend({ toMatchChatwootSpec })` in a setup of your own. */
export function toMatchChatwootSpec(this: MatcherThis, received: unknown, options: MatchOptions = {}) {
  const contract = loadedContract();
  if (!contract) {
    throw new Error(
      'toMatchChatwootSpec: the spec is not loaded yet. Import "chatwoot-fake/jest" at the top of the ' +
        'test file (or in setupFilesAfterEach), or `await loadContract()` in a beforeAll.',
    );
  }
  let violations: Violation[];
  try {
    violations = contract.checkResponse(received, options);
  } catch (err) {
    return { pass: false, message: () => `${hint(this)}\n\n${(err as Error).message}` };
  }
  if (!violations.length) {
    return {
      pass: true,
      message: () => `${hint(this)}\n\nExpected the response not to match the Chatwoot spec, but it does.`,
    };
  }
  const total = violations.reduce((n, v) => n + v.count, 0);
  return {
    pass: false,
    message: () =>
      `${hint(this)}\n\n${exchange(violations[0])} does not match the Chatwoot spec ` +
      `(${total} violation${total === 1 ? '' : 's'}):\n${describeViolations(violations, '  ')}`,
  };
}

export const matchers = { toMatchChatwootSpec };

declare const expect: { extend?: (m: object) => void } | undefined;
declare const beforeAll: ((fn: () => Promise<unknown>) => void) | undefined;

// Start loading at once; the hook makes jest wait for it (and report a broken spec).
loadContract().catch(() => undefined);
if (typeof expect !== 'undefined' && typeof expect?.extend === 'function') expect.extend(matchers);
if (typeof beforeAll === 'function') {
  try {
    beforeAll(() => loadContract());
  } catch {
    // Imported from inside a test: nothing to hook; loadContract() above is already running.
  }
}
