/**
 * Chatwoot's rack-attack throttles (config/initializers/rack_attack.rb, newest upstream), as a table:
 * each names what it counts a request by — the client's IP, the email it signs in with, the account of
 * its path — or nothing (not counted). Off by default, as in Chatwoot outside production; on with
 * `rateLimit: { rackAttack: true }`, `--rack-attack`, or `fake.rateLimit({ rackAttack: true })`.
 * The windows and the 429 are http/rate-limit.ts's.
 *
 * How rack-attack reads a request, kept here:
 * - `path_without_extentions`: the raw path up to its first dot (`/auth/sign_in.json` is `/auth/sign_in`);
 *   the account rules match an unanchored pattern against the whole path.
 * - A discriminator goes through rack-attack's default normaliser (`to_s.strip.downcase`); an empty
 *   one still counts (a sign-in without an email shares one counter), nil does not.
 * - Throttles are checked in the file's order and the first one over answers: those after it do not
 *   count that request.
 *
 * Not here: the super admin console's two throttles (the fake has no super admin console).
 * The widget's contact throttle is written for `/api/v1/widget/contacts`, while the route is
 * `/api/v1/widget/contact` (`resource :contact`): in Chatwoot it never limits a contact update, and
 * here neither — it counts only PATCH/PUT to the plural path, which answers 404.
 */
import type { IncomingMessage } from 'node:http';
import { blank, isHash, present } from '../rails/casts';
import { parseParams } from './body';
import { FakeInputError } from './errors';
import { splitUrl } from './request';

/** What a throttle reads of a request. */
export interface ThrottleRequest {
  method: string;
  /** The raw path, without the query string. */
  path: string;
  /** The peer's address (Rack's `req.ip` with no proxy in front). */
  ip: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Rails' params: the query's, then the body's where the query has none (read only when needed). */
  param: (name: string) => unknown;
}

