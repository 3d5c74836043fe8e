/**
 * The in-process test harness: startFake/RunningFake, faults, delays, rate limits, the clock, the
 * journal, the read-only db view, reset and snapshots, isolation between fakes.
 */
import { FakeInputError, startFake, type RunningFake } from '../src/index';

let fake: RunningFake;
beforeAll(async () => {
  fake = await startFake({ validateResponses: true });
  // The first request compiles the spec's validators: pay for it here, not in a test's 5 s.
  await fetch(`${fake.url}/api/v1/accounts/1/agents`, { headers: { api_access_token: fake.tokens.admin } });
}, 60_000);
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const CONTACTS = '/api/v1/accounts/:account_id/contacts';

async function call(
  f: RunningFake,
  method: string,
  path: string,
  options: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.api_access_token = options.token ?? f.tokens.admin;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const res = await fetch(`${f.url}/api/v1/accounts/${f.accountId}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, body, text, headers: res.headers, ms: performance.now() - started };
}

const createContact = (f: RunningFake, body: object, token?: string) =>
  call(f, 'POST', '/contacts', { body, token });

describe('startFake', () => {
  it('listens on a free port and exposes url, port, account id and tokens', async () => {
    expect(fake.url).toBe(`http://127.0.0.1:${fake.port}`);
    expect(fake.port).toBeGreaterThan(0);
    expect(fake.accountId).toBe(1);
    expect(fake.tokens).toEqual({
      admin: 'acme-admin-token-0000001',
      agent: 'acme-agent-token-0000002',
      bot: 'acme-bot-token-000000004',
      platform: 'acme-platform-token-0000005',
    });
    const res = await call(fake, 'GET', '/agents');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
  });

  it('two fakes started in parallel get their own ports and never see each other’s writes', async () => {
    const [a, b] = await Promise.all([startFake(), startFake()]);
    try {
      expect(a.port).not.toBe(b.port);
      expect((await createContact(a, { name: 'Only In A', email: 'a@only.test' })).status).toBe(200);
      fake.failNext({ status: 500 }); // a third fake's faults do not leak either
      a.clock.advance('1d');
      const inB = await call(b, 'GET', '/contacts/search?q=only');
      expect(inB.body.meta.count).toBe(0);
      const inA = await call(a, 'GET', '/contacts/search?q=only');
      expect(inA.body.payload.map((c: any) => c.email)).toEqual(['a@only.test']);
      expect(b.db.contacts.find((c) => c.email === 'a@only.test')).toBeUndefined();
      expect(a.db.contacts.find((c) => c.email === 'a@only.test')).toBeDefined();
      expect(b.requests({ method: 'POST' })).toHaveLength(0);
      expect(a.requests({ method: 'POST' })).toHaveLength(1);
      expect(b.clock.now()).toBeLessThan(a.clock.now());
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);

  it('rejects bad options', async () => {
    await expect(startFake({ clockStart: 'yesterday' })).rejects.toThrow(/clock start/);
    await expect(startFake({ journalSize: -1 })).rejects.toThrow(/journalSize/);
  }, 60_000);
});

