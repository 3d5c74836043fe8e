/**
 * Chatwoot's request specs for three small account controllers, replayed over HTTP against the fake.
 * Sources (chatwoot/chatwoot, see README.md):
 * - spec/controllers/api/v1/accounts/notification_settings_controller_spec.rb at
 *   cf4edc20a794a0f0443a08f4880761d092b203fb. The index also holds `015b5a9`, which sends the flag as
 *   `conversation_assignment`; `cf4edc2` names it `email_conversation_assignment`, as NotificationSetting's
 *   flags (`email_<type>`) have been named since the flags were split into email and push ones: ported.
 * - spec/controllers/api/v1/accounts/actions/contact_merges_controller_spec.rb at
 *   9a1aa0205392f372ff110c833427b7ca9ca2d544 (`parsed_body`; `1abbbd7` is the same example with
 *   `JSON.parse`). The spec stubs ContactMergeAction and checks it was built with the account and both
 *   contacts and performed; over HTTP the merge itself is what can be seen: the mergee is gone and the
 *   base contact stays.
 * - spec/enterprise/controllers/api/v1/accounts/audit_logs_controller_spec.rb at
 *   07b6c85695b63bce7fce0332c5c75906b4efe4ec (the paged `{audit_logs, current_page, total_entries}`
 *   answer; `fda94af` is older and answers a bare array). Its "returns empty array if feature is not
 *   enabled" and the `total_entries` of 2 (the audited AccountUser) are in SKIPPED.md.
 *
 * Each spec's `create(:account)` is a new account made through the Platform API (fresh-account.ts), its
 * users that account's administrator and agent, its factories API calls. Each test names the spec's `it`.
 */
import { testFake, type TestFake } from '../helpers';
import { freshAccount, type FreshAccount, type Method } from './fresh-account';

let fake: TestFake;
let acc: FreshAccount;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  acc = await freshAccount(fake);
});

// The token comes before the body here (every call names its caller).
const call = (method: Method, p: string, token: string | null, body?: object) =>
  acc.call(method, p, body, token);
const userIdOf = async (token: string) =>
  (await fake.http.get('/api/v1/profile').set('api_access_token', token)).body.id as number;

describe('notification_settings_controller_spec.rb', () => {
  const SPEC = 'notification_settings_controller_spec.rb';

  it(`${SPEC}: GET, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('get', '/notification_settings', null)).status).toBe(401);
  });

  it(`${SPEC}: GET, when it is an authenticated user, returns current user notification settings`, async () => {
    const res = await call('get', '/notification_settings', acc.agent);
    expect(res.status).toBe(200);
    expect(res.body.user_id).toBe(await userIdOf(acc.agent));
    expect(res.body.account_id).toBe(acc.id);
  });

  it(`${SPEC}: PUT, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('put', '/notification_settings', null)).status).toBe(401);
  });

  it(`${SPEC}: PUT, when it is an authenticated user, updates the email related notification flags`, async () => {
    const res = await call('put', '/notification_settings', acc.agent, {
      notification_settings: { selected_email_flags: ['email_conversation_assignment'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.user_id).toBe(await userIdOf(acc.agent));
    expect(res.body.account_id).toBe(acc.id);
    expect(res.body.selected_email_flags).toEqual(['email_conversation_assignment']);
    // Beyond the spec: a later GET reads the same flags.
    const again = await call('get', '/notification_settings', acc.agent);
    expect(again.body.selected_email_flags).toEqual(['email_conversation_assignment']);
  });
});

describe('contact_merges_controller_spec.rb', () => {
  const SPEC = 'contact_merges_controller_spec.rb';
  const newContact = async (name: string) => {
    const res = await call('post', '/contacts', acc.admin, { name });
    expect(res.status).toBe(200);
    return res.body.payload.contact.id as number;
  };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('post', '/actions/contact_merge', null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, merges two contacts by calling contact merge action`, async () => {
    const base = await newContact('Base Contact');
    const mergee = await newContact('Mergee Contact');
    const res = await call('post', '/actions/contact_merge', acc.agent, {
      base_contact_id: base,
      mergee_contact_id: mergee,
    });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(base);
    // ContactMergeAction.new(account:, base_contact:, mergee_contact:).perform, seen through its effect:
    // the mergee is gone, the base contact stays.
    expect((await call('get', `/contacts/${mergee}`, acc.admin)).status).toBe(404);
    expect((await call('get', `/contacts/${base}`, acc.admin)).status).toBe(200);
  });
});

describe('audit_logs_controller_spec.rb', () => {
  const SPEC = 'audit_logs_controller_spec.rb';
  let inboxName: string;
  beforeEach(async () => {
    // The spec's `let!(:inbox)`: created through the API by the administrator.
    inboxName = 'Audited Inbox';
    const inbox = await call('post', '/inboxes', acc.admin, { name: inboxName, channel: { type: 'api' } });
    expect(inbox.status).toBe(200);
  });

  it(`${SPEC}: when it is an un-authenticated user, does not fetch audit logs associated with the account`, async () => {
    expect((await call('get', '/audit_logs', null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated normal user, fetches audit logs associated with the account`, async () => {
    const res = await call('get', '/audit_logs', acc.agent);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated admin user, fetches audit logs associated with the account`, async () => {
    const res = await call('get', '/audit_logs', acc.admin);
    expect(res.status).toBe(200);
    const [newest] = res.body.audit_logs;
    expect(newest.auditable_type).toBe('Inbox');
    expect(newest.action).toBe('create');
    expect(newest.audited_changes.name).toBe(inboxName);
    expect(newest.associated_id).toBe(acc.id);
    expect(res.body.current_page).toBe(1);
    // `total_entries eq 2` counts the audited AccountUser too, which the fake does not audit (SKIPPED.md).
  });
});
