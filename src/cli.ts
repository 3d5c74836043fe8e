#!/usr/bin/env node
/** The `chatwoot-fake` command: starts the fake and prints how to reach it; `check`, `proxy` and `record` subcommands. */
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import {
  applyConfigFile,
  applyEnvironment,
  ConfigError,
  CONFIG_FILES,
  commandWithEnvironment,
  findConfigFile,
} from './cli-config';
import { watchWorld } from './cli-watch';
import { addContractCommands } from './contract/cli';
import { addRecordCommand } from './record/cli';
import {
  formatSummary,
  isLoopbackAddress,
  parseAllowedHosts,
  parseByteSize,
  parseRateLimit,
  recordWorld,
  RecordError,
  startFake,
  writeRecording,
} from './index';
import { PROFILES, resolveVersion } from './versions';

function integer(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return Number(value);
  };
}

/** A flag's value read by one of the fake's parsers: its error becomes commander's usage error. */
function flag<T>(parse: (value: string) => T) {
  return (value: string): T => {
    try {
      return parse(value);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}

const byteSize = (name: string) => flag((value) => parseByteSize(value, name));
const allowedHosts = flag(parseAllowedHosts);
const rateLimit = flag(parseRateLimit);

const program = commandWithEnvironment();
program
  .name('chatwoot-fake')
  .description('A high-fidelity, in-memory fake of the Chatwoot REST API')
  .option('-p, --port <port>', 'port to listen on (PORT is read too)', integer('port'), 3000)
  .option('--host <host>', 'address to bind (HOST is read too)', '127.0.0.1')
  .option(
    '--allowed-hosts <names>',
    "further Host names of the fake, comma-separated ('.example.test': and its subdomains; 'true': any)",
    allowedHosts,
  )
  .option(
    '--seed <n>',
    'seed for generated data and secrets (default: data of seed 1, random tokens)',
    integer('seed'),
  )
  .option('--fixtures <file>', 'world to load (YAML or JSON) instead of the embedded default')
  .option(
    '--fixtures-dir <dir>',
    'directory the control API may read world files from (default: none, worlds are sent in the request)',
  )
  .option('--contacts <n>', 'add N generated contacts', integer('contacts'), 0)
  .option('--conversations <n>', 'add N generated conversations', integer('conversations'), 0)
  .option(
    '--messages <n>',
    'N generated messages in all, spread over the generated conversations (default: about 4 each)',
    integer('messages'),
  )
  .option('--rate-limit <n/period>', 'per-token rate limit, e.g. 100/1m (off by default)', rateLimit)
  .option('--rate-limit-headers', 'add Retry-After and X-RateLimit-* headers to throttled answers')
  .option(
    '--rack-attack',
    "Chatwoot's rack-attack throttles by path and IP, email or account (off by default)",
  )
  .option(
    '--chatwoot-version <version>',
    `the Chatwoot version to emulate: ${PROFILES.map((p) => p.name).join(', ')} (default, the newest), or e.g. 3.13.0`,
    (value: string) => {
      try {
        return resolveVersion(value).text;
      } catch (err) {
        throw new InvalidArgumentError((err as Error).message);
      }
    },
  )
  .option('--clock <mode>', 'step (default: +1 s per change), frozen, or real', 'step')
  .option('--clock-start <iso>', 'the clock start, ISO-8601', '2026-01-15T09:00:00Z')
  .option('--cors-origin <origin...>', 'allowed CORS origins (default: any)')
  .option('--no-response-validation', 'skip checking responses against the spec (load tests)')
  .option(
    '--no-control',
    'turn off the /__fake control API and the X-Fake-Fault header (default: on, for loopback clients only)',
  )
  .option(
    '--expose-control',
    'serve the control API and X-Fake-Fault to non-loopback clients too (with --host 0.0.0.0, anyone who reaches the port can reset the fake)',
  )
  .option('--journal-size <n>', 'requests the journal keeps (0: none)', integer('journal-size'), 1000)
  .option(
    '--journal-bytes <size>',
    'bytes the journal keeps in all, e.g. 64mb (default; the oldest entries go first)',
    byteSize('--journal-bytes'),
  )
  .option(
    '--journal-body-bytes <size>',
    'largest body the journal keeps whole, e.g. 1mb (default; bigger ones are kept cut)',
    byteSize('--journal-body-bytes'),
  )
  .option(
    '--exit-with-parent',
    'stop (gracefully) when the process that started this one exits: for CI scripts that start the fake in the background',
  )
  .addOption(
    program
      .createOption(
        '--log <format>',
        'the request log on stdout, a line per API request: pretty (coloured on a terminal), json (a JSON object a line) or off',
      )
      .choices(['pretty', 'json', 'off'])
      .default('pretty'),
  )
  .option('-q, --quiet', 'no request log (same as --log off)')
  .option('--watch', 'reload the --fixtures world file when it changes (same port; what changed is printed)')
  .option(
    '--config <file>',
    `settings from a JSON or YAML file (default: ${CONFIG_FILES.slice(0, 2).join(' or ')} in the working directory, if there)`,
  )
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .version(require('../package.json').version)
  .addHelpText(
    'after',
    `
Every option can also come from a CHATWOOT_FAKE_<OPTION> environment variable (--chatwoot-version:
CHATWOOT_FAKE_CHATWOOT_VERSION; options without a value take 1/true/yes/on or 0/false/no/off, e.g.
CHATWOOT_FAKE_NO_CONTROL=1) or a config file (keys in camelCase or kebab-case; "control": false is
--no-control). Flags win over the environment, the environment over the file, the file over defaults.

Examples:
  $ chatwoot-fake                                    # the default world on http://127.0.0.1:3000
  $ chatwoot-fake --port 4000 --seed 7 --contacts 500 --conversations 100
  $ chatwoot-fake --fixtures world.yaml --watch      # re-seed when world.yaml changes
  $ chatwoot-fake --log json | jq -R 'fromjson? | select(.status >= 400)'   # failed requests
  $ CHATWOOT_FAKE_PORT=4000 CHATWOOT_FAKE_QUIET=1 chatwoot-fake
  $ echo '{ "port": 4000, "fixtures": "world.yaml", "rateLimit": "100/1m" }' > chatwoot-fake.config.json
  $ chatwoot-fake                                    # reads ./chatwoot-fake.config.json
  $ chatwoot-fake check --help                       # the contract checker (see README)`,
  );

/** The banner's control API line: off, loopback clients only, or exposed to every client. */
function controlState(opts: { control?: boolean; exposeControl?: boolean; host?: string }, url: string) {
  const where = `${url}/__fake/info  (reset, faults, journal, clock: see README)`;
  if (!opts.control) return 'off (--no-control)';
  if (opts.exposeControl) return `EXPOSED to every client (--expose-control): ${where}`;
  if (opts.host === 'localhost' || isLoopbackAddress(opts.host)) return where;
  return `loopback clients only (bound to ${opts.host}; --expose-control serves every client): ${where}`;
}

/** The default command: start the fake (`check` and `proxy` are subcommands, src/contract/cli.ts). */
async function serve() {
  let configFile: string | undefined;
  try {
    applyEnvironment(program);
    configFile = findConfigFile(program.opts().config);
    if (configFile) applyConfigFile(program, configFile);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    program.error(`chatwoot-fake: ${err.message}`, { exitCode: 2, code: 'chatwoot-fake.config' });
  }
  const opts = program.opts();
  if (!['step', 'frozen', 'real'].includes(opts.clock)) {
    program.error(`--clock must be step, frozen or real (got "${opts.clock}")`);
  }
  if (opts.exposeControl && !opts.control) program.error('--expose-control and --no-control contradict');
  if (opts.watch && !opts.fixtures) program.error('--watch needs --fixtures <file>: the world file to watch');
  const fake = await startFake({
    port: opts.port,
    host: opts.host,
    allowedHosts: opts.allowedHosts,
    seed: opts.seed,
    fixtures: opts.fixtures,
    fixturesDir: opts.fixturesDir,
    contacts: opts.contacts,
    conversations: opts.conversations,
    messages: opts.messages,
    rateLimit:
      opts.rateLimit || opts.rackAttack
        ? { ...opts.rateLimit, rackAttack: Boolean(opts.rackAttack), headers: Boolean(opts.rateLimitHeaders) }
        : undefined,
    clockMode: opts.clock,
    clockStart: opts.clockStart,
    chatwootVersion: opts.chatwootVersion,
    corsOrigin: opts.corsOrigin,
    validateResponses: opts.responseValidation,
    control: opts.exposeControl ? 'expose' : opts.control,
    journalSize: opts.journalSize,
    journalBytes: opts.journalBytes,
    journalBodyBytes: opts.journalBodyBytes,
    log: opts.quiet || opts.log === 'off' ? false : opts.log,
  });
  const lines = [
    `chatwoot-fake listening on ${fake.url}`,
    '',
    `  chatwoot       ${fake.chatwootVersion}${opts.chatwootVersion ? '' : ' (the newest described; --chatwoot-version for another)'}`,
    `  account id     ${fake.accountId}`,
    `  admin token    ${fake.tokens.admin}`,
    `  agent token    ${fake.tokens.agent || 'none (no user with role agent in this world)'}`,
    ...(fake.tokens.bot ? [`  bot token      ${fake.tokens.bot}`] : []),
    ...(fake.tokens.platform ? [`  platform token ${fake.tokens.platform}`] : []),
    '',
    `  curl -H "api_access_token: ${fake.tokens.admin}" ${fake.url}/api/v1/accounts/${fake.accountId}/contacts`,
    `  in a browser   ${fake.url}/  (API reference at /docs, live demo at /demo)`,
    `  control API    ${controlState(opts, fake.url)}`,
    '',
    '# shell-sourceable:',
    `CHATWOOT_URL=${fake.url}`,
    `CHATWOOT_ACCOUNT_ID=${fake.accountId}`,
    `CHATWOOT_ADMIN_TOKEN=${fake.tokens.admin}`,
    // A world without an agent has no agent token: no line rather than an empty variable.
    ...(fake.tokens.agent ? [`CHATWOOT_AGENT_TOKEN=${fake.tokens.agent}`] : []),
  ];
  if (configFile)
    lines.splice(2, 0, `  config         ${path.relative(process.cwd(), configFile) || configFile}`);
  console.log(lines.join('\n'));
  if (opts.watch) {
    watchWorld(opts.fixtures, fake);
    console.log(`chatwoot-fake: watching ${opts.fixtures} for changes`);
  }
  // Graceful: requests in flight get their answer (up to 5 s), then exit 0; a second signal exits now.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error(`chatwoot-fake: ${signal} again, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.error(`chatwoot-fake: ${signal}, finishing requests in flight and closing`);
    fake.close().then(
      () => process.exit(0),
      (err: Error) => {
        console.error(`chatwoot-fake: close failed: ${err.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (opts.exitWithParent) onParentExit(() => stop('parent process exited'));
}

/**
 * Calls `gone` once the parent process has exited: the process is then re-parented (to init or a
 * subreaper), so `process.ppid` changes. Polled, as no event tells; the timer keeps nothing alive.
 */
function onParentExit(gone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    gone();
  }, 200);
  timer.unref();
}

// Root options only before a subcommand, so `proxy --port` is the proxy's own.
program.enablePositionalOptions().action(serve);
// A CHATWOOT_FAKE_* value the flag refuses is a configuration error, like the config file's: exit 2.
program.exitOverride((err) => {
  const fromEnv = err.code === 'commander.invalidArgument' && err.message.includes(" from env '");
  process.exit(fromEnv ? 2 : err.exitCode);
});
addContractCommands(program);
addRecordCommand(program, { recordWorld, formatSummary, writeRecording, RecordError });

program.parseAsync().catch((err) => {
  console.error(`chatwoot-fake: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
