/**
 * Re-seeding a running fake: `fake.reload(world)` in-process, and the command's `--watch`, which
 * reloads the --fixtures file when it changes (same port, what changed printed; a broken file is
 * reported and the previous world keeps serving).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { startFake, type World } from '../src/index';
import { describeCounts } from '../src/cli-watch';
import { CliProcess } from './support/cli-process';

const TOKEN = 'solo-admin-token-0000001';
const world = (contacts: string[]): string =>
  [
    'account: { name: Solo }',
    'users:',
    `  - { key: boss, name: Boss, email: boss@solo.test, role: administrator, access_token: ${TOKEN} }`,
    'contacts:',
    ...contacts.map((name, i) => `  - { key: c${i}, name: ${name}, email: c${i}@solo.test }`),
    '',
  ].join('\n');

async function contactNames(url: string, accountId: number | string): Promise<string[]> {
  const res = await fetch(`${url}/api/v1/accounts/${accountId}/contacts?sort=name`, {
    headers: { api_access_token: TOKEN },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { payload: { name: string }[] }).payload.map((c) => c.name);
}

type Frame = { type?: string; reason?: string; reconnect?: boolean };

/** A /cable connection: resolves once welcomed, with the promise of every frame it gets until it closes. */
function cableClient(url: string): Promise<{ frames: Promise<Frame[]> }> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/cable`, ['actioncable-v1-json']);
  const frames: Frame[] = [];
  const closed = new Promise<Frame[]>((resolve) => ws.once('close', () => resolve(frames)));
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as Frame;
      frames.push(frame);
      if (frame.type === 'welcome') resolve({ frames: closed });
    });
  });
}

describe('fake.reload()', () => {
  it('re-seeds on the same port; a world that does not load throws and the old world keeps serving', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-reload-'));
    const file = path.join(dir, 'world.yaml');
    fs.writeFileSync(file, world(['Ada']));
    const fake = await startFake({ fixtures: file });
    try {
      const { url, port } = fake;
      expect(await contactNames(url, fake.accountId)).toEqual(['Ada']);
      fake.failNext({ operationId: 'listContacts', status: 500 });

      fs.writeFileSync(file, world(['Ada', 'Grace']));
      await fake.reload(); // the file it started with, read again
      expect(fake.port).toBe(port);
      expect(fake.faults()).toEqual([]); // as if restarted
      expect(await contactNames(url, fake.accountId)).toEqual(['Ada', 'Grace']);
      expect(fake.db.contacts.map((c) => c.name)).toEqual(['Ada', 'Grace']); // the harness follows

      await expect(fake.reload({ account: { name: 'No users' } } as World)).rejects.toThrow(/users/);
      expect(await contactNames(url, fake.accountId)).toEqual(['Ada', 'Grace']);
    } finally {
      await fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells /cable clients to reconnect (server_restart), and /cable serves the new world', async () => {
    const fake = await startFake();
    try {
      const before = await cableClient(fake.url);
      await fake.reload();
      expect(await before.frames).toContainEqual({
        type: 'disconnect',
        reason: 'server_restart',
        reconnect: true,
      });
      const after = await cableClient(fake.url); // welcomed by the new world's /cable
      await fake.close();
      expect(await after.frames).toContainEqual(expect.objectContaining({ type: 'disconnect' }));
    } finally {
      await fake.close();
    }
  });
});

describe('describeCounts', () => {
  it('lists the sections whose counts changed', () => {
    expect(describeCounts({ users: 1, contacts: 2 }, { users: 1, contacts: 3, teams: 1 })).toBe(
      'contacts 2 → 3, teams 0 → 1',
    );
    expect(describeCounts({ users: 1 }, { users: 1 })).toBe('the same number of records in every section');
  });
});

describe('chatwoot-fake --watch', () => {
  it('reloads a changed world file, and keeps serving the previous world when the new one is broken', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-watch-'));
    const file = path.join(dir, 'world.yaml');
    fs.writeFileSync(file, world(['Ada']));
    const cli = new CliProcess(['--port', '0', '--quiet', '--fixtures', file, '--watch']);
    try {
      const vars = await cli.started();
      await cli.waitFor(/^chatwoot-fake: watching .*world\.yaml for changes$/m);
      expect(await contactNames(vars.CHATWOOT_URL, vars.CHATWOOT_ACCOUNT_ID)).toEqual(['Ada']);

      let from = cli.stdout.length;
      fs.writeFileSync(file, world(['Ada', 'Grace', 'Linus']));
      await cli.waitFor(
        /^chatwoot-fake: reloaded world\.yaml \(contacts 1 → 3\)\n {2}tokens unchanged$/m,
        'stdout',
        from,
      );
      expect(await contactNames(vars.CHATWOOT_URL, vars.CHATWOOT_ACCOUNT_ID)).toEqual([
        'Ada',
        'Grace',
        'Linus',
      ]);

      from = cli.stderr.length;
      fs.writeFileSync(file, `${world(['Ada'])}teams: [ { key: t, name: 5 } ]\n`);
      await cli.waitFor(
        /world\.yaml changed but does not load; still serving the previous world:\n.*world\.yaml:\d+: /,
        'stderr',
        from,
      );
      expect(await contactNames(vars.CHATWOOT_URL, vars.CHATWOOT_ACCOUNT_ID)).toEqual([
        'Ada',
        'Grace',
        'Linus',
      ]);

      // Fixed again: reloaded from the fixed file.
      from = cli.stdout.length;
      fs.writeFileSync(file, world(['Grace']));
      await cli.waitFor(/^chatwoot-fake: reloaded world\.yaml \(contacts 3 → 1\)$/m, 'stdout', from);
      expect(await contactNames(vars.CHATWOOT_URL, vars.CHATWOOT_ACCOUNT_ID)).toEqual(['Grace']);
    } finally {
      await cli.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('needs --fixtures', async () => {
    const cli = new CliProcess(['--port', '0', '--watch']);
    expect(await cli.exit).toBe(1);
    expect(cli.stderr).toMatch(/--watch needs --fixtures <file>/);
  }, 30_000);
});
