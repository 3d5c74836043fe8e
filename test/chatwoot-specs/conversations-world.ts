/**
 * The records Chatwoot's conversation request specs build with factories, built here through the API
 * as a client would: users through the platform API (which answers their access token), inboxes,
 * members, contacts and conversations through the account API as the default world's administrator.
 * Used by conversations*.test.ts; not a test file itself.
 */
import { ADMIN, type TestFake } from '../helpers';

export const PLATFORM = 'acme-platform-token-0000005';

export interface SpecUser {
  id: number;
  name: string;
  email: string;
  token: string;
}

let serial = 0;

/** `create(:user, account: account, role:)`: a new user of the account, with their API token. */
export async function createUser(
  fake: TestFake,
  role: 'agent' | 'administrator' = 'agent',
  name = `Spec ${role} ${++serial}`,
): Promise<SpecUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}@spec.test`;
  const user = await fake.http
    .post('/platform/api/v1/users')
    .set('api_access_token', PLATFORM)
    .send({ name, email, password: 'Password1!' });
  expect(user.status).toBe(200);
  const membership = await fake.http
    .post(`/platform/api/v1/accounts/${fake.accountId}/account_users`)
    .set('api_access_token', PLATFORM)
    .send({ user_id: user.body.id, role });
  expect(membership.status).toBe(200);
  return { id: user.body.id, name, email, token: user.body.access_token };
}

/** An agent of the account who is `online` and keeps `auto_offline: false` (no token needed). */
export async function createOnlineAgent(fake: TestFake, name: string): Promise<{ id: number; name: string }> {
  const res = await fake.send('post', '/agents', {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '-')}@spec.test`,
    role: 'agent',
    availability: 'online',
    auto_offline: false,
  });
  expect(res.status).toBe(200);
  return { id: res.body.id, name };
}

/** `create(:inbox, account: account)`: a new API inbox with no members. */
export async function createInbox(fake: TestFake, name = `Spec Inbox ${++serial}`): Promise<{ id: number }> {
  const res = await fake.send('post', '/inboxes', { name, channel: { type: 'api' } });
  expect(res.status).toBe(200);
  return { id: res.body.id };
}

/** `create(:inbox_member, user:, inbox:)`. */
export async function addInboxMember(fake: TestFake, inboxId: number, userId: number): Promise<void> {
  const current = await fake.get(`/inbox_members/${inboxId}`);
  const ids = (current.body.payload as { id: number }[]).map((m) => m.id);
  const res = await fake.send('patch', '/inbox_members', { inbox_id: inboxId, user_ids: [...ids, userId] });
  expect(res.status).toBe(200);
}

/** `create(:team_member, team:, user:)`. */
export async function addTeamMember(fake: TestFake, teamId: number, userId: number): Promise<void> {
  const res = await fake.send('post', `/teams/${teamId}/team_members`, { user_ids: [userId] });
  expect(res.status).toBe(200);
}

/** `create(:team, account: account)`. */
export async function createTeam(
  fake: TestFake,
  name = `spec-team-${++serial}`,
): Promise<{ id: number; name: string }> {
  const res = await fake.send('post', '/teams', { name });
  expect(res.status).toBe(200);
  return { id: res.body.id, name: res.body.name };
}

/** `create(:contact, account: account)`. */
export async function createContact(
  fake: TestFake,
  name = `Spec Contact ${++serial}`,
): Promise<{ id: number }> {
  const res = await fake.send('post', '/contacts', { name });
  expect(res.status).toBe(200);
  return { id: res.body.payload.contact.id };
}

/**
 * `create(:conversation, account: account)`: an open conversation of a new contact in `inboxId` (a
 * new inbox when none is given), made by the administrator; answers the conversation JSON.
 */
export async function createConversation(
  fake: TestFake,
  inboxId?: number,
  extra: Record<string, unknown> = {},
): Promise<
  { id: number; inbox_id: number; uuid: string; meta: { sender: { id: number } } } & Record<string, any>
> {
  const inbox = inboxId ?? (await createInbox(fake)).id;
  const contact = await createContact(fake);
  const res = await fake.send(
    'post',
    '/conversations',
    { contact_id: contact.id, inbox_id: inbox, ...extra },
    ADMIN,
  );
  expect(res.status).toBe(200);
  return res.body;
}

/** `create(:message, conversation:)`: an incoming message from the contact (API inbox) with that content. */
export async function createIncomingMessage(fake: TestFake, displayId: number, content: string) {
  const res = await fake.send('post', `/conversations/${displayId}/messages`, {
    content,
    message_type: 'incoming',
  });
  expect(res.status).toBe(200);
  return res.body as { id: number; created_at: number };
}

/** The conversation as the administrator reads it (`conversation.reload`). */
export async function reload(fake: TestFake, displayId: number) {
  const res = await fake.get(`/conversations/${displayId}`);
  expect(res.status).toBe(200);
  return res.body;
}
