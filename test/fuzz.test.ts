/**
 * Spec-driven fuzzing (test/support/fuzzer.ts): every operation of the bundled spec gets valid and
 * malformed requests as administrator, agent, agent bot and nobody, and what Rails refuses or reads
 * its own way (deep and wide forms, compressed bodies, bodies on GETs, HEAD, odd ids, unknown media
 * types). No answer may be a 5xx or hang, every status is declared by the spec for the operation the
 * request routes to (the contract checker finds nothing), every 4xx is a Chatwoot-shaped JSON error,
 * rejected requests change nothing, and the store's references hold. Bounded for `npm test` (one batch of every case kind per operation, seed 20260115);
 * FUZZ_RUNS / FUZZ_SEED, or `npm run fuzz -- --runs N --seed S`, run more.
 */
import http from 'node:http';
import net from 'node:net';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startFake, type RunningFake } from '../src/index';
import { RateLimiter } from '../src/http/rate-limit';
import { loadSpec, operationsOf } from '../src/spec';
import { Clock } from '../src/store/clock';
import {
  CASE_KINDS,
  Rng,
  caseSeed,
  formatReport,
  fuzz,
  isChatwootError,
  okOperations,
  operationInfo,
  sampleOf,
  send,
  worldOf,
  type FuzzReport,
} from './support/fuzzer';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20260115);
const CHUNKS = 16;

let fake: RunningFake;
let operationIds: string[] = [];
const reports: FuzzReport[] = [];

beforeAll(async () => {
  fake = await startFake({ validateResponses: true, webhooks: false, cable: false, journalSize: 0 });
  operationIds = operationsOf(await loadSpec())
    .map((o) => o.operationId)
    .sort();
});
afterAll(async () => {
  await fake.close();
  const requests = reports.reduce((n, r) => n + r.requests, 0);
  const fiveHundreds = reports.reduce((n, r) => n + r.fiveHundreds, 0);
  const violations = reports.reduce((n, r) => n + r.violations.length, 0);
  const operations = new Set(reports.flatMap((r) => r.operationIds)).size;
  const ok = okOperations(Object.assign({}, ...reports.map((r) => r.byOperation))).length;
  console.log(
    `fuzz: ${requests} requests over ${operations} operations (seed ${SEED}, ${RUNS} run(s)); 2xx-covered operations: ${ok}; 5xx: ${fiveHundreds}; violations: ${violations}`,
  );
});

const chunk = (i: number) => (id: string) => operationIds.indexOf(id) % CHUNKS === i;

