/**
 * The web widget API (/api/v1/widget/*), spoken as Chatwoot's widget does: POST /config starts a
 * visitor and hands its JWT, which every later call sends as X-Auth-Token with the website_token. The
 * default world's website inbox is "Acme Website" (inbox 1, website_token acmeWebsiteToken0000001,
 * hmac_token acmeWebsiteHmacToken00001). What the visitor does must show in the Application API and
 * in the domain events webhooks and /cable are made from.
 */
import { createHmac } from 'node:crypto';
import { WIDGET_SECRET_KEY_BASE } from '../src/domain/widget';
import { testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => {
  fake.reset();
  fake.events.clear();
});

const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
const HMAC_TOKEN = 'acmeWebsiteHmacToken00001';
const NOT_FOUND = { error: 'Resource could not be found' };
const HMAC_FAILED = { error: 'HMAC failed: Invalid Identifier Hash Provided' };
const q = (websiteToken = WEBSITE_TOKEN) => `website_token=${encodeURIComponent(websiteToken)}`;
const hmac = (identifier: string, key = HMAC_TOKEN) =>
  createHmac('sha256', key).update(identifier).digest('hex');
const eventNames = () => fake.events.recent.map((e) => e.name);

/** A widget call: `path` under /api/v1/widget, the website token in the query, the visitor's token. */
function widget(
  method: 'get' | 'post' | 'patch' | 'put' | 'delete',
  path: string,
  token?: string,
  websiteToken = WEBSITE_TOKEN,
) {
  const sep = path.includes('?') ? '&' : '?';
  const req = fake.http[method](`/api/v1/widget/${path}${sep}${q(websiteToken)}`);
  return token === undefined ? req : req.set('X-Auth-Token', token);
}

/** POST /config without a token: a new visitor. */
async function newVisitor(websiteToken = WEBSITE_TOKEN) {
  const res = await widget('post', 'config', undefined, websiteToken).send({});
  expect(res.status).toBe(200);
  return {
    token: res.body.website_channel_config.auth_token as string,
    contactId: res.body.contact.id as number,
    pubsub: res.body.contact.pubsub_token as string,
  };
}

/** A visitor with a conversation started through the pre-chat form. */
async function chatting(content = 'Hello from the website') {
  const visitor = await newVisitor();
  const res = await widget('post', 'conversations', visitor.token).send({
    contact: { name: 'Visitor One', email: 'visitor@web.test' },
    message: { content },
  });
  expect(res.status).toBe(200);
  return { ...visitor, conversationId: res.body.id as number };
}

/** A second web widget inbox, made through the Application API. */
async function otherWidget() {
  const res = await fake.send('post', '/inboxes', {
    name: 'Other Site',
    channel: { type: 'web_widget', website_url: 'https://other.test' },
  });
  expect(res.status).toBe(200);
  return res.body.website_token as string;
}

function jwt(claims: object, secret = WIDGET_SECRET_KEY_BASE) {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${b64({ alg: 'HS256' })}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('credentials', () => {
  const visitorRoutes: [string, 'get' | 'post' | 'patch' | 'delete', string][] = [
    ['contact', 'get', 'contact'],
    ['contact update', 'patch', 'contact'],
    ['set_user', 'patch', 'contact/set_user'],
    ['conversations', 'get', 'conversations'],
    ['messages', 'get', 'messages'],
    ['message create', 'post', 'messages'],
    ['labels', 'post', 'labels'],
    ['typing', 'post', 'conversations/toggle_typing'],
  ];

  it.each(visitorRoutes)(
    "%s: an unknown website_token is 404 with Chatwoot's body",
    async (_n, method, path) => {
      const { token } = await newVisitor();
      const res = await widget(method, path, token, 'nope').send({});
      expect(res.status).toBe(404);
      expect(res.body).toEqual(NOT_FOUND);
    },
  );

  it.each(visitorRoutes)(
    '%s: a missing, forged or foreign visitor token is 404',
    async (_n, method, path) => {
      const { token } = await newVisitor();
      const other = await otherWidget();
      const { token: foreign } = await newVisitor(other);
      const forged = jwt(
        JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()),
        'another-secret',
      );
      for (const bad of [undefined, 'not-a-jwt', forged, foreign]) {
        const res = await widget(method, path, bad).send({});
        expect(res.status).toBe(404);
        expect(res.body).toEqual(NOT_FOUND);
      }
    },
  );

  it('a token naming another inbox than the widget is refused even with a valid source id', async () => {
    const { token } = await newVisitor();
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    const res = await widget('get', 'contact', jwt({ ...claims, inbox_id: 2 }));
    expect(res.status).toBe(404);
  });

  it('an expired token names nobody (exp checked on the fake clock)', async () => {
    const { token } = await newVisitor();
    fake.clock.advance(181 * 86_400_000);
    const res = await widget('get', 'contact', token);
    expect(res.status).toBe(404);
  });
});

