/**
 * Process robustness: graceful close(), webhook receivers that hang, the control API on
 * non-loopback hosts, and no unhandled rejections on error paths. Everything through real HTTP.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import { buildFake, isLoopbackAddress, startFake, type RunningFake } from '../src/index';
import { ADMIN } from './helpers';
import { api, canListen, externalIPv4, hangingReceiver, send, tryConnect, until } from './support/lifecycle';

describe('close(): graceful shutdown', () => {
  it('lets requests in flight (delay rule, X-Fake-Fault latency) finish, then frees the port and refuses connections', async () => {
    const fake = await startFake();
    await api(fake, '/agents'); // warm up the route
    // One rule for both requests, so its hit count says when both are waiting in the fault step; the
    // second also carries X-Fake-Fault latency (added to the rule's).
    fake.delay({ method: 'GET', ms: 600 });
    const keepAlive = new http.Agent({ keepAlive: true });
    const delayed = api(fake, '/agents', {}, keepAlive);
    const headerDelayed = api(fake, '/contacts', { 'X-Fake-Fault': 'latency=600' }, keepAlive);
    await until(() => fake.faults()[0]?.hits === 2, 'both requests to wait in the fault step');
    const started = performance.now();
    const closed = fake.close();

    const [agents, contacts] = await Promise.all([delayed, headerDelayed]);
    expect(agents.status).toBe(200);
    expect(JSON.parse(agents.body)).toHaveLength(3);
    expect(contacts.status).toBe(200);
    expect(JSON.parse(contacts.body).payload.length).toBeGreaterThan(0);
    // Their connections are not kept alive: the client knows not to reuse them.
    expect(agents.headers.connection).toBe('close');
    expect(contacts.headers.connection).toBe('close');

    await closed;
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(700); // it waited for the answers...
    expect(elapsed).toBeLessThan(4000); // ...not for the keep-alive timeout or the grace period
    expect(await tryConnect(fake.port)).toBe('ECONNREFUSED');
    expect(await canListen(fake.port)).toBe(true);
    keepAlive.destroy();
  });

  it('does not wait for idle keep-alive connections, silent sockets or /cable websockets', async () => {
    const fake = await startFake();
    const keepAlive = new http.Agent({ keepAlive: true });
    expect((await api(fake, '/agents', {}, keepAlive)).headers.connection).toBe('keep-alive');
    const silent = net.connect(fake.port, '127.0.0.1'); // connected, never sends a request
    const silentClosed = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    silent.on('error', () => undefined);
    await new Promise((resolve) => silent.once('connect', resolve));
    const ws = new WebSocket(`${fake.url.replace('http', 'ws')}/cable`, ['actioncable-v1-json']);
    const wsClosed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.on('error', () => undefined);
    await new Promise((resolve) => ws.once('open', resolve));

    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await Promise.all([silentClosed, wsClosed]);
    expect(await canListen(fake.port)).toBe(true);
    keepAlive.destroy();
  });

  it('drops requests still running when the grace period ends', async () => {
    const fake = await startFake({ closeGraceMs: 300 });
    fake.delay({ path: '/api/v1/accounts/:account_id/agents', ms: 20_000 });
    const stuck = api(fake, '/agents');
    await until(() => fake.faults()[0]?.hits === 1, 'the request to wait in the fault step');
    const started = performance.now();
    await fake.close();
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
    await expect(stuck).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await canListen(fake.port)).toBe(true);
  });

  it('is idempotent: every call returns the same promise, also after it resolved', async () => {
    const fake = await startFake();
    const first = fake.close();
    expect(fake.close()).toBe(first);
    await first;
    await expect(fake.close()).resolves.toBeUndefined();
    expect(fake.close()).toBe(first);
  });

  it('rejects a bad closeGraceMs or control option', async () => {
    await expect(startFake({ closeGraceMs: -1 })).rejects.toThrow(/closeGraceMs must be a non-negative/);
    await expect(startFake({ control: 'yes' as never })).rejects.toThrow(
      /control must be true, false or 'expose'/,
    );
  });
});

describe('webhook receivers that hang', () => {
  let receiver: Awaited<ReturnType<typeof hangingReceiver>>;
  beforeEach(async () => {
    receiver = await hangingReceiver();
  });
  afterEach(() => receiver.close());

  async function subscribe(fake: RunningFake, path: string) {
    const res = await send(`${fake.url}/api/v1/accounts/1/webhooks`, {
      method: 'POST',
      headers: { api_access_token: ADMIN },
      body: { url: receiver.url(path), subscriptions: ['contact_created'] },
    });
    expect(res.status).toBe(200);
  }

  /** Deliveries to the receiver (the default world has a webhook of its own, at an unresolvable host). */
  const ours = (fake: RunningFake) =>
    fake.webhooks.deliveries().filter((d) => d.url.startsWith(receiver.url('/')));

  async function createContacts(fake: RunningFake, n: number) {
    for (let i = 0; i < n; i++) {
      const res = await send(`${fake.url}/api/v1/accounts/1/contacts`, {
        method: 'POST',
        headers: { api_access_token: ADMIN },
        body: { name: `Hang ${i}`, email: `hang${i}@example.com` },
      });
      expect(res.status).toBe(200);
    }
  }

  it('destroys the socket after the delivery timeout; many deliveries never hold more sockets than in flight', async () => {
    const fake = await startFake({ webhooks: { timeoutMs: 150 } });
    try {
      for (const path of ['/hang/a', '/hang/b', '/hang/c']) await subscribe(fake, path);
      await createContacts(fake, 8); // 24 deliveries, one at a time per receiver URL
      await fake.webhooks.idle();
      const deliveries = ours(fake);
      expect(deliveries).toHaveLength(24);
      for (const d of deliveries) {
        expect(d).toMatchObject({ state: 'failed', status: null, attempts: 1 });
        expect(d.error).toMatch(/timed out after 150 ms/);
      }
      expect(receiver.received).toHaveLength(24);
      // One in flight per URL (3), plus at most one per URL whose close the receiver has not yet
      // processed when the next delivery connects; a leak would reach 24.
      expect(receiver.peak()).toBeLessThanOrEqual(6);
      await until(() => receiver.open() === 0, 'the receiver to see every connection closed');
    } finally {
      await fake.close();
    }
  });

  it('answered deliveries leave no idle socket behind (Connection: close, as Net::HTTP)', async () => {
    const fake = await startFake({ webhooks: { timeoutMs: 2000 } });
    try {
      await subscribe(fake, '/ok/1');
      await createContacts(fake, 3);
      await fake.webhooks.idle();
      expect(ours(fake).map((d) => d.state)).toEqual(['delivered', 'delivered', 'delivered']);
      expect(receiver.received.map((r) => r.connection)).toEqual(['close', 'close', 'close']);
      await until(() => receiver.open() === 0, 'the receiver to see every connection closed');
    } finally {
      await fake.close();
    }
  });

  it('close() aborts deliveries in flight and destroys their sockets at once', async () => {
    const fake = await startFake({ webhooks: { timeoutMs: 20_000 } });
    await subscribe(fake, '/hang/close');
    await createContacts(fake, 2);
    await until(() => receiver.open() === 1, 'the delivery to connect');
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await until(() => receiver.open() === 0, 'the receiver to see the connection closed', 1000);
    expect(receiver.received).toHaveLength(1); // the queued second delivery was never sent
    await expect(fake.webhooks.idle()).resolves.toBeUndefined();
    expect(receiver.received).toHaveLength(1); // nor after the queue settled
  });
});

