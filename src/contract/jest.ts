/**
 * `chatwoot-fake/jest`: the `toMatchChatwootSpec()` matcher. Importing this module registers it
 * (and loads the spec before the first test, so the matcher itself is synchronous), for jest's
 * global `expect` and for `import { expect } from '@jest/globals'` alike (also with
 * `injectGlobals: false`). Vitest: `chatwoot-fake/vitest`.
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
import type { Matchers as ExpectMatchers } from 'expect';
import { checkRequest, checkResponse, loadContract } from './checker';
import { chatwootMatchers, type ChatwootMatchers } from './matcher';
import type { MatchOptions } from './inputs';

export type { MatchOptions, RequestInput, ResponseInput } from './inputs';
export type { Violation, ViolationKind } from './violations';
export type { ChatwootMatchers, MatcherThis } from './matcher';
export { checkRequest, checkResponse, loadContract, chatwootMatchers };
export { toMatchChatwootSpec } from './matcher';
/** The matchers, for `expect.extend(matchers)` in a setup of your own. */
export const matchers = chatwootMatchers;

/**
 * The matchers of `expect(…)` from '@jest/globals' (the `expect` package's), toMatchChatwootSpec
 * included. (Also what makes TypeScript load that package, so that the augmentation below applies
 * even to a program that does not import it otherwise.)
 */
export type JestMatchers<R extends void | Promise<void> = void> = ExpectMatchers<R>;

// The matcher in the types of both ways to reach jest's `expect`: the global one (@types/jest) and the
// `expect` package's, which `import { expect } from '@jest/globals'` returns.
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

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ChatwootMatchers<R> {}
}

interface JestGlobals {
  expect?: { extend?: (m: object) => void };
  beforeAll?: (fn: () => Promise<unknown>) => void;
}

declare const expect: JestGlobals['expect'] | undefined;
declare const beforeAll: JestGlobals['beforeAll'] | undefined;

/** Jest's `expect` and `beforeAll`: the injected globals, else @jest/globals (`injectGlobals: false`). */
function jestGlobals(): JestGlobals {
  if (typeof expect !== 'undefined') {
    return { expect, beforeAll: typeof beforeAll === 'function' ? beforeAll : undefined };
  }
  try {
    // Only inside a jest test environment (its module registry answers it); elsewhere it throws.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@jest/globals') as JestGlobals;
  } catch {
    return {};
  }
}

// Start loading at once; the hook makes jest wait for it (and report a broken spec).
loadContract().catch(() => undefined);
const globals = jestGlobals();
if (typeof globals.expect?.extend === 'function') globals.expect.extend(chatwootMatchers);
if (typeof globals.beforeAll === 'function') {
  try {
    globals.beforeAll(() => loadContract());
  } catch {
    // Imported from inside a test: nothing to hook; loadContract() above is already running.
  }
}
