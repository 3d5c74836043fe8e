/**
 * Chatwoot's request spec for the platform users controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/platform/api/v1/users_controller_spec.rb, newest upstream
 * shape as stored at b437755168f69edc7bf4107e3c0d5734659432d7 (adds the `token` examples and the email
 * change; the index's chatwoot/chatwoot copy 7efe57a8c448c63b012a036d237f127aabe21ebb is older). See
 * README.md.
 *
 * The spec's `user` (dev+testing@chatwoot.com, custom attribute test: 'test') is made through the platform
 * API by the default platform app, which thereby may manage it (the spec's permissible row). A platform
 * app with no grant on it is `freshApp`.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';
import { freshApp, platformCall } from './platform_helpers';

const SPEC = 'users_controller_spec.rb';

let fake: TestFake;
let user: { id: number; email: string; name: string; access_token: string; pubsub_token: string } & Record<
  string,
  any
>;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  const res = await call('post', '/users', {
    body: {
      name: 'Dev Testing',
      email: 'dev+testing@chatwoot.com',
      password: 'Password1!',
      custom_attributes: { test: 'test' },
    },
  });
  expect(res.status).toBe(200);
  user = res.body;
});

const call = (...args: Parameters<typeof platformCall> extends [any, ...infer R] ? R : never) =>
  platformCall(fake, ...args);

/** The four refusals every action of the spec starts with. */
function refusals(method: 'get' | 'post' | 'patch' | 'delete', suffix: string, body?: object) {
  const path = () => `/users/${user.id}${suffix}`;
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call(method, path(), { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call(method, path(), { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    expect((await call(method, path(), { token: freshApp(fake), body })).status).toBe(401);
  });
}

describe(`${SPEC} GET /platform/api/v1/users/{user_id}`, () => {
  refusals('get', '');

  it(`${SPEC}: shows a user when its permissible object`, async () => {
    const res = await call('get', `/users/${user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('dev+testing@chatwoot.com');
    expect(res.body.custom_attributes.test).toBe('test');
  });
});

describe(`${SPEC} GET /platform/api/v1/users/{user_id}/login`, () => {
  refusals('get', '/login');

  it(`${SPEC}: return login link for user`, async () => {
    const res = await call('get', `/users/${user.id}/login`);
    expect(res.status).toBe(200);
    expect(res.body.url).toContain('email=dev%2Btesting%40chatwoot.com&sso_auth_token=');
  });
});

describe(`${SPEC} POST /platform/api/v1/users/{user_id}/token`, () => {
  refusals('post', '/token');

  it(`${SPEC}: returns access token for the user with expiry and user info`, async () => {
    const res = await call('post', `/users/${user.id}/token`);
    expect(res.status).toBe(200);
    expect(res.body.access_token).toBe(user.access_token);
    expect(res.body.expiry).toBeNull();
    expect(res.body.user).toEqual(
      expect.objectContaining({
        id: user.id,
        name: user.name,
        display_name: user.display_name,
        email: user.email,
        pubsub_token: user.pubsub_token,
      }),
    );
  });
});

describe(`${SPEC} POST /platform/api/v1/users/`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('post', '/users', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('post', '/users/', { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: creates a new user and permissible for the user without sending an email`, async () => {
    const token = freshApp(fake);
    const res = await call('post', '/users/', {
      token,
      body: {
        name: 'test',
        display_name: 'displaytest',
        email: 'test@test.com',
        password: 'Password1!',
        custom_attributes: { test: 'test_create' },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        name: 'test',
        display_name: 'displaytest',
        email: 'test@test.com',
        custom_attributes: { test: 'test_create' },
      }),
    );
    // The permissible row: the creating app may now read the user.
    expect((await call('get', `/users/${res.body.id}`, { token })).status).toBe(200);
  });

  it(`${SPEC}: fetch existing user and creates permissible for the user`, async () => {
    // create(:user, name: 'old test'): a user the app did not make (an agent invited in the dashboard).
    const invited = await fake.send(
      'post',
      '/agents',
      { name: 'old test', email: 'test@test.com', role: 'agent' },
      ADMIN,
    );
    expect(invited.status).toBe(200);
    const token = freshApp(fake);
    expect((await call('get', `/users/${invited.body.id}`, { token })).status).toBe(401);

    const res = await call('post', '/users/', {
      token,
      body: { name: 'test', email: 'test@test.com', password: 'Password1!' },
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('old test');
    expect(res.body.id).toBe(invited.body.id);
    expect((await call('get', `/users/${res.body.id}`, { token })).status).toBe(200);
  });
});

describe(`${SPEC} PATCH /platform/api/v1/users/{user_id}`, () => {
  refusals('patch', '', { name: 'test' });

  it(`${SPEC}: updates the user attributes`, async () => {
    const res = await call('patch', `/users/${user.id}`, {
      body: { name: 'test123', email: 'newtestemail@test.com', custom_attributes: { test: 'test_update' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('test123');
    expect(res.body.email).toBe('newtestemail@test.com');
    expect(res.body.custom_attributes.test).toBe('test_update');
  });
});

describe(`${SPEC} DELETE /platform/api/v1/users/{user_id}`, () => {
  refusals('delete', '');

  it(`${SPEC}: deletes the user`, async () => {
    const res = await call('delete', `/users/${user.id}`);
    expect(res.status).toBe(200);
    // DeleteObjectJob.perform_later(user): the fake deletes at once.
    expect((await call('get', `/users/${user.id}`)).status).toBe(404);
  });
});
