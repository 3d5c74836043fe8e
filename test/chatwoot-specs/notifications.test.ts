/**
 * Chatwoot's request spec for the notifications controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/notifications_controller_spec.rb
 * at 05f85121c31cb27971b1cbfc3e43a7102d157ae2 (see README.md). Each test names the spec's `it`.
 *
 * The spec's `create(:notification, account:, user: admin)` records are made the way Chatwoot makes
 * them: the agent mentions the administrator in a private note of a conversation (a
 * `conversation_mention` notification whose primary actor is that conversation), one conversation per
 * notification. The seeded notifications of the administrator are deleted first (POST destroy_all),
 * so the administrator starts with none, as in the spec's fresh database. `notification.reload` is
 * read from the administrator's full list (`type=read&status=snoozed`); `Notification.count` is the
 * length of that list (the agent's own notifications are not the administrator's to see).
 * `read_at not_to eq('')` is read as "is set" (not null).
 */
import { AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'notifications_controller_spec.rb';

let fake: TestFake;
let adminId: number;
let conversations: number[];
beforeAll(async () => {
  fake = await testFake();
  adminId = (await fake.get('/agents')).body.find((a: any) => a.role === 'administrator').id;
  // Conversations of the agent's inboxes, to mention the administrator in.
  const list = await fake.get('/conversations?status=all&assignee_type=all', AGENT);
  conversations = list.body.data.payload.map((c: any) => c.id);
});

interface Notice {
  id: number;
  notification_type: string;
  primary_actor_id: number;
  primary_actor_type: string;
  read_at: string | null;
  snoozed_until: string | null;
  meta: Record<string, unknown>;
}

/** `create(:notification, account:, user: admin)`: a mention of the administrator. */
async function createNotification(index: number): Promise<Notice> {
  const note = `[@Ada Lovelace](mention://user/${adminId}/Ada%20Lovelace) please look (${index})`;
  const res = await fake.send(
    'post',
    `/conversations/${conversations[index]}/messages`,
    { content: note, private: true },
    AGENT,
  );
  expect(res.status).toBe(200);
  const all = await everyNotification();
  return all.find((n) => n.primary_actor.id === conversations[index])!;
}

/** The administrator's notifications, read or not, snoozed or not. */
async function everyNotification(): Promise<(Notice & { primary_actor: { id: number } })[]> {
  const res = await fake.get('/notifications?type=read&status=snoozed');
  expect(res.status).toBe(200);
  return res.body.data.payload;
}

const reload = async (n: Notice) => (await everyNotification()).find((x) => x.id === n.id)!;

beforeEach(async () => {
  fake.reset();
  expect((await fake.send('post', '/notifications/destroy_all', {})).status).toBe(200);
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/notifications`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/notifications'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all notifications`, async () => {
    const notification1 = await createNotification(0);
    const notification2 = await createNotification(1);
    const res = await fake.get('/notifications');
    expect(res.status).toBe(200);
    expect(res.text).toContain(notification1.notification_type);
    expect(res.body.data.meta.unread_count).toBe(2);
    expect(res.body.data.meta.count).toBe(2);
    // notification appear in descending order
    expect(res.body.data.payload[0].id).toBe(notification2.id);
    expect(res.body.data.payload[0].primary_actor).not.toBeNull();
  });
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/notifications/read_all`, () => {
  let notification1: Notice;
  let notification2: Notice;
  beforeEach(async () => {
    notification1 = await createNotification(0);
    notification2 = await createNotification(1);
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post(fake.path('/notifications/read_all'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates all the notifications read at`, async () => {
    const res = await fake.send('post', '/notifications/read_all', {});
    expect(res.status).toBe(200);
    expect((await reload(notification1)).read_at).not.toBeNull();
    expect((await reload(notification2)).read_at).not.toBeNull();
  });

  it(`${SPEC}: when it is an authenticated user, updates only the notifications read at for primary actor when param is passed`, async () => {
    const res = await fake.send('post', '/notifications/read_all', {
      primary_actor_id: notification1.primary_actor_id,
      primary_actor_type: notification1.primary_actor_type,
    });
    expect(res.status).toBe(200);
    expect((await reload(notification1)).read_at).not.toBeNull();
    expect((await reload(notification2)).read_at).toBeNull();
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/{account.id}/notifications/:id`, () => {
  let notification: Notice;
  beforeEach(async () => {
    notification = await createNotification(0);
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    // The spec sends a PUT with form parameters.
    const res = await fake.http
      .put(fake.path(`/notifications/${notification.id}`))
      .type('form')
      .send('read_at=true');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the notification read at`, async () => {
    const res = await fake.send('patch', `/notifications/${notification.id}`, { read_at: true });
    expect(res.status).toBe(200);
    expect((await reload(notification)).read_at).not.toBeNull();
  });
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/notifications/unread_count`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/notifications/unread_count'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns notifications unread count`, async () => {
    await createNotification(0);
    await createNotification(1);
    const res = await fake.get('/notifications/unread_count');
    expect(res.status).toBe(200);
    expect(res.body).toBe(2);
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/{account.id}/notifications/:id`, () => {
  let notification: Notice;
  beforeEach(async () => {
    notification = await createNotification(0);
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.delete(fake.path(`/notifications/${notification.id}`));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, deletes the notification`, async () => {
    const res = await fake.send('delete', `/notifications/${notification.id}`);
    expect(res.status).toBe(200);
    expect(await everyNotification()).toHaveLength(0);
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/{account.id}/notifications/:id/snooze`, () => {
  let notification: Notice;
  beforeEach(async () => {
    notification = await createNotification(0);
  });
  /** `DateTime.now.utc + 1.day`, as the unix seconds DateRangeHelper#parse_date_time reads. */
  const tomorrow = () => Math.floor(fake.store.clock.peek() / 1000) + 86_400;

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http
      .post(fake.path(`/notifications/${notification.id}/snooze`))
      .type('form')
      .send(`snoozed_until=${tomorrow()}`);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the notification snoozed until`, async () => {
    const res = await fake.send('post', `/notifications/${notification.id}/snooze`, {
      snoozed_until: tomorrow(),
    });
    expect(res.status).toBe(200);
    const reloaded = await reload(notification);
    expect(reloaded.snoozed_until).not.toBeNull();
    expect(reloaded.meta.last_snoozed_at).toBeNull();
  });
});
