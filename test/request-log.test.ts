/**
 * The request log (src/http/request-log.ts): a line per Chatwoot API request with method, path
 * (tokens masked), status, duration, operationId and fault — never a body or a token. In-process
 * through startFake's `log` option, and on the command's stdout (text, --log json, --quiet).
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { startFake, type RunningFake } from '../src/index';
import { maskedPath } from '../src/http/request-log';
import { CliProcess, ROOT, TSX } from './support/cli-process';
import { ADMIN } from './helpers';

/** The lines a fake wrote, and a way to wait for the n-th (written when the response closes). */
function collector() {
  const lines: string[] = [];
  let wake: (() => void) | undefined;
  return {
    lines,
    write: (line: string) => {
      lines.push(line);
      wake?.();
    },
    async next(count: number): Promise<string[]> {
      while (lines.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return lines;
    },
  };
}

describe('the request log in-process (startFake({ log }))', () => {
  let fake: RunningFake;
  const out = collector();
  beforeAll(async () => {
    fake = await startFake({ log: { write: out.write } });
  });
  afterAll(() => fake.close());

  const json = (line: string) => JSON.parse(line) as Record<string, unknown>;

  it('writes a JSON line per request: method, path, status, duration, operationId', async () => {
    const before = out.lines.length;
    const res = await fetch(`${fake.url}/api/v1/accounts/${fake.accountId}/contacts?page=1`, {
      headers: { api_access_token: ADMIN },
    });
    expect(res.status).toBe(200);
    const [line] = (await out.next(before + 1)).slice(before);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trim().split('\n')).toHaveLength(1);
    const entry = json(line);
    expect(entry).toMatchObject({
      level: 30,
      method: 'GET',
      path: '/api/v1/accounts/1/contacts?page=1',
      status: 200,
      operationId: 'listContacts',
      msg: 'GET /api/v1/accounts/1/contacts?page=1 200',
    });
    expect(typeof entry.durationMs).toBe('number');
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entry).not.toHaveProperty('fault');
  });

  it('never writes a body or a token: query tokens and tokens in the path are masked', async () => {
    const before = out.lines.length;
    const inbox = fake.info(fake.url).inboxes.find((i) => i.channel_type === 'Channel::Api')!;
    const identifier = inbox.identifier!;
    await fetch(`${fake.url}/api/v1/accounts/1/contacts?api_access_token=${ADMIN}&q=x`, {
      method: 'POST',
      headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Secret Body Name', email: 'hidden@body.test' }),
    });
    await fetch(`${fake.url}/public/api/v1/inboxes/${identifier}/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Another Secret' }),
    });
    await fetch(`${fake.url}/api/v1/widget/config?website_token=abc&cw_conversation=eyJhbGciOiJIUzI1NiJ9`);
    const lines = (await out.next(before + 3)).slice(before);
    const text = lines.join('');
    for (const secret of [
      ADMIN,
      'Secret Body Name',
      'hidden@body.test',
      'Another Secret',
      identifier,
      'abc&',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines.map((l) => json(l).path)).toEqual([
      '/api/v1/accounts/1/contacts?api_access_token=***&q=x',
      '/public/api/v1/inboxes/***/contacts',
      '/api/v1/widget/config?website_token=***&cw_conversation=***',
    ]);
    expect(lines.map((l) => json(l).status)).toEqual([200, 200, expect.any(Number)]);
  });

  it('names the fault applied, and a reset connection as status 0; an unknown route has no operationId', async () => {
    const before = out.lines.length;
    const rule = fake.failNext({ operationId: 'listAgents', status: 503 });
    const reset = fake.fault({ operationId: 'listLabels', reset: true, times: 1 });
    expect(
      (await fetch(`${fake.url}/api/v1/accounts/1/agents`, { headers: { api_access_token: ADMIN } })).status,
    ).toBe(503);
    await new Promise<void>((resolve) => {
      http
        .get(`${fake.url}/api/v1/accounts/1/labels`, { headers: { api_access_token: ADMIN }, agent: false })
        .on('error', () => resolve());
    });
    expect((await fetch(`${fake.url}/api/v1/nowhere`)).status).toBe(404);
    const entries = (await out.next(before + 3)).slice(before).map(json);
    expect(entries).toEqual([
      expect.objectContaining({
        status: 503,
        operationId: 'listAgents',
        fault: `status=503 (fault ${rule.id})`,
      }),
      expect.objectContaining({ status: 0, operationId: 'listLabels', fault: `reset (fault ${reset.id})` }),
      expect.objectContaining({ status: 404, operationId: null, path: '/api/v1/nowhere' }),
    ]);
  });

  it('names the override that answered a request', async () => {
    const before = out.lines.length;
    const rule = fake.override({ operationId: 'listLabels', times: 1, status: 200, body: { payload: [] } });
    const res = await fetch(`${fake.url}/api/v1/accounts/1/labels`, { headers: { api_access_token: ADMIN } });
    expect(await res.json()).toEqual({ payload: [] });
    const [entry] = (await out.next(before + 1)).slice(before).map(json);
    expect(entry).toEqual(
      expect.objectContaining({ status: 200, operationId: 'listLabels', override: `override ${rule.id}` }),
    );
  });

  it('does not log the control API or the pages', async () => {
    const before = out.lines.length;
    await fetch(`${fake.url}/__fake/info`);
    await fetch(`${fake.url}/docs`);
    await fetch(`${fake.url}/api/v1/accounts/1/labels`, { headers: { api_access_token: ADMIN } });
    const entries = (await out.next(before + 1)).slice(before).map(json);
    expect(entries.map((e) => e.operationId)).toEqual(['listLabels']);
  });
});

describe('the pretty format', () => {
  it('writes one text line per request, coloured only when asked', async () => {
    const plain = collector();
    const coloured = collector();
    const fakes = await Promise.all([
      startFake({ log: { write: plain.write, format: 'pretty' } }),
      startFake({ log: { write: coloured.write, format: 'pretty', colors: true } }),
    ]);
    try {
      for (const fake of fakes) {
        fake.failNext({ operationId: 'listAgents', status: 500 });
        await fetch(`${fake.url}/api/v1/accounts/1/agents`, { headers: { api_access_token: ADMIN } });
      }
      const [line] = await plain.next(1);
      expect(line).toMatch(
        /^\d\d:\d\d:\d\d\.\d{3} GET {4}\/api\/v1\/accounts\/1\/agents 500 [\d.]+ ms listAgents fault: status=500 \(fault 1\)\n$/,
      );
      const [colouredLine] = await coloured.next(1);
      expect(colouredLine).toMatch(/\u001b\[31m500\u001b\[39m/); // red: a 5xx
      expect(colouredLine.replace(/\u001b\[\d+m/g, '')).toMatch(/GET {4}\/api\/v1\/accounts\/1\/agents 500/);
    } finally {
      await Promise.all(fakes.map((f) => f.close()));
    }
  });

  it('refuses a log option it does not know', async () => {
    await expect(startFake({ log: 'yes' as never })).rejects.toThrow(/log must be 'pretty', 'json', false/);
    await expect(startFake({ log: { write: () => {}, format: 'xml' as never } })).rejects.toThrow(
      /log must be/,
    );
    await expect(startFake({ log: null as never })).rejects.toThrow(/log must be/);
  });

  it('keeps serving when a writer of yours throws, and says so on stderr', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const fake = await startFake({
      log: {
        write: () => {
          throw new Error('disk full');
        },
      },
    });
    try {
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${fake.url}/api/v1/accounts/1/agents`, {
          headers: { api_access_token: ADMIN },
        });
        expect(res.status).toBe(200);
      }
      await fake.close(); // every response closed: both lines were attempted
      expect(errors.mock.calls.map((c) => c[0])).toEqual([
        'chatwoot-fake: the request log failed: disk full',
        'chatwoot-fake: the request log failed: disk full',
      ]);
    } finally {
      errors.mockRestore();
      await fake.close();
    }
  });
});

