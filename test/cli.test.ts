import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/**
 * Starts the CLI and resolves with its banner once it is listening: the banner is one write, ending
 * with the shell-sourceable block (CHATWOOT_ADMIN_TOKEN is in every world's; the agent's is not).
 */
function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; banner: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, 'src', 'cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${out}${err}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (/^CHATWOOT_ADMIN_TOKEN=.*\n/m.test(out)) {
        clearTimeout(timer);
        resolve({ child, banner: out });
      }
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}: ${out}${err}`));
    });
  });
}

function sourceable(banner: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of banner.split('\n')) {
    const m = /^(CHATWOOT_[A-Z_]+)=(.*)$/.exec(line);
    if (m) vars[m[1]] = m[2];
  }
  return vars;
}

/** Resolves with the exit code (null when killed by a signal). */
function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A GET answered with status and body (node:http, so no client-side retry hides a dropped connection). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      })
      .on('error', reject);
  });
}

describe('the chatwoot-fake command', () => {
  it('prints shell-sourceable lines that work with curl-like clients', async () => {
    const { child, banner } = await startCli(['--port', '0', '--host', '127.0.0.1']);
    try {
      const vars = sourceable(banner);
      expect(vars.CHATWOOT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(vars).toMatchObject({
        CHATWOOT_ACCOUNT_ID: '1',
        CHATWOOT_ADMIN_TOKEN: 'acme-admin-token-0000001',
        CHATWOOT_AGENT_TOKEN: 'acme-agent-token-0000002',
      });
      const res = await fetch(`${vars.CHATWOOT_URL}/api/v1/accounts/${vars.CHATWOOT_ACCOUNT_ID}/agents`, {
        headers: { api_access_token: vars.CHATWOOT_ADMIN_TOKEN },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
    }
  }, 40_000);

  it('takes the port from PORT and rejects a bad flag value with a clear message', async () => {
    const { child, banner } = await startCli([], { PORT: '0' });
    child.kill('SIGTERM');
    expect(sourceable(banner).CHATWOOT_URL).toMatch(/:\d+$/);
    await expect(startCli(['--port', 'abc'])).rejects.toThrow(/port must be a non-negative integer/);
  }, 40_000);

  it('SIGTERM lets a request in flight finish, then exits 0', async () => {
    const { child, banner } = await startCli(['--port', '0']);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const url = sourceable(banner).CHATWOOT_URL;
    // A latency rule through the control API: its hit count says when the request is in flight.
    const rule = await fetch(`${url}/__fake/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/api/v1/accounts/:account_id/agents', latency: 1500 }),
    });
    expect(rule.status).toBe(201);
    const slow = get(`${url}/api/v1/accounts/1/agents`, { api_access_token: 'acme-admin-token-0000001' });
    for (;;) {
      const [fault] = JSON.parse((await get(`${url}/__fake/faults`)).body);
      if (fault.hits === 1) break;
    }
    child.kill('SIGTERM');
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toHaveLength(3);
    expect(await exited(child)).toBe(0);
    expect(stderr).toMatch(/SIGTERM, finishing requests in flight and closing/);
    await expect(get(`${url}/api/v1/accounts/1/agents`)).rejects.toThrow(/ECONNREFUSED/);
  }, 40_000);

  it('says in the banner whether the control API is on, loopback-only or exposed', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    const [local, wide, exposed, off] = await Promise.all([
      startCli(['--port', '0']),
      startCli(['--port', '0', '--host', '0.0.0.0']),
      startCli(['--port', '0', '--host', '0.0.0.0', '--expose-control']),
      startCli(['--port', '0', '--no-control']),
    ]);
    try {
      const line = (banner: string) => /^ {2}control API {4}(.*)$/m.exec(banner)?.[1];
      expect(line(local.banner)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__fake\/info {2}\(reset, faults/);
      expect(line(wide.banner)).toMatch(
        /^loopback clients only \(bound to 0\.0\.0\.0; --expose-control serves every client\): http:/,
      );
      expect(line(exposed.banner)).toMatch(/^EXPOSED to every client \(--expose-control\): http:/);
      expect(line(off.banner)).toBe('off (--no-control)');

      const port = (banner: string) => /CHATWOOT_URL=http:\/\/[^:]+:(\d+)/.exec(banner)![1];
      expect((await get(`http://127.0.0.1:${port(wide.banner)}/__fake/info`)).status).toBe(200);
      if (external) {
        expect((await get(`http://${external}:${port(wide.banner)}/__fake/info`)).status).toBe(404);
        expect((await get(`http://${external}:${port(exposed.banner)}/__fake/info`)).status).toBe(200);
      }
    } finally {
      for (const { child } of [local, wide, exposed, off]) child.kill('SIGTERM');
      await Promise.all([local, wide, exposed, off].map(({ child }) => exited(child)));
    }
  }, 60_000);

  it('says "none" for the agent token of a world without an agent, and prints no empty variable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-cli-'));
    const world = path.join(dir, 'no-agent.yaml');
    fs.writeFileSync(
      world,
      'account: { name: Solo }\nusers:\n' +
        '  - { key: boss, name: Boss, email: boss@solo.test, role: administrator, access_token: solo-admin-token-0000001 }\n',
    );
    const { child, banner } = await startCli(['--port', '0', '--fixtures', world]);
    try {
      expect(banner).toMatch(/^ {2}admin token {4}solo-admin-token-0000001$/m);
      expect(banner).toMatch(/^ {2}agent token {4}none\b/m);
      expect(banner).not.toMatch(/ $/m); // no line ends in a blank value
      const vars = sourceable(banner);
      expect(Object.keys(vars)).toEqual(['CHATWOOT_URL', 'CHATWOOT_ACCOUNT_ID', 'CHATWOOT_ADMIN_TOKEN']);
      const info = await get(`${vars.CHATWOOT_URL}/__fake/info`);
      expect(JSON.parse(info.body).tokens).toEqual({
        admin: 'solo-admin-token-0000001',
        agent: null,
        bot: null,
        platform: null,
      });
    } finally {
      child.kill('SIGTERM');
      await exited(child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);

  it('documents --expose-control in --help and rejects it with --no-control', () => {
    const run = (args: string[]) =>
      spawnSync(TSX, [path.join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
    const help = run(['--help']);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(
      /--no-control turn off the \/__fake control API .*\(default: on, for loopback clients only\)/,
    );
    expect(text).toMatch(
      /--expose-control serve the control API and X-Fake-Fault to non-loopback clients too/,
    );
    const both = run(['--port', '0', '--expose-control', '--no-control']);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/--expose-control and --no-control contradict/);
  }, 40_000);
});

