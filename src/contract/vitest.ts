/**
 * `chatwoot-fake/vitest`: the `toMatchChatwootSpec()` matcher for vitest, typed for vitest's
 * `expect` (its `Assertion` and asymmetric matchers). Register it in a setup file:
 *
 * ```ts
 * // vitest.setup.ts  (vitest.config.ts: test: { setupFiles: ['./vitest.setup.ts'] })
 * import { beforeAll, expect } from 'vitest';
 * import { chatwootMatchers, loadContract } from 'chatwoot-fake/vitest';
 *
 * expect.extend(chatwootMatchers);
 * beforeAll(() => loadContract()); // the matcher is synchronous: load the spec first
 * ```
 *
 * Separate from `chatwoot-fake/jest` so that each declares only its own runner's types: a jest
 * project needs no vitest, and a vitest project no jest.
 */
import type { Assertion } from 'vitest';
import type { ChatwootMatchers } from './matcher';

export { checkRequest, checkResponse, loadContract } from './checker';
export { chatwootMatchers, toMatchChatwootSpec } from './matcher';
export type { ChatwootMatchers, MatcherThis } from './matcher';
export type { MatchOptions, RequestInput, ResponseInput } from './inputs';
export type { Violation, ViolationKind } from './violations';

/**
 * What vitest's `expect(value)` returns, toMatchChatwootSpec included. (Also what makes TypeScript
 * load vitest's types, so that the augmentation below applies in any program that imports this.)
 */
export type VitestAssertion<T = unknown> = Assertion<T>;

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends ChatwootMatchers<void> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends ChatwootMatchers<void> {}
}
