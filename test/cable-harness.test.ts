/**
 * Cable in tests: `fake.cable.events()` / `waitFor()` (the log of broadcasts, no websocket needed),
 * `GET /__fake/cable-events`, the `chatwoot-fake/cable` client (`connectCable`), and Rails' own
 * ActionCable consumer (@rails/actioncable) running in Node with a small shim.
 */
import { WebSocket as WS } from 'ws';
import { connectCable, type CableMessage } from '../src/cable';
import { buildFake, startFake, type RunningFake } from '../src/index';
import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

const MARIE = 'marie@radium.test';

/** The seeded conversation of Marie (website inbox) and its contact inbox. */
function marie(f: { db: TestFake['db'] }) {
  const contact = f.db.contacts.find((c) => c.email === MARIE)!;
  const conversation = f.db.conversations.find((c) => c.contact_id === contact.id)!;
  const contactInbox = f.db.contactInboxes.find((ci) => ci.id === conversation.contact_inbox_id)!;
  return { contact, conversation, contactInbox };
}

const userOf = (f: { db: TestFake['db'] }, token: string) =>
  f.db.users.find((u) => u.access_token === token)!;

describe('fake.cable: the log of broadcasts', () => {
  let fake: TestFake;
  beforeAll(async () => {
    fake = await testFake();
  });
  beforeEach(() => fake.reset());

  const reply = (content: string, token = AGENT, isPrivate = false) =>
    fake.send(
      'post',
      `/conversations/${marie(fake).conversation.display_id}/messages`,
      { content, private: isPrivate },
      token,
    );

  it('records each broadcast with its streams, recipients and payload, with nobody subscribed', async () => {
    expect((await reply('Hello Marie')).status).toBe(200);
    const [created] = fake.cable.events({ event: 'message.created' });
    const { contactInbox, conversation } = marie(fake);
    const agent = userOf(fake, AGENT);
    const admin = userOf(fake, ADMIN);
    expect(created).toMatchObject({
      id: expect.any(Number),
      at: expect.stringMatching(/^2026-/),
      event: 'message.created',
      accountId: 1,
      delivered: 0,
      payload: {
        content: 'Hello Marie',
        conversation_id: conversation.display_id,
        account_id: 1,
        performer: { id: agent.id, type: 'user' },
      },
    });
    expect(created.streams).toEqual(expect.arrayContaining([agent.pubsub_token, contactInbox.pubsub_token]));
    expect(created.recipients.users).toEqual(expect.arrayContaining([agent.id, admin.id]));
    expect(created.recipients.contactInboxes).toEqual([contactInbox.id]);
    expect(created.recipients.accounts).toEqual([]);
  });

  it('a private note does not reach the contact', async () => {
    await reply('internal', AGENT, true);
    const [note] = fake.cable.events({ event: 'message.created', match: { content: 'internal' } });
    expect(note.payload.private).toBe(true);
    expect(note.recipients.contactInboxes).toEqual([]);
    expect(note.streams).not.toContain(marie(fake).contactInbox.pubsub_token);
  });

  it('contact events go to the account stream', async () => {
    const res = await fake.send('patch', `/contacts/${marie(fake).contact.id}`, { name: 'Marie S. Curie' });
    expect(res.status).toBe(200);
    const [updated] = fake.cable.events({ event: 'contact.updated' });
    expect(updated.streams).toEqual(['account_1']);
    expect(updated.recipients).toEqual({ users: [], contactInboxes: [], accounts: [1] });
    expect(updated.payload).toMatchObject({ id: marie(fake).contact.id, name: 'Marie S. Curie' });
  });

  it('waitFor: a broadcast made earlier, or one still to come; each handed out once', async () => {
    await reply('first');
    const later = fake.cable.waitFor({ event: 'message.created', match: { content: 'second' } });
    const first = await fake.cable.waitFor({ event: 'message.created' });
    expect(first.payload.content).toBe('first');
    await reply('second');
    expect((await later).payload.content).toBe('second');
    const byFunction = fake.cable.waitFor({ match: (e) => e.event === 'message.created', timeoutMs: 50 });
    await expect(byFunction).rejects.toThrow(
      /no matching broadcast within 50 ms\. Broadcasts so far: message\.created/,
    );
  });

  it('waitFor filters on a stream (a pubsub token)', async () => {
    await reply('note', AGENT, true);
    await reply('public');
    const toContact = await fake.cable.waitFor({
      event: 'message.created',
      stream: marie(fake).contactInbox.pubsub_token,
    });
    expect(toContact.payload.content).toBe('public');
  });

  it('reset() empties the log and rejects waiters; bad options are refused', async () => {
    await reply('before reset');
    const waiting = fake.cable.waitFor({ event: 'conversation.status_changed' });
    fake.reset();
    await expect(waiting).rejects.toThrow('cable.waitFor: the fake was reset');
    expect(fake.cable.events()).toEqual([]);
    await expect(fake.cable.waitFor({ event: 5 as never })).rejects.toThrow(/"event" must be/);
    expect(() => fake.cable.events({ match: 'x' as never })).toThrow(
      /"match" must be a function or an object/,
    );
  });

  it('GET /__fake/cable-events lists them', async () => {
    await reply('over http');
    const res = await fake.http.get('/__fake/cable-events?event=message.created').expect(200);
    expect(res.body.map((e: { payload: { content: string } }) => e.payload.content)).toEqual(['over http']);
    expect((await fake.http.get('/__fake/cable-events?event=nothing')).body).toEqual([]);
  });

  it('is bounded by cable.log, and off with cable.log 0 or cable: false', async () => {
    const small = await buildFake({ cable: { log: 2 } });
    const off = await buildFake({ cable: false });
    for (const f of [small, off]) {
      const display = marie(f).conversation.display_id;
      for (const content of ['a', 'b', 'c']) {
        const res = await fetchVia(f, `/conversations/${display}/messages`, { content });
        expect(res).toBe(200);
      }
    }
    expect(small.cable.events().map((e) => e.payload.content)).toEqual(['b', 'c']);
    expect(off.cable.events()).toEqual([]);
    await expect(off.cable.waitFor()).rejects.toThrow('the cable log is off');
    await expect(buildFake({ cable: { log: -1 } })).rejects.toThrow(
      'cable.log must be a non-negative integer',
    );
  });
});

