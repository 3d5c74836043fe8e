import { createHmac } from 'node:crypto';
import { insertMessage } from '../src/domain/records';
import { ADMIN, AGENT, testFake, type TestFake } from './helpers';
import type { EventName } from '../src/events/types';

/*
 * The public client API, spoken as a contact of the default world's API inbox ("Acme Mobile App",
 * identifier acmeApiInbox00000000001, hmac_token acmeApiHmacToken000000001, no agent bot: new
 * conversations start open). The agent bot is bound to the third inbox, "Acme Helpdesk" (identifier
 * acmeBotInbox00000000001), where they start pending. Marie Curie (identifier marie-001) has a
 * conversation in the website inbox; Nikola Tesla one in the API inbox.
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => {
  fake.reset();
  fake.events.clear();
});

const IDENTIFIER = 'acmeApiInbox00000000001';
const BOT_INBOX_IDENTIFIER = 'acmeBotInbox00000000001';
const HMAC_TOKEN = 'acmeApiHmacToken000000001';
const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
const BASE = `/public/api/v1/inboxes/${IDENTIFIER}`;
const NOT_FOUND = { status: 404, error: 'Not Found' };
const HMAC_FAILED = { error: 'HMAC failed: Invalid Identifier Hash Provided' };

const hmac = (identifier: string, key = HMAC_TOKEN) =>
  createHmac('sha256', key).update(identifier).digest('hex');
const contactPath = (sourceId: string) => `${BASE}/contacts/${encodeURIComponent(sourceId)}`;
const conversationsPath = (sourceId: string) => `${contactPath(sourceId)}/conversations`;
const conversationPath = (sourceId: string, displayId: number) =>
  `${conversationsPath(sourceId)}/${displayId}`;
const messagesPath = (sourceId: string, displayId: number) =>
  `${conversationPath(sourceId, displayId)}/messages`;
const app = (path: string, token = ADMIN) => fake.http.get(fake.path(path)).set('api_access_token', token);
const apiInbox = () => fake.store.tables.inboxes.findBy('apiIdentifier', IDENTIFIER)!;
const contactInbox = (sourceId: string) =>
  fake.store.tables.contactInboxes.findBy('source', [apiInbox().id, sourceId])!;
const eventNames = () => fake.events.recent.map((e) => e.name);
const eventsNamed = <N extends EventName>(name: N) => fake.events.named(name);

async function newContact(
  body: Record<string, unknown> = { name: 'Ada Lovelace', email: 'ada@engine.test' },
) {
  const res = await fake.http.post(`${BASE}/contacts`).send(body);
  expect(res.status).toBe(200);
  return res.body as { source_id: string; pubsub_token: string; id: number; name: string };
}

async function newConversation(sourceId: string, body: Record<string, unknown> = {}) {
  const res = await fake.http.post(conversationsPath(sourceId)).send(body);
  expect(res.status).toBe(200);
  return res.body as { id: number; uuid: string; status: string };
}

/** A contact with a conversation and one message from the contact. */
async function chat(content = 'Hello from the app') {
  const contact = await newContact();
  const conversation = await newConversation(contact.source_id);
  const res = await fake.http.post(messagesPath(contact.source_id, conversation.id)).send({ content });
  expect(res.status).toBe(200);
  return { contact, conversation, message: res.body };
}

/** An agent's message through the Application API. */
async function agentSays(displayId: number, body: Record<string, unknown>, token = ADMIN) {
  const res = await fake.http
    .post(fake.path(`/conversations/${displayId}/messages`))
    .set('api_access_token', token)
    .send(body);
  expect(res.status).toBe(200);
  return res.body as { id: number };
}

async function setInbox(channel: Record<string, unknown>, fields: Record<string, unknown> = {}) {
  const res = await fake.http
    .patch(fake.path(`/inboxes/${apiInbox().id}`))
    .set('api_access_token', ADMIN)
    .send({ ...fields, channel });
  expect(res.status).toBe(200);
}

