/**
 * Chatwoot's request spec for the profile controller, replayed over HTTP against the fake.
 * Source: spec/controllers/api/v1/profiles_controller_spec.rb, the newest upstream text the code index
 * holds: the copy with index id 137394010 (no repository or commit attached; see README.md). Compared:
 * - chatwoot/chatwoot `01d3d12d` and `50bff0e` (older: one "updates the name & email" example, an
 *   `availability` sent to PUT /profile; `50bff0e` was ported here before);
 * - 137394010 (ported): name, custom attributes, message_signature, name length, avatar upload and
 *   DELETE /profile/avatar, the email change kept in `unconfirmed_email`, and the availability,
 *   auto_offline, set_active_account and resend_confirmation routes — all routes of upstream's
 *   config/routes.rb. Its "dispatches account presence updated event" stubs a dispatcher with
 *   `Events::Types::ACCOUNT_PRESENCE_UPDATED`, a type defined only in a fork's lib/events/types.rb
 *   (upstream's has no such event): fork-only, not ported;
 * - index id 69223704607, a later fork copy (SSO mode, an `api_and_webhooks` feature flag: fork-only).
 *   Its two other additions touch upstream routes and are replayed at the end: "does not reset the
 *   display name if updates the password" and reset_access_token's "regenerates the access token".
 *
 * The spec's agent is the default world's agent (Grace Hopper, token AGENT, password "Password1!",
 * playing the spec's "Test123!"), except where it needs custom attributes (a user the platform app
 * makes, as the Application API cannot set them) or an unconfirmed user (an agent invited through
 * POST /agents). `agent.reload` is read through GET /profile where the profile renders the attribute,
 * otherwise through `fake.db` (`unconfirmed_email`); the password through a later sign-in. Mail
 * expectations (`have_enqueued_mail`) are not observable: those examples check the status.
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';
import { PLATFORM } from './platform_helpers';

const SPEC = 'profiles_controller_spec.rb';
const AGENT_PASSWORD = 'Password1!';
const GRACE = 'grace@acme.test';
/** A PNG's signature and first chunk header: enough for the fake (and Marcel) to call it a PNG. */
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('0000000d49484452', 'hex')]);

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const profile = (token = AGENT) => fake.http.get('/api/v1/profile').set('api_access_token', token);
const putProfile = (body: object, token = AGENT) =>
  fake.http.put('/api/v1/profile').set('api_access_token', token).send(body);
const postProfile = (path: string, body?: object, token = AGENT) => {
  const req = fake.http.post(`/api/v1/profile${path}`).set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};
const signIn = (email: string, password: string) => fake.http.post('/auth/sign_in').send({ email, password });
const graceRow = () => fake.db.users.find((u) => u.email === GRACE)!;

/** The spec's account: the membership of Grace's profile in the default account. */
const graceAccount = (body: { accounts: { id: number }[] }) =>
  body.accounts.find((a) => a.id === fake.accountId) as Record<string, unknown>;

