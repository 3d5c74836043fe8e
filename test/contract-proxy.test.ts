/**
 * `chatwoot-fake proxy`: transparent in front of the fake (answers byte for byte as direct ones, no
 * violations), and in front of a deliberately broken server (wrong shapes, gzip, an undocumented
 * status, a bad request body): every violation is reported on the log and at /__fake/violations,
 * tokens masked, traffic untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { startProxy, type RunningProxy } from '../src/contract';
import { startFake, type RunningFake } from '../src/index';
import { externalIPv4 } from './support/lifecycle';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let fake: RunningFake;

beforeAll(async () => {
  fake = await startFake({ port: 0, webhooks: false, cable: false });
});

afterAll(async () => {
  await fake.close();
});

function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive'].includes(name)) out[name] = value;
  });
  return out;
}

describe('the proxy in front of the fake', () => {
  let proxy: RunningProxy;
  const lines: string[] = [];

  beforeAll(async () => {
    proxy = await startProxy({ target: fake.url, port: 0, log: (line) => lines.push(line), verbose: true });
  });

  afterAll(async () => {
    await proxy.close();
  });

  it('answers exactly as the fake does and reports nothing for spec-conform traffic', async () => {
    const token = fake.tokens.admin;
    const exchanges: [string, RequestInit][] = [
      ['/api/v1/accounts/1/contacts?page=1&sort=name', { headers: { api_access_token: token } }],
      ['/api/v1/accounts/1/conversations/1', { headers: { api_access_token: token } }],
      ['/api/v1/accounts/1/contacts', {}], // 401
      ['/api/v1/accounts/1/contacts/999999', { headers: { api_access_token: token } }], // 404
    ];
    for (const [url, init] of exchanges) {
      const direct = await fetch(fake.url + url, init);
      const proxied = await fetch(proxy.url + url, init);
      expect(proxied.status).toBe(direct.status);
      expect(headersOf(proxied)).toEqual(headersOf(direct));
      expect(await proxied.text()).toBe(await direct.text());
    }
    const created = await fetch(`${proxy.url}/api/v1/accounts/1/labels`, {
      method: 'POST',
      headers: { api_access_token: token, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'through-the-proxy', color: '#123456' }),
    });
    expect(created.status).toBe(200);
    const label = (await created.json()) as { id: number; title: string };
    expect(label.title).toBe('through-the-proxy');
    const deleted = await fetch(`${proxy.url}/api/v1/accounts/1/labels/${label.id}`, {
      method: 'DELETE',
      headers: { api_access_token: token },
    });
    expect(deleted.status).toBe(200);
    expect(proxy.violations()).toEqual([]);
    expect(proxy.stats()).toMatchObject({ exchanges: 6, failing: 0 });
    expect(lines).toContain('✓ GET /api/v1/accounts/1/contacts → 200 listContacts');
    expect(lines).toContain('✓ POST /api/v1/accounts/1/labels → 200 createLabel');
    expect(lines).toContain('✓ GET /api/v1/accounts/1/contacts → 401 listContacts');
  });

  it('reports paths the spec does not have, at /__fake/violations, and clears them on DELETE', async () => {
    const res = await fetch(`${proxy.url}/api/v1/accounts/1/dashboard_apps`, {
      headers: { api_access_token: fake.tokens.admin },
    });
    expect(res.status).toBe(404); // the fake's own answer, forwarded
    const report = (await (await fetch(`${proxy.url}/__fake/violations`)).json()) as any;
    expect(report.target).toBe(fake.url);
    expect(report.violations).toEqual([
      expect.objectContaining({
        kind: 'unknown-path',
        side: 'request',
        path: '/api/v1/accounts/1/dashboard_apps',
        seen: 1,
      }),
    ]);
    expect((await fetch(`${proxy.url}/__fake/violations`, { method: 'DELETE' })).status).toBe(204);
    expect(proxy.violations()).toEqual([]);
    // Everything else under /__fake is the target's (here the fake's control API).
    const info = await fetch(`${proxy.url}/__fake/info`);
    expect(info.status).toBe(200);
    expect(((await info.json()) as { accountId: number }).accountId).toBe(1);
  });
});

interface Echo {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A server that answers Chatwoot paths with wrong shapes (and echoes /echo). */
async function brokenServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0];
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(value));
    };
    if (path === '/echo')
      return json(200, {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      } satisfies Echo);
    if (path === '/api/v1/accounts/1/contacts') return json(200, { payload: [{ id: '1', name: 'A' }] });
    if (path === '/api/v1/accounts/1/agents') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'x-custom': 'kept',
      });
      return res.end(zlib.gzipSync(JSON.stringify([{ id: 1, name: 'Only a name' }])));
    }
    if (path === '/api/v1/profile') {
      return json(200, { id: 'me', access_token: req.headers['api_access_token'] });
    }
    if (path === '/api/v1/accounts/1/labels' && req.method === 'POST') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('boom');
    }
    if (path === '/api/v1/accounts/1/inboxes') {
      // Streamed in two parts, a little apart.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"payload": [');
      setTimeout(() => res.end(']}'), 400);
      return;
    }
    json(404, { error: 'nope' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the proxy in front of a broken server', () => {
  let broken: { url: string; close: () => Promise<void> };
  let proxy: RunningProxy;
  const lines: string[] = [];
  const token = 'very-secret-token-123456';

  beforeAll(async () => {
    broken = await brokenServer();
    proxy = await startProxy({ target: broken.url, port: 0, log: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await proxy.close();
    await broken.close();
  });

  it('forwards method, path, query, headers and body unchanged (Host aside)', async () => {
    const raw = '{ "name" :  "Spaced",\n "email":"s@example.com" }';
    const res = await fetch(`${proxy.url}/echo?b=2&a=1&a=3`, {
      method: 'PATCH',
      headers: { api_access_token: token, 'content-type': 'application/json', 'x-trace': 'abc' },
      body: raw,
    });
    const echo = (await res.json()) as Echo;
    expect(echo).toMatchObject({ method: 'PATCH', url: '/echo?b=2&a=1&a=3', body: raw });
    expect(echo.headers).toMatchObject({
      api_access_token: token,
      'content-type': 'application/json',
      'x-trace': 'abc',
      'content-length': String(Buffer.byteLength(raw)),
      host: new URL(broken.url).host,
    });
  });

  it('reports every wrong shape with operation, pointer and expected vs actual', async () => {
    proxy.clear();
    lines.length = 0;
    const headers = { api_access_token: token };
    const contacts = await fetch(`${proxy.url}/api/v1/accounts/1/contacts`, { headers });
    expect(await contacts.json()).toEqual({ payload: [{ id: '1', name: 'A' }] }); // unchanged
    const agents = await fetch(`${proxy.url}/api/v1/accounts/1/agents`, { headers });
    expect(agents.headers.get('content-encoding')).toBe('gzip');
    expect(agents.headers.get('x-custom')).toBe('kept');
    expect(await agents.json()).toEqual([{ id: 1, name: 'Only a name' }]);
    const label = await fetch(`${proxy.url}/api/v1/accounts/1/labels`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', show_on_sidebar: { not: 'a boolean' } }),
    });
    expect(label.status).toBe(500);
    expect(await label.text()).toBe('boom');

    const violations = proxy.violations();
    const at = (operationId: string) => violations.filter((v) => v.operationId === operationId);
    expect(at('listContacts')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          side: 'response',
          status: 200,
          pointer: '/meta',
          expected: 'required property',
        }),
        expect.objectContaining({ pointer: '/payload/0/id', expected: 'integer', actual: 'string "1"' }),
        expect.objectContaining({ pointer: '/payload/0/email', actual: 'missing' }),
      ]),
    );
    expect(at('listAgents')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/0/role', expected: 'required property' }),
      ]),
    );
    expect(at('createLabel')).toEqual([
      expect.objectContaining({
        side: 'request',
        pointer: '/body/show_on_sidebar',
        expected: 'boolean or null',
      }),
      expect.objectContaining({ side: 'response', kind: 'undocumented-status', status: 500 }),
    ]);
    expect(lines.some((l) => l.startsWith('✗ GET /api/v1/accounts/1/contacts → 200 listContacts\n'))).toBe(
      true,
    );
    expect(lines.join('\n')).toContain('• /payload/0/id: expected integer, got string "1"');
    expect(lines.join('\n')).toContain(
      '• request /body/show_on_sidebar: expected boolean or null, got object {"not":"a boolean"}',
    );

    // The same drift again: counted, not printed in full again.
    await fetch(`${proxy.url}/api/v1/accounts/1/contacts`, { headers });
    expect(lines[lines.length - 1]).toMatch(
      /^✗ GET \/api\/v1\/accounts\/1\/contacts → 200 listContacts: \d+ known violation\(s\)/,
    );
    const again = proxy
      .violations()
      .find((v) => v.operationId === 'listContacts' && v.pointer === '/payload/0/id')!;
    expect(again.seen).toBe(2);
    const stats = (await (await fetch(`${proxy.url}/__fake/violations`)).json()) as any;
    expect(stats).toMatchObject({ exchanges: 4, failing: 4 });
  });

  it('masks the token wherever it would show', async () => {
    proxy.clear();
    lines.length = 0;
    const res = await fetch(`${proxy.url}/api/v1/profile`, { headers: { api_access_token: token } });
    expect(((await res.json()) as { access_token: string }).access_token).toBe(token); // traffic untouched
    expect(proxy.violations().length).toBeGreaterThan(0);
    const served = await (await fetch(`${proxy.url}/__fake/violations`)).text();
    expect(served).toContain('/id');
    for (const out of [lines.join('\n'), served]) expect(out).not.toContain(token);
  });

  it('streams answers as they come', async () => {
    const started = Date.now();
    const res = await fetch(`${proxy.url}/api/v1/accounts/1/inboxes`, {
      headers: { api_access_token: token },
    });
    const reader = res.body!.getReader();
    const first = await reader.read();
    const firstAt = Date.now() - started;
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += Buffer.from(chunk.value).toString();
    const endAt = Date.now() - started;
    expect(Buffer.from(first.value!).toString() + rest).toBe('{"payload": []}');
    expect(endAt - firstAt).toBeGreaterThanOrEqual(250);
  });

  it('answers 502 when the target is unreachable', async () => {
    const dead = await startProxy({ target: 'http://127.0.0.1:1', port: 0, log: false });
    try {
      const res = await fetch(`${dead.url}/api/v1/profile`);
      expect(res.status).toBe(502);
      expect(await res.text()).toMatch(/cannot reach http:\/\/127\.0\.0\.1:1/);
    } finally {
      await dead.close();
    }
  });
});

