/**
 * The control API under /__fake: every operation over HTTP, bad input (clear 4xx naming the field),
 * and its separation from the Chatwoot API (no token needed, application tokens change nothing).
 */
import request from 'supertest';
import { buildFake, type BuiltFake } from '../src/index';
import { ADMIN, AGENT } from './helpers';

let fake: BuiltFake;
let http: ReturnType<typeof request>;
beforeAll(async () => {
  fake = await buildFake({ validateResponses: true });
  http = request(fake.app);
  // The first request compiles the spec's validators: pay for it here, not in a test's 5 s.
  await http.get('/api/v1/accounts/1/agents').set('api_access_token', ADMIN);
}, 60_000);
beforeEach(() => fake.reset());

/** Supertest parser keeping the body as text (a malformed JSON body must not throw). */
const asText = (res: any, done: (err: Error | null, body: string) => void) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
};

const api = (path: string) => `/api/v1/accounts/1${path}`;
const get = (path: string, token = ADMIN) => http.get(api(path)).set('api_access_token', token);
const post = (path: string, body: object, token = ADMIN) =>
  http.post(api(path)).set('api_access_token', token).send(body);

describe('GET /__fake/info', () => {
  it('answers url, account id, tokens and inboxes with their identifiers', async () => {
    const res = await http.get('/__fake/info');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      chatwootVersion: '4.15.1',
      accountId: 1,
      tokens: {
        admin: 'acme-admin-token-0000001',
        agent: 'acme-agent-token-0000002',
        bot: 'acme-bot-token-000000004',
        platform: 'acme-platform-token-0000005',
      },
      inboxes: [
        {
          id: 1,
          name: 'Acme Website',
          channel_type: 'Channel::WebWidget',
          identifier: 'acmeWebsiteToken0000001',
        },
        {
          id: 2,
          name: 'Acme Mobile App',
          channel_type: 'Channel::Api',
          identifier: 'acmeApiInbox00000000001',
        },
        {
          id: 3,
          name: 'Acme Helpdesk',
          channel_type: 'Channel::Api',
          identifier: 'acmeBotInbox00000000001',
        },
      ],
      users: [
        { id: 1, email: 'ada@acme.test', role: 'administrator', password: 'Password1!' },
        { id: 2, email: 'grace@acme.test', role: 'agent', password: 'Password1!' },
        { id: 3, email: 'alan@acme.test', role: 'agent', password: 'Password1!' },
      ],
    });
    expect(fake.info('http://x', 1)).toEqual({ ...res.body, url: 'http://x' });
  });

  it('rejects a bad or unknown accountId', async () => {
    expect((await http.get('/__fake/info?accountId=abc')).body).toEqual({
      error: '"accountId" must be a positive integer (got "abc")',
    });
    const unknown = await http.get('/__fake/info?accountId=999');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'no account 999' });
  });
});

describe('the control API is not Chatwoot', () => {
  it('needs no token and ignores api_access_token, faults and rate limits', async () => {
    for (const token of [undefined, 'not-a-token', AGENT]) {
      const req = http.get('/__fake/info');
      const res = await (token ? req.set('api_access_token', token) : req);
      expect(res.status).toBe(200);
    }
    fake.fault({ status: 500 });
    fake.rateLimit({ limit: 1 });
    expect((await http.get('/__fake/info')).status).toBe(200);
    expect((await http.get('/__fake/info').set('X-Fake-Fault', 'status=500')).status).toBe(200);
    expect((await http.get('/__fake/clock')).status).toBe(200);
    expect((await get('/agents')).status).toBe(500);
  });

  it('control calls are not journaled', async () => {
    await http.get('/__fake/info');
    await get('/agents');
    const res = await http.get('/__fake/requests');
    expect(res.body.map((e: { path: string }) => e.path)).toEqual([api('/agents')]);
  });

  it('unknown control paths answer 404 and wrong methods 405, as JSON errors; bad JSON 400', async () => {
    const unknown = await http.get('/__fake/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'no control operation GET /__fake/nothing' });
    const wrong = await http.put('/__fake/reset');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
    const badJson = await http
      .post('/__fake/faults')
      .set('content-type', 'application/json')
      .send('{"status":');
    expect(badJson.status).toBe(400);
    expect(badJson.body.error).toMatch(/^the body is not valid JSON/);
    const array = await http.post('/__fake/faults').send([{ status: 500 }]);
    expect(array.status).toBe(400);
    expect(array.body).toEqual({ error: 'the body must be a JSON object' });
  });
});

describe('POST /__fake/reset', () => {
  it('returns to the seeded world', async () => {
    await post('/contacts', { name: 'Temp', email: 'temp@x.test' });
    expect((await get('/contacts/search?q=temp')).body.meta.count).toBe(1);
    const res = await http.post('/__fake/reset');
    expect(res.status).toBe(204);
    expect((await get('/contacts/search?q=temp')).body.meta.count).toBe(0);
    expect(fake.requests()).toHaveLength(1); // the search after the reset
  });

  it('rejects bad input', async () => {
    expect((await http.post('/__fake/reset').send({ accountId: 'one' })).body).toEqual({
      error: '"accountId" must be an integer',
    });
    expect((await http.post('/__fake/reset').send({ everything: true })).body).toEqual({
      error: 'unknown field "everything" (expected accountId)',
    });
    const unknown = await http.post('/__fake/reset').send({ accountId: 77 });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'no account 77' });
  });
});

