/**
 * What the v2 report specs' factories make, made through the API instead: a fresh account (the default
 * world's platform app creates it, so the account holds only the spec's records), its users with their
 * own tokens, API inboxes, contacts and conversations, at instants set on the fake's frozen clock.
 */
import type { TestFake } from '../helpers';

/** The default world's platform app (fixtures/default.yaml). */
export const PLATFORM = 'acme-platform-token-0000005';

export interface User {
  id: number;
  name: string;
  token: string;
}

export interface SpecAccount {
  id: number;
  /** GET an Application API path of this account (`/api/v1/accounts/{id}` + path, or a v2 path). */
  path: (p: string, version?: 'v1' | 'v2') => string;
}

let counter = 0;

/** `create(:account)`. */
export async function createAccount(fake: TestFake, name = 'Spec Account'): Promise<SpecAccount> {
  const res = await fake.http
    .post('/platform/api/v1/accounts')
    .set('api_access_token', PLATFORM)
    .send({ name });
  expect(res.status).toBe(200);
  const id = res.body.id as number;
  return { id, path: (p, version = 'v1') => `/api/${version}/accounts/${id}${p}` };
}

/** `create(:user, account:, role:)`: a confirmed user with its token, a member of the account. */
export async function createUser(
  fake: TestFake,
  account: SpecAccount,
  role: 'administrator' | 'agent' = 'agent',
): Promise<User> {
  counter += 1;
  const name = `Spec User ${counter}`;
  const user = await fake.http
    .post('/platform/api/v1/users')
    .set('api_access_token', PLATFORM)
    .send({ name, email: `spec-user-${counter}@reports.test`, password: 'Secret1!pass' });
  expect(user.status).toBe(200);
  await addMember(fake, account, user.body.id, role);
  return { id: user.body.id, name, token: user.body.access_token };
}

/** `create(:account_user, user:, account:, role:)`. */
export async function addMember(
  fake: TestFake,
  account: SpecAccount,
  userId: number,
  role: 'administrator' | 'agent' = 'agent',
): Promise<void> {
  const res = await fake.http
    .post(`/platform/api/v1/accounts/${account.id}/account_users`)
    .set('api_access_token', PLATFORM)
    .send({ user_id: userId, role });
  expect(res.status).toBe(200);
}

/** `create(:inbox, account:)`: an API inbox, made by an administrator of the account. */
export async function createInbox(fake: TestFake, account: SpecAccount, admin: User): Promise<number> {
  const res = await fake.http
    .post(account.path('/inboxes'))
    .set('api_access_token', admin.token)
    .send({ name: 'Spec Inbox', channel: { type: 'api' } });
  expect(res.status).toBe(200);
  return res.body.id;
}

/** `create(:inbox_member, user:, inbox:)`. */
export async function addInboxMember(
  fake: TestFake,
  account: SpecAccount,
  admin: User,
  inboxId: number,
  user: User,
): Promise<void> {
  const res = await fake.http
    .post(account.path('/inbox_members'))
    .set('api_access_token', admin.token)
    .send({ inbox_id: inboxId, user_ids: [user.id] });
  expect(res.status).toBe(200);
}

/** `create(:team, account:)`. */
export async function createTeam(fake: TestFake, account: SpecAccount, admin: User): Promise<number> {
  counter += 1;
  const res = await fake.http
    .post(account.path('/teams'))
    .set('api_access_token', admin.token)
    .send({ name: `spec team ${counter}` });
  expect(res.status).toBe(200);
  return res.body.id;
}

export interface ConversationOptions {
  assignee?: User;
  teamId?: number;
  status?: 'open' | 'resolved' | 'pending' | 'snoozed';
  /** The instant of `created_at` (the clock is set there first). */
  at?: number;
}

/** `create(:conversation, account:, inbox:, ...)`: a new contact's conversation; its display id. */
export async function createConversation(
  fake: TestFake,
  account: SpecAccount,
  admin: User,
  inboxId: number,
  options: ConversationOptions = {},
): Promise<number> {
  if (options.at !== undefined) fake.store.clock.set(options.at);
  counter += 1;
  const contact = await fake.http
    .post(account.path('/contacts'))
    .set('api_access_token', admin.token)
    .send({ name: `Spec Contact ${counter}` });
  expect(contact.status).toBe(200);
  const res = await fake.http
    .post(account.path('/conversations'))
    .set('api_access_token', admin.token)
    .send({
      contact_id: contact.body.payload.contact.id,
      inbox_id: inboxId,
      ...(options.assignee ? { assignee_id: options.assignee.id } : {}),
      ...(options.teamId !== undefined ? { team_id: options.teamId } : {}),
      ...(options.status ? { status: options.status } : {}),
    });
  expect(res.status).toBe(200);
  return res.body.id;
}

/** `create(:message, conversation:, message_type:, sender:)`: posted with the sender's token. */
export async function createMessage(
  fake: TestFake,
  account: SpecAccount,
  conversationId: number,
  sender: User,
  messageType: 'incoming' | 'outgoing',
): Promise<void> {
  const res = await fake.http
    .post(account.path(`/conversations/${conversationId}/messages`))
    .set('api_access_token', sender.token)
    .send({ content: 'Hi', message_type: messageType });
  expect(res.status).toBe(200);
}

/** `conversation.resolved!` */
export async function resolve(fake: TestFake, account: SpecAccount, admin: User, conversationId: number) {
  const res = await fake.http
    .post(account.path(`/conversations/${conversationId}/toggle_status`))
    .set('api_access_token', admin.token)
    .send({ status: 'resolved' });
  expect(res.status).toBe(200);
}
