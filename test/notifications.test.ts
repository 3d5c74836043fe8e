/**
 * Notifications and notification settings beyond Chatwoot's request spec: which domain events make
 * notifications (NotificationListener), the finder's filters and order, another user's notification,
 * malformed parameters, and the seeded world's notifications.
 */
import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
let ids: { admin: number; agent: number; agent2: number };
beforeAll(async () => {
  fake = await testFake();
  const agents = (await fake.get('/agents')).body as { id: number; email: string }[];
  const idOf = (email: string) => agents.find((a) => a.email === email)!.id;
  ids = { admin: idOf('ada@acme.test'), agent: idOf('grace@acme.test'), agent2: idOf('alan@acme.test') };
});
beforeEach(() => fake.reset());

const list = async (token: string, query = '') => {
  const res = await fake.get(`/notifications${query}`, token);
  expect(res.status).toBe(200);
  return res.body.data as { meta: any; payload: any[] };
};

/** A new open conversation in the API inbox (members: admin, agent), unassigned. */
async function newConversation(): Promise<number> {
  const contact = await fake.send('post', '/contacts', { name: 'Nora Notice', email: 'nora@example.com' });
  const res = await fake.send('post', '/conversations', {
    contact_id: contact.body.payload.contact.id,
    inbox_id: 2,
  });
  expect(res.status).toBe(200);
  return res.body.id;
}

const assign = (conversation: number, assigneeId: number, token = ADMIN) =>
  fake.send('post', `/conversations/${conversation}/assignments`, { assignee_id: assigneeId }, token);

describe('notifications made by domain events', () => {
  it('assigning a conversation to an agent gives the agent a conversation_assignment notification', async () => {
    const conversation = await newConversation();
    const before = await list(AGENT);
    expect((await assign(conversation, ids.agent)).status).toBe(200);

    const after = await list(AGENT);
    expect(after.meta.count).toBe(before.meta.count + 1);
    expect(after.meta.unread_count).toBe(before.meta.unread_count + 1);
    const n = after.payload[0];
    expect(n).toMatchObject({
      notification_type: 'conversation_assignment',
      push_message_title: `A conversation (#${conversation}) has been assigned to you`,
      primary_actor_type: 'Conversation',
      read_at: null,
      snoozed_until: null,
      meta: {},
      primary_actor: { id: conversation },
      secondary_actor: { id: ids.admin, type: 'user' },
      user: { id: ids.agent, type: 'user' },
    });
    expect(fake.store.tables.conversations.get(n.primary_actor_id)?.display_id).toBe(conversation);
    expect(await fake.get('/notifications/unread_count', AGENT).then((r) => r.body)).toBe(
      after.meta.unread_count,
    );
    // notification.created was recorded for the cable, to the agent.
    expect(fake.events.named('notification_created').map((e) => e.data.notificationId)).toContain(n.id);
  });

  it('a self-assignment and an unassignment make no notification', async () => {
    const conversation = await newConversation();
    const before = (await list(AGENT)).meta.count;
    expect((await assign(conversation, ids.agent, AGENT)).status).toBe(200);
    expect((await list(AGENT)).meta.count).toBe(before);
    const res = await fake.send('post', `/conversations/${conversation}/assignments`, { assignee_id: null });
    expect(res.status).toBe(200);
    expect((await list(AGENT)).meta.count).toBe(before);
  });

  it('an incoming message notifies the assignee; a user keeps one notification per conversation', async () => {
    const conversation = await newConversation();
    await assign(conversation, ids.agent);
    const res = await fake.send('post', `/conversations/${conversation}/messages`, {
      content: 'one two three four five six seven eight nine ten eleven',
      message_type: 'incoming',
    });
    expect(res.status).toBe(200);
    const mine = (await list(AGENT)).payload.filter((n) => n.primary_actor.id === conversation);
    expect(mine).toHaveLength(1); // the assignment notification was replaced
    expect(mine[0]).toMatchObject({
      notification_type: 'assigned_conversation_new_message',
      push_message_title: `A new message is created in conversation (#${conversation})`,
      secondary_actor: { id: res.body.id, content: res.body.content, message_type: 0 },
    });
    expect(fake.events.named('notification_deleted')).toHaveLength(1);
  });

  it('a private mention notifies administrators and inbox members only, never the author', async () => {
    const conversation = await newConversation();
    const mention = (id: number, name: string) =>
      `[@${name}](mention://user/${id}/${encodeURIComponent(name)})`;
    const content = `${mention(ids.admin, 'Ada')} ${mention(ids.agent2, 'Alan')} ${mention(ids.agent, 'Grace')}`;
    const res = await fake.send(
      'post',
      `/conversations/${conversation}/messages`,
      { content, private: true },
      AGENT,
    );
    expect(res.status).toBe(200);
    const about = async (token: string) =>
      (await list(token)).payload.filter((n) => n.primary_actor.id === conversation);
    expect((await about(ADMIN)).map((n) => n.notification_type)).toEqual(['conversation_mention']);
    expect(await about(AGENT2)).toEqual([]); // not a member of the API inbox
    expect(await about(AGENT)).toEqual([]); // the author
  });

  it('conversation_creation reaches only the inbox members subscribed to it', async () => {
    const patch = await fake.send(
      'patch',
      '/notification_settings',
      { notification_settings: { selected_push_flags: ['push_conversation_creation'] } },
      AGENT,
    );
    expect(patch.status).toBe(200);
    const conversation = await newConversation();
    const created = (token: string) =>
      list(token).then((d) => d.payload.filter((n) => n.primary_actor.id === conversation));
    expect((await created(AGENT)).map((n) => n.notification_type)).toEqual(['conversation_creation']);
    expect((await created(AGENT))[0].push_message_title).toBe(
      `A conversation (#${conversation}) has been created in Acme Mobile App`,
    );
    expect(await created(ADMIN)).toEqual([]); // default settings: assignment only
  });
});