describe('snapshots', () => {
  it('POST /__fake/snapshots → {id}; restore by id; list; names', async () => {
    await post('/contacts', { name: 'Before Snap' });
    const snap = await http.post('/__fake/snapshots');
    expect(snap.status).toBe(201);
    expect(snap.body).toEqual({ id: expect.stringMatching(/^snapshot-\d+$/) });
    const named = await http.post('/__fake/snapshots').send({ name: 'seeded-plus-one' });
    expect(named.body).toEqual({ id: 'seeded-plus-one' });
    await post('/contacts', { name: 'After Snap' });
    const restored = await http.post(`/__fake/snapshots/${snap.body.id}/restore`);
    expect(restored.status).toBe(204);
    const names = fake.db.contacts.map((c) => c.name);
    expect(names).toContain('Before Snap');
    expect(names).not.toContain('After Snap');
    expect((await http.post('/__fake/snapshots/seeded-plus-one/restore')).status).toBe(204);
    const list = await http.get('/__fake/snapshots');
    expect(list.body).toEqual(expect.arrayContaining([{ id: snap.body.id }, { id: 'seeded-plus-one' }]));
    expect((await http.delete('/__fake/snapshots/seeded-plus-one')).status).toBe(204);
    expect((await http.delete('/__fake/snapshots/seeded-plus-one')).status).toBe(404);
    expect((await http.post('/__fake/snapshots/seeded-plus-one/restore')).status).toBe(404);
  });

  it('rejects unknown snapshots and bad names', async () => {
    const missing = await http.post('/__fake/snapshots/nope/restore');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'no snapshot "nope"' });
    const bad = await http.post('/__fake/snapshots').send({ name: 'has spaces' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^"name" must be/);
    expect((await http.post('/__fake/snapshots').send({ label: 'x' })).body.error).toMatch(
      /unknown field "label"/,
    );
  });
});

