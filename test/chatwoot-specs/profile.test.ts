/**
 * Chatwoot's request spec for the profile controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/profiles_controller_spec.rb
 * at 50bff0e81fa8971a33c1de5029ea0caa24bc0bf3 (see README.md). Each test names the spec's `it`.
 *
 * The spec's agent is the default world's agent (Grace Hopper, token AGENT, password "Password1!");
 * the spec creates its agent with "Test123!", so the world's password plays that part. Side effects
 * the spec reads by reloading the record are read back through the API (GET /profile, and a later
 * POST /auth/sign_in for the password). The spec's "updates avatar" is not ported: it uploads a
 * multipart file and checks the ActiveStorage attachment, which the fake does not keep. The harness resets the world between tests, so a changed
 * password or email does not leak into other tests.
 */
import { AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'profiles_controller_spec.rb';
const AGENT_PASSWORD = 'Password1!';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const profile = (token = AGENT) => fake.http.get('/api/v1/profile').set('api_access_token', token);
const putProfile = (body: object, token = AGENT) =>
  fake.http.put('/api/v1/profile').set('api_access_token', token).send(body);
const signIn = (email: string, password: string) => fake.http.post('/auth/sign_in').send({ email, password });

describe(`${SPEC} GET /api/v1/profile`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get('/api/v1/profile');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns current user information`, async () => {
    const res = await profile();
    expect(res.status).toBe(200);
    expect(res.body.id).toEqual(expect.any(Number));
    expect(res.body.email).toBe('grace@acme.test');
    expect(res.body.access_token).toBe(AGENT);
  });
});

describe(`${SPEC} PUT /api/v1/profile`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.put('/api/v1/profile');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the name & email`, async () => {
    const before = await profile();
    const res = await putProfile({ profile: { name: 'test', email: 'grace.new@example.test' } });
    expect(res.status).toBe(200);
    const after = await profile();
    expect(res.body.id).toBe(before.body.id);
    expect(res.body.email).toBe(after.body.email);
  });

  // Skipped, version-specific: Chatwoot's Devise config has `reconfirmable = true` and User is
  // `:confirmable`; when 50bff0e was written devise_token_auth's `will_save_change_to_email?` override
  // kept Devise from postponing the change, so the address changed at once. Upstream's User now
  // restores Devise's check ("it breaks the email reconfirmation flow"), the ProfilesController calls
  // no `skip_reconfirmation!`, and the newer profiles spec expects the new address in
  // `unconfirmed_email` instead ("populates the unconfirmed email"). The fake follows the newest.
  it.skip(`${SPEC}: when it is an authenticated user, updates the name & email (email changed)`, async () => {
    const newEmail = 'grace.new@example.test';
    const res = await putProfile({ profile: { name: 'test', email: newEmail } });
    expect(res.status).toBe(200);
    expect((await profile()).body.email).toBe(newEmail);
  });

  it(`${SPEC}: when it is an authenticated user, updates the password when current password is provided`, async () => {
    const res = await putProfile({
      profile: {
        current_password: AGENT_PASSWORD,
        password: 'Test1234!',
        password_confirmation: 'Test1234!',
      },
    });
    expect(res.status).toBe(200);
    // valid_password?('Test1234!'): a later sign-in with the new password succeeds, the old one fails.
    const email = res.body.email as string;
    expect((await signIn(email, 'Test1234!')).status).toBe(200);
    expect((await signIn(email, AGENT_PASSWORD)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, throws error when current password provided is invalid`, async () => {
    const res = await putProfile({
      profile: { current_password: 'Test', password: 'test123', password_confirmation: 'test123' },
    });
    expect(res.status).toBe(422);
    // Beyond the spec: the password is unchanged.
    expect((await signIn('grace@acme.test', AGENT_PASSWORD)).status).toBe(200);
  });

  // Skipped, version-specific: the newest ProfilesController permits no `availability` in
  // `profile_params` (availability is per account, through POST /api/v1/profile/availability with an
  // account_id, which is where the newer profiles spec checks it), so PUT /profile ignores it, as the
  // fake does.
  it.skip(`${SPEC}: when it is an authenticated user, updates the availability status`, async () => {
    const res = await putProfile({ profile: { availability: 'offline' } });
    expect(res.status).toBe(200);
    // OnlineStatusTracker.get_status(account, agent): the account's availability_status in the profile.
    const after = await profile();
    const membership = after.body.accounts.find((a: { id: number }) => a.id === fake.accountId);
    expect(membership.availability_status).toBe('offline');
  });

  it(`${SPEC}: when it is an authenticated user, updates the ui settings`, async () => {
    const res = await putProfile({ profile: { ui_settings: { is_contact_sidebar_open: false } } });
    expect(res.status).toBe(200);
    expect(res.body.ui_settings.is_contact_sidebar_open).toBe(false);
  });
});
