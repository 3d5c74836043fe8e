/**
 * Chatwoot's request spec for the inbox members controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/inbox_members_controller_spec.rb
 * at f01a654ab1ec4985118dd6143afc5effd9018e95 (see README.md). Each test names the spec's `it`.
 *
 * The spec's `inbox` is a fresh inbox with no members: each test creates an API-channel inbox through
 * the API as the administrator. The spec's agents are the default world's: `old_agent` is Grace
 * (AGENT, id 2), `agent_to_add` / `agent_to_delete` is Alan (AGENT2, id 3), and the DELETE block's
 * `non_member_agent` is an agent created through the API. Its `create(:inbox_member, …)` setup is a
 * POST to /inbox_members as the administrator. "inbox.inbox_members.count" and the members' users are
 * read back through the administrator's GET /inbox_members/:inbox_id (agents ordered by id; every
 * test adds lower ids before higher ones, so that order is also the spec's insertion order).
 * The spec's lazy `let(:inbox_member)` in the GET block is never referenced, so it is not created.
 * All bodies are sent as JSON (`as: :json`).
 */
import { ADMIN, AGENT, AGENT2, testFake, type TestFake } from '../helpers';

const SPEC = 'inbox_members_controller_spec.rb';

const GRACE = 2; // old_agent
const ALAN = 3; // agent_to_add, agent_to_delete

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

/** The spec's `let(:inbox)`: a new inbox of the account, with no members. */
const createInbox = async (): Promise<number> => {
  const res = await fake.send('post', '/inboxes', { name: 'Spec Inbox', channel: { type: 'api' } }, ADMIN);
  expect(res.status).toBe(200);
  return res.body.id;
};

/** The spec's `create(:inbox_member, user:, inbox:)`. */
const addMembers = async (inboxId: number, userIds: number[]) => {
  const res = await fake.send('post', '/inbox_members', { inbox_id: inboxId, user_ids: userIds }, ADMIN);
  expect(res.status).toBe(200);
};

/** `inbox.inbox_members.pluck(:user_id)`, through the administrator's view. */
const memberIds = async (inboxId: number): Promise<number[]> => {
  const res = await fake.get(`/inbox_members/${inboxId}`, ADMIN);
  expect(res.status).toBe(200);
  return res.body.payload.map((a: { id: number }) => a.id);
};

const unauthenticated = (method: 'get' | 'post' | 'patch' | 'delete', path: string) =>
  fake.http[method](fake.path(path));

/** The administrator's refusals the spec repeats for POST and PATCH. */
function refusals(method: 'post' | 'patch', inbox: () => number): void {
  it(`${SPEC}: when it is an administrator, renders not found when inbox not found`, async () => {
    const res = await fake.send(method, '/inbox_members', { inbox_id: null, user_ids: [ALAN] }, ADMIN);
    expect(res.status).toBe(404);
  });

  it(`${SPEC}: when it is an administrator, renders error on invalid params`, async () => {
    const res = await fake.send(
      method,
      '/inbox_members',
      { inbox_id: inbox(), user_ids: ['invalid'] },
      ADMIN,
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain('User must exist');
  });
}

describe(`${SPEC} GET /api/v1/accounts/<account_id>/inbox_members/:id`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inboxId = await createInbox();
    const res = await unauthenticated('get', `/inbox_members/${inboxId}`);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user with out access to inbox, returns inbox member`, async () => {
    const inboxId = await createInbox();
    const res = await fake.get(`/inbox_members/${inboxId}`, AGENT2);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user with access to inbox, returns inbox member`, async () => {
    const inboxId = await createInbox();
    await addMembers(inboxId, [ALAN]);
    const res = await fake.get(`/inbox_members/${inboxId}`, AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.payload.map((a: { id: number }) => a.id)).toEqual([ALAN]);
    expect(await memberIds(inboxId)).toEqual([ALAN]);
  });
});

