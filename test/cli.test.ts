import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Starts the CLI and resolves with its banner once it is listening. */
function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; banner: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, 'src', 'cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${out}${err}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('CHATWOOT_AGENT_TOKEN=')) {
        clearTimeout(timer);
        resolve({ child, banner: out });
      }
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}: ${out}${err}`));
    });
  });
}

function sourceable(banner: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of banner.split('\n')) {
    const m = /^(CHATWOOT_[A-Z_]+)=(.*)$/.exec(line);
    if (m) vars[m[1]] = m[2];
  }
  return vars;
}

describe('the chatwoot-fake command', () => {
  it('prints shell-sourceable lines that work with curl-like clients', async () => {
    const { child, banner } = await startCli(['--port', '0', '--host', '127.0.0.1']);
    try {
      const vars = sourceable(banner);
      expect(vars.CHATWOOT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(vars).toMatchObject({
        CHATWOOT_ACCOUNT_ID: '1',
        CHATWOOT_ADMIN_TOKEN: 'acme-admin-token-0000001',
        CHATWOOT_AGENT_TOKEN: 'acme-agent-token-0000002',
      });
      const res = await fetch(`${vars.CHATWOOT_URL}/api/v1/accounts/${vars.CHATWOOT_ACCOUNT_ID}/agents`, {
        headers: { api_access_token: vars.CHATWOOT_ADMIN_TOKEN },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
    }
  }, 40_000);

  it('takes the port from PORT and rejects a bad flag value with a clear message', async () => {
    const { child, banner } = await startCli([], { PORT: '0' });
    child.kill('SIGTERM');
    expect(sourceable(banner).CHATWOOT_URL).toMatch(/:\d+$/);
    await expect(startCli(['--port', 'abc'])).rejects.toThrow(/port must be a non-negative integer/);
  }, 40_000);
});