describe('failNext and fault rules', () => {
  it('failNext fails the next matching request once with Chatwoot’s 422 body, then requests pass', async () => {
    const fault = fake.failNext({ method: 'POST', path: CONTACTS, status: 422 });
    expect(fault).toMatchObject({ method: 'POST', path: CONTACTS, status: 422, remaining: 1, hits: 0 });
    // Another method or path does not consume it.
    expect((await call(fake, 'GET', '/contacts')).status).toBe(200);
    expect((await call(fake, 'POST', '/contacts/filter', { body: { payload: [] } })).status).not.toBe(422);
    const failed = await createContact(fake, { name: 'Ada' });
    expect(failed.status).toBe(422);
    expect(failed.body).toEqual({ message: 'Injected failure', attributes: ['base'] });
    expect(fake.db.contacts.find((c) => c.name === 'Ada')).toBeUndefined(); // not processed
    expect(fake.faults()).toEqual([]);
    expect((await createContact(fake, { name: 'Ada' })).status).toBe(200);
  });

  it('times: fails exactly that many matching requests', async () => {
    fake.failNext({ path: CONTACTS, status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(fake, 'GET', '/contacts')).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('answers each status with Chatwoot’s body (429 as rack-attack: text/plain)', async () => {
    const cases: [number, unknown][] = [
      [401, { error: 'Invalid Access Token' }],
      [404, { error: 'Resource could not be found' }],
      [500, { status: 500, error: 'Internal Server Error' }],
      [503, { status: 503, error: 'Service Unavailable' }],
    ];
    for (const [status, body] of cases) {
      fake.failNext({ status });
      const res = await call(fake, 'GET', '/agents');
      expect([res.status, res.body]).toEqual([status, body]);
    }
    fake.failNext({ status: 429, headers: { 'Retry-After': '30' } });
    const limited = await call(fake, 'GET', '/agents');
    expect(limited.status).toBe(429);
    expect(limited.text).toBe('Retry later\n');
    expect(limited.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(limited.headers.get('retry-after')).toBe('30');
    fake.failNext({ status: 422, body: { message: 'Email has already been taken', attributes: ['email'] } });
    expect((await createContact(fake, { email: 'x@y.test' })).body).toEqual({
      message: 'Email has already been taken',
      attributes: ['email'],
    });
  });

  it('matches the route template, not other routes: /contacts/:id does not catch /contacts/search', async () => {
    fake.fault({ path: '/api/v1/accounts/:account_id/contacts/:id', status: 500 });
    expect((await call(fake, 'GET', '/contacts/search?q=a')).status).toBe(200);
    expect((await call(fake, 'GET', '/contacts/1')).status).toBe(500);
    expect((await call(fake, 'GET', '/contacts/2')).status).toBe(500); // unlimited without times
    fake.clearFaults();
    // A literal path matches only that path.
    fake.fault({ path: '/api/v1/accounts/1/contacts/2', status: 404 });
    expect((await call(fake, 'GET', '/contacts/1')).status).toBe(200);
    expect((await call(fake, 'GET', '/contacts/2')).status).toBe(404);
  });

  it('matches a RegExp against the path, and by token', async () => {
    fake.fault({ path: /\/conversations(\/|$)/, token: fake.tokens.agent, status: 500 });
    expect((await call(fake, 'GET', '/conversations', { token: fake.tokens.admin })).status).toBe(200);
    expect((await call(fake, 'GET', '/contacts', { token: fake.tokens.agent })).status).toBe(200);
    expect((await call(fake, 'GET', '/conversations', { token: fake.tokens.agent })).status).toBe(500);
    expect(fake.faults()[0]).toMatchObject({ pathRegex: true, token: fake.tokens.agent, hits: 1 });
  });

  it('reset: destroys the connection, and the journal records status 0', async () => {
    fake.fault({ path: CONTACTS, reset: true, times: 1 });
    await expect(call(fake, 'GET', '/contacts')).rejects.toThrow();
    const [entry] = fake.requests({ path: CONTACTS });
    expect(entry).toMatchObject({ status: 0, responseBody: null, fault: 'reset (fault 1)' });
    expect((await call(fake, 'GET', '/contacts')).status).toBe(200);
  });

  it('malformed: 200 with a body that is not JSON', async () => {
    fake.fault({ method: 'GET', path: CONTACTS, malformed: true, times: 1 });
    const res = await call(fake, 'GET', '/contacts');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(() => JSON.parse(res.text)).toThrow();
    expect(fake.requests()[0].responseBody).toBe(res.text);
  });

  it('the first matching status rule wins; the next request gets the next one', async () => {
    fake.failNext({ status: 500 });
    fake.failNext({ status: 404 });
    expect((await call(fake, 'GET', '/agents')).status).toBe(500);
    expect(fake.faults().map((f) => f.status)).toEqual([404]);
    expect((await call(fake, 'GET', '/agents')).status).toBe(404);
  });

  it('removeFault and clearFaults', async () => {
    const a = fake.failNext({ status: 500 });
    fake.failNext({ status: 404 });
    expect(fake.removeFault(a.id)).toBe(true);
    expect(fake.removeFault(a.id)).toBe(false);
    expect(fake.faults()).toHaveLength(1);
    fake.clearFaults();
    expect((await call(fake, 'GET', '/agents')).status).toBe(200);
  });

  it('rejects bad rules with an error naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [{ status: 200 }, /"status" must be an HTTP error status/],
      [{ status: '500' }, /"status"/],
      [{ status: 500, times: 0 }, /"times" must be a positive integer/],
      [{ status: 500, method: 'PO ST' }, /"method"/],
      [{ status: 500, path: 'contacts' }, /"path" must be a path starting with "\/"/],
      [{ path: CONTACTS }, /needs an effect/],
      [{ status: 500, reset: true }, /only one of/],
      [{ latency: '2 parsecs' }, /"latency"/],
      [{ status: 500, colour: 'red' }, /unknown fault field "colour"/],
      [{ body: {} }, /"body" needs a "status"/],
    ];
    for (const [rule, message] of bad) {
      expect(() => fake.fault(rule as never)).toThrow(message);
      expect(() => fake.fault(rule as never)).toThrow(FakeInputError);
    }
    expect(() => fake.failNext({} as never)).toThrow(/"status" is required/);
    expect(() => fake.delay({ path: CONTACTS } as never)).toThrow(/"ms" is required/);
    expect(fake.faults()).toEqual([]);
  });

  it('refuses a path that is no route of the spec, saying which route it probably meant', () => {
    const refused: [() => unknown, string][] = [
      [
        () => fake.failNext({ path: '/api/v1/accounts/:account_id/contact', status: 500 }),
        '"path" /api/v1/accounts/:account_id/contact is no route of the Chatwoot API (faults apply to the ' +
          "spec's operations): did you mean /api/v1/accounts/:account_id/contacts?",
      ],
      [
        () => fake.fault({ path: '/api/v1/accounts/{account_id}/contact/{id}', status: 500 }),
        'did you mean /api/v1/accounts/{account_id}/contacts/{id}?',
      ],
      // A literal path: its values are kept in the suggestion.
      [
        () => fake.delay({ path: '/api/v1/accounts/1/contcats/7', ms: 10 }),
        'did you mean /api/v1/accounts/1/contacts/7?',
      ],
      // A path relative to the API's base.
      [
        () => fake.failNext({ path: '/accounts/:account_id/conversations', status: 503 }),
        'did you mean /api/v1/accounts/:account_id/conversations?',
      ],
      [
        () => fake.failNext({ method: 'POST', path: '/api/v1/accounts/*/contact', status: 500 }),
        'is no route of the Chatwoot API for POST',
      ],
      // Pages and the control API are never faulted: a rule for them would never fire.
      [() => fake.failNext({ path: '/__fake/info', status: 500 }), '"path" /__fake/info is no route'],
      [() => fake.failNext({ path: '/', status: 500 }), '"path" / is no route'],
    ];
    for (const [add, message] of refused) {
      expect(add).toThrow(FakeInputError);
      expect(add).toThrow(message);
    }
    expect(() => fake.failNext({ path: '/api/v1/accounts/1/contact', status: 500 })).toThrow(
      /did you mean \/api\/v1\/accounts\/1\/contacts\?$/,
    );
    expect(() => fake.failNext({ path: '/api/v2/nothing/here', status: 500 })).toThrow(
      /^"path" \/api\/v2\/nothing\/here is no route of the Chatwoot API \(faults apply to the spec's operations\)$/,
    );
    expect(fake.faults()).toEqual([]);
    // Every form of a real route is accepted: templates in any style, literal paths, a trailing slash.
    for (const path of [
      CONTACTS,
      '/api/v1/accounts/{account_id}/contacts/{id}',
      '/api/v1/accounts/*/contacts/*',
      '/api/v1/accounts/1/contacts/search',
      '/api/v1/accounts/1/contacts/',
      '/public/api/v1/inboxes/:inbox_identifier/contacts',
      '/platform/api/v1/users/:id',
    ]) {
      expect(fake.fault({ path, status: 500 }).path).toBe(path);
    }
  });

  it('refuses an unknown method, and a method the route does not take', () => {
    expect(() => fake.failNext({ method: 'FETCH', status: 500 })).toThrow(
      '"method" must be one of GET, HEAD, POST, PUT, PATCH, DELETE: got "FETCH"',
    );
    expect(() => fake.fault({ method: 'psot', path: CONTACTS, status: 500 })).toThrow(
      '"method" must be one of GET, HEAD, POST, PUT, PATCH, DELETE: got "psot" (did you mean "POST"?)',
    );
    expect(() => fake.fault({ method: 'DELETE', path: CONTACTS, status: 500 })).toThrow(
      `"method" DELETE never matches ${CONTACTS}: its operations are GET, POST`,
    );
    expect(() => fake.delay({ method: 'OPTIONS', ms: 5 })).toThrow(FakeInputError);
    expect(fake.faults()).toEqual([]);
    expect(fake.fault({ method: 'head', path: CONTACTS, status: 500 }).method).toBe('HEAD');
  });

  it('matches by operationId, refusing an unknown one with the nearest', async () => {
    const rule = fake.failNext({ operationId: 'createContact', status: 500 });
    expect(rule).toMatchObject({ operationId: 'createContact', path: null, method: null, hits: 0 });
    expect((await call(fake, 'GET', '/contacts')).status).toBe(200);
    expect((await createContact(fake, { name: 'Ada' })).status).toBe(500);
    expect(fake.requests({ operationId: 'createContact' })[0].fault).toBe('status=500 (fault 1)');
    expect((await createContact(fake, { name: 'Ada' })).status).toBe(200);
    fake.delay({ operationId: 'listContacts', method: 'GET', ms: 1, times: 1 });
    expect((await call(fake, 'GET', '/contacts')).status).toBe(200);
    expect(fake.faults()).toEqual([]);

    const refused: [object, string][] = [
      [
        { operationId: 'createContacts', status: 500 },
        '"operationId" "createContacts" is no operation of the spec (did you mean "createContact"?)',
      ],
      [{ operationId: 'create_contact', status: 500 }, '(did you mean "createContact"?)'],
      [{ operationId: 'frobnicate', status: 500 }, '"operationId" "frobnicate" is no operation of the spec'],
      [
        { operationId: 'createContact', method: 'GET', status: 500 },
        '"method" GET never matches createContact, which is POST /api/v1/accounts/{account_id}/contacts',
      ],
      [{ operationId: 'createContact', path: CONTACTS, status: 500 }, 'give either "operationId" or a path'],
      [{ operationId: 7, status: 500 }, '"operationId" must be a string'],
    ];
    for (const [rule, message] of refused) {
      expect(() => fake.fault(rule as never)).toThrow(FakeInputError);
      expect(() => fake.fault(rule as never)).toThrow(message);
    }
    expect(fake.faults()).toEqual([]);
  });
});

describe('delay', () => {
  it('slows matching requests by ms (and combines with a failure)', async () => {
    fake.delay({ path: '/api/v1/accounts/:account_id/conversations', ms: 150 });
    const quick = await call(fake, 'GET', '/agents');
    const slow = await call(fake, 'GET', '/conversations');
    expect(slow.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(140);
    expect(quick.status).toBe(200);
    expect(fake.requests({ operationId: 'listAgents' })[0].fault).toBeNull();
    fake.failNext({ path: '/api/v1/accounts/:account_id/conversations', status: 503 });
    const both = await call(fake, 'GET', '/conversations');
    expect(both.status).toBe(503);
    expect(both.ms).toBeGreaterThanOrEqual(140);
    const entry = fake.requests({ status: 503 })[0];
    expect(entry.durationMs).toBeGreaterThanOrEqual(140);
    expect(entry.fault).toBe('latency=150, status=503 (fault 1, 2)');
  });

  it('accepts durations as text and a times count', async () => {
    const rule = fake.delay({ method: 'GET', path: CONTACTS, ms: '0.1s', times: 1 });
    expect(rule).toMatchObject({ latency: 100, remaining: 1 });
    expect((await call(fake, 'GET', '/contacts')).ms).toBeGreaterThanOrEqual(90);
    expect(fake.faults()).toEqual([]);
  });
});

describe('the X-Fake-Fault header', () => {
  it('fails one request only, without a rule', async () => {
    const res = await call(fake, 'GET', '/agents', { headers: { 'X-Fake-Fault': 'status=500' } });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ status: 500, error: 'Internal Server Error' });
    expect(fake.faults()).toEqual([]);
    expect((await call(fake, 'GET', '/agents')).status).toBe(200);
    expect(fake.requests()[0]).toMatchObject({
      status: 500,
      fault: 'status=500 (X-Fake-Fault)',
      headers: expect.objectContaining({ 'x-fake-fault': 'status=500' }),
    });
  });

  it('latency, reset, malformed and combinations', async () => {
    const slow = await call(fake, 'GET', '/agents', { headers: { 'X-Fake-Fault': 'latency=120' } });
    expect(slow.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(110);
    const slowFail = await call(fake, 'GET', '/agents', {
      headers: { 'X-Fake-Fault': 'latency=50ms; status=404' },
    });
    expect(slowFail.status).toBe(404);
    await expect(call(fake, 'GET', '/agents', { headers: { 'X-Fake-Fault': 'reset' } })).rejects.toThrow();
    const broken = await call(fake, 'GET', '/agents', { headers: { 'X-Fake-Fault': 'malformed' } });
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.text)).toThrow();
  });

  it('answers 400 naming the header for a value it cannot read', async () => {
    for (const value of ['status=200', 'status=abc', 'explode', 'latency=soon', 'reset, malformed']) {
      const res = await call(fake, 'GET', '/agents', { headers: { 'X-Fake-Fault': value } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/^X-Fake-Fault: /);
    }
  });

  it('a header fault wins over a matching rule (which still counts the request)', async () => {
    fake.failNext({ status: 404 });
    const res = await call(fake, 'GET', '/agents', { headers: { 'X-Fake-Fault': 'status=503' } });
    expect(res.status).toBe(503);
    expect(fake.faults()).toEqual([]);
  });
});

describe('rateLimit', () => {
  it('limits one token at run time with rack-attack’s 429, and turns off', async () => {
    // On the fake's clock, so the test can move past the window.
    expect(fake.rateLimit({ token: fake.tokens.agent, limit: 2, per: '1m', clock: 'fake' })).toEqual([
      { token: fake.tokens.agent, limit: 2, periodMs: 60_000, headers: false, clock: 'fake' },
    ]);
    const agent = () => call(fake, 'GET', '/agents', { token: fake.tokens.agent });
    expect([(await agent()).status, (await agent()).status]).toEqual([200, 200]);
    const third = await agent();
    expect(third.status).toBe(429);
    expect(third.text).toBe('Retry later\n');
    expect((await call(fake, 'GET', '/agents')).status).toBe(200); // admin is not limited
    fake.clock.advance('1m');
    expect((await agent()).status).toBe(200); // a new window
    fake.rateLimit({ token: fake.tokens.agent, off: true });
    expect(fake.rateLimits()).toEqual([]);
    for (let i = 0; i < 3; i++) expect((await agent()).status).toBe(200);
  });

  it('limits every caller when no token is given; false turns every limit off; reset restores none', async () => {
    fake.rateLimit({ limit: 1, per: 30_000, headers: true });
    expect((await call(fake, 'GET', '/agents')).headers.get('x-ratelimit-limit')).toBe('1');
    const over = await call(fake, 'GET', '/agents');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(fake, 'GET', '/agents', { token: fake.tokens.agent })).status).toBe(200);
    expect(fake.rateLimit(false)).toEqual([]);
    expect((await call(fake, 'GET', '/agents')).status).toBe(200);
    fake.rateLimit({ limit: 1 });
    fake.reset();
    expect(fake.rateLimits()).toEqual([]);
  });

  it('rejects bad limits naming the field', () => {
    expect(() => fake.rateLimit({ limit: 0 })).toThrow(/"limit" must be a positive integer/);
    expect(() => fake.rateLimit({ limit: 5, per: 'fortnight' })).toThrow(/"per"/);
    expect(() => fake.rateLimit({ limit: 5, clock: 'wall' } as never)).toThrow(
      /"clock" must be "real" or "fake"/,
    );
    expect(() => fake.rateLimit({ limit: 5, per: '1m', burst: 3 } as never)).toThrow(
      /unknown rate-limit field "burst"/,
    );
  });
});

