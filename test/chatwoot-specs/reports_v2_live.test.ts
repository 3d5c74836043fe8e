/**
 * Chatwoot's request spec for the live reports controller, replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v2/accounts/live_reports_controller_spec.rb at
 * 73a16e94ae2963a4de4d901d27b9b92a7fcc9a44. See README.md. Each test names the spec's context and `it`.
 *
 * A fresh account per example (reports_world.ts) with the spec's administrator, agent and team. The
 * factories' conversations (`:with_assignee` makes a new user each) are made through the API in one
 * API inbox, assigned to agents made for them; "attended" conversations get their first reply as the
 * spec's `first.reply.created` event gives it: the assignee posts an outgoing message (after being
 * made an inbox member, as the spec does), which sets the conversation's first reply time.
 */
import { testFake, type TestFake } from '../helpers';
import {
  addInboxMember,
  createAccount,
  createConversation,
  createInbox,
  createMessage,
  createTeam,
  createUser,
  type SpecAccount,
  type User,
} from './reports_world';

const SPEC = 'live_reports_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});

let account: SpecAccount;
let admin: User;
let agent: User;
let team: number;
let inbox: number;

beforeEach(async () => {
  fake.reset();
  fake.store.clock.set(Date.UTC(2026, 2, 10, 12));
  account = await createAccount(fake);
  admin = await createUser(fake, account, 'administrator');
  agent = await createUser(fake, account, 'agent');
  team = await createTeam(fake, account, admin);
  inbox = await createInbox(fake, account, admin);
});

const v2 = (path: string, query: Record<string, string | number> = {}, token?: string) => {
  const req = fake.http.get(account.path(path, 'v2')).query(query);
  return token ? req.set('api_access_token', token) : req;
};

/**
 * `conversation.update!(assignee_id:)`: assigned after it was created (with a team, the model drops
 * an assignee who is not a team member only when the team changes).
 */
async function assign(id: number, assignee: User) {
  const res = await fake.http
    .post(account.path(`/conversations/${id}/assignments`))
    .set('api_access_token', admin.token)
    .send({ assignee_id: assignee.id });
  expect(res.status).toBe(200);
}

/** An open conversation assigned to `assignee` after it was created. */
async function assigned(assignee: User, teamId?: number) {
  const id = await createConversation(fake, account, admin, inbox, { status: 'open', teamId });
  await assign(id, assignee);
  return id;
}

/** A conversation of `assignee` with the assignee's first reply. */
async function attended(assignee: User, teamId?: number) {
  await addInboxMember(fake, account, admin, inbox, assignee);
  const id = await assigned(assignee, teamId);
  await createMessage(fake, account, id, assignee, 'outgoing');
}

describe(`${SPEC} GET /api/v2/accounts/{account.id}/live_reports/conversation_metrics`, () => {
  it(`${SPEC}: when unauthenticated, returns unauthorized`, async () => {
    expect((await v2('/live_reports/conversation_metrics')).status).toBe(401);
  });

  it(`${SPEC}: when authenticated but not authorized, returns forbidden`, async () => {
    expect((await v2('/live_reports/conversation_metrics', {}, agent.token)).status).toBe(401);
  });

  describe('when authenticated and authorized', () => {
    beforeEach(async () => {
      const assignee = () => createUser(fake, account, 'agent');
      await createConversation(fake, account, admin, inbox, { assignee: await assignee(), status: 'open' });
      await createConversation(fake, account, admin, inbox, { status: 'open' });
      await createConversation(fake, account, admin, inbox, {
        assignee: await assignee(),
        status: 'pending',
      });
      await attended(await assignee());
    });

    it(`${SPEC}: returns conversation metrics`, async () => {
      const res = await v2('/live_reports/conversation_metrics', {}, admin.token);
      expect(res.status).toBe(200);
      expect(res.body.open).toBe(3);
      expect(res.body.unattended).toBe(2);
      expect(res.body.unassigned).toBe(1);
      expect(res.body.pending).toBe(1);
    });

    it(`${SPEC}: with team_id parameter, returns metrics filtered by team`, async () => {
      await createConversation(fake, account, admin, inbox, { status: 'open', teamId: team });
      await createConversation(fake, account, admin, inbox, { status: 'open' });
      const res = await v2('/live_reports/conversation_metrics', { team_id: team }, admin.token);
      expect(res.status).toBe(200);
      expect(res.body.open).toBe(1);
      expect(res.body.unattended).toBe(1);
      expect(res.body.unassigned).toBe(1);
      expect(res.body.pending).toBe(0);
    });
  });
});

describe(`${SPEC} GET /api/v2/accounts/{account.id}/live_reports/grouped_conversation_metrics`, () => {
  it(`${SPEC}: when unauthenticated, returns unauthorized`, async () => {
    expect((await v2('/live_reports/grouped_conversation_metrics', { group_by: 'team_id' })).status).toBe(
      401,
    );
  });

  it(`${SPEC}: when authenticated but not authorized, returns forbidden`, async () => {
    const res = await v2('/live_reports/grouped_conversation_metrics', { group_by: 'team_id' }, agent.token);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: with invalid group_by parameter, returns unprocessable_entity error`, async () => {
    const res = await v2(
      '/live_reports/grouped_conversation_metrics',
      { group_by: 'invalid_param' },
      admin.token,
    );
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('invalid group_by');
  });

  it(`${SPEC}: when grouped by team_id, returns metrics grouped by team`, async () => {
    const assignee1 = await createUser(fake, account, 'agent');
    await addInboxMember(fake, account, admin, inbox, assignee1);
    await createConversation(fake, account, admin, inbox, { status: 'open', teamId: team });
    await assigned(assignee1, team);
    await attended(assignee1, team);
    await assigned(assignee1);
    await attended(assignee1);

    const res = await v2('/live_reports/grouped_conversation_metrics', { group_by: 'team_id' }, admin.token);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body).toContainEqual({ team_id: null, open: 2, unattended: 1, unassigned: 0 });
    expect(res.body).toContainEqual({ team_id: team, open: 3, unattended: 2, unassigned: 1 });
  });

  it(`${SPEC}: when filtering by assignee_id, returns metrics grouped by assignee`, async () => {
    await addInboxMember(fake, account, admin, inbox, agent);
    await assigned(agent);
    await attended(agent);
    await createConversation(fake, account, admin, inbox, { status: 'open' });

    const res = await v2(
      '/live_reports/grouped_conversation_metrics',
      { group_by: 'assignee_id' },
      admin.token,
    );
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body).toContainEqual({ assignee_id: agent.id, open: 2, unassigned: 0, unattended: 1 });
    expect(res.body).toContainEqual({ assignee_id: null, open: 1, unassigned: 1, unattended: 1 });
  });
});
