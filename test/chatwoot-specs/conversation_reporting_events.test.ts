/**
 * Chatwoot's request spec for the enterprise conversations controller's `reporting_events` action,
 * replayed over HTTP against the fake. Source: spec/enterprise/controllers/api/v1/accounts/
 * conversations_controller_spec.rb, its `GET …/conversations/:id/reporting_events` block. The copies tied
 * to chatwoot/chatwoot (`fba7b82`, `076cf11`) predate that block; the one holding it is an index copy
 * without a repository (file id 2153428621), whose other examples (SLA data, custom roles) are
 * upstream's enterprise ones: its reporting-events examples are ported, the rest is not (SLA and custom
 * roles are not in the fake).
 *
 * The spec's three factory events (first_response, reply_time, resolution, an hour apart) are made as
 * Chatwoot makes reporting events: the administrator answers the contact (first_response), answers a
 * second message (reply_time), then resolves the conversation (conversation_resolved), an hour apart on
 * the fake's clock. The other conversation's event is a first response there. `create(:conversation)`
 * is a new contact's conversation in a new API inbox (conversations-world.ts). Each test names the
 * spec's `it`.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';
import {
  addTeamMember,
  createConversation,
  createIncomingMessage,
  createTeam,
  createUser,
  addInboxMember,
} from './conversations-world';

const SPEC = 'conversations_controller_spec.rb (enterprise)';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const hours = (n: number) => fake.store.clock.advance(n * 3_600_000);
const reply = (id: number, content: string) =>
  fake
    .send('post', `/conversations/${id}/messages`, { content, message_type: 'outgoing' }, ADMIN)
    .expect(200);
const eventsOf = (id: number, token: string | null = ADMIN) => {
  const req = fake.http.get(fake.path(`/conversations/${id}/reporting_events`));
  return token ? req.set('api_access_token', token) : req;
};

/** The spec's conversation with its three events, and another conversation with one. */
async function world(): Promise<{ id: number; inboxId: number }> {
  const conversation = await createConversation(fake);
  const id = conversation.id as number;
  await createIncomingMessage(fake, id, 'hello');
  hours(1);
  await reply(id, 'hi, how can I help?'); // first_response
  await createIncomingMessage(fake, id, 'my order is late');
  hours(1);
  await reply(id, 'it ships today'); // reply_time
  hours(1);
  await fake.send('post', `/conversations/${id}/toggle_status`, { status: 'resolved' }, ADMIN).expect(200);

  const other = await createConversation(fake);
  await createIncomingMessage(fake, other.id, 'another question');
  await reply(other.id, 'another answer');
  return { id, inboxId: conversation.inbox_id };
}

describe('GET /api/v1/accounts/{account.id}/conversations/:id/reporting_events', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await world();
    expect((await eventsOf(id, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user with conversation access, returns all reporting events for the conversation`, async () => {
    const { id } = await world();
    const res = await eventsOf(id);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(3);
    // Oldest first.
    expect(res.body[0].name).toBe('first_response');
    expect(res.body[2].name).toBe('conversation_resolved');
    // Only this conversation's (the other's first response is not among them).
    expect(
      res.body.every((e: { conversation_id: number }) => e.conversation_id === res.body[0].conversation_id),
    ).toBe(true);
  });

  it(`${SPEC}: when it is an authenticated user with conversation access, returns empty array when conversation has no reporting events`, async () => {
    await world();
    const bare = await createConversation(fake);
    const res = await eventsOf(bare.id);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toEqual([]);
  });

  it(`${SPEC}: when agent has limited access, returns unauthorized for unassigned conversation without permission`, async () => {
    const { id } = await world();
    const agent = await createUser(fake);
    expect((await eventsOf(id, agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when agent has limited access, returns reporting events when agent is assigned to the conversation`, async () => {
    const { id, inboxId } = await world();
    const agent = await createUser(fake);
    await addInboxMember(fake, inboxId, agent.id);
    await fake.send('post', `/conversations/${id}/assignments`, { assignee_id: agent.id }, ADMIN).expect(200);
    const res = await eventsOf(id, agent.token);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(3);
  });

  it(`${SPEC}: when agent has team access, allows accessing conversation reporting events via team membership`, async () => {
    const { id } = await world();
    const agent = await createUser(fake);
    const team = await createTeam(fake);
    await addTeamMember(fake, team.id, agent.id);
    await fake.send('post', `/conversations/${id}/assignments`, { team_id: team.id }, ADMIN).expect(200);
    const res = await eventsOf(id, agent.token);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(3);
  });
});