describe('clock', () => {
  it('set and advance are visible in a created record’s timestamps; reading does not move it', async () => {
    fake.clock.set('2026-03-01T00:00:00Z');
    fake.clock.advance('2h');
    expect(fake.clock.now()).toBe(Date.parse('2026-03-01T02:00:00Z'));
    expect(fake.clock.now()).toBe(Date.parse('2026-03-01T02:00:00Z'));
    expect(fake.clock.iso()).toBe('2026-03-01T02:00:00.000Z');
    const res = await createContact(fake, { name: 'Timed' });
    expect(res.body.payload.contact.created_at).toBe(Date.parse('2026-03-01T02:00:00Z') / 1000);
    expect(fake.db.contacts.find((c) => c.name === 'Timed')!.created_at).toBe(
      Date.parse('2026-03-01T02:00:00Z'),
    );
    fake.clock.advance(90 * 60_000);
    fake.clock.advance('-30m');
    fake.clock.setMode('frozen');
    const second = await createContact(fake, { name: 'Later' });
    const third = await createContact(fake, { name: 'Same time' });
    expect(second.body.payload.contact.created_at - res.body.payload.contact.created_at).toBe(3600 + 1);
    expect(third.body.payload.contact.created_at).toBe(second.body.payload.contact.created_at);
    expect(fake.clock.mode).toBe('frozen');
  });

  it('reset() puts the clock and its mode back', () => {
    const start = fake.clock.now();
    fake.clock.setMode('frozen');
    fake.clock.advance('3d');
    fake.reset();
    expect(fake.clock.now()).toBe(start);
    expect(fake.clock.mode).toBe('step');
  });

  it('rejects bad instants, durations and modes', () => {
    expect(() => fake.clock.set('next tuesday')).toThrow(/"set" must be an ISO-8601 time/);
    expect(() => fake.clock.advance('soon')).toThrow(/"by" must be milliseconds or a duration/);
    expect(() => fake.clock.setMode('slow' as never)).toThrow(/"mode" must be one of step, frozen, real/);
  });
});

