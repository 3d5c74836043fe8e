/**
 * Webhook delivery over real HTTP: a local receiver (127.0.0.1 only) gets what Chatwoot would POST,
 * each payload is validated against the event's schema in the spec (`webhooks:`), headers and the
 * signature are checked, and dead receivers neither slow nor fail the API call.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo, type LookupFunction } from 'node:net';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildFake, startFake, type RunningFake, type WebhookDelivery } from '../src/index';
import { loadSpec } from '../src/spec';
import { ADMIN, AGENT } from './helpers';
import type { DomainEvent, EventData, EventName } from '../src/events/types';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
  at: number;
}

/** A webhook receiver on 127.0.0.1: /ok answers 200, /fail 500, /busy 429, /slow never answers. */
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      received.push({ path: req.url ?? '', headers: req.headers, body, json, at: Date.now() });
      const path = req.url ?? '';
      if (path.startsWith('/slow')) return;
      if (path.startsWith('/fail')) return void res.writeHead(500).end('boom');
      if (path.startsWith('/busy')) return void res.writeHead(429).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (connection refused). */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const TIMEOUT_MS = 400;
let fake: RunningFake;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let validators: Record<string, ValidateFunction>;

beforeAll(async () => {
  fake = await startFake({ port: 0, webhooks: { timeoutMs: TIMEOUT_MS, agentBotRetryWaitMs: 20 } });
  receiver = await startReceiver();
  const spec = await loadSpec();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  validators = {};
  for (const [event, item] of Object.entries<any>(spec.webhooks)) {
    validators[event] = ajv.compile(item.post.requestBody.content['application/json'].schema);
  }
});
afterAll(async () => {
  await fake.close();
  await receiver.close();
});
beforeEach(() => {
  fake.reset();
  receiver.received.length = 0;
});

