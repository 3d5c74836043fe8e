import { consumeSsoToken } from '../src/domain/sso';
import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

/** The default world's platform app (fixtures/default.yaml). */
const PLATFORM = 'acme-platform-token-0000005';
const INVALID = { error: 'Invalid access_token' };
const NON_PERMISSIBLE = { error: 'Non permissible resource' };
const NOT_FOUND = { status: 404, error: 'Not Found' };
const STRONG = 'Secret1!pass';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
const platform = (method: Method, path: string, body?: object, token: string | null = PLATFORM) => {
  let req = fake.http[method](`/platform/api/v1${path}`);
  if (token !== null) req = req.set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};
const app = (method: Method, path: string, token: string, body?: object) => {
  const req = fake.http[method](path).set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};

/** A user made through the Application API (an invited agent): not permissible for the platform app. */
async function appAgent(email = 'outsider@acme.test') {
  const res = await app('post', fake.path('/agents'), ADMIN, { name: 'Out Sider', email, role: 'agent' });
  expect(res.status).toBe(200);
  return res.body.id as number;
}

/** A user made through the platform API (permissible). */
async function platformUser(email = 'pat@partner.test', extra: object = {}) {
  const res = await platform('post', '/users', { name: 'Pat Partner', email, password: STRONG, ...extra });
  expect(res.status).toBe(200);
  return res.body;
}

describe('platform API auth', () => {
  it.each([
    ['no token', null],
    ['an unknown token', 'nope-nope-nope'],
    ["a user's token", ADMIN],
    ["an agent bot's token", BOT],
  ])('refuses %s with 401 Invalid access_token', async (_what, token) => {
    for (const [method, path] of [
      ['get', '/accounts'],
      ['post', '/users'],
      ['get', '/accounts/1'],
      ['delete', '/agent_bots/1'],
    ] as [Method, string][]) {
      const res = await platform(method, path, method === 'post' ? { name: 'x' } : undefined, token);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(INVALID);
    }
    expect(fake.db.users).toHaveLength(3); // nothing was created
  });

  it('refuses the platform token on the Application API', async () => {
    const res = await app('get', fake.path('/contacts'), PLATFORM);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Invalid Access Token' });
  });

  it('checks the id before the grant: unknown is 404, existing but not granted is 401', async () => {
    const other = fake.createAccount(); // another tenant, with its own platform app
    expect(other.tokens.platform).toEqual(expect.any(String));
    expect(other.tokens.platform).not.toBe(PLATFORM);
    expect((await platform('get', '/accounts/999')).body).toEqual(NOT_FOUND);
    expect((await platform('get', '/accounts/999')).status).toBe(404);
    const denied = await platform('get', `/accounts/${other.accountId}`);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual(NON_PERMISSIBLE);
    // …and the other tenant's app manages its own account only.
    expect(
      (await platform('get', `/accounts/${other.accountId}`, undefined, other.tokens.platform!)).status,
    ).toBe(200);
    expect((await platform('get', '/accounts/1', undefined, other.tokens.platform!)).body).toEqual(
      NON_PERMISSIBLE,
    );
  });
});

