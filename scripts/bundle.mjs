/**
 * `npm run build`'s second step: dist/index.js and dist/cli.js as single-file bundles (esbuild), over
 * tsc's per-module output. A cold start then reads and compiles one file instead of resolving some
 * 150 modules (Express and its dependencies, every resource): about 80 ms less on this machine.
 *
 * Kept outside the bundles, as tsc compiled them:
 * - `./contract/*`: also reachable as `chatwoot-fake/contract` and `chatwoot-fake/jest`, so that a
 *   program importing both gets one contract checker (its loaded spec is shared module state);
 * - in dist/cli.js, `./index`: the command requires the library bundle rather than holding a second
 *   copy of it (the package ships one 1.4 MB bundle, not two);
 * - packages loaded lazily (on first use), which a bundle would parse on every start: Ajv,
 *   json-schema-ref-parser, yaml, multer, ws, iconv-lite's encodings, re2js (the first `pathRegex`),
 *   pino and pino-pretty (the request log);
 *   and swagger-ui-dist, whose files are served from disk.
 *
 * No source maps: the package ships none (they were half its size), and nothing here reads them.
 */
import { build } from 'esbuild';

const LAZY_PACKAGES = [
  'ajv',
  'ajv-formats',
  '@apidevtools/json-schema-ref-parser',
  'yaml',
  'multer',
  'ws',
  'swagger-ui-dist',
  // body-parser's charset decoder: its 0.5 MB of encoding tables load only for a non-UTF-8 body. A
  // dependency of our own (package.json) although only express's packages use it: the bundle's
  // require('iconv-lite') must find it from dist/ under any installer's layout (nested, pnpm).
  'iconv-lite',
  // RE2 for the control API's pathRegex (http/linear-regex.ts): 260 kB, loaded by the first pattern.
  're2js',
  // The request log (http/request-log.ts), loaded only when it is on (the command's default).
  'pino',
  'pino-pretty',
];

/** `./contract` and `./contract/x` imported from src/index.ts or src/cli.ts stay `require`s of dist/contract. */
const contractOutside = {
  name: 'contract-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/contract(\/[\w-]+)?$/ }, (args) => ({
      path: args.path === './contract' ? './contract/index.js' : `${args.path}.js`,
      external: true,
    }));
  },
};

/** `./index` imported from src/cli.ts stays a `require` of dist/index.js. */
const indexOutside = {
  name: 'index-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/index$/ }, (args) =>
      /[\\/]src[\\/]cli\.ts$/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    );
  },
};

await build({
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  outdir: 'dist',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  external: LAZY_PACKAGES,
  plugins: [contractOutside, indexOutside],
  logLevel: 'warning',
});
