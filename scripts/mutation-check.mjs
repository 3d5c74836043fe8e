/**
 * `npm run mutation-check`: the ported Chatwoot specs (test/chatwoot-specs/) must catch a broken rule.
 * Each mutation breaks one rule of the fake in a scratch copy of the project (never in place), runs
 * the ported test file that covers the rule, and expects it to fail; then the next mutation starts
 * from a clean copy. Prints one line per mutation and exits 1 if any mutation survived.
 *
 *   node scripts/mutation-check.mjs            every mutation
 *   node scripts/mutation-check.mjs --list     the mutations, checked to still apply (no test run)
 *
 * Mutations are exact text replacements, so a refactor that moves a rule makes the script say
 * "does not apply" (exit 1) rather than silently test nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export const MUTATIONS = [
  {
    rule: 'a name over 255 characters is refused (422 "Name is too long")',
    file: 'src/domain/validations.ts',
    find: 'export const COLUMN_LENGTH_LIMITS = { string: 255, text: 20_000 } as const;',
    replace: 'export const COLUMN_LENGTH_LIMITS = { string: 1_000_000, text: 20_000 } as const;',
    test: 'test/chatwoot-specs/contacts-writes.test.ts',
  },
  {
    rule: 'an inbox member that is no user answers 422 "User must exist"',
    file: 'src/resources/inbox_members.ts',
    find: "throw invalidRecord([{ attribute: 'user', message: 'User must exist' }]);",
    replace: "throw invalidRecord([{ attribute: 'user', message: 'User not found' }]);",
    test: 'test/chatwoot-specs/inbox_members.test.ts',
  },
  {
    rule: 'another contact\'s source_id in the inbox answers 422 "source_id should be unique"',
    file: 'src/domain/conversations/create.ts',
    find: 'if (taken && taken.contact_id !== contact.id) throw',
    replace: 'if (taken && taken.contact_id === -1) throw',
    test: 'test/chatwoot-specs/conversations.test.ts',
  },
  {
    rule: 'custom filters per user and account are limited (Limits::MAX_CUSTOM_FILTERS_PER_USER)',
    file: 'src/resources/custom_filters.ts',
    find: 'export const MAX_CUSTOM_FILTERS_PER_USER = 1000;',
    replace: 'export const MAX_CUSTOM_FILTERS_PER_USER = 1001;',
    test: 'test/chatwoot-specs/custom_filters.test.ts',
  },
  {
    // The labels spec signs in administrators only: the same rule for labels is not covered there.
    rule: 'only administrators create teams (TeamPolicy)',
    file: 'openapi/paths/teams.yaml',
    find: '    x-policy: administrator\n',
    replace: '    x-policy: member\n',
    test: 'test/chatwoot-specs/teams.test.ts',
  },
];

function applies(mutation) {
  return fs.readFileSync(path.join(ROOT, mutation.file), 'utf8').includes(mutation.find);
}

function scratchCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-mutation-'));
  for (const entry of [
    'src',
    'test',
    'openapi',
    'fixtures',
    'package.json',
    'tsconfig.json',
    'jest.config.js',
  ]) {
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function main() {
  const listOnly = process.argv.includes('--list');
  let failed = 0;
  for (const mutation of MUTATIONS) {
    if (!applies(mutation)) {
      console.log(`DOES NOT APPLY  ${mutation.rule}  (${mutation.file} no longer has the text)`);
      failed++;
      continue;
    }
    if (listOnly) {
      console.log(`applies         ${mutation.rule}  → ${mutation.test}`);
      continue;
    }
    const dir = scratchCopy();
    try {
      const file = path.join(dir, mutation.file);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(mutation.find, mutation.replace));
      const run = spawnSync(
        process.execPath,
        [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--silent', '--ci', mutation.test],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
      );
      const summary = /Tests:.*$/m.exec(run.stderr)?.[0] ?? `exit ${run.status}`;
      if (run.status === 0) failed++;
      console.log(
        `${run.status === 0 ? 'SURVIVED' : 'killed  '}  ${mutation.rule}  → ${mutation.test}: ${summary}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  main();
