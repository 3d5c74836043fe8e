/**
 * Many clients writing at once, over real sockets: the store stays consistent, unique keys stay unique,
 * ids and display ids never repeat, message order within a conversation is stable, and no write is lost.
 */
import { startFake, type RunningFake } from '../src/index';
import { storeInvariants } from './support/fuzzer';

let fake: RunningFake;
beforeAll(async () => {
  fake = await startFake({ validateResponses: true, webhooks: false, cable: false });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

interface Answer {
  status: number;
  body: any;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = fake.tokens.admin,
): Promise<Answer> {
  const res = await fetch(`${fake.url}/api/v1/accounts/${fake.accountId}${path}`, {
    method,
    headers: {
      api_access_token: token,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const statuses = (answers: Answer[]) =>
  answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

const all = <T>(n: number, make: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => make(i)));

afterEach(() => {
  expect(storeInvariants(fake.store)).toEqual([]);
});

describe('concurrent writes', () => {
  it('200 contact creates with the same email: exactly one succeeds, the others answer 422', async () => {
    const answers = await all(200, (i) =>
      call('POST', '/contacts', { name: `Twin ${i}`, email: 'Twin@Example.com' }),
    );
    expect(statuses(answers)).toEqual({ 200: 1, 422: 199 });
    for (const a of answers.filter((x) => x.status === 422)) {
      expect(a.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    }
    const twins = fake.db.contacts.filter((c) => c.email?.toLowerCase() === 'twin@example.com');
    expect(twins).toHaveLength(1);
    const created = answers.find((a) => a.status === 200)!.body.payload.contact;
    expect(twins[0].id).toBe(created.id);
  });

  it('100 contact creates with distinct emails: all succeed with unique, increasing ids', async () => {
    const before = fake.db.contacts.length;
    const answers = await all(100, (i) =>
      call('POST', '/contacts', { name: `C${i}`, email: `c${i}@example.com` }),
    );
    expect(statuses(answers)).toEqual({ 200: 100 });
    const ids = answers.map((a) => a.body.payload.contact.id as number);
    expect(new Set(ids).size).toBe(100);
    expect(fake.db.contacts).toHaveLength(before + 100);
    const listed = await call('GET', '/contacts/search?q=example.com');
    expect(listed.body.meta.count).toBe(100);
  });

  it('150 concurrent messages in one conversation: unique ids, all stored, listed in a stable order', async () => {
    const conversation = fake.db.conversations.find((c) => c.account_id === fake.accountId)!;
    const path = `/conversations/${conversation.display_id}/messages`;
    const before = fake.db.messages.filter((m) => m.conversation_id === conversation.id).length;
    const answers = await all(150, (i) => call('POST', path, { content: `message ${i}`, echo_id: `e${i}` }));
    expect(statuses(answers)).toEqual({ 200: 150 });
    const ids = answers.map((a) => a.body.id as number);
    expect(new Set(ids).size).toBe(150);
    // Each answer is its own message.
    answers.forEach((a, i) => expect(a.body).toMatchObject({ content: `message ${i}`, echo_id: `e${i}` }));
    const stored = fake.db.messages.filter((m) => m.conversation_id === conversation.id);
    expect(stored).toHaveLength(before + 150);
    // Id order is creation order: created_at never goes backwards along it.
    const byId = [...stored].sort((a, b) => a.id - b.id);
    for (let i = 1; i < byId.length; i++)
      expect(byId[i].created_at).toBeGreaterThanOrEqual(byId[i - 1].created_at);
    // The latest page answers the same order twice: the newest messages, in id order.
    const first = await call('GET', path);
    const second = await call('GET', path);
    const listed = first.body.payload.map((m: { id: number }) => m.id);
    expect(listed).toEqual(second.body.payload.map((m: { id: number }) => m.id));
    expect(listed).toEqual(byId.slice(-listed.length).map((m) => m.id));
    // Walking back with `before` visits every message once, in order.
    const seen: number[] = [...listed];
    for (let page = listed; page.length;) {
      const older = await call('GET', `${path}?before=${page[0]}`);
      page = older.body.payload.map((m: { id: number }) => m.id);
      seen.unshift(...page);
    }
    expect(seen).toEqual(byId.map((m) => m.id));
  });

  it('60 concurrent conversations: display ids are unique and contiguous', async () => {
    const contact = fake.db.contacts.find((c) => c.account_id === fake.accountId && c.email)!;
    const inbox = fake.db.inboxes.find(
      (i) => i.account_id === fake.accountId && i.channel.type === 'Channel::Api',
    )!;
    const lastBefore = fake.db.accounts.find((a) => a.id === fake.accountId)!.last_display_id;
    const answers = await all(60, () =>
      call('POST', '/conversations', { contact_id: contact.id, inbox_id: inbox.id }),
    );
    expect(statuses(answers)).toEqual({ 200: 60 });
    const displayIds = answers.map((a) => a.body.id as number).sort((a, b) => a - b);
    expect(displayIds).toEqual(Array.from({ length: 60 }, (_, i) => lastBefore + 1 + i));
  });

  it('concurrent status toggles on one conversation: the stored status is the last change, each change logged once', async () => {
    const conversation = fake.db.conversations.find((c) => c.account_id === fake.accountId)!;
    const path = `/conversations/${conversation.display_id}/toggle_status`;
    const events: { status?: { current_value: string } }[] = [];
    const off = fake.events.on((e) => {
      if (e.name === 'conversation_status_changed') events.push(e.data.changedAttributes as never);
    });
    const lastMessageId = Math.max(...fake.db.messages.map((m) => m.id));
    const wanted = ['resolved', 'open', 'pending', 'snoozed', 'open', 'resolved'];
    const answers = await all(60, (i) => call('POST', path, { status: wanted[i % wanted.length] }));
    off();
    expect(statuses(answers)).toEqual({ 200: 60 });
    const shown = await call('GET', `/conversations/${conversation.display_id}`);
    expect(events.length).toBeGreaterThan(0);
    expect(shown.body.status).toBe(events[events.length - 1].status!.current_value);
    // One activity message per actual change, no more, no fewer.
    const activities = fake.db.messages.filter((m) => m.id > lastMessageId && m.message_type === 2);
    expect(activities).toHaveLength(events.length);
  });

  it('concurrent updates of different contacts all land (no lost writes)', async () => {
    const contacts = fake.db.contacts.filter((c) => c.account_id === fake.accountId).slice(0, 10);
    const answers = await all(contacts.length * 5, (i) => {
      const c = contacts[i % contacts.length];
      return call('PATCH', `/contacts/${c.id}`, {
        custom_attributes: { [`k${Math.floor(i / contacts.length)}`]: i },
      });
    });
    expect(statuses(answers)).toEqual({ 200: contacts.length * 5 });
    // Chatwoot merges custom_attributes on update: every one of the five writes of each contact landed.
    for (const c of contacts) {
      const now = fake.db.contacts.find((x) => x.id === c.id)!;
      expect(Object.keys(now.custom_attributes)).toEqual(
        expect.arrayContaining(['k0', 'k1', 'k2', 'k3', 'k4']),
      );
    }
    const names = await all(contacts.length, (i) =>
      call('PATCH', `/contacts/${contacts[i].id}`, { name: `Renamed ${i}` }),
    );
    expect(statuses(names)).toEqual({ 200: contacts.length });
    contacts.forEach((c, i) =>
      expect(fake.db.contacts.find((x) => x.id === c.id)!.name).toBe(`Renamed ${i}`),
    );
  });

  it('creates, updates and deletes racing on the same contacts leave a consistent store', async () => {
    const made = await all(30, (i) =>
      call('POST', '/contacts', { name: `Race ${i}`, email: `race${i}@example.com` }),
    );
    const ids = made.map((a) => a.body.payload.contact.id as number);
    // One delete, one update and one read of each contact, interleaved.
    const answers = await all(90, (i) => {
      const id = ids[i % ids.length];
      switch (Math.floor(i / ids.length)) {
        case 0:
          return call('DELETE', `/contacts/${id}`);
        case 1:
          return call('PATCH', `/contacts/${id}`, { name: `Raced ${i}` });
        default:
          return call('GET', `/contacts/${id}`);
      }
    });
    // Each request either found the contact or not: never a 5xx, never anything but 200/404.
    expect(Object.keys(statuses(answers)).sort()).toEqual(expect.arrayContaining(['200']));
    expect(answers.every((a) => a.status === 200 || a.status === 404)).toBe(true);
    // Every contact was deleted once: all gone, their conversations with them, lists agree.
    for (const id of ids) expect((await call('GET', `/contacts/${id}`)).status).toBe(404);
    const search = await call('GET', '/contacts/search?q=race');
    expect(search.body.meta.count).toBe(0);
  });

  it('concurrent label sets on one conversation end with one of the requested sets, never a mix', async () => {
    const conversation = fake.db.conversations.find((c) => c.account_id === fake.accountId)!;
    const sets = [['vip'], ['bug'], ['vip', 'bug'], []];
    const answers = await all(40, (i) =>
      call('POST', `/conversations/${conversation.display_id}/labels`, { labels: sets[i % sets.length] }),
    );
    expect(statuses(answers)).toEqual({ 200: 40 });
    const final = await call('GET', `/conversations/${conversation.display_id}/labels`);
    expect(sets.map((s) => [...s].sort())).toContainEqual([...final.body.payload].sort());
  });
});
