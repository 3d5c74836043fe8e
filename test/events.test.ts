/**
 * Payload builders (src/events/payloads.ts) over the whole seeded world, checked against the webhook
 * schemas of the spec, and the rendering rules they share (changed attributes, Rails JSON).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  contactWebhookData,
  conversationPushData,
  inboxPushData,
  messageWebhookData,
  railsJson,
  renderChangedAttributes,
  renderPreviousChanges,
  typerOf,
  webhookSendable,
} from '../src/events/payloads';
import { loadSpec } from '../src/spec';
import { ADMIN, testFake, type TestFake } from './helpers';

let fake: TestFake;
let validators: Record<string, ValidateFunction>;

beforeAll(async () => {
  fake = await testFake();
  const spec = await loadSpec();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  validators = {};
  for (const [event, item] of Object.entries<any>(spec.webhooks)) {
    validators[event] = ajv.compile(item.post.requestBody.content['application/json'].schema);
  }
});
beforeEach(() => fake.reset());

function expectValid(event: string, payload: object) {
  const validate = validators[event];
  if (!validate(payload)) throw new Error(`${event}: ${JSON.stringify(validate.errors, null, 1)}`);
}

describe('payload builders on the seeded world', () => {
  it('renders every conversation as its push data (conversation_created schema)', () => {
    const { tables } = fake.store;
    const all = [...tables.conversations.all()];
    expect(all.length).toBeGreaterThan(3);
    for (const conversation of all) {
      const payload = { ...conversationPushData(tables, conversation), event: 'conversation_created' };
      expectValid('conversation_created', payload);
      expect(payload.id).toBe(conversation.display_id);
      // The last chat message: never a private note or an activity message.
      for (const m of payload.messages) expect([m.private, m.message_type === 2]).toEqual([false, false]);
    }
  });

  it('renders every sendable message as its webhook_data (message_created schema)', () => {
    const { tables } = fake.store;
    const messages = [...tables.messages.all()].filter(webhookSendable);
    const senders = new Set<string>();
    for (const message of messages) {
      const payload: Record<string, any> = {
        ...messageWebhookData(tables, message),
        event: 'message_created',
      };
      expectValid('message_created', payload);
      senders.add(String(payload.sender?.type ?? 'contact'));
      expect(payload.message_type).toBe(
        ['incoming', 'outgoing', 'activity', 'template'][message.message_type],
      );
    }
    // Users, agent bots and contacts all appear as senders in the default world.
    expect(senders).toEqual(new Set(['user', 'agent_bot', 'contact']));
    expect([...tables.messages.all()].some((m) => !webhookSendable(m))).toBe(true);
  });

  it('renders every contact (contact_created schema) and inbox (inbox_created schema)', () => {
    const { tables } = fake.store;
    for (const contact of tables.contacts.all()) {
      expectValid('contact_created', { ...contactWebhookData(tables, contact), event: 'contact_created' });
    }
    for (const inbox of tables.inboxes.all()) {
      const payload = { ...inboxPushData(inbox), event: 'inbox_created' };
      expectValid('inbox_created', payload);
      expect(payload.working_hours).toHaveLength(7);
      expect(payload.channel.id).toBe(inbox.channel_id);
    }
  });
});

describe('rendering rules', () => {
  it('renders changed attributes as Rails previous_changes: one-key objects, ISO times, label_list', () => {
    const t0 = Date.parse('2026-01-15T09:00:00Z');
    expect(
      renderChangedAttributes({
        status: { previous_value: 'open', current_value: 'resolved' },
        labels: { previous_value: ['a'], current_value: ['a', 'b'] },
        snoozed_until: { previous_value: null, current_value: t0 },
        updated_at: { previous_value: t0, current_value: t0 + 1000 },
      }),
    ).toEqual([
      { status: { previous_value: 'open', current_value: 'resolved' } },
      { label_list: { previous_value: ['a'], current_value: ['a', 'b'] } },
      { snoozed_until: { previous_value: null, current_value: '2026-01-15T09:00:00.000Z' } },
      {
        updated_at: {
          previous_value: '2026-01-15T09:00:00.000Z',
          current_value: '2026-01-15T09:00:01.000Z',
        },
      },
    ]);
    // Already in the array form (as the inbox handler records it): kept.
    expect(renderChangedAttributes([{ name: { previous_value: 'a', current_value: 'b' } }])).toEqual([
      { name: { previous_value: 'a', current_value: 'b' } },
    ]);
    expect(renderChangedAttributes({})).toBeUndefined();
    expect(renderChangedAttributes(undefined)).toBeUndefined();
    expect(renderPreviousChanges({ content: { previous_value: 'x', current_value: 'y' } })).toEqual({
      content: ['x', 'y'],
    });
    expect(renderPreviousChanges(undefined)).toBeNull();
  });

  it('writes JSON as ActiveSupport does', () => {
    expect(railsJson({ a: '<script>&</script>', b: 'line\u2028sep' })).toBe(
      '{"a":"\\u003cscript\\u003e\\u0026\\u003c/script\\u003e","b":"line\\u2028sep"}',
    );
    expect(JSON.parse(railsJson({ a: '<&>' }))).toEqual({ a: '<&>' });
  });

  it('reads the typer of a typing event', () => {
    expect(typerOf({ userType: 'Contact', userId: 3 })).toEqual({ type: 'Contact', id: 3 });
    expect(typerOf({ userType: 'User', userId: 2 })).toEqual({ type: 'User', id: 2 });
    expect(typerOf({ userType: null, userId: null })).toBeUndefined();
  });
});

describe('delivery from a built (not listening) fake', () => {
  it('delivers from handlers called through supertest, and bounds the log', async () => {
    const received: string[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(body);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      const created = await fake.http
        .post(fake.path('/webhooks'))
        .set('api_access_token', ADMIN)
        .send({ url, subscriptions: ['contact_created'] });
      expect(created.status).toBe(200);
      const res = await fake.http
        .post(fake.path('/contacts'))
        .set('api_access_token', ADMIN)
        .send({ name: 'Built' });
      expect(res.status).toBe(200);
      const delivery = await fake.webhooks.waitFor({ url });
      expect(delivery).toMatchObject({ event: 'contact_created', state: 'delivered', status: 200 });
      expect(JSON.parse(received[0])).toMatchObject({ event: 'contact_created', name: 'Built' });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('keeps only the newest `keep` deliveries, and sends nothing with webhooks: false', async () => {
    const small = await testFake({ webhooks: { keep: 2, timeoutMs: 200 } });
    for (let i = 0; i < 4; i++) {
      await small.http
        .post(small.path('/contacts'))
        .set('api_access_token', ADMIN)
        .send({ name: `C${i}` });
    }
    // The seeded webhook (127.0.0.1:9, refused) is subscribed to contact_created.
    const log = small.webhooks.deliveries();
    expect(log).toHaveLength(2);
    expect(log.map((d) => (d.payload as { name: string }).name)).toEqual(['C2', 'C3']);
    await small.webhooks.idle();
    small.reset();

    const off = await testFake({ webhooks: false });
    await off.http.post(off.path('/contacts')).set('api_access_token', ADMIN).send({ name: 'Silent' });
    expect(off.webhooks.deliveries()).toEqual([]);
  });
});