/** POSTs through a built fake's app (supertest), answering the status. */
async function fetchVia(
  f: Awaited<ReturnType<typeof buildFake>>,
  path: string,
  body: object,
): Promise<number> {
  const request = (await import('supertest')).default;
  const res = await request(f.app)
    .post(`/api/v1/accounts/1${path}`)
    .set('api_access_token', AGENT)
    .send(body);
  return res.status;
}

describe('over a websocket', () => {
  let fake: RunningFake;
  beforeAll(async () => {
    fake = await startFake({ webhooks: { failureSideEffects: false } });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  const reply = async (content: string) => {
    const res = await fetch(
      `${fake.url}/api/v1/accounts/1/conversations/${marie(fake).conversation.display_id}/messages`,
      {
        method: 'POST',
        headers: { api_access_token: AGENT, 'content-type': 'application/json' },
        body: JSON.stringify({ content }),
      },
    );
    expect(res.status).toBe(200);
  };

  it('connectCable(url, token): the user’s RoomChannel, as waitFor, emitter and async iterator', async () => {
    const cable = await connectCable(fake.url, AGENT);
    try {
      expect(JSON.parse(cable.identifier)).toEqual({
        channel: 'RoomChannel',
        pubsub_token: userOf(fake, AGENT).pubsub_token,
        account_id: 1,
        user_id: userOf(fake, AGENT).id,
      });
      const emitted: CableMessage[] = [];
      cable.on('message', (m: CableMessage) => emitted.push(m));
      const iterator = cable[Symbol.asyncIterator]();
      await reply('to the dashboard');
      const message = await cable.waitFor({
        event: 'message.created',
        match: { content: 'to the dashboard' },
      });
      expect(message.data).toMatchObject({ content: 'to the dashboard', account_id: 1 });
      let next = await iterator.next();
      while (!next.done && next.value.event !== 'message.created') next = await iterator.next();
      expect(next.value).toEqual(message);
      expect(emitted.map((m) => m.event)).toContain('message.created');
      // The fake's log counted the frame it sent.
      const [logged] = fake.cable.events({ event: 'message.created' });
      expect(logged.delivered).toBeGreaterThanOrEqual(1);
    } finally {
      await cable.close();
    }
  });

  it('connectCable(url, { pubsubToken }): the contact’s (widget’s) subscription', async () => {
    const cable = await connectCable(`${fake.url.replace(/^http/, 'ws')}/cable`, {
      pubsubToken: marie(fake).contactInbox.pubsub_token,
    });
    try {
      await reply('to Marie');
      const message = await cable.waitFor({ event: 'message.created' });
      expect(message.data.content).toBe('to Marie');
    } finally {
      await cable.close();
    }
    await expect(cable.waitFor({ event: 'x', timeoutMs: 1000 })).rejects.toThrow(/the connection closed/);
  });

  it('refuses a bad token or pubsub token, and a URL that is no http or ws', async () => {
    await expect(connectCable(fake.url, 'not-a-token')).rejects.toThrow(
      'connectCable: GET /api/v1/profile answered 401 for the token',
    );
    await expect(connectCable(fake.url, { pubsubToken: 'nope' })).rejects.toThrow(
      /the subscription was rejected/,
    );
    await expect(connectCable('ftp://example.test', AGENT)).rejects.toThrow(
      /not an http\(s\) or ws\(s\) URL/,
    );
  });

  it('Rails’ own @rails/actioncable consumer, in Node with a shim, receives the broadcasts', async () => {
    // The shim (README, "Cable in tests"): a WebSocket from `ws`, and the window's add/removeEventListener
    // that ActionCable's ConnectionMonitor calls for `visibilitychange`.
    const windowLike = new EventTarget();
    const globals = globalThis as Record<string, unknown>;
    Object.assign(globals, {
      WebSocket: WS,
      addEventListener: windowLike.addEventListener.bind(windowLike),
      removeEventListener: windowLike.removeEventListener.bind(windowLike),
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ActionCable = require('@rails/actioncable') as {
      adapters: { WebSocket: unknown };
      createConsumer(url: string): {
        subscriptions: { create(params: object, mixin: object): { unsubscribe(): void } };
        disconnect(): void;
      };
    };
    ActionCable.adapters.WebSocket = WS; // read when the module loaded: set it too
    const consumer = ActionCable.createConsumer(`${fake.url.replace(/^http/, 'ws')}/cable`);
    try {
      const received: { event: string; data: any }[] = [];
      let wake: () => void = () => {};
      const connected = new Promise<void>((resolve, reject) => {
        const user = userOf(fake, AGENT);
        consumer.subscriptions.create(
          { channel: 'RoomChannel', pubsub_token: user.pubsub_token, account_id: 1, user_id: user.id },
          {
            connected: resolve,
            rejected: () => reject(new Error('rejected')),
            received(message: { event: string; data: any }) {
              received.push(message);
              wake();
            },
          },
        );
      });
      await connected;
      await reply('to the Rails consumer');
      const deadline = Date.now() + 5000;
      while (!received.some((m) => m.event === 'message.created') && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadline - Date.now());
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const created = received.find((m) => m.event === 'message.created');
      expect(created?.data).toMatchObject({ content: 'to the Rails consumer', account_id: 1 });
    } finally {
      consumer.disconnect();
      for (const name of ['WebSocket', 'addEventListener', 'removeEventListener']) delete globals[name];
    }
  });
});