describe('the proxy command', () => {
  it('starts on the given port, forwards and prints violations', async () => {
    const child: ChildProcess = spawn(
      TSX,
      [path.join(ROOT, 'src', 'cli.ts'), 'proxy', '--target', fake.url, '--port', '0'],
      { cwd: ROOT },
    );
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`proxy did not start: ${out}`)), 30_000);
        child.stdout!.on('data', (chunk) => {
          out += chunk;
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+) → /.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`proxy exited with ${code}: ${out}`)));
      });
      expect(out).toContain(`→ ${fake.url}`);
      const res = await fetch(`${url}/api/v1/nothing-here`, {
        headers: { api_access_token: fake.tokens.admin },
      });
      expect(res.status).toBe(404);
      await new Promise<void>((resolve) => {
        const poll = () =>
          out.includes('✗ GET /api/v1/nothing-here → 404') ? resolve() : setTimeout(poll, 50);
        poll();
      });
      expect(out).toContain('• request: no operation of the spec has the path /api/v1/nothing-here');
      expect(out).not.toContain(fake.tokens.admin);
    } finally {
      child.kill('SIGTERM');
    }
  }, 40_000);
});

describe('/__fake/violations on a proxy bound to every interface', () => {
  const external = externalIPv4();
  (external ? it : it.skip)(
    `answers loopback clients; a client from ${external ?? 'another address'} gets the target's answer unless exposed`,
    async () => {
      // A target that answers every path with 418, so a forwarded request shows.
      const target = http.createServer((_req, res) => res.writeHead(418).end('target'));
      await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
      const targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
      const [hidden, exposed] = await Promise.all([
        startProxy({ target: targetUrl, port: 0, host: '0.0.0.0', log: false }),
        startProxy({ target: targetUrl, port: 0, host: '0.0.0.0', log: false, exposeViolations: true }),
      ]);
      try {
        const violations = (proxy: RunningProxy, host: string, method = 'GET') =>
          fetch(`http://${host}:${proxy.port}/__fake/violations`, { method });
        expect((await violations(hidden, '127.0.0.1')).status).toBe(200);
        const remote = await violations(hidden, external!);
        expect(remote.status).toBe(418);
        expect(await remote.text()).toBe('target');
        expect((await violations(hidden, external!, 'DELETE')).status).toBe(418);
        expect((await violations(exposed, external!)).status).toBe(200);
      } finally {
        await Promise.all([hidden.close(), exposed.close()]);
        target.closeAllConnections();
        await new Promise((resolve) => target.close(resolve));
      }
    },
  );
});
