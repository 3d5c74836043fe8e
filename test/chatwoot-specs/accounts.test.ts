/**
 * Chatwoot's request spec for the accounts controller (show and update), replayed over HTTP.
 * Sources: chatwoot/chatwoot spec/controllers/api/v1/accounts_controller_spec.rb at
 * b3a2a61479ec8277bd611c35c78c7de7f421f190 (GET and PUT of an account). The index's 00d09f7 holds
 * only captain-settings examples (Captain is fork-only here), so it is not ported.
 * See README.md. Each test names the spec's `it`.
 *
 * The spec's `account` is the default world's account, `admin` its administrator and `agent` its
 * agent. The spec's `user_without_access` (a user of no account) is made by the default world's
 * platform app, which hands back the user's access token. `account.reload` is read as a later GET.
 * Account signup (POST /api/v1/accounts) is not ported: see README.md. For `update_active_at` the spec's
 * agent is a user the platform app makes and adds to the account (a membership that was never active:
 * the default world's members already carry an `active_at`); `agent.account_users.first.active_at` is
 * read as that account's `active_at` in the user's profile (`accounts[]` of GET /api/v1/profile).
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'accounts_controller_spec.rb';

/** The default world's platform app (fixtures/default.yaml). */
const PLATFORM = 'acme-platform-token-0000005';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

/** A user of no account, made by the platform app (which answers the user's access token). */
const platformUser = async (name: string, email: string): Promise<{ id: number; access_token: string }> => {
  const res = await fake.http
    .post('/platform/api/v1/users')
    .set('api_access_token', PLATFORM)
    .send({ name, email, password: 'Secret1!pass' });
  expect(res.status).toBe(200);
  return res.body;
};

const accountPath = () => `/api/v1/accounts/${fake.accountId}`;
const showAccount = async () => {
  const res = await fake.http.get(accountPath()).set('api_access_token', ADMIN);
  expect(res.status).toBe(200);
  return res.body;
};

describe(`${SPEC} GET /api/v1/accounts/{account.id}`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(accountPath());
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an unauthorized user, returns unauthorized`, async () => {
    const user = await platformUser('Outsider', 'outsider@elsewhere.test');
    const res = await fake.http.get(accountPath()).set('api_access_token', user.access_token);
    // The spec's text says "unauthorized", its expectation is 404 (`current_user.accounts.find`).
    expect(res.status).toBe(404);
    // Beyond the spec: the body Chatwoot renders for RecordNotFound, and the same for a PATCH.
    expect(res.body).toEqual({ error: 'Resource could not be found' });
    const patch = await fake.http
      .patch(accountPath())
      .set('api_access_token', user.access_token)
      .send({ name: 'Taken Over' });
    expect(patch.status).toBe(404);
    expect((await showAccount()).name).not.toBe('Taken Over');
  });

  it(`${SPEC}: when it is an authenticated user, shows an account`, async () => {
    const set = await fake.http
      .patch(accountPath())
      .set('api_access_token', ADMIN)
      .send({ auto_resolve_duration: 30 });
    expect(set.status).toBe(200);
    const account = await showAccount();

    const res = await fake.http.get(accountPath()).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.text).toContain(account.name);
    expect(res.text).toContain(account.locale);
    expect(res.text).toContain(account.domain);
    expect(res.text).toContain(account.support_email);
    expect(res.text).toContain('30');
    // Beyond the spec: the duration is the one just set, under settings.
    expect(res.body.settings.auto_resolve_duration).toBe(30);
  });
});

describe(`${SPEC} PUT /api/v1/accounts/{account.id}`, () => {
  const params = {
    name: 'New Name',
    locale: 'en',
    domain: 'example.com',
    support_email: 'care@example.com',
    auto_resolve_duration: 40,
  };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.put(accountPath());
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an unauthorized user, returns unauthorized`, async () => {
    const before = await showAccount();
    const res = await fake.http.put(accountPath()).set('api_access_token', AGENT);
    expect(res.status).toBe(401);
    // Beyond the spec: the agent's refused update changes nothing.
    expect(await showAccount()).toEqual(before);
  });

  it(`${SPEC}: when it is an authenticated user, modifies an account`, async () => {
    const res = await fake.http.put(accountPath()).set('api_access_token', ADMIN).send(params);
    expect(res.status).toBe(200);
    const account = await showAccount();
    expect(account.name).toBe(params.name);
    expect(account.locale).toBe(params.locale);
    expect(account.domain).toBe(params.domain);
    expect(account.support_email).toBe(params.support_email);
    expect(account.settings.auto_resolve_duration).toBe(params.auto_resolve_duration);
  });
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/update_active_at`, () => {
  /** The spec's `agent`: a new agent of the account whose membership was never active. */
  const newAgent = async () => {
    const user = await platformUser('Active Agent', 'active.agent@acme.test');
    const joined = await fake.http
      .post(`/platform/api/v1/accounts/${fake.accountId}/account_users`)
      .set('api_access_token', PLATFORM)
      .send({ user_id: user.id, role: 'agent' });
    expect(joined.status).toBe(200);
    return user;
  };
  const activeAt = async (token: string) => {
    const res = await fake.http.get('/api/v1/profile').set('api_access_token', token);
    expect(res.status).toBe(200);
    return res.body.accounts.find((a: { id: number }) => a.id === fake.accountId)?.active_at;
  };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post(`${accountPath()}/update_active_at`);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, modifies an account`, async () => {
    const agent = await newAgent();
    expect(await activeAt(agent.access_token)).toBeNull();
    const res = await fake.http
      .post(`${accountPath()}/update_active_at`)
      .set('api_access_token', agent.access_token)
      .send({});
    expect(res.status).toBe(200);
    expect(await activeAt(agent.access_token)).not.toBeNull();
    // Beyond the spec: `head :ok`, and a time the profile renders.
    expect(res.text).toBe('');
    expect(Number.isNaN(Date.parse(await activeAt(agent.access_token)))).toBe(false);
  });

  it(`${SPEC} (beyond the spec): a user of another account gets 404 and no membership changes`, async () => {
    const outsider = await platformUser('Outsider', 'outsider@elsewhere.test');
    const res = await fake.http
      .post(`${accountPath()}/update_active_at`)
      .set('api_access_token', outsider.access_token);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
  });
});