describe('platform accounts', () => {
  it('lists the accounts the app manages (the seeded one) as a plain array', async () => {
    const res = await platform('get', '/accounts');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: 1,
        name: 'Acme Support',
        locale: 'en',
        domain: 'support.acme.test',
        support_email: 'support@acme.test',
        features: {
          agent_bots: true,
          help_center: true,
          macros: true,
          reports: true,
          team_management: true,
        },
        custom_attributes: {},
        limits: {},
        status: 'active',
      },
    ]);
  });

  it('creates an account that the app then manages', async () => {
    const res = await platform('post', '/accounts', {
      name: 'Partner Co',
      locale: 'fr',
      support_email: 'help@partner.test',
      limits: { agents: 5 },
      custom_attributes: { plan: 'pro' },
      features: { reports: false, channel_email: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 2,
      name: 'Partner Co',
      locale: 'fr',
      domain: null,
      support_email: 'help@partner.test',
      features: {
        agent_bots: true,
        help_center: true,
        macros: true,
        team_management: true,
        channel_email: true,
      },
      custom_attributes: { plan: 'pro' },
      limits: { agents: 5 },
      status: 'active',
    });
    expect((await platform('get', '/accounts/2')).body).toEqual(res.body);
    expect((await platform('get', '/accounts')).body.map((a: any) => a.id)).toEqual([1, 2]);
    expect(fake.db.accounts.find((a) => a.id === 2)).toMatchObject({ name: 'Partner Co', locale: 'fr' });
  });

  it('answers 422 for a missing name or an unknown status, and creates nothing', async () => {
    const noName = await platform('post', '/accounts', { locale: 'en' });
    expect(noName.status).toBe(422);
    expect(noName.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });
    const badStatus = await platform('post', '/accounts', { name: 'X', status: 'closed' });
    expect(badStatus.status).toBe(422);
    expect(badStatus.body.attributes).toEqual(['status']);
    expect(fake.db.accounts).toHaveLength(1);
  });

  it('updates an account (PATCH and PUT); the Application API sees the change', async () => {
    const res = await platform('patch', '/accounts/1', {
      name: 'Acme Global',
      features: { reports: '', macros: null, campaigns: 'yes' },
      limits: { inboxes: 3 },
      custom_attributes: { tier: 'gold' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Acme Global',
      status: 'active',
      features: { agent_bots: true, help_center: true, team_management: true, campaigns: true },
      limits: { inboxes: 3 },
      custom_attributes: { tier: 'gold' },
    });
    expect(res.body.features).not.toHaveProperty('reports');
    const seen = await app('get', fake.path(''), ADMIN);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ name: 'Acme Global' });
    expect(seen.body.features).toMatchObject({ reports: false, macros: false, campaigns: true });

    const put = await platform('put', '/accounts/1', {
      domain: null,
      status: 'suspended',
      limits: { agents: 1 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      name: 'Acme Global',
      domain: null,
      status: 'suspended',
      limits: { agents: 1 },
    });
    expect(fake.db.accounts[0].status).toBe('suspended');
  });

  it('refuses a blank name on update (422), an unknown account (404) and a foreign one (401)', async () => {
    const blank = await platform('patch', '/accounts/1', { name: '  ' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });
    expect(fake.db.accounts[0].name).toBe('Acme Support');
    expect((await platform('patch', '/accounts/42', { name: 'x' })).status).toBe(404);
    const other = fake.createAccount();
    const denied = await platform('put', `/accounts/${other.accountId}`, { name: 'Mine now' });
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual(NON_PERMISSIBLE);
  });

  it('deletes an account and everything in it; users stay', async () => {
    const res = await platform('delete', '/accounts/1');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await platform('get', '/accounts/1')).status).toBe(404);
    expect((await platform('get', '/accounts')).body).toEqual([]);
    const gone = await app('get', fake.path('/contacts'), ADMIN);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'Resource could not be found' });
    for (const table of [
      'contacts',
      'conversations',
      'messages',
      'inboxes',
      'teams',
      'labels',
      'agentBots',
    ] as const) {
      expect(fake.db[table].filter((r: any) => r.account_id === 1)).toEqual([]);
    }
    expect(fake.db.accountUsers).toEqual([]);
    const ada = await platform('get', '/users/1');
    expect(ada.status).toBe(200);
    expect(ada.body).toMatchObject({ email: 'ada@acme.test', account_id: null, role: null, accounts: [] });
    // reset brings it all back
    fake.reset();
    expect((await app('get', fake.path('/contacts'), ADMIN)).status).toBe(200);
  });

  it('refuses to delete an unknown (404) or foreign (401) account', async () => {
    expect((await platform('delete', '/accounts/77')).body).toEqual(NOT_FOUND);
    const other = fake.createAccount();
    const denied = await platform('delete', `/accounts/${other.accountId}`);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual(NON_PERMISSIBLE);
    expect(fake.db.accounts.map((a) => a.id)).toContain(other.accountId);
  });
});

