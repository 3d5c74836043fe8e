/** The `check` and `proxy` subcommands of `chatwoot-fake`. */
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseAllowedHosts } from '../http/hosts';
import { runCheck } from './check';
import { startProxy } from './proxy';
import { formatReport, safeUrl, type ReportFormat } from './report';
import { Masker } from './violations';
import { resolveVersion, VersionError } from '../versions';

function positiveInteger(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      throw new InvalidArgumentError(`${name} must be a positive integer`);
    }
    return Number(value);
  };
}

function port(value: string) {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('port must be 0-65535');
  return Number(value);
}

function chatwootVersion(value: string) {
  try {
    resolveVersion(value);
  } catch (err) {
    if (err instanceof VersionError) throw new InvalidArgumentError(err.message);
    throw err;
  }
  return value;
}

function httpUrl(value: string) {
  if (!/^https?:\/\/[^/]/i.test(value))
    throw new InvalidArgumentError(`must be an http(s) URL (got "${value}")`);
  return value.replace(/\/+$/, '');
}

/**
 * `check` exits 2 on bad usage (README): commander's own errors (an invalid option argument such as a
 * bad --chatwoot-version, an unknown option) exit 1 by default, which `check` means for "failed".
 */
function usageExitsTwo(err: { exitCode: number }): never {
  process.exit(err.exitCode === 1 ? 2 : err.exitCode);
}

/** Adds `check` and `proxy` to the program. */
export function addContractCommands(program: Command): void {
  program
    .command('check')
    .exitOverride(usageExitsTwo)
    .description(
      'check a live Chatwoot (or this fake) against the spec: read-only GETs, and with --write a ' +
        'create/update/delete scenario that cleans up after itself',
    )
    .option('--base-url <url>', 'the Chatwoot base URL (env CHATWOOT_URL)', httpUrl)
    .option(
      '--account-id <n>',
      'the account to check (env CHATWOOT_ACCOUNT_ID)',
      positiveInteger('account-id'),
    )
    // No default shown: a token in --help output or `ps` is a leak; prefer the environment variable.
    .option(
      '--token <token>',
      'a user access token (better: env CHATWOOT_TOKEN or CHATWOOT_ADMIN_TOKEN, kept out of ps)',
    )
    .option('--write', 'also create, update and delete records of its own (named cwf-check-…)')
    .addOption(
      new Option('--format <format>', 'report format').choices(['text', 'json', 'junit']).default('text'),
    )
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--timeout <ms>', 'per-request timeout in ms', positiveInteger('timeout'), 30_000)
    .option(
      '--chatwoot-version <version>',
      "the server's Chatwoot version (3.16, 4.0, 4.15, or e.g. 3.13.0); default: read from its GET /api",
      chatwootVersion,
    )
    .option('--strict', 'also fail on drift notices (keys the spec does not know yet)')
    .action(async (opts) => {
      const baseUrl: string | undefined = opts.baseUrl || process.env.CHATWOOT_URL?.replace(/\/+$/, '');
      const accountRaw = opts.accountId || process.env.CHATWOOT_ACCOUNT_ID;
      const token: string | undefined =
        opts.token || process.env.CHATWOOT_TOKEN || process.env.CHATWOOT_ADMIN_TOKEN;
      const cmd = program.commands.find((c) => c.name() === 'check')!;
      if (!baseUrl) cmd.error('error: --base-url (or CHATWOOT_URL) is required', { exitCode: 2 });
      if (!accountRaw || !/^\d+$/.test(String(accountRaw)) || Number(accountRaw) < 1) {
        cmd.error('error: --account-id (or CHATWOOT_ACCOUNT_ID) must be a positive integer', { exitCode: 2 });
      }
      if (!token) cmd.error('error: --token (or CHATWOOT_TOKEN) is required', { exitCode: 2 });
      const masker = new Masker([token]);
      const format = opts.format as ReportFormat;
      const abort = new AbortController();
      let interrupted = false;
      const onSignal = () => {
        if (interrupted) process.exit(130);
        interrupted = true;
        console.error('chatwoot-fake check: interrupted, cleaning up (Ctrl-C again to quit at once)…');
        abort.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      if (format === 'text' && !opts.output) {
        console.error(
          `checking ${safeUrl(baseUrl!)} (account ${accountRaw}${opts.write ? ', with --write' : ''})…`,
        );
      }
      try {
        const report = await runCheck({
          baseUrl: baseUrl!,
          accountId: Number(accountRaw),
          token: token!,
          write: Boolean(opts.write),
          timeoutMs: opts.timeout,
          signal: abort.signal,
          chatwootVersion: opts.chatwootVersion,
          strict: Boolean(opts.strict),
        });
        const text = masker.mask(formatReport(report, format));
        if (opts.output) writeFileSync(opts.output, `${text}\n`);
        else process.stdout.write(`${text}\n`);
        process.exitCode = report.ok ? 0 : 1;
      } catch (err) {
        console.error(`chatwoot-fake check: ${masker.mask((err as Error).message)}`);
        process.exitCode = 2;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });

  program
    .command('proxy')
    .description(
      'a transparent validating proxy: forwards everything to --target unchanged and reports what breaks ' +
        'the spec (console, and GET /__fake/violations on the proxy)',
    )
    .requiredOption('--target <url>', 'the Chatwoot to forward to', httpUrl)
    .option('-p, --port <port>', 'port to listen on', port, 3001)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--verbose', 'also print exchanges that match the spec')
    .option(
      '--chatwoot-version <version>',
      "the target's Chatwoot version (3.16, 4.0, 4.15, or e.g. 3.13.0); default: any version",
      chatwootVersion,
    )
    .option('--strict', 'count drift notices (keys the spec does not know yet) as failures too')
    .option(
      '--expose-violations',
      'serve /__fake/violations to non-loopback clients too (by default only loopback clients get it)',
    )
    .option(
      '--allowed-hosts <names>',
      "further Host names /__fake/violations answers, comma-separated (as the fake's --allowed-hosts)",
      (value: string) => {
        try {
          return parseAllowedHosts(value);
        } catch (err) {
          throw new InvalidArgumentError((err as Error).message);
        }
      },
    )
    .action(async (opts) => {
      const proxy = await startProxy({
        target: opts.target,
        port: opts.port,
        host: opts.host,
        verbose: Boolean(opts.verbose),
        chatwootVersion: opts.chatwootVersion,
        strict: Boolean(opts.strict),
        exposeViolations: Boolean(opts.exposeViolations),
        allowedHosts: opts.allowedHosts,
        log: (line) => console.log(line),
      });
      console.log(
        [
          `chatwoot-fake proxy listening on ${proxy.url} → ${safeUrl(opts.target)}`,
          `  violations     ${proxy.url}/__fake/violations  (DELETE to clear)`,
        ].join('\n'),
      );
      const stop = () => {
        void proxy.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
