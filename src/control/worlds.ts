/**
 * The harness's side of worlds and accounts: reset to the seeded state, reset one account, seed
 * more accounts. Reading, validating and seeding worlds are src/fixtures/'s; checkpoints and
 * per-account baselines are the store's.
 */
import { parseWorld, readWorld, seedAccount, validateWorld, yaml, type World } from '../fixtures';
import { FakeInputError } from '../http/errors';
import type { Store } from '../store';
import type { FakeAccount } from './harness';

/** A world as an object, its YAML/JSON text, or a path to a `.yaml`/`.yml`/`.json` file. */
export type SeedInput = string | Record<string, unknown>;

export interface AccountOptions {
  /** Seed of the account's generated data and derived tokens (default: the fake's seed). */
  seed?: number;
  /** Extra faker-generated contacts / conversations in the new account. */
  contacts?: number;
  conversations?: number;
  /** Extra generated messages, spread over the generated conversations. */
  messages?: number;
  /** The account's name (default: the world's). */
  name?: string;
  /** The world to seed (default: the default world): as for `seed()`. */
  fixtures?: SeedInput;
  /** Append the world's sections to the default world's instead of replacing it. */
  merge?: boolean;
}

export interface WorldsApi {
  resetAll(): void;
  resetAccount(accountId: number): void;
  createAccount(options: AccountOptions): FakeAccount;
}

/** Errors in a user's world are bad input (400); WorldError messages name file:line and field. */
function asInput<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FakeInputError) throw err;
    throw new FakeInputError((err as Error).message ?? String(err));
  }
}

/** Whether a world given as a string is a file path (one line ending in .yaml, .yml or .json), not text. */
export function isWorldPath(input: string): boolean {
  const text = input.trim();
  return !text.includes('\n') && /\.(ya?ml|json)$/i.test(text);
}

/** Reads a world given as a path, text or object; a world without an account is merged into the default. */
export function worldFrom(input: SeedInput, sourceName: string, merge?: boolean): World {
  if (typeof input === 'string') {
    const text = input.trim();
    if (!text) throw new FakeInputError('the world is empty');
    if (isWorldPath(text)) {
      return asInput(() => readWorld(text, { merge }));
    }
    let hasAccount = true;
    try {
      const parsed = yaml().parse(input) as unknown;
      hasAccount = !!parsed && typeof parsed === 'object' && 'account' in parsed;
    } catch {
      // parseWorld reports the syntax error with its line
    }
    return asInput(() => parseWorld(input, sourceName, { merge: merge ?? !hasAccount }));
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new FakeInputError('a world must be an object (a YAML mapping)');
  }
  return asInput(() => validateWorld(input, sourceName, { merge: merge ?? !('account' in input) }));
}

export function worldsApi(store: Store, main: FakeAccount, baseSeed?: number): WorldsApi {
  // The seeded world: reset() rolls back to it in O(changes since). seedWorld makes it the main
  // account's baseline; a store seeded some other way gets one here.
  let seeded = store.baselineOf(main.accountId);
  if (!seeded) {
    seeded = store.checkpoint();
    store.setBaseline(main.accountId, seeded);
  }
  const mark = seeded;

  return {
    resetAll: () => store.rollback(mark),
    resetAccount: (accountId) => {
      if (!store.baselineOf(accountId)) {
        throw new FakeInputError(
          `account ${accountId} was not seeded by the fake: nothing to reset it to`,
          404,
        );
      }
      store.resetAccount(accountId);
    },
    createAccount: (options) => {
      const world =
        options.fixtures === undefined ? undefined : worldFrom(options.fixtures, 'world', options.merge);
      const account = asInput(() =>
        seedAccount(store, world, {
          seed: options.seed ?? baseSeed,
          contacts: options.contacts,
          conversations: options.conversations,
          messages: options.messages,
          name: options.name,
        }),
      );
      return {
        accountId: account.accountId,
        tokens: { ...account.tokens },
        accessTokens: { ...account.accessTokens },
        passwords: { ...account.passwords },
      };
    },
  };
}
