/**
 * The development scripts of package.json and scripts/: what `npm test` and `npm start` print and do
 * before any test of the fake itself runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run lint:spec', () => {
  it('lints the spec without Redocly’s Node.js support box', () => {
    const { status, output } = run('npm', ['run', 'lint:spec', '--silent']);
    expect(status).toBe(0);
    expect(output).toMatch(/Your API description is valid/);
    expect(output).not.toMatch(/support is ending/);
    expect(output).not.toMatch(/[╔╚║]/);
    // The box's blank lines go with it: the output starts with Redocly's first line.
    expect(output).toMatch(/^validating openapi\/chatwoot\.yaml/);
  });

  it('keeps Redocly’s exit code and its other messages', () => {
    const { status, output } = run(process.execPath, ['scripts/redocly.mjs', 'lint', 'no-such-spec.yaml']);
    expect(status).toBe(1);
    expect(output).toMatch(/no-such-spec\.yaml does not exist/);
    expect(output).not.toMatch(/support is ending/);
  });
});

describe('scripts/gen-types.mjs (chatwoot-fake/types)', () => {
  it('finds src/types/openapi.d.ts generated from the spec as it is now', () => {
    const { status, output } = run(process.execPath, ['scripts/gen-types.mjs', '--check']);
    expect(output).toBe('fresh\n');
    expect(status).toBe(0);
  });
});

describe('scripts/ensure-built.mjs (npm start)', () => {
  const ENSURE = path.join(ROOT, 'scripts', 'ensure-built.mjs');
  /** Times here are seconds after this moment, set explicitly: no test depends on the clock. */
  const T0 = Date.UTC(2025, 0, 1);
  let root: string;

  /** A file's modification time, `seconds` after T0. */
  const modifiedAt = (file: string, seconds: number) => {
    const time = new Date(T0 + seconds * 1000);
    fs.utimesSync(path.join(root, file), time, time);
  };
  /** The start time the next build records in its stamp. */
  const nextBuildAt = (seconds: number) =>
    fs.writeFileSync(path.join(root, 'clock'), String(T0 + seconds * 1000));

  /** A checkout in miniature: sources, and a build script that writes dist/ and counts its runs. */
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-ensure-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('src/index.ts', 'export {};\n');
    write('src/web/page.ts', 'export {};\n');
    write('package.json', '{}\n');
    write('openapi/chatwoot.yaml', 'openapi: 3.1.0\n');
    write(
      'scripts/build.mjs',
      `import fs from 'node:fs';
fs.appendFileSync('builds.log', 'build\\n');
fs.mkdirSync('dist/contract', { recursive: true });
fs.mkdirSync('dist/types', { recursive: true });
for (const f of ['index.js', 'index.d.ts', 'contract/index.js', 'contract/jest.js', 'types/openapi.d.ts']) {
  fs.writeFileSync('dist/' + f, '');
}
fs.writeFileSync('dist/cli.js', 'console.log(JSON.stringify(process.argv.slice(2)));');
fs.writeFileSync('dist/.build-stamp', JSON.stringify({ started: Number(fs.readFileSync('clock', 'utf8')) }));
`,
    );
    for (const file of [
      'src/index.ts',
      'src/web/page.ts',
      'package.json',
      'openapi/chatwoot.yaml',
      'scripts/build.mjs',
    ]) {
      modifiedAt(file, 0);
    }
    // What `npm ci` leaves: a build after the sources were written.
    nextBuildAt(10);
    expect(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root }).status).toBe(0);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const ensure = (...args: string[]) => {
    const result = spawnSync(process.execPath, [ENSURE, '--root', root, ...args], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const builds = () =>
    fs.readFileSync(path.join(root, 'builds.log'), 'utf8').split('\n').filter(Boolean).length;

  it('says fresh after a build, and runs the program with its arguments without building', () => {
    expect(ensure('--check')).toMatchObject({ status: 0, stdout: 'fresh\n' });
    const run = ensure('--then', 'dist/cli.js', '--port', '4000', '--check');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['--port', '4000', '--check']); // the program's, not ours
    expect(builds()).toBe(1);
  });

  it('rebuilds once a source is newer than the build, then not again', () => {
    modifiedAt('src/web/page.ts', 20);
    expect(ensure('--check')).toMatchObject({
      status: 1,
      stdout: `stale: ${path.join('src', 'web', 'page.ts')} changed after the last build\n`,
    });
    nextBuildAt(30);
    const run = ensure('--then', 'dist/cli.js', 'x');
    expect(run.stderr).toMatch(/building dist\/ \(src\/web\/page\.ts changed after the last build\)/);
    expect(JSON.parse(run.stdout)).toEqual(['x']);
    expect(builds()).toBe(2);
    expect(ensure('--check').stdout).toBe('fresh\n');
    ensure('--then', 'dist/cli.js');
    expect(builds()).toBe(2);
    // The same for package.json (the bundle inlines its version) and the build scripts.
    modifiedAt('package.json', 40);
    expect(ensure('--check').stdout).toBe('stale: package.json changed after the last build\n');
  });

  it('rebuilds when the stamp or an entry point is missing, and not for a spec edit (read at run time)', () => {
    modifiedAt('openapi/chatwoot.yaml', 20);
    expect(ensure('--check').stdout).toBe('fresh\n');
    fs.rmSync(path.join(root, 'dist', 'contract', 'jest.js'));
    expect(ensure('--check').stdout).toBe('stale: dist/contract/jest.js is missing\n');
    fs.rmSync(path.join(root, 'dist', '.build-stamp'));
    expect(ensure('--check').stdout).toMatch(/^stale: dist\/\.build-stamp is missing/);
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect(ensure('--check').stdout).toBe('stale: dist/ is missing\n');
    expect(ensure().status).toBe(0);
    expect(builds()).toBe(2);
    expect(ensure('--check').stdout).toBe('fresh\n');
  });

  it('stops with the build’s exit code when the build fails, without running the program', () => {
    fs.writeFileSync(path.join(root, 'scripts', 'build.mjs'), 'process.exit(3);\n');
    const run = ensure('--then', 'dist/cli.js', 'x');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
  });
});

describe('scripts/mutation-check.mjs (npm run mutation-check)', () => {
  it('lists its mutations, each still applying to the sources (a moved rule fails it)', () => {
    const { status, output } = run(process.execPath, ['scripts/mutation-check.mjs', '--list']);
    expect(status).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).toMatch(/^applies {9}.+ → test\/chatwoot-specs\/\S+\.test\.ts$/);
  });
});
