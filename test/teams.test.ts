import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const NOT_ALLOWED = { error: 'You are not authorized to do this action' };
const NOT_FOUND = { error: 'Resource could not be found' };

const get: TestFake['get'] = (...args) => fake.get(...args);
const send: TestFake['send'] = (...args) => fake.send(...args);
const ids = (body: { id: number }[]) => body.map((x) => x.id);

describe('GET /teams', () => {
  it('is a plain array of every team, with is_member relative to the caller', async () => {
    const asAgent = await get('/teams', AGENT);
    expect(asAgent.status).toBe(200);
    expect(asAgent.body).toEqual([
      {
        id: 1,
        name: 'billing',
        description: 'Invoices, refunds and plans',
        allow_auto_assign: true,
        account_id: 1,
        is_member: false,
      },
      {
        id: 2,
        name: 'support',
        description: 'Product questions',
        allow_auto_assign: true,
        account_id: 1,
        is_member: true,
      },
    ]);
    const asAdmin = await get('/teams');
    expect(asAdmin.body.map((t: { is_member: boolean }) => t.is_member)).toEqual([true, false]);
  });

  it('is closed to agent bots and to callers without a token', async () => {
    const bot = await get('/teams', BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    const anonymous = await fake.http.get(fake.path('/teams'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
  });
});

describe('GET /teams/{id}', () => {
  it('shows one team to any member', async () => {
    const res = await get('/teams/2', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 2, name: 'support', is_member: true });
  });

  it('answers 404 for an unknown team', async () => {
    const res = await get('/teams/99', AGENT);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
  });
});

describe('POST /teams', () => {
  it('creates a team from a flat body with its name downcased; it is then listed', async () => {
    const res = await send('post', '/teams', { name: 'Sales EMEA', description: 'Europe' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 3,
      name: 'sales emea',
      description: 'Europe',
      allow_auto_assign: true,
      account_id: 1,
      is_member: false,
    });
    const list = await get('/teams');
    expect(ids(list.body)).toEqual([1, 2, 3]);
    expect((await get('/teams/3')).body.name).toBe('sales emea');
  });

  it('accepts a wrapped body and allow_auto_assign false', async () => {
    const res = await send('post', '/teams', { team: { name: 'Night', allow_auto_assign: false } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'night', allow_auto_assign: false, description: null });
  });

  it('rejects a blank or taken name (case-insensitively, as names are downcased)', async () => {
    const blank = await send('post', '/teams', { name: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({ message: 'Name must not be blank', attributes: ['name'] });
    const taken = await send('post', '/teams', { name: 'BILLING' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Name has already been taken', attributes: ['name'] });
    expect((await get('/teams')).body).toHaveLength(2);
  });

  it('answers 422 when there is no team parameter at all', async () => {
    const res = await send('post', '/teams', { unrelated: 1 });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: team' });
  });

  it('is for administrators only', async () => {
    const res = await send('post', '/teams', { name: 'sneaky' }, AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NOT_ALLOWED);
    expect((await get('/teams')).body).toHaveLength(2);
  });
});

describe('PATCH/PUT /teams/{id}', () => {
  it('updates name and description (PATCH), visible afterwards', async () => {
    const res = await send('patch', '/teams/1', { name: 'Finance', description: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 1, name: 'finance', description: null, is_member: true });
    expect((await get('/teams/1')).body).toMatchObject({ name: 'finance', description: null });
  });

  it('updates through PUT too', async () => {
    const res = await send('put', '/teams/2', { team: { allow_auto_assign: false } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 2, name: 'support', allow_auto_assign: false });
  });

  it("rejects another team's name with 422 and keeps the team unchanged", async () => {
    const res = await send('patch', '/teams/2', { name: 'Billing' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Name has already been taken', attributes: ['name'] });
    expect((await get('/teams/2')).body.name).toBe('support');
  });

  it('answers 404 for an unknown team and 401 for agents', async () => {
    expect((await send('patch', '/teams/99', { name: 'x' })).status).toBe(404);
    const agent = await send('put', '/teams/1', { name: 'x' }, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
  });
});

describe('DELETE /teams/{id}', () => {
  it('deletes the team and its memberships; its conversations lose the team', async () => {
    const before = await fake.http
      .post(fake.path('/conversations/filter'))
      .set('api_access_token', ADMIN)
      .send({ payload: [{ attribute_key: 'team_id', filter_operator: 'equal_to', values: [2] }] });
    expect(before.body.payload.length).toBeGreaterThan(0);
    const displayId = before.body.payload[0].id;

    const res = await send('delete', '/teams/2');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(ids((await get('/teams')).body)).toEqual([1]);
    expect((await get('/teams/2')).status).toBe(404);
    expect((await get('/teams/2/team_members')).status).toBe(404);
    const conversation = await get(`/conversations/${displayId}`);
    expect(conversation.body.meta).not.toHaveProperty('team');
  });

  it('answers 404 for an unknown team and 401 for agents', async () => {
    expect((await send('delete', '/teams/99')).body).toEqual(NOT_FOUND);
    const agent = await send('delete', '/teams/1', undefined, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
  });
});

describe('team members', () => {
  const memberIds = async (team: number) => ids((await get(`/teams/${team}/team_members`, AGENT)).body);

  it('lists the members as agents, in joining order, to any member', async () => {
    const res = await get('/teams/1/team_members', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({ id: 1, name: 'Ada Lovelace', role: 'administrator', account_id: 1 }),
      expect.objectContaining({ id: 3, name: 'Alan Turing', role: 'agent', availability_status: 'busy' }),
    ]);
    expect(res.body[0]).not.toHaveProperty('custom_attributes');
  });

  it('POST adds the new users and answers with just those; is_member follows', async () => {
    const res = await send('post', '/teams/2/team_members', { user_ids: [1, 2] });
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([1]); // user 2 was already a member
    expect(await memberIds(2)).toEqual([2, 1]);
    const team = await get('/teams/2');
    expect(team.body.is_member).toBe(true);
  });

  it('POST with only existing members answers an empty object', async () => {
    const res = await send('post', '/teams/2/team_members', { user_ids: [2] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expect(await memberIds(2)).toEqual([2]);
  });

  it('PATCH makes user_ids the exact member list and answers with all members', async () => {
    const res = await send('patch', '/teams/1/team_members', { user_ids: [3, 2] });
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([3, 2]);
    expect(await memberIds(1)).toEqual([3, 2]);
    const emptied = await send('patch', '/teams/1/team_members', { user_ids: [] });
    expect(emptied.body).toEqual({});
    expect(await memberIds(1)).toEqual([]);
  });

  it('DELETE removes the given members and ignores non-members', async () => {
    const res = await send('delete', '/teams/1/team_members', { user_ids: [3, 2] });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await memberIds(1)).toEqual([1]);
  });

  it('refuses user ids that are not users of the account with 401 Invalid User IDs', async () => {
    for (const method of ['post', 'patch', 'delete'] as const) {
      const res = await send(method, '/teams/1/team_members', { user_ids: [2, 999] });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'Invalid User IDs' });
    }
    expect(await memberIds(1)).toEqual([1, 3]);
  });

  it('answers 404 for an unknown team and 401 for agents changing members', async () => {
    expect((await get('/teams/99/team_members', AGENT)).body).toEqual(NOT_FOUND);
    expect((await send('post', '/teams/99/team_members', { user_ids: [1] })).status).toBe(404);
    for (const method of ['post', 'patch', 'delete'] as const) {
      const res = await send(method, '/teams/2/team_members', { user_ids: [3] }, AGENT2);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(NOT_ALLOWED);
    }
    expect(await memberIds(2)).toEqual([2]);
  });

  it('answers 422 without user_ids or with ids that are not numbers (a 500 in Rails)', async () => {
    const res = await send('post', '/teams/1/team_members', {});
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: "User ids can't be blank", attributes: ['user_ids'] });
    const odd = await send('post', '/teams/1/team_members', { user_ids: [{}] });
    expect(odd.status).toBe(422);
    expect(odd.body.attributes).toEqual(['user_ids']);
  });
});
