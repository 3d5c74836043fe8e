/**
 * Whatever a client sends, the fake answers as Rails would with a 4xx the spec declares, never a
 * 5xx: params Rails cannot read (400 before authentication), bodies on GETs, HEAD, ids that are not
 * integers, and the harness' own inputs (X-Fake-Fault latencies). See also test/fuzz.test.ts, which
 * sends all of these to every operation.
 */
import http from 'node:http';
import util from 'node:util';
import zlib from 'node:zlib';
import { ContractChecker, FakeInputError } from '../src/index';
import { loadSpec, operationsOf } from '../src/spec';
import { renderError } from '../src/http/pipeline';
import { MAX_LATENCY_MS } from '../src/http/fault-rules';
import { ADMIN, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const BAD_REQUEST = { status: 400, error: 'Bad Request' };
const NOT_FOUND = { error: 'Resource could not be found' };

/** A raw POST (bytes and headers as given) through the app. */
const post = (path: string, headers: Record<string, string>, body: string | Buffer) => {
  const req = fake.http.post(path);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  // As given: superagent would send a Buffer with a JSON type as `{"type":"Buffer",…}`.
  return req.serialize((raw: unknown) => raw as string).send(body);
};

describe('params Rails cannot read: 400 Bad Request, before authentication', () => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const json = { 'content-type': 'application/json' };

  it('a form nested deeper than 32 levels, with or without a token', async () => {
    const deep = `contact${'[a]'.repeat(33)}=1`;
    for (const token of [{ api_access_token: ADMIN }, {}] as Record<string, string>[]) {
      const res = await post(fake.path('/contacts'), { ...form, ...token }, deep);
      expect([res.status, res.body]).toEqual([400, BAD_REQUEST]);
    }
    // 32 levels are read (and the contact created).
    const ok = await post(
      fake.path('/contacts'),
      { ...form, api_access_token: ADMIN },
      `name=Deep&x${'[a]'.repeat(32)}=1`,
    );
    expect(ok.status).toBe(200);
  });

  it('a form or query string with more than 5000 parameters', async () => {
    const wide = Array.from({ length: 5001 }, (_, i) => `k${i}=1`).join('&');
    const manyKeys = Array.from({ length: 5001 }, () => 'k').join('&'); // short enough for a URL
    const res = await post(fake.path('/contacts'), { ...form, api_access_token: ADMIN }, wide);
    expect([res.status, res.body]).toEqual([400, BAD_REQUEST]);
    const query = await fake.http.get(`${fake.path('/contacts')}?${manyKeys}`);
    expect([query.status, query.body]).toEqual([400, BAD_REQUEST]);
    const fine = Array.from({ length: 5000 }, (_, i) => `k${i}=1`).join('&');
    expect(
      (await post(fake.path('/contacts'), { ...form, api_access_token: ADMIN }, `name=W&${fine.slice(6)}`))
        .status,
    ).toBe(200);
  });

  it('a compressed body, corrupt or not: Rails decodes no Content-Encoding', async () => {
    const body = JSON.stringify({ name: 'Zipped' });
    for (const [encoding, bytes] of [
      ['gzip', Buffer.from('not gzip at all')],
      ['gzip', zlib.gzipSync(body).subarray(0, 15)],
      ['deflate', Buffer.from([0x78, 0x9c, 0xff, 0x00, 0x12])],
      ['gzip', zlib.gzipSync(body)],
      ['deflate', zlib.deflateSync(body)],
    ] as const) {
      const res = await post(fake.path('/contacts'), { ...json, 'content-encoding': encoding }, bytes);
      expect([encoding, res.status, res.body]).toEqual([encoding, 400, BAD_REQUEST]);
    }
    // A JSON body that merely says `Content-Encoding: identity` (or anything) is read as JSON.
    const plain = await post(
      fake.path('/contacts'),
      { ...json, 'content-encoding': 'identity', api_access_token: ADMIN },
      body,
    );
    expect([plain.status, plain.body.payload.contact.name]).toEqual([200, 'Zipped']);
    expect(fake.db.contacts.filter((c) => c.name === 'Zipped')).toHaveLength(1);
  });

  it('bytes that are not UTF-8; a charset, though, is ignored as Rails ignores it', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"name":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const bad = await post(fake.path('/contacts'), { ...json, api_access_token: ADMIN }, latin1);
    expect([bad.status, bad.body]).toEqual([400, BAD_REQUEST]);
    const escaped = await post(fake.path('/contacts'), { ...form, api_access_token: ADMIN }, 'name=Caf%E9');
    expect([escaped.status, escaped.body]).toEqual([400, BAD_REQUEST]);
    for (const type of ['application/json; charset=bogus', 'application/json; charset=utf-16']) {
      const res = await post(
        fake.path('/contacts'),
        { 'content-type': type, api_access_token: ADMIN },
        '{"name":"Charset"}',
      );
      expect([type, res.status, res.body.payload?.contact.name]).toEqual([type, 200, 'Charset']);
    }
    const formCharset = await post(
      fake.path('/contacts'),
      { 'content-type': 'application/x-www-form-urlencoded; charset=bogus', api_access_token: ADMIN },
      'name=Form%20charset',
    );
    expect([formCharset.status, formCharset.body.payload.contact.name]).toEqual([200, 'Form charset']);
  });

  it('a malformed %-escape in the query string, before authentication', async () => {
    for (const query of ['q=%ZZ', 'q=%', 'q=%FF', 'labels[]=%C0%AF']) {
      const res = await fake.http.get(`${fake.path('/contacts/search')}?${query}`);
      expect([query, res.status, res.body]).toEqual([query, 400, BAD_REQUEST]);
    }
    const fine = await fake.get('/contacts/search?q=%40radium');
    expect(fine.status).toBe(200);
  });

  it('a media type Rails has no parser for: the body is not read', async () => {
    for (const type of ['text/plain', 'application/xml', 'multipart/form-data', 'application/x-foo']) {
      const res = await post(
        fake.path('/labels'),
        { 'content-type': type, api_access_token: ADMIN },
        '{"title":"read"}',
      );
      // Chatwoot's `params.require(:label)`: as if no body had been sent.
      expect([type, res.status, res.body]).toEqual([
        type,
        422,
        { error: 'param is missing or the value is empty: label' },
      ]);
    }
  });

  it('logs an unexpected error by its request, never with the body it carries', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // What used to be logged whole: the deep form's parser error carried the raw body (a password).
      const deep = await post(
        '/auth/sign_in',
        form,
        `email=a%40acme.test&password=hunter2&x${'[a]'.repeat(40)}=1`,
      );
      expect(deep.status).toBe(400);
      expect(spy).not.toHaveBeenCalled();
      // An error nobody expected, carrying a body like body-parser's errors do.
      const server = http.createServer((_req, res) =>
        renderError(Object.assign(new TypeError('boom'), { body: 'password=hunter2' }), res, 'application'),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method: 'POST', path: '/auth/sign_in?token=secret' },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode!));
          },
        );
        req.on('error', reject);
        req.end('password=hunter2');
      });
      await new Promise((resolve) => server.close(resolve));
      expect(status).toBe(500);
      const logged = spy.mock.calls.map((args) => util.format(...args)).join('\n');
      expect(logged).toMatch(/^chatwoot-fake: POST \/auth\/sign_in answered 500: TypeError: boom\n\s+at /);
      expect(logged).not.toContain('hunter2');
      expect(logged).not.toContain('secret');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a body where the operation takes none, as Rails merges it into params', () => {
  it('__proto__ and other keys no controller reads change nothing (GET and DELETE)', async () => {
    const plain = await fake.get('/labels');
    for (const body of [
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"x":1}},"prototype":1}',
    ]) {
      const res = await fake.get('/labels').set('content-type', 'application/json').send(body);
      expect([res.status, res.body]).toEqual([200, plain.body]);
    }
    const del = await fake.http
      .delete(fake.path('/labels/1'))
      .set('api_access_token', ADMIN)
      .set('content-type', 'application/json')
      .send('{"__proto__":{"polluted":"yes"}}');
    expect(del.status).toBe(200);
    expect(fake.db.labels.some((l) => l.id === 1)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a GET reads the body’s keys as its query, the query winning', async () => {
    const json = (body: object) => fake.get('/contacts').set('content-type', 'application/json').send(body);
    expect((await json({ page: 2 })).body.meta.current_page).toBe('2');
    expect((await json({ sort: '-name' })).body.payload[0].name).toBe(
      (await fake.get('/contacts?sort=-name')).body.payload[0].name,
    );
    const both = await fake.get('/contacts?page=1').set('content-type', 'application/json').send({ page: 2 });
    expect(both.body.meta.current_page).toBe('1');
  });
});