describe('the list, its filters and order', () => {
  it('the seeded world gives assignees their assignment notifications, newest activity first', async () => {
    const { meta, payload } = await list(AGENT);
    expect(payload.length).toBeGreaterThan(0);
    expect(meta).toEqual({ unread_count: payload.length, count: payload.length, current_page: 1 });
    expect(payload.every((n) => n.notification_type === 'conversation_assignment')).toBe(true);
    const times = payload.map((n) => n.last_activity_at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const asc = await list(AGENT, '?sort_order=asc&page=1');
    expect(asc.payload.map((n) => n.id)).toEqual(payload.map((n) => n.id).reverse());
    expect(asc.meta.current_page).toBe('1');
  });

  it('a read notification leaves the default list, shows with type=read, and comes back when unread', async () => {
    const [first] = (await list(AGENT)).payload;
    const read = await fake.send('patch', `/notifications/${first.id}`, {}, AGENT);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: first.id,
      user_id: ids.agent,
      notification_type: first.notification_type,
    });
    expect(read.body.read_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect((await list(AGENT)).payload.map((n) => n.id)).not.toContain(first.id);
    const withRead = await list(AGENT, '?type=read');
    expect(withRead.payload.find((n) => n.id === first.id)?.read_at).toBe(read.body.read_at);
    expect(withRead.meta.unread_count).toBe(withRead.meta.count - 1);

    const unread = await fake.send('post', `/notifications/${first.id}/unread`, {}, AGENT);
    expect(unread.body.read_at).toBeNull();
    expect((await list(AGENT)).payload.map((n) => n.id)).toContain(first.id);
  });

  it('a snoozed notification shows only with status=snoozed', async () => {
    const [first] = (await list(AGENT)).payload;
    const until = Math.floor(fake.store.clock.peek() / 1000) + 3600;
    const res = await fake.send('post', `/notifications/${first.id}/snooze`, { snoozed_until: until }, AGENT);
    expect(res.status).toBe(200);
    expect(res.body.snoozed_until).toBe(new Date(until * 1000).toISOString());
    expect(res.body.meta).toEqual({ last_snoozed_at: null });
    expect((await list(AGENT)).payload.map((n) => n.id)).not.toContain(first.id);
    expect((await list(AGENT, '?status=snoozed')).payload.map((n) => n.id)).toContain(first.id);
  });

  it('destroy_all with type=read deletes only the read ones, and only the caller’s', async () => {
    const mine = (await list(AGENT)).payload;
    const adminBefore = (await list(ADMIN)).meta.count;
    await fake.send('patch', `/notifications/${mine[0].id}`, {}, AGENT);
    expect((await fake.send('post', '/notifications/destroy_all', { type: 'read' }, AGENT)).status).toBe(200);
    const all = await list(AGENT, '?type=read&status=snoozed');
    expect(all.payload.map((n) => n.id).sort()).toEqual(
      mine
        .slice(1)
        .map((n) => n.id)
        .sort(),
    );
    expect((await list(ADMIN)).meta.count).toBe(adminBefore);
  });
});

