/**
 * The development scripts of package.json and scripts/: what `npm test` and `npm start` print and do
 * before any test of the fake itself runs.
 */
import { spawnSync } from 'node:child_process';
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
