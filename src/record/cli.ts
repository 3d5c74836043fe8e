/**
 * The `record` subcommand of `chatwoot-fake` (src/record/index.ts does the work). The recorder comes in
 * as `lib`, from the library bundle (src/cli.ts passes it), so dist/cli.js holds no second copy of it.
 */
import { Command, InvalidArgumentError } from 'commander';
import type { formatSummary, recordWorld, RecordError, writeRecording } from './index';

export interface RecordLib {
  recordWorld: typeof recordWorld;
  formatSummary: typeof formatSummary;
  writeRecording: typeof writeRecording;
  RecordError: typeof RecordError;
}

function positiveInteger(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1)
      throw new InvalidArgumentError(`${name} must be a positive integer`);
    return Number(value);
  };
}

function httpUrl(value: string) {
  if (!/^https?:\/\/[^/]/i.test(value))
    throw new InvalidArgumentError(`must be an http(s) URL (got "${value}")`);
  return value.replace(/\/+$/, '');
}

export function addRecordCommand(program: Command, lib: RecordLib): void {
  program
    .command('record')
    .description(
      'read a real Chatwoot account through its API and write a world file for --fixtures ' +
        '(anonymised by default; never tokens, passwords or secrets)',
    )
    .option('--base-url <url>', 'the Chatwoot base URL (env CHATWOOT_URL)', httpUrl)
    .option(
      '--account-id <n>',
      'the account to record (env CHATWOOT_ACCOUNT_ID)',
      positiveInteger('account-id'),
    )
    .option('--token <token>', "a user's access token (better: env CHATWOOT_TOKEN, kept out of ps)")
    .requiredOption('--out <file>', 'the world file to write (YAML)')
    .option(
      '--limit-contacts <n>',
      'at most N contacts from the contact list',
      positiveInteger('limit-contacts'),
    )
    .option(
      '--limit-conversations <n>',
      'at most N conversations (the most recently active)',
      positiveInteger('limit-conversations'),
    )
    .option(
      '--anonymize',
      'replace names, emails, phones, identifiers, message texts and URLs (default)',
      true,
    )
    .option('--no-anonymize', 'keep them as recorded')
    .option('--seed <n>', 'seed of the anonymised stand-ins (default 1)', positiveInteger('seed'))
    .option('--timeout <ms>', 'per-request timeout in ms', positiveInteger('timeout'), 30_000)
    .action(async (opts) => {
      const cmd = program.commands.find((c) => c.name() === 'record')!;
      const baseUrl: string | undefined = opts.baseUrl || process.env.CHATWOOT_URL?.replace(/\/+$/, '');
      const accountRaw = opts.accountId || process.env.CHATWOOT_ACCOUNT_ID;
      const token: string | undefined = opts.token || process.env.CHATWOOT_TOKEN;
      if (!baseUrl) cmd.error('error: --base-url (or CHATWOOT_URL) is required', { exitCode: 2 });
      if (!accountRaw || !/^\d+$/.test(String(accountRaw)) || Number(accountRaw) < 1) {
        cmd.error('error: --account-id (or CHATWOOT_ACCOUNT_ID) must be a positive integer', { exitCode: 2 });
      }
      if (!token) cmd.error('error: --token (or CHATWOOT_TOKEN) is required', { exitCode: 2 });
      const mask = (text: string) => (token!.length >= 4 ? text.split(token!).join('[token]') : text);
      const abort = new AbortController();
      const onSignal = () => abort.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      console.error(`recording account ${accountRaw} of ${baseUrl}${opts.anonymize ? ' (anonymised)' : ''}…`);
      try {
        const recording = await lib.recordWorld({
          baseUrl: baseUrl!,
          accountId: Number(accountRaw),
          token: token!,
          anonymize: Boolean(opts.anonymize),
          seed: opts.seed,
          limitContacts: opts.limitContacts,
          limitConversations: opts.limitConversations,
          timeoutMs: opts.timeout,
          signal: abort.signal,
        });
        lib.writeRecording(opts.out, recording);
        console.log(mask(lib.formatSummary(recording, opts.out)));
        // Written, but some kind could not be read: 1, so that a script notices.
        process.exitCode = recording.warnings.length ? 1 : 0;
      } catch (err) {
        const message = mask((err as Error).message);
        console.error(`chatwoot-fake record: ${message}`);
        process.exitCode = err instanceof lib.RecordError ? 2 : 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