describe('GET /public/api/v1/inboxes/{inbox_identifier}', () => {
  it('shows the API inbox without a token, and reflects changes made in the Application API', async () => {
    const res = await fake.http.get(BASE);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      identifier: IDENTIFIER,
      identity_validation_enabled: false,
      name: 'Acme Mobile App',
      timezone: 'UTC',
      working_hours: expect.any(Array),
      working_hours_enabled: false,
      csat_survey_enabled: false,
      greeting_enabled: false,
    });
    expect(res.body.working_hours).toHaveLength(7);
    expect(res.body.working_hours[1]).toMatchObject({ day_of_week: 1, open_hour: 9, close_hour: 17 });

    await setInbox({ hmac_mandatory: true }, { name: 'Acme App' });
    const after = await fake.http.get(BASE);
    expect(after.body).toMatchObject({ identity_validation_enabled: true, name: 'Acme App' });
  });

  it('answers Rails 404 for an unknown identifier and for a web widget token', async () => {
    for (const id of ['nope', WEBSITE_TOKEN]) {
      const res = await fake.http.get(`/public/api/v1/inboxes/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(NOT_FOUND);
    }
  });

  it('serves only GET on the inbox', async () => {
    const res = await fake.http.delete(BASE);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
  });
});

describe('POST /public/api/v1/inboxes/{inbox_identifier}/contacts', () => {
  it('creates a contact and its contact inbox, visible in the Application API', async () => {
    const res = await fake.http.post(`${BASE}/contacts`).send({
      name: 'Ada Lovelace',
      email: 'Ada@Engine.test',
      phone_number: '+447700900001',
      identifier: 'ada-1815',
      custom_attributes: { plan: 'analytical' },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual([
      'source_id',
      'pubsub_token',
      'id',
      'name',
      'email',
      'phone_number',
    ]);
    expect(res.body).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@engine.test',
      phone_number: '+447700900001',
    });
    expect(res.body.source_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.body.pubsub_token).toEqual(expect.any(String));

    const shown = await app(`/contacts/${res.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body.payload).toMatchObject({
      name: 'Ada Lovelace',
      identifier: 'ada-1815',
      custom_attributes: { plan: 'analytical' },
    });
    expect(shown.body.payload.contact_inboxes).toEqual([
      { source_id: res.body.source_id, inbox: expect.objectContaining({ id: apiInbox().id }) },
    ]);
    const search = await app('/contacts/search?q=ada-1815');
    expect(search.body.payload.map((c: { id: number }) => c.id)).toEqual([res.body.id]);
    expect(fake.events.recent).toEqual([
      expect.objectContaining({ name: 'contact_created', accountId: 1, data: { contactId: res.body.id } }),
    ]);
    expect(contactInbox(res.body.source_id)).toMatchObject({
      hmac_verified: false,
      pubsub_token: res.body.pubsub_token,
    });
  });

  it('names an anonymous contact like Haikunator and honours a given source_id', async () => {
    const res = await fake.http.post(`${BASE}/contacts`).send({ source_id: 'device-42' });
    expect(res.status).toBe(200);
    expect(res.body.source_id).toBe('device-42');
    expect(res.body.name).toMatch(/^[a-z]+-[a-z]+-\d{1,3}$/);
    expect(res.body).toMatchObject({ email: null, phone_number: null });

    // The same source id again: that contact inbox, no new contact.
    const count = fake.store.tables.contacts.size;
    const again = await fake.http.post(`${BASE}/contacts`).send({ source_id: 'device-42', name: 'Other' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(res.body);
    expect(fake.store.tables.contacts.size).toBe(count);
  });

  it("reuses the account's contact with that identifier or email", async () => {
    const byEmail = await newContact({ email: 'MARIE@radium.test' });
    expect(byEmail).toMatchObject({ id: 1, name: 'Marie Curie' });
    const byIdentifier = await newContact({ identifier: 'lise-007', name: 'Someone else' });
    expect(byIdentifier.name).toBe('Lise Meitner');
    expect(eventNames()).not.toContain('contact_created');
    // Each call made a new contact inbox in the API inbox.
    expect(byEmail.source_id).not.toBe(byIdentifier.source_id);
    expect(contactInbox(byEmail.source_id).contact_id).toBe(1);
  });

  it('answers 422 for an invalid email or phone number, and creates nothing', async () => {
    const count = fake.store.tables.contacts.size;
    const res = await fake.http
      .post(`${BASE}/contacts`)
      .send({ name: 'X', email: 'not-an-email', phone_number: '12' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: 'Email Invalid email, Phone number should be in e164 format',
      attributes: ['email', 'phone_number'],
    });
    const blank = await fake.http.post(`${BASE}/contacts`).send({ source_id: '' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({ message: "Source can't be blank", attributes: ['source_id'] });
    expect(fake.store.tables.contacts.size).toBe(count);
    expect(fake.events.recent).toEqual([]);
  });

  it('answers 404 for an unknown inbox', async () => {
    const res = await fake.http.post('/public/api/v1/inboxes/nope/contacts').send({ name: 'A' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
  });
});

describe('GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}', () => {
  it('shows the contact inbox and its contact', async () => {
    const created = await newContact({ name: 'Ada', email: 'ada@engine.test' });
    const res = await fake.http.get(contactPath(created.source_id));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(created);
  });

  it('answers 404 for an unknown source id, or one of another inbox', async () => {
    const website = fake.store.tables.inboxes.findBy('websiteToken', WEBSITE_TOKEN)!;
    const other = fake.store.tables.contactInboxes.where('inbox', website.id)[0];
    for (const sourceId of ['nope', other.source_id]) {
      const res = await fake.http.get(contactPath(sourceId));
      expect(res.status).toBe(404);
      expect(res.body).toEqual(NOT_FOUND);
    }
  });
});

describe('PATCH/PUT /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}', () => {
  it('updates the contact, answers the public contact (no internal columns) and fires contact_updated', async () => {
    const created = await newContact({
      name: 'Ada',
      identifier: 'ada-1815',
      additional_attributes: { ignored: true },
      custom_attributes: { plan: 'free', prefs: { lang: 'en' } },
    });
    fake.events.clear();
    const res = await fake.http.patch(contactPath(created.source_id)).send({
      name: 'Ada Lovelace',
      email: 'ADA@engine.test',
      phone_number: '',
      identifier: 'changed',
      custom_attributes: { prefs: { theme: 'dark' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      source_id: created.source_id,
      pubsub_token: created.pubsub_token,
      id: created.id,
      name: 'Ada Lovelace',
      email: 'ada@engine.test',
      phone_number: null,
    });
    const record = (await app(`/contacts/${created.id}`)).body.payload;
    expect(record).toMatchObject({
      identifier: 'ada-1815', // identifier cannot be changed here
      custom_attributes: { plan: 'free', prefs: { lang: 'en', theme: 'dark' } },
      additional_attributes: {},
    });

    const shown = await app(`/contacts/${created.id}`);
    expect(shown.body.payload).toMatchObject({ name: 'Ada Lovelace', email: 'ada@engine.test' });
    const [event] = eventsNamed('contact_updated');
    expect(Object.keys(event.data.changedAttributes as object)).toEqual([
      'name',
      'email',
      'custom_attributes',
      'updated_at',
    ]);
  });

  it('PUT updates too; nothing changed fires no event', async () => {
    const created = await newContact({ name: 'Ada' });
    fake.events.clear();
    const res = await fake.http.put(contactPath(created.source_id)).send({ name: 'Countess' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Countess');
    expect(res.body.source_id).toBe(created.source_id);
    const same = await fake.http.put(contactPath(created.source_id)).send({ name: 'Countess' });
    expect(same.status).toBe(200);
    expect(eventsNamed('contact_updated')).toHaveLength(1);
  });

  it("answers 422 for an invalid phone number or another contact's email", async () => {
    const created = await newContact({ name: 'Ada' });
    const phone = await fake.http.patch(contactPath(created.source_id)).send({ phone_number: '0612' });
    expect(phone.status).toBe(422);
    expect(phone.body).toEqual({
      message: 'Phone number should be in e164 format',
      attributes: ['phone_number'],
    });
    const taken = await fake.http.patch(contactPath(created.source_id)).send({ email: 'marie@radium.test' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    expect((await fake.http.get(contactPath(created.source_id))).body.email).toBeNull();
  });

  it('answers 404 for an unknown contact', async () => {
    const res = await fake.http.patch(contactPath('nope')).send({ name: 'X' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
  });
});

describe('HMAC identity validation', () => {
  beforeEach(() => setInbox({ hmac_mandatory: true }));

  it('refuses a contact without a valid identifier_hash when the inbox makes it mandatory', async () => {
    const count = fake.store.tables.contacts.size;
    const missing = await fake.http.post(`${BASE}/contacts`).send({ identifier: 'ada-1815', name: 'Ada' });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual(HMAC_FAILED);
    const wrong = await fake.http
      .post(`${BASE}/contacts`)
      .send({ identifier: 'ada-1815', identifier_hash: hmac('ada-1815', 'another-key') });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(HMAC_FAILED);
    expect(fake.store.tables.contacts.size).toBe(count);
  });

  it('accepts the HMAC-SHA256 of the identifier keyed with the inbox hmac_token', async () => {
    const res = await fake.http
      .post(`${BASE}/contacts`)
      .send({ identifier: 'ada-1815', identifier_hash: hmac('ada-1815'), name: 'Ada' });
    expect(res.status).toBe(200);
    // Chatwoot checks before the contact inbox exists: create alone does not verify it.
    expect(contactInbox(res.body.source_id).hmac_verified).toBe(false);

    const unverified = await fake.http.get(contactPath(res.body.source_id));
    expect(unverified.status).toBe(401);
    const show = await fake.http
      .get(contactPath(res.body.source_id))
      .query({ identifier: 'ada-1815', identifier_hash: hmac('ada-1815') });
    expect(show.status).toBe(200);
    expect(contactInbox(res.body.source_id).hmac_verified).toBe(true);

    const update = await fake.http
      .patch(contactPath(res.body.source_id))
      .send({ identifier: 'ada-1815', identifier_hash: hmac('ada-1815'), name: 'Ada L.' });
    expect(update.status).toBe(200);
    expect(update.body.name).toBe('Ada L.');
  });

  it("refuses a valid pair for another identifier than the contact's own", async () => {
    const created = await fake.http
      .post(`${BASE}/contacts`)
      .send({ identifier: 'ada-1815', identifier_hash: hmac('ada-1815') });
    const res = await fake.http
      .patch(contactPath(created.body.source_id))
      .send({ identifier: 'marie-001', identifier_hash: hmac('marie-001'), name: 'Hijack' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'HMAC failed: Identifier does not match contact' });
    expect(fake.store.tables.contacts.get(created.body.id)!.name).not.toBe('Hijack');
  });

  it("a verified contact inbox reaches all the contact's conversations", async () => {
    const marie = await fake.http
      .post(`${BASE}/contacts`)
      .send({ identifier: 'marie-001', identifier_hash: hmac('marie-001') });
    expect(marie.body.id).toBe(1);
    const website = fake.store.tables.conversations.where('contact', 1)[0];
    const before = await fake.http.get(conversationsPath(marie.body.source_id));
    expect(before.body).toEqual([]);
    expect((await fake.http.get(conversationPath(marie.body.source_id, website.display_id))).status).toBe(
      404,
    );

    await fake.http
      .get(contactPath(marie.body.source_id))
      .query({ identifier: 'marie-001', identifier_hash: hmac('marie-001') })
      .expect(200);
    const after = await fake.http.get(conversationsPath(marie.body.source_id));
    expect(after.body.map((c: { id: number }) => c.id)).toEqual([website.display_id]);
    const show = await fake.http.get(conversationPath(marie.body.source_id, website.display_id));
    expect(show.status).toBe(200);
    expect(show.body.inbox_id).toBe(website.inbox_id);
  });

  it('checks a hash sent to an inbox that does not make it mandatory', async () => {
    await setInbox({ hmac_mandatory: false });
    const res = await fake.http
      .post(`${BASE}/contacts`)
      .send({ identifier: 'ada-1815', identifier_hash: 'deadbeef' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(HMAC_FAILED);
    const ok = await fake.http.post(`${BASE}/contacts`).send({ identifier: 'ada-1815' });
    expect(ok.status).toBe(200);
  });
});

describe('conversations', () => {
  it('POST starts a conversation the agents see (open: the API inbox has no agent bot)', async () => {
    const contact = await newContact();
    fake.events.clear();
    const res = await fake.http
      .post(conversationsPath(contact.source_id))
      .send({ custom_attributes: { order: 'A-1' } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual([
      'id',
      'uuid',
      'inbox_id',
      'contact_last_seen_at',
      'status',
      'agent_last_seen_at',
      'messages',
      'contact',
    ]);
    expect(res.body).toMatchObject({
      inbox_id: apiInbox().id,
      status: 'open',
      contact_last_seen_at: 0,
      agent_last_seen_at: 0,
      messages: [],
      contact: expect.objectContaining({ id: contact.id, name: 'Ada Lovelace' }),
    });
    const shown = await app(`/conversations/${res.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      id: res.body.id,
      uuid: res.body.uuid,
      status: 'open',
      custom_attributes: { order: 'A-1' },
      meta: expect.objectContaining({ sender: expect.objectContaining({ id: contact.id }) }),
    });
    const open = await app('/conversations?status=open');
    expect(open.body.data.payload.map((c: { id: number }) => c.id)).toContain(res.body.id);
    expect(eventNames()).toEqual(['conversation_created']);
  });

  it("POST in the agent bot's inbox starts the conversation pending (the bot answers first)", async () => {
    const base = `/public/api/v1/inboxes/${BOT_INBOX_IDENTIFIER}`;
    const contact = await fake.http.post(`${base}/contacts`).send({ name: 'Ada Lovelace' }).expect(200);
    const res = await fake.http
      .post(`${base}/contacts/${encodeURIComponent(contact.body.source_id)}/conversations`)
      .send({});
    expect(res.status).toBe(200);
    const botInbox = fake.store.tables.inboxes.findBy('apiIdentifier', BOT_INBOX_IDENTIFIER)!;
    expect(fake.store.tables.agentBotInboxes.where('inbox', botInbox.id)).toHaveLength(1);
    expect(res.body).toMatchObject({ inbox_id: botInbox.id, status: 'pending' });
    expect((await app(`/conversations/${res.body.id}`)).body.status).toBe('pending');
  });

  it('GET lists and shows only the contact inbox conversations', async () => {
    const contact = await newContact();
    const first = await newConversation(contact.source_id);
    const second = await newConversation(contact.source_id);
    const list = await fake.http.get(conversationsPath(contact.source_id));
    expect(list.status).toBe(200);
    expect(list.body.map((c: { id: number }) => c.id)).toEqual([first.id, second.id]);
    const show = await fake.http.get(conversationPath(contact.source_id, second.id));
    expect(show.status).toBe(200);
    expect(show.body).toEqual(list.body[1]);

    // Nikola's conversation in the same inbox is not this contact's.
    const nikola = fake.store.tables.conversations.where('inbox', apiInbox().id)[0];
    for (const id of [nikola.display_id, 9999]) {
      const res = await fake.http.get(conversationPath(contact.source_id, id));
      expect(res.status).toBe(404);
      expect(res.body).toEqual(NOT_FOUND);
    }
  });

  it('POST answers the existing conversation when the inbox locks to a single conversation', async () => {
    await setInbox({}, { lock_to_single_conversation: true });
    const contact = await newContact();
    const first = await newConversation(contact.source_id);
    const again = await newConversation(contact.source_id);
    expect(again.id).toBe(first.id);
  });

  it('toggle_status resolves as the contact, and only resolves', async () => {
    const { contact, conversation } = await chat();
    fake.events.clear();
    const res = await fake.http.post(`${conversationPath(contact.source_id, conversation.id)}/toggle_status`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: conversation.id, status: 'resolved' });
    expect(eventNames()).toEqual(['conversation_status_changed', 'conversation_updated', 'message_created']);
    const messages = await app(`/conversations/${conversation.id}/messages`);
    // Ruby's String#capitalize, as Chatwoot's activity message applies it.
    expect(messages.body.payload.at(-1)).toMatchObject({
      message_type: 2,
      content: 'Conversation was resolved by Ada lovelace',
    });
    // The activity message is not the contact's to see.
    const mine = await fake.http.get(messagesPath(contact.source_id, conversation.id));
    expect(mine.body.map((m: { message_type: number }) => m.message_type)).toEqual([0]);

    fake.events.clear();
    const again = await fake.http.post(
      `${conversationPath(contact.source_id, conversation.id)}/toggle_status`,
    );
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('resolved');
    expect(fake.events.recent).toEqual([]);
    const missing = await fake.http.post(`${conversationPath(contact.source_id, 9999)}/toggle_status`);
    expect(missing.status).toBe(404);
  });

  it('toggle_typing records typing events with the contact as the typer', async () => {
    const { contact, conversation } = await chat();
    fake.events.clear();
    const path = `${conversationPath(contact.source_id, conversation.id)}/toggle_typing`;
    const on = await fake.http.post(path).send({ typing_status: 'on' });
    expect(on.status).toBe(200);
    expect(on.text).toBe('');
    await fake.http.post(path).send({ typing_status: 'off' }).expect(200);
    await fake.http.post(path).send({ typing_status: 'dancing' }).expect(200);
    const internalId = fake.store.tables.conversations.findBy('display', [1, conversation.id])!.id;
    expect(fake.events.recent.map((e) => [e.name, e.data])).toEqual([
      [
        'conversation_typing_on',
        { conversationId: internalId, userType: 'Contact', userId: contact.id, isPrivate: false },
      ],
      [
        'conversation_typing_off',
        { conversationId: internalId, userType: 'Contact', userId: contact.id, isPrivate: false },
      ],
    ]);
    const missing = await fake.http.post(`${conversationPath('nope', conversation.id)}/toggle_typing`);
    expect(missing.status).toBe(404);
  });

  it("update_last_seen sets contact_last_seen_at and marks the agents' messages read", async () => {
    const { contact, conversation } = await chat();
    const reply = await agentSays(conversation.id, { content: 'Hi Ada!' });
    fake.events.clear();
    const res = await fake.http.post(
      `${conversationPath(contact.source_id, conversation.id)}/update_last_seen`,
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const shown = await fake.http.get(conversationPath(contact.source_id, conversation.id));
    expect(shown.body.contact_last_seen_at).toBeGreaterThan(0);
    const messages = await app(`/conversations/${conversation.id}/messages`);
    const statuses = Object.fromEntries(
      messages.body.payload.map((m: { id: number; status: string }) => [m.id, m.status]),
    );
    expect(statuses[reply.id]).toBe('read');
    expect(eventsNamed('message_updated').map((e) => e.data.messageId)).toEqual([reply.id]);
    const missing = await fake.http.post(`${conversationPath(contact.source_id, 9999)}/update_last_seen`);
    expect(missing.status).toBe(404);
  });
});

describe('messages', () => {
  it('POST sends an incoming message from the contact, seen by the agents', async () => {
    const contact = await newContact();
    const conversation = await newConversation(contact.source_id);
    fake.events.clear();
    const res = await fake.http
      .post(messagesPath(contact.source_id, conversation.id))
      .send({ content: 'My order is late', echo_id: 'tmp-1' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(Number),
      content: 'My order is late',
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: expect.any(Number),
      conversation_id: conversation.id,
      sender: expect.objectContaining({ id: contact.id, type: 'contact', name: 'Ada Lovelace' }),
    });
    const messages = await app(`/conversations/${conversation.id}/messages`, AGENT);
    expect(messages.status).toBe(200);
    expect(messages.body.payload.at(-1)).toMatchObject({
      id: res.body.id,
      message_type: 0,
      sender: { id: contact.id, type: 'contact' },
    });
    expect(eventNames()).toContain('message_created');
    expect(eventsNamed('message_created')[0].data).toMatchObject({ messageId: res.body.id });
  });

  it("an incoming message reopens a resolved conversation (open; pending in the agent bot's inbox)", async () => {
    const { contact, conversation } = await chat();
    await fake.http.post(`${conversationPath(contact.source_id, conversation.id)}/toggle_status`).expect(200);
    expect((await app(`/conversations/${conversation.id}`)).body.status).toBe('resolved');
    await fake.http
      .post(messagesPath(contact.source_id, conversation.id))
      .send({ content: 'Still there?' })
      .expect(200);
    expect((await app(`/conversations/${conversation.id}`)).body.status).toBe('open');

    // In the agent bot's inbox the contact's message hands the conversation to the bot again.
    const bot = `/public/api/v1/inboxes/${BOT_INBOX_IDENTIFIER}`;
    const other = await fake.http.post(`${bot}/contacts`).send({ name: 'Grace' }).expect(200);
    const path = `${bot}/contacts/${encodeURIComponent(other.body.source_id)}/conversations`;
    const started = await fake.http.post(path).send({}).expect(200);
    await fake.http.post(`${path}/${started.body.id}/toggle_status`).expect(200);
    expect((await app(`/conversations/${started.body.id}`)).body.status).toBe('resolved');
    await fake.http.post(`${path}/${started.body.id}/messages`).send({ content: 'Hello again?' }).expect(200);
    expect((await app(`/conversations/${started.body.id}`)).body.status).toBe('pending');
  });

  it('accepts attachments (multipart)', async () => {
    const { contact, conversation } = await chat();
    const res = await fake.http
      .post(messagesPath(contact.source_id, conversation.id))
      .field('content', 'see picture')
      .attach('attachments[]', Buffer.from('png-bytes'), { filename: 'shot.png', contentType: 'image/png' });
    expect(res.status).toBe(200);
    expect(res.body.attachments).toEqual([
      expect.objectContaining({ file_type: 'image', file_size: 9, message_id: res.body.id }),
    ]);
    const seen = await app(`/conversations/${conversation.id}/messages`);
    expect(seen.body.payload.at(-1).attachments).toEqual(res.body.attachments);
  });

  it('answers 422 for too long a content and 404 for an unknown conversation', async () => {
    const { contact, conversation } = await chat();
    const long = await fake.http
      .post(messagesPath(contact.source_id, conversation.id))
      .send({ content: 'x'.repeat(150_001) });
    expect(long.status).toBe(422);
    expect(long.body).toEqual({
      message: 'Content is too long (maximum is 150000 characters)',
      attributes: ['content'],
    });
    const missing = await fake.http.post(messagesPath(contact.source_id, 9999)).send({ content: 'hi' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(NOT_FOUND);
  });

  it('GET lists the latest 20, oldest first, and pages back with `before`', async () => {
    const { contact, conversation } = await chat('m0');
    for (let i = 1; i < 25; i++) {
      await fake.http
        .post(messagesPath(contact.source_id, conversation.id))
        .send({ content: `m${i}` })
        .expect(200);
    }
    const latest = await fake.http.get(messagesPath(contact.source_id, conversation.id));
    expect(latest.status).toBe(200);
    expect(latest.body.map((m: { content: string }) => m.content)).toEqual(
      Array.from({ length: 20 }, (_, i) => `m${i + 5}`),
    );
    const older = await fake.http
      .get(messagesPath(contact.source_id, conversation.id))
      .query({ before: latest.body[0].id });
    expect(older.body.map((m: { content: string }) => m.content)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    const missing = await fake.http.get(messagesPath('nope', conversation.id));
    expect(missing.status).toBe(404);
  });

  it('PATCH submits the values of an input_select message', async () => {
    const { contact, conversation } = await chat();
    const question = await agentSays(conversation.id, {
      content: 'Pick a plan',
      content_type: 'input_select',
      content_attributes: { items: [{ title: 'Starter', value: 'starter' }] },
    });
    fake.events.clear();
    const res = await fake.http
      .patch(`${messagesPath(contact.source_id, conversation.id)}/${question.id}`)
      .send({ submitted_values: [{ title: 'Starter', value: 'starter', extra: 'dropped' }] });
    expect(res.status).toBe(200);
    expect(res.body.content_attributes).toEqual({
      items: [{ title: 'Starter', value: 'starter' }],
      submitted_values: [{ title: 'Starter', value: 'starter' }],
    });
    const messages = await app(`/conversations/${conversation.id}/messages`);
    expect(
      messages.body.payload.find((m: { id: number }) => m.id === question.id).content_attributes,
    ).toEqual(res.body.content_attributes);
    expect(eventNames()).toEqual(['message_updated']);
  });

  it('PATCH on an input_csat message records the CSAT response (PUT too)', async () => {
    const { contact, conversation } = await chat();
    const survey = await agentSays(conversation.id, { content: 'Rate us', content_type: 'input_csat' });
    const res = await fake.http
      .patch(`${messagesPath(contact.source_id, conversation.id)}/${survey.id}`)
      .send({ submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick' } } });
    expect(res.status).toBe(200);
    expect(res.body.content_attributes.submitted_values).toEqual({
      csat_survey_response: { rating: 4, feedback_message: 'Quick' },
    });
    let responses = await app('/csat_survey_responses');
    expect(responses.body).toEqual([
      expect.objectContaining({
        rating: 4,
        feedback_message: 'Quick',
        message_id: survey.id,
        conversation_id: conversation.id,
      }),
    ]);

    const put = await fake.http
      .put(`${messagesPath(contact.source_id, conversation.id)}/${survey.id}`)
      .send({ submitted_values: { csat_survey_response: { rating: 5 } } });
    expect(put.status).toBe(200);
    responses = await app('/csat_survey_responses');
    expect(responses.body).toEqual([expect.objectContaining({ rating: 5, feedback_message: null })]);
  });

  it('PATCH answers 422 on a CSAT survey older than 14 days, 404 for a message elsewhere', async () => {
    const { contact, conversation } = await chat();
    const record = fake.store.tables.conversations.findBy('display', [1, conversation.id])!;
    const old = insertMessage(fake.store, record, {
      message_type: 3,
      content: 'Rate us',
      content_type: 'input_csat',
      created_at: fake.store.clock.peek() - 20 * 86_400_000,
    });
    const res = await fake.http
      .patch(`${messagesPath(contact.source_id, conversation.id)}/${old.id}`)
      .send({ submitted_values: { csat_survey_response: { rating: 1 } } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'You cannot update the CSAT survey after 14 days' });

    const elsewhere = fake.store.tables.messages.all().next().value!;
    const missing = await fake.http
      .patch(`${messagesPath(contact.source_id, conversation.id)}/${elsewhere.id}`)
      .send({ submitted_values: [] });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(NOT_FOUND);
  });
});

describe('/public/api/v1/csat_survey/{uuid}', () => {
  async function surveyed() {
    const { contact, conversation } = await chat();
    const survey = await agentSays(conversation.id, { content: 'Rate us', content_type: 'input_csat' });
    return { contact, conversation, survey };
  }

  it('GET shows the survey, PATCH answers it, visible in the Application API', async () => {
    const { conversation, survey } = await surveyed();
    const internalId = fake.store.tables.conversations.findBy('display', [1, conversation.id])!.id;
    const show = await fake.http.get(`/public/api/v1/csat_survey/${conversation.uuid}`);
    expect(show.status).toBe(200);
    expect(show.body).toEqual({
      id: survey.id,
      csat_survey_response: null,
      display_type: 'emoji',
      content: null,
      inbox_avatar_url: '',
      inbox_name: 'Acme Mobile App',
      locale: 'en',
      conversation_id: internalId,
      created_at: expect.stringMatching(/Z$/),
    });

    const res = await fake.http.patch(`/public/api/v1/csat_survey/${conversation.uuid}`).send({
      message: { submitted_values: { csat_survey_response: { rating: 3, feedback_message: 'OK' } } },
    });
    expect(res.status).toBe(200);
    expect(res.body.csat_survey_response).toMatchObject({
      rating: 3,
      feedback_message: 'OK',
      message_id: survey.id,
      conversation_id: internalId,
    });
    const responses = await app('/csat_survey_responses');
    expect(responses.body).toEqual([
      expect.objectContaining({ rating: 3, conversation_id: conversation.id }),
    ]);
    const put = await fake.http
      .put(`/public/api/v1/csat_survey/${conversation.uuid}`)
      .send({ message: { submitted_values: { csat_survey_response: { rating: 5 } } } });
    expect(put.body.csat_survey_response.rating).toBe(5);
  });

  it('answers 404 for an unknown uuid or a conversation without survey, 422 when locked or without message', async () => {
    const missing = await fake.http.get('/public/api/v1/csat_survey/00000000-0000-4000-a000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(NOT_FOUND);
    const { conversation } = await chat();
    expect((await fake.http.get(`/public/api/v1/csat_survey/${conversation.uuid}`)).status).toBe(404);

    // The seeded survey (Srinivasa, 19 days ago) is locked.
    const seeded = [...fake.store.tables.messages.all()].find((m) => m.content_type === 'input_csat')!;
    const uuid = fake.store.tables.conversations.get(seeded.conversation_id)!.uuid;
    const locked = await fake.http
      .patch(`/public/api/v1/csat_survey/${uuid}`)
      .send({ message: { submitted_values: { csat_survey_response: { rating: 5 } } } });
    expect(locked.status).toBe(422);
    expect(locked.body).toEqual({ error: 'You cannot update the CSAT survey after 14 days' });

    const { conversation: fresh } = await surveyed();
    const noMessage = await fake.http.patch(`/public/api/v1/csat_survey/${fresh.uuid}`).send({ rating: 5 });
    expect(noMessage.status).toBe(422);
    expect(noMessage.body).toEqual({ error: 'param is missing or the value is empty: message' });
  });
});

describe('cross-API: a contact and an agent talk', () => {
  it('the contact writes publicly, the agent replies in the Application API, the contact reads the reply', async () => {
    const contact = await newContact({ name: 'Grace Client', email: 'client@app.test' });
    const conversation = await newConversation(contact.source_id);
    await fake.http
      .post(messagesPath(contact.source_id, conversation.id))
      .send({ content: 'Can you help?' })
      .expect(200);

    // The agent (a member of the API inbox) sees the contact, the conversation and the message.
    const contacts = await app('/contacts', AGENT);
    expect(contacts.body.payload.map((c: { id: number }) => c.id)).toContain(contact.id);
    const list = await app('/conversations?status=all', AGENT);
    expect(list.body.data.payload.map((c: { id: number }) => c.id)).toContain(conversation.id);
    const seen = await app(`/conversations/${conversation.id}/messages`, AGENT);
    expect(seen.body.payload.at(-1)).toMatchObject({
      content: 'Can you help?',
      sender: { id: contact.id, type: 'contact' },
    });

    const reply = await agentSays(conversation.id, { content: 'Of course!' }, AGENT);
    const note = await agentSays(conversation.id, { content: 'VIP customer', private: true }, AGENT);

    const read = await fake.http.get(messagesPath(contact.source_id, conversation.id));
    expect(read.status).toBe(200);
    expect(read.body.map((m: { content: string }) => m.content)).toEqual(['Can you help?', 'Of course!']);
    expect(read.body[1]).toMatchObject({
      id: reply.id,
      message_type: 1,
      sender: expect.objectContaining({ type: 'user', name: 'Grace Hopper' }),
    });
    expect(read.body.map((m: { id: number }) => m.id)).not.toContain(note.id);
    const shown = await fake.http.get(conversationPath(contact.source_id, conversation.id));
    expect(shown.body.messages.map((m: { content: string }) => m.content)).toEqual([
      'Can you help?',
      'Of course!',
    ]);
  });
});