describe('requests() — the journal', () => {
  it('records request and response, including errors and unknown routes', async () => {
    await createContact(fake, { name: 'Journaled', email: 'j@x.test' });
    await call(fake, 'GET', '/contacts/99999');
    await call(fake, 'GET', '/agents', { token: 'bad-token' });
    await fetch(`${fake.url}/no/such/route`, {
      method: 'POST',
      body: '{oops',
      headers: { 'content-type': 'application/json' },
    });
    await call(fake, 'POST', '/contacts', { body: { email: 'not-an-email' } });

    const all = fake.requests();
    expect(all.map((e) => [e.method, e.status])).toEqual([
      ['POST', 200],
      ['GET', 404],
      ['GET', 401],
      ['POST', 404],
      ['POST', 422],
    ]);
    const [created, missing, unauthorised, unknown, invalid] = all;
    expect(created).toMatchObject({
      id: expect.any(Number),
      at: '2026-01-15T09:00:00.000Z',
      path: '/api/v1/accounts/1/contacts',
      query: {},
      body: { name: 'Journaled', email: 'j@x.test' },
      operationId: 'createContact',
      route: '/api/v1/accounts/{account_id}/contacts',
      accountId: 1,
      fault: null,
    });
    expect(created.headers.api_access_token).toBe(fake.tokens.admin);
    expect(created.responseBody).toMatchObject({ payload: { contact: { name: 'Journaled' } } });
    expect(created.responseHeaders['content-type']).toMatch(/application\/json/);
    expect(created.durationMs).toBeGreaterThan(0);
    expect(missing.responseBody).toEqual({ error: 'Resource could not be found' });
    expect(unauthorised.responseBody).toEqual({ error: 'Invalid Access Token' });
    expect(unknown).toMatchObject({
      path: '/no/such/route',
      route: null,
      responseBody: { status: 404, error: 'Not Found' },
    });
    expect(invalid.responseBody).toMatchObject({ attributes: ['email'] });
    expect(Object.isFrozen(created)).toBe(true);
    expect(Object.isFrozen(created.body)).toBe(true);
  });

  it('records bodies as sent, before the coercion of validation (JSON and form)', async () => {
    await call(fake, 'PATCH', '/agents/2', { body: { auto_offline: 'false', availability: 'busy' } });
    const [json] = fake.requests({ method: 'PATCH' });
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ auto_offline: 'false', availability: 'busy' });
    const form = await fetch(`${fake.url}/api/v1/accounts/1/agents/2`, {
      method: 'PATCH',
      headers: { api_access_token: fake.tokens.admin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'auto_offline=true',
    });
    expect(form.status).toBe(200);
    expect(fake.requests({ method: 'PATCH' })[1].body).toEqual({ auto_offline: 'true' });
  });

  it('filters by method, path template, literal path, RegExp, status (one or several), token, operation, account, limit', async () => {
    await call(fake, 'GET', '/contacts?page=2');
    await createContact(fake, { name: 'A' });
    await call(fake, 'GET', '/contacts/1', { token: fake.tokens.agent });
    await call(fake, 'GET', '/contacts/search?q=a');
    await call(fake, 'GET', '/contacts/424242');
    await call(fake, 'GET', '/agents');

    const ids = (filter: Parameters<RunningFake['requests']>[0]) => fake.requests(filter).map((e) => e.path);
    expect(ids({ method: 'post' })).toEqual(['/api/v1/accounts/1/contacts']);
    expect(ids({ path: CONTACTS })).toEqual(['/api/v1/accounts/1/contacts', '/api/v1/accounts/1/contacts']);
    expect(ids({ path: '/api/v1/accounts/{account_id}/contacts/{id}' })).toEqual([
      '/api/v1/accounts/1/contacts/1',
      '/api/v1/accounts/1/contacts/424242',
    ]);
    expect(ids({ path: '/api/v1/accounts/1/contacts/1' })).toEqual(['/api/v1/accounts/1/contacts/1']);
    expect(ids({ path: /contacts\/\d+$/ })).toHaveLength(2);
    expect(ids({ status: 404 })).toEqual(['/api/v1/accounts/1/contacts/424242']);
    expect(ids({ status: [200, 404], path: /search/ })).toEqual(['/api/v1/accounts/1/contacts/search']);
    expect(ids({ token: fake.tokens.agent })).toEqual(['/api/v1/accounts/1/contacts/1']);
    expect(ids({ operationId: 'listAgents' })).toEqual(['/api/v1/accounts/1/agents']);
    expect(ids({ accountId: 1 })).toHaveLength(6);
    expect(ids({ accountId: 2 })).toHaveLength(0);
    expect(ids({ limit: 2 })).toEqual(['/api/v1/accounts/1/contacts/424242', '/api/v1/accounts/1/agents']);
    expect(fake.requests({ path: CONTACTS, method: 'GET' })[0].query).toEqual({ page: '2' });
  });

  it('clearRequests empties it; reset() too', async () => {
    await call(fake, 'GET', '/agents');
    expect(fake.requests()).toHaveLength(1);
    fake.clearRequests();
    expect(fake.requests()).toHaveLength(0);
    await call(fake, 'GET', '/agents');
    fake.reset();
    expect(fake.requests()).toHaveLength(0);
  });

  it('is bounded in bytes too: big bodies kept cut and marked, the oldest entries dropped past journalBytes', async () => {
    const refused = await startFake({ journalBytes: 'lots' }).then(
      (f) => f.close().then(() => 'started'),
      (err: Error) => err.message,
    );
    expect(refused).toMatch(/journalBytes must be a number of bytes/);
    const small = await startFake({ journalBodyBytes: '1kb', journalBytes: 256 * 1024, bodyLimit: '2mb' });
    try {
      // A request body over journalBodyBytes: its text, cut; an answer over it as well.
      const big = { name: 'Big', custom_attributes: { notes: 'x'.repeat(10_000) } };
      expect((await call(small, 'POST', '/contacts', { body: big })).status).toBe(200);
      expect((await call(small, 'GET', '/contacts')).status).toBe(200);
      const [posted, listed] = small.requests();
      expect(posted).toMatchObject({ bodyTruncated: true, responseBodyTruncated: true });
      expect(posted.body).toBe(JSON.stringify(big).slice(0, 1024));
      expect(listed).toMatchObject({ bodyTruncated: false, responseBodyTruncated: true, body: {} });
      expect(typeof listed.responseBody).toBe('string');
      expect(Buffer.byteLength(listed.responseBody as string)).toBe(1024);
      const smallAnswer = (await call(small, 'GET', '/contacts/424242')).body;
      expect(small.requests().at(-1)).toMatchObject({
        bodyTruncated: false,
        responseBody: smallAnswer,
        responseBodyTruncated: false,
      });

      // 1,000 entries of 1 MB would keep 2 GB: bodies count against journalBytes, oldest out first.
      const wide = await startFake({ journalBytes: 256 * 1024, bodyLimit: '2mb' });
      try {
        for (let i = 0; i < 40; i++) {
          const body = { name: `Wide ${i}`, custom_attributes: { notes: 'y'.repeat(50_000) } };
          expect((await call(wide, 'POST', '/contacts', { body })).status).toBe(200);
        }
        const kept = wide.requests();
        expect(kept.length).toBeLessThanOrEqual(5); // 256 KiB / (50 KB request + its answer)
        expect(kept.length).toBeGreaterThanOrEqual(1);
        expect((kept.at(-1)!.body as { name: string }).name).toBe('Wide 39');
        expect(kept.every((e) => !e.bodyTruncated)).toBe(true);
      } finally {
        await wide.close();
      }
    } finally {
      await small.close();
    }
  }, 60_000);

  it('is bounded by journalSize (oldest dropped) and can be turned off', async () => {
    const small = await startFake({ journalSize: 3 });
    const none = await startFake({ journalSize: 0 });
    try {
      for (let i = 1; i <= 5; i++) await call(small, 'GET', `/contacts?page=${i}`);
      expect(small.requests().map((e) => e.query.page)).toEqual(['3', '4', '5']);
      await call(none, 'GET', '/agents');
      expect(none.requests()).toEqual([]);
    } finally {
      await Promise.all([small.close(), none.close()]);
    }
  }, 60_000);
});

