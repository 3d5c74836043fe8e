/**
 * Generated records at scale: the `messages` seed option (exact totals, threads of varied length that
 * stay coherent), determinism, uniqueness of generated emails and phones, and the name pools' origin
 * (faker's locale lists).
 */
import { readWorld, seedWorld } from '../src/fixtures';
import { NAME_POOLS } from '../src/fixtures/names';
import { LANGUAGES } from '../src/fixtures/text';
import { Store, type Conversation, type Message } from '../src/store';
import { E164_PATTERN } from '../src/domain/validations';

const world = readWorld();
const base = new Store();
seedWorld(base, world);
const BASE = {
  contacts: base.tables.contacts.size,
  conversations: base.tables.conversations.size,
  messages: base.tables.messages.size,
};

function seeded(options: { seed?: number; contacts?: number; conversations?: number; messages?: number }) {
  const store = new Store({ seed: options.seed }); // its generated secrets (source ids, pubsub tokens) too
  seedWorld(store, world, options);
  const conversations = [...store.tables.conversations.all()].slice(BASE.conversations);
  const messagesOf = (c: Conversation): Message[] => store.tables.messages.where('conversation', c.id);
  return { store, conversations, messagesOf };
}

type World = ReturnType<typeof seeded>;

/** The invariants every generated conversation keeps, whatever its length. */
function expectCoherent({ store, conversations, messagesOf }: World) {
  const now = store.clock.peek();
  const { tables } = store;
  for (const c of conversations) {
    const messages = messagesOf(c);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages[0]).toMatchObject({ message_type: 0, sender_type: 'Contact', sender_id: c.contact_id });
    const times = messages.map((m) => m.created_at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThan(now);
    expect(c.last_activity_at).toBe(Math.max(...times));
    expect(c.updated_at).toBe(Math.max(...times));
    expect(c.created_at).toBe(times[0]);
    for (const m of messages) {
      expect(m.content).not.toMatch(/\{(name|agent|order|invoice|plan|amount)\}/);
      if (m.sender_type === 'User') expect(m.sender_id).toBe(c.assignee_id);
      if (m.private) expect(m.status).toBe('sent');
      if (m.status === 'read') expect(m.created_at).toBeLessThanOrEqual(c.contact_last_seen_at!);
    }
    if (c.status === 'resolved') {
      expect(c.waiting_since).toBeNull();
      if (c.assignee_id !== null)
        expect(messages.at(-1)!.content).toMatch(/^Conversation was marked resolved by /);
    }
    if (c.status === 'pending') {
      expect(c.assignee_id).toBeNull();
      expect(messages.some((m) => m.sender_type === 'AgentBot')).toBe(true);
    }
    if (c.status === 'snoozed') expect(c.snoozed_until).toBeGreaterThan(now);
    const unread = messages.filter(
      (m) => m.message_type === 0 && m.created_at > (c.agent_last_seen_at ?? -Infinity),
    );
    if (c.status === 'resolved' || c.status === 'snoozed') expect(unread).toHaveLength(0);
    if (unread.length) {
      // The contact waits: no agent has answered since.
      const lastHuman = [...messages].reverse().find((m) => m.sender_type === 'User' && !m.private);
      expect(lastHuman === undefined || lastHuman.created_at < unread.at(-1)!.created_at).toBe(true);
    }
    const firstReply = messages.find((m) => m.message_type === 1 && m.sender_type === 'User' && !m.private);
    expect(c.first_reply_created_at).toBe(firstReply?.created_at ?? null);
  }
  // Display ids follow time.
  const byDisplay = [...conversations].sort((a, b) => a.display_id - b.display_id).map((c) => c.created_at);
  expect([...byDisplay].sort((a, b) => a - b)).toEqual(byDisplay);
  // A contact's last activity is its latest message.
  const latest = new Map<number, number>();
  for (const m of tables.messages.all()) {
    if (m.sender_type === 'Contact')
      latest.set(m.sender_id!, Math.max(latest.get(m.sender_id!) ?? 0, m.created_at));
  }
  for (const c of conversations) {
    expect(tables.contacts.get(c.contact_id)!.last_activity_at).toBe(latest.get(c.contact_id));
  }
}

