/**
 * `chatwoot-fake check`: against the fake itself (zero violations, read-only and --write, cleaning
 * up), and against a local "drifted Chatwoot" (the fake behind a server that changes a few answers:
 * a renamed field, a string id, a missing envelope, an undocumented 500) where every drift and
 * nothing else is reported. The fake runs with response validation off here, so nothing but the
 * checker judges its answers.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CheckConnectionError, runCheck, formatReport, type CheckReport } from '../src/contract';
import { startFake, type RunningFake } from '../src/index';
import { driftedChatwoot } from './support/drifted';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let fake: RunningFake;

beforeAll(async () => {
  fake = await startFake({ port: 0, webhooks: false, cable: false, validateResponses: false });
});

afterAll(async () => {
  await fake.close();
});

function failed(report: CheckReport): string[] {
  return report.operations.filter((o) => o.outcome === 'fail').map((o) => o.operationId);
}

async function labelsNamed(prefix: string): Promise<string[]> {
  const res = await fetch(`${fake.url}/api/v1/accounts/1/labels`, {
    headers: { api_access_token: fake.tokens.admin },
  });
  const body = (await res.json()) as { payload: { title: string }[] };
  return body.payload.map((l) => l.title).filter((t) => t.startsWith(prefix));
}

async function contactsNamed(query: string): Promise<number> {
  const res = await fetch(`${fake.url}/api/v1/accounts/1/contacts/search?q=${encodeURIComponent(query)}`, {
    headers: { api_access_token: fake.tokens.admin },
  });
  return ((await res.json()) as { meta: { count: number } }).meta.count;
}

describe('check against the fake itself', () => {
  it('passes with zero violations, read-only and with --write, and leaves nothing behind', async () => {
    const report = await runCheck({
      baseUrl: fake.url,
      accountId: fake.accountId,
      token: fake.tokens.admin,
      write: true,
      runId: 'selftest',
    });
    const problems = report.operations.filter((o) => o.outcome === 'fail');
    expect(problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary.violations).toBe(0);
    expect(report.summary.passed).toBeGreaterThan(60);
    const passed = new Set(report.operations.filter((o) => o.outcome === 'pass').map((o) => o.operationId));
    for (const id of [
      'getProfile',
      'listContacts',
      'getContact',
      'getConversation',
      'listMessages',
      'getInbox',
    ]) {
      expect(passed).toContain(id); // ids discovered from lists
    }
    for (const id of [
      'createContact',
      'updateContact',
      'deleteContact',
      'createLabel',
      'deleteLabel',
      'createWebhook',
    ]) {
      expect(passed).toContain(id);
    }
    // Only GETs in the read walk.
    expect(report.calls.filter((c) => c.phase === 'read').every((c) => c.method === 'GET')).toBe(true);
    // The scenario deleted everything it created itself.
    expect(report.calls.filter((c) => c.phase === 'cleanup')).toEqual([]);
    expect(report.leftBehind).toEqual([]);
    expect(await labelsNamed('cwf-check-selftest')).toEqual([]);
    expect(await contactsNamed('cwf-check-selftest')).toBe(0);
    const text = formatReport(report, 'text');
    expect(text).toMatch(
      /^PASS {2}createContact +POST +\/api\/v1\/accounts\/\{account_id\}\/contacts {2}200$/m,
    );
    expect(text).toMatch(/Summary: \d+ operations: \d+ passed, 0 failed, \d+ skipped/);
    expect(text).toMatch(/Result: PASS$/);
    expect(text).not.toContain(fake.tokens.admin);
  }, 180_000);

  it('cleans up what it created when a step fails or the run is aborted', async () => {
    // An undocumented 500 in the middle of the scenario…
    fake.failNext({ method: 'PATCH', path: '/api/v1/accounts/:account_id/contacts/:id', status: 500 });
    const abort = new AbortController();
    const report = await runCheck({
      baseUrl: fake.url,
      accountId: fake.accountId,
      token: fake.tokens.admin,
      write: true,
      read: false,
      runId: 'aborted',
      signal: abort.signal,
      // …and an abort once the label exists.
      onCall: (call) => {
        if (call.operationId === 'createLabel' && call.status === 200) abort.abort();
      },
    });
    expect(report.ok).toBe(false);
    const update = report.calls.find((c) => c.operationId === 'updateContact')!;
    expect(update).toMatchObject({ outcome: 'fail', status: 500 });
    expect(update.violations[0]).toMatchObject({ kind: 'undocumented-status', status: 500 });
    expect(report.calls.filter((c) => c.outcome === 'skip').every((c) => c.reason === 'aborted')).toBe(true);
    // The label and then the contact, deleted in the cleanup phase.
    expect(report.calls.filter((c) => c.phase === 'cleanup').map((c) => [c.operationId, c.status])).toEqual([
      ['deleteLabel', 200],
      ['deleteContact', 200],
    ]);
    expect(report.leftBehind).toEqual([]);
    expect(report.notes).toContain('aborted: not every operation ran');
    expect(await labelsNamed('cwf-check-aborted')).toEqual([]);
    expect(await contactsNamed('cwf-check-aborted')).toBe(0);
  }, 120_000);
});

describe('check against a drifted Chatwoot', () => {
  let drifted: { url: string; close: () => Promise<void> };
  let report: CheckReport;

  beforeAll(async () => {
    drifted = await driftedChatwoot(fake.url);
    report = await runCheck({ baseUrl: drifted.url, accountId: 1, token: fake.tokens.admin });
  }, 180_000);

  afterAll(async () => {
    await drifted.close();
  });

  it('reports every drift and nothing else: breaking differences fail, unknown keys are notices', () => {
    expect(failed(report).sort()).toEqual(['getContact', 'listAgents', 'listInboxes', 'listLabels']);
    // The drifted server answers GET /api as the fake does: its version is what the run checked against.
    expect(report.chatwootVersion).toEqual({ version: '4.15.1', source: 'GET /api' });
    expect(report.ok).toBe(false);
    const op = (id: string) => report.operations.find((o) => o.operationId === id)!;

    // A renamed field: the documented one is missing, the new one is not in the spec; folded over agents.
    expect(op('listAgents').violations).toEqual([
      expect.objectContaining({
        pointer: '/0/available_name',
        expected: 'required property',
        actual: 'missing',
        severity: 'breaking',
        count: 3,
      }),
      expect.objectContaining({
        pointer: '/0/display_name',
        expected: 'no such property (not in the spec)',
        severity: 'drift',
        count: 3,
      }),
    ]);
    // A string id.
    expect(op('getContact').violations).toEqual([
      expect.objectContaining({
        operationId: 'getContact',
        pointer: '/payload/id',
        expected: 'integer',
        actual: 'string "1"',
      }),
    ]);
    // A missing envelope.
    expect(op('listInboxes').violations).toEqual([
      expect.objectContaining({ pointer: '', expected: 'object', actual: expect.stringMatching(/^array /) }),
    ]);
    // An undocumented 500.
    expect(op('listLabels').violations).toEqual([
      expect.objectContaining({
        kind: 'undocumented-status',
        status: 500,
        expected: 'one of 200, 400, 401, 404, 413, 429, 431',
      }),
    ]);
    // A key the spec does not know, alone: a drift notice; the operation passes.
    expect(op('getProfile')).toMatchObject({
      outcome: 'pass',
      violations: [expect.objectContaining({ pointer: '/ui_flags', severity: 'drift' })],
    });
    expect(report.summary).toMatchObject({ failed: 4, drift: 2 });
    // Ids from a list without its envelope still lead on; the label list failed, so no label to get.
    expect(op('getInbox').outcome).toBe('pass');
    expect(op('getLabel')).toMatchObject({
      outcome: 'skip',
      reasons: [expect.stringMatching(/no value for \{id\}/)],
    });
  });

  it('prints text, JSON and JUnit reports without the token', () => {
    const text = formatReport(report, 'text');
    expect(text).toContain('FAIL  listAgents');
    expect(text).toContain('• /*/available_name: expected required property, got missing  (×3)');
    expect(text).toContain('• /payload/id: expected integer, got string "1"');
    expect(text).toContain('• (body): expected object, got array [');
    expect(text).toContain(
      '• status 500 is not documented for listLabels (documented: 200, 400, 401, 404, 413, 429, 431)',
    );
    expect(text).toContain('"access_token":"[redacted]"');
    expect(text).toContain('~ drift: /ui_flags: expected no such property (not in the spec), got object {}');
    expect(text).toMatch(
      /Summary: \d+ operations: \d+ passed, 4 failed \(\d+ breaking differences\), \d+ skipped; 2 drift notices \(not failing; --strict fails on them\)/,
    );
    expect(text).toMatch(/Result: FAIL$/);

    const json = JSON.parse(formatReport(report, 'json'));
    expect(json.summary.failed).toBe(4);
    expect(json.operations.find((o: any) => o.operationId === 'getContact').violations[0].pointer).toBe(
      '/payload/id',
    );

    const junit = formatReport(report, 'junit');
    expect(junit).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="chatwoot-fake check" tests="\d+" failures="4"/,
    );
    expect(junit).toContain(
      '<testcase classname="chatwoot-fake.check" name="listLabels (GET /api/v1/accounts/{account_id}/labels)">',
    );
    expect(junit).toContain('<failure message="status 500 is not documented for listLabels');
    expect(junit).toContain('<skipped message="no value for {id}');
    for (const out of [text, JSON.stringify(json), junit]) expect(out).not.toContain(fake.tokens.admin);
  });

  it('with strict, fails on drift notices too', async () => {
    const strict = await runCheck({
      baseUrl: drifted.url,
      accountId: 1,
      token: fake.tokens.admin,
      strict: true,
      chatwootVersion: 'latest',
    });
    expect(strict.chatwootVersion).toEqual({ version: '4.15.1', source: 'option' });
    expect(failed(strict).sort()).toEqual([
      'getContact',
      'getProfile',
      'listAgents',
      'listInboxes',
      'listLabels',
    ]);
    expect(formatReport(strict, 'text')).toContain('read-only  Chatwoot 4.15.1 (given)  strict');
  }, 180_000);
});

