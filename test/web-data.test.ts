/**
 * Generated records (`--contacts N --conversations N`): realistic, coherent and deterministic data a
 * frontend can be built against.
 */
import { buildFake } from '../src/index';
import { LANGUAGES, TEXT } from '../src/fixtures/text';
import type { Conversation, Message } from '../src/store';
import { E164_PATTERN } from '../src/domain/validations';
import { ADMIN, testFake, type TestFake } from './helpers';

let fake: TestFake;
let base: TestFake;
beforeAll(async () => {
  fake = await testFake({ contacts: 300, conversations: 150, seed: 5 });
  base = await testFake();
});
beforeEach(() => fake.reset());

const generatedIds = (table: { size: number }, baseTable: { size: number }) => ({
  from: baseTable.size + 1,
  count: table.size - baseTable.size,
});

function generatedContacts() {
  const { from } = generatedIds(fake.store.tables.contacts, base.store.tables.contacts);
  return [...fake.store.tables.contacts.all()].filter((c) => c.id >= from);
}

function generatedConversations(): Conversation[] {
  const { from } = generatedIds(fake.store.tables.conversations, base.store.tables.conversations);
  return [...fake.store.tables.conversations.all()].filter((c) => c.id >= from);
}

const messagesOf = (c: Conversation): Message[] => fake.store.tables.messages.where('conversation', c.id);

describe('generated contacts', () => {
  it('have names, unique emails on reserved domains, unique E.164 phones and local avatars', () => {
    const contacts = generatedContacts();
    expect(contacts).toHaveLength(300);
    const emails = contacts.map((c) => c.email).filter(Boolean) as string[];
    const phones = contacts.map((c) => c.phone_number).filter(Boolean) as string[];
    expect(emails.length).toBeGreaterThan(240);
    expect(phones.length).toBeGreaterThan(140);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(phones).size).toBe(phones.length);
    for (const email of emails)
      expect(email).toMatch(/^[a-z0-9._-]+@([a-z0-9-]+\.)*(example|example\.(com|net|org))$/);
    for (const phone of phones) expect(phone).toMatch(E164_PATTERN);
    for (const c of contacts) {
      expect(c.name).toMatch(/^\S+( \S+)+$/);
      expect(c.avatar_url === '' || c.avatar_url.startsWith('data:image/svg+xml,')).toBe(true);
      expect(c.additional_attributes).toMatchObject({
        city: expect.any(String),
        country: expect.any(String),
      });
    }
    const withAvatar = contacts.filter((c) => c.avatar_url).length;
    expect(withAvatar).toBeGreaterThan(150);
    expect(withAvatar).toBeLessThan(270);
    // Several countries, and the phone's country code matches the country.
    const countries = new Set(contacts.map((c) => c.additional_attributes.country_code));
    expect(countries.size).toBeGreaterThanOrEqual(8);
    const germans = contacts.filter((c) => c.additional_attributes.country_code === 'DE' && c.phone_number);
    expect(germans.length).toBeGreaterThan(0);
    for (const c of germans) expect(c.phone_number).toMatch(/^\+49/);
  });

  it('render through the API with their avatar as thumbnail', async () => {
    const res = await fake.http.get(fake.path('/contacts?page=2')).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    const withAvatar = res.body.payload.find((c: any) => c.thumbnail);
    expect(withAvatar.thumbnail).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(withAvatar.thumbnail)).toContain('<svg');
  });
});