describe('GET/DELETE /__fake/requests', () => {
  it('lists the journal with filters', async () => {
    await get('/agents');
    await post('/contacts', { name: 'J' });
    await get('/contacts/99999');
    await get('/contacts?page=1', AGENT);

    const list = async (query: string) => (await http.get(`/__fake/requests${query}`)).body;
    const all = await list('');
    expect(all).toHaveLength(4);
    expect(all[1]).toMatchObject({
      method: 'POST',
      path: api('/contacts'),
      body: { name: 'J' },
      status: 200,
      operationId: 'createContact',
      responseBody: { payload: { contact: { name: 'J' } } },
    });
    expect((await list('?method=post')).map((e: any) => e.path)).toEqual([api('/contacts')]);
    expect(await list('?path=/api/v1/accounts/:account_id/contacts')).toHaveLength(2);
    expect(await list('?path=/api/v1/accounts/1/contacts/99999')).toHaveLength(1);
    expect(await list(`?pathRegex=${encodeURIComponent('contacts/\\d+$')}`)).toHaveLength(1);
    expect((await list('?status=404'))[0].responseBody).toEqual({ error: 'Resource could not be found' });
    expect(await list('?status=200,404')).toHaveLength(4);
    expect(await list(`?token=${AGENT}`)).toHaveLength(1);
    expect(await list('?operationId=listAgents')).toHaveLength(1);
    expect(await list('?accountId=1&limit=2')).toHaveLength(2);
    expect((await list('?limit=1'))[0].query).toEqual({ page: '1' });

    expect((await http.delete('/__fake/requests')).status).toBe(204);
    expect(await list('')).toEqual([]);
  });

  it('rejects bad filters naming them', async () => {
    const cases: [string, RegExp][] = [
      ['?status=ok', /"status" must be a status code/],
      ['?limit=0', /"limit" must be a positive integer/],
      ['?method=G%20T', /"method"/],
      ['?path=contacts', /"path" must be a path starting with "\/"/],
      ['?pathRegex=(', /"pathRegex" is not a valid regular expression/],
      ['?path=/a&pathRegex=a', /either "path" or "pathRegex"/],
      ['?colour=red', /unknown query parameter "colour"/],
      ['?method=GET&method=POST', /query parameter "method" must be given once/],
    ];
    for (const [query, message] of cases) {
      const res = await http.get(`/__fake/requests${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(message);
    }
  });
});

describe('/__fake/faults', () => {
  it('adds, lists, applies with times, removes one and clears', async () => {
    const added = await http.post('/__fake/faults').send({
      method: 'POST',
      path: '/api/v1/accounts/:account_id/contacts',
      status: 422,
      times: 1,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: 1, method: 'POST', status: 422, remaining: 1, hits: 0 });
    const regex = await http.post('/__fake/faults').send({ pathRegex: '/agents$', status: 503 });
    expect(regex.body).toMatchObject({ path: '/agents$', pathRegex: true });
    expect((await http.get('/__fake/faults')).body).toHaveLength(2);

    expect((await post('/contacts', { name: 'X' })).status).toBe(422);
    expect((await post('/contacts', { name: 'X' })).status).toBe(200);
    expect((await get('/agents')).status).toBe(503);
    expect((await http.get('/__fake/faults')).body).toEqual([
      expect.objectContaining({ id: regex.body.id, hits: 1 }),
    ]);

    expect((await http.delete(`/__fake/faults/${regex.body.id}`)).status).toBe(204);
    expect((await http.delete(`/__fake/faults/${regex.body.id}`)).status).toBe(404);
    await http.post('/__fake/faults').send({ latency: '10ms' });
    expect((await http.delete('/__fake/faults')).status).toBe(204);
    expect((await http.get('/__fake/faults')).body).toEqual([]);
  });

  it('latency, reset and malformed rules', async () => {
    await http
      .post('/__fake/faults')
      .send({ path: '/api/v1/accounts/:account_id/agents', latency: 100, times: 1 });
    const t = performance.now();
    expect((await get('/agents')).status).toBe(200);
    expect(performance.now() - t).toBeGreaterThanOrEqual(90);
    await http.post('/__fake/faults').send({ malformed: true, times: 1 });
    const broken = await get('/agents').buffer(true).parse(asText);
    expect(broken.status).toBe(200);
    expect(broken.body).not.toBe('');
    expect(() => JSON.parse(broken.body)).toThrow();
    await http.post('/__fake/faults').send({ reset: true, times: 1 });
    await expect(get('/agents')).rejects.toThrow();
    expect((await http.get('/__fake/requests?status=0')).body).toHaveLength(1);
  });

  it('rejects bad rules naming the field', async () => {
    const cases: [object, RegExp][] = [
      [{ status: 99 }, /"status" must be an HTTP error status/],
      [{ status: 500, times: -1 }, /"times" must be a positive integer/],
      [{ status: 500, token: 5 }, /"token" must be a string/],
      [{ reset: 'yes' }, /"reset" must be true or false/],
      [{ pathRegex: '[', status: 500 }, /"pathRegex" is not a valid regular expression/],
      [{}, /needs an effect/],
      [{ status: 500, when: 'later' }, /unknown fault field "when"/],
    ];
    for (const [body, message] of cases) {
      const res = await http.post('/__fake/faults').send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(message);
    }
    expect((await http.delete('/__fake/faults/abc')).status).toBe(400);
    expect(fake.faults()).toEqual([]);
  });

  it('refuses a rule no request could match (no such route, method or operationId), naming the nearest', async () => {
    const cases: [object, string][] = [
      [
        { path: '/api/v1/accounts/:account_id/contact', status: 500 },
        '"path" /api/v1/accounts/:account_id/contact is no route of the Chatwoot API (faults apply to the ' +
          "spec's operations): did you mean /api/v1/accounts/:account_id/contacts?",
      ],
      [
        { method: 'FETCH', status: 500 },
        '"method" must be one of GET, HEAD, POST, PUT, PATCH, DELETE: got "FETCH"',
      ],
      [
        { operationId: 'listContact', status: 500 },
        '"operationId" "listContact" is no operation of the spec (did you mean "listContacts"?)',
      ],
    ];
    for (const [body, error] of cases) {
      const res = await http.post('/__fake/faults').send(body);
      expect([res.status, res.body]).toEqual([400, { error }]);
    }
    expect(fake.faults()).toEqual([]);
  });

  it('matches by operationId, listed with the rule', async () => {
    const added = await http
      .post('/__fake/faults')
      .send({ operationId: 'listAgents', status: 503, times: 1 });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ operationId: 'listAgents', path: null, status: 503, hits: 0 });
    expect((await get('/contacts')).status).toBe(200);
    expect((await get('/agents')).status).toBe(503);
    expect((await get('/agents')).status).toBe(200);
  });
});

describe('/__fake/clock', () => {
  it('gets, sets and advances; a created record carries the new time', async () => {
    expect((await http.get('/__fake/clock')).body).toEqual({
      now: '2026-01-15T09:00:00.000Z',
      epochMs: Date.parse('2026-01-15T09:00:00Z'),
      mode: 'step',
    });
    const set = await http.post('/__fake/clock').send({ set: '2026-06-01T12:00:00Z', mode: 'frozen' });
    expect(set.body).toEqual({
      now: '2026-06-01T12:00:00.000Z',
      epochMs: Date.parse('2026-06-01T12:00:00Z'),
      mode: 'frozen',
    });
    const advanced = await http.post('/__fake/clock/advance').send({ by: '2h' });
    expect(advanced.body.now).toBe('2026-06-01T14:00:00.000Z');
    expect((await http.post('/__fake/clock/advance').send({ by: 60_000 })).body.now).toBe(
      '2026-06-01T14:01:00.000Z',
    );
    const created = await post('/contacts', { name: 'Clocked' });
    expect(created.body.payload.contact.created_at).toBe(Date.parse('2026-06-01T14:01:00Z') / 1000);
    expect((await http.post('/__fake/clock').send({ set: 0 })).body.now).toBe('1970-01-01T00:00:00.000Z');
  });

  it('rejects bad input naming the field, changing nothing', async () => {
    const cases: [string, object, RegExp][] = [
      ['/__fake/clock', { set: 'tomorrow-ish' }, /"set" must be an ISO-8601 time/],
      ['/__fake/clock', { set: '2026-01-01T00:00:00Z', mode: 'fast' }, /"mode" must be one of/],
      ['/__fake/clock', {}, /give "set"/],
      ['/__fake/clock', { advance: '1h' }, /unknown field "advance"/],
      ['/__fake/clock/advance', {}, /"by" is required/],
      ['/__fake/clock/advance', { by: 'a while' }, /"by" must be milliseconds or a duration/],
      ['/__fake/clock/advance', { by: true }, /"by"/],
    ];
    for (const [path, body, message] of cases) {
      const res = await http.post(path).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(message);
    }
    expect((await http.get('/__fake/clock')).body.now).toBe('2026-01-15T09:00:00.000Z');
  });
});

describe('/__fake/rate-limit', () => {
  it('turns a per-token limit on and off at run time', async () => {
    const on = await http.post('/__fake/rate-limit').send({ token: AGENT, limit: 1, per: '1m' });
    expect(on.status).toBe(200);
    expect(on.body).toEqual([{ token: AGENT, limit: 1, periodMs: 60_000, headers: false, clock: 'real' }]);
    expect((await http.get('/__fake/rate-limit')).body).toEqual(on.body);
    expect((await get('/agents', AGENT)).status).toBe(200);
    const limited = await get('/agents', AGENT);
    expect(limited.status).toBe(429);
    expect(limited.text).toBe('Retry later\n');
    expect((await get('/agents', ADMIN)).status).toBe(200);
    const off = await http.post('/__fake/rate-limit').send({ token: AGENT, enabled: false });
    expect(off.body).toEqual([]);
    expect((await get('/agents', AGENT)).status).toBe(200);
  });

  it('rejects bad input', async () => {
    const cases: [object, RegExp][] = [
      [{}, /"limit" must be a positive integer/],
      [{ limit: 2, per: 'eon' }, /"per"/],
      [{ limit: 2, headers: 'yes' }, /"headers" must be true or false/],
      [{ limit: 2, clock: 'sundial' }, /"clock" must be "real" or "fake"/],
      [{ off: false }, /to turn a limit off send/],
      [{ limit: 2, every: '1m' }, /unknown rate-limit field "every"/],
    ];
    for (const [body, message] of cases) {
      const res = await http.post('/__fake/rate-limit').send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(message);
    }
  });
});

describe('POST /__fake/accounts and /__fake/seed', () => {
  it('creates an isolated account with its own tokens; reset {accountId} resets only it', async () => {
    const res = await http.post('/__fake/accounts').send({ seed: 9, name: 'Tenant Nine' });
    expect(res.status).toBe(201);
    const { accountId, tokens, inboxes, accessTokens } = res.body;
    expect(accountId).toBeGreaterThan(1);
    expect(tokens.admin).not.toBe(ADMIN);
    expect(accessTokens.admin).toBe(tokens.admin);
    expect(inboxes).toHaveLength(3);
    expect(fake.db.accounts.find((a) => a.id === accountId)!.name).toBe('Tenant Nine');
    const tenant = (path: string) => `/api/v1/accounts/${accountId}${path}`;
    const created = await http
      .post(tenant('/contacts'))
      .set('api_access_token', tokens.admin)
      .send({ name: 'Nine' });
    expect(created.status).toBe(200);
    expect((await http.get(tenant('/contacts')).set('api_access_token', ADMIN)).status).toBe(401);
    await post('/contacts', { name: 'Main One' });
    expect((await http.get(`/__fake/info?accountId=${accountId}`)).body.tokens).toEqual(tokens);

    expect((await http.post('/__fake/reset').send({ accountId })).status).toBe(204);
    const names = fake.db.contacts.map((c) => c.name);
    expect(names).not.toContain('Nine');
    expect(names).toContain('Main One');
  });

  it('generates contacts, conversations and an exact number of messages in a new account', async () => {
    const world = { contacts: 20, conversations: 4, messages: 40 };
    const res = await http.post('/__fake/accounts').send({ seed: 3, ...world });
    expect(res.status).toBe(201);
    const mine = <T extends { account_id: number }>(rows: readonly T[]) =>
      rows.filter((r) => r.account_id === res.body.accountId);
    const seeded = {
      contacts: mine(fake.db.contacts).length,
      conversations: mine(fake.db.conversations).length,
    };
    // On top of the default world's own records in the account: what was asked for, exactly.
    const base = await http.post('/__fake/accounts').send({ seed: 3 });
    const baseCount = (rows: readonly { account_id: number }[]) =>
      rows.filter((r) => r.account_id === base.body.accountId).length;
    expect(seeded.contacts - baseCount(fake.db.contacts)).toBe(20);
    expect(seeded.conversations - baseCount(fake.db.conversations)).toBe(4);
    expect(mine(fake.db.messages).length - baseCount(fake.db.messages)).toBe(40);
    const bad = await http.post('/__fake/accounts').send({ messages: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/"messages"/);
  });

  it('seeds a world from a YAML body (or JSON), answering its info and tokens', async () => {
    const yaml = [
      'account:',
      '  name: Seeded Co',
      'users:',
      '  - key: boss',
      '    name: Boss',
      '    email: boss@seeded.test',
      '    access_token: seeded-boss-token-000001',
      '    role: administrator',
      'inboxes:',
      '  - key: api',
      '    name: Seeded API',
      '    channel: { type: Channel::Api }',
      '',
    ].join('\n');
    const res = await http.post('/__fake/seed').set('content-type', 'application/yaml').send(yaml);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      accountId: expect.any(Number),
      tokens: { admin: expect.any(String), agent: null, bot: null, platform: null },
      inboxes: [{ name: 'Seeded API', channel_type: 'Channel::Api', identifier: expect.any(String) }],
    });
    const agents = await http
      .get(`/api/v1/accounts/${res.body.accountId}/agents`)
      .set('api_access_token', res.body.tokens.admin);
    expect(agents.body.map((a: { name: string }) => a.name)).toEqual(['Boss']);

    const json = await http.post('/__fake/seed').send({ contacts: [{ key: 'j', name: 'Json Person' }] });
    expect(json.status).toBe(201);
    expect(fake.db.contacts.filter((c) => c.account_id === json.body.accountId).map((c) => c.name)).toContain(
      'Json Person',
    );
  });

  it('rejects bad worlds and bad options with 4xx naming the line or field', async () => {
    const before = fake.db.accounts.length;
    const badYaml = [
      'account:',
      '  name: Broken',
      'users:',
      '  - key: a',
      '    name: A',
      '    role: boss',
      '',
    ].join('\n');
    const res = await http.post('/__fake/seed').set('content-type', 'text/yaml').send(badYaml);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/world:6: users\[0\]\.role must be one of agent, administrator/);
    const cases: [string, object | string, RegExp][] = [
      ['/__fake/seed', {}, /the body must be a world/],
      ['/__fake/seed?merge=maybe', { contacts: [] }, /"merge" must be true or false/],
      ['/__fake/seed?colour=red', { contacts: [] }, /unknown query parameter "colour"/],
      ['/__fake/accounts', { seed: -1 }, /"seed" must be a non-negative integer/],
      ['/__fake/accounts', { contacts: 'many' }, /"contacts" must be a non-negative integer/],
      ['/__fake/accounts', { fixtures: 'world.txt' }, /"fixtures" must be the path of a \.yaml/],
      ['/__fake/accounts', { fixtures: '/a.yaml', world: {} }, /either "fixtures"/],
      ['/__fake/accounts', { world: 5 }, /"world" must be a world object or YAML text/],
      ['/__fake/accounts', { region: 'eu' }, /unknown field "region"/],
    ];
    for (const [path, body, message] of cases) {
      const r = await http.post(path).send(body);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(message);
    }
    // A file path: read from the --fixtures-dir directory only (this fake has none).
    const path = await http.post('/__fake/accounts').send({ fixtures: '/no/such.yaml' });
    expect(path.status).toBe(403);
    expect(path.body.error).toMatch(/only from the directory named at start \(--fixtures-dir/);
    expect(fake.db.accounts).toHaveLength(before);
  });
});

describe('the command line', () => {
  it('--no-control turns the control API off; --journal-size bounds the journal', async () => {
    const { spawn } = await import('node:child_process');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '..');
    const start = (args: string[]) =>
      new Promise<{ url: string; stop: () => void }>((resolve, reject) => {
        const child = spawn(
          path.join(root, 'node_modules', '.bin', 'tsx'),
          [path.join(root, 'src', 'cli.ts'), ...args],
          {
            cwd: root,
          },
        );
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /CHATWOOT_URL=(\S+)/.exec(out);
          if (m && out.includes('CHATWOOT_AGENT_TOKEN=')) resolve({ url: m[1], stop: () => child.kill() });
        });
        child.on('exit', (code) => reject(new Error(`CLI exited with ${code}: ${out}`)));
      });
    const [off, small] = await Promise.all([
      start(['--port', '0', '--no-control']),
      start(['--port', '0', '--journal-size', '2']),
    ]);
    try {
      const info = await fetch(`${off.url}/__fake/info`);
      expect(info.status).toBe(404);
      expect(await info.json()).toEqual({ status: 404, error: 'Not Found' });
      const faulted = await fetch(`${off.url}/api/v1/accounts/1/agents`, {
        headers: { api_access_token: ADMIN, 'X-Fake-Fault': 'status=500' },
      });
      expect(faulted.status).toBe(200);

      for (let page = 1; page <= 3; page++) {
        await fetch(`${small.url}/api/v1/accounts/1/contacts?page=${page}`, {
          headers: { api_access_token: ADMIN },
        });
      }
      const journal = (await (await fetch(`${small.url}/__fake/requests`)).json()) as any[];
      expect(journal.map((e: { query: { page: string } }) => e.query.page)).toEqual(['2', '3']);
    } finally {
      off.stop();
      small.stop();
    }
  }, 90_000);
});
