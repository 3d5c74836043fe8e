/**
 * Chatwoot's request spec for the platform accounts controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/platform/api/v1/accounts_controller_spec.rb, newest upstream
 * shape as stored at b437755168f69edc7bf4107e3c0d5734659432d7 (a clone; the index's chatwoot/chatwoot copy
 * ae0447787e53b1b97aae213060efc6816bae9606 is older: no index examples, `enabled_features`). See README.md.
 *
 * The spec's `account` is the default world's account 1, which the default platform app may manage (the
 * spec's permissible row). A platform app with no grant is `freshApp`. The spec sets the installation's
 * ACCOUNT_LEVEL_FEATURE_DEFAULTS; the fake's installation defaults are fixed (agent_bots, help_center,
 * macros, reports, team_management), so the feature examples expect those defaults instead.
 */
import { testFake, type TestFake } from '../helpers';
import { freshApp, platformCall } from './platform_helpers';

const SPEC = 'accounts_controller_spec.rb';
const DEFAULTS = ['agent_bots', 'help_center', 'macros', 'reports', 'team_management'];

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const call = (...args: Parameters<typeof platformCall> extends [any, ...infer R] ? R : never) =>
  platformCall(fake, ...args);

/** The account as the managing app reads it (the spec's `account.reload`). */
async function show(id: number) {
  const res = await call('get', `/accounts/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function create(body: object) {
  const res = await call('post', '/accounts', { body });
  expect(res.status).toBe(200);
  return res.body;
}

describe(`${SPEC} POST /platform/api/v1/accounts`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('post', '/accounts', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    const res = await call('post', '/accounts', { token: 'invalid', body: { name: 'Test Account' } });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: creates an account when and its permissible relationship`, async () => {
    const res = await call('post', '/accounts', { body: { name: 'Test Account' } });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Test Account');
    // The permissible row: the creating app may now read the account.
    expect((await show(res.body.id)).name).toBe('Test Account');
  });

  it(`${SPEC}: creates an account with locale`, async () => {
    const res = await call('post', '/accounts', { body: { name: 'Test Account', locale: 'es' } });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Test Account');
    expect(res.body.locale).toBe('es');
    // The installation's default features are enabled on a new account.
    expect(res.body.features.team_management).toBe(true);
  });

  it(`${SPEC}: creates an account with feature flags`, async () => {
    const body = await create({
      name: 'Test Account',
      features: { ip_lookup: true, help_center: true, disable_branding: false },
    });
    const expected = [...DEFAULTS, 'ip_lookup'];
    const created = await show(body.id);
    expect(Object.keys(created.features).sort()).toEqual(expected.sort());
    expect(body.name).toContain('Test Account');
    expect(Object.keys(body.features).sort()).toEqual(expected.sort());
    expect(body.features).not.toHaveProperty('disable_branding');
  });

  it(`${SPEC}: creates an account with limits settings`, async () => {
    const res = await call('post', '/accounts', {
      body: { name: 'Test Account', limits: { agents: 5, inboxes: 10 } },
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Test Account');
    expect(res.text).toContain('5');
    expect(res.text).toContain('10');
    expect(res.body.limits).toEqual({ agents: 5, inboxes: 10 });
  });
});

describe(`${SPEC} GET /platform/api/v1/accounts`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('get', '/accounts', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('get', '/accounts', { token: 'invalid' })).status).toBe(401);
  });

  // The spec's app manages just account1 and account2; the fresh app also manages its own tenant.
  const setUp = async () => {
    const token = freshApp(fake);
    const before = (await call('get', '/accounts', { token })).body as { name: string }[];
    const a = await call('post', '/accounts', { token, body: { name: 'Account A' } });
    const b = await call('post', '/accounts', { token, body: { name: 'Account B' } });
    expect([a.status, b.status]).toEqual([200, 200]);
    return { token, before: before.length, a: a.body.id as number, b: b.body.id as number };
  };

  it(`${SPEC}: returns all permissible accounts`, async () => {
    const { token, before } = await setUp();
    const res = await call('get', '/accounts', { token });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(before + 2);
    expect(res.body.map((acc: { name: string }) => acc.name)).toEqual(
      expect.arrayContaining(['Account A', 'Account B']),
    );
  });

  it(`${SPEC}: removes the permission when the account is destroyed and the index keeps returning 200`, async () => {
    const { token, before, a, b } = await setUp();
    expect((await call('delete', `/accounts/${a}`, { token })).status).toBe(200);
    // The permissible rows, seen through the API: account A is gone (404), B still granted (200).
    expect((await call('get', `/accounts/${a}`, { token })).status).toBe(404);
    expect((await call('get', `/accounts/${b}`, { token })).status).toBe(200);

    const res = await call('get', '/accounts', { token });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(before + 1);
    const names = res.body.map((acc: { name: string }) => acc.name);
    expect(names).toContain('Account B');
    expect(names).not.toContain('Account A');
  });
});

describe(`${SPEC} GET /platform/api/v1/accounts/{account_id}`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('get', '/accounts/1', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('get', '/accounts/1', { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    expect((await call('get', '/accounts/1', { token: freshApp(fake) })).status).toBe(401);
  });

  it(`${SPEC}: shows an account when its permissible object`, async () => {
    const res = await call('get', '/accounts/1');
    expect(res.status).toBe(200);
    // conform_schema(200): the platform account's keys (the fake checks every answer against its spec).
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'custom_attributes',
        'domain',
        'features',
        'id',
        'limits',
        'locale',
        'name',
        'status',
        'support_email',
      ].sort(),
    );
    expect(res.text).toContain('Acme Support');
  });
});

describe(`${SPEC} PATCH /platform/api/v1/accounts/{account_id}`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('patch', '/accounts/1', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    const res = await call('patch', '/accounts/1', { token: 'invalid', body: { name: 'Test Account' } });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    const token = freshApp(fake);
    const res = await call('patch', '/accounts/1', { token, body: { name: 'Test Account' } });
    expect(res.status).toBe(401);
    expect((await show(1)).name).toBe('Acme Support');
  });

  it(`${SPEC}: updates an account when its permissible object`, async () => {
    // account.enable_features!('inbox_management', 'channel_facebook')
    const enable = await call('patch', '/accounts/1', {
      body: { features: { inbox_management: true, channel_facebook: true } },
    });
    expect(enable.body.features).toMatchObject({ inbox_management: true, channel_facebook: true });

    const res = await call('patch', '/accounts/1', {
      body: {
        name: 'Test Account',
        features: { ip_lookup: true, help_center: true, channel_facebook: false },
        limits: { agents: 5, inboxes: 10 },
      },
    });
    expect(res.status).toBe(200);
    const account = await show(1);
    expect(account.name).toBe('Test Account');
    expect(Object.keys(account.features).sort()).toEqual(
      [...DEFAULTS, 'inbox_management', 'ip_lookup'].sort(),
    );
    expect(account.features.channel_facebook).toBeUndefined();
    expect(account.limits.agents).toBe(5);
    expect(account.limits.inboxes).toBe(10);
  });
});

describe(`${SPEC} DELETE /platform/api/v1/accounts/{account_id}`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('delete', '/accounts/1', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('delete', '/accounts/1', { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    expect((await call('delete', '/accounts/1', { token: freshApp(fake) })).status).toBe(401);
    await show(1);
  });

  it(`${SPEC}: destroys the object`, async () => {
    const res = await call('delete', '/accounts/1');
    expect(res.status).toBe(200);
    // DeleteObjectJob.perform_later(account): the fake deletes at once.
    expect((await call('get', '/accounts/1')).status).toBe(404);
  });
});