describe('a fake without a log', () => {
  /** Starts a fake in a fresh process, sends a request, and answers what it printed and how many pino modules it loaded. */
  const run = (log: string) =>
    spawnSync(
      TSX,
      [
        '-e',
        `const { startFake } = require('./src/index');
        startFake({ log: ${log} }).then(async (fake) => {
          await fetch(fake.url + '/api/v1/accounts/1/agents');
          await fake.close();
          console.log('pino modules: ' + Object.keys(require.cache).filter((k) => /node_modules[\\/]pino/.test(k)).length);
        });`,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    ).stdout;

  it('loads no logger and prints nothing; with one, pino is loaded and the line printed', () => {
    expect(run('false')).toBe('pino modules: 0\n');
    const on = run("'pretty'");
    expect(on).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} GET {4}\/api\/v1\/accounts\/1\/agents 401 .* listAgents\npino modules: [1-9]\d*\n$/,
    );
  }, 30_000);
});

describe('maskedPath', () => {
  it.each([
    ['/api/v1/accounts/1/contacts?page=2', '/api/v1/accounts/1/contacts?page=2'],
    ['/api/v1/accounts/1/contacts?api_access_token=abc', '/api/v1/accounts/1/contacts?api_access_token=***'],
    ['/x?api%5Faccess%5Ftoken=abc&sso_auth_token=t', '/x?api%5Faccess%5Ftoken=***&sso_auth_token=***'],
    ['/auth/password/edit?reset_password_token=x1', '/auth/password/edit?reset_password_token=***'],
    ['/unknown/Ab12Cd34Ef56Gh78Ij90/x', '/unknown/***/x'],
    ['/api/v1/accounts/1/conversation_reporting_events', '/api/v1/accounts/1/conversation_reporting_events'],
    ['/q?identifier_hash=ff&name=Ada', '/q?identifier_hash=***&name=Ada'],
    [
      '/w?cw_conversation=a.b.c&x=eyJhbGciOiJIUzI1NiJ9.eyJzb3VyY2VfaWQiOiIxIn0.sig1',
      '/w?cw_conversation=***&x=***',
    ],
    ['/unknown/eyJhbGciOiJIUzI1NiJ9.eyJzIjoxfQ.c2ln', '/unknown/***'],
  ])('%s → %s', (url, masked) => {
    expect(maskedPath(url)).toBe(masked);
  });

  it('masks the secret parameters of a matched route, whatever they look like', () => {
    const route = {
      operationId: 'x',
      route: '/p/{inbox_identifier}/c/{contact_identifier}',
      params: { inbox_identifier: 'short', contact_identifier: 'c1' },
    };
    expect(maskedPath('/p/short/c/c1', route)).toBe('/p/***/c/***');
  });
});

