/**
 * The command's settings besides its flags (src/cli-config.ts): CHATWOOT_FAKE_* variables and a config
 * file (chatwoot-fake.config.json / .yaml in the working directory, or --config), flags > env > file >
 * defaults; configuration errors exit 2 naming the file and the key; --help shows examples.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, CliProcess, ROOT, TSX } from './support/cli-process';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-config-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const SOLO_WORLD =
  'account: { name: Solo }\nusers:\n' +
  '  - { key: boss, name: Boss, email: boss@solo.test, role: administrator, access_token: solo-admin-token-0000001 }\n';

/** The banner line of `label` (`chatwoot`, `control API`, …). */
const bannerLine = (cli: CliProcess, label: string) =>
  new RegExp(`^ {2}${label} +(.*)$`, 'm').exec(cli.stdout)?.[1];

describe('flags > environment > config file > defaults', () => {
  it('reads a YAML config file in the working directory, under the environment and the flags', async () => {
    fs.writeFileSync(path.join(dir, 'solo.yaml'), SOLO_WORLD);
    fs.writeFileSync(
      path.join(dir, 'chatwoot-fake.config.yaml'),
      [
        'port: 0',
        'fixtures: solo.yaml # relative to this file',
        'chatwoot-version: "3.16"',
        'log: "off"',
        'control: true',
      ].join('\n'),
    );
    const cli = new CliProcess(['--log', 'json'], {
      cwd: dir,
      env: {
        CHATWOOT_FAKE_CHATWOOT_VERSION: '4.0', // env over file
        CHATWOOT_FAKE_LOG: 'pretty', // the flag wins over it
        CHATWOOT_FAKE_NO_CONTROL: 'yes', // a flag without a value, from env; over the file's `control: true`
      },
    });
    try {
      const vars = await cli.started();
      expect(vars.CHATWOOT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(vars.CHATWOOT_URL).not.toMatch(/:3000$/); // the file's port 0, not the default
      expect(vars.CHATWOOT_ADMIN_TOKEN).toBe('solo-admin-token-0000001'); // the file's world
      expect(bannerLine(cli, 'chatwoot')).toMatch(/^4\.0\.\d+$/);
      expect(bannerLine(cli, 'control API')).toBe('off (--no-control)');
      expect(bannerLine(cli, 'config')).toBe('chatwoot-fake.config.yaml');
      const res = await fetch(`${vars.CHATWOOT_URL}/api/v1/accounts/${vars.CHATWOOT_ACCOUNT_ID}/agents`, {
        headers: { api_access_token: vars.CHATWOOT_ADMIN_TOKEN },
      });
      expect(res.status).toBe(200);
      await cli.waitFor(/^\{.*"operationId":"listAgents".*\}$/m); // --log json, over env and file
    } finally {
      await cli.stop();
    }
  }, 60_000);

  it('takes --config <file> (JSON, camelCase keys) and reads PORT below CHATWOOT_FAKE_PORT', async () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ port: 1, chatwootVersion: '3.16', quiet: true }));
    const cli = new CliProcess(['--config', file], {
      env: { PORT: '2', CHATWOOT_FAKE_PORT: '0', CHATWOOT_FAKE_QUIET: 'false' },
    });
    try {
      const vars = await cli.started();
      expect(vars.CHATWOOT_URL).not.toMatch(/:(1|2|3000)$/);
      expect(bannerLine(cli, 'chatwoot')).toMatch(/^3\.16\.\d+$/);
      await fetch(`${vars.CHATWOOT_URL}/api/v1/accounts/1/agents`);
      // CHATWOOT_FAKE_QUIET=false unsets the file's quiet: the request is logged.
      await cli.waitFor(/GET +\/api\/v1\/accounts\/1\/agents 401 /);
    } finally {
      await cli.stop();
    }
  }, 60_000);
});

describe('configuration errors exit 2 with a message', () => {
  /** Runs the command until it exits (it must exit: a bad setting stops it before it listens). */
  const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const cli = new CliProcess(args, { cwd: dir, env });
    const code = await cli.exit;
    return { code, stderr: cli.stderr, stdout: cli.stdout };
  };

  it('names an unknown key and its file; a bad value; a bad variable; a missing --config', async () => {
    fs.writeFileSync(path.join(dir, 'unknown.json'), JSON.stringify({ port: 0, prot: 3000 }));
    fs.writeFileSync(path.join(dir, 'bad-port.yaml'), 'port: abc\n');
    fs.writeFileSync(path.join(dir, 'bad-type.json'), JSON.stringify({ watch: 'yes' }));
    fs.writeFileSync(path.join(dir, 'list.json'), '[1, 2]');
    const [unknown, badPort, badType, notMapping, badEnv, missing, badEnvValue] = await Promise.all([
      run(['--config', 'unknown.json']),
      run(['--config', 'bad-port.yaml']),
      run(['--config', 'bad-type.json']),
      run(['--config', 'list.json']),
      run(['--port', '0'], { CHATWOOT_FAKE_EXPOSE_CONTROL: 'maybe' }),
      run(['--config', 'nope.json']),
      run([], { CHATWOOT_FAKE_PORT: 'abc' }),
    ]);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/unknown\.json: unknown setting "prot" \(known: port, host, /);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/bad-port\.yaml: port: port must be a non-negative integer/);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/bad-type\.json: watch must be true or false/);
    expect(notMapping.code).toBe(2);
    expect(notMapping.stderr).toMatch(/list\.json: must be a mapping of settings/);
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toMatch(
      /CHATWOOT_FAKE_EXPOSE_CONTROL must be 1, true, yes, on or 0, false, no, off \(got "maybe"\)/,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/config file not found: nope\.json/);
    expect(badEnvValue.code).toBe(2);
    expect(badEnvValue.stderr).toMatch(
      /from env 'CHATWOOT_FAKE_PORT' is invalid\. port must be a non-negative integer/,
    );
  }, 60_000);

  it('refuses two config files in the working directory', async () => {
    fs.writeFileSync(path.join(dir, 'chatwoot-fake.config.json'), '{}');
    fs.writeFileSync(path.join(dir, 'chatwoot-fake.config.yaml'), '');
    const both = await run(['--port', '0']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/chatwoot-fake\.config\.json and chatwoot-fake\.config\.yaml both exist/);
  }, 60_000);
});

describe('--help', () => {
  it('names every variable and shows examples', () => {
    const help = spawnSync(TSX, [CLI, '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/-p, --port <port> port to listen on .*env: CHATWOOT_FAKE_PORT\)/);
    expect(text).toMatch(/--chatwoot-version <version> .*env: CHATWOOT_FAKE_CHATWOOT_VERSION\)/);
    expect(text).toMatch(/--no-control .*\(env: CHATWOOT_FAKE_NO_CONTROL=1\)/);
    expect(text).toMatch(/--config <file> .*\(env: CHATWOOT_FAKE_CONFIG\)/);
    expect(help.stdout).toMatch(/^Examples:\n {2}\$ chatwoot-fake /m);
    expect(help.stdout).toMatch(/^ {2}\$ chatwoot-fake --fixtures world\.yaml --watch/m);
    expect(help.stdout).toMatch(/^ {2}\$ CHATWOOT_FAKE_PORT=4000 CHATWOOT_FAKE_QUIET=1 chatwoot-fake/m);
  }, 30_000);
});
