/**
 * Runs the Redocly CLI (`npm run lint:spec`) without its "Node.js 20 support is ending" box.
 *
 * @redocly/cli 2.x prints that box on every run under Node 20 (which this package supports: engines
 * >=20), before parsing any argument, and no option or environment variable turns it off: its
 * REDOCLY_SUPPRESS_* variables only cover the update notice. So this runs the CLI with its output
 * piped and drops that one box (and the blank lines around it); everything else, other boxes
 * included, passes through unchanged, and the exit code is the CLI's.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgFile = require.resolve('@redocly/cli/package.json');
const { bin } = require(pkgFile);
const cli = path.join(path.dirname(pkgFile), typeof bin === 'string' ? bin : bin.redocly);

const DROPPED_BOX = /Node\.js \d+ support is ending/;
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** A line-by-line filter of one stream: holds a box until its end to decide whether to print it. */
function boxFilter(write) {
  let partial = '';
  let blanks = []; // blank lines not printed yet: dropped with a box that follows them
  let box; // lines of the box being read
  let afterDropped = false; // skip the blank lines right after a dropped box
  const line = (text) => {
    const plain = text.replace(ANSI, '');
    if (box) {
      box.push(text);
      if (/^\s*╚/.test(plain)) {
        const whole = box.join('\n').replace(ANSI, '');
        if (DROPPED_BOX.test(whole)) {
          blanks = [];
          afterDropped = true;
        } else {
          write([...blanks, ...box].map((l) => `${l}\n`).join(''));
          blanks = [];
        }
        box = undefined;
      }
      return;
    }
    if (plain.trim() === '') {
      if (!afterDropped) blanks.push(text);
      return;
    }
    afterDropped = false;
    if (/^\s*╔/.test(plain)) {
      box = [text];
      return;
    }
    write([...blanks, text].map((l) => `${l}\n`).join(''));
    blanks = [];
  };
  return {
    data(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      lines.forEach(line);
    },
    end() {
      if (partial) line(partial);
      if (box) write(box.map((l) => `${l}\n`).join(''));
      if (blanks.length && !afterDropped) write(blanks.map((l) => `${l}\n`).join(''));
    },
  };
}

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Piped output is not a terminal: keep Redocly's colours when ours is one.
  env: { ...process.env, ...(process.stderr.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}) },
});
const out = boxFilter((s) => process.stdout.write(s));
const err = boxFilter((s) => process.stderr.write(s));
child.stdout.setEncoding('utf8').on('data', out.data);
child.stderr.setEncoding('utf8').on('data', err.data);
let closed = 0;
let exitCode = 1;
const done = () => {
  if (++closed < 3) return;
  out.end();
  err.end();
  process.exitCode = exitCode;
};
child.stdout.on('end', done);
child.stderr.on('end', done);
child.on('close', (code, signal) => {
  exitCode = code ?? (signal ? 1 : 0);
  done();
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