describe('the control API on non-loopback hosts', () => {
  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) {
      expect([a, isLoopbackAddress(a)]).toEqual([a, true]);
    }
    for (const a of ['192.0.2.2', '10.0.0.1', '::ffff:10.0.0.1', 'fd00::2', '0.0.0.0', '::', '', undefined]) {
      expect([a, isLoopbackAddress(a)]).toEqual([a, false]);
    }
  });

  it('answers /__fake as absent (404), ignores X-Fake-Fault and links no control API for a non-loopback client unless exposed', async () => {
    // A server of our own around buildFake's app whose sockets claim a remote address: the check does
    // not depend on the machine having a network interface.
    const serve = async (control: true | 'expose') => {
      const { app } = await buildFake({ control });
      const server = http.createServer(app);
      server.on('connection', (socket: Socket) =>
        Object.defineProperty(socket, 'remoteAddress', { value: '203.0.113.9' }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return server;
    };
    const [local, exposed] = await Promise.all([serve(true), serve('expose')]);
    try {
      const url = (s: http.Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
      const hidden = await send(`${url(local)}/__fake/info`);
      expect(hidden.status).toBe(404);
      expect(JSON.parse(hidden.body)).toEqual({ status: 404, error: 'Not Found' });
      const reset = await send(`${url(local)}/__fake/reset`, { method: 'POST', body: {} });
      expect(reset.status).toBe(404);
      const shown = await send(`${url(exposed)}/__fake/info`);
      expect(shown.status).toBe(200);
      expect(JSON.parse(shown.body).accountId).toBe(1);
      // The fault header follows the control API's rule in buildFake's app itself, not only in startFake.
      const agents = (s: http.Server) =>
        send(`${url(s)}/api/v1/accounts/1/agents`, {
          headers: { api_access_token: ADMIN, 'X-Fake-Fault': 'status=503' },
        });
      expect((await agents(local)).status).toBe(200);
      expect((await agents(exposed)).status).toBe(503);
      // The landing page links the control API only for a client it is for.
      expect((await send(`${url(local)}/`)).body).not.toContain('/__fake/info');
      expect((await send(`${url(exposed)}/`)).body).toContain('href="/__fake/info"');
    } finally {
      local.closeAllConnections();
      exposed.closeAllConnections();
      await Promise.all([local, exposed].map((s) => new Promise((resolve) => s.close(resolve))));
    }
  });

  const external = externalIPv4();
  (external ? it : it.skip)(
    `bound on 0.0.0.0: loopback clients get /__fake and X-Fake-Fault, a client from ${external ?? 'another address'} does not unless exposed`,
    async () => {
      const [fake, open] = await Promise.all([
        startFake({ host: '0.0.0.0' }),
        startFake({ host: '0.0.0.0', control: 'expose' }),
      ]);
      try {
        const at = (f: RunningFake, host: string) => `http://${host}:${f.port}`;
        const agents = (f: RunningFake, host: string) =>
          send(`${at(f, host)}/api/v1/accounts/1/agents`, {
            headers: { api_access_token: ADMIN, 'X-Fake-Fault': 'status=503' },
          });

        expect((await send(`${at(fake, '127.0.0.1')}/__fake/info`)).status).toBe(200);
        expect((await agents(fake, '127.0.0.1')).status).toBe(503);
        const remote = await send(`${at(fake, external!)}/__fake/info`);
        expect(remote.status).toBe(404);
        expect(JSON.parse(remote.body)).toEqual({ status: 404, error: 'Not Found' });
        expect((await agents(fake, external!)).status).toBe(200); // the header is ignored
        const faults = await send(`${at(fake, external!)}/__fake/faults`, {
          method: 'POST',
          body: { status: 500 },
        });
        expect(faults.status).toBe(404);
        expect(fake.faults()).toEqual([]);

        expect((await send(`${at(open, external!)}/__fake/info`)).status).toBe(200);
        expect((await agents(open, external!)).status).toBe(503);
      } finally {
        await Promise.all([fake.close(), open.close()]);
      }
    },
  );
  if (!external)
    console.warn('lifecycle.test.ts: no non-loopback IPv4 interface; remote-client test skipped');
});

describe('error paths leave no unhandled rejection', () => {
  it('client aborts, connection resets, dead and hanging receivers, reset and close mid-delivery', async () => {
    // In a plain Node process: jest intercepts unhandled rejections before a listener in the test sees them.
    const root = path.resolve(__dirname, '..');
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [
      path.join(__dirname, 'support', 'lifecycle.ts'),
    ]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    const last = out.trim().split('\n').pop() ?? '';
    expect([code, err]).toEqual([0, expect.any(String)]);
    const report = JSON.parse(last) as { canary: number; rejections: string[]; steps: string[] };
    expect(report.canary).toBe(1); // the listener counts what it should
    expect(report.rejections).toEqual([]);
    expect(report.steps).toHaveLength(6);
  });
});
