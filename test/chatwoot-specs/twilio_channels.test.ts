/**
 * Chatwoot's request spec for the Twilio channels controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/channels/twilio_channels_controller_spec.rb
 * at 07e2f5347584ab23bec692b8a499bbeeb98cf797 (see README.md). Each test names the spec's `it`.
 *
 * The controller authenticates with Twilio before creating anything; the spec stubs Twilio's client.
 * The fake has no Twilio, so only the examples that do not need Twilio to accept the credentials are
 * replayed: the refusals, and "return error if Twilio tokens are incorrect" (Twilio refuses).
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'twilio_channels_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const params = {
  twilio_channel: {
    account_sid: 'sid',
    auth_token: 'token',
    phone_number: '',
    messaging_service_sid: 'MGec8130512b5dd462cfe03095ec1342ed',
    name: 'SMS Channel',
    medium: 'sms',
  },
};

const inboxCount = async () => (await fake.get('/inboxes')).body.payload.length;

it(`${SPEC}: when unauthenticated user, returns unauthorized`, async () => {
  const res = await fake.http.post(fake.path('/channels/twilio_channel')).send(params);
  expect(res.status).toBe(401);
});

it(`${SPEC}: with user as administrator, return error if Twilio tokens are incorrect`, async () => {
  const before = await inboxCount();
  const res = await fake.send('post', '/channels/twilio_channel', params, ADMIN);
  expect(res.status).toBe(422);
  // Beyond the spec: Chatwoot renders Twilio's error as `{"error": ...}` and creates nothing.
  expect(res.body.error).toContain('Authenticate');
  expect(await inboxCount()).toBe(before);
});

it(`${SPEC}: with user as agent, returns unauthorized`, async () => {
  const res = await fake.send('post', '/channels/twilio_channel', params, AGENT);
  expect(res.status).toBe(401);
});
