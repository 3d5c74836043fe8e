/**
 * Chatwoot's request spec for the platform account users controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/platform/api/v1/account_users_controller_spec.rb at
 * 8a9cde641af5ad4591e83fc9349ffc746c7a0007 (see README.md).
 *
 * The spec's `account` is the default world's account 1, which the default platform app may manage (the
 * spec's permissible row). Its `account_user`s are the world's memberships or ones added in the test; the
 * spec's account has one member, the default world's has three, so counts are read relative to before.
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';
import { platformCall } from './platform_helpers';

const SPEC = 'account_users_controller_spec.rb';

type Row = { id: number; user_id: number; account_id: number; role: string };

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const call = (...args: Parameters<typeof platformCall> extends [any, ...infer R] ? R : never) =>
  platformCall(fake, ...args);

const members = async (): Promise<Row[]> => {
  const res = await call('get', '/accounts/1/account_users');
  expect(res.status).toBe(200);
  return res.body;
};

/** The agent's user id (GET /api/v1/profile). */
async function agentId() {
  const res = await fake.http.get('/api/v1/profile').set('api_access_token', AGENT);
  expect(res.status).toBe(200);
  return res.body.id as number;
}

describe(`${SPEC} GET /platform/api/v1/accounts/{account_id}/account_users`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('get', '/accounts/1/account_users', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: returns all the account users for the account`, async () => {
    // let!(:account_user): a member added to the account (an agent invited in the dashboard).
    const invited = await fake.send(
      'post',
      '/agents',
      { name: 'New Member', email: 'new@acme.test', role: 'agent' },
      ADMIN,
    );
    expect(invited.status).toBe(200);
    const res = await call('get', '/accounts/1/account_users');
    expect(res.status).toBe(200);
    const row = (res.body as Row[]).find((m) => m.user_id === invited.body.id);
    expect(row).toEqual(expect.objectContaining({ account_id: 1, role: 'agent' }));
    expect(res.text).toContain(`"id":${row!.id}`);
  });
});

describe(`${SPEC} POST /platform/api/v1/accounts/{account_id}/account_users`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('post', '/accounts/1/account_users', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: creates a new account user for the account`, async () => {
    // create(:user): a user of no account, made through the platform API.
    const user = await call('post', '/users', {
      body: { name: 'Loose User', email: 'loose@partner.test', password: 'Password1!' },
    });
    expect(user.status).toBe(200);
    const res = await call('post', '/accounts/1/account_users', {
      body: { user_id: user.body.id, role: 'administrator' },
    });
    expect(res.status).toBe(200);
    expect(res.body.user_id).toBe(user.body.id);
    expect((await members()).find((m) => m.user_id === user.body.id)?.role).toBe('administrator');
  });

  it(`${SPEC}: updates the new account user for the account`, async () => {
    const userId = await agentId();
    expect((await members()).find((m) => m.user_id === userId)?.role).toBe('agent');
    const res = await call('post', '/accounts/1/account_users', {
      body: { user_id: userId, role: 'administrator' },
    });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('administrator');
  });
});

describe(`${SPEC} DELETE /platform/api/v1/accounts/{account_id}/account_users`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    const res = await call('delete', '/accounts/1/account_users', {
      token: null,
      body: { user_id: await agentId() },
    });
    expect(res.status).toBe(401);
    expect(await members()).toHaveLength(3);
  });

  it(`${SPEC}: returns deletes the account user`, async () => {
    const userId = await agentId();
    const before = await members();
    const res = await call('delete', '/accounts/1/account_users', { body: { user_id: userId } });
    expect(res.status).toBe(200);
    const after = await members();
    expect(after).toHaveLength(before.length - 1);
    expect(after.map((m) => m.user_id)).not.toContain(userId);
  });
});