describe('check against a misconfigured target', () => {
  it('fails when the account cannot be read, even if every answer is documented', async () => {
    const report = await runCheck({ baseUrl: fake.url, accountId: 999, token: fake.tokens.admin });
    expect(report.summary.failed).toBe(0);
    expect(report.ok).toBe(false);
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^GET \/api\/v1\/accounts\/999 answered 40[14]/),
    );
  }, 120_000);

  it('follows redirects to the same host only, so the token never travels elsewhere', async () => {
    const fakePort = new URL(fake.url).port;
    const hits: string[] = [];
    const redirector = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      const host = req.url?.startsWith('/api/v1/profile') ? '127.0.0.1' : 'localhost';
      res.writeHead(301, { location: `http://${host}:${fakePort}${req.url}` }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
      const report = await runCheck({ baseUrl: base, accountId: 1, token: fake.tokens.admin });
      const op = (id: string) => report.operations.find((o) => o.operationId === id)!;
      expect(op('getProfile')).toMatchObject({ outcome: 'pass', statuses: [200] }); // same host: followed
      expect(op('listContacts')).toMatchObject({ outcome: 'fail', statuses: [301] }); // elsewhere: not
      expect(op('listContacts').violations[0]).toMatchObject({ kind: 'undocumented-status', status: 301 });
      expect(hits).toContain('/api/v1/profile');
    } finally {
      redirector.closeAllConnections();
      await new Promise((resolve) => redirector.close(resolve));
    }
  }, 120_000);
});