describe('platform account users', () => {
  it('lists the memberships as raw rows', async () => {
    const res = await platform('get', '/accounts/1/account_users');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    expect(res.body[0]).toEqual({
      id: 1,
      account_id: 1,
      user_id: 1,
      role: 'administrator',
      inviter_id: null,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      updated_at: expect.any(String),
      active_at: expect.any(String),
      availability: 'online',
      auto_offline: true,
    });
  });

  it('provisions a working tenant: account + user + membership, then the user calls the Application API', async () => {
    const account = (await platform('post', '/accounts', { name: 'Partner Co' })).body;
    const user = await platformUser();
    const res = await platform('post', `/accounts/${account.id}/account_users`, {
      user_id: user.id,
      role: 'administrator',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      account_id: account.id,
      user_id: user.id,
      role: 'administrator',
      availability: 'online',
      active_at: null,
    });
    const base = `/api/v1/accounts/${account.id}`;
    const contacts = await app('get', `${base}/contacts`, user.access_token);
    expect(contacts.status).toBe(200);
    expect(contacts.body.payload).toEqual([]);
    const created = await app('post', `${base}/contacts`, user.access_token, { name: 'First Customer' });
    expect(created.status).toBe(200);
    const agents = await app('get', `${base}/agents`, user.access_token);
    expect(agents.body.map((a: any) => a.email)).toEqual(['pat@partner.test']);
    // the user now shows the membership
    expect((await platform('get', `/users/${user.id}`)).body).toMatchObject({
      account_id: account.id,
      role: 'administrator',
      accounts: [{ id: account.id, name: 'Partner Co', active_at: null, role: 'administrator' }],
    });
    // the seeded tenant stays out of reach for this user
    expect((await app('get', fake.path('/contacts'), user.access_token)).status).toBe(401);
  });

  it('is an upsert: posting an existing member changes its role', async () => {
    const res = await platform('post', '/accounts/1/account_users', { user_id: 2, role: 'administrator' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 2, user_id: 2, role: 'administrator' });
    expect((await platform('get', '/accounts/1/account_users')).body).toHaveLength(3);
    const agent = await app('get', fake.path('/agents'), ADMIN);
    expect(agent.body.find((a: any) => a.id === 2).role).toBe('administrator');
    // any existing user may be added (only the account is checked)
    const outsider = await appAgent('elsewhere@acme.test');
    const account = (await platform('post', '/accounts', { name: 'Partner Co' })).body;
    const added = await platform('post', `/accounts/${account.id}/account_users`, { user_id: outsider });
    expect(added.status).toBe(200);
    expect(added.body.role).toBe('agent');
  });

  it('answers 422 for a missing or unknown user and an unknown role', async () => {
    for (const body of [{}, { user_id: 999 }, { user_id: 'abc' }]) {
      const res = await platform('post', '/accounts/1/account_users', body);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ message: 'User must exist', attributes: ['user'] });
    }
    const role = await platform('post', '/accounts/1/account_users', { user_id: 2, role: 'owner' });
    expect(role.status).toBe(422);
    expect(role.body.attributes).toEqual(['role']);
    expect(fake.db.accountUsers.find((m) => m.user_id === 2)!.role).toBe('agent');
  });

  it('removes a member (body user_id); the user loses access; removing a non-member is still 200', async () => {
    const res = await platform('delete', '/accounts/1/account_users', { user_id: 2 });
    expect(res.status).toBe(200);
    expect((await platform('get', '/accounts/1/account_users')).body.map((m: any) => m.user_id)).toEqual([
      1, 3,
    ]);
    const denied = await app('get', fake.path('/contacts'), AGENT);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({ error: 'You are not authorized to access this account' });
    expect(fake.db.inboxMembers.filter((m) => m.user_id === 2)).toEqual([]);
    expect(fake.db.conversations.filter((c) => c.assignee_id === 2)).toEqual([]);
    expect((await platform('delete', '/accounts/1/account_users', { user_id: 2 })).status).toBe(200);
    expect((await platform('delete', '/accounts/1/account_users')).status).toBe(200);
  });

  it('checks the account: unknown is 404, foreign is 401', async () => {
    const other = fake.createAccount();
    for (const [method, body] of [
      ['get', undefined],
      ['post', { user_id: 1 }],
      ['delete', { user_id: 1 }],
    ] as [Method, object | undefined][]) {
      const unknown = await platform(method, '/accounts/50/account_users', body);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual(NOT_FOUND);
      const foreign = await platform(method, `/accounts/${other.accountId}/account_users`, body);
      expect(foreign.status).toBe(401);
      expect(foreign.body).toEqual(NON_PERMISSIBLE);
    }
    expect(fake.db.accountUsers.filter((m) => m.account_id === other.accountId)).toHaveLength(3);
  });
});

