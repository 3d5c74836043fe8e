/**
 * `npm run bench` (`-- --json` for a JSON document instead of the table; `-- --only mix` for the
 * throughput mix alone): figures, not assertions.
 *
 * One run measures, on this machine:
 * 1. Throughput with autocannon (10 connections) of a Chatwoot-like mix — contacts page 1 and a deep
 *    page of 100k contacts, a conversation, its messages, a new message, a contact search — against
 *    the fake with response validation on and off, and against a bare Express 5 app answering the
 *    same routes with the same bodies (recorded from the fake), each server in a process of its own,
 *    in alternating rounds; the ratio fake / bare. node:http alone serving the same bodies is measured
 *    too, as a reference (the ceiling of any server on Node).
 * 2. Latency of the contacts list at page 1 and at the last page of 100k contacts (sequential).
 * 3. Cold start: startFake() in a fresh process (from dist/) with the default world and with 10k and
 *    100k generated contacts, and its first request.
 * 4. reset() after 100 changes at 10k and 100k contacts, snapshot and restore.
 * 5. RSS of a process holding 100k contacts, 50k conversations and 500k messages.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import autocannon from 'autocannon';
import { insertContact } from '../src/domain/records';
import { buildFake } from '../src/index';
import type { Store } from '../src/store';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'index.js');
const JSON_OUTPUT = process.argv.includes('--json');
/** `--only mix` runs just the throughput mix and the contacts pages (a quick A/B while profiling). */
const ONLY_MIX =
  process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'mix';
const MIX_CONTACTS = 100_000;
const PER_PAGE = 15;
const CONNECTIONS = 10;
const WARMUP_S = 1;
const ROUND_S = 4;
/**
 * Short rounds, the three servers in turn (in a rotating order): this shared machine's speed drifts
 * by tens of percent over a minute, so the fake is compared with the bare app of the same round and
 * the ratio is the median of the rounds' ratios.
 */
const ROUNDS = 5;
const COLD_REPS = 3;
const RESET_REPS = 5;
const CHURN = 100;
const ADMIN = 'acme-admin-token-0000001';
const ACCOUNT = '/api/v1/accounts/1';
const BIG_WORLD = { contacts: 100_000, conversations: 50_000, messages: 500_000 };

const log = (text: string) => {
  if (!JSON_OUTPUT) console.log(text);
};
const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : NaN);

/** A full GC between phases, so one phase's garbage does not slow the next. */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

// -------------------------------------------------------------------------------------------------
// Servers in child processes

interface Server {
  kind: string;
  port: number;
  seedMs: number;
  child: ChildProcess;
}

function startServer(kind: string, options: Record<string, unknown>): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'server.ts'), kind, JSON.stringify(options)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const { port, seedMs } = JSON.parse(line) as { port: number; seedMs: number };
        resolve({ kind, port, seedMs, child });
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server ${kind} exited with ${code}`)));
  });
}

function stopServer(server: Server): void {
  server.child.removeAllListeners('exit');
  server.child.kill();
}

function request(
  port: number,
  method: string,
  urlPath: string,
  body?: string,
): Promise<{ status: number; text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method,
        agent: keepAlive,
        headers: { api_access_token: ADMIN, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function cpuMicros(server: Server): Promise<number> {
  return (JSON.parse((await request(server.port, 'GET', '/__bench/cpu')).text) as { cpuMicros: number })
    .cpuMicros;
}

// -------------------------------------------------------------------------------------------------
// 1. Throughput of the mix

interface MixRequest {
  method: string;
  path: string;
  body?: string;
}

function mixOf(lastPage: number): MixRequest[] {
  return [
    { method: 'GET', path: `${ACCOUNT}/contacts?page=1` },
    { method: 'GET', path: `${ACCOUNT}/contacts?page=${lastPage}` },
    { method: 'GET', path: `${ACCOUNT}/conversations/1` },
    { method: 'GET', path: `${ACCOUNT}/conversations/1/messages` },
    {
      method: 'POST',
      path: `${ACCOUNT}/conversations/1/messages`,
      body: JSON.stringify({ content: 'Thanks, we are on it.', message_type: 'outgoing' }),
    },
    { method: 'GET', path: `${ACCOUNT}/contacts/search?q=mar&page=1` },
  ];
}

interface ThroughputResult {
  server: string;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  cpuMicrosPerRequest: number;
}

async function cannon(server: Server, mix: MixRequest[], seconds: number) {
  return autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
    requests: mix.map((r) => ({ method: r.method as 'GET' | 'POST', path: r.path, body: r.body })),
  });
}

async function throughput(server: Server, mix: MixRequest[], round: number): Promise<ThroughputResult> {
  await cannon(server, mix, WARMUP_S);
  const cpuBefore = await cpuMicros(server);
  const result = await cannon(server, mix, ROUND_S);
  const cpu = (await cpuMicros(server)) - cpuBefore;
  return {
    server: server.kind,
    round,
    requestsPerSecond: fixed(result.requests.average, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMicrosPerRequest: fixed(cpu / Math.max(1, result.requests.total), 0),
  };
}

/** Records each route's answer from the fake, for the bare app to serve. */
async function recordRoutes(server: Server, mix: MixRequest[]): Promise<string> {
  const routes = [];
  for (const r of mix) {
    const res = await request(server.port, r.method, r.path, r.body);
    if (res.status >= 300) throw new Error(`${r.method} ${r.path} answered ${res.status}: ${res.text}`);
    routes.push({
      method: r.method,
      path: r.path,
      status: res.status,
      body: res.text,
      bytes: res.text.length,
    });
  }
  const file = path.join(os.tmpdir(), `chatwoot-fake-bench-routes-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(routes));
  return file;
}