describe(`${SPEC} POST /api/v1/accounts/<account_id>/inbox_members`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await unauthenticated('post', '/inbox_members');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const inboxId = await createInbox();
    await addMembers(inboxId, [GRACE]);
    const res = await fake.send('post', '/inbox_members', { inbox_id: inboxId, user_ids: [GRACE] }, AGENT);
    expect(res.status).toBe(401);
  });

  describe('when it is an administrator', () => {
    let inboxId: number;
    beforeEach(async () => {
      inboxId = await createInbox();
      await addMembers(inboxId, [GRACE]);
    });

    it(`${SPEC}: when it is an administrator, add inbox members`, async () => {
      const res = await fake.send(
        'post',
        '/inbox_members',
        { inbox_id: inboxId, user_ids: [GRACE, ALAN] },
        ADMIN,
      );
      expect(res.status).toBe(200);
      const members = await memberIds(inboxId);
      expect(members).toHaveLength(2);
      expect(members[1]).toBe(ALAN);
    });

    refusals('post', () => inboxId);
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/<account_id>/inbox_members`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await unauthenticated('patch', '/inbox_members');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const inboxId = await createInbox();
    await addMembers(inboxId, [GRACE]);
    const res = await fake.send('patch', '/inbox_members', { inbox_id: inboxId, user_ids: [GRACE] }, AGENT);
    expect(res.status).toBe(401);
  });

  describe('when it is an administrator', () => {
    let inboxId: number;
    beforeEach(async () => {
      inboxId = await createInbox();
      await addMembers(inboxId, [GRACE]);
    });

    it(`${SPEC}: when it is an administrator, modifies inbox members`, async () => {
      const res = await fake.send('patch', '/inbox_members', { inbox_id: inboxId, user_ids: [ALAN] }, ADMIN);
      expect(res.status).toBe(200);
      const members = await memberIds(inboxId);
      expect(members).toHaveLength(1);
      expect(members[0]).toBe(ALAN);
    });

    refusals('patch', () => inboxId);
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/<account_id>/inbox_members`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await unauthenticated('delete', '/inbox_members');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const inboxId = await createInbox();
    await addMembers(inboxId, [GRACE]);
    const res = await fake.send('delete', '/inbox_members', { inbox_id: inboxId, user_ids: [GRACE] }, AGENT);
    expect(res.status).toBe(401);
    // Beyond the spec: nothing was removed.
    expect(await memberIds(inboxId)).toEqual([GRACE]);
  });

  describe('when it is an administrator', () => {
    let inboxId: number;
    beforeEach(async () => {
      inboxId = await createInbox();
      await addMembers(inboxId, [GRACE, ALAN]);
    });

    it(`${SPEC}: when it is an administrator, deletes inbox members`, async () => {
      const res = await fake.send('delete', '/inbox_members', { inbox_id: inboxId, user_ids: [ALAN] }, ADMIN);
      expect(res.status).toBe(200);
      expect(await memberIds(inboxId)).toHaveLength(1);
    });

    it(`${SPEC}: when it is an administrator, renders not found when inbox not found`, async () => {
      const res = await fake.send('delete', '/inbox_members', { inbox_id: null, user_ids: [ALAN] }, ADMIN);
      expect(res.status).toBe(404);
    });

    it(`${SPEC}: when it is an administrator, ignores invalid params`, async () => {
      const before = (await memberIds(inboxId)).length;
      const res = await fake.send(
        'delete',
        '/inbox_members',
        { inbox_id: inboxId, user_ids: ['invalid'] },
        ADMIN,
      );
      expect(res.status).toBe(200);
      expect(await memberIds(inboxId)).toHaveLength(before);
    });

    it(`${SPEC}: when it is an administrator, ignores non member params`, async () => {
      const agent = await fake.send(
        'post',
        '/agents',
        { name: 'Non Member', email: 'non-member@acme.test', role: 'agent' },
        ADMIN,
      );
      expect(agent.status).toBe(200);
      const before = (await memberIds(inboxId)).length;
      const res = await fake.send(
        'delete',
        '/inbox_members',
        { inbox_id: inboxId, user_ids: [agent.body.id] },
        ADMIN,
      );
      expect(res.status).toBe(200);
      expect(await memberIds(inboxId)).toHaveLength(before);
    });
  });
});
