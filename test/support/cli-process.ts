/** The `chatwoot-fake` command as a child process, for tests that wait on what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const CLI = path.join(ROOT, 'src', 'cli.ts');

/** A running command: what it printed so far, and a way to wait for a line. */
export class CliProcess {
  stdout = '';
  stderr = '';
  readonly child: ChildProcess;
  private waiters: { stream: 'stdout' | 'stderr'; pattern: RegExp; from: number; done: () => void }[] = [];
  readonly exit: Promise<number | null>;

  constructor(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
    // The suite's own CHATWOOT_FAKE_* variables would change what the command does.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('CHATWOOT_FAKE_')),
    );
    this.child = spawn(TSX, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    });
    this.child.stdout!.on('data', (chunk) => {
      this.stdout += chunk;
      this.check();
    });
    this.child.stderr!.on('data', (chunk) => {
      this.stderr += chunk;
      this.check();
    });
    this.exit = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.pattern.test(this[w.stream].slice(w.from))) return true;
      w.done();
      return false;
    });
  }

  /**
   * Resolves once `stream` shows `pattern` (in what it printed after `from`, default: all), rejects
   * when the command exits first or after `timeoutMs`.
   */
  waitFor(
    pattern: RegExp,
    stream: 'stdout' | 'stderr' = 'stdout',
    from = 0,
    timeoutMs = 30_000,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} on ${stream}:\n${this.stdout}\n${this.stderr}`)),
        timeoutMs,
      );
      const waiter = {
        stream,
        pattern,
        from,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
      this.check();
      void this.exit.then((code) => {
        if (!this.waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before ${pattern}:\n${this.stdout}\n${this.stderr}`));
      });
    });
  }

  /** Resolves once it listens (its banner's shell-sourceable block is out): the banner's variables. */
  async started(): Promise<Record<string, string>> {
    await this.waitFor(/^CHATWOOT_ADMIN_TOKEN=.*\n/m);
    const vars: Record<string, string> = {};
    for (const line of this.stdout.split('\n')) {
      const m = /^(CHATWOOT_[A-Z_]+)=(.*)$/.exec(line);
      if (m) vars[m[1]] = m[2];
    }
    return vars;
  }

  /** Stops it (SIGTERM) and resolves with its exit code. */
  stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exit;
  }
}
