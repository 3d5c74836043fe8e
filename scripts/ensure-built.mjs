/**
 * `npm start` (and prebench): builds dist/ only when it is missing or older than its inputs, so a
 * start after `npm ci` (which built it) is about as quick as `node dist/cli.js`.
 *
 * Fresh: dist/.build-stamp (written last by scripts/build.mjs) records when that build started, and
 * no input has been modified since. The inputs are what the build reads: src/, package.json (the
 * bundle inlines its version), package-lock.json (the bundled dependencies), tsconfig*.json and the
 * build scripts. openapi/ and fixtures/ are not: the fake reads them from disk at run time.
 *
 *   node scripts/ensure-built.mjs                        build if stale
 *   node scripts/ensure-built.mjs --then dist/cli.js ARGS  then run dist/cli.js with ARGS, in this
 *                                                          process (`npm start`: one Node start, not two)
 *   node scripts/ensure-built.mjs --check                only say: exit 0 fresh, 1 stale (and why)
 *   --root <dir>                                         another checkout (default: this one)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP = '.build-stamp';

const INPUT_DIRS = ['src'];
const INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
  'scripts/bundle.mjs',
  'scripts/ensure-built.mjs',
  'scripts/gen-types.mjs',
];
/** What a build must have written (the package's entry points). */
const OUTPUTS = [
  'index.js',
  'index.d.ts',
  'cli.js',
  'contract/index.js',
  'contract/jest.js',
  'types/openapi.d.ts',
];

function newestIn(dir, newest) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestIn(file, newest);
    else {
      const { mtimeMs } = fs.statSync(file);
      if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}

/** The most recently modified input of the build under `root`: `{ file, mtimeMs }`. */
export function newestInput(root) {
  let newest = { file: undefined, mtimeMs: 0 };
  for (const dir of INPUT_DIRS) newest = newestIn(path.join(root, dir), newest);
  for (const name of INPUT_FILES) {
    const file = path.join(root, name);
    try {
      const { mtimeMs } = fs.statSync(file);
      if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    } catch {
      // not in this checkout
    }
  }
  return newest;
}

/** Why dist/ under `root` needs a build, or undefined when it is up to date. */
export function staleReason(root) {
  const dist = path.join(root, 'dist');
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(dist, STAMP), 'utf8'));
  } catch {
    return fs.existsSync(dist)
      ? `dist/${STAMP} is missing (an unfinished or older build)`
      : 'dist/ is missing';
  }
  const missing = OUTPUTS.find((f) => !fs.existsSync(path.join(dist, f)));
  if (missing) return `dist/${missing} is missing`;
  const newest = newestInput(root);
  if (!(typeof stamp.started === 'number') || newest.mtimeMs > stamp.started) {
    return `${path.relative(root, newest.file)} changed after the last build`;
  }
  return undefined;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const all = process.argv.slice(2);
  const then = all.indexOf('--then');
  const args = then >= 0 ? all.slice(0, then) : all;
  const at = args.indexOf('--root');
  const root =
    at >= 0 ? path.resolve(args[at + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const reason = staleReason(root);
  if (args.includes('--check')) {
    console.log(reason ? `stale: ${reason}` : 'fresh');
    process.exit(reason ? 1 : 0);
  }
  if (reason) {
    console.error(`chatwoot-fake: building dist/ (${reason})…`);
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (then >= 0) {
    // The program sees itself as run directly: `node dist/cli.js ARGS`.
    const program = path.resolve(root, all[then + 1]);
    process.argv = [process.argv[0], program, ...all.slice(then + 2)];
    createRequire(import.meta.url)(program);
  }
}
