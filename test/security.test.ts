/**
 * "Safe on a developer's machine and in CI": each attack on the fake, tried. Secrets generated at run
 * time cannot be derived from the ones a client has seen (unless a seed asks for repeatable ones);
 * the control API answers the test suite only (no CORS, no foreign Origin, own Host names); remote
 * clients see no secrets on the pages; webhooks cannot reach the control API; journal regexes cannot
 * freeze the event loop; fixtures paths come from the user, not from HTTP.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { buildFake, startFake, startProxy, type BuiltFake } from '../src/index';
import { ADMIN } from './helpers';

/**
 * The token generator of earlier versions (a counter through xorshift): what an attacker who has seen
 * a few tokens would run to predict the next ones.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function xorshiftToken(seed: number, length: number): string {
  let x = seed >>> 0 || 1;
  const chars: string[] = [];
  while (chars.length < length) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    chars.push(ALPHABET[x % ALPHABET.length]);
  }
  return chars.join('');
}
const counterToken = (counter: number, length = 24) => xorshiftToken(counter * 2654435761, length);
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Creates an agent bot in an account through the API; answers its access_token. */
async function newBotToken(fake: BuiltFake, accountId: number, adminToken: string, name: string) {
  const res = await request(fake.app)
    .post(`/api/v1/accounts/${accountId}/agent_bots`)
    .set('api_access_token', adminToken)
    .send({ name });
  expect(res.status).toBe(200);
  return res.body.access_token as string;
}

describe('secrets generated at run time', () => {
  it('a token of another account is not derivable from tokens observed in sequence', async () => {
    const fake = await buildFake({ webhooks: false });
    const second = fake.createAccount();
    // The attacker, admin of account 1, creates bots and sees their tokens, one after the other.
    const observed: string[] = [];
    for (let i = 0; i < 3; i++) observed.push(await newBotToken(fake, 1, ADMIN, `probe ${i}`));
    // Tokens of one generator share nothing: no counter-based generator explains them.
    const explained = new Set<number>();
    for (let n = 1; n <= 20_000; n++) if (observed.includes(counterToken(n))) explained.add(n);
    expect(explained.size).toBe(0);
    // The victim's next token (account 2), and every counter-based prediction around the observed ones.
    const victim = await newBotToken(fake, second.accountId, second.tokens.admin, 'victim');
    const predictions = new Set<string>();
    for (let n = 1; n <= 20_000; n++) predictions.add(counterToken(n));
    expect(predictions.has(victim)).toBe(false);
    expect(observed).not.toContain(victim);
    // Nor are the second account's own tokens the old seed-1 derivation (`admin-a2-` + fnv of a name).
    const oldDerivation = `admin-a2-${xorshiftToken(fnv('1:2:user:admin:0'), 16)}`;
    expect(second.tokens.admin).toMatch(/^admin-a2-[A-Za-z0-9]{16}$/);
    expect(second.tokens.admin).not.toBe(oldDerivation);
  });

  it('with a seed, the same tokens run after run; without one, different ones', async () => {
    const run = async (seed?: number) => {
      const fake = await buildFake({ seed, webhooks: false });
      const account = fake.createAccount();
      const bot = await newBotToken(fake, 1, ADMIN, 'bot');
      const user = fake.store.tables.users.get(1)!;
      return { account: account.tokens, passwords: account.passwords, bot, pubsub: user.pubsub_token };
    };
    const [a, b] = [await run(7), await run(7)];
    expect(b).toEqual(a);
    const [c, d] = [await run(), await run()];
    expect(c.bot).not.toBe(d.bot);
    expect(c.pubsub).not.toBe(d.pubsub);
    expect(c.account.admin).not.toBe(d.account.admin);
    expect(c.passwords).not.toEqual(d.passwords);
    expect(c.bot).not.toBe(a.bot);
  });

  it("an account added at run time has passwords of its own, not the world's", async () => {
    const fake = await buildFake({ webhooks: false });
    const http = request(fake.app);
    const second = fake.createAccount();
    const signIn = (email: string, password: string) => http.post('/auth/sign_in').send({ email, password });
    expect((await signIn('ada+acct2@acme.test', 'Password1!')).status).toBe(401);
    const info = fake.info('http://x', second.accountId);
    const ada = info.users.find((u) => u.email === 'ada+acct2@acme.test')!;
    expect(ada.password).toBe(second.passwords!.admin);
    // Chatwoot's password rules: an upper- and a lower-case letter, a digit, a special character.
    expect(ada.password).toMatch(/[A-Z]/);
    expect(ada.password).toMatch(/[a-z]/);
    expect(ada.password).toMatch(/\d/);
    expect(ada.password).toMatch(/[^A-Za-z0-9]/);
    const ok = await signIn('ada+acct2@acme.test', ada.password);
    expect(ok.status).toBe(200);
    expect(ok.body.data.account_id).toBe(second.accountId);
    // The main account keeps the world's passwords, as documented.
    expect((await signIn('ada@acme.test', 'Password1!')).status).toBe(200);
    // Over the control API too: the new account's info lists its passwords.
    const created = await http.post('/__fake/accounts').send({});
    expect(created.status).toBe(201);
    const admin = created.body.users.find((u: { role: string }) => u.role === 'administrator');
    expect(admin.password).toBe(created.body.passwords.admin);
    expect(admin.password).not.toBe('Password1!');
    expect((await signIn(admin.email, admin.password)).status).toBe(200);
  });
});

