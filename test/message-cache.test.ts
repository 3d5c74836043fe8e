/**
 * The per-conversation message cache (conversationMessages in src/store/derived/message-order.ts, on
 * Table.cachedWhere): always what a fresh scan of the conversation gives, whatever the writes, and
 * no O(messages) scan on the hot paths (POST a message, GET the conversation, GET its messages).
 */
import { insertMessage } from '../src/domain/records';
import type { Conversation, Message, MessageType } from '../src/store';
import { conversationMessages } from '../src/store/derived/message-order';
import { lastChatMessage, lastNonActivityMessage, unreadCount } from '../src/views/conversation';
import { testFake, type TestFake } from './helpers';

let fake: TestFake;

beforeAll(async () => {
  fake = await testFake();
});

beforeEach(() => fake.reset());

const byTime = (a: Message, b: Message) => a.created_at - b.created_at || a.id - b.id;

/** The summary computed from scratch, with the definitions the views had before the cache. */
function expected(conversation: Conversation) {
  const all = fake.store.tables.messages.where('conversation', conversation.id);
  const seen = conversation.agent_last_seen_at ?? -Infinity;
  const last = (keep: (m: Message) => boolean) => [...all].reverse().find(keep);
  return {
    byId: all.map((m) => m.id),
    byTime: [...all].sort(byTime).map((m) => m.id),
    incoming: all
      .filter((m) => m.message_type === 0)
      .sort(byTime)
      .map((m) => m.id),
    lastNonActivity: last((m) => m.message_type !== 2)?.id,
    lastChat: last((m) => m.message_type !== 2 && !m.private)?.id,
    unread: Math.min(10, all.filter((m) => m.message_type === 0 && m.created_at > seen).length),
  };
}

function actual(conversation: Conversation) {
  const { tables } = fake.store;
  const cached = conversationMessages(tables, conversation.id);
  return {
    byId: cached.byId.map((m) => m.id),
    byTime: cached.byTime.map((m) => m.id),
    incoming: cached.incoming.map((m) => m.id),
    lastNonActivity: lastNonActivityMessage(tables, conversation)?.id,
    lastChat: lastChatMessage(tables, conversation)?.id,
    unread: unreadCount(tables, conversation),
  };
}

const conversationByDisplay = (displayId: number) =>
  fake.store.tables.conversations.findBy('display', [fake.accountId, displayId])!;

describe('conversationMessages', () => {
  it('matches a fresh scan after random appends, past timestamps, updates, deletes and rollbacks', () => {
    let x = 4242;
    const rand = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const { store } = fake;
    const { tables } = store;
    const ids = [1, 2].map((d) => conversationByDisplay(d).id);
    const check = () => {
      for (const id of ids) {
        const conversation = tables.conversations.get(id)!;
        expect(actual(conversation)).toEqual(expected(conversation));
      }
    };
    check();
    for (let round = 0; round < 12; round++) {
      const mark = store.checkpoint();
      for (let i = 0; i < 40; i++) {
        const id = ids[rand(ids.length)];
        const conversation = tables.conversations.get(id)!;
        const messages = tables.messages.where('conversation', id);
        const op = rand(8);
        if (op <= 3 || messages.length < 3) {
          // Mostly "now"; sometimes an earlier or equal created_at (imports, a clock set back).
          const now = store.clock.peek();
          const createdAt = rand(3) === 0 ? now - rand(5) * 60_000 : undefined;
          insertMessage(store, conversation, {
            content: `m${i}`,
            message_type: rand(4) as MessageType,
            private: rand(4) === 0,
            created_at: createdAt,
          });
        } else {
          const message = messages[rand(messages.length)];
          if (op === 4) tables.messages.delete(message.id);
          else if (op === 5) tables.messages.update(message.id, { private: !message.private });
          else if (op === 6) tables.messages.update(message.id, { message_type: rand(4) as MessageType });
          else {
            const seen = rand(2) ? null : message.created_at;
            tables.conversations.update(id, { agent_last_seen_at: seen });
          }
        }
        if (rand(4) === 0) check();
      }
      check();
      if (rand(2)) {
        store.rollback(mark);
        check();
      }
      store.release(mark);
    }
    fake.reset();
    check();
  });

  it('counts at most 10 unread incoming messages, newer than agent_last_seen_at', () => {
    const { store } = fake;
    const conversation = conversationByDisplay(1);
    for (let i = 0; i < 15; i++) {
      insertMessage(store, store.tables.conversations.get(conversation.id)!, {
        content: `in ${i}`,
        message_type: 0,
      });
    }
    const current = store.tables.conversations.get(conversation.id)!;
    expect(unreadCount(store.tables, current)).toBe(10);
    const messages = store.tables.messages.where('conversation', conversation.id);
    const third = messages[messages.length - 3];
    const seen = store.tables.conversations.update(conversation.id, { agent_last_seen_at: third.created_at });
    expect(unreadCount(store.tables, seen)).toBe(2);
  });
});

describe('hot paths', () => {
  it('POST a message, GET the conversation and GET its messages without scanning the conversation', async () => {
    const conversation = conversationByDisplay(1);
    const base = `/conversations/${conversation.display_id}`;
    const cycle = async (content: string) => {
      await fake.send('post', `${base}/messages`, { content }).expect(200);
      await fake.get(base).expect(200);
      return fake.get(`${base}/messages`).expect(200);
    };
    await cycle('warm up'); // the first reply changes waiting_since: reporting reads the messages once
    for (let i = 0; i < 50; i++) await cycle(`filler ${i}`);
    const where = jest.spyOn(fake.store.tables.messages, 'where');
    try {
      const res = await cycle('measured');
      const scans = where.mock.calls.filter(([index]) => index === 'conversation');
      expect(scans).toEqual([]);
      const all = fake.store.tables.messages.where('conversation', conversation.id).sort(byTime);
      expect(res.body.payload.map((m: { id: number }) => m.id)).toEqual(all.slice(-20).map((m) => m.id));
      expect(res.body.payload.at(-1).content).toBe('measured');
    } finally {
      where.mockRestore();
    }
  });
});
