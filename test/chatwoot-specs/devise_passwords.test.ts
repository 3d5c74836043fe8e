/**
 * Chatwoot's request spec for the passwords override (reset email), replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/devise_overrides/passwords_controller_spec.rb at
 * 5419b949a487a8b27683c786b1540d107c85657e, the only version stored (see README.md).
 *
 * That spec predates upstream's no-enumeration change: the newest PasswordsController#create answers
 * every email with 200 and `messages.reset_password` ("Request for password reset is successful. …"),
 * where the spec expects `reset_password_success`, and 404 `reset_password_failure` for an unknown or
 * blank email. The fake follows the newest controller: the regular-user example is ported with the newest
 * message, the unknown/blank and SAML examples are listed in SKIPPED.md, and the tests below the spec's
 * check the newest answers instead.
 */
import { testFake, type TestFake } from '../helpers';

const SPEC = 'passwords_controller_spec.rb';
const RESET_PASSWORD =
  'Request for password reset is successful. A email with instructions will be sent to your email if it exists.';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});

describe(`${SPEC} POST /auth/password`, () => {
  it(`${SPEC}: with regular user, allows password reset request`, async () => {
    const res = await fake.http.post('/auth/password').send({ email: 'ada@acme.test' });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe(RESET_PASSWORD);
  });

  // Beyond the spec: the newest controller's answers where the stored spec expects 404.
  it.each([
    ['an unknown email', 'nonexistent@example.com'],
    ['a blank email', ''],
  ])('answers %s like a known one (no account enumeration)', async (_what, email) => {
    const res = await fake.http.post('/auth/password').send({ email });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: RESET_PASSWORD });
  });

  it('PUT /auth/password with a token no email carried answers 422 Invalid token', async () => {
    const res = await fake.http
      .put('/auth/password')
      .send({ reset_password_token: 'made-up', password: 'Brand1!new', password_confirmation: 'Brand1!new' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Invalid token', redirect_url: '/' });
    // The password did not change.
    const signIn = await fake.http
      .post('/auth/sign_in')
      .send({ email: 'ada@acme.test', password: 'Password1!' });
    expect(signIn.status).toBe(200);
  });
});