describe('db — read-only view of state', () => {
  it('finds records, and no write reaches the store', async () => {
    const ada = fake.db.users.find((u) => u.email === 'ada@acme.test')!;
    expect(ada.access_token).toBe(fake.tokens.admin);
    const marie = fake.db.contacts.find((c) => c.email === 'marie@radium.test')!;
    expect(marie.custom_attributes).toEqual({ plan: 'enterprise' });
    expect(() => {
      (marie as any).name = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (marie.custom_attributes as any).plan = 'free';
    }).toThrow(TypeError);
    expect(() => (fake.db.contacts as any).push({})).toThrow(TypeError);
    expect(() => {
      (fake.db as any).contacts = [];
    }).toThrow(TypeError);
    const res = await call(fake, 'GET', `/contacts/${marie.id}`);
    expect(res.body.payload).toMatchObject({
      name: 'Marie Curie',
      custom_attributes: { plan: 'enterprise' },
    });
  });

  it('shows writes made through the API, and filter/map work', async () => {
    const before = fake.db.contacts.length;
    await createContact(fake, { name: 'New One', email: 'new@one.test' });
    expect(fake.db.contacts).toHaveLength(before + 1);
    expect(fake.db.contacts.filter((c) => c.email === 'new@one.test').map((c) => c.name)).toEqual([
      'New One',
    ]);
    expect(fake.db.conversations.length).toBeGreaterThan(0);
    fake.reset();
    expect(fake.db.contacts).toHaveLength(before);
  });
});