describe('POST /api/v1/widget/config', () => {
  it('without a token makes a visitor and answers the widget settings and a JWT for it', async () => {
    const res = await widget('post', 'config').send({});
    expect(res.status).toBe(200);
    const config = res.body.website_channel_config;
    expect(config).toMatchObject({
      website_token: WEBSITE_TOKEN,
      website_name: 'Acme Website',
      widget_color: '#1f93ff',
      welcome_title: 'Hi there!',
      account_id: 1,
      utc_off_set: '+00:00',
    });
    expect(config.enabled_features).toEqual(['attachments', 'emoji_picker', 'end_conversation']);
    expect(res.body.contact.name).toMatch(/^[a-z]+-[a-z]+-\d+$/);
    expect(res.body.global_config.BRAND_NAME).toBe('Chatwoot');
    expect(eventNames()).toEqual(['contact_created']);
    const contact = await fake.get(`/contacts/${res.body.contact.id}`);
    expect(contact.status).toBe(200);
  });

  it('with a valid token answers the same visitor and makes none', async () => {
    const first = await newVisitor();
    fake.events.clear();
    const res = await widget('post', 'config', first.token).send({});
    expect(res.body.contact.id).toBe(first.contactId);
    expect(res.body.contact.pubsub_token).toBe(first.pubsub);
    expect(eventNames()).toEqual([]);
  });

  it('with a bad token starts a new visitor', async () => {
    const first = await newVisitor();
    const res = await widget('post', 'config', 'garbage').send({});
    expect(res.body.contact.id).not.toBe(first.contactId);
  });

  it('an unknown or missing website_token is 404', async () => {
    expect((await fake.http.post('/api/v1/widget/config').send({})).body).toEqual(NOT_FOUND);
    expect((await widget('post', 'config', undefined, '').send({})).status).toBe(404);
  });
});