describe('refusals', () => {
  it("another user's notification is not found, whatever the action", async () => {
    const [theirs] = (await list(AGENT)).payload;
    const calls = [
      fake.send('patch', `/notifications/${theirs.id}`, {}, AGENT2),
      fake.send('put', `/notifications/${theirs.id}`, {}, AGENT2),
      fake.send('delete', `/notifications/${theirs.id}`, undefined, AGENT2),
      fake.send('post', `/notifications/${theirs.id}/unread`, {}, AGENT2),
      fake.send('post', `/notifications/${theirs.id}/snooze`, { snoozed_until: 1 }, AGENT2),
      fake.send('patch', '/notifications/999999', {}, AGENT),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
    expect((await list(AGENT)).payload.map((n) => n.id)).toContain(theirs.id);
  });

  it('a snoozed_until that is not unix seconds and an unknown sort_order answer 422, changing nothing', async () => {
    const [first] = (await list(AGENT)).payload;
    const res = await fake.send(
      'post',
      `/notifications/${first.id}/snooze`,
      { snoozed_until: 'tomorrow' },
      AGENT,
    );
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Snoozed until is invalid', attributes: ['snoozed_until'] });
    expect((await list(AGENT)).payload.map((n) => n.id)).toContain(first.id);
    const sorted = await fake.get('/notifications?sort_order=sideways', AGENT);
    expect(sorted.status).toBe(422);
    expect(sorted.body.attributes).toEqual(['sort_order']);
  });

  it('agent bots and anonymous callers are refused', async () => {
    const bot = await fake.get('/notifications', BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    expect((await fake.http.get(fake.path('/notification_settings'))).status).toBe(401);
  });
});

describe('notification settings', () => {
  it('shows the defaults a membership starts with and replaces the flags on update', async () => {
    const shown = await fake.get('/notification_settings', AGENT);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      user_id: ids.agent,
      account_id: 1,
      selected_email_flags: ['email_conversation_assignment'],
      selected_push_flags: ['push_conversation_assignment'],
    });
    expect(shown.body.all_email_flags).toHaveLength(8);
    expect(shown.body.all_push_flags[0]).toBe('push_conversation_creation');

    const res = await fake.send(
      'put',
      '/notification_settings',
      { selected_email_flags: ['email_conversation_mention', 'nonsense'], selected_push_flags: [] },
      AGENT,
    );
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(shown.body.id);
    expect(res.body.selected_email_flags).toEqual(['email_conversation_mention']);
    expect(res.body.selected_push_flags).toEqual([]);
    // another member's settings are their own
    expect((await fake.get('/notification_settings', ADMIN)).body.selected_push_flags).toEqual([
      'push_conversation_assignment',
    ]);
  });

  it('an update without notification_settings answers 422', async () => {
    const res = await fake.send('patch', '/notification_settings', { other: 1 }, AGENT);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: notification_settings' });
  });
});

describe('seeded notifications of a big generated world', () => {
  it('keeps the newest 100 assignments per user, in the conversations’ order', async () => {
    const big = await testFake({ conversations: 600 });
    const { tables } = big.store;
    const assigned = new Map<number, { id: number; created_at: number }[]>();
    for (const c of tables.conversations.all()) {
      if (c.assignee_id === null || c.status === 'pending') continue;
      assigned.set(c.assignee_id, [...(assigned.get(c.assignee_id) ?? []), c]);
    }
    const crowded = [...assigned.entries()].filter(([, list]) => list.length > 100);
    expect(crowded.length).toBeGreaterThan(0);
    for (const [userId, list] of assigned) {
      const rows = [...tables.notifications.all()].filter((n) => n.user_id === userId);
      const newest = [...list]
        .sort((a, b) => b.created_at - a.created_at || b.id - a.id)
        .slice(0, 100)
        .map((c) => c.id)
        .sort((a, b) => a - b);
      expect(rows.map((n) => n.primary_actor_id).sort((a, b) => a - b)).toEqual(newest);
    }
  }, 60_000);
});