describe('the control API belongs to the test suite', () => {
  let fake: BuiltFake;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    fake = await buildFake({ webhooks: false, allowedHosts: ['chatwoot.test'] });
    http = request(fake.app);
  });
  beforeEach(() => fake.reset());

  const CORS_HEADERS = [
    'access-control-allow-origin',
    'access-control-allow-credentials',
    'access-control-allow-headers',
    'access-control-allow-methods',
    'access-control-allow-private-network',
    'access-control-expose-headers',
  ];
  const expectNoCors = (res: request.Response) => {
    for (const name of CORS_HEADERS) expect(res.headers[name]).toBeUndefined();
  };

  it('a page of another origin cannot read /__fake/info, even from another loopback port', async () => {
    for (const origin of [
      'https://attacker.example',
      'http://127.0.0.1:5173',
      'http://localhost:1',
      'null',
    ]) {
      const res = await http.get('/__fake/info').set('Origin', origin);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/not web pages \(Origin/);
      expect(JSON.stringify(res.body)).not.toContain(fake.tokens.admin);
      expectNoCors(res);
    }
  });

  it('a page of another origin cannot change the fake (no preflight: simple requests are refused too)', async () => {
    const contacts = fake.db.contacts.length;
    fake.createAccount();
    // A form post or fetch(…, {mode: 'no-cors'}) with text/plain needs no preflight: it must not act.
    const reset = await http
      .post('/__fake/reset')
      .set('Origin', 'https://attacker.example')
      .set('Content-Type', 'text/plain')
      .send('{}');
    expect(reset.status).toBe(403);
    expect(fake.store.tables.accounts.size).toBe(2);
    for (const site of ['cross-site', 'same-site']) {
      const res = await http.post('/__fake/accounts').set('Sec-Fetch-Site', site).send({});
      expect(res.status).toBe(403);
      expect(res.body.error).toContain(`Sec-Fetch-Site: ${site}`);
      expectNoCors(res);
    }
    expect(fake.store.tables.accounts.size).toBe(2);
    expect(fake.db.contacts.length).toBeGreaterThanOrEqual(contacts);
  });

  it('answers no preflight: no CORS, no Private Network Access', async () => {
    const res = await http
      .options('/__fake/reset')
      .set('Origin', 'https://attacker.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type')
      .set('Access-Control-Request-Private-Network', 'true');
    expect(res.status).toBe(403);
    expectNoCors(res);
  });

  it('the test suite itself (no Origin, or the fake’s own origin, same-origin) is answered', async () => {
    expect((await http.get('/__fake/info')).status).toBe(200);
    // (supertest serves each request on a new port: the Host is set to keep one origin)
    const same = await http
      .get('/__fake/info')
      .set('Host', 'localhost:4000')
      .set('Origin', 'http://localhost:4000')
      .set('Sec-Fetch-Site', 'same-origin');
    expect(same.status).toBe(200);
    expectNoCors(same);
    expect((await http.get('/__fake/info').set('Sec-Fetch-Site', 'none')).status).toBe(200);
  });

  it('answers only its own Host names (DNS rebinding)', async () => {
    // attacker.example resolved to 127.0.0.1: the browser sends its own name as Host.
    for (const host of ['attacker.example', 'attacker.example:3000', '192.168.1.20:3000', '']) {
      const res = await http.get('/__fake/info').set('Host', host);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/own host names.*--allowed-hosts/);
    }
    for (const host of [
      'localhost:3000',
      'app.localhost',
      '127.0.0.1',
      '127.1.2.3:80',
      '[::1]:3000',
      'chatwoot.test',
    ]) {
      expect((await http.get('/__fake/info').set('Host', host)).status).toBe(200);
    }
  });

  it('ignores X-Fake-Fault from a page of another origin, and no preflight allows the header', async () => {
    const path = '/api/v1/accounts/1/contacts';
    const faulted = await http.get(path).set('api_access_token', ADMIN).set('X-Fake-Fault', 'status=503');
    expect(faulted.status).toBe(503);
    const foreign = await http
      .get(path)
      .set('api_access_token', ADMIN)
      .set('X-Fake-Fault', 'status=503')
      .set('Origin', 'https://attacker.example');
    expect(foreign.status).toBe(200);
    const preflight = await http
      .options(path)
      .set('Origin', 'https://attacker.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'api_access_token,x-fake-fault');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toBe('api_access_token');
  });

  it('/openapi.json names the fake, never a foreign Host', async () => {
    const foreign = await http.get('/openapi.json').set('Host', 'attacker.example:3000');
    expect(foreign.body.servers[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const own = await http.get('/openapi.json').set('Host', 'localhost:4000');
    expect(own.body.servers[0].url).toBe('http://localhost:4000');
  });
});

describe('bound to a non-loopback address (--host 0.0.0.0)', () => {
  let fake: BuiltFake;
  /** A server whose clients all seem to come from another machine (203.0.113.7). */
  let remote: http.Server;
  let remoteUrl: string;
  beforeAll(async () => {
    fake = await buildFake({ host: '0.0.0.0', webhooks: false });
    remote = http.createServer((req, res) => {
      Object.defineProperty(req.socket, 'remoteAddress', { value: '203.0.113.7', configurable: true });
      fake.listener(req, res);
    });
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
    remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => remote.close(resolve)));

  it('answers no route for a foreign Host (DNS rebinding), its own names and IP addresses', async () => {
    const http = request(fake.app);
    const rebound = await http
      .get('/api/v1/accounts/1/contacts')
      .set('Host', 'attacker.example:3000')
      .set('api_access_token', ADMIN);
    expect(rebound.status).toBe(403);
    expect(rebound.body.error).toMatch(/not one of this fake's names/);
    expect((await http.get('/').set('Host', 'attacker.example')).status).toBe(403);
    expect(
      (
        await http
          .get('/api/v1/accounts/1/contacts')
          .set('Host', '192.168.1.20:3000')
          .set('api_access_token', ADMIN)
      ).status,
    ).toBe(200);
    expect((await http.get('/api/v1/accounts/1/contacts').set('api_access_token', ADMIN)).status).toBe(200);
  });

  it('shows tokens and passwords to loopback clients only', async () => {
    const pages = ['/', '/demo', '/docs'];
    const secrets = [fake.tokens.admin, fake.tokens.agent, 'Password1!', 'acmeApiInbox00000000001'];
    for (const page of pages) {
      const local = await request(fake.app).get(page);
      expect(local.status).toBe(200);
      expect(local.text).toContain(fake.tokens.admin);
      const res = await fetch(`${remoteUrl}${page}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const secret of secrets) expect(text).not.toContain(secret);
      if (page !== '/docs') {
        expect(text).toContain('fake.tokens');
        expect(text).toMatch(/banner/);
      }
    }
    // The control API is not theirs either.
    expect((await fetch(`${remoteUrl}/__fake/info`)).status).toBe(404);
  });
});

describe("the proxy's /__fake/violations", () => {
  it('answers the test suite only: no CORS, own Host names, no foreign Origin', async () => {
    const fake = await startFake({ webhooks: false, cable: false });
    const proxy = await startProxy({ target: fake.url, port: 0, log: false });
    try {
      const url = `${proxy.url}/__fake/violations`;
      expect((await fetch(url)).status).toBe(200);
      const foreign = await fetch(url, { headers: { Origin: 'https://attacker.example' } });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      const cleared = await fetch(url, { method: 'DELETE', headers: { 'Sec-Fetch-Site': 'cross-site' } });
      expect(cleared.status).toBe(403);
      const rebound = await request(proxy.url).get('/__fake/violations').set('Host', 'attacker.example');
      expect(rebound.status).toBe(403);
    } finally {
      await proxy.close();
      await fake.close();
    }
  });
});

describe('world files over HTTP', () => {
  const DEFAULT_WORLD = path.join(__dirname, '..', 'fixtures', 'default.yaml');
  let dir: string;
  let outside: string;
  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-fake-fixtures-'));
    dir = path.join(base, 'worlds');
    fs.mkdirSync(dir);
    outside = path.join(base, 'secret.yaml');
    fs.copyFileSync(DEFAULT_WORLD, path.join(dir, 'team.yaml'));
    fs.copyFileSync(DEFAULT_WORLD, outside);
    fs.symlinkSync(outside, path.join(dir, 'link.yaml'));
  });
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('are not read at all without --fixtures-dir (no probing the disk)', async () => {
    const fake = await buildFake({ webhooks: false });
    const http = request(fake.app);
    const attempts = [
      http.post('/__fake/accounts').send({ fixtures: DEFAULT_WORLD }),
      http.post('/__fake/accounts').send({ fixtures: '/no/such/file.yaml' }),
      http.post('/__fake/accounts').send({ world: DEFAULT_WORLD }),
      http.post('/__fake/seed').set('Content-Type', 'text/plain').send(DEFAULT_WORLD),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/--fixtures-dir/);
    }
    expect(fake.store.tables.accounts.size).toBe(1);
    // In-process calls are the test suite's own: any path.
    expect(fake.createAccount({ fixtures: DEFAULT_WORLD }).accountId).toBe(2);
  });

  it('are read from the --fixtures-dir directory only', async () => {
    const fake = await buildFake({ webhooks: false, fixturesDir: dir });
    const http = request(fake.app);
    const ok = await http.post('/__fake/accounts').send({ fixtures: 'team.yaml' });
    expect(ok.status).toBe(201);
    expect((await http.post('/__fake/accounts').send({ fixtures: path.join(dir, 'team.yaml') })).status).toBe(
      201,
    );
    for (const file of ['../secret.yaml', outside, 'link.yaml', '/etc/hostname.json']) {
      const res = await http.post('/__fake/accounts').send({ fixtures: file });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/outside the fixtures directory/);
    }
    const missing = await http.post('/__fake/accounts').send({ fixtures: 'nope.yaml' });
    expect(missing.status).toBe(400);
    expect(fake.store.tables.accounts.size).toBe(3);
    await expect(buildFake({ fixturesDir: path.join(dir, 'team.yaml') })).rejects.toThrow(/not a directory/);
  });
});

describe('regexes over the control API', () => {
  it('cannot freeze the fake: journal and fault pathRegex match in linear time', async () => {
    const fake = await buildFake({ webhooks: false });
    const http = request(fake.app);
    // Backtracking needs 2^30 steps for this path; a linear matcher, 31 steps.
    const evil = `/${'a'.repeat(30)}!`;
    expect((await http.get(evil)).status).toBe(404);
    const started = performance.now();
    const res = await http.get('/__fake/requests').query({ pathRegex: '^/(a+)+$' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    const rule = await http
      .post('/__fake/faults')
      .send({ pathRegex: '^/api/v1/accounts/1/contacts/(a+)+$', status: 503 });
    expect(rule.status).toBe(201);
    const contact = await http
      .get(`/api/v1/accounts/1/contacts/${'a'.repeat(30)}!`)
      .set('api_access_token', ADMIN);
    expect(contact.status).not.toBe(503); // the rule does not match ("!"), and answers at once
    expect(performance.now() - started).toBeLessThan(1500);
    // What would need backtracking is refused with a reason.
    const backref = await http.get('/__fake/requests').query({ pathRegex: '^/(a)\\1' });
    expect(backref.status).toBe(400);
    expect(backref.body.error).toMatch(/"pathRegex" cannot be used: backreferences/);
  });
});

describe('webhooks and the control API', () => {
  it('a webhook URL that targets a control API on this machine is refused (422)', async () => {
    const fake = await buildFake({ webhooks: false });
    const create = (url: string) =>
      request(fake.app)
        .post('/api/v1/accounts/1/webhooks')
        .set('api_access_token', ADMIN)
        .send({ url, subscriptions: ['contact_created'] });
    for (const url of [
      'http://127.0.0.1:3000/__fake/reset',
      'http://localhost:3000/__fake/accounts',
      'http://[::1]:3000/__fake/info',
      'http://127.1:3000/__FAKE/reset',
      'http://0.0.0.0:3000//__fake/reset',
      'http://app.localhost/%5F%5Ffake/reset',
    ]) {
      const res = await create(url);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({
        message: "Url is invalid: it targets the fake's control API",
        attributes: ['url'],
      });
    }
    expect((await create('http://127.0.0.1:3000/hooks/__fake')).status).toBe(200);
    expect((await create('https://hooks.example.test/chatwoot')).status).toBe(200);
  });

  it('deliveries never call /__fake, even for a webhook stored without the check', async () => {
    let hits = 0;
    const receiver = http.createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as AddressInfo).port;
    const fake = await buildFake({ webhooks: { failureSideEffects: false } });
    try {
      // A world may name any URL: one pointing at a control API on this machine, by address and by name.
      const [hook] = fake.store.tables.webhooks.where('account', 1);
      fake.store.tables.webhooks.update(hook.id, { url: `http://127.0.0.1:${port}/__fake/reset` });
      fake.store.tables.webhooks.insert({
        ...hook,
        id: undefined as never,
        url: `http://localhost:${port}/__FAKE/accounts`,
      });
      await request(fake.app)
        .post('/api/v1/accounts/1/contacts')
        .set('api_access_token', ADMIN)
        .send({ name: 'Mallory', email: 'mallory@example.test' });
      const first = await fake.webhooks.waitFor({ event: 'contact_created' });
      const second = await fake.webhooks.waitFor({ event: 'contact_created' });
      for (const delivery of [first, second]) {
        expect(delivery.state).toBe('failed');
        expect(delivery.error).toMatch(/control API \(\/__fake\), which webhooks never call/);
      }
      expect(hits).toBe(0);
    } finally {
      (fake.webhooks as { close?: () => void }).close?.();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
