/**
 * The built package, as `npm start` and users run it: dist/index.js and dist/cli.js are esbuild
 * bundles (scripts/bundle.mjs) over tsc's output. `npm pack` here builds it from the sources (its
 * `prepare` script, scripts/build.mjs, which first empties dist/), and the tarball is what a
 * consumer installs.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

let tmp: string;
let tarball: string;
/** `npm pack --json`'s description of the tarball. */
let packed: { size: number; unpackedSize: number; files: { path: string; size: number }[] };
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-package-'));
  // Left over from an older layout: a build must not keep them (dist/fixtures.js would shadow the
  // dist/fixtures/ folder for require('./fixtures')).
  fs.mkdirSync(path.join(DIST, 'obsolete'), { recursive: true });
  fs.writeFileSync(path.join(DIST, 'fixtures.js'), 'module.exports = "stale";\n');
  fs.writeFileSync(path.join(DIST, 'obsolete', 'module.js'), '');
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stdout}${pack.stderr}`);
  const json = pack.stdout.slice(pack.stdout.indexOf('[')); // after the build's own output
  const [info] = JSON.parse(json) as (typeof packed & { filename: string })[];
  packed = info;
  tarball = path.join(tmp, info.filename);
}, 300_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run build (npm pack’s prepare)', () => {
  it('empties dist/ first: nothing of an older build stays', () => {
    expect(fs.existsSync(path.join(DIST, 'fixtures.js'))).toBe(false);
    expect(fs.existsSync(path.join(DIST, 'obsolete'))).toBe(false);
    expect(fs.existsSync(path.join(DIST, 'fixtures', 'index.js'))).toBe(true);
    expect(fs.existsSync(tarball)).toBe(true);
  });

  it('leaves dist/ fresh for npm start (scripts/ensure-built.mjs)', () => {
    const check = spawnSync(process.execPath, ['scripts/ensure-built.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(check.stdout).toBe('fresh\n');
  });
});

/** Runs a script in a fresh Node process (no ts-jest), answering its stdout. */
function node(script: string): string {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`node -e failed: ${run.stderr}`);
  return run.stdout.trim();
}

describe('the tarball', () => {
  const files = () => packed.files.map((f) => f.path);

  it('carries the license, and faker’s notice for the name lists derived from it', () => {
    expect(files()).toEqual(expect.arrayContaining(['LICENSE', 'THIRD_PARTY_NOTICES', 'package.json']));
    expect(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 chatwoot-fake contributors\n/,
    );
    const notices = fs.readFileSync(path.join(ROOT, 'THIRD_PARTY_NOTICES'), 'utf8');
    expect(notices).toContain('src/fixtures/names.ts');
    expect(notices).toMatch(/Faker - Copyright \(c\) 2022-20\d\d/);
    expect(notices).toContain('Permission is hereby granted, free of charge');
    expect(fs.readFileSync(path.join(ROOT, 'src', 'fixtures', 'names.ts'), 'utf8')).toMatch(
      /THIRD_PARTY_NOTICES/,
    );
  });

  it('is lean: no source maps, no build stamp, one bundle of the library', () => {
    expect(files().filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files()).not.toContain('dist/.build-stamp');
    expect(files()).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli.js', 'dist/index.d.ts']));
    // dist/cli.js requires the library bundle instead of holding a copy of it.
    const cli = packed.files.find((f) => f.path === 'dist/cli.js')!;
    expect(cli.size).toBeLessThan(400_000);
    expect(fs.readFileSync(path.join(DIST, 'cli.js'), 'utf8')).toMatch(/require\("\.\/index\.js"\)/);
    // Was 2.5 MB packed, 11 MB unpacked (half of it source maps); 1.26 MB once the typings of
    // chatwoot-fake/types, the widget pages and the recorder came in.
    expect(packed.size).toBeLessThan(1_400_000);
    // 4.3 MB before chatwoot-fake/types added its 0.7 MB of typings (with their docs); 5.6 MB with the
    // widget, the recorder and direct uploads.
    expect(packed.unpackedSize).toBeLessThan(6_000_000);
  });
});

describe('the built package', () => {
  it('is a bundle that starts the fake and answers with the default world', () => {
    const out = node(`
      const { startFake } = require('./dist/index.js');
      startFake({ port: 0 }).then(async (fake) => {
        const res = await fetch(fake.url + '/api/v1/accounts/1/agents', { headers: { api_access_token: fake.tokens.admin } });
        console.log(JSON.stringify({ status: res.status, agents: (await res.json()).length }));
        await fake.close();
      });`);
    expect(JSON.parse(out)).toEqual({ status: 200, agents: 3 });
    // One file, not tsc's require of ./app: the cold start reads and compiles one module.
    expect(fs.readFileSync(path.join(DIST, 'index.js'), 'utf8')).not.toMatch(/require\("\.\/app(\.js)?"\)/);
  });

  it('shares one contract checker between the main entry and chatwoot-fake/contract', () => {
    const out = node(`
      const main = require('./dist/index.js');
      const contract = require('./dist/contract/index.js');
      console.log(JSON.stringify({
        loadContract: main.loadContract === contract.loadContract,
        ContractChecker: main.ContractChecker === contract.ContractChecker,
      }));`);
    expect(JSON.parse(out)).toEqual({ loadContract: true, ContractChecker: true });
  });

  it('ships chatwoot-fake/cable: connectCable hears a broadcast of the built fake', () => {
    const out = node(`
      const { startFake } = require('./dist/index.js');
      const { connectCable } = require('./dist/cable.js');
      startFake({ port: 0 }).then(async (fake) => {
        const cable = await connectCable(fake.url, fake.tokens.agent);
        await fetch(fake.url + '/api/v1/accounts/1/conversations/1/messages', {
          method: 'POST',
          headers: { api_access_token: fake.tokens.agent, 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'from the package' }),
        });
        const message = await cable.waitFor({ event: 'message.created' });
        console.log(JSON.stringify({ content: message.data.content, entry: require('./package.json').exports['./cable'] }));
        await cable.close();
        await fake.close();
      });`);
    expect(JSON.parse(out)).toEqual({
      content: 'from the package',
      entry: { types: './dist/cable.d.ts', default: './dist/cable.js' },
    });
    expect(packed.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['dist/cable.js', 'dist/cable.d.ts']),
    );
  });

  it('runs as the chatwoot-fake command (dist/cli.js) and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(DIST, 'cli.js'), '--port', '0', '--host', '127.0.0.1'], {
      cwd: ROOT,
    });
    const banner = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 30_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('CHATWOOT_AGENT_TOKEN=')) {
          clearTimeout(timer);
          resolve(out);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const url = /^CHATWOOT_URL=(.*)$/m.exec(banner)![1];
    const res = await fetch(`${url}/api/v1/accounts/1/contacts`, {
      headers: { api_access_token: 'acme-admin-token-0000001' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { payload: unknown[] }).payload.length).toBeGreaterThan(0);
    child.removeAllListeners('exit');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('chatwoot-fake record (dist/cli.js)', () => {
  it('records a running fake into a world file, with the recorder of the library bundle', async () => {
    // The fake in a child process of its own (the built library), so nothing here blocks it.
    const server = spawn(
      process.execPath,
      [path.join(DIST, 'cli.js'), '--port', '0', '--host', '127.0.0.1'],
      { cwd: ROOT },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 30_000);
        server.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /^CHATWOOT_URL=(.*)$/m.exec(out);
          if (m && /CHATWOOT_ADMIN_TOKEN=/.test(out)) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const out = path.join(tmp, 'recorded.yaml');
      const run = spawnSync(
        process.execPath,
        [path.join(DIST, 'cli.js'), 'record', '--base-url', url, '--account-id', '1', '--out', out],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHATWOOT_TOKEN: 'acme-admin-token-0000001' } },
      );
      expect(run.stdout).toMatch(/^ {2}conversations +10 read +10 written$/m);
      expect(run.status).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toMatch(
        /^# Recorded by chatwoot-fake record from account 1 \(anonymised\)\.$/m,
      );
      // No second copy of the recorder (nor of the fixtures' name lists) in the command's bundle.
      expect(fs.readFileSync(path.join(DIST, 'cli.js'), 'utf8')).not.toMatch(/function toWorld\(/);
    } finally {
      server.kill('SIGTERM');
    }
  }, 60_000);
});

describe('chatwoot-fake --exit-with-parent (a CI script starting it in the background)', () => {
  /**
   * Starts dist/cli.js from a parent process of its own, as `cmd &` in a script or `npx` would. The
   * command writes to the parent's stdout pipe, which this test reads: the pipe closes only once
   * every writer has, so its 'close' is the command's exit.
   */
  async function startUnderParent(args: string[]) {
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const child = require('node:child_process').spawn(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
         console.log('pid=' + child.pid);`,
        path.join(DIST, 'cli.js'),
        ...args,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const closed = new Promise<void>((resolve) => parent.stdout.on('close', () => resolve()));
    parent.stderr.on('data', (chunk) => (out += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 30_000);
      parent.stdout.on('data', (chunk) => {
        out += chunk;
        if (/^CHATWOOT_ADMIN_TOKEN=.*\n/m.test(out) && /^pid=\d+$/m.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const parentGone = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
    return {
      url: /^CHATWOOT_URL=(.*)$/m.exec(out)![1],
      pid: Number(/^pid=(\d+)$/m.exec(out)![1]),
      output: () => out,
      closed,
      killParent: async () => {
        parent.kill('SIGKILL');
        await parentGone;
      },
    };
  }

  it('stops, gracefully, when the process that started it dies', async () => {
    const fake = await startUnderParent(['--port', '0', '--exit-with-parent']);
    expect((await fetch(`${fake.url}/__fake/info`)).status).toBe(200);
    await fake.killParent();
    await fake.closed; // the command exited
    expect(fake.output()).toMatch(
      /chatwoot-fake: parent process exited, finishing requests in flight and closing/,
    );
    await expect(fetch(`${fake.url}/__fake/info`)).rejects.toThrow();
  }, 60_000);

  it('without it, outlives its parent (what `npx chatwoot-fake & … kill $!` runs into)', async () => {
    const fake = await startUnderParent(['--port', '0']);
    await fake.killParent();
    try {
      expect((await fetch(`${fake.url}/__fake/info`)).status).toBe(200);
    } finally {
      process.kill(fake.pid, 'SIGTERM');
      await fake.closed;
    }
  }, 60_000);
});

/**
 * A project that installs the tarball, as a user's would, type-checked with `strict` and without
 * `skipLibCheck`: the package's typings must compile with nothing but its own dependencies (which
 * ship their typings or need none in chatwoot-fake's) and Node's types. Offline: the tarball is
 * unpacked into node_modules/chatwoot-fake and each of its dependencies linked from this repository's
 * node_modules (so one missing from package.json fails here too); the consumer's own tools likewise
 * (typescript, @types/node, jest, @jest/globals and expect). Vitest is not installed here: its check
 * runs against a small stub of the two interfaces the package augments, mapped in by `paths`.
 */
describe('a TypeScript project that installs the tarball', () => {
  let project: string;
  const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

  function link(name: string) {
    const target = path.join(project, 'node_modules', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), target);
  }
  function write(file: string, text: string) {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), text);
  }
  function tsc(config: string) {
    const run = spawnSync(process.execPath, [TSC, '-p', config], { cwd: project, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  beforeAll(() => {
    project = path.join(tmp, 'consumer');
    const pkg = path.join(project, 'node_modules', 'chatwoot-fake');
    fs.mkdirSync(pkg, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    const { dependencies } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
    for (const name of Object.keys(dependencies)) link(name);
    for (const name of ['typescript', '@types/node', 'jest', '@jest/globals', 'expect']) link(name);
    write('package.json', '{ "name": "consumer", "version": "1.0.0", "private": true }\n');

    const strict = { strict: true, target: 'ES2022', lib: ['ES2022'], types: ['node'], skipLibCheck: false };
    write(
      'tsconfig.json',
      JSON.stringify({
        // No esModuleInterop (tsc's default for commonjs): the typings' imports must not need it.
        compilerOptions: { ...strict, module: 'commonjs', outDir: 'build' },
        files: ['app.ts', 'fake.test.ts', 'payloads.ts', 'readme-types.ts'],
      }),
    );
    write(
      'tsconfig.vitest.json',
      JSON.stringify({
        compilerOptions: {
          ...strict,
          module: 'commonjs',
          noEmit: true,
          paths: { vitest: ['./vitest-stub/index.d.ts'] },
        },
        files: ['vitest.ts'],
      }),
    );
    write(
      'tsconfig.nodenext.json',
      JSON.stringify({
        compilerOptions: {
          ...strict,
          module: 'nodenext',
          noEmit: true,
          paths: { vitest: ['./vitest-stub/index.d.ts'] },
        },
        files: ['app.ts', 'fake.test.ts', 'vitest.ts', 'payloads.ts'],
      }),
    );
    write(
      'tsconfig.types-misuse.json',
      JSON.stringify({
        compilerOptions: { ...strict, module: 'commonjs', noEmit: true },
        files: ['payloads-misuse.ts', 'readme-mistake.ts'],
      }),
    );

    // The library, as a test helper or a dev server would use it.
    write(
      'app.ts',
      `import * as http from 'node:http';
import { buildFake, startFake, type BuiltFake, type FakeInfo, type RunningFake } from 'chatwoot-fake';
import { runCheck, type CheckReport } from 'chatwoot-fake/contract';
import { connectCable, type CableMessage } from 'chatwoot-fake/cable';

export async function serve(): Promise<http.Server> {
  const built: BuiltFake = await buildFake({ seed: 2 });
  return http.createServer(built.app).listen(0); // the Express app is a request listener
}

export async function check(): Promise<CheckReport> {
  const fake: RunningFake = await startFake({ port: 0, clockMode: 'frozen' });
  const info: FakeInfo = fake.info(fake.url);
  const agent: string | null = info.tokens.agent;
  void agent;
  fake.failNext({ method: 'GET', path: '/api/v1/accounts/:account_id/contacts', status: 503 });
  fake.override({ operationId: 'getContact', respond: (req) => ({ status: 404, body: { error: req.path } }) });
  const cable = await connectCable(fake.url, fake.tokens.agent);
  const heard: Promise<CableMessage> = cable.waitFor({ event: 'message.created', timeoutMs: 100 });
  void heard.catch(() => fake.cable.events({ event: 'message.created' })[0]?.payload);
  await cable.close();
  try {
    return await runCheck({ baseUrl: fake.url, accountId: fake.accountId, token: fake.tokens.admin });
  } finally {
    await fake.close();
  }
}
`,
    );
    // A jest test that imports everything from @jest/globals (run with injectGlobals: false).
    write(
      'fake.test.ts',
      `import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startFake, type RunningFake } from 'chatwoot-fake';
import 'chatwoot-fake/jest';

let fake: RunningFake;
beforeAll(async () => {
  fake = await startFake({ port: 0 });
});
afterAll(() => fake.close());

describe('the installed package', () => {
  test('toMatchChatwootSpec from @jest/globals', async () => {
    const path = '/api/v1/accounts/' + fake.accountId + '/agents';
    const res = await fetch(fake.url + path, { headers: { api_access_token: fake.tokens.admin } });
    const answer = { method: 'GET', path, status: res.status, headers: Object.fromEntries(res.headers), body: await res.json() };
    expect(answer).toMatchChatwootSpec();
    expect({ ...answer, body: [{ id: 'not a number' }] }).not.toMatchChatwootSpec();
    expect(() => expect({ ...answer, status: 299 }).toMatchChatwootSpec()).toThrow(/does not match the Chatwoot spec/);
  });
});
`,
    );
    // The payload types (chatwoot-fake/types), as a client of the API or a webhook receiver uses them.
    write(
      'payloads.ts',
      `import type {
  Contact, Conversation, Inbox, Message, RequestBody, ResponseBody, WebhookEvent, WebhookEvents,
} from 'chatwoot-fake/types';

export async function contactsPage(url: string, token: string): Promise<Contact[]> {
  const res = await fetch(url + '/api/v1/accounts/1/contacts', { headers: { api_access_token: token } });
  const page = (await res.json()) as ResponseBody<'listContacts'>;
  const count: number = page.meta.count;
  void count;
  return page.payload;
}

export const newContact: RequestBody<'createContact'> = { name: 'Ada', email: 'ada@example.test' };
export const reply: RequestBody<'createMessage'> = { content: 'Hello', message_type: 'outgoing', private: false };

export function describe(conversation: Conversation, inbox: Inbox, last: Message): string {
  const id: number = conversation.id;
  return id + ' ' + conversation.status + ' in ' + inbox.name + ': ' + (last.content ?? '');
}

export function onWebhook(event: WebhookEvent): string {
  switch (event.event) {
    case 'message_created':
      return 'message ' + event.id + ' in conversation ' + event.conversation.id;
    case 'contact_created':
      return 'contact ' + event.id;
    default:
      return event.event;
  }
}

export function onMessage(event: WebhookEvent<'message_created'>): 'message_created' {
  return event.event;
}
export type Named = WebhookEvents['conversation_status_changed'];
`,
    );
    // The README's example of chatwoot-fake/types, but for its last line (the mistake it shows).
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Payload types')))![1];
    const mistake =
      "const id: Contact['id'] = '12'; // error TS2322: Type 'string' is not assignable to type 'number'.\n";
    expect(example.endsWith(`\n${mistake}`)).toBe(true);
    write(
      'readme-types.ts',
      `${example.slice(0, -mistake.length)}export { firstContacts, reply, onWebhook };\n`,
    );
    write('readme-mistake.ts', `import type { Contact } from 'chatwoot-fake/types';\nexport ${mistake}`);
    // What the types must refuse: each line is a mistake the compiler catches.
    write(
      'payloads-misuse.ts',
      `import type { Contact, RequestBody, ResponseBody, WebhookEvent } from 'chatwoot-fake/types';

export const id: Contact['id'] = 'not a number';
export const list: ResponseBody<'listContacts'> = { payload: [] };
export const body: RequestBody<'notAnOperation'> = {};
export function on(event: WebhookEvent<'message_created'>) {
  const name: 'message_updated' = event.event;
  return name;
}
`,
    );
    // A vitest setup and assertions, type-checked only.
    write(
      'vitest.ts',
      `import { beforeAll, expect } from 'vitest';
import { chatwootMatchers, loadContract, type VitestAssertion } from 'chatwoot-fake/vitest';

expect.extend(chatwootMatchers);
beforeAll(() => loadContract());

const answer = { method: 'GET', path: '/api/v1/profile', status: 401, headers: {}, body: {} };
expect(answer).toMatchChatwootSpec();
expect(answer).not.toMatchChatwootSpec({ method: 'GET' });
const assertion: VitestAssertion<typeof answer> = expect(answer);
assertion.toMatchChatwootSpec();
expect(answer).toEqual(expect.toMatchChatwootSpec());
// @ts-expect-error: not an option of the matcher
expect(answer).toMatchChatwootSpec({ status: 200 });
`,
    );
    // The shapes of vitest's types that the package touches (vitest 3: @vitest/expect).
    write(
      'vitest-stub/index.d.ts',
      `interface MatcherHintOptions { isNot?: boolean; comment?: string; expectedColor?: (arg: string) => string }
export interface MatcherState {
  isNot: boolean;
  promise: string;
  utils: { matcherHint(matcherName: string, received?: string, expected?: string, options?: MatcherHintOptions): string };
}
interface SyncExpectationResult { pass: boolean; message: () => string; actual?: any; expected?: any }
type ExpectationResult = SyncExpectationResult | Promise<SyncExpectationResult>;
type RawMatcherFn<T extends MatcherState = MatcherState> = (this: T, received: any, ...expected: Array<any>) => ExpectationResult;
type MatchersObject<T extends MatcherState = MatcherState> = Record<string, RawMatcherFn<T>>;
export interface AsymmetricMatchersContaining {
  stringContaining: (expected: string) => any;
}
export interface Assertion<T = any> {
  not: Assertion<T>;
  toEqual: <E>(expected: E) => void;
}
export interface ExpectStatic extends AsymmetricMatchersContaining {
  <T>(actual: T, message?: string): Assertion<T>;
  extend: (expects: MatchersObject) => void;
  not: AsymmetricMatchersContaining;
}
export declare const expect: ExpectStatic;
export declare function beforeAll(fn: () => unknown, timeout?: number): void;
`,
    );
  }, 60_000);

  it('type-checks the library and the jest matcher (@jest/globals), strict, without skipLibCheck', () => {
    const { status, output } = tsc('tsconfig.json');
    expect(output).toBe('');
    expect(status).toBe(0);
    // No Express, ws or multer types: the typings name none of the packages that lack their own.
    expect(fs.existsSync(path.join(project, 'node_modules', '@types', 'express'))).toBe(false);
  }, 120_000);

  it('type-checks code that uses chatwoot-fake/types, and refuses misuse of those types', () => {
    // payloads.ts and the README's example compiled with the first check (tsconfig.json); here the mistakes.
    expect(fs.existsSync(path.join(project, 'build', 'payloads.js'))).toBe(true);
    const { status, output } = tsc('tsconfig.types-misuse.json');
    expect(status).not.toBe(0);
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    // Errors on exactly the lines of mistakes, and no other.
    const lines = errors.map((line) => /^([\w.-]+)\((\d+),/.exec(line)?.slice(1, 3).join(':'));
    expect([...new Set(lines)]).toEqual([
      'payloads-misuse.ts:3',
      'payloads-misuse.ts:4',
      'payloads-misuse.ts:5',
      'payloads-misuse.ts:7',
      'readme-mistake.ts:2',
    ]);
    const at = (file: string, line: number) =>
      errors.filter((e) => e.startsWith(`${file}(${line},`)).join('\n');
    expect(at('payloads-misuse.ts', 3)).toMatch(/Type 'string' is not assignable to type 'number'/);
    expect(at('payloads-misuse.ts', 4)).toMatch(/Property 'meta' is missing/);
    expect(at('payloads-misuse.ts', 5)).toMatch(/"notAnOperation"/);
    expect(at('payloads-misuse.ts', 7)).toMatch(
      /"message_created"' is not assignable to type '"message_updated"/,
    );
    // The README's mistake, with the error it says.
    expect(at('readme-mistake.ts', 2)).toMatch(
      /error TS2322: Type 'string' is not assignable to type 'number'/,
    );
  }, 120_000);

  it('type-checks the vitest matcher against vitest’s interfaces, and everything under module: nodenext', () => {
    expect(tsc('tsconfig.vitest.json')).toEqual({ status: 0, output: '' });
    expect(tsc('tsconfig.nodenext.json')).toEqual({ status: 0, output: '' });
  }, 120_000);

  it('runs the jest test with the matcher, expect from @jest/globals and injectGlobals off', () => {
    expect(fs.existsSync(path.join(project, 'build', 'fake.test.js'))).toBe(true); // emitted by the first check
    const config = {
      rootDir: project,
      testMatch: ['<rootDir>/build/**/*.test.js'],
      transform: {},
      injectGlobals: false,
    };
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', JSON.stringify(config), '--ci'],
      { cwd: project, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stderr).toMatch(/Tests: +1 passed, 1 total/);
    expect(run.status).toBe(0);
  }, 150_000);
});
