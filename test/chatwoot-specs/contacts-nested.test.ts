/**
 * Chatwoot's request specs for the controllers under contacts/, replayed over HTTP against the fake.
 * Sources (chatwoot/chatwoot, see README.md):
 * - spec/controllers/api/v1/accounts/contacts/notes_controller_spec.rb at 9a860fee9728b3a286109cccad0c89c2322c5a18
 * - spec/controllers/api/v1/accounts/contacts/labels_controller_spec.rb at 0b66f0644a42e6107a85d77145a7ede0ac5326df
 * - spec/controllers/api/v1/accounts/contacts/conversations_controller_spec.rb at 9a1aa0205392f372ff110c833427b7ca9ca2d544
 * - spec/controllers/api/v1/accounts/contacts/contact_inboxes_controller_spec.rb at 398f74698fbc7d845bbe650ea709cf6489bf9fa1
 *
 * Each spec's account is a new one made through the Platform API (fresh-account.ts), factories are API
 * calls, and reloaded records are read back through the API (or `fake.db`, for contact inboxes). The
 * examples needing an email or Twilio SMS inbox use an account seeded with those channels (they cannot
 * be made through the API); the example needing a user without a role is in SKIPPED.md.
 */
import { testFake, type TestFake } from '../helpers';
import { freshAccount, type FreshAccount } from './fresh-account';

let fake: TestFake;
let acc: FreshAccount;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  acc = await freshAccount(fake);
});

const call: FreshAccount['call'] = (...args) => acc.call(...args);
const newContact = async (fields: object = {}) =>
  (await call('post', '/contacts', { name: 'Factory Contact', ...fields })).body.payload.contact.id as number;
const newInbox = async (name = 'Spec Inbox') =>
  (await call('post', '/inboxes', { name, channel: { type: 'api' } })).body.id as number;
const userIdOf = async (token: string) =>
  (await fake.http.get('/api/v1/profile').set('api_access_token', token)).body.id as number;

describe('notes_controller_spec.rb', () => {
  const SPEC = 'notes_controller_spec.rb';
  let contact: number;
  let note: { id: number; content: string };
  beforeEach(async () => {
    contact = await newContact();
    note = (await call('post', `/contacts/${contact}/notes`, { content: 'Factory note' })).body;
  });
  const notes = () => `/contacts/${contact}/notes`;

  it(`${SPEC}: GET index, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('get', notes(), undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all notes to agents`, async () => {
    const res = await call('get', notes(), undefined, acc.agent);
    expect(res.status).toBe(200);
    expect(res.body[0].content).toBe(note.content);
  });

  it(`${SPEC}: GET show, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('get', `${notes()}/${note.id}`, undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, shows the note for agents`, async () => {
    const res = await call('get', `${notes()}/${note.id}`, undefined, acc.agent);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(note.id);
  });

  it(`${SPEC}: POST, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('post', notes(), { content: 'test message' }, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, creates a new note`, async () => {
    const res = await call('post', notes(), { content: 'test note' }, acc.agent);
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('test note');
  });

  it(`${SPEC}: PATCH, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('patch', `${notes()}/${note.id}`, { content: 'test message' }, null)).status).toBe(
      401,
    );
  });

  it(`${SPEC}: when it is an authenticated user, updates the note`, async () => {
    const res = await call('patch', `${notes()}/${note.id}`, { content: 'test message' }, acc.agent);
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('test message');
  });

  it(`${SPEC}: DELETE, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('delete', `${notes()}/${note.id}`, undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, delete note if agent`, async () => {
    const res = await call('delete', `${notes()}/${note.id}`, undefined, acc.agent);
    expect(res.status).toBe(200);
    expect((await call('get', `${notes()}/${note.id}`)).status).toBe(404); // Note.exists? is false
  });
});

describe('labels_controller_spec.rb', () => {
  const SPEC = 'labels_controller_spec.rb';
  let contact: number;
  beforeEach(async () => {
    contact = await newContact();
    // `contact.update_labels('label1, label2')`; the newest LabelConcern keeps only defined labels.
    for (const title of ['label1', 'label2'])
      expect((await call('post', '/labels', { title })).status).toBe(200);
    expect((await call('post', `/contacts/${contact}/labels`, { labels: ['label1', 'label2'] })).status).toBe(
      200,
    );
  });
  const labels = () => `/contacts/${contact}/labels`;

  it(`${SPEC}: GET, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('get', labels(), undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all the labels for the contact`, async () => {
    const res = await call('get', labels(), undefined, acc.agent);
    expect(res.status).toBe(200);
    expect(res.text).toContain('label1');
    expect(res.text).toContain('label2');
  });

  it(`${SPEC}: POST, when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('post', labels(), { labels: ['label3', 'label4'] }, null)).status).toBe(401);
  });

  describe('when it is an authenticated user (labels 3 and 4 exist)', () => {
    beforeEach(async () => {
      for (const title of ['label3', 'label4'])
        expect((await call('post', '/labels', { title })).status).toBe(200);
    });

    it(`${SPEC}: when it is an authenticated user, creates labels for the contact`, async () => {
      const res = await call('post', labels(), { labels: ['label3', 'label4'] }, acc.agent);
      expect(res.status).toBe(200);
      expect(res.text).toContain('label3');
      expect(res.text).toContain('label4');
    });

    it(`${SPEC}: when it is an authenticated user, drops labels that are not defined on the account`, async () => {
      const res = await call('post', labels(), { labels: ['label3', 'unknown'] }, acc.agent);
      expect(res.status).toBe(200);
      expect(res.text).toContain('label3');
      expect(res.text).not.toContain('unknown');
      expect((await call('get', labels())).body.payload).toEqual(['label3']);
    });
  });
});

