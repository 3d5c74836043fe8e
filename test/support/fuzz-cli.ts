/**
 * `npm run fuzz -- [--runs N] [--seed S] [--only REGEX] [--json]`: fuzzes every operation of the spec
 * against a fresh in-process fake (see test/support/fuzzer.ts) and exits non-zero on any 5xx or
 * invariant violation. `npm test` runs a bounded version (test/fuzz.test.ts).
 */
import { startFake } from '../../src/index';
import { formatReport, fuzz } from './fuzzer';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function main(): Promise<number> {
  const runs = Number(arg('runs') ?? 3);
  const seed = Number(arg('seed') ?? Date.now() % 100000);
  const only = arg('only');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const fake = await startFake({ validateResponses: true, webhooks: false, cable: false, journalSize: 0 });
  try {
    const report = await fuzz(fake, {
      seed,
      runs,
      only: only ? new RegExp(only) : undefined,
      maxViolations: 1000,
      onOperation: (id, done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} ${id}`.padEnd(70));
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(
      process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report, 200),
    );
    return report.violations.length === 0 ? 0 : 1;
  } finally {
    await fake.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
