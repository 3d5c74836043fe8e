/**
 * `npm run bench`: figures, not assertions.
 *
 * Builds the default world plus 100k faker contacts, serves it on a free port in-process, and
 * measures sequential request latency (keep-alive, one request at a time) for a few list
 * endpoints with response validation on and off, plus the cost of snapshot and reset.
 * Each endpoint runs until it has MAX_SAMPLES samples or has spent MAX_MS, whichever comes first,
 * so a slow endpoint cannot blow the time budget (~1 minute in all on 2 cores).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildFake } from '../src/index';
import { loadSpec } from '../src/spec';

const CONTACTS = 100_000;
const WARMUP = 20;
const MIN_SAMPLES = 20;
const MAX_SAMPLES = 500;
const MAX_MS = 4_000;
const RESET_REPS = 3;

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

function measureSnapshot(fake: Fake): void {
  const snapshots: number[] = [];
  const resets: number[] = [];
  for (let i = 0; i < RESET_REPS; i++) {
    snapshots.push(timed(() => fake.store.snapshot())[1]);
    resets.push(timed(() => fake.reset())[1]);
  }
  snapshots.sort((a, b) => a - b);
  resets.sort((a, b) => a - b);
  const rowsIn = Object.values(fake.store.tables).reduce((sum, t) => sum + t.size, 0);
  rows.push({
    what: 'store.snapshot()',
    mode: '',
    n: RESET_REPS,
    median: ms(percentile(snapshots, 50)),
    p95: ms(snapshots[snapshots.length - 1]) + ' (max)',
    note: `${rowsIn} rows`,
  });
  rows.push({
    what: 'fake.reset() (restore)',
    mode: '',
    n: RESET_REPS,
    median: ms(percentile(resets, 50)),
    p95: ms(resets[resets.length - 1]) + ' (max)',
    note: `${rowsIn} rows`,
  });
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

  let fake: Fake | undefined = await build(true);
  await measureLatency(fake, 'validation on');
  measureSnapshot(fake);
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
