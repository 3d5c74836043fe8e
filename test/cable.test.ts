/**
 * `/cable`: Chatwoot's ActionCable endpoint, with a real websocket client subscribing the way the
 * web widget (contact inbox pubsub_token) and the dashboard (user pubsub_token + ids) do.
 */
import WebSocket from 'ws';
import { startFake, type RunningFake } from '../src/index';
import { ADMIN, AGENT } from './helpers';
import type { DomainEvent, EventData, EventName } from '../src/events/types';

interface Frame {
  type?: string;
  identifier?: string;
  message?: any;
}

/** A websocket client that keeps every frame and waits for the next one matching a predicate. */
class CableClient {
  readonly frames: Frame[] = [];
  private cursor = 0;
  private wake?: () => void;
  readonly ws: WebSocket;
  readonly opened: Promise<void>;

  constructor(url: string) {
    this.ws = new WebSocket(url, ['actioncable-v1-json', 'actioncable-unsupported']);
    this.ws.on('message', (raw) => {
      this.frames.push(JSON.parse(raw.toString()));
      this.wake?.();
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  /** The next frame (after the ones already taken) that matches; frames before it are skipped. */
  async next(match: (f: Frame) => boolean, timeoutMs = 2000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.cursor < this.frames.length) {
        const frame = this.frames[this.cursor++];
        if (match(frame)) return frame;
      }
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Next broadcast of an event (pings and presence skipped unless asked for). */
  event(name: string, timeoutMs?: number) {
    return this.next((f) => f.message?.event === name, timeoutMs);
  }

  /** Every broadcast event name received so far. */
  events(): string[] {
    return this.frames.filter((f) => f.message?.event).map((f) => f.message.event);
  }

  send(command: object) {
    this.ws.send(JSON.stringify(command));
  }

  async subscribe(params: Record<string, unknown>): Promise<{ identifier: string; frame: Frame }> {
    const identifier = JSON.stringify({ channel: 'RoomChannel', ...params });
    this.send({ command: 'subscribe', identifier });
    const frame = await this.next((f) => f.identifier === identifier && /subscription$/.test(f.type ?? ''));
    return { identifier, frame };
  }

  close() {
    this.ws.terminate();
  }
}

let fake: RunningFake;
const clients: CableClient[] = [];

beforeAll(async () => {
  fake = await startFake({ port: 0, cable: { pingIntervalMs: 100 } });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

async function connect(): Promise<CableClient> {
  const client = new CableClient(`${fake.url.replace(/^http/, 'ws')}/cable`);
  clients.push(client);
  await client.opened;
  return client;
}

async function api(method: string, path: string, body?: unknown, token = ADMIN) {
  const res = await fetch(`${fake.url}/api/v1/accounts/1${path}`, {
    method,
    headers: { api_access_token: token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** The seeded conversation of a contact: Marie's is in the website inbox, Nikola's in the API inbox. */
function conversationOf(email: string) {
  const contact = [...fake.store.tables.contacts.all()].find((c) => c.email === email)!;
  return fake.store.tables.conversations.where('contact', contact.id)[0];
}
const MARIE = 'marie@radium.test';
const NIKOLA = 'nikola@ac.test';
const display = (email: string) => conversationOf(email).display_id;
const userId = (email: string) => [...fake.store.tables.users.all()].find((u) => u.email === email)!.id;
const ADA = 'ada@acme.test'; // administrator
const GRACE = 'grace@acme.test'; // agent, member of both inboxes
const ALAN = 'alan@acme.test'; // agent, not a member of the API inbox

/** The widget's subscription: the pubsub_token of the conversation's contact inbox. */
function widgetToken(email: string): string {
  const conversation = conversationOf(email);
  return fake.store.tables.contactInboxes.get(conversation.contact_inbox_id)!.pubsub_token;
}

/** The dashboard's subscription of a user. */
function agentParams(email: string) {
  const user = fake.store.tables.users.get(userId(email))!;
  return { pubsub_token: user.pubsub_token, account_id: 1, user_id: user.id };
}

describe('/cable', () => {
  it('speaks ActionCable: sub-protocol, welcome, pings, confirm_subscription', async () => {
    const client = await connect();
    expect(client.ws.protocol).toBe('actioncable-v1-json');
    expect(await client.next(() => true)).toEqual({ type: 'welcome' });
    const ping = await client.next((f) => f.type === 'ping');
    expect(ping.message).toEqual(expect.any(Number));
    const { identifier, frame } = await client.subscribe({ pubsub_token: widgetToken(MARIE) });
    expect(frame).toEqual({ identifier, type: 'confirm_subscription' });
  });

  it('rejects unknown tokens, a user token without its user id, and other channels', async () => {
    const client = await connect();
    const unknown = await client.subscribe({ pubsub_token: 'nope' });
    expect(unknown.frame.type).toBe('reject_subscription');
    const wrongUser = await client.subscribe({ ...agentParams(GRACE), user_id: userId(ALAN) });
    expect(wrongUser.frame.type).toBe('reject_subscription');
    const otherAccount = await client.subscribe({ ...agentParams(GRACE), account_id: 99 });
    expect(otherAccount.frame.type).toBe('reject_subscription');
    const identifier = JSON.stringify({ channel: 'NotRoomChannel', pubsub_token: widgetToken(MARIE) });
    client.send({ command: 'subscribe', identifier });
    expect(await client.next((f) => f.identifier === identifier)).toEqual({
      identifier,
      type: 'reject_subscription',
    });
  });

  it('delivers message.created to the widget (contact) and the agent after a message is posted', async () => {
    const widget = await connect();
    const { identifier: widgetId } = await widget.subscribe({ pubsub_token: widgetToken(MARIE) });
    const agent = await connect();
    const { identifier: agentId } = await agent.subscribe(agentParams(GRACE));
    // Presence goes to the subscriber's own token on subscribe.
    const presence = await agent.event('presence.update');
    expect(presence.message.data).toEqual({
      account_id: 1,
      users: { [userId(GRACE)]: 'online' },
      contacts: { [conversationOf(MARIE).contact_id]: 'online' },
    });

    const sent = await api(
      'POST',
      `/conversations/${display(MARIE)}/messages`,
      { content: 'Hi Marie!', echo_id: 'tmp-1' },
      AGENT,
    );
    expect(sent.status).toBe(200);

    const toWidget = await widget.event('message.created');
    expect(toWidget.identifier).toBe(widgetId);
    expect(toWidget.message.data).toMatchObject({
      id: sent.body.id,
      content: 'Hi Marie!',
      account_id: 1,
      inbox_id: 1,
      conversation_id: display(MARIE),
      message_type: 1,
      private: false,
      echo_id: 'tmp-1',
      sender: { id: userId(GRACE), name: 'Grace Hopper', type: 'user' },
      conversation: { assignee_id: userId(GRACE), contact_inbox: { source_id: expect.any(String) } },
      performer: { id: userId(GRACE), type: 'user' },
    });
    const toAgent = await agent.event('message.created');
    expect(toAgent.identifier).toBe(agentId);
    expect(toAgent.message.data).toEqual(toWidget.message.data);
  });

  it('never sends private notes or activity messages to the contact', async () => {
    const widget = await connect();
    await widget.subscribe({ pubsub_token: widgetToken(MARIE) });
    const agent = await connect();
    await agent.subscribe(agentParams(GRACE));

    await api(
      'POST',
      `/conversations/${display(MARIE)}/messages`,
      { content: 'internal note', private: true },
      AGENT,
    );
    const note = await agent.event('message.created');
    expect(note.message.data).toMatchObject({ content: 'internal note', private: true });

    await api('POST', `/conversations/${display(MARIE)}/messages`, { content: 'public reply' }, AGENT);
    const first = await widget.event('message.created');
    expect(first.message.data.content).toBe('public reply');
    expect(widget.frames.some((f) => f.message?.data?.content === 'internal note')).toBe(false);

    // Resolving: both get conversation.status_changed; the activity message reaches the agent only.
    await api('POST', `/conversations/${display(MARIE)}/toggle_status`, { status: 'resolved' }, ADMIN);
    expect((await widget.event('conversation.status_changed')).message.data).toMatchObject({
      id: display(MARIE),
      status: 'resolved',
      account_id: 1,
    });
    const activity = await agent.next(
      (f) => f.message?.event === 'message.created' && f.message.data.message_type === 2,
    );
    expect(activity.message.data.content).toBe('Conversation was marked resolved by Ada Lovelace');
    expect(
      widget.frames.some((f) => f.message?.event === 'message.created' && f.message.data.message_type === 2),
    ).toBe(false);
  });

  it('sends conversation events to inbox agents and administrators only, contact events on the account stream', async () => {
    const outsider = await connect(); // Alan Turing (agent2) is not a member of the API inbox
    await outsider.subscribe(agentParams(ALAN));
    const admin = await connect();
    await admin.subscribe(agentParams(ADA));
    const widget = await connect();
    await widget.subscribe({ pubsub_token: widgetToken(NIKOLA) });

    await api('POST', `/conversations/${display(NIKOLA)}/assignments`, { assignee_id: userId(GRACE) });
    expect((await admin.event('assignee.changed')).message.data).toMatchObject({
      id: display(NIKOLA),
      meta: { assignee: { id: userId(GRACE) } },
      performer: { id: userId(ADA), name: 'Ada Lovelace' },
    });
    expect((await widget.event('conversation.updated')).message.data.id).toBe(display(NIKOLA));

    await api('PATCH', `/contacts/${conversationOf(MARIE).contact_id}`, { name: 'Marie Skłodowska-Curie' });
    // contact.* go to account_<id>, which every agent follows, never to a contact.
    expect((await outsider.event('contact.updated')).message.data).toMatchObject({
      id: conversationOf(MARIE).contact_id,
      name: 'Marie Skłodowska-Curie',
      type: 'contact',
      account_id: 1,
    });
    await admin.event('contact.updated');
    expect(outsider.events()).not.toContain('assignee.changed');
    expect(widget.events()).not.toContain('assignee.changed');
    expect(widget.events()).not.toContain('contact.updated');
  });

  it('sends typing events to everyone but the typer', async () => {
    const widget = await connect();
    await widget.subscribe({ pubsub_token: widgetToken(MARIE) });
    const typer = await connect();
    await typer.subscribe(agentParams(GRACE));
    const admin = await connect();
    await admin.subscribe(agentParams(ADA));

    const typing = await api(
      'POST',
      `/conversations/${display(MARIE)}/toggle_typing_status`,
      { typing_status: 'on' },
      AGENT,
    );
    expect(typing.status).toBe(200);
    const seen = await widget.event('conversation.typing_on');
    expect(seen.message.data).toMatchObject({
      conversation: { id: display(MARIE) },
      user: { id: userId(GRACE), name: 'Grace Hopper', type: 'user' },
      is_private: false,
      account_id: 1,
    });
    await admin.event('conversation.typing_on');
    // A later broadcast proves the typer's stream is live yet got no typing event.
    await api('POST', `/conversations/${display(MARIE)}/messages`, { content: 'after typing' }, AGENT);
    await typer.event('message.created');
    expect(typer.events()).not.toContain('conversation.typing_on');
  });

  it('answers update_presence and stops sending after unsubscribe', async () => {
    const agent = await connect();
    const { identifier } = await agent.subscribe(agentParams(GRACE));
    await agent.event('presence.update');
    agent.send({ command: 'message', identifier, data: JSON.stringify({ action: 'update_presence' }) });
    expect((await agent.event('presence.update')).message.data.users).toEqual({ [userId(GRACE)]: 'online' });
    agent.send({ command: 'unsubscribe', identifier });
    // Frames of one connection are handled in order: once a later subscription is confirmed, the
    // unsubscribe before it was handled; and a broadcast reaching the later one would have reached
    // the first in the same send.
    const other = await agent.subscribe(agentParams(ADA));
    await api('POST', `/conversations/${display(MARIE)}/messages`, { content: 'nobody listens' }, AGENT);
    expect((await agent.event('message.created')).identifier).toBe(other.identifier);
    const created = agent.frames.filter((f) => f.message?.event === 'message.created');
    expect(created.map((f) => f.identifier)).toEqual([other.identifier]);
  });

  it('renders messages when the event is recorded, conversation updates when the broadcast job runs', async () => {
    const agent = await connect();
    await agent.subscribe(agentParams(ADA));
    await agent.event('presence.update');
    const conversation = conversationOf(MARIE);
    const message = fake.store.tables.messages.where('conversation', conversation.id).at(-1)!;
    const ada = { type: 'User' as const, id: userId(ADA) };
    const emit = <N extends EventName>(name: N, data: EventData[N]) =>
      fake.events.emit({ name, accountId: 1, data, at: fake.store.clock.peek(), actor: ada } as DomainEvent);

    // One request's worth of work: events recorded, then more writes before ActionCableBroadcastJob runs.
    emit('message_updated', {
      messageId: message.id,
      conversationId: conversation.id,
      changedAttributes: { content: { previous_value: 'old', current_value: message.content } },
    });
    emit('conversation_updated', {
      conversationId: conversation.id,
      changedAttributes: { priority: { previous_value: 'medium', current_value: 'high' } },
    });
    emit('conversation_created', { conversationId: conversation.id });
    fake.store.tables.messages.update(message.id, { content: 'edited right after' });
    fake.store.tables.conversations.update(conversation.id, { priority: 'urgent' });

    // message.updated: Message#push_event_data as ActionCableListener rendered it when dispatched.
    const updated = await agent.event('message.updated');
    expect(updated.message.data).toMatchObject({ id: message.id, content: message.content, account_id: 1 });
    expect(updated.message.data.previous_changes).toEqual({ content: ['old', message.content] });
    // conversation.updated: re-read by the job (CONVERSATION_UPDATE_EVENTS), performer kept.
    const conversationUpdated = await agent.event('conversation.updated');
    expect(conversationUpdated.message.data).toMatchObject({
      id: conversation.display_id,
      priority: 'urgent',
      account_id: 1,
      performer: { id: userId(ADA), type: 'user' },
    });
    // conversation.created is not one of them: rendered when recorded.
    expect((await agent.event('conversation.created')).message.data.priority).toBe('high');
    // In the order recorded.
    expect(agent.events().filter((e) => e !== 'presence.update')).toEqual([
      'message.updated',
      'conversation.updated',
      'conversation.created',
    ]);
  });

  it('skips a conversation update whose conversation is gone when the job runs', async () => {
    const agent = await connect();
    await agent.subscribe(agentParams(ADA));
    await agent.event('presence.update');
    const conversation = conversationOf(MARIE);
    const emit = <N extends EventName>(name: N, data: EventData[N]) =>
      fake.events.emit({ name, accountId: 1, data, at: fake.store.clock.peek() } as DomainEvent);
    emit('conversation_status_changed', { conversationId: conversation.id, changedAttributes: {} });
    emit('assignee_changed', { conversationId: conversation.id });
    emit('contact_updated', { contactId: conversation.contact_id, changedAttributes: {} });
    fake.store.tables.conversations.delete(conversation.id);
    expect((await agent.event('contact.updated')).message.data.id).toBe(conversation.contact_id);
    expect(agent.events()).not.toContain('conversation.status_changed');
    expect(agent.events()).not.toContain('assignee.changed');
  });

  it('closes connections when the fake closes and 404s other upgrade paths', async () => {
    const other = await startFake({ port: 0 });
    const client = new CableClient(`${other.url.replace(/^http/, 'ws')}/cable`);
    await client.opened;
    await client.next((f) => f.type === 'welcome');
    const closed = new Promise<void>((resolve) => client.ws.once('close', () => resolve()));
    await other.close();
    await closed;
    expect(client.frames.at(-1)).toEqual({ type: 'disconnect', reason: 'server_restart', reconnect: true });

    const wrong = new WebSocket(`${fake.url.replace(/^http/, 'ws')}/not-cable`);
    const error = await new Promise<Error>((resolve) => wrong.once('error', resolve));
    expect(error.message).toMatch(/404/);
  });
});

/**
 * Floods: one client must not exhaust the fake. Counts are asserted, never times; every wait is for a
 * frame (a ping after the flood comes after everything the flood caused, frames being in order).
 */
describe('/cable bounds', () => {
  /** A contact made through the Public API, without credentials: its contact inbox's pubsub_token. */
  async function publicContactToken(base = fake.url): Promise<string> {
    const res = await fetch(`${base}/public/api/v1/inboxes/acmeApiInbox00000000001/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Flood' }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { pubsub_token: string }).pubsub_token;
  }

  const id = (token: string, n: number) => JSON.stringify({ channel: 'RoomChannel', pubsub_token: token, n });
  const count = (client: CableClient, from: number, type: string) =>
    client.frames.slice(from).filter((f) => f.type === type).length;
  const presences = (client: CableClient, from: number) =>
    client.frames.slice(from).filter((f) => f.message?.event === 'presence.update').length;

  it('caps the subscriptions of a connection, ignores duplicates and coalesces presence (a subscribe flood)', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const token = await publicContactToken();
    const client = await connect();
    await client.next((f) => f.type === 'welcome');
    const N = 300;
    for (let n = 0; n < N; n++) {
      client.send({ command: 'subscribe', identifier: id(token, n) });
      // ActionCable ignores a subscribe whose identifier the connection already has: no frame at all.
      if (n % 10 === 0) client.send({ command: 'subscribe', identifier: id(token, 0) });
    }
    await client.next((f) => f.identifier === id(token, N - 1));
    await client.next((f) => f.type === 'ping');

    expect(count(client, 0, 'confirm_subscription')).toBe(100); // maxSubscriptionsPerConnection
    expect(count(client, 0, 'reject_subscription')).toBe(N - 100);
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/maxSubscriptionsPerConnection/)]]);
    warn.mockRestore();
    expect(client.frames.filter((f) => f.identifier === id(token, 0) && f.type)).toHaveLength(1);
    // Each subscribe asks for a presence.update to every subscription of the token (RoomChannel): sent
    // as they came, that is 1 + 2 + … + 100 frames; coalesced, about one per subscription.
    expect(presences(client, 0)).toBeLessThanOrEqual(N);

    // update_presence, flooded: coalesced as well.
    const before = client.frames.length;
    const data = JSON.stringify({ action: 'update_presence' });
    for (let n = 0; n < 500; n++) client.send({ command: 'message', identifier: id(token, 0), data });
    await client.next((f) => f.type === 'ping' && client.frames.indexOf(f) > before);
    expect(presences(client, before)).toBeGreaterThanOrEqual(100);
    expect(presences(client, before)).toBeLessThanOrEqual(300);

    // A slot freed by unsubscribe can be used again (same connection: frames are handled in order).
    for (let n = 0; n < 10; n++) client.send({ command: 'unsubscribe', identifier: id(token, n) });
    client.send({ command: 'subscribe', identifier: id(token, 1000) });
    expect((await client.next((f) => f.identifier === id(token, 1000))).type).toBe('confirm_subscription');
  });

  it('caps the subscriptions of the process (maxSubscriptions)', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const small = await startFake({ port: 0, cable: { pingIntervalMs: 100, maxSubscriptions: 150 } });
    try {
      const token = await publicContactToken(small.url);
      const open = async () => {
        const client = new CableClient(`${small.url.replace(/^http/, 'ws')}/cable`);
        clients.push(client);
        await client.opened;
        await client.next((f) => f.type === 'welcome');
        return client;
      };
      const [a, b] = [await open(), await open()];
      for (const [client, offset] of [
        [a, 0],
        [b, 1000],
      ] as const) {
        for (let n = 0; n < 100; n++)
          client.send({ command: 'subscribe', identifier: id(token, offset + n) });
        await client.next((f) => f.identifier === id(token, offset + 99));
      }
      expect(count(a, 0, 'confirm_subscription')).toBe(100);
      expect(count(b, 0, 'confirm_subscription')).toBe(50);
      expect(count(b, 0, 'reject_subscription')).toBe(50);
      expect(warn.mock.calls).toEqual([[expect.stringMatching(/maxSubscriptions\)/)]]);
    } finally {
      warn.mockRestore();
      await small.close();
    }
  });

  it('refuses limits that are not positive integers', async () => {
    const refused = await startFake({ port: 0, cable: { maxSubscriptions: 0 } }).then(
      (f) => f.close().then(() => 'started'),
      (err: Error) => err.message,
    );
    expect(refused).toMatch(/cable.maxSubscriptions must be a positive integer/);
  });

  it('closes a connection that sends a frame over maxPayload (1 MiB) with 1009', async () => {
    const client = await connect();
    await client.next((f) => f.type === 'welcome');
    const closed = new Promise<number>((resolve) => client.ws.once('close', (code) => resolve(code)));
    client.ws.on('error', () => undefined); // the server's close may race the client's own write
    client.send({ command: 'subscribe', identifier: 'x'.repeat(1024 * 1024) });
    client.send({
      command: 'subscribe',
      identifier: JSON.stringify({ channel: 'RoomChannel', pubsub_token: widgetToken(MARIE) }),
    });
    const confirmed = new Promise<string>((resolve) =>
      client.ws.on('message', (raw) => {
        if (JSON.parse(raw.toString()).type === 'confirm_subscription') resolve('still open');
      }),
    );
    const outcome = await Promise.race([closed, confirmed]);
    expect(outcome).toBe(1009);
  });
});
