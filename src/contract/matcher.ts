/**
 * The `toMatchChatwootSpec()` matcher itself, for any `expect` that takes `expect.extend` matchers
 * (jest, @jest/globals, vitest). Registering it and declaring it to TypeScript is the job of
 * `chatwoot-fake/jest` (jest.ts) and `chatwoot-fake/vitest` (vitest.ts); this module does neither.
 */
import { loadedContract } from './checker';
import type { MatchOptions } from './inputs';
import { describeViolations } from './report';
import { failing, type Violation } from './violations';

/** The matcher's TypeScript declaration, as the `expect` augmentations add it. */
export interface ChatwootMatchers<R = unknown> {
  /**
   * The response (supertest, axios, a fetch Response with `{ body }`, or a plain
   * `{ method, path, status, headers, body }`) matches the bundled Chatwoot spec: a documented
   * path, method and status, the documented Content-Type, and a body that fits the schema.
   */
  toMatchChatwootSpec(options?: MatchOptions): R;
}

/** What the matcher reads of `this` (jest's and vitest's matcher state both have it). */
export interface MatcherThis {
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
  const contract = loadedContract(options);
  if (!contract) {
    const load = options.chatwootVersion
      ? `\`await loadContract({ chatwootVersion: '${options.chatwootVersion}' })\` in a beforeAll.`
      : 'Import "chatwoot-fake/jest" at the top of the test file (or in setupFilesAfterEach), or `await loadContract()` in a beforeAll.';
    throw new Error(`toMatchChatwootSpec: the spec is not loaded yet. ${load}`);
  }
  let violations: Violation[];
  try {
    // Drift notices (keys the spec does not know) fail only in strict mode.
    violations = failing(contract.checkResponse(received, options), options.strict);
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

/** `expect.extend(chatwootMatchers)`. */
export const chatwootMatchers = { toMatchChatwootSpec };