/** A loopback port nobody listens on: one the OS just handed out and took back. */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('check against a server that cannot be reached', () => {
  it('stops at the first refused connection with one error, not one failure per operation', async () => {
    const base = `http://127.0.0.1:${await deadPort()}`;
    let calls = 0;
    const run = runCheck({ baseUrl: base, accountId: 1, token: 'x', onCall: () => calls++ });
    await expect(run).rejects.toThrow(CheckConnectionError);
    await expect(run).rejects.toThrow(
      new RegExp(`^cannot connect to ${base} \\(connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\)`),
    );
    expect(calls).toBe(0); // the failed request is the error, not a call of the report
  });

  it('with --write, says what it created before the server went away', async () => {
    const fakePort = new URL(fake.url).port;
    // Forwards to the fake until the scenario's first create has been answered, then goes away.
    const server: http.Server = http.createServer((req, res) => {
      const upstream = http.request(
        { host: '127.0.0.1', port: fakePort, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(res);
          if (req.method === 'POST') {
            res.once('finish', () => {
              server.close();
              server.closeAllConnections();
            });
          }
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const error = await runCheck({
      baseUrl: base,
      accountId: 1,
      token: fake.tokens.admin,
      read: false,
      write: true,
      runId: 'gone',
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(CheckConnectionError);
    expect((error as CheckConnectionError).leftBehind).toEqual([expect.stringMatching(/^contact \d+$/)]);
    expect((error as Error).message).toMatch(
      /ECONNREFUSED.*Could not delete \(left on the server\): contact \d+$/,
    );
    // Left behind indeed: the fake still has it.
    const id = /contact (\d+)/.exec((error as Error).message)![1];
    const res = await fetch(`${fake.url}/api/v1/accounts/1/contacts/${id}`, {
      headers: { api_access_token: fake.tokens.admin },
    });
    expect(res.status).toBe(200);
    await fetch(`${fake.url}/api/v1/accounts/1/contacts/${id}`, {
      method: 'DELETE',
      headers: { api_access_token: fake.tokens.admin },
    });
  }, 60_000);
});

function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(ROOT, 'src', 'cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the check command', () => {
  it('exits 0 against the fake, prints a report, and never the token (taken from the environment)', async () => {
    const { code, stdout, stderr } = await cli(
      ['check', '--base-url', fake.url, '--account-id', '1', '--format', 'json'],
      {
        CHATWOOT_TOKEN: fake.tokens.admin,
      },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: true, write: false, summary: { failed: 0, violations: 0 } });
    expect(stdout).not.toContain(fake.tokens.admin);
  }, 180_000);

  it('exits 1 when something fails and 2 on bad usage, with the token masked', async () => {
    const drifted = await driftedChatwoot(fake.url);
    try {
      const token = fake.tokens.admin;
      const failing = await cli(
        ['check', '--base-url', drifted.url, '--account-id', '1', '--token', token],
        {},
      );
      expect(failing.code).toBe(1);
      expect(failing.stdout).toContain('FAIL  listLabels');
      expect(failing.stdout + failing.stderr).not.toContain(token);
    } finally {
      await drifted.close();
    }
    const usage = await cli(['check', '--base-url', fake.url, '--account-id', '1'], {
      CHATWOOT_TOKEN: '',
      CHATWOOT_ADMIN_TOKEN: '',
    });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--token (or CHATWOOT_TOKEN) is required');
  }, 180_000);

  it('exits 2 with one message when nothing listens at the URL', async () => {
    const port = await deadPort();
    const { code, stdout, stderr } = await cli(
      ['check', '--base-url', `http://127.0.0.1:${port}`, '--account-id', '1'],
      { CHATWOOT_TOKEN: 'secret-token' },
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `checking http://127.0.0.1:${port} (account 1)…`,
      `chatwoot-fake check: cannot connect to http://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}): ` +
        'is the URL right and the server running?',
    ]);
  }, 60_000);
});