export interface Throttle {
  /** rack-attack's name of the throttle. */
  name: string;
  limit: number;
  periodMs: number;
  /** What a request is counted by (for the listing). */
  by: 'ip' | 'email' | 'account' | 'user and account';
  /** One of the widget's throttles (ENABLE_RACK_ATTACK_WIDGET_API). */
  widget?: boolean;
  /** The discriminator, or undefined when the throttle does not count the request. */
  key: (req: ThrottleRequest) => string | undefined;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** `path_without_extentions`: the path up to its first dot. */
const bare = (path: string) => /^[^.]*/.exec(path)![0];

/** By IP when the request is `method` to `path` (extension stripped). */
const ipOn =
  (methods: string[], path: string) =>
  (req: ThrottleRequest): string | undefined =>
    methods.includes(req.method) && bare(req.path) === path ? req.ip : undefined;

/** The sign-in email as the throttle reads it: `presence`, `to_s`, downcased, without whitespace. */
const emailOn =
  (path: string) =>
  (req: ThrottleRequest): string | undefined => {
    if (req.method !== 'POST' || bare(req.path) !== path) return undefined;
    const email = req.param('email');
    const text = blank(email) || typeof email === 'object' ? '' : String(email);
    return text.toLowerCase().replace(/\s+/g, '');
  };

/** The account id of a path matching `pattern` (unanchored, as the initializer's regexes). */
const accountOf =
  (pattern: RegExp) =>
  (req: ThrottleRequest): string | undefined =>
    pattern.exec(req.path)?.[1];

const header = (req: ThrottleRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

const REPORTS = /\/api\/v2\/accounts\/(\d+)\/reports/;

/** Chatwoot's throttles in the initializer's order, with its default limits. */
export const THROTTLES: readonly Throttle[] = [
  { name: 'req/ip', limit: 3000, periodMs: MINUTE, by: 'ip', key: (req) => req.ip },
  { name: 'login/ip', limit: 5, periodMs: 5 * MINUTE, by: 'ip', key: ipOn(['POST'], '/auth/sign_in') },
  { name: 'login/email', limit: 10, periodMs: 15 * MINUTE, by: 'email', key: emailOn('/auth/sign_in') },
  {
    name: 'reset_password/ip',
    limit: 5,
    periodMs: 30 * MINUTE,
    by: 'ip',
    key: ipOn(['POST'], '/auth/password'),
  },
  { name: 'reset_password/email', limit: 5, periodMs: HOUR, by: 'email', key: emailOn('/auth/password') },
  {
    name: 'resend_confirmation/ip',
    limit: 5,
    periodMs: 30 * MINUTE,
    by: 'ip',
    key: ipOn(['POST'], '/api/v1/profile/resend_confirmation'),
  },
  { name: 'accounts/ip', limit: 5, periodMs: 30 * MINUTE, by: 'ip', key: ipOn(['POST'], '/api/v1/accounts') },
  {
    name: 'api/v1/widget/conversations',
    limit: 6,
    periodMs: 12 * HOUR,
    by: 'ip',
    widget: true,
    key: ipOn(['POST'], '/api/v1/widget/conversations'),
  },
  {
    // The plural path: see the note at the top.
    name: 'api/v1/widget/contacts',
    limit: 60,
    periodMs: HOUR,
    by: 'ip',
    widget: true,
    key: ipOn(['PATCH', 'PUT'], '/api/v1/widget/contacts'),
  },
  {
    // The chat window opened without a conversation's token: a new session each time.
    name: 'widget?website_token={website_token}&cw_conversation={x-auth-token}',
    limit: 5,
    periodMs: HOUR,
    by: 'ip',
    widget: true,
    key: (req) => (bare(req.path) === '/widget' && blank(req.param('cw_conversation')) ? req.ip : undefined),
  },
  {
    name: '/api/v1/accounts/:account_id/conversations/:conversation_id/transcript',
    limit: 30,
    periodMs: HOUR,
    by: 'account',
    key: accountOf(/\/api\/v1\/accounts\/(\d+)\/conversations\/\d+\/transcript/),
  },
  {
    name: '/api/v1/accounts/:account_id/upload',
    limit: 60,
    periodMs: HOUR,
    by: 'account',
    key: accountOf(/\/api\/v1\/accounts\/(\d+)\/upload/),
  },
  {
    // RATE_LIMIT_CONTACT_SEARCH
    name: '/api/v1/accounts/:account_id/contacts/search',
    limit: 100,
    periodMs: MINUTE,
    by: 'account',
    key: accountOf(/\/api\/v1\/accounts\/(\d+)\/contacts\/search/),
  },
  {
    // RATE_LIMIT_REPORTS_API_USER_LEVEL: by the `uid` header (a session), else the access token.
    name: '/api/v2/accounts/:account_id/reports/user',
    limit: 100,
    periodMs: MINUTE,
    by: 'user and account',
    key: (req) => {
      const account = REPORTS.exec(req.path)?.[1];
      const uid = header(req, 'uid');
      const user = blank(uid) ? header(req, 'api_access_token') : uid;
      return account !== undefined && !blank(user) ? `${user}:${account}` : undefined;
    },
  },
  {
    // RATE_LIMIT_REPORTS_API_ACCOUNT_LEVEL
    name: '/api/v2/accounts/:account_id/reports',
    limit: 1000,
    periodMs: MINUTE,
    by: 'account',
    key: accountOf(REPORTS),
  },
];

/**
 * A request as rack-attack's throttles read it (http/rack-attack.ts): the raw path, the peer's address
 * (Express's req.ip without a trusted proxy), and Rails' params — the query's, else the body's (when
 * `withBody`: one the body step parsed) — read only when a throttle asks.
 */
export function throttleRequest(
  req: IncomingMessage & { body?: unknown },
  parsedQuery: () => Record<string, unknown> | undefined,
  withBody: boolean,
): ThrottleRequest {
  const [path, search] = splitUrl(req.url ?? '');
  let query: Record<string, unknown> | undefined;
  return {
    method: req.method ?? 'GET',
    path,
    ip: req.socket?.remoteAddress,
    headers: req.headers,
    param: (name) => {
      if (!query) {
        try {
          query = parsedQuery() ?? (search ? parseParams(search.slice(1)) : {});
        } catch {
          query = {}; // a query Rails refuses is answered later; no throttle reads it
        }
      }
      const body = withBody && isHash(req.body) ? (req.body as Record<string, unknown>) : {};
      return present(query[name]) ? query[name] : body[name];
    },
  };
}

/** rack-attack's default discriminator normaliser. */
export const normalizeDiscriminator = (key: string): string => key.trim().toLowerCase();

/** What can be set of the throttles: Chatwoot's environment variables, and the fake's limit options. */
export interface RackAttackOptions {
  /** ENABLE_RACK_ATTACK_WIDGET_API (default true): the three widget throttles. */
  widget?: boolean;
  /**
   * Limits by throttle name, in place of the defaults (as RACK_ATTACK_LIMIT sets `req/ip`'s,
   * RATE_LIMIT_CONTACT_SEARCH the contact search's, …).
   */
  limits?: Record<string, number>;
}

/** The throttles a fake runs with these options. */
export function throttlesFor(options: RackAttackOptions): Throttle[] {
  return THROTTLES.filter((t) => options.widget !== false || !t.widget).map((t) => {
    const limit = options.limits?.[t.name];
    return limit === undefined ? t : { ...t, limit };
  });
}

/** Checks the user's `rackAttack` options; throws FakeInputError naming the bad field. */
export function checkRackAttackOptions(raw: unknown): RackAttackOptions {
  if (raw === true) return {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FakeInputError('"rackAttack" must be true, false or { widget?, limits? }');
  }
  const options = raw as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (key !== 'widget' && key !== 'limits') throw new FakeInputError(`unknown rackAttack field "${key}"`);
  }
  if (options.widget !== undefined && typeof options.widget !== 'boolean') {
    throw new FakeInputError('"rackAttack.widget" must be true or false');
  }
  const limits = options.limits;
  if (limits !== undefined) {
    if (!limits || typeof limits !== 'object' || Array.isArray(limits)) {
      throw new FakeInputError('"rackAttack.limits" must be an object of limits by throttle name');
    }
    for (const [name, limit] of Object.entries(limits)) {
      if (!THROTTLES.some((t) => t.name === name)) {
        throw new FakeInputError(
          `no rack-attack throttle named "${name}" (there are: ${THROTTLES.map((t) => t.name).join(', ')})`,
        );
      }
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
        throw new FakeInputError(`"rackAttack.limits" of "${name}" must be a positive integer`);
      }
    }
  }
  return {
    ...(options.widget !== undefined ? { widget: options.widget as boolean } : {}),
    ...(limits !== undefined ? { limits: { ...(limits as Record<string, number>) } } : {}),
  };
}