describe(`${SPEC} GET /api/v1/profile`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get('/api/v1/profile');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns current user information`, async () => {
    // The spec's agent carries custom_attributes { test: 'test' }: made by the platform app, which
    // can set them, and joined to the account as an agent.
    const made = await fake.http
      .post('/platform/api/v1/users')
      .set('api_access_token', PLATFORM)
      .send({
        name: 'Custom Agent',
        email: 'custom@acme.test',
        password: 'Secret1!pass',
        custom_attributes: { test: 'test' },
      });
    expect(made.status).toBe(200);
    const joined = await fake.http
      .post(`/platform/api/v1/accounts/${fake.accountId}/account_users`)
      .set('api_access_token', PLATFORM)
      .send({ user_id: made.body.id, role: 'agent' });
    expect(joined.status).toBe(200);

    const res = await profile(made.body.access_token);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(made.body.id);
    expect(res.body.email).toBe('custom@acme.test');
    expect(res.body.access_token).toBe(made.body.access_token);
    expect(res.body.custom_attributes.test).toBe('test');
    expect(res.body.message_signature).toBeNull();
  });
});

describe(`${SPEC} PUT /api/v1/profile`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.put('/api/v1/profile');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the name`, async () => {
    const res = await putProfile({ profile: { name: 'test' } });
    expect(res.status).toBe(200);
    const after = (await profile()).body;
    expect(res.body.id).toBe(after.id);
    expect(res.body.name).toBe(after.name);
    expect(after.name).toBe('test');
  });

  it(`${SPEC}: when it is an authenticated user, updates custom attributes`, async () => {
    const res = await putProfile({ profile: { phone_number: '+123456789' } });
    expect(res.status).toBe(200);
    expect((await profile()).body.custom_attributes.phone_number).toBe('+123456789');
  });

  it(`${SPEC}: when it is an authenticated user, updates the message_signature`, async () => {
    const res = await putProfile({ profile: { name: 'test', message_signature: 'Thanks\nMy Signature' } });
    expect(res.status).toBe(200);
    const after = (await profile()).body;
    expect(res.body.id).toBe(after.id);
    expect(res.body.name).toBe(after.name);
    expect(after.name).toBe('test');
    expect(res.body.message_signature).toBe('Thanks\nMy Signature');
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
    // valid_password?('Test1234!'): a sign-in with the new password succeeds (and the old one fails).
    expect((await signIn(GRACE, 'Test1234!')).status).toBe(200);
    expect((await signIn(GRACE, AGENT_PASSWORD)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, throws error when current password provided is invalid`, async () => {
    const res = await putProfile({
      profile: { current_password: 'Test', password: 'test123', password_confirmation: 'test123' },
    });
    expect(res.status).toBe(422);
    // Beyond the spec: the password is unchanged.
    expect((await signIn(GRACE, AGENT_PASSWORD)).status).toBe(200);
  });

  it(`${SPEC}: when it is an authenticated user, validate name`, async () => {
    const res = await putProfile({ profile: { name: 'test'.repeat(999) } });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Name is too long (maximum is 255 characters)');
    // Beyond the spec: the name is unchanged.
    expect((await profile()).body.name).toBe('Grace Hopper');
  });

  it(`${SPEC}: when it is an authenticated user, updates avatar`, async () => {
    // avatar.attached? is read as a rendered avatar_url (and a stored blob).
    expect((await profile()).body.avatar_url).toBe('');
    const res = await fake.http
      .put('/api/v1/profile')
      .set('api_access_token', AGENT)
      .attach('profile[avatar]', PNG, { filename: 'avatar.png', contentType: 'image/png' });
    expect(res.status).toBe(200);
    const after = (await profile()).body;
    expect(after.avatar_url).toMatch(/avatar\.png$/);
    expect(fake.db.blobs.some((b) => b.record === `User:${after.id}`)).toBe(true);
  });

  it(`${SPEC}: when it is an authenticated user, updates the ui settings`, async () => {
    const res = await putProfile({ profile: { ui_settings: { is_contact_sidebar_open: false } } });
    expect(res.status).toBe(200);
    expect(res.body.ui_settings.is_contact_sidebar_open).toBe(false);
  });

  it(`${SPEC}: when an authenticated user updates email, populates the unconfirmed email`, async () => {
    const newEmail = 'grace.new@example.test';
    const res = await putProfile({ profile: { email: newEmail } });
    expect(res.status).toBe(200);
    expect(graceRow().unconfirmed_email).toBe(newEmail);
    // Beyond the spec: the address in use stays until it is confirmed.
    expect((await profile()).body.email).toBe(GRACE);
  });
});

describe(`${SPEC} DELETE /api/v1/profile/avatar`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.delete('/api/v1/profile/avatar');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, deletes the agent avatar`, async () => {
    // The spec's `before` attaches an avatar: uploaded through the API.
    const attached = await fake.http
      .put('/api/v1/profile')
      .set('api_access_token', AGENT)
      .attach('profile[avatar]', PNG, { filename: 'avatar.png', contentType: 'image/png' });
    expect(attached.status).toBe(200);
    expect(attached.body.avatar_url).not.toBe('');

    const res = await fake.http.delete('/api/v1/profile/avatar').set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(res.body.avatar_url).toBe('');
  });
});

describe(`${SPEC} POST /api/v1/profile/availability`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post('/api/v1/profile/availability');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the availability status`, async () => {
    const res = await postProfile('/availability', {
      profile: { availability: 'busy', account_id: fake.accountId },
    });
    expect(res.status).toBe(200);
    // OnlineStatusTracker.get_status(account, agent): the account's availability_status in the profile.
    expect(graceAccount((await profile()).body).availability_status).toBe('busy');
  });
});

describe(`${SPEC} POST /api/v1/profile/auto_offline`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post('/api/v1/profile/auto_offline');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the auto offline status`, async () => {
    // The world's memberships start with auto_offline true, so false is a change.
    expect(graceAccount((await profile()).body).auto_offline).toBe(true);
    const res = await postProfile('/auto_offline', {
      profile: { auto_offline: false, account_id: fake.accountId },
    });
    expect(res.status).toBe(200);
    // `accounts.first`: Grace's only account.
    expect(res.body.accounts).toHaveLength(1);
    expect(res.body.accounts[0].auto_offline).toBe(false);
  });
});