async function api(method: string, path: string, body?: unknown, token = ADMIN) {
  const res = await fetch(`${fake.url}/api/v1/accounts/1${path}`, {
    method,
    headers: { api_access_token: token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function subscribe(path: string, subscriptions: string[]) {
  const res = await api('POST', '/webhooks', { url: receiver.url(path), subscriptions });
  expect(res.status).toBe(200);
  return res.body.payload.webhook as { id: number; secret: string; url: string };
}

const ALL_EVENTS = [
  'conversation_created',
  'conversation_status_changed',
  'conversation_updated',
  'contact_created',
  'contact_updated',
  'message_created',
  'message_updated',
  'webwidget_triggered',
  'inbox_created',
  'inbox_updated',
  'conversation_typing_on',
  'conversation_typing_off',
];

function expectValid(delivery: WebhookDelivery) {
  const validate = validators[delivery.event];
  expect(validate).toBeDefined();
  const ok = validate(delivery.payload);
  if (!ok) throw new Error(`${delivery.event}: ${JSON.stringify(validate.errors, null, 1)}`);
  // The body on the wire is the payload as sent.
  expect(JSON.parse(delivery.request.body)).toEqual(delivery.payload);
}

function verifySignature(headers: http.IncomingHttpHeaders, body: string, secret: string) {
  const timestamp = headers['x-chatwoot-timestamp'] as string;
  expect(timestamp).toMatch(/^\d+$/);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  expect(headers['x-chatwoot-signature']).toBe(`sha256=${expected}`);
}

/**
 * The seeded conversation of a contact (by email): Marie's is in the website inbox, Nikola's in the API
 * inbox (2), Emmy's in the helpdesk inbox (3), the one with the agent bot.
 */
function conversationOf(email: string) {
  const contact = [...fake.store.tables.contacts.all()].find((c) => c.email === email)!;
  return fake.store.tables.conversations.where('contact', contact.id)[0];
}
const marie = () => conversationOf('marie@radium.test');
const nikola = () => conversationOf('nikola@ac.test');
const emmy = () => conversationOf('emmy@algebra.test');
/** The inbox with the agent bot: "Acme Helpdesk", an API inbox (the other API inbox, 2, has none). */
const BOT_INBOX = 3;
/** The agent bot bound to the helpdesk inbox. */
const botId = () => fake.store.tables.agentBotInboxes.where('inbox', BOT_INBOX)[0].agent_bot_id;
const userId = (email: string) => [...fake.store.tables.users.all()].find((u) => u.email === email)!.id;

/** Emits a domain event the way handlers record them (for events no route of the fake records yet). */
function emit<N extends EventName>(name: N, data: EventData[N], actor?: { type: 'User'; id: number }) {
  const at = fake.store.clock.peek();
  fake.events.emit({ name, accountId: 1, data, at, ...(actor ? { actor } : {}) } as DomainEvent);
}

describe('contact_updated to an account webhook', () => {
  it('renders the contact as saved after destroy_custom_attributes (the removed key is gone)', async () => {
    const hook = await subscribe('/ok/contacts', ['contact_updated']);
    const before = await api('GET', '/contacts/1');
    expect(before.body.payload.custom_attributes).toHaveProperty('plan');
    const res = await api('POST', '/contacts/1/destroy_custom_attributes', { custom_attributes: ['plan'] });
    expect(res.status).toBe(200);
    const delivery = await fake.webhooks.waitFor({ event: 'contact_updated', url: hook.url });
    expect(delivery.payload.custom_attributes).not.toHaveProperty('plan');
    expect(delivery.payload.changed_attributes).toEqual(
      expect.arrayContaining([{ custom_attributes: expect.objectContaining({ current_value: {} }) }]),
    );
  });
});

describe('message_created to an account webhook', () => {
  it('POSTs the message webhook_data with Chatwoot headers and a verifiable signature', async () => {
    const hook = await subscribe('/ok/messages', ['message_created']);
    const sent = await api(
      'POST',
      `/conversations/${marie().display_id}/messages`,
      { content: 'Hello Marie' },
      AGENT,
    );
    expect(sent.status).toBe(200);

    const delivery = await fake.webhooks.waitFor({ event: 'message_created', url: hook.url });
    expect(delivery).toMatchObject({
      target: 'account_webhook',
      webhookId: hook.id,
      state: 'delivered',
      status: 200,
      error: null,
      attempts: 1,
    });
    expect(delivery.durationMs).toEqual(expect.any(Number));
    expectValid(delivery);

    const [request] = receiver.received.filter((r) => r.path === '/ok/messages');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.accept).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/^rest-client\/2\.1\.0 \(.+\) ruby\/3\./);
    expect(request.headers['x-chatwoot-delivery']).toBe(delivery.deliveryId);
    expect(delivery.deliveryId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    verifySignature(request.headers, request.body, hook.secret);

    const payload = request.json;
    expect(Object.keys(payload)).toEqual([
      'account',
      'additional_attributes',
      'content_attributes',
      'content_type',
      'content',
      'conversation',
      'created_at',
      'id',
      'inbox',
      'message_type',
      'private',
      'sender',
      'source_id',
      'event',
    ]);
    expect(payload).toMatchObject({
      event: 'message_created',
      id: sent.body.id,
      content: 'Hello Marie',
      message_type: 'outgoing',
      content_type: 'text',
      private: false,
      sender: { id: userId('grace@acme.test'), name: 'Grace Hopper', email: 'grace@acme.test', type: 'user' },
      inbox: { id: 1, name: 'Acme Website' },
      account: { id: 1, name: 'Acme Support' },
      conversation: { id: marie().display_id, inbox_id: 1, status: 'open', channel: 'Channel::WebWidget' },
    });
    expect(payload.created_at).toBe(new Date(sent.body.created_at * 1000).toISOString());
    // The conversation's last chat message is the new one, with the display id as conversation_id.
    expect(payload.conversation.messages).toEqual([
      expect.objectContaining({ id: sent.body.id, conversation_id: marie().display_id, message_type: 1 }),
    ]);
    expect(payload.conversation.meta.sender).toMatchObject({ name: 'Marie Curie', type: 'contact' });
    expect(payload.conversation.meta.assignee).toMatchObject({ id: userId('grace@acme.test'), type: 'user' });
  });

  it('renders the payload as it was when the event happened, not when it is sent', async () => {
    const hook = await subscribe('/ok/snapshot', ['message_created']);
    await api('POST', `/conversations/${marie().display_id}/messages`, { content: 'first' });
    // Resolved right after: the message_created payload still shows the open conversation.
    await api('POST', `/conversations/${marie().display_id}/toggle_status`, { status: 'resolved' });
    const delivery = await fake.webhooks.waitFor({ event: 'message_created', url: hook.url });
    expect(delivery.payload.conversation).toMatchObject({ status: 'open' });
    expect((delivery.payload.conversation as any).messages[0].content).toBe('first');
  });

  it('writes JSON as Rails does (<, > and & escaped) and signs those exact bytes', async () => {
    const hook = await subscribe('/ok/escape', ['message_created']);
    await api('POST', `/conversations/${marie().display_id}/messages`, { content: '<b>Tom & Jerry</b>' });
    const delivery = await fake.webhooks.waitFor({ event: 'message_created', url: hook.url });
    const [request] = receiver.received.filter((r) => r.path === '/ok/escape');
    expect(request.body).toContain('"content":"\\u003cb\\u003eTom \\u0026 Jerry\\u003c/b\\u003e"');
    expect(request.json.content).toBe('<b>Tom & Jerry</b>');
    verifySignature(request.headers, request.body, hook.secret);
    expect(delivery.request.body).toBe(request.body);
  });

  it('sends private notes (webhook_sendable?) but never activity messages', async () => {
    const hook = await subscribe('/ok/notes', ['message_created']);
    await api('POST', `/conversations/${marie().display_id}/messages`, {
      content: 'internal',
      private: true,
    });
    // Resolving creates an activity message ("Conversation was marked resolved by …").
    await api('POST', `/conversations/${marie().display_id}/toggle_status`, { status: 'resolved' });
    await fake.webhooks.idle();
    const sent = fake.webhooks.deliveries({ event: 'message_created' }).filter((d) => d.url === hook.url);
    expect(sent).toHaveLength(1);
    expect(sent[0].payload).toMatchObject({ content: 'internal', private: true });
    expect(fake.events.recent.filter((e) => e.name === 'message_created')).toHaveLength(2);
  });
});

describe('every event type the fake emits', () => {
  it('delivers each subscribed event with a payload valid against its schema in the spec', async () => {
    const hook = await subscribe('/ok/all', ALL_EVENTS);

    const contact = await api('POST', '/contacts', { name: 'Ada Byron', email: 'ada.byron@example.test' });
    const contactId = contact.body.payload.contact.id;
    await api('PATCH', `/contacts/${contactId}`, { name: 'Ada King', custom_attributes: { plan: 'pro' } });
    const conversation = await api('POST', '/conversations', { contact_id: contactId, inbox_id: 2 });
    const displayId = conversation.body.id;
    const incoming = await api('POST', `/conversations/${displayId}/messages`, {
      content: 'Hi there',
      message_type: 'incoming',
    });
    await api('DELETE', `/conversations/${displayId}/messages/${incoming.body.id}`);
    await api('POST', `/conversations/${displayId}/labels`, { labels: ['billing'] });
    await api('POST', `/conversations/${displayId}/assignments`, { assignee_id: userId('grace@acme.test') });
    await api('POST', `/conversations/${displayId}/toggle_status`, { status: 'resolved' });
    const inbox = await api('POST', '/inboxes', { name: 'Partner API', channel: { type: 'api' } });
    await api('PATCH', `/inboxes/${inbox.body.id}`, { name: 'Partner API v2' });
    await api('POST', `/conversations/${displayId}/toggle_typing_status`, { typing_status: 'on' });
    await api('POST', `/conversations/${displayId}/toggle_typing_status`, {
      typing_status: 'off',
      is_private: true,
    });
    const contactInbox = fake.store.tables.contactInboxes.where('contact', contactId)[0];
    emit('webwidget_triggered', {
      contactInboxId: contactInbox.id,
      eventInfo: { browser_language: 'en', widget_language: 'en' },
    });

    await fake.webhooks.idle();
    const mine = fake.webhooks.deliveries().filter((d) => d.url === hook.url);
    expect(new Set(mine.map((d) => d.event))).toEqual(new Set(ALL_EVENTS));
    for (const delivery of mine) {
      expect([delivery.event, delivery.state, delivery.error]).toEqual([delivery.event, 'delivered', null]);
      expectValid(delivery);
    }
    const byEvent = (event: string) => mine.filter((d) => d.event === event).map((d) => d.payload as any);

    expect(byEvent('contact_created')[0]).toMatchObject({
      id: contactId,
      name: 'Ada Byron',
      email: 'ada.byron@example.test',
      account: { id: 1, name: 'Acme Support' },
    });
    const [updated] = byEvent('contact_updated');
    expect(updated.changed_attributes).toEqual(
      expect.arrayContaining([
        { name: { previous_value: 'Ada Byron', current_value: 'Ada King' } },
        { custom_attributes: { previous_value: {}, current_value: { plan: 'pro' } } },
        {
          updated_at: {
            previous_value: expect.stringMatching(/Z$/),
            current_value: expect.stringMatching(/Z$/),
          },
        },
      ]),
    );
    // The API inbox has no agent bot: the conversation starts open.
    expect(byEvent('conversation_created')[0]).toMatchObject({
      id: displayId,
      inbox_id: 2,
      status: 'open',
    });
    expect(byEvent('message_updated')[0]).toMatchObject({
      id: incoming.body.id,
      content: 'This message was deleted',
      content_attributes: { deleted: true },
    });
    const statusChanged = byEvent('conversation_status_changed').at(-1);
    expect(statusChanged.changed_attributes).toEqual([
      { status: { previous_value: 'open', current_value: 'resolved' } },
    ]);
    const updates = byEvent('conversation_updated');
    expect(updates.some((u) => u.changed_attributes.some((c: object) => 'label_list' in c))).toBe(true);
    const labelChange = updates.find((u) => u.changed_attributes.some((c: object) => 'label_list' in c));
    expect(labelChange.changed_attributes).toContainEqual({
      label_list: { previous_value: [], current_value: ['billing'] },
    });
    expect(labelChange.labels).toEqual(['billing']);
    expect(updates.some((u) => u.changed_attributes.some((c: object) => 'assignee_id' in c))).toBe(true);
    expect(byEvent('inbox_updated')[0].changed_attributes).toContainEqual({
      name: { previous_value: 'Partner API', current_value: 'Partner API v2' },
    });
    expect(byEvent('conversation_typing_on')[0]).toMatchObject({
      user: { id: userId('ada@acme.test'), name: 'Ada Lovelace', email: 'ada@acme.test', type: 'user' },
      conversation: { id: displayId },
      is_private: false,
    });
    expect(byEvent('conversation_typing_off')[0].is_private).toBe(true);
    expect(byEvent('webwidget_triggered')[0]).toMatchObject({
      id: contactInbox.id,
      source_id: contactInbox.source_id,
      contact: { id: contactId },
      inbox: { id: 2, name: 'Acme Mobile App' },
      current_conversation: { id: displayId },
      event_info: { browser_language: 'en' },
    });
  });

  it('skips contact_updated when the update changed nothing, and unsubscribed events', async () => {
    const hook = await subscribe('/ok/contacts', ['contact_updated']);
    const same = await api('PATCH', `/contacts/${marie().contact_id}`, { name: 'Marie Curie' });
    expect(same.status).toBe(200);
    await api('POST', '/contacts', { name: 'Not subscribed' });
    await fake.webhooks.idle();
    expect(fake.webhooks.deliveries().filter((d) => d.url === hook.url)).toEqual([]);
    await api('PATCH', `/contacts/${marie().contact_id}`, { name: 'Marie Skłodowska-Curie' });
    const delivery = await fake.webhooks.waitFor({ url: hook.url });
    expect(delivery.event).toBe('contact_updated');
    expectValid(delivery);
  });
});

describe('API inbox webhook_url and agent bots', () => {
  it('sends conversation and message events to the API inbox webhook_url, signed with the channel secret', async () => {
    const res = await api('PATCH', '/inboxes/2', { channel: { webhook_url: receiver.url('/ok/api-inbox') } });
    expect(res.status).toBe(200);
    await api('POST', '/contacts', { name: 'Only for account webhooks' });
    await api('POST', `/conversations/${nikola().display_id}/messages`, {
      content: 'from the app',
      message_type: 'incoming',
    });
    const delivery = await fake.webhooks.waitFor({ target: 'api_inbox_webhook' });
    expect(delivery).toMatchObject({ event: 'message_created', inboxId: 2, state: 'delivered' });
    expectValid(delivery);
    const [request] = receiver.received.filter((r) => r.path === '/ok/api-inbox');
    verifySignature(request.headers, request.body, 'acmeApiSecret000000000001');
    await fake.webhooks.idle();
    const toInbox = fake.webhooks.deliveries().filter((d) => d.target === 'api_inbox_webhook');
    expect(toInbox.map((d) => d.event)).not.toContain('contact_created');
  });

  it('sends what AgentBotListener sends to the outgoing_url of the inbox bot, unsigned', async () => {
    fake.store.tables.agentBots.update(botId(), { outgoing_url: receiver.url('/ok/bot') });
    await api('POST', `/conversations/${emmy().display_id}/messages`, {
      content: 'Need help',
      message_type: 'incoming',
    });
    const message = await fake.webhooks.waitFor({ target: 'agent_bot_webhook', event: 'message_created' });
    expect(message).toMatchObject({ agentBotId: botId(), deliveryId: null, status: 200 });
    expectValid(message);
    expect(message.payload).toMatchObject({
      content: 'Need help',
      message_type: 'incoming',
      sender: { id: emmy().contact_id, name: 'Emmy Noether', account: { id: 1 } },
    });
    const [request] = receiver.received.filter((r) => r.path === '/ok/bot');
    expect(request.headers['x-chatwoot-signature']).toBeUndefined();
    expect(request.headers['x-chatwoot-delivery']).toBeUndefined();
    expect(request.headers['content-type']).toBe('application/json');

    await api('POST', `/conversations/${emmy().display_id}/toggle_status`, { status: 'resolved' });
    const resolved = await fake.webhooks.waitFor({
      target: 'agent_bot_webhook',
      event: 'conversation_resolved',
    });
    expectValid(resolved);
    expect(resolved.payload).toMatchObject({
      id: emmy().display_id,
      status: 'resolved',
      event: 'conversation_resolved',
    });
    await api('POST', `/conversations/${emmy().display_id}/toggle_status`, { status: 'open' });
    const opened = await fake.webhooks.waitFor({ target: 'agent_bot_webhook', event: 'conversation_opened' });
    expectValid(opened);
  });

  it('retries an agent bot on 500 (3 attempts), never an account webhook', async () => {
    fake.store.tables.agentBots.update(botId(), { outgoing_url: receiver.url('/fail/bot') });
    const hook = await subscribe('/fail/account', ['message_created']);
    await api('POST', `/conversations/${emmy().display_id}/messages`, {
      content: 'retry me',
      message_type: 'incoming',
    });
    const bot = await fake.webhooks.waitFor({ target: 'agent_bot_webhook' });
    expect(bot).toMatchObject({
      state: 'failed',
      status: 500,
      attempts: 3,
      error: 'HTTP 500 Internal Server Error',
    });
    expect(receiver.received.filter((r) => r.path === '/fail/bot')).toHaveLength(3);
    const account = await fake.webhooks.waitFor({ url: hook.url });
    expect(account).toMatchObject({ state: 'failed', status: 500, attempts: 1 });
    expect(receiver.received.filter((r) => r.path === '/fail/account')).toHaveLength(1);
  });
});

describe('dead receivers', () => {
  it.each([
    ['connection refused', async () => `http://127.0.0.1:${await deadPort()}/hook`, /ECONNREFUSED/],
    ['HTTP 500', async () => receiver.url('/fail/dead'), /^HTTP 500/],
    ['a timeout', async () => receiver.url('/slow/dead'), /timed out after 400 ms/],
  ])('%s neither slows nor fails the API call, and is logged', async (_name, urlOf, error) => {
    const url = await urlOf();
    // Warm up the route (the validator compiles an operation's schemas on its first request).
    await api('POST', `/conversations/${marie().display_id}/messages`, { content: 'warm-up' });
    const created = await api('POST', '/webhooks', { url, subscriptions: ['message_created'] });
    expect(created.status).toBe(200);
    const started = performance.now();
    const res = await api('POST', `/conversations/${marie().display_id}/messages`, {
      content: 'still answered',
    });
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('still answered');
    expect(elapsed).toBeLessThan(TIMEOUT_MS / 2);
    const delivery = await fake.webhooks.waitFor({ url, timeoutMs: 5000 });
    expect(delivery).toMatchObject({ state: 'failed', attempts: 1, event: 'message_created' });
    expect(delivery.error).toMatch(error);
    if (String(error).includes('timed out'))
      expect(delivery.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    // The fake keeps answering while the delivery fails.
    expect((await api('GET', `/conversations/${marie().display_id}`)).status).toBe(200);
  });

  it('keeps other receivers fast while one times out, and keeps the order per receiver', async () => {
    await api('POST', '/webhooks', {
      url: receiver.url('/slow/blocked'),
      subscriptions: ['message_created'],
    });
    const hook = await subscribe('/ok/ordered', ['message_created']);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await api('POST', `/conversations/${marie().display_id}/messages`, { content: `m${i}` })).body.id,
      );
    }
    for (let i = 0; i < 5; i++) await fake.webhooks.waitFor({ url: hook.url, timeoutMs: 2000 });
    const order = receiver.received.filter((r) => r.path === '/ok/ordered').map((r) => r.json.id);
    expect(order).toEqual(ids);
  });
});

describe('failed deliveries (Webhooks::Trigger#handle_error)', () => {
  /** A new pending conversation of Nikola's in the helpdesk inbox (pending: the inbox has an agent bot). */
  async function pendingConversation() {
    const res = await api('POST', '/conversations', {
      contact_id: nikola().contact_id,
      inbox_id: BOT_INBOX,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('pending');
    return res.body.id as number;
  }
  const incoming = (displayId: number, content: string) =>
    api('POST', `/conversations/${displayId}/messages`, { content, message_type: 'incoming' });
  const messagesOf = async (displayId: number) =>
    (await api('GET', `/conversations/${displayId}/messages`)).body.payload as any[];

  it('an API inbox webhook_url refusing the connection marks the message failed with the Ruby error', async () => {
    const port = await deadPort();
    const url = `http://127.0.0.1:${port}/inbox`;
    expect((await api('PATCH', '/inboxes/2', { channel: { webhook_url: url } })).status).toBe(200);
    const hook = await subscribe('/ok/updates', ['message_updated']);

    const sent = await incoming(nikola().display_id, 'are you there?');
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');
    const delivery = await fake.webhooks.waitFor({ target: 'api_inbox_webhook', event: 'message_created' });
    expect(delivery).toMatchObject({ state: 'failed', error: expect.stringMatching(/ECONNREFUSED/) });

    const externalError =
      `Failed to open TCP connection to 127.0.0.1:${port} ` +
      `(Connection refused - connect(2) for "127.0.0.1" port ${port})`;
    const message = (await messagesOf(nikola().display_id)).find((m) => m.id === sent.body.id);
    expect(message).toMatchObject({
      status: 'failed',
      content_attributes: { external_error: externalError },
    });

    // Messages::StatusUpdateService's update! fires message_updated, which account webhooks get…
    const updated = await fake.webhooks.waitFor({ url: hook.url });
    expectValid(updated);
    expect(updated.payload).toMatchObject({
      event: 'message_updated',
      id: sent.body.id,
      content_attributes: { external_error: externalError },
    });
    // …and the API inbox too, which fails again: same status and error, so no further update (no loop).
    await fake.webhooks.waitFor({ target: 'api_inbox_webhook', event: 'message_updated' });
    await fake.webhooks.idle();
    const updates = fake.events.named('message_updated').filter((e) => e.data.messageId === sent.body.id);
    expect(updates).toHaveLength(1);
    expect(updates[0].data.changedAttributes).toMatchObject({
      status: { previous_value: 'sent', current_value: 'failed' },
      content_attributes: { previous_value: {}, current_value: { external_error: externalError } },
    });
    expect(
      fake.webhooks.deliveries({ event: 'message_updated' }).filter((d) => d.url === hook.url),
    ).toHaveLength(1);
  });

  it("an API inbox webhook_url answering 500 stores RestClient's message; an account webhook failing changes nothing", async () => {
    await api('PATCH', '/inboxes/2', { channel: { webhook_url: receiver.url('/fail/inbox') } });
    const sent = await incoming(nikola().display_id, 'hello?');
    await fake.webhooks.waitFor({ target: 'api_inbox_webhook', event: 'message_created' });
    const message = (await messagesOf(nikola().display_id)).find((m) => m.id === sent.body.id);
    expect(message).toMatchObject({
      status: 'failed',
      content_attributes: { external_error: '500 Internal Server Error' },
    });

    // Marie's inbox is a website inbox: a dead account webhook leaves her messages alone.
    const hook = await subscribe('/fail/account-only', ['message_created']);
    const other = await api('POST', `/conversations/${marie().display_id}/messages`, { content: 'hi' });
    expect((await fake.webhooks.waitFor({ url: hook.url })).state).toBe('failed');
    const mine = (await messagesOf(marie().display_id)).find((m) => m.id === other.body.id);
    expect(mine.status).toBe('sent');
    expect(mine.content_attributes.external_error).toBeUndefined();
  });

  it('leaves the inboxes without a bot alone: a new conversation there stays as it was asked', async () => {
    // The default world binds its bot to the helpdesk inbox only; website and API inbox keep the status.
    const res = await api('POST', '/conversations', { contact_id: nikola().contact_id, inbox_id: 2 });
    expect(res.body.status).toBe('open');
    const sent = await incoming(res.body.id, 'hello');
    expect(sent.status).toBe(200);
    await fake.webhooks.idle();
    expect(fake.webhooks.deliveries().filter((d) => d.target === 'agent_bot_webhook')).toEqual([]);
    expect((await api('GET', `/conversations/${res.body.id}`)).body.status).toBe('open');
    expect((await messagesOf(res.body.id)).map((m) => m.content)).toEqual(['hello']);
  });

  it('a dead agent bot opens the pending conversation with an activity message', async () => {
    // The seeded bot's outgoing_url is http://127.0.0.1:9/acme-bot: nothing listens there.
    const hook = await subscribe('/ok/status', ['conversation_status_changed']);
    const displayId = await pendingConversation();
    const sent = await incoming(displayId, 'I need a human');
    const bot = await fake.webhooks.waitFor({ target: 'agent_bot_webhook', event: 'message_created' });
    expect(bot).toMatchObject({ state: 'failed', attempts: 1, error: expect.stringMatching(/ECONNREFUSED/) });

    const conversation = await api('GET', `/conversations/${displayId}`);
    expect(conversation.body.status).toBe('open');
    const messages = await messagesOf(displayId);
    // The message itself is left as it was (newest upstream only opens the conversation).
    expect(messages.find((m) => m.id === sent.body.id)).toMatchObject({ status: 'sent' });
    expect(messages.find((m) => m.id === sent.body.id).content_attributes.external_error).toBeUndefined();
    expect(messages.at(-1)).toMatchObject({
      message_type: 2,
      content: 'Conversation was marked open by system due to an error with the agent bot.',
    });

    const changed = await fake.webhooks.waitFor({ url: hook.url });
    expectValid(changed);
    expect(changed.payload).toMatchObject({
      id: displayId,
      status: 'open',
      changed_attributes: [{ status: { previous_value: 'pending', current_value: 'open' } }],
    });
    // The bot is told the conversation opened (AgentBotListener#conversation_opened), which fails too.
    await fake.webhooks.waitFor({ target: 'agent_bot_webhook', event: 'conversation_opened' });
  });

  it('a bot answering 500 opens the conversation after its three attempts; an open one stays as it is', async () => {
    fake.store.tables.agentBots.update(botId(), { outgoing_url: receiver.url('/fail/bot') });
    const displayId = await pendingConversation();
    await incoming(displayId, 'anyone?');
    const bot = await fake.webhooks.waitFor({ target: 'agent_bot_webhook', event: 'message_created' });
    expect(bot).toMatchObject({ state: 'failed', status: 500, attempts: 3 });
    expect((await api('GET', `/conversations/${displayId}`)).body.status).toBe('open');

    // Already open: handle_error returns unless the conversation is pending.
    const before = (await messagesOf(displayId)).length;
    await incoming(displayId, 'still there?');
    await fake.webhooks.waitFor({ target: 'agent_bot_webhook', event: 'message_created' });
    await fake.webhooks.idle();
    const after = await messagesOf(displayId);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ content: 'still there?', status: 'sent' });
  });

  it('failureSideEffects: false turns the side effects off', async () => {
    const quiet = await startFake({ port: 0, cable: false, webhooks: { failureSideEffects: false } });
    try {
      const post = (path: string, body: object) =>
        fetch(`${quiet.url}/api/v1/accounts/1${path}`, {
          method: 'POST',
          headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then(async (r) => (await r.json()) as any);
      const conversation = await post('/conversations', {
        contact_id: nikola().contact_id,
        inbox_id: BOT_INBOX,
      });
      await post(`/conversations/${conversation.id}/messages`, { content: 'hi', message_type: 'incoming' });
      expect((await quiet.webhooks.waitFor({ target: 'agent_bot_webhook' })).state).toBe('failed');
      await quiet.webhooks.idle();
      const display = quiet.store.tables.conversations.findBy('display', [1, conversation.id])!;
      expect(display.status).toBe('pending');
    } finally {
      await quiet.close();
    }
  });

  it('a bot that answers keeps the conversation pending', async () => {
    fake.store.tables.agentBots.update(botId(), { outgoing_url: receiver.url('/ok/bot-live') });
    const displayId = await pendingConversation();
    await incoming(displayId, 'hi bot');
    expect((await fake.webhooks.waitFor({ target: 'agent_bot_webhook' })).state).toBe('delivered');
    await fake.webhooks.idle();
    expect((await api('GET', `/conversations/${displayId}`)).body.status).toBe('pending');
  });
});

describe('the delivery log', () => {
  it('waitFor rejects with a clear message when nothing matching completes in time', async () => {
    await expect(fake.webhooks.waitFor({ event: 'inbox_created', timeoutMs: 50 })).rejects.toThrow(
      /webhooks\.waitFor\(.*inbox_created.*\): no matching delivery completed within 50 ms/,
    );
  });

  it('hands each delivery to one waitFor, including those that completed before the call', async () => {
    const hook = await subscribe('/ok/log', ['contact_created']);
    await api('POST', '/contacts', { name: 'One' });
    await api('POST', '/contacts', { name: 'Two' });
    await fake.webhooks.idle();
    const first = await fake.webhooks.waitFor({ url: hook.url });
    const second = await fake.webhooks.waitFor({ url: hook.url });
    expect([first.payload.name, second.payload.name]).toEqual(['One', 'Two']);
    await expect(fake.webhooks.waitFor({ url: hook.url, timeoutMs: 30 })).rejects.toThrow(/no matching/);
  });

  it('is served at /__fake/webhook-deliveries and emptied by reset', async () => {
    const hook = await subscribe('/ok/control', ['contact_created']);
    await api('POST', '/contacts', { name: 'Logged' });
    await fake.webhooks.waitFor({ url: hook.url });
    const res = await fetch(`${fake.url}/__fake/webhook-deliveries?event=contact_created`);
    expect(res.status).toBe(200);
    const log = (await res.json()) as WebhookDelivery[];
    const entry = log.find((d) => d.url === hook.url)!;
    expect(entry).toMatchObject({
      event: 'contact_created',
      status: 200,
      attempts: 1,
      state: 'delivered',
      request: { method: 'POST', headers: expect.objectContaining({ 'Content-Type': 'application/json' }) },
    });
    expect(typeof entry.request.body).toBe('string');
    expect(log.every((d) => d.event === 'contact_created')).toBe(true);
    fake.reset();
    expect(fake.webhooks.deliveries()).toEqual([]);
    expect(await (await fetch(`${fake.url}/__fake/webhook-deliveries`)).json()).toEqual([]);
  });
});

/** A receiver on 127.0.0.1 that accepts connections and never answers; resolves `connected` on the first. */
async function startBlackhole() {
  const sockets = new Set<net.Socket>();
  let connected!: () => void;
  const first = new Promise<void>((resolve) => (connected = resolve));
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    connected: first,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('floods: bounded queues', () => {
  it('a receiver that never answers: at most queueLimit wait, the oldest are dropped, counted and logged', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blackhole = await startBlackhole();
    const flood = await startFake({ port: 0, webhooks: { queueLimit: 5, timeoutMs: 60_000 } });
    try {
      const url = blackhole.url('/hook');
      const call = (path: string, body: unknown) =>
        fetch(`${flood.url}/api/v1/accounts/1${path}`, {
          method: 'POST',
          headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await call('/webhooks', { url, subscriptions: ['contact_created'] })).status).toBe(200);
      expect((await call('/contacts', { name: 'C0' })).status).toBe(200);
      await blackhole.connected; // C0 is in flight, and stays there
      for (let i = 1; i < 20; i++) expect((await call('/contacts', { name: `C${i}` })).status).toBe(200);

      const queue = flood.webhooks.queues().find((q) => q.url === url);
      expect(queue).toEqual({ target: 'account_webhook', url, queued: 5, inFlight: 1, dropped: 14 });
      const log = flood.webhooks.deliveries().filter((d) => d.url === url);
      const names = (state: string) =>
        log.filter((d) => d.state === state).map((d) => (d.payload as { name: string }).name);
      expect(names('pending')).toEqual(['C0', 'C15', 'C16', 'C17', 'C18', 'C19']);
      expect(names('dropped')).toEqual(Array.from({ length: 14 }, (_, i) => `C${i + 1}`));
      expect(log.find((d) => d.state === 'dropped')).toMatchObject({
        status: null,
        attempts: 0,
        error: expect.stringMatching(/^dropped: 5 deliveries to .* were already waiting \(queueLimit\)$/),
      });
      // A dropped delivery has its outcome: waitFor hands it over.
      expect(await flood.webhooks.waitFor({ url })).toMatchObject({
        state: 'dropped',
        payload: { name: 'C1' },
      });
      const warnings = warn.mock.calls.filter(([m]) => String(m).includes(url));
      expect(warnings).toHaveLength(1);
      expect(warnings[0][0]).toMatch(/not keeping up/);
      // Over HTTP too.
      const res = await fetch(`${flood.url}/__fake/webhook-queues`);
      expect(((await res.json()) as unknown[]).find((q: any) => q.url === url)).toEqual(queue);
      flood.reset();
      expect(flood.webhooks.queues()).toEqual([]);
    } finally {
      warn.mockRestore();
      await flood.close();
      await blackhole.close();
    }
  });

  it('remembers a failed DNS lookup for a while: the next deliveries to the host fail without asking again', async () => {
    const asked: string[] = [];
    const lookup = ((hostname: string, _options: unknown, callback: (err: Error) => void) => {
      asked.push(hostname);
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
        code: 'ENOTFOUND',
        hostname,
      });
      setImmediate(() => callback(error));
    }) as unknown as LookupFunction;
    const dns = await startFake({ port: 0, webhooks: { lookup } });
    try {
      // localhost: even a lookup that is not the injected one stays on this machine.
      const url = `http://localhost:${await deadPort()}/hook`;
      const call = (path: string, body: unknown) =>
        fetch(`${dns.url}/api/v1/accounts/1${path}`, {
          method: 'POST',
          headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await call('/webhooks', { url, subscriptions: ['contact_created'] })).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await call('/contacts', { name: `D${i}` })).status).toBe(200);
      for (let i = 0; i < 3; i++) {
        expect(await dns.webhooks.waitFor({ url })).toMatchObject({
          state: 'failed',
          error: 'ENOTFOUND: getaddrinfo ENOTFOUND localhost',
        });
      }
      expect(asked).toEqual(['localhost']);
    } finally {
      await dns.close();
    }
  });

  it('refuses a queueLimit or dnsFailureTtlMs that is not a whole number in range', async () => {
    await expect(buildFake({ webhooks: { queueLimit: 0 } })).rejects.toThrow(/webhooks.queueLimit/);
    await expect(buildFake({ webhooks: { dnsFailureTtlMs: -1 } })).rejects.toThrow(
      /webhooks.dnsFailureTtlMs/,
    );
  });

  it("the default world's webhook fails at once (nothing listens on 127.0.0.1:9)", async () => {
    const seeded = 'http://127.0.0.1:9/acme-crm/webhook';
    await api('POST', '/contacts', { name: 'Seeded hook' });
    const delivery = await fake.webhooks.waitFor({ url: seeded, timeoutMs: 5000 });
    expect(delivery).toMatchObject({ state: 'failed', event: 'contact_created' });
    expect(delivery.error).toMatch(/ECONNREFUSED/);
  });
});