describe('the messages option', () => {
  const many = seeded({ contacts: 300, conversations: 60, messages: 1200, seed: 4 });

  it('generates exactly that many messages, spread over the generated conversations', () => {
    expect(many.store.tables.messages.size - BASE.messages).toBe(1200);
    expect(many.conversations).toHaveLength(60);
    const counts = many.conversations.map((c) => many.messagesOf(c).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1200);
    // Varied lengths: short threads and a few long ones, not 20 each.
    const sorted = [...counts].sort((a, b) => a - b);
    expect(sorted[0]).toBeLessThan(10);
    expect(sorted.at(-1)!).toBeGreaterThan(40);
    expect(new Set(counts).size).toBeGreaterThan(15);
    // The long threads are worked on by an agent: back and forth, not a monologue.
    const long = many.conversations.filter((c) => many.messagesOf(c).length >= 30);
    expect(long.length).toBeGreaterThan(0);
    for (const c of long) {
      const messages = many.messagesOf(c);
      expect(c.assignee_id).not.toBeNull();
      const contact = messages.filter((m) => m.sender_type === 'Contact').length;
      const agent = messages.filter((m) => m.sender_type === 'User' && !m.private).length;
      expect(contact / messages.length).toBeGreaterThan(0.3);
      expect(agent / messages.length).toBeGreaterThan(0.3);
    }
  });

  it('keeps every thread coherent: order, activity, statuses, unread and first reply', () => {
    expectCoherent(many);
    const statuses = new Set(many.conversations.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['open', 'pending', 'resolved', 'snoozed']);
  });

  it('with fewer messages than the natural threads hold, trims threads and keeps them coherent', () => {
    const few = seeded({ contacts: 100, conversations: 80, messages: 130, seed: 4 });
    const counts = few.conversations.map((c) => few.messagesOf(c).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(130);
    expect(Math.min(...counts)).toBe(1);
    expectCoherent(few);
    // One message each: every conversation waits on the agent.
    const single = seeded({ contacts: 50, conversations: 30, messages: 30, seed: 2 });
    for (const c of single.conversations) {
      expect(single.messagesOf(c)).toHaveLength(1);
      expect(['open', 'pending']).toContain(c.status);
    }
    expectCoherent(single);
  });

  it('defaults to one conversation per 10 messages, and refuses fewer messages than conversations', () => {
    const only = seeded({ contacts: 40, messages: 95 });
    expect(only.conversations).toHaveLength(10);
    expect(only.store.tables.messages.size - BASE.messages).toBe(95);
    expect(() => seeded({ contacts: 10, conversations: 20, messages: 19 })).toThrow(
      'messages (19) must be at least conversations (20)',
    );
    expect(() => seeded({ contacts: -1 })).toThrow('contacts must be a non-negative integer');
    expect(() => seeded({ conversations: 5, messages: 7.5 })).toThrow(
      'messages must be a non-negative integer',
    );
  });

  it('without it, threads keep their natural length', () => {
    const natural = seeded({ contacts: 100, conversations: 40, seed: 4 });
    const counts = natural.conversations.map((c) => natural.messagesOf(c).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(12);
    expectCoherent(natural);
  });
});

describe('determinism', () => {
  const state = (w: World) => {
    const { tables } = w.store.snapshot();
    return JSON.stringify([tables.contacts, tables.conversations, tables.messages, tables.contactInboxes]);
  };

  it('the same seed gives the same records, another seed others', () => {
    const options = { contacts: 150, conversations: 30, messages: 400 };
    const a = seeded({ ...options, seed: 9 });
    expect(state(seeded({ ...options, seed: 9 }))).toBe(state(a));
    expect(state(seeded({ ...options, seed: 10 }))).not.toBe(state(a));
  });

  it('contacts do not depend on how many conversations or messages are generated', () => {
    const contacts = (w: World) =>
      [...w.store.tables.contacts.all()].map((c) => [c.id, c.name, c.email, c.phone_number]);
    const alone = seeded({ contacts: 120, seed: 5 });
    const withThreads = seeded({ contacts: 120, conversations: 20, messages: 300, seed: 5 });
    expect(contacts(withThreads)).toEqual(contacts(alone));
  });
});

describe('generated contacts at scale', () => {
  it('5000 contacts: unique emails and phones, realistic names in five languages', () => {
    const { store } = seeded({ contacts: 5000, seed: 11 });
    const contacts = [...store.tables.contacts.all()].slice(BASE.contacts);
    expect(contacts).toHaveLength(5000);
    const emails = contacts.map((c) => c.email).filter(Boolean) as string[];
    const phones = contacts.map((c) => c.phone_number).filter(Boolean) as string[];
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(phones).size).toBe(phones.length);
    for (const email of emails)
      expect(email).toMatch(/^[a-z0-9._-]+@([a-z0-9-]+\.)*(example|example\.(com|net|org))$/);
    for (const phone of phones) expect(phone).toMatch(E164_PATTERN);
    for (const c of contacts) {
      expect(c.email || c.phone_number).toBeTruthy();
      expect(c.name).toMatch(/^[A-Z]\S*( \S+)+$/);
    }
    const firstNames = new Set(contacts.map((c) => c.name.split(' ')[0]));
    expect(firstNames.size).toBeGreaterThan(800);
    const countries = new Set(contacts.map((c) => c.additional_attributes.country_code));
    expect(countries.size).toBeGreaterThanOrEqual(15);
    // Avatars are shared strings per initials and colour.
    const avatars = contacts.map((c) => c.avatar_url).filter(Boolean);
    expect(avatars.length / contacts.length).toBeGreaterThan(0.55);
    expect(new Set(avatars).size).toBeLessThan(avatars.length * 0.75);
  });
});

describe('name pools', () => {
  it("come from faker's locale definitions", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const faker = require('@faker-js/faker') as typeof import('@faker-js/faker');
    const locales = { en: faker.en, de: faker.de, fr: faker.fr, es: faker.es, pt: faker.pt_BR };
    for (const lang of LANGUAGES) {
      const definitions = locales[lang];
      const pool = NAME_POOLS[lang];
      const firstNames = new Set(
        Object.values(definitions.person!.first_name as Record<string, string[]>).flat(),
      );
      const lastNames = new Set((definitions.person!.last_name as Record<string, string[]>).generic);
      const first = pool.first.split('|');
      const last = pool.last.split('|');
      expect(first.length).toBeGreaterThan(150);
      expect(last.length).toBeGreaterThan(20);
      for (const name of first) expect(firstNames.has(name)).toBe(true);
      for (const name of last) expect(lastNames.has(name)).toBe(true);
      for (const type of pool.legalEntityTypes)
        expect(definitions.company!.legal_entity_type).toContain(type);
    }
  });
});