describe(`${SPEC} PUT /api/v1/profile/set_active_account`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.put('/api/v1/profile/set_active_account');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the last active account id`, async () => {
    const before = graceAccount((await profile()).body).active_at as string;
    fake.clock.advance('1h');
    const res = await fake.http
      .put('/api/v1/profile/set_active_account')
      .set('api_access_token', AGENT)
      .send({ profile: { account_id: fake.accountId } });
    expect(res.status).toBe(200);
    // Beyond the spec: the membership's active_at moves to the time of the request.
    const after = graceAccount((await profile()).body).active_at as string;
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(3_600_000);
  });
});

describe(`${SPEC} POST /api/v1/profile/resend_confirmation`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post('/api/v1/profile/resend_confirmation');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, does not send the confirmation email if the user is already confirmed`, async () => {
    expect((await profile()).body.confirmed).toBe(true);
    const res = await postProfile('/resend_confirmation');
    expect(res.status).toBe(200);
  });

  it(`${SPEC}: when it is an authenticated user, resends the confirmation email if the user is unconfirmed`, async () => {
    // An agent invited through the API has not confirmed yet (confirmed_at nil).
    const invited = await fake.send(
      'post',
      '/agents',
      { name: 'New Agent', email: 'new@acme.test', role: 'agent' },
      ADMIN,
    );
    expect(invited.status).toBe(200);
    expect(invited.body.confirmed).toBe(false);
    const token = fake.db.users.find((u) => u.id === invited.body.id)!.access_token;
    const res = await postProfile('/resend_confirmation', undefined, token);
    expect(res.status).toBe(200);
  });
});

describe(`${SPEC} (later copy) password and access token`, () => {
  it(`${SPEC}: when it is an authenticated user, does not reset the display name if updates the password`, async () => {
    const named = await putProfile({ profile: { display_name: 'Amazing Grace' } });
    expect(named.status).toBe(200);
    const res = await putProfile({
      profile: {
        current_password: AGENT_PASSWORD,
        password: 'Test1234!',
        password_confirmation: 'Test1234!',
      },
    });
    expect(res.status).toBe(200);
    expect((await profile()).body.display_name).toBe('Amazing Grace');
  });

  it(`${SPEC}: POST /api/v1/profile/reset_access_token, when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post('/api/v1/profile/reset_access_token');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: POST /api/v1/profile/reset_access_token, when it is an authenticated user, regenerates the access token`, async () => {
    const res = await postProfile('/reset_access_token');
    expect(res.status).toBe(200);
    const stored = graceRow().access_token;
    expect(stored).not.toBe(AGENT);
    expect(res.body.access_token).toBe(stored);
    // Beyond the spec: the old token no longer signs in, the new one does.
    expect((await profile(AGENT)).status).toBe(401);
    expect((await profile(stored)).status).toBe(200);
  });
});
