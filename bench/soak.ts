/**
 * `npm run soak` (`-- --seconds 10` for a short run, `-- --json` for a JSON document): the fake, in a
 * process of its own (bench/soak-fake.ts), under what made it grow without bound before — for
 * `--seconds` (default 60) of mixed writes (messages, contacts, conversation status changes) by 4
 * concurrent clients, with
 * - a blackhole webhook: a loopback server that accepts connections and never answers, subscribed to
 *   every event (each delivery waits out the 5 s timeout, so deliveries queue up);
 * - the default world's webhook (127.0.0.1:9, refused) and agent bot, as a plain `npm start` has them;
 * - a /cable subscribe flood: one websocket, a Public API contact (no credentials), 20,000 subscribe
 *   frames with distinct identifiers; and an agent subscribed to the account, receiving the broadcasts.
 * Prints the fake's RSS at the start and the end (and its peak), the worst event-loop delay
 * (perf_hooks monitorEventLoopDelay) and the bounded queues. Figures, not assertions:
 * test/soak.test.ts runs a short one and asserts the counts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import type { FakeOptions } from '../src/index';
import { WEBHOOK_EVENTS } from '../src/domain/webhooks';
import type { SoakStats } from './soak-fake';

export interface SoakOptions {
  /** How long the writes go on (default 60). */
  seconds?: number;
  /** Subscribe frames the flooding websocket sends (default 20,000). */
  subscribeFlood?: number;
  /** Concurrent writing clients (default 4). */
  writers?: number;
  /** startFake options of the fake under soak (JSON only). */
  fake?: FakeOptions;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface SoakReport {
  seconds: number;
  writes: number;
  writesPerSecond: number;
  failedWrites: number;
  start: SoakStats;
  end: SoakStats;
  blackhole: { url: string; connections: number; queue?: SoakStats['queues'][number] };
  cable: {
    subscribeFrames: number;
    confirmed: number;
    rejected: number;
    /** From the first subscribe frame sent to the answer to the last (ms). */
    floodMs: number | null;
    /** Broadcasts the agent's subscription received during the writes. */
    agentBroadcasts: number;
  };
  /** Lines the fake wrote to stderr (its warnings). */
  warnings: string[];
}

const ADMIN = 'acme-admin-token-0000001';
const API_INBOX = 'acmeApiInbox00000000001';

