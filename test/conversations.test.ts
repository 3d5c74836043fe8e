import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';
import type { EventName } from '../src/events/types';

/*
 * The default world's conversations, by display id (oldest first message first):
 *  1 Srinivasa  website resolved  unassigned
 *  2 Rosalind   website resolved  Alan (agent2), team billing, [billing]
 *  3 Hedy       website snoozed   Ada (admin), [feature-request]
 *  4 Marie      website open      Grace (agent), team support, high, [vip, bug]
 *  5 Katherine  website pending   unassigned
 *  6 Nikola     api     open      unassigned, [billing]
 *  7 Lise       website open      Grace
 *  8 Emmy       helpdesk open     Ada, urgent
 *  9 visitor    website open      unassigned
 * 10 Tu         website resolved  Grace (a CSAT survey sent 5 minutes ago, not answered)
 * Users: 1 Ada (administrator), 2 Grace (agent; website, api, helpdesk), 3 Alan (agent; website only).
 * Teams: 1 billing (Ada, Alan), 2 support (Grace). Inboxes: 1 website, 2 api, 3 helpdesk (agent bot bound).
 */
jest.setTimeout(30_000);

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

type Conv = { id: number; [key: string]: any };
const ids = (res: { body: any }) => (res.body.data?.payload ?? res.body.payload).map((c: Conv) => c.id);
const get: TestFake['get'] = (...args) => fake.get(...args);
const post = (path: string, body: object = {}, token = ADMIN) =>
  fake.http.post(fake.path(path)).set('api_access_token', token).send(body);
const eventsNamed = <N extends EventName>(name: N) => fake.events.named(name);
const internalId = (displayId: number) =>
  fake.store.tables.conversations.findBy('display', [1, displayId])!.id;
const lastMessage = async (displayId: number) => (await get(`/conversations/${displayId}`)).body.messages[0];

