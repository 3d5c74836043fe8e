import { ADMIN, BOT, testFake, type TestFake } from './helpers';

/*
 * Setting a team assigns one of its members (AssignmentHandler#ensure_assignee_is_from_team →
 * find_assignee_from_team → AutoAssignment round robin): the team must allow auto assignment, the
 * member must be a member of the conversation's inbox, `online` and present (auto_offline: false in
 * the fake, which does not see dashboard presence), and the inbox's round-robin queue takes turns.
 * Default world: inbox 2 (API) has Ada (1) and Grace (2) as members; conversation 6 is unassigned in
 * it; seeded memberships keep auto_offline on, so nobody is picked until an agent turns it off.
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const send = (method: 'post' | 'patch' | 'delete', path: string, body?: object, token = ADMIN) => {
  const req = fake.http[method](fake.path(path)).set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};
const get = async (path: string) =>
  (await fake.http.get(fake.path(path)).set('api_access_token', ADMIN)).body;

/** A new agent, online, auto_offline off, member of inbox 2 and of the team. */
async function onlineAgent(name: string, teamId: number, availability = 'online', autoOffline = false) {
  const agent = await send('post', '/agents', {
    name,
    email: `${name.toLowerCase()}@acme.test`,
    role: 'agent',
    availability,
    auto_offline: autoOffline,
  });
  expect(agent.status).toBe(200);
  const members = (await get('/inbox_members/2')).payload.map((m: { id: number }) => m.id);
  await send('patch', '/inbox_members', { inbox_id: 2, user_ids: [...members, agent.body.id] }).expect(200);
  await send('post', `/teams/${teamId}/team_members`, { user_ids: [agent.body.id] }).expect(200);
  return agent.body.id as number;
}

let teams = 0;
async function newTeam(allowAutoAssign = true) {
  teams += 1;
  const res = await send('post', '/teams', { name: `rota-${teams}`, allow_auto_assign: allowAutoAssign });
  expect(res.status).toBe(200);
  return res.body.id as number;
}

/** A new unassigned conversation in inbox 2. */
async function newConversation() {
  const res = await send('post', '/conversations', { contact_id: 3, inbox_id: 2 });
  expect(res.status).toBe(200);
  return res.body.id as number;
}

const assignTeam = (id: number, teamId: number, token = ADMIN) =>
  send('post', `/conversations/${id}/assignments`, { team_id: teamId }, token);
const assigneeOf = async (id: number) => (await get(`/conversations/${id}`)).meta.assignee?.id;

describe('team assignment picks an assignee', () => {
  it('takes turns among the online inbox members of the team, in the order they joined the inbox', async () => {
    const team = await newTeam();
    const first = await onlineAgent('First', team);
    const second = await onlineAgent('Second', team);
    const picks = [];
    for (let i = 0; i < 3; i += 1) {
      const id = await newConversation();
      expect((await assignTeam(id, team)).status).toBe(200);
      picks.push(await assigneeOf(id));
    }
    expect(picks).toEqual([first, second, first]);
    const id = await newConversation();
    await assignTeam(id, team);
    const activities = (await get(`/conversations/${id}/messages`)).payload
      .filter((m: { message_type: number }) => m.message_type === 2)
      .map((m: { content: string }) => m.content);
    expect(activities).toContain(
      `Assigned to Second via ${(await get(`/teams/${team}`)).name} by Ada Lovelace`,
    );
  });

  it('skips members who are busy, offline, keep auto_offline on, or are not in the inbox', async () => {
    const team = await newTeam();
    await onlineAgent('Busy', team, 'busy');
    await onlineAgent('Away', team, 'offline');
    await onlineAgent('Auto', team, 'online', true);
    // Alan (3) is online-capable but not a member of inbox 2.
    await send('post', `/teams/${team}/team_members`, { user_ids: [3] }).expect(200);
    const id = await newConversation();
    expect((await assignTeam(id, team)).status).toBe(200);
    expect(await assigneeOf(id)).toBeUndefined();
    const ready = await onlineAgent('Ready', team);
    const next = await newConversation();
    await assignTeam(next, team);
    expect(await assigneeOf(next)).toBe(ready);
  });

  it('leaves the conversation unassigned when the team does not allow auto assignment', async () => {
    const team = await newTeam(false);
    await onlineAgent('Willing', team);
    const id = await newConversation();
    await assignTeam(id, team).expect(200);
    expect(await assigneeOf(id)).toBeUndefined();
  });

  it('keeps an assignee who is in the team, replaces one who is not', async () => {
    const team = await newTeam();
    const member = await onlineAgent('Member', team);
    const id = await newConversation();
    // Grace (2) is in inbox 2 but not in the new team.
    await send('post', `/conversations/${id}/assignments`, { assignee_id: 2 }).expect(200);
    await assignTeam(id, team).expect(200);
    expect(await assigneeOf(id)).toBe(member);
    const other = await newConversation();
    await send('post', `/conversations/${other}/assignments`, { assignee_id: member }).expect(200);
    const second = await onlineAgent('Second', team);
    await assignTeam(other, team).expect(200);
    expect(await assigneeOf(other)).toBe(member);
    expect(second).not.toBe(member);
  });

  it('also on create with a team_id, and when an agent bot sets the team', async () => {
    const team = await newTeam();
    const member = await onlineAgent('Member', team);
    const created = await send('post', '/conversations', { contact_id: 3, inbox_id: 2, team_id: team });
    expect(created.status).toBe(200);
    expect(created.body.meta.assignee.id).toBe(member);
    const id = await newConversation();
    expect((await assignTeam(id, team, BOT)).status).toBe(200);
    expect(await assigneeOf(id)).toBe(member);
  });
});