describe('reset, snapshot and restore', () => {
  it('reset() returns to the seeded world and clears faults and the journal', async () => {
    const before = fake.db.contacts.length;
    await createContact(fake, { name: 'Gone Soon' });
    fake.failNext({ status: 500 });
    fake.reset();
    expect(fake.db.contacts).toHaveLength(before);
    expect(fake.faults()).toEqual([]);
    expect(fake.requests()).toEqual([]);
    const again = await createContact(fake, { name: 'Gone Soon' });
    expect(again.body.payload.contact.id).toBe(before + 1); // ids restart too
  });

  it('snapshot() saves a state that restore() returns to, by object or by name', async () => {
    await createContact(fake, { name: 'Kept' });
    const snap = fake.snapshot();
    expect(snap.id).toMatch(/^snapshot-\d+$/);
    fake.snapshot('named');
    expect(fake.snapshots()).toEqual(expect.arrayContaining([snap.id, 'named']));
    await createContact(fake, { name: 'Dropped' });
    fake.restore(snap);
    expect(fake.db.contacts.map((c) => c.name)).toContain('Kept');
    expect(fake.db.contacts.map((c) => c.name)).not.toContain('Dropped');
    await createContact(fake, { name: 'Dropped' });
    fake.restore('named');
    expect(fake.db.contacts.map((c) => c.name)).not.toContain('Dropped');
    // A snapshot survives reset(), so a suite can save a prepared state once.
    fake.reset();
    fake.restore('named');
    expect(fake.db.contacts.map((c) => c.name)).toContain('Kept');
  });

  it('rejects unknown snapshots and bad names', () => {
    expect(() => fake.restore('nope')).toThrow(/no snapshot "nope"/);
    expect(() => fake.snapshot('bad name!')).toThrow(/"name"/);
    const snap = fake.snapshot();
    expect(fake.deleteSnapshot(snap)).toBe(true);
    expect(fake.deleteSnapshot(snap.id)).toBe(false);
    expect(() => fake.restore(snap)).toThrow(/no snapshot/);
  });
});