describe('contact', () => {
  it('show renders what the pre-chat form needs', async () => {
    const { token } = await newVisitor();
    const res = await widget('get', 'contact', token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      has_email: false,
      has_name: true,
      has_phone_number: false,
      identifier: null,
    });
    expect(typeof res.body.source_id).toBe('string');
  });

  it('update takes name, email and phone (an invalid phone is discarded)', async () => {
    const { token, contactId } = await newVisitor();
    const res = await widget('patch', 'contact', token).send({
      name: 'Jane',
      email: 'JANE@Web.Test',
      phone_number: '12345',
      custom_attributes: { plan: 'pro' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: contactId, name: 'Jane', email: 'jane@web.test', phone_number: null });
    const app = await fake.get(`/contacts/${contactId}`);
    expect(app.body.payload.custom_attributes).toEqual({ plan: 'pro' });
  });

  it('update with an email another contact has merges the visitor into that contact', async () => {
    const { token, contactId } = await newVisitor();
    const res = await widget('put', 'contact', token).send({ email: 'marie@radium.test' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Marie Curie');
    expect(res.body.id).not.toBe(contactId);
    expect((await fake.get(`/contacts/${contactId}`)).status).toBe(404);
    expect(eventNames()).toContain('contact_merged');
  });

  it('update with an identifier on an hmac_mandatory widget needs the hash; without one it is a prechat update', async () => {
    await fake.send('patch', '/inboxes/1', { channel: { hmac_mandatory: true } });
    const { token } = await newVisitor();
    const bad = await widget('patch', 'contact', token).send({ identifier: 'u-1', identifier_hash: 'x' });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual(HMAC_FAILED);
    const prechat = await widget('patch', 'contact', token).send({ name: 'No Id' });
    expect(prechat.status).toBe(200);
    const good = await widget('patch', 'contact', token).send({
      identifier: 'u-1',
      identifier_hash: hmac('u-1'),
    });
    expect(good.status).toBe(200);
  });

  it('set_user checks the hash when sent, marks the session verified, and identifies', async () => {
    const { token, contactId } = await newVisitor();
    const bad = await widget('patch', 'contact/set_user', token).send({
      identifier: 'u-9',
      identifier_hash: 'nope',
    });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual(HMAC_FAILED);
    const res = await widget('patch', 'contact/set_user', token).send({
      identifier: 'u-9',
      identifier_hash: hmac('u-9'),
      name: 'Nine',
      email: 'nine@web.test',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: contactId, name: 'Nine', email: 'nine@web.test' });
    expect(res.body.widget_auth_token).toBeUndefined();
    const ci = fake.store.tables.contactInboxes.where('contact', contactId)[0];
    expect(ci.hmac_verified).toBe(true);
  });

  it('set_user with another identifier than the contact has starts a new contact with its own token', async () => {
    const { token, contactId } = await newVisitor();
    await widget('patch', 'contact/set_user', token).send({ identifier: 'first' });
    const res = await widget('patch', 'contact/set_user', token).send({
      identifier: 'second',
      name: 'Second',
    });
    expect(res.status).toBe(200);
    expect(res.body.id).not.toBe(contactId);
    expect(typeof res.body.widget_auth_token).toBe('string');
    const me = await widget('get', 'contact', res.body.widget_auth_token);
    expect(me.body.identifier).toBe('second');
  });

  it('set_user with the identifier of an existing contact merges into it', async () => {
    const { token } = await newVisitor();
    const res = await widget('patch', 'contact/set_user', token).send({ identifier: 'marie-001' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Marie Curie');
  });

  it('set_user on an hmac_mandatory widget without a hash is 401', async () => {
    await fake.send('patch', '/inboxes/1', { channel: { hmac_mandatory: true } });
    const { token } = await newVisitor();
    const res = await widget('patch', 'contact/set_user', token).send({ identifier: 'u-2' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(HMAC_FAILED);
  });

  it('destroy_custom_attributes removes the named keys and answers the contact model', async () => {
    const { token, contactId } = await newVisitor();
    await widget('patch', 'contact', token).send({ custom_attributes: { a: 1, b: 2 } });
    const res = await widget('post', 'contact/destroy_custom_attributes', token).send({
      custom_attributes: ['a'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: contactId, custom_attributes: { b: 2 } });
  });
});

describe('conversations', () => {
  it('create: the contact, the conversation and the first message, seen by the Application API', async () => {
    const visitor = await newVisitor();
    fake.events.clear();
    const res = await widget('post', 'conversations', visitor.token)
      .set(
        'User-Agent',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36',
      )
      .send({
        contact: { name: 'Pre Chat', email: 'pre@web.test', phone_number: '+14155550199' },
        message: { content: 'Need help', referer_url: 'https://www.acme.test/pricing' },
        custom_attributes: { order_id: '42' },
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      inbox_id: 1,
      status: 'open',
      custom_attributes: { order_id: '42' },
      contact: { name: 'Pre Chat', email: 'pre@web.test', phone_number: '+14155550199' },
    });
    expect(res.body.messages).toHaveLength(1);
    expect(res.body.messages[0]).toMatchObject({ content: 'Need help', message_type: 0 });
    expect(eventNames()).toEqual(['contact_updated', 'conversation_created', 'message_created']);
    const app = await fake.get(`/conversations/${res.body.id}`);
    expect(app.body.additional_attributes).toMatchObject({
      referer: 'https://www.acme.test/pricing',
      browser: { browser_name: 'Chrome', platform_name: 'Macintosh' },
    });
    const messages = await fake.get(`/conversations/${res.body.id}/messages`);
    expect(messages.body.payload.map((m: any) => m.content)).toContain('Need help');
  });

  it('index answers the last conversation, {} before any', async () => {
    const { token } = await newVisitor();
    expect((await widget('get', 'conversations', token)).body).toEqual({});
    const { token: t2, conversationId } = await chatting();
    const res = await widget('get', 'conversations', t2);
    expect(res.body).toEqual({ id: conversationId, inbox_id: 1, contact_last_seen_at: 0, status: 'open' });
  });

  it('without a conversation, typing, status and custom attributes answer an empty 404', async () => {
    const { token } = await newVisitor();
    for (const [method, path] of [
      ['post', 'conversations/toggle_typing'],
      ['get', 'conversations/toggle_status'],
      ['post', 'conversations/set_custom_attributes'],
      ['post', 'conversations/destroy_custom_attributes'],
    ] as const) {
      const res = await widget(method, path, token).send({});
      expect(res.status).toBe(404);
      expect(res.text).toBe('');
    }
    expect((await widget('post', 'conversations/transcript', token).send({})).status).toBe(429);
    expect((await widget('post', 'conversations/update_last_seen', token).send({})).status).toBe(200);
  });

  it("update_last_seen marks the agents' messages read", async () => {
    const { token, conversationId } = await chatting();
    await fake.send('post', `/conversations/${conversationId}/messages`, { content: 'Hi, how can I help?' });
    fake.events.clear();
    const res = await widget('post', 'conversations/update_last_seen', token).send({});
    expect(res.status).toBe(200);
    expect(eventNames()).toEqual(['message_updated']);
    const summary = await widget('get', 'conversations', token);
    expect(summary.body.contact_last_seen_at).toBeGreaterThan(0);
  });

  it('toggle_typing sends the contact typing events', async () => {
    const { token } = await chatting();
    fake.events.clear();
    await widget('post', 'conversations/toggle_typing', token).send({ typing_status: 'on' });
    await widget('post', 'conversations/toggle_typing', token).send({ typing_status: 'sideways' });
    await widget('post', 'conversations/toggle_typing', token).send({ typing_status: 'off' });
    expect(eventNames()).toEqual(['conversation_typing_on', 'conversation_typing_off']);
  });

  it('toggle_status resolves with an activity by the contact; 403 when the widget forbids it', async () => {
    const { token, conversationId } = await chatting();
    const res = await widget('get', 'conversations/toggle_status', token);
    expect(res.status).toBe(200);
    const app = await fake.get(`/conversations/${conversationId}/messages`);
    expect(app.body.payload.map((m: any) => m.content)).toContain('Conversation was resolved by Visitor one'); // String#capitalize, as the activity does;
    expect((await fake.get(`/conversations/${conversationId}`)).body.status).toBe('resolved');
    await fake.send('patch', '/inboxes/1', { channel: { selected_feature_flags: ['attachments'] } });
    const forbidden = await widget('get', 'conversations/toggle_status', token);
    expect(forbidden.status).toBe(403);
  });

  it('set and destroy custom attributes', async () => {
    const { token, conversationId } = await chatting();
    const set = await widget('post', 'conversations/set_custom_attributes', token).send({
      custom_attributes: { product: 'Widget', tier: 2 },
    });
    expect(set.status).toBe(204);
    const gone = await widget('post', 'conversations/destroy_custom_attributes', token).send({
      custom_attribute: ['product'],
    });
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ display_id: conversationId, custom_attributes: { tier: 2 } });
  });

  it("transcript records the mail to the contact's email", async () => {
    const { token } = await chatting();
    fake.events.clear();
    expect((await widget('post', 'conversations/transcript', token).send({})).status).toBe(200);
    expect(fake.events.named('conversation_transcript')[0].data).toMatchObject({ email: 'visitor@web.test' });
  });

  it("labels: only the account's labels are added; delete removes", async () => {
    const { token, conversationId } = await chatting();
    expect((await widget('post', 'labels', token).send({ label: 'nonexistent' })).status).toBe(204);
    expect((await widget('post', 'labels', token).send({ label: 'billing' })).status).toBe(204);
    expect((await fake.get(`/conversations/${conversationId}/labels`)).body.payload).toEqual(['billing']);
    expect((await widget('delete', 'labels/billing', token)).status).toBe(204);
    expect((await fake.get(`/conversations/${conversationId}/labels`)).body.payload).toEqual([]);
  });
});

describe('messages', () => {
  it('create without a conversation starts one; the message reaches the Application API and events', async () => {
    const { token } = await newVisitor();
    fake.events.clear();
    const res = await widget('post', 'messages', token).send({
      message: { content: 'First words', echo_id: 'e-1' },
      custom_attributes: { plan: 'pro' },
      labels: ['vip', 'nonexistent'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ content: 'First words', message_type: 0, content_type: 'text' });
    expect(res.body.content_attributes).toEqual({ in_reply_to: null });
    expect(eventNames()).toContain('conversation_created');
    expect(eventNames()).toContain('message_created');
    const conversation = await fake.get(`/conversations/${res.body.conversation_id}`);
    expect(conversation.body.custom_attributes).toEqual({ plan: 'pro' });
    expect(conversation.body.labels).toEqual(['vip']);
  });

  it('index pages with before and after, oldest first, without private notes', async () => {
    const { token, conversationId } = await chatting('m0');
    const ids: number[] = [];
    for (let i = 1; i <= 25; i++) {
      const r = await widget('post', 'messages', token).send({ message: { content: `m${i}` } });
      ids.push(r.body.id);
    }
    await fake.send('post', `/conversations/${conversationId}/messages`, {
      content: 'secret',
      private: true,
    });
    const latest = await widget('get', 'messages', token);
    expect(latest.body.payload.map((m: any) => m.content)).toEqual(
      Array.from({ length: 20 }, (_, i) => `m${i + 6}`),
    );
    expect(latest.body.meta).toEqual({ contact_last_seen_at: 0 });
    const before = await widget('get', `messages?before=${ids[5]}`, token);
    expect(before.body.payload.map((m: any) => m.content)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    const after = await widget('get', `messages?after=${ids[22]}`, token);
    expect(after.body.payload.map((m: any) => m.content)).toEqual(['m24', 'm25']);
  });

  it('a reply_to names a message of the conversation, else in_reply_to is null', async () => {
    const { token } = await chatting();
    const first = (await widget('get', 'messages', token)).body.payload[0];
    const ok = await widget('post', 'messages', token).send({
      message: { content: 'r', reply_to: first.id },
    });
    expect(ok.body.content_attributes).toEqual({ in_reply_to: first.id, in_reply_to_external_id: null });
    const bad = await widget('post', 'messages', token).send({ message: { content: 'r', reply_to: 999999 } });
    expect(bad.body.content_attributes).toEqual({ in_reply_to: null, in_reply_to_external_id: null });
  });

  it("a too long message is 422 with the model's message", async () => {
    const { token } = await chatting();
    const res = await widget('post', 'messages', token).send({ message: { content: 'x'.repeat(150_001) } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: 'Content is too long (maximum is 150000 characters)',
      attributes: ['content'],
    });
  });

  it('a resolved conversation refuses when the inbox takes no messages after resolution', async () => {
    const { token, conversationId } = await chatting();
    await widget('get', 'conversations/toggle_status', token);
    await fake.send('patch', '/inboxes/1', { allow_messages_after_resolved: false });
    const res = await widget('post', 'messages', token).send({ message: { content: 'again' } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'Conversation is resolved and does not accept new messages' });
    await fake.send('patch', '/inboxes/1', { allow_messages_after_resolved: true });
    const reopened = await widget('post', 'messages', token).send({ message: { content: 'again' } });
    expect(reopened.status).toBe(200);
    expect((await fake.get(`/conversations/${conversationId}`)).body.status).toBe('open');
  });

  it("multipart attachments become the message's attachments", async () => {
    const { token } = await chatting();
    const res = await widget('post', 'messages', token)
      .field('message[content]', 'see file')
      .attach('message[attachments][]', Buffer.from('\x89PNG fake'), {
        filename: 'shot.png',
        contentType: 'image/png',
      });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('see file');
    expect(res.body.attachments).toHaveLength(1);
    expect(res.body.attachments[0].file_type).toBe('image');
  });

  it('update: an input_email answer stores the email and identifies the contact', async () => {
    const { token, conversationId } = await chatting();
    const prompt = await fake.send('post', `/conversations/${conversationId}/messages`, {
      content: 'Your email?',
      content_type: 'input_email',
    });
    const res = await widget('put', `messages/${prompt.body.id}`, token).send({
      contact: { email: 'New@Mail.Test' },
    });
    expect(res.status).toBe(200);
    expect(res.body.content_attributes.submitted_email).toBe('new@mail.test');
    const conversation = await fake.get(`/conversations/${conversationId}`);
    expect(conversation.body.meta.sender.email).toBe('new@mail.test');
  });

  it('update: a CSAT answer creates the survey response', async () => {
    const { token, conversationId } = await chatting();
    const csat = await fake.send('post', `/conversations/${conversationId}/messages`, {
      content: 'Rate us',
      content_type: 'input_csat',
    });
    const res = await widget('patch', `messages/${csat.body.id}`, token).send({
      message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'great' } } },
    });
    expect(res.status).toBe(200);
    expect(res.body.content_attributes.submitted_values).toEqual({
      csat_survey_response: { rating: 5, feedback_message: 'great' },
    });
    const responses = await fake.get('/csat_survey_responses');
    expect(responses.body.map((r: any) => r.rating)).toContain(5);
  });

  it("update of another visitor's message is an empty 404", async () => {
    const me = await chatting();
    const other = await chatting('other');
    const theirs = (await widget('get', 'messages', other.token)).body.payload[0];
    const res = await widget('patch', `messages/${theirs.id}`, me.token).send({
      contact: { email: 'x@y.test' },
    });
    expect(res.status).toBe(404);
  });
});

describe('inbox_members and campaigns (website_token only)', () => {
  it('inbox_members lists the agents', async () => {
    const res = await widget('get', 'inbox_members');
    expect(res.status).toBe(200);
    expect(res.body.payload.map((m: any) => m.name).sort()).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
    ]);
    expect(res.body.payload[0]).toEqual(expect.objectContaining({ availability_status: expect.any(String) }));
  });

  it('campaigns lists the enabled ones', async () => {
    const created = await fake.send('post', '/campaigns', {
      title: 'Welcome',
      message: 'Hi!',
      inbox_id: 1,
      enabled: true,
      trigger_rules: { url: 'https://www.acme.test', time_on_page: 5 },
    });
    expect(created.status).toBe(200);
    await fake.send('post', '/campaigns', { title: 'Off', message: 'no', inbox_id: 1, enabled: false });
    const res = await widget('get', 'campaigns');
    expect(res.status).toBe(200);
    expect(res.body.map((c: any) => c.id)).toEqual([created.body.id]);
    expect(res.body[0]).toMatchObject({ message: 'Hi!', trigger_rules: { time_on_page: 5 } });
  });

  it('both are 404 for an unknown website_token', async () => {
    expect((await widget('get', 'inbox_members', undefined, 'zzz')).body).toEqual(NOT_FOUND);
    expect((await widget('get', 'campaigns', undefined, 'zzz')).status).toBe(404);
  });
});
