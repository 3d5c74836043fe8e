import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const get = (token = AGENT) => fake.http.get('/api/v1/profile').set('api_access_token', token);
const patch = (body: object, token = AGENT) =>
  fake.http.patch('/api/v1/profile').set('api_access_token', token).send(body);

/** A second account Grace belongs to, to see the active account switch. */
function secondAccount() {
  const { tables } = fake.store;
  const account = tables.accounts.insert({
    ...tables.accounts.get(1)!,
    id: undefined as unknown as number,
    name: 'Acme Labs',
  });
  tables.accountUsers.insert({
    account_id: account.id,
    user_id: 2,
    role: 'administrator',
    availability: 'offline',
    auto_offline: true,
    inviter_id: 1,
    active_at: null,
    created_at: 0,
  });
  return account;
}

describe('GET /api/v1/profile', () => {
  it("renders the user partial with the user's memberships", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: AGENT,
      account_id: 1,
      available_name: 'Grace Hopper',
      avatar_url: '',
      confirmed: true,
      display_name: null,
      message_signature: null,
      email: 'grace@acme.test',
      id: 2,
      inviter_id: null,
      name: 'Grace Hopper',
      provider: 'email',
      pubsub_token: expect.any(String),
      role: 'agent',
      ui_settings: {},
      uid: 'grace@acme.test',
      type: null,
      accounts: [
        {
          id: 1,
          name: 'Acme Support',
          status: 'active',
          active_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
          role: 'agent',
          permissions: ['agent'],
          availability: 'online',
          availability_status: 'online',
          auto_offline: true,
        },
      ],
    });
  });

  it('needs a user token: no token, unknown token and bot tokens are refused', async () => {
    const none = await fake.http.get('/api/v1/profile');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
    expect((await get('nope')).body).toEqual({ error: 'Invalid Access Token' });
    const bot = await get(BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});

describe('PATCH/PUT /api/v1/profile', () => {
  it('updates name, display name, signature and ui_settings (flat or under profile)', async () => {
    const res = await patch({
      profile: { display_name: 'Amazing Grace', message_signature: '-- G', ui_settings: { theme: 'dark' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      display_name: 'Amazing Grace',
      available_name: 'Amazing Grace',
      message_signature: '-- G',
      ui_settings: { theme: 'dark' },
    });
    const put = await fake.http
      .put('/api/v1/profile')
      .set('api_access_token', AGENT)
      .send({ name: 'Grace B. Hopper', phone_number: '+15550100' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      name: 'Grace B. Hopper',
      custom_attributes: { phone_number: '+15550100' },
    });
    // ui_settings is replaced, not merged.
    const again = await patch({ ui_settings: { sidebar: 'collapsed' } });
    expect(again.body.ui_settings).toEqual({ sidebar: 'collapsed' });
    expect((await get()).body).toMatchObject({ name: 'Grace B. Hopper', display_name: 'Amazing Grace' });
    // The agents list shows the new name too.
    const agents = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(agents.body.find((a: { id: number }) => a.id === 2).name).toBe('Grace B. Hopper');
  });

  it('keeps the email until the change is confirmed, but validates it', async () => {
    const res = await patch({ email: 'grace@navy.test' });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('grace@acme.test');
    const taken = await patch({ email: 'ADA@acme.test' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    const invalid = await patch({ email: 'grace' });
    expect(invalid.body).toEqual({ message: 'Email is invalid', attributes: ['email'] });
  });

  it('changes the password only with the right current password', async () => {
    const wrong = await patch({
      current_password: 'guess',
      password: 'N3w!pass',
      password_confirmation: 'N3w!pass',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toEqual({ error: 'Invalid current password' });
    const weak = await patch({
      current_password: 'Password1!',
      password: 'abc',
      password_confirmation: 'abd',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.attributes).toEqual(['password_confirmation', 'password']);
    expect(weak.body.message).toContain("Password confirmation doesn't match Password");
    expect(weak.body.message).toContain('Password is too short (minimum is 6 characters)');
    const ok = await patch({
      current_password: 'Password1!',
      password: 'N3w!pass',
      password_confirmation: 'N3w!pass',
    });
    expect(ok.status).toBe(200);
    expect(fake.store.tables.users.get(2)!.password).toBe('N3w!pass');
  });

  it('needs the profile parameters; a null name answers 422 (Rails: 500) and changes nothing', async () => {
    const empty = await patch({});
    expect(empty.status).toBe(422);
    expect(empty.body).toEqual({ error: 'param is missing or the value is empty: profile' });
    const nulled = await patch({ name: null, display_name: 'Not saved' });
    expect(nulled.status).toBe(422);
    expect(nulled.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });
    expect((await get()).body.display_name).not.toBe('Not saved');
  });
});

describe('profile actions', () => {
  it('sets availability per account; other accounts are a 404', async () => {
    const res = await fake.http
      .post('/api/v1/profile/availability')
      .set('api_access_token', AGENT)
      .send({ profile: { account_id: 1, availability: 'busy' } });
    expect(res.status).toBe(200);
    expect(res.body.accounts[0]).toMatchObject({ availability: 'busy', availability_status: 'busy' });
    const agents = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(agents.body.find((a: { id: number }) => a.id === 2).availability_status).toBe('busy');
    const other = await fake.http
      .post('/api/v1/profile/availability')
      .set('api_access_token', AGENT)
      .send({ account_id: 9, availability: 'busy' });
    expect(other.status).toBe(404);
    const bogus = await fake.http
      .post('/api/v1/profile/availability')
      .set('api_access_token', AGENT)
      .send({ account_id: 1, availability: 'asleep' });
    expect(bogus.status).toBe(422);
    expect(bogus.body).toEqual({
      message: 'Availability is not included in the list',
      attributes: ['availability'],
    });
    const missing = await fake.http
      .post('/api/v1/profile/availability')
      .set('api_access_token', AGENT)
      .send({ account_id: 1 });
    expect(missing.body).toEqual({ message: "Availability can't be blank", attributes: ['availability'] });
    expect((await get()).body.accounts[0].availability).toBe('busy');
  });

  it('sets auto offline per account (missing means false)', async () => {
    const res = await fake.http
      .post('/api/v1/profile/auto_offline')
      .set('api_access_token', AGENT)
      .send({ profile: { account_id: 1 } });
    expect(res.status).toBe(200);
    expect(res.body.accounts[0].auto_offline).toBe(false);
    const on = await fake.http
      .post('/api/v1/profile/auto_offline')
      .set('api_access_token', AGENT)
      .send({ account_id: 1, auto_offline: true });
    expect(on.body.accounts[0].auto_offline).toBe(true);
    const missing = await fake.http
      .post('/api/v1/profile/auto_offline')
      .set('api_access_token', AGENT)
      .send({});
    expect(missing.status).toBe(422);
  });

  it('switches the active account, which decides account_id and role', async () => {
    const labs = secondAccount();
    expect((await get()).body).toMatchObject({ account_id: 1, role: 'agent' });
    fake.store.clock.advance(60_000);
    const res = await fake.http
      .put('/api/v1/profile/set_active_account')
      .set('api_access_token', AGENT)
      .send({ profile: { account_id: labs.id } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const after = (await get()).body;
    expect(after).toMatchObject({ account_id: labs.id, role: 'administrator', inviter_id: 1 });
    expect(after.accounts.map((a: { id: number }) => a.id)).toEqual([1, labs.id]);
    const stranger = await fake.http
      .put('/api/v1/profile/set_active_account')
      .set('api_access_token', AGENT)
      .send({ account_id: 42 });
    expect(stranger.status).toBe(404);
    expect(stranger.body).toEqual({ error: 'Resource could not be found' });
  });

  it('resets the access token: the old one stops working', async () => {
    const res = await fake.http.post('/api/v1/profile/reset_access_token').set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(res.body.access_token).not.toBe(AGENT);
    expect((await get()).status).toBe(401);
    expect((await get(res.body.access_token)).body.id).toBe(2);
  });

  it('removes the avatar and resends the confirmation', async () => {
    fake.store.tables.users.update(2, { avatar_url: 'https://cdn.acme.test/grace.png' });
    const res = await fake.http.delete('/api/v1/profile/avatar').set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(res.body.avatar_url).toBe('');
    const resend = await fake.http.post('/api/v1/profile/resend_confirmation').set('api_access_token', AGENT);
    expect(resend.status).toBe(200);
    expect(resend.text).toBe('');
  });
});