/** A loopback server that accepts every connection and never answers. */
async function blackhole() {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.resume(); // read and forget, so the sender's writes never block
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/blackhole`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The fake's process; `ask` sends a command and resolves with the next answer carrying `key`. */
function fakeProcess(options: FakeOptions) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'soak-fake.ts'), JSON.stringify(options)],
    { cwd: path.resolve(__dirname, '..'), stdio: ['ignore', 'inherit', 'pipe', 'ipc'] },
  );
  const warnings: string[] = [];
  let partial = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    warnings.push(...lines.filter(Boolean));
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: any) => {
        if (message && typeof message === 'object' && key in message) {
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message[key]);
        } else if (message === key) {
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message);
        }
      };
      const onExit = (code: number | null) =>
        reject(new Error(`the fake's process exited (${code}): ${warnings.join('\n')}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return {
    child,
    warnings,
    url: next<string>('url'),
    stats: () => {
      const answer = next<SoakStats>('stats');
      child.send('stats');
      return answer;
    },
    resetLag: () => {
      const answer = next('lag-reset');
      child.send('reset-lag');
      return answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send('close');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

export async function soak(options: SoakOptions = {}): Promise<SoakReport> {
  const seconds = options.seconds ?? 60;
  const floodFrames = options.subscribeFlood ?? 20_000;
  const log = options.log ?? (() => undefined);
  const hole = await blackhole();
  const fake = fakeProcess(options.fake ?? {});
  const sockets: WebSocket[] = [];
  try {
    const base = await fake.url;
    const call = async (method: string, p: string, body?: unknown, token: string | null = ADMIN) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.api_access_token = token;
      const res = await fetch(`${base}${p}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    };

    // Set up: the blackhole webhook, the conversations to write to, an agent listening on /cable.
    const hook = await call('POST', '/api/v1/accounts/1/webhooks', {
      url: hole.url,
      subscriptions: [...WEBHOOK_EVENTS],
    });
    if (hook.status !== 200) throw new Error(`webhook: ${hook.status} ${JSON.stringify(hook.body)}`);
    const listed = await call('GET', '/api/v1/accounts/1/conversations?status=all');
    const conversations: number[] = listed.body.data.payload.map((c: { id: number }) => c.id);
    const profile = (await call('GET', '/api/v1/profile')).body;
    const cableUrl = `${base.replace(/^http/, 'ws')}/cable`;
    const open = async () => {
      const ws = new WebSocket(cableUrl, ['actioncable-v1-json']);
      sockets.push(ws);
      ws.on('error', () => undefined);
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      return ws;
    };
    let agentBroadcasts = 0;
    const agent = await open();
    agent.on('message', (raw) => {
      if (raw.toString().includes('"message":{"event"')) agentBroadcasts++;
    });
    agent.send(
      JSON.stringify({
        command: 'subscribe',
        identifier: JSON.stringify({
          channel: 'RoomChannel',
          pubsub_token: profile.pubsub_token,
          account_id: 1,
          user_id: profile.id,
        }),
      }),
    );

    // One write of each kind first: an operation's validators are compiled on its first request.
    await call('POST', `/api/v1/accounts/1/conversations/${conversations[0]}/messages`, { content: 'warm' });
    await call('POST', '/api/v1/accounts/1/contacts', { name: 'Warm Up' });
    await call('POST', `/api/v1/accounts/1/conversations/${conversations[0]}/toggle_status`, {
      status: 'open',
    });
    const start = await fake.stats();
    await fake.resetLag();
    log(
      `fake ${base}: RSS ${start.rssMb} MB at start; ${seconds} s of writes, ${floodFrames} subscribe frames`,
    );

    // The subscribe flood, alongside the writes.
    const contact = await call(
      'POST',
      `/public/api/v1/inboxes/${API_INBOX}/contacts`,
      { name: 'Flood' },
      null,
    );
    const flooder = await open();
    const identifier = (n: number) =>
      JSON.stringify({ channel: 'RoomChannel', pubsub_token: contact.body.pubsub_token, n });
    const last = identifier(floodFrames - 1);
    let confirmed = 0;
    let rejected = 0;
    const floodStarted = performance.now();
    const flooded = new Promise<number | null>((resolve) => {
      flooder.on('message', (raw) => {
        const frame = JSON.parse(raw.toString());
        if (frame.type === 'confirm_subscription') confirmed++;
        else if (frame.type === 'reject_subscription') rejected++;
        else return;
        if (frame.identifier === last) resolve(Math.round(performance.now() - floodStarted));
      });
      flooder.once('close', () => resolve(null));
    });
    for (let n = 0; n < floodFrames; n++) {
      flooder.send(JSON.stringify({ command: 'subscribe', identifier: identifier(n) }));
    }

    // Mixed writes until the deadline.
    const deadline = performance.now() + seconds * 1000;
    let writes = 0;
    let failedWrites = 0;
    const writer = async (w: number) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const display = conversations[(i * 7 + w) % conversations.length];
        const pick = i % 10;
        const res =
          pick < 6
            ? await call('POST', `/api/v1/accounts/1/conversations/${display}/messages`, {
                content: `soak ${w}.${i}`,
              })
            : pick < 8
              ? await call('POST', '/api/v1/accounts/1/contacts', { name: `Soak ${w}.${i}` })
              : await call('POST', `/api/v1/accounts/1/conversations/${display}/toggle_status`, {
                  status: pick === 8 ? 'resolved' : 'open',
                });
        writes++;
        if (res.status >= 400) failedWrites++;
      }
    };
    const progress = setInterval(() => {
      const elapsed = Math.round((performance.now() - deadline) / 1000 + seconds);
      log(`  ${elapsed} s: ${writes} writes, subscriptions confirmed ${confirmed}, rejected ${rejected}`);
    }, 10_000);
    try {
      await Promise.all(Array.from({ length: options.writers ?? 4 }, (_, w) => writer(w)));
    } finally {
      clearInterval(progress);
    }
    const floodMs = await Promise.race([
      floodFrames ? flooded : null,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000).unref()),
    ]);
    const end = await fake.stats();
    return {
      seconds,
      writes,
      writesPerSecond: Math.round(writes / seconds),
      failedWrites,
      start,
      end,
      blackhole: {
        url: hole.url,
        connections: hole.connections(),
        queue: end.queues.find((q) => q.url === hole.url),
      },
      cable: { subscribeFrames: floodFrames, confirmed, rejected, floodMs, agentBroadcasts },
      warnings: fake.warnings,
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    await fake.close();
    await hole.close();
  }
}

function printReport(r: SoakReport) {
  const q = r.blackhole.queue;
  const lines = [
    '',
    `soak: ${r.seconds} s, ${r.writes} writes (${r.writesPerSecond}/s, ${r.failedWrites} answered >= 400)`,
    `  RSS            start ${r.start.rssMb} MB, end ${r.end.rssMb} MB, peak ${r.end.peakRssMb} MB (heap used at end ${r.end.heapUsedMb} MB)`,
    `  event loop     worst delay ${r.end.lagMaxMs} ms, p99 ${r.end.lagP99Ms} ms`,
    `  blackhole      ${r.blackhole.connections} connections; queue: ${q ? `${q.queued} waiting, ${q.inFlight} in flight, ${q.dropped} dropped` : 'none'}`,
    `  other targets  ${r.end.queues
      .filter((x) => x.url !== r.blackhole.url)
      .map((x) => `${x.url} (${x.queued} waiting, ${x.dropped} dropped)`)
      .join('; ')}`,
    `  delivery log   ${JSON.stringify(r.end.deliveries)}; journal ${r.end.journalEntries} entries`,
    `  /cable flood   ${r.cable.subscribeFrames} subscribe frames: ${r.cable.confirmed} confirmed, ${r.cable.rejected} rejected, answered in ${r.cable.floodMs ?? '—'} ms; agent got ${r.cable.agentBroadcasts} broadcasts`,
    `  warnings       ${r.warnings.length ? r.warnings.join('\n                 ') : 'none'}`,
  ];
  console.log(lines.join('\n'));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seconds = Number(flag('--seconds') ?? 60);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('--seconds must be a positive number');
    process.exit(2);
  }
  const json = args.includes('--json');
  soak({ seconds, log: json ? undefined : (line) => console.log(line) })
    .then((report) => {
      if (json) console.log(JSON.stringify(report, null, 2));
      else printReport(report);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
