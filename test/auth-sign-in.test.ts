import { ACCOUNT, ADMIN, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const BAD = { success: false, errors: ['Invalid login credentials. Please try again.'] };

async function signIn(email = 'grace@acme.test', password = 'Password1!') {
  return fake.http.post('/auth/sign_in').send({ email, password });
}

/** The three headers the dashboard sends back. */
function sessionOf(res: { headers: Record<string, string> }) {
  return {
    'access-token': res.headers['access-token'],
    client: res.headers.client,
    uid: res.headers.uid,
  };
}

describe('POST /auth/sign_in', () => {
  it('returns the user and the devise_token_auth headers', async () => {
    const res = await signIn();
    expect(res.status).toBe(200);
    expect(res.body.mfa_setup_required).toBe(false);
    expect(res.body.data).toMatchObject({
      email: 'grace@acme.test',
      name: 'Grace Hopper',
      uid: 'grace@acme.test',
      provider: 'email',
      account_id: ACCOUNT,
      role: 'agent',
      access_token: 'acme-agent-token-0000002',
    });
    expect(res.body.data.accounts).toEqual([expect.objectContaining({ id: ACCOUNT, role: 'agent' })]);
    expect(res.headers['access-token']).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(res.headers.client).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(res.headers['token-type']).toBe('Bearer');
    expect(res.headers.uid).toBe('grace@acme.test');
    // Two months from the fake's clock, in unix seconds.
    const now = Math.floor(fake.store.clock.peek() / 1000);
    expect(Number(res.headers.expiry)).toBeGreaterThan(now + 59 * 86_400);
    expect(Number(res.headers.expiry)).toBeLessThan(now + 62 * 86_400);
    const bearer = JSON.parse(
      Buffer.from(res.headers.authorization.replace(/^Bearer /, ''), 'base64').toString(),
    );
    expect(bearer).toEqual({
      'access-token': res.headers['access-token'],
      'token-type': 'Bearer',
      client: res.headers.client,
      expiry: res.headers.expiry,
      uid: 'grace@acme.test',
    });
  });

  it('matches the email case-insensitively and ignores surrounding spaces', async () => {
    const res = await signIn('  Grace@ACME.test ');
    expect(res.status).toBe(200);
    expect(res.body.data.email).toBe('grace@acme.test');
  });

  it('accepts a form-encoded body, as a plain HTML form sends it', async () => {
    const res = await fake.http
      .post('/auth/sign_in')
      .type('form')
      .send('email=ada%40acme.test&password=Password1%21');
    expect(res.status).toBe(200);
    expect(res.body.data.role).toBe('administrator');
  });

  it("answers devise_token_auth's 401 for a wrong password, an unknown email or missing fields", async () => {
    for (const res of [
      await signIn('grace@acme.test', 'wrong'),
      await signIn('nobody@acme.test'),
      await fake.http.post('/auth/sign_in').send({ email: 'grace@acme.test' }),
      await fake.http.post('/auth/sign_in').send({}),
      await fake.http.post('/auth/sign_in'),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(BAD);
      expect(res.headers['access-token']).toBeUndefined();
    }
    expect(fake.store.tables.sessions.size).toBe(0);
  });

  it('refuses an unconfirmed user with the right password, with error_code', async () => {
    const grace = fake.store.tables.users.findBy('email', 'grace@acme.test')!;
    fake.store.tables.users.update(grace.id, { confirmed: false });
    const res = await signIn();
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      success: false,
      errors: [
        "A confirmation email was sent to your account at 'grace@acme.test'. You must follow the instructions in the email before your account can be activated",
      ],
      error_code: 'user_not_confirmed',
    });
    expect((await signIn('grace@acme.test', 'wrong')).body).toEqual(BAD);
  });

  it('answers 422 for a field of the wrong type (Rails would crash with a 500)', async () => {
    const res = await fake.http.post('/auth/sign_in').send({ email: { a: 1 }, password: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.attributes).toEqual(['email']);
  });

  it('signs in once with a single-use SSO token', async () => {
    const { issueSsoToken } = await import('../src/domain/sso');
    const alan = fake.store.tables.users.findBy('email', 'alan@acme.test')!;
    const token = issueSsoToken(fake.store, alan);
    const first = await fake.http
      .post('/auth/sign_in')
      .send({ email: 'alan@acme.test', sso_auth_token: token });
    expect(first.status).toBe(200);
    expect(first.body.data.email).toBe('alan@acme.test');
    expect(first.headers.client).toBeTruthy();
    const again = await fake.http
      .post('/auth/sign_in')
      .send({ email: 'alan@acme.test', sso_auth_token: token });
    expect(again.status).toBe(401);
    expect(again.body).toEqual(BAD);
    const otherUser = await fake.http
      .post('/auth/sign_in')
      .send({ email: 'grace@acme.test', sso_auth_token: issueSsoToken(fake.store, alan) });
    expect(otherUser.status).toBe(401);
  });
});

describe('session headers on the Application API', () => {
  it('authenticate exactly as api_access_token does, and are echoed back', async () => {
    const session = sessionOf(await signIn());
    const res = await fake.http.get(fake.path('/conversations')).set(session);
    expect(res.status).toBe(200);
    const byToken = await fake.http
      .get(fake.path('/conversations'))
      .set('api_access_token', 'acme-agent-token-0000002');
    expect(res.body).toEqual(byToken.body);
    expect(res.headers['access-token']).toBe(session['access-token']);
    expect(res.headers.client).toBe(session.client);
    // Tokens do not rotate per request (change_headers_on_each_request = false).
    expect((await fake.http.get('/api/v1/profile').set(session)).body.email).toBe('grace@acme.test');
  });

  it('keep the role rules: an agent session gets the admin-only 401', async () => {
    const session = sessionOf(await signIn());
    const res = await fake.http.post(fake.path('/agents')).set(session).send({ email: 'x@acme.test' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    const admin = sessionOf(await signIn('ada@acme.test'));
    const created = await fake.http
      .post(fake.path('/agents'))
      .set(admin)
      .send({ name: 'New Agent', email: 'x@acme.test', role: 'agent' });
    expect(created.status).toBe(200);
  });

  it('work as the Authorization Bearer header devise_token_auth issues', async () => {
    const res = await signIn();
    const ok = await fake.http.get('/api/v1/profile').set('authorization', res.headers.authorization);
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe('grace@acme.test');
  });

  it('answer the unauthenticated 401 when wrong, partial or expired', async () => {
    const session = sessionOf(await signIn());
    const unauthenticated = { errors: ['You need to sign in or sign up before continuing.'] };
    for (const headers of [
      { ...session, 'access-token': 'nope' },
      { ...session, uid: 'ada@acme.test' },
      { ...session, client: 'other' },
      { 'access-token': session['access-token'], client: session.client },
    ]) {
      const res = await fake.http.get(fake.path('/conversations')).set(headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(unauthenticated);
    }
    expect((await fake.http.get(fake.path('/conversations')).set('authorization', 'Bearer !!')).body).toEqual(
      unauthenticated,
    );
    fake.store.clock.advance(61 * 86_400_000);
    const expired = await fake.http.get(fake.path('/conversations')).set(session);
    expect(expired.status).toBe(401);
  });

  it('lose to an api_access_token header when both are sent', async () => {
    const session = sessionOf(await signIn());
    const res = await fake.http.get('/api/v1/profile').set(session).set('api_access_token', ADMIN);
    expect(res.body.email).toBe('ada@acme.test');
    const bad = await fake.http.get('/api/v1/profile').set(session).set('api_access_token', 'wrong');
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ error: 'Invalid Access Token' });
  });

  it('are dropped by reset, and a user keeps at most 25 sessions', async () => {
    const first = sessionOf(await signIn());
    for (let i = 0; i < 25; i++) await signIn();
    expect(fake.store.tables.sessions.size).toBe(25);
    expect((await fake.http.get('/api/v1/profile').set(first)).status).toBe(401);
    const last = sessionOf(await signIn());
    fake.reset();
    expect((await fake.http.get('/api/v1/profile').set(last)).status).toBe(401);
  });
});

describe('GET /auth/validate_token', () => {
  it('returns the user under payload.data with created_at, and the headers', async () => {
    const session = sessionOf(await signIn());
    const res = await fake.http.get('/auth/validate_token').set(session);
    expect(res.status).toBe(200);
    expect(res.body.payload.success).toBe(true);
    expect(res.body.payload.mfa_setup_required).toBe(false);
    expect(res.body.payload.data).toMatchObject({ email: 'grace@acme.test', role: 'agent' });
    expect(res.body.payload.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(res.headers['access-token']).toBe(session['access-token']);
  });

  it('answers 401 without a live session', async () => {
    for (const res of [
      await fake.http.get('/auth/validate_token'),
      await fake.http.get('/auth/validate_token').set({ ...sessionOf(await signIn()), client: 'x' }),
      await fake.http.get('/auth/validate_token').set('api_access_token', ADMIN),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ success: false, errors: ['Invalid login credentials'] });
    }
  });
});

describe('DELETE /auth/sign_out', () => {
  it('ends only that session', async () => {
    const a = sessionOf(await signIn());
    const b = sessionOf(await signIn());
    const res = await fake.http.delete('/auth/sign_out').set(a);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true });
    expect((await fake.http.get('/api/v1/profile').set(a)).status).toBe(401);
    expect((await fake.http.get('/api/v1/profile').set(b)).status).toBe(200);
  });

  it('answers 404 without a live session', async () => {
    const a = sessionOf(await signIn());
    await fake.http.delete('/auth/sign_out').set(a);
    for (const res of [
      await fake.http.delete('/auth/sign_out').set(a),
      await fake.http.delete('/auth/sign_out'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ success: false, errors: ['User was not found or was not logged in.'] });
    }
  });
});

describe('CORS for a dashboard on another origin', () => {
  it('lets a browser send the session headers and read the issued ones', async () => {
    const pre = await fake.http
      .options('/auth/sign_in')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type');
    expect(pre.status).toBe(204);
    const res = await signIn().then(() =>
      fake.http
        .post('/auth/sign_in')
        .set('Origin', 'http://localhost:5173')
        .send({ email: 'grace@acme.test', password: 'Password1!' }),
    );
    const exposed = String(res.headers['access-control-expose-headers']).split(',');
    expect(exposed).toEqual(
      expect.arrayContaining(['access-token', 'client', 'uid', 'expiry', 'token-type']),
    );
    const session = await fake.http
      .options(fake.path('/conversations'))
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'access-token,client,uid,expiry,token-type');
    expect(session.status).toBe(204);
    expect(session.headers['access-control-allow-headers']).toBe('access-token,client,uid,expiry,token-type');
  });
});
