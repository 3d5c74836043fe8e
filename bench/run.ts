/**
 * `npm run bench`: figures, not assertions.
 *
 * Builds the default world plus 100k faker contacts, serves it on a free port in-process, and
 * measures sequential request latency (keep-alive, one request at a time) for a few list
 * endpoints with response validation on and off, plus the cost of snapshot, restore and reset (at 10k
 * and 100k contacts, after 100 changes) and of a cold startFake() in a fresh process.
 * Each endpoint runs until it has MAX_SAMPLES samples or has spent MAX_MS, whichever comes first,
 * so a slow endpoint cannot blow the time budget (~1 minute in all on 2 cores).
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import vm from 'node:vm';
import { insertContact } from '../src/domain/records';
import { readWorld, seedWorld } from '../src/fixtures';
import { buildFake, startFake } from '../src/index';
import { Store } from '../src/store';
import { loadSpec } from '../src/spec';

const CONTACTS = 100_000;
const WARMUP = 20;
const MIN_SAMPLES = 20;
const MAX_SAMPLES = 500;
const MAX_MS = 4_000;
const RESET_REPS = 5;
/** Writes between a checkpoint and the reset measured. */
const CHURN = 100;
const COLD_REPS = 3;

const ENDPOINTS: { label: string; path: string; items: (body: any) => number | undefined }[] = [
  {
    label: 'GET /agents (baseline)',
    path: '/api/v1/accounts/1/agents',
    items: (b) => (Array.isArray(b) ? b.length : undefined),
  },
  {
    label: 'GET /contacts?page=1',
    path: '/api/v1/accounts/1/contacts?page=1',
    items: (b) => b?.payload?.length,
  },
  {
    label: 'GET /contacts?page=4000',
    path: '/api/v1/accounts/1/contacts?page=4000',
    items: (b) => b?.payload?.length,
  },
  {
    label: 'GET /conversations',
    path: '/api/v1/accounts/1/conversations',
    items: (b) => b?.data?.payload?.length,
  },
];

type Fake = Awaited<ReturnType<typeof buildFake>>;

interface Row {
  what: string;
  mode: string;
  n: number | string;
  median: string;
  p95: string;
  note: string;
}

const rows: Row[] = [];
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

/** A full GC between phases, so one world's garbage does not slow the next phase down. */
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as (() => void) | undefined;
function gc(): void {
  collect?.();
}

/** One GET over a keep-alive agent; resolves with status, parsed body and elapsed ms. */
function get(
  agent: http.Agent,
  port: number,
  path: string,
  token: string,
): Promise<{ status: number; body: unknown; ms: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'GET', agent, headers: { api_access_token: token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const elapsed = performance.now() - t;
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body, ms: elapsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function listen(fake: Fake): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(fake.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.address() as AddressInfo).port };
}

async function measureLatency(fake: Fake, mode: string): Promise<void> {
  const { server, port } = await listen(fake);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const endpoint of ENDPOINTS) {
      const first = await get(agent, port, endpoint.path, fake.tokens.admin);
      if (first.status !== 200) {
        const error = (first.body as { error?: string })?.error ?? '';
        rows.push({
          what: endpoint.label,
          mode,
          n: '-',
          median: '-',
          p95: '-',
          note: `status ${first.status} ${error}`.trim(),
        });
        continue;
      }
      // Warm up, but never for more than a quarter of the budget (a slow endpoint would eat it).
      const warmStart = performance.now();
      for (let i = 1; i < WARMUP && performance.now() - warmStart < MAX_MS / 4; i++) {
        await get(agent, port, endpoint.path, fake.tokens.admin);
      }
      const samples: number[] = [];
      let last = first;
      const start = performance.now();
      while (
        samples.length < MIN_SAMPLES ||
        (samples.length < MAX_SAMPLES && performance.now() - start < MAX_MS)
      ) {
        last = await get(agent, port, endpoint.path, fake.tokens.admin);
        samples.push(last.ms);
        if (performance.now() - start > MAX_MS * 5) break; // pathological: stop even below MIN_SAMPLES
      }
      samples.sort((a, b) => a - b);
      const items = endpoint.items(last.body);
      rows.push({
        what: endpoint.label,
        mode,
        n: samples.length,
        median: ms(percentile(samples, 50)),
        p95: ms(percentile(samples, 95)),
        note: `${items ?? '?'} items, ${(JSON.stringify(last.body).length / 1024).toFixed(1)} KB`,
      });
    }
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function build(validateResponses: boolean): Promise<Fake> {
  gc();
  const t = performance.now();
  const fake = await buildFake({ contacts: CONTACTS, validateResponses });
  const elapsed = performance.now() - t;
  rows.push({
    what: `buildFake (seed ${CONTACTS / 1000}k contacts)`,
    mode: validateResponses ? 'validation on' : 'validation off',
    n: 1,
    median: ms(elapsed),
    p95: '',
    note: `${fake.store.tables.contacts.size} contacts; incl. the seeded snapshot`,
  });
  return fake;
}

/** `changes` writes (updates, inserts, a few deletes) to contacts and conversations, as a test would make. */
function churn(store: Store, accountId: number, changes: number): void {
  const { contacts, conversations } = store.tables;
  const ids = contacts
    .where('account', accountId)
    .slice(0, changes)
    .map((c) => c.id);
  for (let i = 0; i < changes; i++) {
    const id = ids[i % ids.length];
    if (i % 10 === 9 && contacts.get(id)) contacts.delete(id);
    else if (i % 10 === 8) insertContact(store, { account_id: accountId, name: `Churn ${i}` });
    else if (contacts.get(id)) contacts.update(id, { name: `Changed ${i}` });
  }
  const conversation = conversations.where('account', accountId)[0];
  if (conversation) conversations.update(conversation.id, { status: 'resolved' });
}