describe('platform users', () => {
  it('creates a confirmed user with top-level params and renders the platform user view', async () => {
    const res = await platform('post', '/users', {
      name: 'Pat Partner',
      display_name: 'Pat',
      email: 'Pat@Partner.test',
      password: STRONG,
      custom_attributes: { crm_id: 'c-1' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: expect.any(String),
      account_id: null,
      available_name: 'Pat',
      avatar_url: '',
      confirmed: true,
      display_name: 'Pat',
      message_signature: null,
      email: 'pat@partner.test',
      id: 4,
      name: 'Pat Partner',
      provider: 'email',
      pubsub_token: expect.any(String),
      custom_attributes: { crm_id: 'c-1' },
      role: null,
      ui_settings: {},
      uid: 'pat@partner.test',
      accounts: [],
    });
    expect((await platform('get', '/users/4')).body).toEqual(res.body);
    // a user without an account has a working token but no account to use it on
    const profile = await app('get', '/api/v1/profile', res.body.access_token);
    expect(profile.status).toBe(200);
    expect(profile.body.email).toBe('pat@partner.test');
  });

  it('returns the existing user for a known email (any case), confirms it and makes it permissible', async () => {
    const id = await appAgent('invitee@acme.test');
    expect(fake.db.users.find((u) => u.id === id)!.confirmed).toBe(false);
    expect((await platform('get', `/users/${id}`)).body).toEqual(NON_PERMISSIBLE);
    const res = await platform('post', '/users', {
      email: 'INVITEE@acme.test',
      name: 'Ignored',
      password: 'weak',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, name: 'Out Sider', confirmed: true, role: 'agent', account_id: 1 });
    expect((await platform('get', `/users/${id}`)).status).toBe(200);
    expect(fake.db.users).toHaveLength(4);
  });

  it.each([
    [{ name: 'A', email: 'a@x.test' }, "Password can't be blank", ['password']],
    [
      { name: 'A', email: 'a@x.test', password: 'abc' },
      'Password is too short (minimum is 6 characters), Password must contain at least 1 uppercase letter, ' +
        'Password must contain at least 1 number, Password must contain at least 1 special character',
      ['password'],
    ],
    [{ name: 'A', email: 'not-an-email', password: STRONG }, 'Email is invalid', ['email']],
    [{ name: 'A', password: STRONG }, "Email can't be blank", ['email']],
    [{ email: 'a@x.test', password: STRONG }, "Name can't be blank", ['name']],
  ])('answers 422 for an invalid new user (%j)', async (body, message, attributes) => {
    const res = await platform('post', '/users', body);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message, attributes });
    expect(fake.db.users).toHaveLength(3);
  });

  it('updates a user: custom attributes merged, email applied at once (PATCH and PUT)', async () => {
    const user = await platformUser('pat@partner.test', { custom_attributes: { a: 1, b: 2 } });
    const res = await platform('patch', `/users/${user.id}`, {
      name: 'Patricia',
      email: 'patricia@partner.test',
      custom_attributes: { b: 3, c: 4 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Patricia',
      email: 'patricia@partner.test',
      uid: 'patricia@partner.test',
      custom_attributes: { a: 1, b: 3, c: 4 },
    });
    const put = await platform('put', `/users/${user.id}`, { display_name: 'Trish', password: 'N3w-secret' });
    expect(put.status).toBe(200);
    expect(put.body.available_name).toBe('Trish');
    expect(fake.db.users.find((u) => u.id === user.id)!.password).toBe('N3w-secret');
    // seeded users are granted to the seeded platform app
    expect((await platform('patch', '/users/2', { name: 'Grace B. Hopper' })).body.name).toBe(
      'Grace B. Hopper',
    );
  });

  it('refuses an invalid update (422), an unknown user (404) and a foreign one (401)', async () => {
    const taken = await platform('patch', '/users/2', { email: 'ADA@acme.test' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    const weak = await platform('patch', '/users/2', { password: '' });
    expect(weak.body).toEqual({ message: "Password can't be blank", attributes: ['password'] });
    expect(fake.db.users.find((u) => u.id === 2)!.email).toBe('grace@acme.test');
    expect((await platform('patch', '/users/404', { name: 'x' })).body).toEqual(NOT_FOUND);
    const outsider = await appAgent();
    const denied = await platform('put', `/users/${outsider}`, { name: 'x' });
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual(NON_PERMISSIBLE);
  });

  it('deletes a user: memberships go and the token stops working', async () => {
    const res = await platform('delete', '/users/2');
    expect(res.status).toBe(200);
    expect((await platform('get', '/users/2')).status).toBe(404);
    const denied = await app('get', fake.path('/contacts'), AGENT);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({ error: 'Invalid Access Token' });
    const agents = await app('get', fake.path('/agents'), ADMIN);
    expect(agents.body.map((a: any) => a.id)).not.toContain(2);
    expect(fake.db.teamMembers.filter((m) => m.user_id === 2)).toEqual([]);
    expect((await platform('delete', '/users/2')).status).toBe(404);
    const outsider = await appAgent();
    expect((await platform('delete', `/users/${outsider}`)).body).toEqual(NON_PERMISSIBLE);
  });

  it('gives a single-use SSO login URL, valid 5 minutes by the store clock', async () => {
    const res = await platform('get', '/users/1/login');
    expect(res.status).toBe(200);
    const url = new URL(res.body.url);
    expect(url.pathname).toBe('/app/login');
    expect(url.searchParams.get('email')).toBe('ada@acme.test');
    const token = url.searchParams.get('sso_auth_token')!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.url).toContain('email=ada%40acme.test&');
    expect(consumeSsoToken(fake.store, 'ada@acme.test', 'f'.repeat(64))).toBeUndefined();
    expect(consumeSsoToken(fake.store, 'grace@acme.test', token)).toBeUndefined();
    expect(consumeSsoToken(fake.store, 'ADA@acme.test', token)?.id).toBe(1);
    expect(consumeSsoToken(fake.store, 'ada@acme.test', token)).toBeUndefined(); // used up

    const second = new URL((await platform('get', '/users/1/login')).body.url).searchParams.get(
      'sso_auth_token',
    )!;
    expect(second).not.toBe(token);
    fake.clock.advance('5m');
    expect(consumeSsoToken(fake.store, 'ada@acme.test', second)).toBeUndefined(); // expired
  });

  it('the SSO link signs the user in once through POST /auth/sign_in', async () => {
    const user = await platformUser();
    const url = new URL((await platform('get', `/users/${user.id}/login`)).body.url);
    const body = {
      email: url.searchParams.get('email'),
      sso_auth_token: url.searchParams.get('sso_auth_token'),
    };
    const first = await fake.http.post('/auth/sign_in').send(body);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ id: user.id, email: 'pat@partner.test' });
    const again = await fake.http.post('/auth/sign_in').send(body);
    expect(again.status).toBe(401);
  });

  it('an SSO token works just before it expires', async () => {
    const url = new URL((await platform('get', '/users/3/login')).body.url);
    fake.clock.advance('4m');
    expect(consumeSsoToken(fake.store, 'alan@acme.test', url.searchParams.get('sso_auth_token')!)?.id).toBe(
      3,
    );
  });

  it("returns the user's API token", async () => {
    const res = await platform('post', '/users/2/token');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: AGENT,
      expiry: null,
      user: {
        id: 2,
        name: 'Grace Hopper',
        display_name: null,
        email: 'grace@acme.test',
        pubsub_token: expect.any(String),
      },
    });
  });

  it('login and token check the user: unknown 404, foreign 401', async () => {
    const outsider = await appAgent();
    for (const [method, suffix] of [
      ['get', 'login'],
      ['post', 'token'],
    ] as [Method, string][]) {
      expect((await platform(method, `/users/999/${suffix}`)).body).toEqual(NOT_FOUND);
      const denied = await platform(method, `/users/${outsider}/${suffix}`);
      expect(denied.status).toBe(401);
      expect(denied.body).toEqual(NON_PERMISSIBLE);
    }
    expect(fake.db.ssoAuthTokens).toEqual([]);
  });
});

