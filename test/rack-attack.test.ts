/**
 * Chatwoot's rack-attack throttles (config/initializers/rack_attack.rb), on with
 * `rateLimit: { rackAttack }` or `fake.rateLimit({ rackAttack })`: by path and the client's IP, the
 * sign-in email or the account. Clients at several addresses are simulated by a server of the test's
 * own around the fake's listener, whose sockets claim the address a test header names. Windows run on
 * the fake's clock here (`clock: 'fake'`), so a test moves past one with clock.advance.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { buildFake, type BuiltFake, type RateLimitOptions } from '../src/index';
import { ADMIN } from './helpers';

const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
/** The address the test's server makes a request come from. */
const PEER = 'x-test-peer';

interface Peered {
  fake: BuiltFake;
  server: http.Server;
  /** A supertest client whose requests come from `ip`. */
  from: (ip: string) => {
    get: (path: string) => request.Test;
    post: (path: string) => request.Test;
    patch: (path: string) => request.Test;
  };
}

async function peered(rateLimit: RateLimitOptions | undefined): Promise<Peered> {
  const fake = await buildFake({ rateLimit, webhooks: false, validateResponses: true });
  const server = http.createServer((req, res) => {
    const ip = req.headers[PEER] as string | undefined;
    Object.defineProperty(req.socket, 'remoteAddress', { value: ip ?? '127.0.0.1', configurable: true });
    fake.listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const from = (ip: string) => ({
    get: (path: string) => agent.get(path).set(PEER, ip),
    post: (path: string) => agent.post(path).set(PEER, ip),
    patch: (path: string) => agent.patch(path).set(PEER, ip),
  });
  return { fake, server, from };
}

const close = (p: Peered) => new Promise((resolve) => p.server.close(resolve));

/** A new widget visitor's token (POST /config), from `ip`. */
async function visitor(p: Peered, ip: string): Promise<string> {
  const res = await p.from(ip).post(`/api/v1/widget/config?website_token=${WEBSITE_TOKEN}`).send({});
  expect(res.status).toBe(200);
  return res.body.website_channel_config.auth_token;
}

const startConversation = (p: Peered, ip: string, token: string) =>
  p
    .from(ip)
    .post(`/api/v1/widget/conversations?website_token=${WEBSITE_TOKEN}`)
    .set('X-Auth-Token', token)
    .send({ contact: { name: 'Visitor' }, message: { content: 'Hello' } });

const expectThrottled = (res: request.Response) => {
  expect(res.status).toBe(429);
  expect(res.text).toBe('Retry later\n');
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  expect(res.headers['retry-after']).toBeUndefined();
};

describe('the widget throttles', () => {
  let p: Peered;
  beforeAll(async () => {
    p = await peered({ rackAttack: true, clock: 'fake' });
  });
  afterAll(() => close(p));
  beforeEach(() => p.fake.reset());

  it('allows an IP 6 widget conversations in 12 hours, then answers 429 and creates nothing', async () => {
    const token = await visitor(p, '198.51.100.1');
    for (let i = 0; i < 6; i++) expect((await startConversation(p, '198.51.100.1', token)).status).toBe(200);
    const before = p.fake.db.conversations.length;
    expectThrottled(await startConversation(p, '198.51.100.1', token));
    expect(p.fake.db.conversations.length).toBe(before);
    // Another address has its own counter; the same visitor from there gets through.
    expect((await startConversation(p, '198.51.100.2', token)).status).toBe(200);
    // Other widget calls from the throttled address are not limited by it.
    const contact = await p
      .from('198.51.100.1')
      .get(`/api/v1/widget/contact?website_token=${WEBSITE_TOKEN}`)
      .set('X-Auth-Token', token);
    expect(contact.status).toBe(200);
    p.fake.clock.advance('12h');
    expect((await startConversation(p, '198.51.100.1', token)).status).toBe(200);
  });

  it('never limits PATCH /api/v1/widget/contact: the throttle names the plural path, as in Chatwoot', async () => {
    p.fake.rateLimit({ rackAttack: { limits: { 'api/v1/widget/contacts': 1 } }, clock: 'fake' });
    const token = await visitor(p, '198.51.100.3');
    const update = (path: string) =>
      p
        .from('198.51.100.3')
        .patch(`/api/v1/widget/${path}?website_token=${WEBSITE_TOKEN}`)
        .set('X-Auth-Token', token)
        .send({ name: 'Renamed' });
    for (let i = 0; i < 3; i++) expect((await update('contact')).status).toBe(200);
    // The plural path, a 404 in Chatwoot and here, is what the throttle counts.
    expect((await update('contacts')).status).toBe(404);
    expectThrottled(await update('contacts'));
  });

  it('allows 5 loads of the chat window without cw_conversation per IP and hour; with one, no limit', async () => {
    const page = (ip: string, query = '') => p.from(ip).get(`/widget?website_token=${WEBSITE_TOKEN}${query}`);
    for (let i = 0; i < 5; i++) expect((await page('198.51.100.4')).status).toBe(200);
    expectThrottled(await page('198.51.100.4'));
    expect((await page('198.51.100.4', '&cw_conversation=some-token')).status).toBe(200);
    expect((await page('198.51.100.5')).status).toBe(200);
    p.fake.clock.advance('1h');
    expect((await page('198.51.100.4')).status).toBe(200);
  });

  it('are left out with widget: false (ENABLE_RACK_ATTACK_WIDGET_API=false)', async () => {
    p.fake.rateLimit({ rackAttack: { widget: false }, clock: 'fake' });
    expect(p.fake.rateLimits().map((l) => l.throttle)).not.toContain('api/v1/widget/conversations');
    const token = await visitor(p, '198.51.100.6');
    for (let i = 0; i < 7; i++) expect((await startConversation(p, '198.51.100.6', token)).status).toBe(200);
  });
});

describe('the other throttles', () => {
  let p: Peered;
  beforeAll(async () => {
    p = await peered({ rackAttack: true, clock: 'fake' });
  });
  afterAll(() => close(p));
  beforeEach(() => p.fake.reset());

  const signIn = (ip: string, email: string) =>
    p.from(ip).post('/auth/sign_in').send({ email, password: 'wrong' });

  it('limits sign-ins to 5 per IP in 5 minutes, and to 10 per email (however written) from any IP', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('203.0.113.1', `user${i}@acme.test`)).status).toBe(401);
    expectThrottled(await signIn('203.0.113.1', 'someone@acme.test'));
    p.fake.clock.advance('5m');
    expect((await signIn('203.0.113.1', 'someone@acme.test')).status).toBe(401);

    const spellings = ['ada@acme.test', ' ADA@acme.test', 'ada @acme.test', 'Ada@Acme.Test '];
    for (let i = 0; i < 10; i++) {
      expect((await signIn(`203.0.113.${10 + i}`, spellings[i % spellings.length])).status).toBe(401);
    }
    expectThrottled(await signIn('203.0.113.99', 'ada@acme.test'));
    // The right password too: the throttle answers before the app.
    const right = await p
      .from('203.0.113.98')
      .post('/auth/sign_in')
      .send({ email: 'ada@acme.test', password: 'Password1!' });
    expectThrottled(right);
    expect((await signIn('203.0.113.97', 'grace@acme.test')).status).toBe(401);
  });

  it('limits every IP to 3000 requests a minute (RACK_ATTACK_LIMIT), the control API aside', async () => {
    p.fake.rateLimit({ rackAttack: { limits: { 'req/ip': 3 } }, clock: 'fake' });
    const agents = (ip: string) => p.from(ip).get('/api/v1/accounts/1/agents').set('api_access_token', ADMIN);
    for (let i = 0; i < 3; i++) expect((await agents('203.0.113.2')).status).toBe(200);
    expectThrottled(await agents('203.0.113.2'));
    expectThrottled(await p.from('203.0.113.2').get('/no/such/route'));
    expect((await agents('203.0.113.3')).status).toBe(200);
    // The control API is the test suite's: never counted (from loopback, the test server's default).
    for (let i = 0; i < 5; i++)
      expect((await p.from('127.0.0.1').get('/__fake/rate-limit')).status).toBe(200);
  });

  it('limits contact searches per account (100 a minute), whatever the IP', async () => {
    p.fake.rateLimit({
      rackAttack: { limits: { '/api/v1/accounts/:account_id/contacts/search': 2 } },
      clock: 'fake',
    });
    const search = (ip: string) =>
      p.from(ip).get('/api/v1/accounts/1/contacts/search?q=a').set('api_access_token', ADMIN);
    expect((await search('203.0.113.4')).status).toBe(200);
    expect((await search('203.0.113.5')).status).toBe(200);
    expectThrottled(await search('203.0.113.6'));
    p.fake.clock.advance('1m');
    expect((await search('203.0.113.6')).status).toBe(200);
  });

  it('counts a request only up to the first throttle over (rack-attack checks them in order)', async () => {
    p.fake.rateLimit({ rackAttack: { limits: { 'req/ip': 2 } }, clock: 'fake' });
    const search = (ip: string) =>
      p.from(ip).get('/api/v1/accounts/1/contacts/search?q=a').set('api_access_token', ADMIN);
    expect((await search('203.0.113.7')).status).toBe(200);
    expect((await search('203.0.113.7')).status).toBe(200);
    for (let i = 0; i < 200; i++) expectThrottled(await search('203.0.113.7'));
    // Those 200 refused by req/ip never reached the account's 100 a minute.
    expect((await search('203.0.113.8')).status).toBe(200);
  });
});