describe('conversations_controller_spec.rb', () => {
  const SPEC = 'conversations_controller_spec.rb';
  let contact: number;
  beforeEach(async () => {
    contact = await newContact();
    const [inbox1, inbox2] = [await newInbox('Inbox 1'), await newInbox('Inbox 2')];
    const agentId = await userIdOf(acc.agent);
    expect((await call('post', '/inbox_members', { inbox_id: inbox1, user_ids: [agentId] })).status).toBe(
      200,
    );
    for (const inbox of [inbox1, inbox2]) {
      const ci = await call('post', `/contacts/${contact}/contact_inboxes`, { inbox_id: inbox });
      for (let i = 0; i < 2; i++) {
        const res = await call('post', '/conversations', {
          contact_id: contact,
          source_id: ci.body.source_id,
        });
        expect(res.status).toBe(200);
      }
    }
  });
  const conversations = () => `/contacts/${contact}/conversations`;

  it(`${SPEC}: when unauthenticated user, returns unauthorized`, async () => {
    expect((await call('get', conversations(), undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: with user as administrator, returns conversations from all inboxes`, async () => {
    const res = await call('get', conversations());
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(4);
  });

  it(`${SPEC}: with user as agent, returns conversations from the inboxes which agent has access to`, async () => {
    const res = await call('get', conversations(), undefined, acc.agent);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(2);
  });
});

describe('contact_inboxes_controller_spec.rb', () => {
  const SPEC = 'contact_inboxes_controller_spec.rb';
  let contact: number;
  let apiInbox: number;
  beforeEach(async () => {
    contact = await newContact({ email: 'f.o.o.b.a.r@gmail.com' });
    apiInbox = await newInbox('API');
    const agentId = await userIdOf(acc.agent);
    expect((await call('post', '/inbox_members', { inbox_id: apiInbox, user_ids: [agentId] })).status).toBe(
      200,
    );
  });
  const post = (body?: object, token: string | null = acc.agent) =>
    call('post', `/contacts/${contact}/contact_inboxes`, body, token);
  const contactInboxes = async () =>
    (await call('get', `/contacts/${contact}`)).body.payload.contact_inboxes as any[];

  it(`${SPEC}: when unauthenticated user, returns unauthorized`, async () => {
    expect((await post(undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when authenticated user with access to inbox, creates a contact inbox`, async () => {
    const before = (await contactInboxes()).length;
    const res = await post({ inbox_id: apiInbox });
    expect((await contactInboxes()).length).toBe(before + 1);
    expect(res.status).toBe(200);
    expect((await contactInboxes()).map((ci) => ci.inbox.id)).toContain(apiInbox);
    // hmac_verified is not rendered; the fake's ContactInbox keeps false unless asked (see below).
  });

  it(`${SPEC}: when authenticated user with access to inbox, creates an hmac verified contact inbox`, async () => {
    const before = (await contactInboxes()).length;
    const res = await post({ inbox_id: apiInbox, hmac_verified: true });
    expect((await contactInboxes()).length).toBe(before + 1);
    expect(res.status).toBe(200);
    expect((await contactInboxes()).some((ci) => ci.inbox.id === apiInbox)).toBe(true);
  });
});

/**
 * The two examples needing the spec's `channel_email` and `channel_twilio_sms`: provider channels cannot
 * be made through the API, so the spec's account is one seeded with both inboxes (its agent a member
 * of each, as the examples' `create(:inbox_member)` make it), and the contact is created through the API
 * with the spec's email and no phone number.
 */
describe('contact_inboxes_controller_spec.rb (email and Twilio SMS inboxes)', () => {
  const SPEC = 'contact_inboxes_controller_spec.rb';
  let seeded: { path: (p: string) => string; agent: string; email: number; twilio: number; contact: number };
  beforeEach(async () => {
    const account = fake.createAccount({
      fixtures: {
        account: { name: 'Channels Account' },
        users: [
          { key: 'owner', name: 'Spec Owner', email: 'owner@channels.test', role: 'administrator' },
          { key: 'agent', name: 'Spec Agent', email: 'agent@channels.test', role: 'agent' },
        ],
        inboxes: [
          {
            key: 'email',
            name: 'Spec Email',
            channel: { type: 'Channel::Email', email: 'care@channels.test' },
            members: ['agent'],
          },
          {
            key: 'twilio',
            name: 'Spec Twilio SMS',
            channel: {
              type: 'Channel::TwilioSms',
              account_sid: 'AC999',
              auth_token: 'spec-token',
              phone_number: '+14155550999',
              medium: 'sms',
            },
            members: ['agent'],
          },
        ],
      },
    });
    const path = (p: string) => `/api/v1/accounts/${account.accountId}${p}`;
    const inboxes = fake.db.inboxes.filter((i) => i.account_id === account.accountId);
    const made = await fake.http
      .post(path('/contacts'))
      .set('api_access_token', account.tokens.admin)
      .send({ name: 'Factory Contact', email: 'f.o.o.b.a.r@gmail.com' });
    expect(made.status).toBe(200);
    seeded = {
      path,
      agent: account.tokens.agent,
      email: inboxes.find((i) => i.name === 'Spec Email')!.id,
      twilio: inboxes.find((i) => i.name === 'Spec Twilio SMS')!.id,
      contact: made.body.payload.contact.id,
    };
  });
  const post = (inboxId: number) =>
    fake.http
      .post(seeded.path(`/contacts/${seeded.contact}/contact_inboxes`))
      .set('api_access_token', seeded.agent)
      .send({ inbox_id: inboxId });
  const contactInboxes = () => fake.db.contactInboxes.filter((ci) => ci.contact_id === seeded.contact);

  it(`${SPEC}: when authenticated user with access to inbox, creates a valid email contact inbox`, async () => {
    const before = contactInboxes().length;
    const res = await post(seeded.email);
    expect(contactInboxes().length).toBe(before + 1);
    expect(res.status).toBe(200);
    expect(contactInboxes().map((ci) => ci.inbox_id)).toContain(seeded.email);
    // Beyond the spec: ContactInboxBuilder takes the contact's email as the source id.
    expect(res.body.source_id).toBe('f.o.o.b.a.r@gmail.com');
  });

  it(`${SPEC}: when authenticated user with access to inbox, throws error for invalid source id`, async () => {
    const before = contactInboxes().length;
    const res = await post(seeded.twilio);
    expect(contactInboxes().length).toBe(before);
    expect(res.status).toBe(422);
    // Beyond the spec: the contact has no phone number to make a Twilio source id of.
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: contact phone number' });
  });
});