describe('accounts: createAccount, seed and reset({ accountId })', () => {
  const asAccount = (
    f: RunningFake,
    accountId: number,
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ) =>
    fetch(`${f.url}/api/v1/accounts/${accountId}${path}`, {
      method,
      headers: { api_access_token: token, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('createAccount gives a fresh, isolated account with its own tokens', async () => {
    const a = fake.createAccount({ seed: 5 });
    const b = fake.createAccount();
    expect(a.accountId).not.toBe(fake.accountId);
    expect(b.accountId).not.toBe(a.accountId);
    expect(a.tokens.admin).not.toBe(fake.tokens.admin);
    expect(a.tokens.admin).not.toBe(b.tokens.admin);
    expect(a.accessTokens).toEqual(expect.objectContaining({ admin: a.tokens.admin, agent: a.tokens.agent }));
    const created = await asAccount(fake, a.accountId, a.tokens.admin, 'POST', '/contacts', {
      name: 'Tenant A',
    });
    expect(created.status).toBe(200);
    // Accounts isolate as in Chatwoot: b cannot see a's data, nor reach a's account.
    const search = await asAccount(fake, b.accountId, b.tokens.admin, 'GET', '/contacts/search?q=tenant');
    expect(((await search.json()) as any).meta.count).toBe(0);
    expect((await asAccount(fake, a.accountId, b.tokens.admin, 'GET', '/contacts')).status).toBe(401);
    expect(fake.requests({ accountId: a.accountId })).toHaveLength(2);
    expect(fake.info(fake.url, a.accountId).inboxes).toHaveLength(3);
  });

  it('reset({ accountId }) resets just that account; reset() removes the extra accounts', async () => {
    const a = fake.createAccount();
    const b = fake.createAccount();
    await asAccount(fake, a.accountId, a.tokens.admin, 'POST', '/contacts', {
      name: 'In A',
      email: 'in@a.test',
    });
    await asAccount(fake, b.accountId, b.tokens.admin, 'POST', '/contacts', {
      name: 'In B',
      email: 'in@b.test',
    });
    await createContact(fake, { name: 'In Main', email: 'in@main.test' });
    fake.reset({ accountId: a.accountId });
    const emails = () => fake.db.contacts.map((c) => c.email);
    expect(emails()).not.toContain('in@a.test');
    expect(emails()).toEqual(expect.arrayContaining(['in@b.test', 'in@main.test']));
    fake.reset({ accountId: fake.accountId });
    expect(emails()).not.toContain('in@main.test');
    expect(emails()).toContain('in@b.test');
    fake.reset();
    expect(fake.db.accounts.map((x) => x.id)).toEqual([fake.accountId]);
    expect(() => fake.reset({ accountId: a.accountId })).toThrow(new RegExp(`no account ${a.accountId}`));
  });

  it('seed() adds a world from YAML text (a partial world is added to the default one)', async () => {
    const seeded = fake.seed(
      ['contacts:', '  - key: extra', '    name: Extra Person', '    email: extra@seeded.test', ''].join(
        '\n',
      ),
    );
    expect(seeded.accountId).not.toBe(fake.accountId);
    const contacts = fake.db.contacts.filter((c) => c.account_id === seeded.accountId);
    expect(contacts.map((c) => c.email)).toContain('extra@seeded.test');
    const res = await asAccount(
      fake,
      seeded.accountId,
      seeded.tokens.admin,
      'GET',
      '/contacts/search?q=extra',
    );
    expect(((await res.json()) as any).payload.map((c: any) => c.name)).toEqual(['Extra Person']);
  });

  it('seed() rejects an invalid world naming the line and field, and adds nothing', () => {
    const before = fake.db.accounts.length;
    const yaml = [
      'account:',
      '  name: Broken',
      'users:',
      '  - key: a',
      '    name: A',
      '    role: boss',
      '',
    ].join('\n');
    expect(() => fake.seed(yaml)).toThrow(FakeInputError);
    expect(() => fake.seed(yaml)).toThrow(/world:6: users\[0\]\.role must be one of agent, administrator/);
    expect(() => fake.seed('contacts: [')).toThrow(/world:1/);
    expect(() => fake.createAccount({ fixtures: '/no/such/world.yaml' })).toThrow(/cannot be read/);
    expect(fake.db.accounts).toHaveLength(before);
  });
});

describe('control: false', () => {
  it('leaves /__fake a normal 404 and ignores X-Fake-Fault; the in-process API still works', async () => {
    const plain = await startFake({ control: false });
    try {
      const info = await fetch(`${plain.url}/__fake/info`);
      expect(info.status).toBe(404);
      expect(await info.json()).toEqual({ status: 404, error: 'Not Found' });
      const res = await call(plain, 'GET', '/agents', { headers: { 'X-Fake-Fault': 'status=500' } });
      expect(res.status).toBe(200);
      plain.failNext({ status: 500 });
      expect((await call(plain, 'GET', '/agents')).status).toBe(500);
      expect(plain.requests().map((e) => e.path)).toEqual([
        '/__fake/info',
        '/api/v1/accounts/1/agents',
        '/api/v1/accounts/1/agents',
      ]);
    } finally {
      await plain.close();
    }
  }, 60_000);
});