describe('turning them on and off', () => {
  let p: Peered;
  beforeAll(async () => {
    p = await peered(undefined);
  });
  afterAll(() => close(p));
  beforeEach(() => p.fake.reset());

  it('is off by default', async () => {
    expect(p.fake.rateLimits()).toEqual([]);
    const token = await visitor(p, '192.0.2.1');
    for (let i = 0; i < 7; i++) expect((await startConversation(p, '192.0.2.1', token)).status).toBe(200);
  });

  it('turns on and off at run time, next to a limit by token, and lists each throttle', async () => {
    p.fake.rateLimit({ token: ADMIN, limit: 50 });
    const listed = p.fake.rateLimit({ rackAttack: true, clock: 'fake', headers: true });
    expect(listed[0]).toEqual({ token: ADMIN, limit: 50, periodMs: 60_000, headers: false, clock: 'real' });
    expect(listed).toContainEqual({
      token: null,
      throttle: 'api/v1/widget/conversations',
      by: 'ip',
      limit: 6,
      periodMs: 12 * 3_600_000,
      headers: true,
      clock: 'fake',
    });
    expect(listed.map((l) => l.throttle)).toContain('login/email');
    // Headers when asked: those of the throttle nearest its limit.
    const token = await visitor(p, '192.0.2.2');
    const first = await startConversation(p, '192.0.2.2', token);
    expect(first.headers['x-ratelimit-limit']).toBe('6');
    expect(first.headers['x-ratelimit-remaining']).toBe('5');
    // { off: true } turns off the every-caller limit only; the throttles stay.
    p.fake.rateLimit({ off: true });
    expect(p.fake.rateLimits().filter((l) => l.throttle)).toHaveLength(listed.length - 1);
    p.fake.rateLimit({ rackAttack: false });
    expect(p.fake.rateLimits()).toEqual([listed[0]]);
    p.fake.reset();
    expect(p.fake.rateLimits()).toEqual([]);
  });

  it('takes them over the control API, and refuses bad options naming the field', async () => {
    const local = p.from('127.0.0.1');
    const on = await local.post('/__fake/rate-limit').send({ rackAttack: { limits: { 'login/ip': 1 } } });
    expect(on.status).toBe(200);
    expect(on.body.find((l: { throttle?: string }) => l.throttle === 'login/ip').limit).toBe(1);
    expect((await p.from('192.0.2.3').post('/auth/sign_in').send({})).status).toBe(401);
    expectThrottled(await p.from('192.0.2.3').post('/auth/sign_in').send({}));
    const bad = await local
      .post('/__fake/rate-limit')
      .send({ rackAttack: { limits: { 'login/everything': 1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/no rack-attack throttle named "login\/everything"/);
    expect(() => p.fake.rateLimit({ rackAttack: { limits: { 'login/ip': 0 } } })).toThrow(/positive integer/);
    expect(() => p.fake.rateLimit({ rackAttack: { burst: 1 } as never })).toThrow(
      /unknown rackAttack field "burst"/,
    );
    expect(() => p.fake.rateLimit({ rackAttack: true, token: ADMIN })).toThrow(/"token" is for a limit/);
    expect(() => p.fake.rateLimit({ rackAttack: 'yes' as never })).toThrow(/"rackAttack" must be/);
  });
});