describe('fuzzing every operation of the spec', () => {
  it.each(Array.from({ length: CHUNKS }, (_, i) => i))(
    'chunk %i of the operations: no 5xx, only declared statuses, Chatwoot-shaped 4xx, nothing half-applied',
    async (i) => {
      const report = await fuzz(fake, { seed: SEED, runs: RUNS, only: chunk(i) });
      reports.push(report);
      expect(report.operations).toBeGreaterThan(0);
      if (report.violations.length) throw new Error(formatReport(report));
      expect(report.fiveHundreds).toBe(0);
      // Every case kind was sent for every operation of the chunk.
      expect(report.requests).toBeGreaterThanOrEqual(report.operations * CASE_KINDS.length * RUNS);
    },
    // The default per-test timeout suits one run; longer runs get proportionally more.
    RUNS > 1 ? 30_000 * RUNS : undefined,
  );

  it('covered every operation of the spec', () => {
    const fuzzed = new Set(reports.flatMap((r) => r.operationIds));
    expect(operationIds.filter((id) => !fuzzed.has(id))).toEqual([]);
  });

  it('reaches the handlers: most operations answered a 2xx at least once', () => {
    const reached = okOperations(Object.assign({}, ...reports.map((r) => r.byOperation)));
    expect(reached.length / operationIds.length).toBeGreaterThan(0.75);
  });

  it('samples request bodies and queries that are valid against their schemas (fast-check arbitraries)', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    const spec = await loadSpec();
    const world = worldOf(fake);
    const problems: string[] = [];
    for (const info of operationsOf(spec).map((op) => operationInfo(spec, op))) {
      const query = Object.keys(info.querySchema.properties).length ? info.querySchema : undefined;
      for (const schema of [info.bodySchema, query]) {
        if (!schema) continue;
        const validate = ajv.compile(schema);
        for (let i = 0; i < 5; i++) {
          const value = sampleOf(schema, world, new Rng(caseSeed(1, info.op.operationId, i)));
          if (!validate(value)) {
            problems.push(
              `${info.op.operationId} ${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`,
            );
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('is deterministic: the same seed sends the same requests and gets the same answers', async () => {
    const only = (id: string) => ['createContact', 'updateConversation', 'createMessage'].includes(id);
    const a = await fuzz(fake, { seed: 99, only });
    const b = await fuzz(fake, { seed: 99, only });
    expect(b.byOperation).toEqual(a.byOperation);
    expect(b.requests).toBe(a.requests);
  });
});

/** A raw HTTP exchange, for requests no client library would send. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(fake.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('hung')));
    socket.write(text);
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const bodyOf = (response: string) => response.slice(response.indexOf('\r\n\r\n') + 4);

describe('requests outside the spec', () => {
  const admin = () => ({ api_access_token: fake.tokens.admin });
  const get = (path: string, headers: Record<string, string> = admin()) =>
    send(fake.url, { operationId: '-', kind: '-', role: 'admin', method: 'GET', path, headers });

  it('answers malformed percent-encoding in a path with 400 JSON, never a 500', async () => {
    for (const path of [
      `/api/v1/accounts/${fake.accountId}/contacts/%ZZ`,
      `/api/v1/accounts/${fake.accountId}/contacts/%`,
      `/api/v1/accounts/${fake.accountId}/portals/%C0%AF/categories`,
      '/rails/active_storage/blobs/%ZZ/x',
      '/nowhere/%E0%A4%A',
    ]) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 400]);
      expect(JSON.parse(res.text)).toEqual({ status: 400, error: 'Bad Request' });
    }
  });

  it('answers a body nested deeper than Rails allows (100) with 400, at any depth', async () => {
    for (const depth of [101, 5_000, 150_000]) {
      const res = await send(fake.url, {
        operationId: 'createContact',
        kind: '-',
        role: 'admin',
        method: 'POST',
        path: `/api/v1/accounts/${fake.accountId}/contacts`,
        headers: { ...admin(), 'content-type': 'application/json' },
        body: `{"name":"Deep","custom_attributes":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
      });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({ status: 400, error: 'Bad Request' });
    }
    const shallow = await send(fake.url, {
      operationId: 'createContact',
      kind: '-',
      role: 'admin',
      method: 'POST',
      path: `/api/v1/accounts/${fake.accountId}/contacts`,
      headers: { ...admin(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Nested', custom_attributes: { a: { b: { c: [1, [2, [3]]] } } } }),
    });
    expect(shallow.status).toBe(200);
    fake.reset();
  });

  it('answers an oversized URL or header with a JSON 431 and a malformed request line with a JSON 400', async () => {
    const long = await raw(
      `GET /api/v1/accounts/1/contacts?q=${'x'.repeat(40_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    );
    expect(statusOf(long)).toBe(431);
    expect(JSON.parse(bodyOf(long))).toEqual({ status: 431, error: 'Request Header Fields Too Large' });
    const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(statusOf(garbage)).toBe(400);
    expect(isChatwootError(JSON.parse(bodyOf(garbage)))).toBe(true);
    // The server is still there.
    expect((await get(`/api/v1/accounts/${fake.accountId}/agents`)).status).toBe(200);
  });

  it('never lets a body pollute Object.prototype, whatever the encoding', async () => {
    const path = `/api/v1/accounts/${fake.accountId}/contacts`;
    for (const [type, body] of [
      ['application/json', '{"name":"P","__proto__":{"polluted":"yes"}}'],
      ['application/json', '{"name":"P","constructor":{"prototype":{"polluted":"yes"}}}'],
      ['application/x-www-form-urlencoded', 'name=P&__proto__[polluted]=yes'],
      ['application/x-www-form-urlencoded', 'contact[name]=P&contact[constructor][prototype][polluted]=yes'],
    ]) {
      const res = await send(fake.url, {
        operationId: 'createContact',
        kind: '-',
        role: 'admin',
        method: 'POST',
        path: `${path}?__proto__[polluted]=yes`,
        headers: { ...admin(), 'content-type': type },
        body,
      });
      expect(res.status).toBeLessThan(500);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    fake.reset();
  });

  it('keeps serving while requests are aborted half-way', async () => {
    const aborted = Array.from(
      { length: 20 },
      () =>
        new Promise<void>((resolve) => {
          const req = http.request({
            host: '127.0.0.1',
            port: fake.port,
            method: 'POST',
            path: `/api/v1/accounts/${fake.accountId}/contacts`,
            headers: { ...admin(), 'content-type': 'application/json', 'content-length': '1000' },
          });
          req.on('error', () => resolve());
          req.write('{"name":"half');
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 20);
        }),
    );
    await Promise.all(aborted);
    expect((await get(`/api/v1/accounts/${fake.accountId}/contacts`)).status).toBe(200);
    expect(fake.db.contacts.some((c) => c.name === 'half')).toBe(false);
  });
});

describe('bounded memory under hostile traffic', () => {
  it('keeps rate-limit counters for one window only, however many tokens callers invent', () => {
    const clock = new Clock(Date.parse('2026-01-15T09:00:00Z'), 'frozen');
    const limiter = new RateLimiter({ limit: 3, periodMs: 60_000 }, () => clock.peek());
    for (let i = 0; i < 5000; i++) limiter.hit(`token:random-${i}`);
    expect(limiter.size).toBe(5000);
    clock.advance(60_000);
    limiter.hit('token:next-window');
    expect(limiter.size).toBe(1);
    // Counting still works in the new window.
    limiter.hit('token:next-window');
    limiter.hit('token:next-window');
    expect(() => limiter.hit('token:next-window')).toThrow();
  });

  it('keeps the journal and the recent events bounded while thousands of requests pass', async () => {
    const small = await startFake({ webhooks: false, cable: false, journalSize: 50 });
    try {
      const path = `/api/v1/accounts/${small.accountId}/contacts`;
      for (let i = 0; i < 300; i++) {
        await send(small.url, {
          operationId: 'createContact',
          kind: '-',
          role: 'admin',
          method: 'POST',
          path,
          headers: { api_access_token: small.tokens.admin, 'content-type': 'application/json' },
          body: JSON.stringify({ name: `N${i}`, email: `n${i}@bounded.test` }),
        });
      }
      expect(small.requests()).toHaveLength(50);
      expect(small.events.recent.length).toBeLessThanOrEqual(1000);
      expect(small.db.contacts.filter((c) => c.email?.endsWith('@bounded.test'))).toHaveLength(300);
    } finally {
      await small.close();
    }
  });
});