describe('GET /conversations', () => {
  it('lists open conversations, newest activity first, with counts in a data envelope', async () => {
    const res = await get('/conversations');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['data']);
    expect(res.body.data.meta).toEqual({
      mine_count: 1,
      assigned_count: 3,
      unassigned_count: 2,
      all_count: 5,
    });
    expect(ids(res)).toEqual([9, 8, 4, 7, 6]);
    const marie = res.body.data.payload.find((c: Conv) => c.id === 4);
    expect(marie).toMatchObject({
      status: 'open',
      inbox_id: 1,
      labels: ['vip', 'bug'],
      priority: 'high',
      snoozed_until: null,
      meta: {
        channel: 'Channel::WebWidget',
        sender: { name: 'Marie Curie', email: 'marie@radium.test' },
        assignee: { id: 2, name: 'Grace Hopper', role: 'agent' },
        team: { id: 2, name: 'support', is_member: false },
      },
    });
    expect(typeof marie.updated_at).toBe('number');
    expect(marie.messages).toHaveLength(1);
    expect(marie.messages[0]).toMatchObject({ content: 'Any news? My team is blocked.', message_type: 0 });
    // agent_last_seen_at 27 h ago, then one incoming message 2 h ago.
    expect(marie.unread_count).toBe(1);
  });

  it('filters by status (all, resolved, pending, snoozed)', async () => {
    expect(ids(await get('/conversations?status=resolved'))).toEqual([10, 2, 1]);
    expect(ids(await get('/conversations?status=pending'))).toEqual([5]);
    expect(ids(await get('/conversations?status=snoozed'))).toEqual([3]);
    const all = await get('/conversations?status=all');
    expect(ids(all)).toHaveLength(10);
    expect(all.body.data.meta).toEqual({
      mine_count: 2,
      assigned_count: 6,
      unassigned_count: 4,
      all_count: 10,
    });
    const unknown = await get('/conversations?status=closed');
    expect(unknown.status).toBe(200);
    expect(ids(unknown)).toEqual([]);
  });

  it('filters by assignee_type after counting', async () => {
    const counts = { mine_count: 2, assigned_count: 3, unassigned_count: 2, all_count: 5 };
    const mine = await get('/conversations?assignee_type=me', AGENT);
    expect(ids(mine)).toEqual([4, 7]);
    expect(mine.body.data.meta).toEqual(counts);
    const unassigned = await get('/conversations?assignee_type=unassigned', AGENT);
    expect(ids(unassigned)).toEqual([9, 6]);
    expect(unassigned.body.data.meta).toEqual(counts);
    expect(ids(await get('/conversations?assignee_type=assigned', AGENT))).toEqual([8, 4, 7]);
    expect(ids(await get('/conversations?assignee_type=all', AGENT))).toEqual([9, 8, 4, 7, 6]);
  });

  it('shows agents only the conversations of their inboxes', async () => {
    const alan = await get('/conversations?status=all', AGENT2);
    expect(ids(alan).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 7, 9, 10]);
    expect(alan.body.data.meta.all_count).toBe(8);
    const otherInbox = await get('/conversations?status=all&inbox_id=2', AGENT2);
    expect(otherInbox.status).toBe(200);
    expect(ids(otherInbox)).toEqual([]);
    expect(otherInbox.body.data.meta).toEqual({
      mine_count: 0,
      assigned_count: 0,
      unassigned_count: 0,
      all_count: 0,
    });
  });

  it('filters by inbox, team, labels (any of), source id and unattended', async () => {
    expect(ids(await get('/conversations?inbox_id=2'))).toEqual([6]);
    expect(ids(await get('/conversations?inbox_id=3'))).toEqual([8]);
    expect(ids(await get('/conversations?status=all&team_id=2'))).toEqual([4]);
    expect(ids(await get('/conversations?status=all&labels[]=billing'))).toEqual([6, 2]);
    expect(ids(await get('/conversations?status=all&labels[]=vip&labels[]=feature-request'))).toEqual([4, 3]);
    const sourceId = (await lastMessage(6)).conversation.contact_inbox.source_id;
    expect(ids(await get(`/conversations?source_id=${sourceId}`))).toEqual([6]);
    // no human reply yet, or waiting for one
    expect(ids(await get('/conversations?conversation_type=unattended'))).toEqual([9, 4, 6]);
  });

  it('answers 404 for an unknown team', async () => {
    const res = await get('/conversations?team_id=99');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
  });

  it('searches message content with q, case-insensitively and across statuses', async () => {
    expect(ids(await get('/conversations?q=REFUND'))).toEqual([2]);
    expect(ids(await get('/conversations?q=refund&status=open'))).toEqual([2]);
    // private notes are outgoing messages too
    expect(ids(await get('/conversations?q=csp bug'))).toEqual([4]);
    expect(ids(await get('/conversations?q=nothing-like-this'))).toEqual([]);
  });

  it('sorts by sort_by', async () => {
    expect(ids(await get('/conversations?status=all&sort_by=created_at_asc'))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(ids(await get('/conversations?sort_by=last_activity_at_asc'))).toEqual([6, 7, 4, 8, 9]);
    // priority NULLS LAST, then last activity desc
    expect(ids(await get('/conversations?sort_by=priority_desc'))).toEqual([8, 4, 9, 7, 6]);
    expect(ids(await get('/conversations?sort_by=priority_asc'))).toEqual([4, 8, 9, 7, 6]);
    expect(ids(await get('/conversations?sort_by=nonsense'))).toEqual([9, 8, 4, 7, 6]);
  });

  it('pages 25 at a time', async () => {
    for (let i = 0; i < 21; i++) {
      const res = await post('/conversations', { contact_id: 1 + (i % 11), inbox_id: 1 });
      expect(res.status).toBe(200);
    }
    const first = await get('/conversations');
    expect(first.body.data.payload).toHaveLength(25);
    expect(first.body.data.meta.all_count).toBe(26);
    const second = await get('/conversations?page=2');
    expect(ids(second)).toEqual([6]);
    expect(ids(await get('/conversations?page=3'))).toEqual([]);
  });

  it('rejects agent bots and callers without a token', async () => {
    const bot = await get('/conversations', BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    const anonymous = await fake.http.get(fake.path('/conversations'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
  });
});

describe('GET /conversations/meta', () => {
  it('answers the counts only, for the same filters', async () => {
    const res = await get('/conversations/meta', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      meta: { mine_count: 2, assigned_count: 3, unassigned_count: 2, all_count: 5 },
    });
    const resolved = await get('/conversations/meta?status=resolved', AGENT2);
    expect(resolved.body).toEqual({
      meta: { mine_count: 1, assigned_count: 2, unassigned_count: 1, all_count: 3 },
    });
    expect((await get('/conversations/meta?team_id=42')).status).toBe(404);
  });
});

describe('POST /conversations', () => {
  it('creates a conversation from contact_id + inbox_id, visible afterwards', async () => {
    const res = await post('/conversations', { contact_id: 3, inbox_id: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 11,
      status: 'open',
      inbox_id: 1,
      messages: [],
      labels: [],
      unread_count: 0,
      last_non_activity_message: null,
      meta: { sender: { id: 3, name: 'Rosalind Franklin' }, channel: 'Channel::WebWidget' },
    });
    expect(res.body.meta).not.toHaveProperty('assignee');
    expect((await get('/conversations/11')).body.id).toBe(11);
    expect(ids(await get('/conversations'))[0]).toBe(11);
    expect(eventsNamed('conversation_created')).toEqual([
      expect.objectContaining({ data: { conversationId: internalId(11) } }),
    ]);
  });

  it('sends the first message as the caller, outgoing', async () => {
    const res = await post('/conversations', {
      contact_id: 3,
      inbox_id: 1,
      message: { content: 'Hello Rosalind' },
    });
    expect(res.status).toBe(200);
    expect(res.body.messages).toEqual([
      expect.objectContaining({
        content: 'Hello Rosalind',
        message_type: 1,
        sender_type: 'User',
        sender_id: 1,
        sender: expect.objectContaining({ type: 'user', name: 'Ada Lovelace' }),
      }),
    ]);
    expect(res.body.first_reply_created_at).toBeGreaterThan(0);
    expect(res.body.waiting_since).toBe(0);
    const msg = await get(`/conversations/${res.body.id}/messages`);
    expect(msg.body.payload.map((m: { content: string }) => m.content)).toEqual(['Hello Rosalind']);
    expect(eventsNamed('message_created')).toHaveLength(1);
  });

  it('starts conversations in an agent-bot inbox as pending, whatever status was asked', async () => {
    const res = await post('/conversations', { contact_id: 3, inbox_id: 3, status: 'open' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('pending');
    expect(ids(await get('/conversations?status=pending'))).toContain(res.body.id);
  });

  it('keeps the status asked for in the inboxes without an agent bot (website, API)', async () => {
    for (const inbox_id of [1, 2]) {
      for (const status of ['open', 'pending'] as const) {
        const res = await post('/conversations', { contact_id: 3, inbox_id, status });
        expect(res.status).toBe(200);
        expect({ inbox_id, status: res.body.status }).toEqual({ inbox_id, status });
      }
    }
    expect((await post('/conversations', { contact_id: 3, inbox_id: 2 })).body.status).toBe('open');
  });

  it('resolves conversations of blocked contacts; single-conversation inboxes reuse the existing one', async () => {
    fake.store.tables.contacts.update(3, { blocked: true });
    expect((await post('/conversations', { contact_id: 3, inbox_id: 1 })).body.status).toBe('resolved');
    fake.store.tables.inboxes.update(1, { lock_to_single_conversation: true });
    const reused = await post('/conversations', {
      contact_id: 1,
      inbox_id: 1,
      message: { content: 'Again' },
    });
    expect(reused.body.id).toBe(4);
    expect(reused.body.messages[0].content).toBe('Again');
    expect(eventsNamed('conversation_created')).toHaveLength(1);
  });

  it('keeps a requested status, and snoozed_until only when snoozed', async () => {
    const snoozed = await post('/conversations', {
      contact_id: 3,
      inbox_id: 1,
      status: 'snoozed',
      snoozed_until: 1768550400,
    });
    expect(snoozed.body).toMatchObject({ status: 'snoozed', snoozed_until: '2026-01-16T08:00:00.000Z' });
    const resolved = await post('/conversations', {
      contact_id: 3,
      inbox_id: 1,
      status: 'resolved',
      snoozed_until: 1768550400,
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', snoozed_until: null });
  });

  it('finds the contact inbox by source_id', async () => {
    const sourceId = (await lastMessage(6)).conversation.contact_inbox.source_id;
    const res = await post('/conversations', { source_id: sourceId, additional_attributes: { x: 1 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ inbox_id: 2, meta: { sender: { name: 'Nikola Tesla' } } });
    expect(res.body.additional_attributes).toEqual({ x: 1 });
    expect(res.body.messages).toEqual([]);
  });

  it('assigns on create, drops an assignee outside the team, and logs the assignment', async () => {
    const res = await post('/conversations', { contact_id: 3, inbox_id: 1, assignee_id: 2, team_id: 1 });
    expect(res.status).toBe(200);
    expect(res.body.meta.team).toMatchObject({ id: 1, name: 'billing', is_member: true });
    expect(res.body.meta).not.toHaveProperty('assignee'); // Grace is not in billing
    // the activity job runs after the response
    expect(res.body.messages).toEqual([]);
    expect((await lastMessage(res.body.id)).content).toBe('Assigned to billing by Ada Lovelace');

    const withAssignee = await post('/conversations', {
      contact_id: 3,
      inbox_id: 1,
      assignee_id: 3,
      team_id: 1,
    });
    expect(withAssignee.body.meta.assignee).toMatchObject({ id: 3, name: 'Alan Turing' });
    expect((await lastMessage(withAssignee.body.id)).content).toBe(
      'Assigned to Alan Turing via billing by Ada Lovelace',
    );
  });

  it('lets the agent bot create conversations in any inbox of its account (InboxPolicy#show?)', async () => {
    const ok = await post(
      '/conversations',
      { contact_id: 3, inbox_id: 3, message: { content: 'Hi from the bot' } },
      BOT,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.messages[0]).toMatchObject({ sender_type: 'AgentBot', sender: { type: 'agent_bot' } });
    const elsewhere = await post('/conversations', { contact_id: 3, inbox_id: 1 }, BOT);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.inbox_id).toBe(1);
  });

  it('answers 404 for unknown contact, inbox or source id, 401 outside the agent’s inboxes, 422 for a bad status', async () => {
    const notFound = { error: 'Resource could not be found' };
    expect((await post('/conversations', { contact_id: 999, inbox_id: 1 })).body).toEqual(notFound);
    expect((await post('/conversations', { contact_id: 3, inbox_id: 999 })).status).toBe(404);
    expect((await post('/conversations', {})).status).toBe(404);
    expect((await post('/conversations', { source_id: 'no-such-source' })).status).toBe(404);
    const outside = await post('/conversations', { contact_id: 3, inbox_id: 2 }, AGENT2);
    expect(outside.status).toBe(401);
    expect(outside.body).toEqual({ error: 'You are not authorized to do this action' });
    const bad = await post('/conversations', { contact_id: 3, inbox_id: 1, status: 'closed' });
    expect(bad.status).toBe(422);
    expect(bad.body.attributes).toEqual(['status']);
    expect(ids(await get('/conversations?status=all'))).toHaveLength(10);
  });
});

describe('GET /conversations/{id}', () => {
  it('shows a conversation by display id', async () => {
    const res = await get('/conversations/3');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 3,
      status: 'snoozed',
      snoozed_until: '2026-01-17T09:00:00.000Z',
      labels: ['feature-request'],
      meta: { assignee: { id: 1 }, sender: { name: 'Hedy Lamarr' } },
    });
  });

  it('answers 404 for an unknown id and 401 outside the caller’s inboxes', async () => {
    expect((await get('/conversations/99')).body).toEqual({ error: 'Resource could not be found' });
    expect((await get('/conversations/abc')).status).toBe(404);
    expect((await get('/conversations/abc/labels')).status).toBe(404);
    const alan = await get('/conversations/6', AGENT2);
    expect(alan.status).toBe(401);
    expect(alan.body).toEqual({ error: 'You are not authorized to do this action' });
    expect((await get('/conversations/8', BOT)).status).toBe(200);
    // ConversationPolicy#show?: an agent bot reaches every conversation of its account.
    expect((await get('/conversations/4', BOT)).status).toBe(200);
  });

  it('lets an agent outside the inbox see a conversation of their team (team_access?)', async () => {
    // Alan (3) is in the website inbox only, and in the billing team (1); 6 is in the API inbox.
    expect((await get('/conversations/6', AGENT2)).status).toBe(401);
    await post('/conversations/6/assignments', { team_id: 1 }).expect(200);
    const res = await get('/conversations/6', AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.meta.team).toMatchObject({ id: 1 });
    expect((await post('/conversations/6/toggle_priority', { priority: 'low' }, AGENT2)).status).toBe(200);
    await post('/conversations/6/assignments', { team_id: 2 }).expect(200);
    expect((await get('/conversations/6', AGENT2)).status).toBe(401);
  });
});

describe('POST /conversations/{id}/toggle_status', () => {
  it('resolves: the conversation moves between lists, counts change, an activity is logged', async () => {
    const res = await post('/conversations/9/toggle_status', { status: 'resolved' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      meta: {},
      payload: { success: true, conversation_id: 9, current_status: 'resolved', snoozed_until: null },
    });
    const open = await get('/conversations');
    expect(ids(open)).not.toContain(9);
    expect(open.body.data.meta).toEqual({
      mine_count: 1,
      assigned_count: 3,
      unassigned_count: 1,
      all_count: 4,
    });
    expect(ids(await get('/conversations?status=resolved'))).toContain(9);
    const shown = await get('/conversations/9');
    expect(shown.body.messages[0]).toMatchObject({
      content: 'Conversation was marked resolved by Ada Lovelace',
      message_type: 2,
    });
    expect(shown.body.waiting_since).toBe(0);
    expect(shown.body.last_non_activity_message.content).toBe('hi');
    const [changed] = eventsNamed('conversation_status_changed');
    expect(changed.data).toEqual({
      conversationId: internalId(9),
      changedAttributes: { status: { previous_value: 'open', current_value: 'resolved' } },
    });
    expect(eventsNamed('conversation_updated')).toHaveLength(1);
  });

  it('toggles without a status: open → resolved, anything else → open', async () => {
    expect((await post('/conversations/9/toggle_status')).body.payload.current_status).toBe('resolved');
    expect((await post('/conversations/9/toggle_status', { status: '' })).body.payload.current_status).toBe(
      'open',
    );
    expect((await post('/conversations/5/toggle_status')).body.payload.current_status).toBe('open');
    expect((await post('/conversations/3/toggle_status')).body.payload).toMatchObject({
      current_status: 'open',
      snoozed_until: null,
    });
  });

  it('snoozes until a unix time, and reopening clears it', async () => {
    const res = await post('/conversations/9/toggle_status', {
      status: 'snoozed',
      snoozed_until: 1768550400,
    });
    expect(res.body.payload).toMatchObject({
      current_status: 'snoozed',
      snoozed_until: '2026-01-16T08:00:00.000Z',
    });
    expect((await get('/conversations/9')).body.snoozed_until).toBe('2026-01-16T08:00:00.000Z');
    expect((await lastMessage(9)).content).toBe('Conversation was snoozed by Ada Lovelace');
    await post('/conversations/9/toggle_status', { status: 'open' });
    expect((await get('/conversations/9')).body).toMatchObject({ status: 'open', snoozed_until: null });
  });

  it('assigns the conversation to an agent (not an administrator) who opens it', async () => {
    const res = await post('/conversations/2/toggle_status', { status: 'open' }, AGENT);
    expect(res.body.payload.current_status).toBe('open');
    const shown = await get('/conversations/2');
    expect(shown.body.meta.assignee).toMatchObject({ id: 2, name: 'Grace Hopper' });
    const messages = await get('/conversations/2/messages');
    expect(messages.body.payload.slice(-2).map((m: { content: string }) => m.content)).toEqual([
      'Conversation was reopened by Grace Hopper',
      'Grace Hopper self-assigned this conversation',
    ]);
    expect(eventsNamed('assignee_changed')).toHaveLength(1);

    await post('/conversations/1/toggle_status', { status: 'open' });
    expect((await get('/conversations/1')).body.meta).not.toHaveProperty('assignee');
  });

  it('lets the agent bot hand a pending conversation over (success null)', async () => {
    await post('/conversations/8/toggle_status', { status: 'pending' });
    const res = await post('/conversations/8/toggle_status', { status: 'open' }, BOT);
    expect(res.status).toBe(200);
    expect(res.body.payload).toEqual({
      success: null,
      conversation_id: 8,
      current_status: 'open',
      snoozed_until: null,
    });
    expect(eventsNamed('conversation_bot_handoff')).toHaveLength(1);
    expect((await lastMessage(8)).content).toBe('Conversation was reopened by Acme Helper Bot');
    const resolve = await post('/conversations/8/toggle_status', { status: 'resolved' }, BOT);
    expect(resolve.body.payload).toMatchObject({ success: true, current_status: 'resolved' });
    expect((await post('/conversations/4/toggle_status', { status: 'resolved' }, BOT)).status).toBe(200);
  });

  it('answers 404, 401 outside the inbox and 422 for an unknown status, changing nothing', async () => {
    expect((await post('/conversations/99/toggle_status', { status: 'open' })).status).toBe(404);
    expect((await post('/conversations/6/toggle_status', { status: 'resolved' }, AGENT2)).status).toBe(401);
    const bad = await post('/conversations/9/toggle_status', { status: 'closed' });
    expect(bad.status).toBe(422);
    expect(bad.body.attributes).toEqual(['status']);
    expect((await get('/conversations/9')).body.status).toBe('open');
    expect(eventsNamed('conversation_status_changed')).toEqual([]);
  });
});

describe('POST /conversations/{id}/toggle_priority', () => {
  it('sets and removes the priority (200, empty body), with activity messages', async () => {
    const res = await post('/conversations/9/toggle_priority', { priority: 'urgent' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await get('/conversations/9')).body.priority).toBe('urgent');
    expect((await lastMessage(9)).content).toBe('Ada Lovelace set the priority to urgent');
    expect(ids(await get('/conversations?sort_by=priority_desc')).slice(0, 2)).toEqual([9, 8]);

    await post('/conversations/9/toggle_priority', { priority: 'low' });
    expect((await lastMessage(9)).content).toBe('Ada Lovelace changed the priority from urgent to low');
    await post('/conversations/9/toggle_priority', { priority: null });
    expect((await get('/conversations/9')).body.priority).toBeNull();
    expect((await lastMessage(9)).content).toBe('Ada Lovelace removed the priority');
    expect(eventsNamed('conversation_updated')).toHaveLength(3);
  });

  it('works for the agent bot; 404 unknown; 422 unknown priority', async () => {
    expect((await post('/conversations/8/toggle_priority', { priority: 'low' }, BOT)).status).toBe(200);
    expect((await get('/conversations/8')).body.priority).toBe('low');
    expect((await post('/conversations/99/toggle_priority', { priority: 'low' })).status).toBe(404);
    const bad = await post('/conversations/9/toggle_priority', { priority: 'critical' });
    expect(bad.status).toBe(422);
    expect(bad.body.attributes).toEqual(['priority']);
  });
});

describe('POST /conversations/{id}/assignments', () => {
  it('assigns an agent and answers the agent partial', async () => {
    const res = await post('/conversations/9/assignments', { assignee_id: 3 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 3,
      account_id: 1,
      availability_status: 'busy',
      auto_offline: true,
      confirmed: true,
      email: 'alan@acme.test',
      provider: 'email',
      available_name: 'Alan Turing',
      name: 'Alan Turing',
      role: 'agent',
      thumbnail: '',
      custom_role_id: null,
    });
    expect((await get('/conversations/9')).body.meta.assignee).toMatchObject({ id: 3 });
    expect(ids(await get('/conversations?assignee_type=unassigned'))).toEqual([6]);
    expect((await lastMessage(9)).content).toBe('Assigned to Alan Turing by Ada Lovelace');
    expect(eventsNamed('assignee_changed')).toEqual([
      expect.objectContaining({ data: { conversationId: internalId(9) } }),
    ]);
    const [updated] = eventsNamed('conversation_updated');
    expect(updated.data.changedAttributes).toMatchObject({
      assignee_id: { previous_value: null, current_value: 3 },
    });
  });

  it('self-assignment is logged as such', async () => {
    await post('/conversations/9/assignments', { assignee_id: 2 }, AGENT);
    expect((await lastMessage(9)).content).toBe('Grace Hopper self-assigned this conversation');
  });

  it('unassigns with null or an unknown user, answering JSON null', async () => {
    const res = await post('/conversations/4/assignments', { assignee_id: null });
    expect(res.status).toBe(200);
    expect(res.text).toBe('null');
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect((await get('/conversations/4')).body.meta).not.toHaveProperty('assignee');
    expect((await lastMessage(4)).content).toBe('Conversation unassigned by Ada Lovelace');
    const unknown = await post('/conversations/7/assignments', { assignee_id: 999 });
    expect(unknown.text).toBe('null');
    expect((await get('/conversations/7')).body.meta).not.toHaveProperty('assignee');
  });

  it('assigns a team (model JSON, ISO timestamps) and drops an assignee outside it', async () => {
    const res = await post('/conversations/4/assignments', { team_id: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 1,
      name: 'billing',
      description: 'Invoices, refunds and plans',
      allow_auto_assign: true,
      account_id: 1,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const shown = await get('/conversations/4');
    expect(shown.body.meta.team).toMatchObject({ id: 1, name: 'billing' });
    expect(shown.body.meta).not.toHaveProperty('assignee');
    expect(shown.body.messages[0].content).toBe('Assigned to billing by Ada Lovelace');
    expect(eventsNamed('team_changed')).toHaveLength(1);
    expect(ids(await get('/conversations?team_id=1'))).toEqual([4]);

    const removed = await post('/conversations/4/assignments', { team_id: null });
    expect(removed.text).toBe('null');
    expect((await get('/conversations/4')).body.meta).not.toHaveProperty('team');
    expect((await lastMessage(4)).content).toBe('Unassigned from billing by Ada Lovelace');
  });

  it('answers null and changes nothing without assignee_id or team_id', async () => {
    const res = await post('/conversations/4/assignments', {});
    expect(res.text).toBe('null');
    expect((await get('/conversations/4')).body.meta.assignee.id).toBe(2);
    expect(eventsNamed('conversation_updated')).toEqual([]);
  });

  it('works for the agent bot in any inbox; 404 unknown; 401 outside the agent’s inbox', async () => {
    const bot = await post('/conversations/8/assignments', { assignee_id: 2 }, BOT);
    expect(bot.body).toMatchObject({ id: 2, name: 'Grace Hopper' });
    expect((await lastMessage(8)).content).toBe('Assigned to Grace Hopper by Acme Helper Bot');
    expect((await post('/conversations/99/assignments', { assignee_id: 2 })).status).toBe(404);
    expect((await post('/conversations/6/assignments', { assignee_id: 3 }, AGENT2)).status).toBe(401);
    expect((await post('/conversations/4/assignments', { assignee_id: 3 }, BOT)).status).toBe(200);
  });
});

describe('conversation labels', () => {
  it('lists the labels as plain titles', async () => {
    const res = await get('/conversations/4/labels');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ payload: ['vip', 'bug'] });
  });

  it('replaces the whole set and logs what was added and removed; titles the account lacks are dropped', async () => {
    expect((await post('/labels', { title: 'brand-new' })).status).toBe(200);
    const res = await post('/conversations/4/labels', { labels: ['billing', 'ghost', 'vip', 'brand-new'] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ payload: ['billing', 'vip', 'brand-new'] });
    expect((await get('/conversations/4/labels')).body).toEqual({ payload: ['billing', 'vip', 'brand-new'] });
    expect((await get('/conversations/4')).body.labels).toEqual(['billing', 'vip', 'brand-new']);
    expect(ids(await get('/conversations?labels[]=brand-new'))).toEqual([4]);
    expect(ids(await get('/conversations?labels[]=bug'))).toEqual([]);
    const messages = await get('/conversations/4/messages');
    expect(messages.body.payload.slice(-2).map((m: { content: string }) => m.content)).toEqual([
      'Ada Lovelace added billing, brand-new',
      'Ada Lovelace removed bug',
    ]);
    const [updated] = eventsNamed('conversation_updated');
    expect(updated.data.changedAttributes).toMatchObject({
      labels: { previous_value: ['vip', 'bug'], current_value: ['billing', 'vip', 'brand-new'] },
    });
  });

  it('splits comma lists, drops blanks and duplicates; a non-array clears the labels', async () => {
    for (const title of ['a1', 'b1', 'c1']) expect((await post('/labels', { title })).status).toBe(200);
    const res = await post('/conversations/9/labels', { labels: ['a1, b1', 'a1', ' ', 'c1'] });
    expect(res.body).toEqual({ payload: ['a1', 'b1', 'c1'] });
    const cleared = await post('/conversations/9/labels', { labels: 'a1' });
    expect(cleared.body).toEqual({ payload: [] });
    const same = await post('/conversations/4/labels', { labels: ['vip', 'bug'] });
    expect(same.body).toEqual({ payload: ['vip', 'bug'] });
    expect(eventsNamed('conversation_updated')).toHaveLength(2);
  });

  it('works for the agent bot in any inbox; 404 unknown; 401 outside the agent’s inbox', async () => {
    expect((await post('/conversations/8/labels', { labels: ['vip'] }, BOT)).body).toEqual({
      payload: ['vip'],
    });
    expect((await get('/conversations/8/labels', BOT)).body).toEqual({ payload: ['vip'] });
    expect((await get('/conversations/99/labels')).status).toBe(404);
    expect((await post('/conversations/99/labels', { labels: ['x'] })).status).toBe(404);
    expect((await get('/conversations/6/labels', AGENT2)).status).toBe(401);
    expect((await post('/conversations/4/labels', { labels: ['x'] }, BOT)).status).toBe(200);
  });
});

describe('POST /conversations/filter', () => {
  const condition = (
    attribute_key: string,
    filter_operator: string,
    values: unknown[],
    query_operator: string | null = null,
  ) => ({
    attribute_key,
    filter_operator,
    values,
    query_operator,
  });

  it('filters with conditions, counts over the matches, no data wrapper', async () => {
    const res = await post('/conversations/filter', { payload: [condition('status', 'equal_to', ['open'])] });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['meta', 'payload']);
    expect(res.body.meta).toEqual({ mine_count: 1, assigned_count: 3, unassigned_count: 2, all_count: 5 });
    expect(ids(res)).toEqual([9, 8, 4, 7, 6]);
  });

  it('supports labels, assignee presence, AND/OR chains and status all', async () => {
    expect(
      ids(await post('/conversations/filter', { payload: [condition('labels', 'equal_to', ['billing'])] })),
    ).toEqual([6, 2]);
    const chain = await post('/conversations/filter', {
      payload: [
        condition('status', 'equal_to', ['open'], 'AND'),
        condition('assignee_id', 'is_not_present', [], 'OR'),
        condition('priority', 'equal_to', ['urgent']),
      ],
    });
    expect(ids(chain)).toEqual([9, 8, 6]);
    expect(
      ids(await post('/conversations/filter', { payload: [condition('status', 'equal_to', ['all'])] })),
    ).toHaveLength(10);
    expect(
      ids(await post('/conversations/filter', { payload: [condition('assignee_id', 'equal_to', [2])] })),
    ).toEqual([10, 4, 7]);
    expect(
      ids(await post('/conversations/filter', { payload: [condition('display_id', 'equal_to', ['3'])] })),
    ).toEqual([3]);
    const days = await post('/conversations/filter', {
      payload: [condition('created_at', 'days_before', [5])],
    });
    expect(ids(days)).toEqual([2, 1]);
  });

  it('shows agents only their inboxes, and pages', async () => {
    const alan = await post(
      '/conversations/filter',
      { payload: [condition('status', 'equal_to', ['open'])] },
      AGENT2,
    );
    expect(ids(alan)).toEqual([9, 4, 7]);
    const page2 = await fake.http
      .post(fake.path('/conversations/filter?page=2'))
      .set('api_access_token', ADMIN)
      .send({ payload: [condition('status', 'equal_to', ['open'])] });
    expect(ids(page2)).toEqual([]);
  });

  it('answers Chatwoot’s 422 errors for bad conditions', async () => {
    const attribute = await post('/conversations/filter', {
      payload: [condition('colour', 'equal_to', ['red'])],
    });
    expect(attribute.status).toBe(422);
    expect(attribute.body).toEqual({
      error:
        'Invalid attribute key - [colour]. The key should be one of [status,assignee_id,inbox_id,team_id,priority,display_id,campaign_id,labels,browser_language,conversation_language,country_code,referer,created_at,last_activity_at] or a custom attribute defined in the account.',
    });
    const operator = await post('/conversations/filter', {
      payload: [condition('status', 'contains', ['op'])],
    });
    expect(operator.body).toEqual({
      error: 'Invalid operator. The allowed operators for status are [equal_to,not_equal_to].',
    });
    const value = await post('/conversations/filter', { payload: [condition('status', 'equal_to', [])] });
    expect(value.body).toEqual({ error: 'Invalid value. The values provided for status are invalid' });
    const query = await post('/conversations/filter', {
      payload: [condition('status', 'equal_to', ['open'], 'XOR')],
    });
    expect(query.body).toEqual({ error: 'Query operator must be either "AND" or "OR".' });
  });
});
