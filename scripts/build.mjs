/**
 * `npm run build` (and `prepare`, so `npm ci` and `npm pack` build too): dist/ from nothing.
 *
 * 1. empties dist/, so nothing of an older build stays behind (an obsolete dist/fixtures.js would
 *    shadow the dist/fixtures/ folder a later build writes);
 * 2. scripts/gen-types.mjs: src/types/openapi.d.ts from the spec (`chatwoot-fake/types`), when it changed;
 * 3. tsc -p tsconfig.build.json: the per-module output and the typings, and the generated typings
 *    copied beside them (tsc copies no .d.ts);
 * 4. scripts/bundle.mjs: dist/index.js and dist/cli.js as single-file bundles;
 * 5. dist/.build-stamp: when this build started and from which inputs, for scripts/ensure-built.mjs
 *    (`npm start`), which rebuilds only when an input is newer.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP, newestInput } from './ensure-built.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const require = createRequire(import.meta.url);

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// An input changed while this runs is newer than the stamp: the next start rebuilds.
const started = Date.now();
const inputs = newestInput(ROOT);
fs.rmSync(DIST, { recursive: true, force: true });
run([path.join(ROOT, 'scripts', 'gen-types.mjs')]);
run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
fs.copyFileSync(path.join(ROOT, 'src', 'types', 'openapi.d.ts'), path.join(DIST, 'types', 'openapi.d.ts'));
run([path.join(ROOT, 'scripts', 'bundle.mjs')]);
fs.writeFileSync(
  path.join(DIST, STAMP),
  `${JSON.stringify({ started, newestInput: inputs.file && path.relative(ROOT, inputs.file) }, null, 2)}\n`,
);
