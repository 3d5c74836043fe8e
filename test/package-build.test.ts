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
  tarball = path.join(tmp, (JSON.parse(json) as { filename: string }[])[0].filename);
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
