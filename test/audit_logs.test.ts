import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});
beforeEach(() => fake.reset());

const T0 = Date.parse('2026-02-01T00:00:00Z');
const logs = (query = '', token = ADMIN) =>
  fake.http.get(fake.path(`/audit_logs${query}`)).set('api_access_token', token);

async function createInbox(name: string) {
  const res = await fake.http
    .post(fake.path('/inboxes'))
    .set('api_access_token', ADMIN)
    .send({ name, channel: { type: 'api', webhook_url: 'https://partner.test/hook' } });
  expect(res.status).toBe(200);
  return res.body.id as number;
}

describe('GET /audit_logs', () => {
  it('starts empty, with the paging figures', async () => {
    const res = await logs();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ per_page: 25, total_entries: 0, current_page: 1, audit_logs: [] });
  });

  it('records inbox creations and updates with the acting user, newest first', async () => {
    fake.store.clock.set(T0);
    const id = await createInbox('Partners');
    fake.store.clock.set(T0 + 60_000);
    const update = await fake.http
      .patch(fake.path(`/inboxes/${id}`))
      .set('api_access_token', ADMIN)
      .send({ name: 'Partner API', enable_email_collect: false });
    expect(update.status).toBe(200);

    const res = await logs();
    expect(res.status).toBe(200);
    expect(res.body.total_entries).toBe(2);
    const [updated, created] = res.body.audit_logs;
    expect(updated).toEqual({
      id: 2,
      auditable_id: id,
      auditable_type: 'Inbox',
      associated_id: 1,
      associated_type: 'Account',
      user_id: 1,
      user_type: 'User',
      username: null,
      action: 'update',
      audited_changes: { name: ['Partners', 'Partner API'], enable_email_collect: [true, false] },
      version: 2,
      comment: null,
      request_uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/),
      created_at: T0 / 1000 + 60,
      remote_address: null,
    });
    expect(created).toMatchObject({ id: 1, action: 'create', version: 1, created_at: T0 / 1000, user_id: 1 });
    expect(created.audited_changes).toMatchObject({
      name: 'Partners',
      account_id: 1,
      channel_type: 'Channel::Api',
      enable_email_collect: true,
    });
    expect(created.audited_changes).not.toHaveProperty('id');
    expect(created.audited_changes).not.toHaveProperty('created_at');
    expect(created.request_uuid).not.toBe(updated.request_uuid);
  });

  it('pages 25 entries at a time', async () => {
    for (let i = 0; i < 26; i++) await createInbox(`Inbox ${i}`);
    const first = await logs();
    expect(first.body.audit_logs).toHaveLength(25);
    expect(first.body.audit_logs[0].audited_changes.name).toBe('Inbox 25');
    const second = await logs('?page=2');
    expect(second.body).toMatchObject({ total_entries: 26, current_page: 2 });
    expect(
      second.body.audit_logs.map((l: { audited_changes: { name: string } }) => l.audited_changes.name),
    ).toEqual(['Inbox 0']);
  });

  it('is for administrators only', async () => {
    const res = await logs('', AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
  });

  it('answers 404 for an unknown account', async () => {
    const res = await fake.http.get('/api/v1/accounts/999/audit_logs').set('api_access_token', ADMIN);
    expect(res.status).toBe(404);
  });
});