describe('--allowed-hosts', () => {
  it('adds Host names the control API answers; others are refused', async () => {
    const { child, banner } = await startCli(['--port', '0', '--allowed-hosts', 'chatwoot.test,.dev.test']);
    try {
      const url = `${sourceable(banner).CHATWOOT_URL}/__fake/info`;
      for (const host of ['chatwoot.test:3000', 'api.dev.test', 'localhost']) {
        expect((await get(url, { Host: host })).status).toBe(200);
      }
      const refused = await get(url, { Host: 'attacker.example' });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body).error).toMatch(/--allowed-hosts/);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
    await expect(startCli(['--port', '0', '--allowed-hosts', 'a b'])).rejects.toThrow(
      /--allowed-hosts must be host names separated by commas, or true/,
    );
  }, 40_000);
});

describe('--rack-attack', () => {
  it("turns Chatwoot's throttles on next to --rate-limit", async () => {
    const { child, banner } = await startCli(['--port', '0', '--rack-attack', '--rate-limit', '100/1m']);
    try {
      const res = await get(`${sourceable(banner).CHATWOOT_URL}/__fake/rate-limit`);
      const limits = JSON.parse(res.body) as { token: string | null; limit: number; throttle?: string }[];
      expect(limits[0]).toMatchObject({ token: null, limit: 100, periodMs: 60_000 });
      expect(limits[0].throttle).toBeUndefined();
      expect(limits.map((l) => l.throttle)).toEqual(
        expect.arrayContaining(['req/ip', 'login/ip', 'api/v1/widget/conversations']),
      );
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  }, 40_000);
});