describe('HEAD, as Rails routes it: the GET without its body', () => {
  it('answers 200 with the GET’s headers and no body', async () => {
    const get = await fake.get('/contacts');
    const head = await fake.http.head(fake.path('/contacts')).set('api_access_token', ADMIN);
    expect(head.status).toBe(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  it('answers the GET’s errors, and 404 where no GET is routed', async () => {
    expect((await fake.http.head(fake.path('/contacts'))).status).toBe(401);
    expect((await fake.http.head(fake.path('/contacts/999')).set('api_access_token', ADMIN)).status).toBe(
      404,
    );
    expect((await fake.http.head(fake.path('/contacts/filter')).set('api_access_token', ADMIN)).status).toBe(
      404,
    );
    expect(
      (await fake.http.head(fake.path('/contacts/1/avatar')).set('api_access_token', ADMIN)).status,
    ).toBe(404);
  });

  it('is what the contract checker expects of a HEAD', async () => {
    const checker = new ContractChecker(await loadSpec());
    const head = await fake.http.head(fake.path('/contacts')).set('api_access_token', ADMIN);
    expect(
      checker.checkResponse({
        method: 'HEAD',
        path: fake.path('/contacts'),
        status: head.status,
        headers: head.headers,
      }),
    ).toEqual([]);
    expect(
      checker.checkResponse({ method: 'HEAD', path: fake.path('/contacts'), status: 403 })[0],
    ).toMatchObject({
      kind: 'undocumented-status',
    });
  });
});

describe('ids that are not integers: routed as Chatwoot routes them (no id constraints), read with to_i', () => {
  it('a word is no record: 404, not 422', async () => {
    for (const path of [
      '/contacts/abc',
      '/contacts/-1',
      '/contacts/99999999999999999999',
      '/contacts/abc/conversations',
      '/teams/abc',
      '/conversations/abc',
    ]) {
      const res = await fake.get(path);
      expect([path, res.status, res.body]).toEqual([path, 404, NOT_FOUND]);
    }
  });

  it('digits first find the record, as String#to_i reads them', async () => {
    for (const id of ['1abc', '1.5', '%201', '0001']) {
      const res = await fake.get(`/contacts/${id}`);
      expect([id, res.status, res.body.payload?.id]).toEqual([id, 200, 1]);
    }
    expect((await fake.http.get('/api/v1/accounts/1abc/agents').set('api_access_token', ADMIN)).status).toBe(
      200,
    );
    expect((await fake.http.get('/api/v1/accounts/abc/agents').set('api_access_token', ADMIN)).body).toEqual(
      NOT_FOUND,
    );
  });

  it('collection routes of another method are the member route with that word as id', async () => {
    // `post :export`, `post :filter`, `get :search` (config/routes.rb): GET /contacts/export is `show`.
    for (const [method, path] of [
      ['get', '/contacts/export'],
      ['get', '/contacts/filter'],
      ['get', '/contacts/import'],
      ['get', '/conversations/filter'],
      ['delete', '/contacts/search'],
      ['patch', '/contacts/active'],
    ] as const) {
      const res = await fake.http[method](fake.path(path)).set('api_access_token', ADMIN);
      expect([method, path, res.status, res.body]).toEqual([method, path, 404, NOT_FOUND]);
    }
    // …while the collection routes themselves still answer.
    expect((await fake.get('/contacts/search?q=marie')).status).toBe(200);
    expect((await fake.get('/conversations/meta')).status).toBe(200);
    // A POST to a word that is no POST route is Rails' routing 404.
    const none = await fake.send('post', '/contacts/search', {});
    expect([none.status, none.body]).toEqual([404, { status: 404, error: 'Not Found' }]);
  });

  it('no token still comes first: 401', async () => {
    expect((await fake.http.get(fake.path('/contacts/abc'))).status).toBe(401);
  });
});

describe('fault latencies Node can wait for', () => {
  it('refuses a latency over 2^31 − 1 ms (Node would fire at once) with a 400 naming the maximum', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      for (const value of ['latency=99999999999', `latency=${MAX_LATENCY_MS + 1}`, 'latency=2147484s']) {
        const res = await fake.get('/agents').set('X-Fake-Fault', value);
        expect([value, res.status]).toEqual([value, 400]);
        expect(res.body).toEqual({
          status: 400,
          error: expect.stringMatching(/^X-Fake-Fault: latency must be at most 2147483647 ms/),
        });
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'TimeoutOverflowWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('refuses such rules and delays with a FakeInputError; the maximum itself is accepted', () => {
    expect(() => fake.fault({ latency: MAX_LATENCY_MS + 1 })).toThrow(FakeInputError);
    expect(() => fake.delay({ ms: '30d' })).toThrow(/at most 2147483647 ms/);
    expect(() => fake.fault({ latency: -1 })).toThrow(/must not be negative/);
    expect(fake.fault({ path: '/api/v1/accounts/:account_id/agents', latency: MAX_LATENCY_MS }).latency).toBe(
      MAX_LATENCY_MS,
    );
    fake.clearFaults();
  });
});

describe('the spec declares every status the fake can answer', () => {
  it('400, 413, 429 and 431 on every operation; 422 wherever there are params to refuse', async () => {
    const spec = await loadSpec();
    const missing: string[] = [];
    for (const op of operationsOf(spec)) {
      const item = spec.paths[op.path];
      const operation = item[op.method];
      const declared = Object.keys(operation.responses);
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      const wanted = ['400', '413', '429', '431'];
      if (operation.requestBody || params.some((p: { in: string }) => p.in === 'query')) wanted.push('422');
      // An id Rails finds (an integer in the spec) may be no record.
      const ids = params.filter(
        (p: { in: string; schema?: { type?: unknown } }) =>
          p.in === 'path' && [p.schema?.type].flat().includes('integer'),
      );
      if (ids.length) wanted.push('404');
      for (const status of wanted)
        if (!declared.includes(status)) missing.push(`${op.operationId} ${status}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('inputs the fuzzer found stored and answered later with a 500', () => {
  it('a conversation’s first message with a content type Message does not have: 422, nothing stored', async () => {
    const before = fake.db.conversations.length;
    const res = await fake.send('post', '/conversations', {
      contact_id: 3,
      inbox_id: 1,
      message: { content: 'Hi', content_type: '{7' },
    });
    expect(res.status).toBe(422);
    expect(res.body.attributes).toEqual(['content_type']);
    expect(fake.db.conversations).toHaveLength(before);
    const ok = await fake.send('post', '/conversations', {
      contact_id: 3,
      inbox_id: 1,
      message: { content: 'Hi', content_type: 'input_email' },
    });
    expect(ok.status).toBe(200);
    expect((await fake.get(`/conversations/${ok.body.id}/messages`)).status).toBe(200);
  });
});