function median(samples: number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

function timingRow(what: string, samples: number[], note: string): void {
  rows.push({
    what,
    mode: '',
    n: samples.length,
    median: ms(median(samples)),
    p95: ms(Math.max(...samples)) + ' (max)',
    note,
  });
}

/**
 * Snapshot, restore and reset (undo-log rollback to the seeded checkpoint) after CHURN changes, on a
 * store of `contacts` seeded contacts; `reset` is the fake's full reset when a fake is given.
 */
function measureSnapshot(label: string, store: Store, accountId: number, reset: () => void): void {
  const snapshots: number[] = [];
  const restores: number[] = [];
  const resets: number[] = [];
  const accountResets: number[] = [];
  for (let i = 0; i < RESET_REPS; i++) {
    const [snapshot, snapshotMs] = timed(() => store.snapshot());
    snapshots.push(snapshotMs);
    churn(store, accountId, CHURN);
    restores.push(timed(() => store.restore(snapshot))[1]);
    churn(store, accountId, CHURN);
    resets.push(timed(reset)[1]);
    churn(store, accountId, CHURN);
    accountResets.push(timed(() => store.resetAccount(accountId))[1]);
    reset();
  }
  const rowsIn = Object.values(store.tables).reduce((sum, t) => sum + t.size, 0);
  timingRow(`store.snapshot() ${label}`, snapshots, `${rowsIn} rows`);
  timingRow(`store.restore() ${label}`, restores, `after ${CHURN} changes`);
  timingRow(`reset() ${label}`, resets, `after ${CHURN} changes (rollback)`);
  timingRow(`store.resetAccount() ${label}`, accountResets, `after ${CHURN} changes`);
}

/** A store with the default world plus `contacts` generated contacts, its reset a rollback. */
function measureStore(contacts: number): void {
  gc();
  const store = new Store();
  const seeded = seedWorld(store, readWorld(), { contacts });
  const mark = store.checkpoint();
  measureSnapshot(`(${contacts / 1000}k contacts)`, store, seeded.accountId, () => store.rollback(mark));
}

/** startFake() in a fresh process (spec loading included), then close(). */
function measureColdStart(): void {
  const script = `
    const t0 = performance.now();
    const { startFake } = require('./src/index');
    const t1 = performance.now();
    startFake({ port: 0 }).then(async (fake) => {
      const t2 = performance.now();
      await fake.close();
      console.log(JSON.stringify({ load: t1 - t0, start: t2 - t1 }));
    });`;
  const starts: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < COLD_REPS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
    });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    starts.push(result.start);
    loads.push(result.load);
  }
  timingRow(
    'startFake() cold',
    starts,
    `fresh process; + ${ms(median(loads))} ms to import the package (tsx)`,
  );
}

/**
 * The harness in-process (spec already loaded): startFake(), its first request (which compiles the
 * spec's validators for that app) and a second one, with the journal on.
 */
async function measureHarness(): Promise<void> {
  const starts: number[] = [];
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (let i = 0; i < COLD_REPS; i++) {
    let t = performance.now();
    const fake = await startFake();
    starts.push(performance.now() - t);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    t = performance.now();
    await get(agent, fake.port, '/api/v1/accounts/1/contacts', fake.tokens.admin);
    firsts.push(performance.now() - t);
    t = performance.now();
    await get(agent, fake.port, '/api/v1/accounts/1/contacts', fake.tokens.admin);
    seconds.push(performance.now() - t);
    agent.destroy();
    await fake.close();
  }
  timingRow('startFake() warm', starts, 'spec already loaded in this process');
  timingRow('  its first request', firsts, 'GET /contacts: compiles the validators of this app');
  timingRow('  its second request', seconds, 'GET /contacts, journal on');
}

function printTable(): void {
  const header: Row = {
    what: 'measure',
    mode: 'mode',
    n: 'n',
    median: 'median ms',
    p95: 'p95 ms',
    note: 'note',
  };
  const all = [header, ...rows];
  const keys: (keyof Row)[] = ['what', 'mode', 'n', 'median', 'p95', 'note'];
  const width = (k: keyof Row) => Math.max(...all.map((r) => String(r[k]).length));
  const widths = keys.map(width);
  const line = (r: Row) =>
    keys
      .map((k, i) => {
        const v = String(r[k]);
        return k === 'n' || k === 'median' || k === 'p95' ? v.padStart(widths[i]) : v.padEnd(widths[i]);
      })
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const began = performance.now();
  console.log(
    `chatwoot-fake bench — node ${process.version}, ${os.cpus().length} cpus, ${os.cpus()[0]?.model ?? ''}`.trim(),
  );
  console.log(
    `sequential keep-alive requests on 127.0.0.1; per endpoint up to ${MAX_SAMPLES} samples or ${MAX_MS / 1000} s after ${WARMUP} warm-up\n`,
  );

  const [, specMs] = await (async () => {
    const t = performance.now();
    await loadSpec();
    return [undefined, performance.now() - t] as const;
  })();
  rows.push({ what: 'load spec (once per process)', mode: '', n: 1, median: ms(specMs), p95: '', note: '' });
  measureColdStart();
  await measureHarness();
  measureStore(10_000);

  let fake: Fake | undefined = await build(true);
  await measureLatency(fake, 'validation on');
  const first = fake;
  measureSnapshot(`(${CONTACTS / 1000}k contacts)`, first.store, first.accountId, () => first.reset());
  fake = undefined; // let the first world go before seeding the second
  gc();

  fake = await build(false);
  await measureLatency(fake, 'validation off');
  fake = undefined;

  printTable();
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`\ntotal ${((performance.now() - began) / 1000).toFixed(1)} s, heap now ${heap.toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