describe('generated conversations', () => {
  it('read like support threads in several languages', () => {
    const conversations = generatedConversations();
    expect(conversations).toHaveLength(150);
    const texts = new Set(conversations.flatMap((c) => messagesOf(c).map((m) => m.content)));
    const languagesSeen = LANGUAGES.filter((lang) => {
      const openings = Object.values(TEXT[lang].topics).flatMap((t) => t.opening);
      return openings.some((o) =>
        [...texts].some((t) => t !== null && t.startsWith(o.split('{')[0].slice(0, 25))),
      );
    });
    expect(languagesSeen.length).toBeGreaterThanOrEqual(4);
    for (const c of conversations) {
      const messages = messagesOf(c);
      expect(messages[0]).toMatchObject({ message_type: 0, sender_type: 'Contact', sender_id: c.contact_id });
      for (const m of messages) expect(m.content).not.toMatch(/\{(name|agent|order|invoice|plan|amount)\}/);
    }
  });

  it('spread over weeks, in order, before now, after their contact was created', () => {
    const now = fake.store.clock.peek();
    const conversations = generatedConversations();
    const created = conversations.map((c) => c.created_at);
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(21 * 86_400_000);
    for (const c of conversations) {
      const times = messagesOf(c).map((m) => m.created_at);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(Math.max(...times)).toBeLessThan(now);
      expect(c.created_at).toBeGreaterThan(fake.store.tables.contacts.get(c.contact_id)!.created_at);
      expect(c.last_activity_at).toBe(Math.max(...times));
    }
    // Display ids follow time.
    const byDisplay = [...conversations].sort((a, b) => a.display_id - b.display_id).map((c) => c.created_at);
    expect([...byDisplay].sort((a, b) => a - b)).toEqual(byDisplay);
  });

  it('have statuses, assignees and unread counts consistent with their messages', async () => {
    const now = fake.store.clock.peek();
    const { tables } = fake.store;
    const conversations = generatedConversations();
    const statuses = new Set(conversations.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['open', 'pending', 'resolved', 'snoozed']);
    for (const c of conversations) {
      const messages = messagesOf(c);
      const lastChat = [...messages].reverse().find((m) => m.message_type !== 2 && !m.private)!;
      if (c.assignee_id !== null) {
        expect(tables.inboxMembers.findBy('membership', [c.inbox_id, c.assignee_id])).toBeDefined();
      }
      if (c.status === 'resolved') {
        expect(c.waiting_since).toBeNull();
        if (c.assignee_id !== null)
          expect(messages[messages.length - 1].content).toMatch(/^Conversation was marked resolved by /);
      }
      if (c.status === 'pending') {
        expect(c.assignee_id).toBeNull();
        expect(tables.agentBotInboxes.countWhere('inbox', c.inbox_id)).toBe(1);
        expect(messages.some((m) => m.sender_type === 'AgentBot')).toBe(true);
      }
      if (c.status === 'snoozed') expect(c.snoozed_until).toBeGreaterThan(now);
      if (c.status !== 'snoozed') expect(c.snoozed_until).toBeNull();
      const unread = messages.filter(
        (m) => m.message_type === 0 && m.created_at > (c.agent_last_seen_at ?? -Infinity),
      );
      if (c.status === 'resolved' || c.status === 'snoozed') expect(unread).toHaveLength(0);
      if (unread.length) {
        // The contact waits: no agent has answered since (an agent bot may have).
        const lastHuman = [...messages].reverse().find((m) => m.sender_type === 'User' && !m.private);
        expect(lastHuman === undefined || lastHuman.created_at < unread[unread.length - 1].created_at).toBe(
          true,
        );
        expect(lastChat.sender_type === 'Contact' || lastChat.sender_type === 'AgentBot').toBe(true);
      }
      if (c.first_reply_created_at !== null) {
        expect(messages.some((m) => m.message_type === 1 && m.sender_type === 'User' && !m.private)).toBe(
          true,
        );
      }
      for (const m of messages) {
        if (m.private) expect(m.status).toBe('sent');
        if (m.status === 'read') expect(m.created_at).toBeLessThanOrEqual(c.contact_last_seen_at!);
      }
    }
    expect(conversations.some((c) => c.status === 'open' && c.agent_last_seen_at === null)).toBe(true);

    // The API agrees: unread counts, and every open conversation waiting on the agent shows unread.
    const res = await fake.http.get(fake.path('/conversations?status=all')).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    for (const row of res.body.data.payload) {
      const c = tables.conversations.findBy('display', [row.account_id, row.id])!;
      if (c.status === 'resolved') expect(row.unread_count).toBe(0);
    }
    expect(res.body.data.payload.some((row: any) => row.unread_count > 0)).toBe(true);
  });

  it('carry topic labels and widget browser details', () => {
    const conversations = generatedConversations();
    const labels = new Set(conversations.flatMap((c) => c.labels));
    for (const label of ['billing', 'bug', 'feature-request']) expect(labels.has(label)).toBe(true);
    const widget = conversations.find(
      (c) => fake.store.tables.inboxes.get(c.inbox_id)!.channel.type === 'Channel::WebWidget',
    );
    expect(widget?.additional_attributes).toMatchObject({
      browser: { browser_name: expect.any(String) },
      browser_language: expect.any(String),
    });
  });
});

describe('determinism', () => {
  it('the same seed gives the same records; another seed others', async () => {
    const snapshot = (f: { store: { snapshot(): any } }) => {
      const tables = f.store.snapshot().tables;
      return JSON.stringify([tables.contacts, tables.conversations, tables.messages]);
    };
    const again = await buildFake({ contacts: 300, conversations: 150, seed: 5 });
    expect(snapshot(again)).toBe(snapshot(fake));
    const other = await buildFake({ contacts: 300, conversations: 150, seed: 6 });
    expect(snapshot(other)).not.toBe(snapshot(fake));
  });
});
