import { ADMIN, AGENT, AGENT2, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const NOT_AUTHORIZED = { error: 'You are not authorized to do this action' };

const send = (method: 'post' | 'patch' | 'delete', body: object, token = ADMIN) =>
  fake.http[method](fake.path('/inbox_members')).set('api_access_token', token).send(body);
const members = async (inboxId: number) => {
  const res = await fake.http.get(fake.path(`/inbox_members/${inboxId}`)).set('api_access_token', ADMIN);
  return res.body.payload.map((a: { id: number }) => a.id);
};

describe('GET /inbox_members/{inbox_id}', () => {
  it('lists the member agents with the agent partial', async () => {
    const res = await fake.http.get(fake.path('/inbox_members/1')).set('api_access_token', AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.payload.map((a: { id: number }) => a.id)).toEqual([1, 2, 3]);
    expect(res.body.payload[1]).toEqual({
      id: 2,
      account_id: 1,
      availability_status: 'online',
      auto_offline: true,
      confirmed: true,
      email: 'grace@acme.test',
      provider: 'email',
      available_name: 'Grace Hopper',
      name: 'Grace Hopper',
      role: 'agent',
      thumbnail: '',
      custom_role_id: null,
    });
    expect(await members(2)).toEqual([1, 2]);
  });

  it('answers 401 to an agent outside the inbox and 404 for an unknown inbox', async () => {
    const denied = await fake.http.get(fake.path('/inbox_members/2')).set('api_access_token', AGENT2);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual(NOT_AUTHORIZED);
    const missing = await fake.http.get(fake.path('/inbox_members/99')).set('api_access_token', ADMIN);
    expect(missing.status).toBe(404);
  });
});

describe('POST /inbox_members', () => {
  it('adds agents, answers all members, and the agent then sees the inbox', async () => {
    const res = await send('post', { inbox_id: 2, user_ids: [3, 1] });
    expect(res.status).toBe(200);
    expect(res.body.payload.map((a: { id: number }) => a.id)).toEqual([1, 2, 3]);
    const inboxes = await fake.http.get(fake.path('/inboxes')).set('api_access_token', AGENT2);
    expect(inboxes.body.payload.map((i: { id: number }) => i.id)).toEqual([2, 1]);
    const inbox = await fake.http.get(fake.path('/inboxes/2')).set('api_access_token', AGENT2);
    expect(inbox.status).toBe(200);
  });

  it('accepts string ids from a form body', async () => {
    const res = await fake.http
      .post(fake.path('/inbox_members'))
      .set('api_access_token', ADMIN)
      .type('form')
      .send('inbox_id=2&user_ids[]=3');
    expect(res.status).toBe(200);
    expect(await members(2)).toEqual([1, 2, 3]);
  });

  it('rejects users outside the account, a missing user_ids, an unknown inbox and agents', async () => {
    const unknown = await send('post', { inbox_id: 2, user_ids: [3, 99] });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toEqual({ message: 'User must exist', attributes: ['user'] });
    const missing = await send('post', { inbox_id: 2 });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ status: 400, error: 'Bad Request' });
    const inbox = await send('post', { inbox_id: 99, user_ids: [3] });
    expect(inbox.status).toBe(404);
    expect(inbox.body).toEqual({ error: 'Resource could not be found' });
    const agent = await send('post', { inbox_id: 2, user_ids: [3] }, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_AUTHORIZED);
    expect(await members(2)).toEqual([1, 2]);
  });
});

describe('PATCH /inbox_members', () => {
  it('replaces the member set', async () => {
    const res = await send('patch', { inbox_id: 1, user_ids: [3, 1] });
    expect(res.status).toBe(200);
    expect(res.body.payload.map((a: { id: number }) => a.id)).toEqual([1, 3]);
    expect(await members(1)).toEqual([1, 3]);
    const lost = await fake.http.get(fake.path('/inboxes/1')).set('api_access_token', AGENT);
    expect(lost.status).toBe(401);
  });

  it('removes everyone with an empty list', async () => {
    const res = await send('patch', { inbox_id: 2, user_ids: [] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ payload: [] });
    // Grace keeps the helpdesk (3) and the website (1), by name.
    const inboxes = await fake.http.get(fake.path('/inboxes')).set('api_access_token', AGENT);
    expect(inboxes.body.payload.map((i: { id: number }) => i.id)).toEqual([3, 1]);
  });

  it('rejects invalid ids and agents without changing anything', async () => {
    const bad = await send('patch', { inbox_id: 1, user_ids: ['abc'] });
    expect(bad.status).toBe(422);
    expect(bad.body).toEqual({ message: 'User must exist', attributes: ['user'] });
    const agent = await send('patch', { inbox_id: 1, user_ids: [2] }, AGENT);
    expect(agent.status).toBe(401);
    expect((await send('patch', { inbox_id: 99, user_ids: [1] })).status).toBe(404);
    expect(await members(1)).toEqual([1, 2, 3]);
  });
});

describe('DELETE /inbox_members', () => {
  it('removes the given members and ignores ids that are not members', async () => {
    const res = await send('delete', { inbox_id: 2, user_ids: [2, 3, 99] });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await members(2)).toEqual([1]);
    const inbox = await fake.http.get(fake.path('/inboxes/2')).set('api_access_token', AGENT);
    expect(inbox.status).toBe(401);
  });

  it('answers 401 to agents and 404 for an unknown inbox', async () => {
    const agent = await send('delete', { inbox_id: 2, user_ids: [2] }, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_AUTHORIZED);
    expect((await send('delete', { inbox_id: 99, user_ids: [2] })).status).toBe(404);
    expect(await members(2)).toEqual([1, 2]);
  });
});
