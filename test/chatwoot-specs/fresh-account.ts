/**
 * The spec's `let(:account) { create(:account) }` over HTTP: a new, empty account made through the
 * Platform API (the default world's platform app), with an administrator and agents of its own, so
 * counts, orders and pages see only what a test creates (the default account holds a dozen contacts).
 */
import type request from 'supertest';
import type { TestFake } from '../helpers';

/** The default world's platform app (fixtures/default.yaml). */
export const PLATFORM = 'acme-platform-token-0000005';

export interface FreshAccount {
  id: number;
  /** The administrator's and the first agent's API tokens. */
  admin: string;
  agent: string;
  /** `/api/v1/accounts/<id>` + path */
  path: (p: string) => string;
  /** Another member of the account (`role` agent unless given), answering its token. */
  member: (role?: 'agent' | 'administrator') => Promise<string>;
  /** A request to `path(p)` as `token` (default: the administrator; null: none), with a JSON body if given. */
  call: (method: Method, p: string, body?: object, token?: string | null) => request.Test;
}

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

let users = 0;

export async function freshAccount(fake: TestFake): Promise<FreshAccount> {
  const platform = (method: 'post', path: string, body: object) =>
    fake.http[method](`/platform/api/v1${path}`).set('api_access_token', PLATFORM).send(body);
  const account = await platform('post', '/accounts', { name: 'Spec Account' });
  expect(account.status).toBe(200);
  const id = account.body.id as number;
  const member = async (role: 'agent' | 'administrator' = 'agent') => {
    users += 1;
    const user = await platform('post', '/users', {
      name: `Spec ${role} ${users}`,
      email: `spec-${role}-${users}@example.test`,
      password: 'Password1!',
    });
    expect(user.status).toBe(200);
    const added = await platform('post', `/accounts/${id}/account_users`, { user_id: user.body.id, role });
    expect(added.status).toBe(200);
    return user.body.access_token as string;
  };
  const admin = await member('administrator');
  const agent = await member('agent');
  const path = (p: string) => `/api/v1/accounts/${id}${p}`;
  const call: FreshAccount['call'] = (method, p, body, token = admin) => {
    let req = fake.http[method](path(p));
    if (token) req = req.set('api_access_token', token);
    return body === undefined ? req : req.send(body);
  };
  return { id, admin, agent, path, member, call };
}
