#!/usr/bin/env node
/** The `chatwoot-fake` command: starts the fake and prints how to reach it; `check` and `proxy` subcommands. */
import { Command, InvalidArgumentError } from 'commander';
import { addContractCommands } from './contract/cli';
import { parseRateLimit } from './http/rate-limit';
import { startFake } from './index';

function integer(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return Number(value);
  };
}

function rateLimit(value: string) {
  try {
    return parseRateLimit(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

const program = new Command()
  .name('chatwoot-fake')
  .description('A high-fidelity, in-memory fake of the Chatwoot REST API')
  .option(
    '-p, --port <port>',
    'port to listen on (env PORT)',
    integer('port'),
    Number(process.env.PORT ?? 3000),
  )
  .option('--host <host>', 'address to bind (env HOST)', process.env.HOST ?? '127.0.0.1')
  .option('--seed <n>', 'seed for generated data', integer('seed'), 1)
  .option('--fixtures <file>', 'world to load (YAML or JSON) instead of the embedded default')
  .option('--contacts <n>', 'add N generated contacts', integer('contacts'), 0)
  .option('--conversations <n>', 'add N generated conversations', integer('conversations'), 0)
  .option('--rate-limit <n/period>', 'per-token rate limit, e.g. 100/1m (off by default)', rateLimit)
  .option('--rate-limit-headers', 'add Retry-After and X-RateLimit-* headers to throttled answers')
  .option('--clock <mode>', 'step (default: +1 s per change), frozen, or real', 'step')
  .option('--clock-start <iso>', 'the clock start, ISO-8601', '2026-01-15T09:00:00Z')
  .option('--cors-origin <origin...>', 'allowed CORS origins (default: any)')
  .option('--no-response-validation', 'skip checking responses against the spec (load tests)')
  .option('--no-control', 'turn off the /__fake control API and the X-Fake-Fault header')
  .option('--journal-size <n>', 'requests the journal keeps (0: none)', integer('journal-size'), 1000)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .version(require('../package.json').version);

/** The default command: start the fake (`check` and `proxy` are subcommands, src/contract/cli.ts). */
async function serve() {
  const opts = program.opts();
  if (!['step', 'frozen', 'real'].includes(opts.clock)) {
    program.error(`--clock must be step, frozen or real (got "${opts.clock}")`);
  }
  const fake = await startFake({
    port: opts.port,
    host: opts.host,
    seed: opts.seed,
    fixtures: opts.fixtures,
    contacts: opts.contacts,
    conversations: opts.conversations,
    rateLimit: opts.rateLimit ? { ...opts.rateLimit, headers: Boolean(opts.rateLimitHeaders) } : undefined,
    clockMode: opts.clock,
    clockStart: opts.clockStart,
    corsOrigin: opts.corsOrigin,
    validateResponses: opts.responseValidation,
    control: opts.control,
    journalSize: opts.journalSize,
  });
  const lines = [
    `chatwoot-fake listening on ${fake.url}`,
    '',
    `  account id     ${fake.accountId}`,
    `  admin token    ${fake.tokens.admin}`,
    `  agent token    ${fake.tokens.agent}`,
    ...(fake.tokens.bot ? [`  bot token      ${fake.tokens.bot}`] : []),
    ...(fake.tokens.platform ? [`  platform token ${fake.tokens.platform}`] : []),
    '',
    `  curl -H "api_access_token: ${fake.tokens.admin}" ${fake.url}/api/v1/accounts/${fake.accountId}/contacts`,
    `  in a browser   ${fake.url}/  (API reference at /docs, live demo at /demo)`,
    ...(opts.control
      ? [`  control API    ${fake.url}/__fake/info  (reset, faults, journal, clock: see README)`]
      : []),
    '',
    '# shell-sourceable:',
    `CHATWOOT_URL=${fake.url}`,
    `CHATWOOT_ACCOUNT_ID=${fake.accountId}`,
    `CHATWOOT_ADMIN_TOKEN=${fake.tokens.admin}`,
    `CHATWOOT_AGENT_TOKEN=${fake.tokens.agent}`,
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    void fake.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Root options only before a subcommand, so `proxy --port` is the proxy's own.
program.enablePositionalOptions().action(serve);
addContractCommands(program);

program.parseAsync().catch((err) => {
  console.error(`chatwoot-fake: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
