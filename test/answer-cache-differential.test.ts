/**
 * The answer cache (src/http/answer-cache.ts) must never change an answer: two fakes built from the
 * same seed, one with `cacheAnswers: true` and one with `cacheAnswers: false`, get the same random
 * operation sequences and must answer byte for byte alike (status, headers other than Date and
 * Connection, body bytes).
 *
 * A sequence starts from the seeded world (reset), picks a few operations (a GET, to be answered again,
 * and operations near it in the spec, whose writes change what it reads), then takes STEPS steps: a
 * request built by the spec fuzzer (test/support/fuzzer.ts: mostly valid, some malformed, various
 * callers), an earlier GET sent again (40%: the cache's hits), or the clock advanced (answers that
 * read it). Both fakes get the same Host, so answers naming the fake's origin agree.
 *
 * Size: 2000 sequences of 6 steps: ~11,400 requests per fake, ~3,100 GETs sent again of which the
 * cache served ~2,900; 17–21 s on this shared 2-core machine (each request costs the two fakes ~1.6
 * ms), inside the ~20–30 s a file may take in `npm test`. "Thousands of sequences" buys breadth (many
 * operation groups and callers); longer runs (DIFF_SEQUENCES=1000 DIFF_STEPS=14, ~13,300 requests;
 * DIFF_SEED for other seeds) found no difference either.
 */
import { AnswerCache } from '../src/http/answer-cache';
import { startFake, type RunningFake } from '../src/index';
import { loadSpec, operationsOf } from '../src/spec';
import {
  CASE_KINDS,
  Rng,
  buildCase,
  operationInfo,
  send,
  worldOf,
  type CaseKind,
  type FuzzRequest,
  type FuzzResponse,
  type OperationInfo,
  type World,
} from './support/fuzzer';

const SEQUENCES = Number(process.env.DIFF_SEQUENCES ?? 2000);
const SEED = Number(process.env.DIFF_SEED ?? 20260115);
const STEPS = Number(process.env.DIFF_STEPS ?? 6);
const CHUNKS = 4;

/** Headers that differ between two servers whatever they answer. */
const IGNORED_HEADERS = new Set(['date', 'connection', 'keep-alive']);

let cached: RunningFake;
let uncached: RunningFake;
let infos: OperationInfo[] = [];
let gets: OperationInfo[] = [];
/** One world for every sequence: the fuzzer keeps its value generators per world. */
let world: World;
let hits = 0;
let requests = 0;

/** Answers the cache served: the test means something only if there are many. */
let served = 0;
const lookup = AnswerCache.prototype.lookup;
jest.spyOn(AnswerCache.prototype, 'lookup').mockImplementation(function (this: AnswerCache, ...args) {
  const answer = lookup.apply(this, args);
  if (answer) served++;
  return answer;
});

beforeAll(async () => {
  const options = {
    seed: 7,
    webhooks: false,
    cable: false,
    journalSize: 0,
    validateResponses: true,
  } as const;
  [cached, uncached] = await Promise.all([
    startFake({ ...options, cacheAnswers: true }),
    startFake({ ...options, cacheAnswers: false }),
  ]);
  const spec = await loadSpec();
  infos = operationsOf(spec)
    .sort((a, b) => (a.operationId < b.operationId ? -1 : 1))
    .map((op) => operationInfo(spec, op));
  gets = infos.filter((i) => i.op.method === 'get');
  world = worldOf(uncached);
});

afterAll(async () => {
  await Promise.all([cached?.close(), uncached?.close()]);
  console.log(
    `answer cache differential: ${requests} requests per fake, ${hits} GETs sent again, ${served} answers served by the cache`,
  );
});

/** A GET and a few operations on nearby paths (same first segments), so writes touch what it reads. */
function pickOperations(rng: Rng): OperationInfo[] {
  const get = rng.pick(gets);
  const prefix = get.op.path
    .split('/')
    .slice(0, rng.chance(0.5) ? 5 : 6)
    .join('/');
  const near = infos.filter((i) => i !== get && i.op.path.startsWith(prefix));
  const picked = [get];
  for (let k = rng.int(1, 3); k > 0 && near.length; k--) picked.push(rng.pick(near));
  if (rng.chance(0.3)) picked.push(rng.pick(infos)); // something unrelated
  if (rng.chance(0.5)) picked.push(rng.pick(gets));
  return picked;
}

function describeRequest(req: FuzzRequest): string {
  const body = req.body === undefined ? '' : ` ${String(req.body).slice(0, 200)}`;
  return `${req.method} ${req.path.slice(0, 200)} (${req.operationId}, ${req.kind}, ${req.role})${body}`;
}

function comparable(res: FuzzResponse): { status: number; headers: Record<string, unknown>; text: string } {
  const headers = Object.fromEntries(Object.entries(res.headers).filter(([k]) => !IGNORED_HEADERS.has(k)));
  return { status: res.status, headers, text: res.text };
}

async function runSequence(seed: number): Promise<void> {
  const rng = new Rng(seed);
  cached.reset();
  uncached.reset();
  const ops = pickOperations(rng);
  const sentGets: FuzzRequest[] = [];
  const log: string[] = [];
  for (let step = 0; step < STEPS; step++) {
    if (rng.chance(0.05)) {
      // Answers that read the clock must not be served once it moved.
      const by = rng.pick(['1s', '1m', '1h', '1d']);
      cached.clock.advance(by);
      uncached.clock.advance(by);
      log.push(`clock +${by}`);
      continue;
    }
    let req: FuzzRequest;
    if (sentGets.length && rng.chance(0.4)) {
      req = rng.pick(sentGets);
      hits++;
    } else {
      const info = rng.pick(ops);
      const kind: CaseKind = rng.chance(0.75) ? 'valid' : rng.pick(CASE_KINDS);
      req = buildCase(info, kind, world, new Rng(rng.int(0, 2 ** 31)));
      if (req.method === 'GET') sentGets.push(req);
    }
    requests++;
    log.push(describeRequest(req));
    // One Host for both: answers that name the fake's origin (file URLs, login links) then agree.
    const sent = { ...req, headers: { host: 'chatwoot.test', ...req.headers } };
    const [a, b] = await Promise.all([send(cached.url, sent), send(uncached.url, sent)]);
    const got = comparable(a);
    const want = comparable(b);
    if (got.status !== want.status || got.text !== want.text || !sameHeaders(got.headers, want.headers)) {
      throw new Error(
        `sequence ${seed}: the cached fake answered differently at step ${step}\n` +
          `requests:\n  ${log.join('\n  ')}\n` +
          `with the cache:    ${JSON.stringify(got).slice(0, 1500)}\n` +
          `without the cache: ${JSON.stringify(want).slice(0, 1500)}`,
      );
    }
  }
}

function sameHeaders(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))
  );
}

describe('answers with and without the answer cache', () => {
  it.each(Array.from({ length: CHUNKS }, (_, i) => i))(
    'are byte for byte the same (part %i)',
    async (chunk) => {
      const per = Math.ceil(SEQUENCES / CHUNKS);
      for (let i = chunk * per; i < Math.min(SEQUENCES, (chunk + 1) * per); i++) await runSequence(SEED + i);
    },
    120_000,
  );

  it('served many answers from the cache', () => {
    expect(served).toBeGreaterThan(SEQUENCES / 4);
  });
});
