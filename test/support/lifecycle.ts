/**
 * Helpers of test/lifecycle.test.ts, and its error-path scenarios: run as a script
 * (`tsx test/support/lifecycle.ts`) they execute in a plain Node process with an `unhandledRejection`
 * listener counting (jest intercepts unhandled rejections itself, so the count is taken outside it),
 * and print `{"canary": n, "rejections": [...], "steps": [...]}` as the last line.
 */
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import os from 'node:os';
import WebSocket from 'ws';
import { startFake, type RunningFake } from '../../src/index';
import { ADMIN } from '../helpers';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with node:http (so the agent, keep-alive and errors are under the test's control). */
export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; agent?: http.Agent } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A string body is sent as it is (malformed JSON), anything else as JSON.
    const body =
      typeof options.body === 'string' || options.body === undefined
        ? options.body
        : JSON.stringify(options.body);
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        agent: options.agent ?? false,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const api = (
  fake: RunningFake,
  path: string,
  headers: Record<string, string> = {},
  agent?: http.Agent,
) =>
  send(`${fake.url}/api/v1/accounts/${fake.accountId}${path}`, {
    headers: { api_access_token: ADMIN, ...headers },
    agent,
  });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Resolves with the connect error code (ECONNREFUSED), or 'connected'. */
export function tryConnect(port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Whether a new server can listen on the port (i.e. the fake released it). */
export function canListen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A webhook receiver that accepts connections and reads requests but never answers (unless /ok). */
export async function hangingReceiver() {
  const sockets = new Set<Socket>();
  let peak = 0;
  const received: { path: string; connection?: string }[] = [];
  const server = http.createServer((req, res) => {
    received.push({ path: req.url ?? '', connection: req.headers.connection });
    req.resume();
    if (req.url?.startsWith('/ok')) req.on('end', () => res.end('{"ok":true}'));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    peak = Math.max(peak, sockets.size);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    open: () => sockets.size,
    peak: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The machine's first non-loopback IPv4 address, if any (to be a "remote" client of a 0.0.0.0 fake). */
export function externalIPv4(): string | undefined {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/** Error paths of requests, webhook delivery, reset and close, one after the other. */
export async function errorPathScenarios(step: (name: string) => void): Promise<void> {
  const receiver = await hangingReceiver();
  const dead = await hangingReceiver();
  const deadUrl = dead.url('/gone');
  await dead.close();
  try {
    const fake = await startFake({ webhooks: { timeoutMs: 100 }, closeGraceMs: 200 });
    for (const url of [receiver.url('/hang/x'), deadUrl, 'http://nonexistent.invalid/hook']) {
      const res = await send(`${fake.url}/api/v1/accounts/1/webhooks`, {
        method: 'POST',
        headers: { api_access_token: ADMIN },
        body: { url, subscriptions: ['contact_created'] },
      });
      if (res.status !== 200) throw new Error(`webhook not created: ${res.status} ${res.body}`);
    }
    const contact = (i: number) =>
      send(`${fake.url}/api/v1/accounts/1/contacts`, {
        method: 'POST',
        headers: { api_access_token: ADMIN },
        body: { name: `Err ${i}`, email: `err${i}@example.com` },
      });

    const aborted = http.get(`${fake.url}/api/v1/accounts/1/agents`, {
      headers: { api_access_token: ADMIN, 'X-Fake-Fault': 'latency=300' },
    });
    aborted.on('error', () => undefined);
    setTimeout(() => aborted.destroy(), 50);
    await sleep(400);
    step('a client gave up during latency');
    if (
      !(await api(fake, '/agents', { 'X-Fake-Fault': 'reset' }).then(
        () => false,
        () => true,
      ))
    ) {
      throw new Error('reset fault did not reset');
    }
    step('reset connection');
    await api(fake, '/agents', { 'X-Fake-Fault': 'malformed' });
    await api(fake, '/agents', { 'X-Fake-Fault': 'nonsense' });
    await api(fake, '/contacts/999999');
    await send(`${fake.url}/api/v1/accounts/1/contacts`, {
      method: 'POST',
      headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
      body: '{"name":',
    });
    await send(`${fake.url}/__fake/faults`, { method: 'POST', body: { status: 'x' } });
    step('malformed answer, bad fault header, 404, bad JSON, bad control input');

    await contact(1);
    await fake.webhooks.idle();
    const states = fake.webhooks
      .deliveries()
      .filter((d) => d.webhookId !== 1) // the default world's own webhook (an unresolvable host)
      .map((d) => `${d.state}: ${d.error}`);
    if (states.length !== 3 || !states.every((s) => s.startsWith('failed'))) {
      throw new Error(`unexpected deliveries: ${states.join('; ')}`);
    }
    step('deliveries timed out, refused, DNS failure');

    await contact(2);
    const waiting = fake.webhooks.waitFor({
      url: receiver.url('/hang/x'),
      filter: (d) => d.payload.email === 'err2@example.com',
    });
    fake.reset();
    await waiting.then(
      () => {
        throw new Error('waitFor resolved after reset');
      },
      () => undefined,
    );
    await fake.webhooks.waitFor({ event: 'nothing', timeoutMs: 20 }).catch(() => undefined);
    step('reset during a delivery; waitFor timeout');

    const ws = new WebSocket(`${fake.url.replace('http', 'ws')}/cable`, ['actioncable-v1-json']);
    ws.on('error', () => undefined);
    await new Promise((resolve) => ws.once('open', resolve));
    await contact(3);
    const stuck = api(fake, '/agents', { 'X-Fake-Fault': 'latency=10s' }).catch((err: Error) => err);
    await sleep(50);
    await Promise.all([fake.close(), fake.close()]);
    if (!((await stuck) instanceof Error)) throw new Error('the stuck request was answered');
    step('close with a hanging delivery, a websocket and a request past the grace period');
  } finally {
    await receiver.close();
  }
}

if (require.main === module) {
  const rejections: string[] = [];
  process.on('unhandledRejection', (reason) => rejections.push(String(reason)));
  const steps: string[] = [];
  void (async () => {
    // The listener sees what it is meant to count.
    void Promise.reject(new Error('canary'));
    await sleep(20);
    const canary = rejections.splice(0).length;
    await errorPathScenarios((name) => steps.push(name));
    await sleep(300); // rejections surface after the microtask queue drains
    console.log(JSON.stringify({ canary, rejections, steps }));
    process.exit(0);
  })().catch((err: Error) => {
    console.log(JSON.stringify({ error: err.stack, rejections, steps }));
    process.exit(1);
  });
}
