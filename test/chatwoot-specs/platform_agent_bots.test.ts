/**
 * Chatwoot's request spec for the platform agent bots controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/platform/api/v1/agent_bots_controller_spec.rb at
 * 12e4bc9cafaa02f74b62a8b8998b8499a4c44e2f (see README.md).
 *
 * The spec's `agent_bot` is the default world's bot (Acme Helper Bot), which the default platform app may
 * manage (the spec's permissible row). A platform app with no grant on it is `freshApp`, a second tenant's
 * app whose world has no bots. "AgentBot.count" is read as the bot being gone.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';
import { PLATFORM, freshApp, platformCall } from './platform_helpers';

const SPEC = 'agent_bots_controller_spec.rb (platform)';
const OUTGOING_URL = 'http://127.0.0.1:9/acme-bot';

let fake: TestFake;
let botId: number;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  const res = await call('get', '/agent_bots');
  expect(res.status).toBe(200);
  expect(res.body).toHaveLength(1);
  botId = res.body[0].id;
});

const call = (...args: Parameters<typeof platformCall> extends [any, ...infer R] ? R : never) =>
  platformCall(fake, ...args);

const showBot = async () => {
  const res = await call('get', `/agent_bots/${botId}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe(`${SPEC} GET /platform/api/v1/agent_bots`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('get', '/agent_bots', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('get', '/agent_bots', { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    const res = await call('get', '/agent_bots', { token: freshApp(fake) });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(0);
  });

  it(`${SPEC}: shows a agent_bot when its permissible object`, async () => {
    const res = await call('get', '/agent_bots');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].outgoing_url).toBe(OUTGOING_URL);
  });

  it(`${SPEC}: returns 200 and skips orphaned permissibles when an agent bot has been deleted`, async () => {
    // The bot is deleted outside the platform API (by the account's administrator).
    expect((await fake.send('delete', `/agent_bots/${botId}`, undefined, ADMIN)).status).toBe(200);
    const res = await call('get', '/agent_bots');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });
});

describe(`${SPEC} GET /platform/api/v1/agent_bots/{agent_bot_id}`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('get', `/agent_bots/${botId}`, { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('get', `/agent_bots/${botId}`, { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    expect((await call('get', `/agent_bots/${botId}`, { token: freshApp(fake) })).status).toBe(401);
  });

  it(`${SPEC}: shows a agent_bot when its permissible object`, async () => {
    const res = await call('get', `/agent_bots/${botId}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Acme Helper Bot');
    expect(res.body.outgoing_url).toBe(OUTGOING_URL);
  });
});

describe(`${SPEC} POST /platform/api/v1/agent_bots/`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('post', '/agent_bots', { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('post', '/agent_bots/', { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: creates a new agent bot`, async () => {
    const token = freshApp(fake);
    const res = await call('post', '/agent_bots/', { token, body: { name: 'test' } });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('test');
    // platform_app.platform_app_permissibles.first: the app's only bot is the new one.
    const list = await call('get', '/agent_bots', { token });
    expect(list.body.map((b: { id: number }) => b.id)).toEqual([res.body.id]);
  });
});

describe(`${SPEC} PATCH /platform/api/v1/agent_bots/{agent_bot_id}`, () => {
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('patch', `/agent_bots/${botId}`, { token: null })).status).toBe(401);
  });

  it(`${SPEC}: when it is an invalid platform app token, returns unauthorized`, async () => {
    expect((await call('patch', `/agent_bots/${botId}`, { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    const res = await call('patch', `/agent_bots/${botId}`, {
      token: freshApp(fake),
      body: { name: 'test' },
    });
    expect(res.status).toBe(401);
    expect((await showBot()).name).toBe('Acme Helper Bot');
  });

  it(`${SPEC}: updates the agent_bot`, async () => {
    const res = await call('patch', `/agent_bots/${botId}`, { body: { name: 'test123' } });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('test123');
  });

  it(`${SPEC}: updates avatar`, async () => {
    // A multipart update with an avatar file; the fake keeps no avatars, so "avatar.attached?" is not
    // checked (see README.md), only that the update succeeds.
    const res = await fake.http
      .patch(`/platform/api/v1/agent_bots/${botId}`)
      .set('api_access_token', PLATFORM)
      .field('name', 'test123')
      .attach('avatar', Buffer.from('\x89PNG\r\n\x1a\n'), {
        filename: 'avatar.png',
        contentType: 'image/png',
      });
    expect(res.status).toBe(200);
    expect((await showBot()).name).toBe('test123');
  });

  it(`${SPEC}: updated avatar with avatar_url`, async () => {
    const res = await call('patch', `/agent_bots/${botId}`, {
      body: { name: 'test123', avatar_url: 'http://example.com/avatar.png' },
    });
    expect(res.status).toBe(200);
    // Avatar::AvatarFromUrlJob is not modelled (the fake keeps no avatars); the update itself applies.
    expect((await showBot()).name).toBe('test123');
  });
});

describe(`${SPEC} DELETE /platform/api/v1/agent_bots/{agent_bot_id}`, () => {
  // The spec's two examples here both send the invalid token (a slip in the spec), replayed as written.
  it(`${SPEC}: when it is an unauthenticated platform app, returns unauthorized`, async () => {
    expect((await call('delete', `/agent_bots/${botId}`, { token: 'invalid' })).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized when its not a permissible object`, async () => {
    expect((await call('delete', `/agent_bots/${botId}`, { token: 'invalid' })).status).toBe(401);
    // And with a real app that has no grant on the bot.
    expect((await call('delete', `/agent_bots/${botId}`, { token: freshApp(fake) })).status).toBe(401);
    await showBot();
  });

  it(`${SPEC}: returns deletes the account user`, async () => {
    const res = await call('delete', `/agent_bots/${botId}`, { token: PLATFORM });
    expect(res.status).toBe(200);
    expect((await call('get', `/agent_bots/${botId}`)).status).toBe(404);
    expect((await fake.get(`/agent_bots/${botId}`, ADMIN)).status).toBe(404);
  });
});

describe(`${SPEC} DELETE /platform/api/v1/agent_bots/{agent_bot_id}/avatar`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('delete', `/agent_bots/${botId}/avatar`, { token: null })).status).toBe(401);
  });

  it(`${SPEC}: delete agent_bot avatar`, async () => {
    const res = await call('delete', `/agent_bots/${botId}/avatar`);
    expect(res.status).toBe(200);
    expect(res.body.avatar_url).toBe('');
  });
});