describe('the request log of the command', () => {
  it('prints a text line per request by default, JSON lines with --log json, none with --quiet', async () => {
    const text = new CliProcess(['--port', '0']);
    const json = new CliProcess(['--port', '0', '--log', 'json']);
    const quiet = new CliProcess(['--port', '0', '--quiet']);
    try {
      const urls = await Promise.all(
        [text, json, quiet].map(async (cli) => (await cli.started()).CHATWOOT_URL),
      );
      for (const url of urls) {
        const res = await fetch(`${url}/api/v1/accounts/1/agents?api_access_token=${ADMIN}`, {
          headers: { api_access_token: ADMIN },
        });
        expect(res.status).toBe(200);
      }
      const bannerEnd = (cli: CliProcess) =>
        cli.stdout.indexOf('\n', cli.stdout.indexOf('CHATWOOT_AGENT_TOKEN='));
      await text.waitFor(
        /GET +\/api\/v1\/accounts\/1\/agents\?api_access_token=\*\*\* 200 [\d.]+ ms listAgents\n/,
        'stdout',
        bannerEnd(text),
      );
      await json.waitFor(/^\{.*\}\n/m, 'stdout', bannerEnd(json));
      const jsonLine = json.stdout.slice(bannerEnd(json) + 1).trim();
      expect(JSON.parse(jsonLine)).toMatchObject({
        method: 'GET',
        path: '/api/v1/accounts/1/agents?api_access_token=***',
        status: 200,
        operationId: 'listAgents',
      });
      expect(text.stdout).not.toMatch(/\u001b\[/); // not a terminal: no colours
      // The command has exited once every answer is out: a line --quiet printed would be there.
      expect(await quiet.stop()).toBe(0);
      expect(quiet.stdout.slice(bannerEnd(quiet) + 1)).toBe('');
      for (const cli of [text, json]) expect(cli.stdout.slice(bannerEnd(cli))).not.toContain(ADMIN);
    } finally {
      await Promise.all([text, json, quiet].map((cli) => cli.stop()));
    }
  }, 60_000);
});