// -------------------------------------------------------------------------------------------------
// 2. Deep page latency

async function sequentialMedian(port: number, urlPath: string, samples: number): Promise<number> {
  for (let i = 0; i < 20; i++) await request(port, 'GET', urlPath);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push((await request(port, 'GET', urlPath)).ms);
  return median(times);
}

// -------------------------------------------------------------------------------------------------
// 3. Cold start

interface ColdStart {
  world: string;
  requireMs: number;
  startMs: number;
  totalMs: number;
  firstRequestMs: number;
}

function coldStart(world: string, options: Record<string, unknown>): ColdStart {
  const script = `
    const t0 = performance.now();
    const { startFake } = require(${JSON.stringify(DIST)});
    const t1 = performance.now();
    startFake({ port: 0, ...${JSON.stringify(options)} }).then(async (fake) => {
      const t2 = performance.now();
      const res = await fetch(fake.url + '/api/v1/accounts/1/contacts', { headers: { api_access_token: fake.tokens.admin } });
      await res.text();
      const t3 = performance.now();
      await fake.close();
      console.log(JSON.stringify({ requireMs: t1 - t0, startMs: t2 - t1, firstRequestMs: t3 - t2 }));
    });`;
  const runs: Omit<ColdStart, 'world' | 'totalMs'>[] = [];
  for (let i = 0; i < COLD_REPS; i++) {
    const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const requireMs = median(runs.map((r) => r.requireMs));
  const startMs = median(runs.map((r) => r.startMs));
  return {
    world,
    requireMs: fixed(requireMs, 0),
    startMs: fixed(startMs, 0),
    totalMs: fixed(median(runs.map((r) => r.requireMs + r.startMs)), 0),
    firstRequestMs: fixed(median(runs.map((r) => r.firstRequestMs)), 0),
  };
}

// -------------------------------------------------------------------------------------------------
// 4. Reset

/** `changes` writes (updates, inserts, a few deletes) to contacts and conversations, as a test makes. */
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

interface ResetResult {
  contacts: number;
  rows: number;
  resetMs: number;
  resetMaxMs: number;
  snapshotMs: number;
  restoreMs: number;
}

async function resets(contacts: number): Promise<ResetResult> {
  gc();
  const fake = await buildFake({ contacts, webhooks: false });
  const timed = (fn: () => void) => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const resetTimes: number[] = [];
  const snapshotTimes: number[] = [];
  const restoreTimes: number[] = [];
  for (let i = 0; i < RESET_REPS; i++) {
    churn(fake.store, fake.accountId, CHURN);
    resetTimes.push(timed(() => void fake.reset()));
    let snapshot!: ReturnType<Store['snapshot']>;
    snapshotTimes.push(timed(() => (snapshot = fake.store.snapshot())));
    churn(fake.store, fake.accountId, CHURN);
    restoreTimes.push(timed(() => fake.store.restore(snapshot)));
    fake.reset();
  }
  const rows = Object.values(fake.store.tables).reduce((sum, t) => sum + t.size, 0);
  return {
    contacts,
    rows,
    resetMs: fixed(median(resetTimes), 2),
    resetMaxMs: fixed(Math.max(...resetTimes), 2),
    snapshotMs: fixed(median(snapshotTimes), 1),
    restoreMs: fixed(median(restoreTimes), 1),
  };
}

// -------------------------------------------------------------------------------------------------
// 5. Memory of a big world

interface MemoryResult {
  contacts: number;
  conversations: number;
  messages: number;
  buildMs: number;
  rssMb: number;
  heapUsedMb: number;
}

function bigWorldMemory(): MemoryResult {
  const script = `
    const { buildFake } = require(${JSON.stringify(DIST)});
    const t = performance.now();
    buildFake({ ...${JSON.stringify(BIG_WORLD)}, webhooks: false }).then((fake) => {
      const buildMs = performance.now() - t;
      global.gc(); global.gc();
      const m = process.memoryUsage();
      const t_ = fake.store.tables;
      console.log(JSON.stringify({ contacts: t_.contacts.size, conversations: t_.conversations.size,
        messages: t_.messages.size, buildMs, rssMb: m.rss / 1048576, heapUsedMb: m.heapUsed / 1048576 }));
      process.exit(0);
    });`;
  const out = execFileSync(process.execPath, ['--expose-gc', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out.trim().split('\n').pop()!) as MemoryResult;
  return { ...r, buildMs: fixed(r.buildMs, 0), rssMb: fixed(r.rssMb, 0), heapUsedMb: fixed(r.heapUsedMb, 0) };
}

// -------------------------------------------------------------------------------------------------

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const all = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

function mixTable(rows: (ThroughputResult & { ratioToBare: number; ratioRange: number[] })[]): string {
  const names: Record<string, string> = {
    bare: 'bare Express 5',
    fake: 'fake, validation on',
    'fake-novalidate': 'fake, validation off',
    raw: 'node:http alone (reference)',
  };
  return table(
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', '× bare', 'range'],
    rows.map((r) => [
      names[r.server] ?? r.server,
      r.requestsPerSecond,
      r.p50,
      r.p99,
      r.cpuMicrosPerRequest,
      r.ratioToBare,
      r.ratioRange.join('–'),
    ]),
  );
}

function goal(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

async function main(): Promise<void> {
  const began = performance.now();
  if (!fs.existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` (npm run bench does)');
  const cpu = os.cpus();
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? '',
    memoryGb: fixed(os.totalmem() / 2 ** 30, 1),
    loadAverage: os.loadavg().map((x) => fixed(x, 2)),
  };
  log(
    `chatwoot-fake bench — ${machine.date}, node ${machine.node}, ${machine.cpus} cpus (${machine.cpuModel}), ` +
      `${machine.memoryGb} GB, load ${machine.loadAverage.join(' ')}`,
  );

  // 1–2. Throughput and deep page, the three servers side by side.
  log(`\nstarting servers (fake with ${MIX_CONTACTS / 1000}k contacts ×2, bare Express)…`);
  const lastPage = Math.ceil((MIX_CONTACTS + 11) / PER_PAGE); // + the default world's contacts
  const mix = mixOf(lastPage);
  const [fakeOn, fakeOff] = await Promise.all([
    startServer('fake', { contacts: MIX_CONTACTS }),
    startServer('fake-novalidate', { contacts: MIX_CONTACTS }),
  ]);
  const routesFile = await recordRoutes(fakeOn, mix);
  const bare = await startServer('bare', { routes: routesFile });
  const raw = await startServer('raw', { routes: routesFile });
  const pageOneMs = await sequentialMedian(fakeOn.port, mix[0].path, 300);
  const deepPageMs = await sequentialMedian(fakeOn.port, mix[1].path, 300);
  const results: ThroughputResult[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const servers = [bare, fakeOn, fakeOff, raw];
    for (const server of [...servers.slice(round % 4), ...servers.slice(0, round % 4)]) {
      const r = await throughput(server, mix, round);
      results.push(r);
      log(
        `  round ${round} ${server.kind.padEnd(15)} ${String(r.requestsPerSecond).padStart(6)} req/s` +
          `  p50 ${r.p50} ms  p99 ${r.p99} ms  ${r.cpuMicrosPerRequest} µs CPU/req` +
          (r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''),
      );
    }
  }
  for (const s of [fakeOn, fakeOff, bare, raw]) stopServer(s);
  fs.rmSync(routesFile, { force: true });
  const roundsOf = (kind: string) => results.filter((r) => r.server === kind);
  const summary = (kind: string) => {
    const rounds = roundsOf(kind);
    // The round with the median throughput stands for the server (its latencies and CPU too).
    const middle = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[rounds.length >> 1];
    const ratios = rounds.map(
      (r) => r.requestsPerSecond / roundsOf('bare').find((b) => b.round === r.round)!.requestsPerSecond,
    );
    return {
      ...middle,
      ratioToBare: fixed(median(ratios), 2),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)].map((x) => fixed(x, 2)),
    };
  };
  const mixSummary = [summary('bare'), summary('fake'), summary('fake-novalidate'), summary('raw')];
  if (ONLY_MIX) {
    log('\n' + mixTable(mixSummary));
    log(`page 1 ${fixed(pageOneMs, 2)} ms, page ${lastPage} ${fixed(deepPageMs, 2)} ms`);
    return;
  }

  // 3. Cold starts.
  log('\ncold starts (fresh processes)…');
  const colds = [
    coldStart('default world', {}),
    coldStart('+10k contacts', { contacts: 10_000 }),
    coldStart('+100k contacts', { contacts: 100_000 }),
  ];

  // 4. Resets.
  log('resets…');
  const resetResults = [await resets(10_000), await resets(100_000)];

  // 5. Memory.
  log('big world memory…');
  const memory = bigWorldMemory();

  const [on, off] = [mixSummary[1], mixSummary[2]];
  const cold10k = colds[1];
  const goals = {
    throughputValidationOn: { goal: '≥ 0.85 × bare', value: on.ratioToBare, met: on.ratioToBare >= 0.85 },
    throughputValidationOff: { goal: '≥ 0.95 × bare', value: off.ratioToBare, met: off.ratioToBare >= 0.95 },
    startup10k: { goal: '< 500 ms', value: cold10k.totalMs, met: cold10k.totalMs < 500 },
    reset10k: { goal: '< 5 ms', value: resetResults[0].resetMs, met: resetResults[0].resetMs < 5 },
    deepPage: {
      goal: '≤ 2 × page 1',
      value: fixed(deepPageMs / pageOneMs, 2),
      met: deepPageMs <= 2 * pageOneMs,
    },
    rss: { goal: '< 300 MB', value: memory.rssMb, met: memory.rssMb < 300 },
  };
  const totalS = fixed((performance.now() - began) / 1000, 1);

  if (JSON_OUTPUT) {
    console.log(
      JSON.stringify(
        {
          machine,
          mix: { connections: CONNECTIONS, roundSeconds: ROUND_S, rounds: ROUNDS, requests: mix, results },
          throughput: mixSummary,
          contactsList: { pageOneMs: fixed(pageOneMs, 2), deepPageMs: fixed(deepPageMs, 2), lastPage },
          coldStart: colds,
          reset: resetResults,
          memory,
          goals,
          totalSeconds: totalS,
        },
        null,
        2,
      ),
    );
    return;
  }

  log(
    `\nThroughput: autocannon -c ${CONNECTIONS}, ${ROUND_S} s × ${ROUNDS} rounds (the median round shown; ` +
      '× bare: the median of the rounds’ ratios, and their range), mix of:',
  );
  for (const r of mix) log(`  ${r.method} ${r.path}`);
  log('\n' + mixTable(mixSummary));
  log(
    `\nContacts list at ${MIX_CONTACTS / 1000}k contacts (sequential, median of 300): page 1 ${fixed(pageOneMs, 2)} ms, ` +
      `page ${lastPage} ${fixed(deepPageMs, 2)} ms`,
  );
  log(
    '\n' +
      table(
        ['cold start (fresh process)', 'require ms', 'startFake ms', 'total ms', 'first request ms'],
        colds.map((c) => [c.world, c.requireMs, c.startMs, c.totalMs, c.firstRequestMs]),
      ),
  );
  log(
    '\n' +
      table(
        ['reset (after 100 changes)', 'rows', 'reset ms', 'max ms', 'snapshot ms', 'restore ms'],
        resetResults.map((r) => [
          `${r.contacts / 1000}k contacts`,
          r.rows,
          r.resetMs,
          r.resetMaxMs,
          r.snapshotMs,
          r.restoreMs,
        ]),
      ),
  );
  log(
    `\nMemory: ${memory.contacts} contacts, ${memory.conversations} conversations, ${memory.messages} messages ` +
      `built in ${memory.buildMs} ms; RSS ${memory.rssMb} MB (heap ${memory.heapUsedMb} MB)`,
  );
  log(
    '\n' +
      table(
        ['goal', 'target', 'measured', ''],
        Object.entries(goals).map(([name, g]) => [name, g.goal, String(g.value), goal(g.met)]),
      ),
  );
  log(`\ntotal ${totalS} s`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => keepAlive.destroy());
