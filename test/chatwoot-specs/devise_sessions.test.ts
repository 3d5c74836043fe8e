/**
 * Chatwoot's controller spec for the sessions override (sign-in), replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/devise_overrides/sessions_controller_spec.rb at
 * f1d93c9209f64ac8ddfa609774d8dc9d12de512a (see README.md). The spec calls the controller's actions; here
 * they are their routes: `create` is `POST /auth/sign_in`, `new` is `GET /auth/sign_in`.
 *
 * The spec's `user` (password Test@123456) is made through the platform API, which confirms it; its SSO
 * token (`generate_sso_auth_token`) comes from the platform API's login URL. The MFA examples are not
 * ported: the fake has no two-factor sign-in (see SKIPPED.md).
 */
import { testFake, type TestFake } from '../helpers';
import { platformCall } from './platform_helpers';

const SPEC = 'sessions_controller_spec.rb';
const PASSWORD = 'Test@123456';

let fake: TestFake;
let user: { id: number; email: string };
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  const res = await platformCall(fake, 'post', '/users', {
    body: { name: 'Session User', email: 'session.user@example.test', password: PASSWORD },
  });
  expect(res.status).toBe(200);
  user = res.body;
});

const signIn = (body: object) => fake.http.post('/auth/sign_in').send(body);

describe(`${SPEC} POST #create with standard authentication`, () => {
  it(`${SPEC}: authenticates with valid credentials`, async () => {
    const res = await signIn({ email: user.email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe(user.id);
  });

  it(`${SPEC}: rejects invalid credentials`, async () => {
    const res = await signIn({ email: user.email, password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.headers['access-token']).toBeUndefined();
  });
});

describe(`${SPEC} POST #create with SSO authentication`, () => {
  const ssoToken = async () => {
    const res = await platformCall(fake, 'get', `/users/${user.id}/login`);
    expect(res.status).toBe(200);
    return new URL(res.body.url).searchParams.get('sso_auth_token')!;
  };

  it(`${SPEC}: authenticates with valid SSO token`, async () => {
    const res = await signIn({ email: user.email, sso_auth_token: await ssoToken() });
    expect(res.status).toBe(200);
    expect(res.body.data.email).toBe(user.email);
  });

  it(`${SPEC}: rejects invalid SSO token`, async () => {
    await ssoToken(); // a token exists, but not this one
    const res = await signIn({ email: user.email, sso_auth_token: 'invalid' });
    expect(res.status).toBe(401);
  });
});

describe(`${SPEC} GET #new`, () => {
  it(`${SPEC}: redirects to frontend login page`, async () => {
    const res = await fake.http.get('/auth/sign_in');
    expect(res.status).toBe(302);
    // FRONTEND_URL is the fake itself.
    expect(res.headers.location).toMatch(/\/app\/login\?error=access-denied$/);
  });
});