describe('platform agent bots', () => {
  const seededBot = {
    id: 1,
    name: 'Acme Helper Bot',
    description: 'Answers the easy questions first.',
    avatar_url: '',
    outgoing_url: 'http://127.0.0.1:9/acme-bot',
    bot_type: 'webhook',
    bot_config: {},
    account_id: 1,
    access_token: BOT,
  };

  it('lists the bots the app manages', async () => {
    const res = await platform('get', '/agent_bots');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([seededBot]);
  });

  it('creates an account bot and a system bot; both show in the Application API', async () => {
    const own = await platform('post', '/agent_bots', {
      name: 'Order Bot',
      description: 'Tracks orders',
      outgoing_url: 'https://bots.partner.test/orders',
      account_id: 1,
    });
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      id: 2,
      name: 'Order Bot',
      description: 'Tracks orders',
      avatar_url: '',
      outgoing_url: 'https://bots.partner.test/orders',
      bot_type: 'webhook',
      bot_config: {},
      account_id: 1,
      access_token: expect.any(String),
    });
    const system = await platform('post', '/agent_bots', {
      name: 'Captain',
      outgoing_url: 'https://captain.test',
    });
    expect(system.status).toBe(200);
    expect(system.body.account_id).toBeNull();
    const listed = await app('get', fake.path('/agent_bots'), ADMIN);
    expect(listed.body.map((b: any) => [b.id, b.system_bot])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect((await platform('get', '/agent_bots')).body.map((b: any) => b.id)).toEqual([1, 2, 3]);
    // connected to an inbox, the new bot's token works on the Application API
    const inbox = fake.db.inboxes[0];
    const bound = await app('post', fake.path(`/inboxes/${inbox.id}/set_agent_bot`), ADMIN, { agent_bot: 2 });
    expect(bound.status).toBe(200);
    const conversation = fake.db.conversations.find((c) => c.inbox_id === inbox.id)!;
    const asBot = await app(
      'get',
      fake.path(`/conversations/${conversation.display_id}`),
      own.body.access_token,
    );
    expect(asBot.status).toBe(200);
  });

  it('answers 422 for an unknown account or a too long outgoing url', async () => {
    const account = await platform('post', '/agent_bots', { name: 'x', account_id: 99 });
    expect(account.status).toBe(422);
    expect(account.body).toEqual({ message: 'Account must exist', attributes: ['account'] });
    const url = await platform('post', '/agent_bots', {
      name: 'x',
      outgoing_url: `https://x.test/${'a'.repeat(2048)}`,
    });
    expect(url.status).toBe(422);
    expect(url.body).toEqual({
      message: 'Outgoing url is too long (maximum is 2048 characters)',
      attributes: ['outgoing_url'],
    });
    expect(fake.db.agentBots).toHaveLength(1);
  });

  it('shows, updates (PATCH and PUT) and removes the avatar of a bot', async () => {
    expect((await platform('get', '/agent_bots/1')).body).toEqual(seededBot);
    const res = await platform('patch', '/agent_bots/1', {
      name: 'Helper 2',
      outgoing_url: 'https://new.test/hook',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Helper 2', outgoing_url: 'https://new.test/hook' });
    const seen = await app('get', fake.path('/agent_bots/1'), ADMIN);
    expect(seen.body).toMatchObject({ name: 'Helper 2', outgoing_url: 'https://new.test/hook' });
    const put = await platform('put', '/agent_bots/1', { account_id: null, description: null });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ account_id: null, description: null });
    const avatar = await platform('delete', '/agent_bots/1/avatar');
    expect(avatar.status).toBe(200);
    expect(avatar.body).toMatchObject({ id: 1, name: 'Helper 2', avatar_url: '' });
    expect((await platform('patch', '/agent_bots/1', { account_id: 12345 })).status).toBe(422);
  });

  it('deletes a bot: its inbox bindings and token go', async () => {
    const res = await platform('delete', '/agent_bots/1');
    expect(res.status).toBe(200);
    expect((await platform('get', '/agent_bots/1')).body).toEqual(NOT_FOUND);
    expect((await platform('get', '/agent_bots')).body).toEqual([]);
    expect(fake.db.agentBotInboxes).toEqual([]);
    const conversation = fake.db.conversations[0];
    const asBot = await app('get', fake.path(`/conversations/${conversation.display_id}`), BOT);
    expect(asBot.status).toBe(401);
  });

  it('checks the bot: unknown is 404, one the app did not create is 401', async () => {
    const made = await app('post', fake.path('/agent_bots'), ADMIN, { name: 'Dashboard Bot' });
    expect(made.status).toBe(200);
    for (const [method, suffix, body] of [
      ['get', '', undefined],
      ['patch', '', { name: 'x' }],
      ['put', '', { name: 'x' }],
      ['delete', '', undefined],
      ['delete', '/avatar', undefined],
    ] as [Method, string, object | undefined][]) {
      const unknown = await platform(method, `/agent_bots/999${suffix}`, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual(NOT_FOUND);
      const denied = await platform(method, `/agent_bots/${made.body.id}${suffix}`, body);
      expect(denied.status).toBe(401);
      expect(denied.body).toEqual(NON_PERMISSIBLE);
    }
    expect(fake.db.agentBots.find((b) => b.id === made.body.id)!.name).toBe('Dashboard Bot');
  });
});
