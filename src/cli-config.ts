/**
 * Where the `chatwoot-fake` command's settings come from besides its flags: `CHATWOOT_FAKE_*`
 * environment variables and a config file (`chatwoot-fake.config.json` / `.yaml` in the working
 * directory, or `--config <file>`). Flags win over the environment, the environment over the file, the
 * file over the defaults.
 *
 * - Every flag has a variable named after it as written: `--chatwoot-version` → CHATWOOT_FAKE_CHATWOOT_VERSION,
 *   `--no-control` → CHATWOOT_FAKE_NO_CONTROL. A flag that takes a value reads it through commander's
 *   `.env()` (parsed as the flag is); a flag without one is set by `1`, `true`, `yes` or `on` and
 *   explicitly unset by `0`, `false`, `no` or `off` (empty: as if not set; anything else is refused).
 *   PORT and HOST are read too, below their CHATWOOT_FAKE_ names.
 * - A config file's keys are the settings' names, in camelCase or kebab-case (`chatwootVersion`,
 *   `chatwoot-version`); a negated flag is its setting set to false (`"control": false` is --no-control).
 *   Paths in it (`fixtures`, `fixturesDir`) are relative to the file. An unknown key, a value of the
 *   wrong type or one the flag refuses is an error naming the file and the key (exit code 2).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';

export const ENV_PREFIX = 'CHATWOOT_FAKE_';
export const CONFIG_FILES = [
  'chatwoot-fake.config.json',
  'chatwoot-fake.config.yaml',
  'chatwoot-fake.config.yml',
];
/** Settings whose values are paths: relative to the config file that gives them. */
const PATH_SETTINGS = new Set(['fixtures', 'fixturesDir']);
/** Options that are not settings (the config file's own flag, help, version). */
const NOT_SETTINGS = new Set(['config', 'help', 'version']);

/** A configuration error: the command prints it and exits with code 2. */
export class ConfigError extends Error {}

/** The environment variable of a flag: `--no-control` → CHATWOOT_FAKE_NO_CONTROL. */
export function envNameOf(option: Option): string {
  return ENV_PREFIX + option.long!.replace(/^--/, '').replace(/-/g, '_').toUpperCase();
}

const takesValue = (option: Option) => option.required || option.optional;

/** The command's settings (options but config, help and version). */
function settingsOf(program: Command): Option[] {
  return program.options.filter((o) => o.long && !NOT_SETTINGS.has(o.attributeName()));
}

/**
 * A command whose options each have their environment variable: `.env()` for flags that take a value
 * (commander reads and parses it, so it must be set as the option is added); for the others, named
 * in the help only (read by applyEnvironment, by the rule above).
 */
export function commandWithEnvironment(): Command {
  const command = new Command();
  command.createOption = (flags: string, description?: string) => {
    const option = new Option(flags, description);
    if (!option.long || ['--help', '--version'].includes(option.long)) return option;
    if (takesValue(option)) option.env(envNameOf(option));
    else option.description += ` (env: ${envNameOf(option)}=1)`;
    return option;
  };
  return command;
}

const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

/** May a setting still be set from `source`? Only when a flag (or a stronger source) did not set it. */
const settable = (program: Command, key: string) => {
  const source = program.getOptionValueSource(key);
  return source === undefined || source === 'default';
};

/**
 * The environment commander does not read: flags without a value (by the rule above), and PORT and
 * HOST (below their CHATWOOT_FAKE_ names, over the config file).
 */
export function applyEnvironment(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  for (const option of settingsOf(program)) {
    if (takesValue(option)) continue;
    const name = envNameOf(option);
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const on = TRUE.test(raw.trim());
    if (!on && !FALSE.test(raw.trim())) {
      throw new ConfigError(
        `${name} must be 1, true, yes, on or 0, false, no, off (got ${JSON.stringify(raw)})`,
      );
    }
    const key = option.attributeName();
    if (settable(program, key)) program.setOptionValueWithSource(key, option.negate ? !on : on, 'env');
  }
  for (const [key, name] of [
    ['port', 'PORT'],
    ['host', 'HOST'],
  ] as const) {
    const raw = env[name];
    if (raw === undefined || raw === '' || !settable(program, key)) continue;
    const option = program.options.find((o) => o.attributeName() === key)!;
    program.setOptionValueWithSource(key, parseValue(option, raw, name), 'env');
  }
}

function parseValue(option: Option, raw: string, where: string): unknown {
  if (option.argChoices && !option.argChoices.includes(raw)) {
    throw new ConfigError(
      `${where} must be one of ${option.argChoices.join(', ')} (got ${JSON.stringify(raw)})`,
    );
  }
  if (!option.parseArg || option.argChoices) return raw;
  try {
    return option.parseArg(raw, undefined);
  } catch (err) {
    if (err instanceof InvalidArgumentError) throw new ConfigError(`${where}: ${err.message}`);
    throw err;
  }
}

/** The config file to read: `explicit` (which must exist), else the one in `cwd`, if any. */
export function findConfigFile(explicit: string | undefined, cwd = process.cwd()): string | undefined {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    if (!fs.existsSync(file)) throw new ConfigError(`config file not found: ${explicit}`);
    return file;
  }
  const found = CONFIG_FILES.map((name) => path.join(cwd, name)).filter((f) => fs.existsSync(f));
  if (found.length > 1) {
    throw new ConfigError(
      `${found.map((f) => path.basename(f)).join(' and ')} both exist in ${cwd}: keep one, or name it with --config`,
    );
  }
  return found[0];
}

/** A config file's settings, by key as written (JSON by a `.json` name, YAML otherwise). */
function readConfig(file: string): Record<string, unknown> {
  const name = path.basename(file);
  let value: unknown;
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.json')) value = JSON.parse(text);
    else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      value = (require('yaml') as typeof import('yaml')).parse(text, { uniqueKeys: true });
    }
  } catch (err) {
    throw new ConfigError(`${name}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${name}: must be a mapping of settings (e.g. { "port": 3000 })`);
  }
  return value as Record<string, unknown>;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Sets from the config file every setting no flag and no environment variable set. Returns the
 * settings it set (for the banner).
 */
export function applyConfigFile(program: Command, file: string): string[] {
  const name = path.basename(file);
  const byKey = new Map<string, Option>();
  for (const option of settingsOf(program)) {
    byKey.set(option.attributeName(), option);
    byKey.set(kebab(option.attributeName()), option);
  }
  const applied: string[] = [];
  for (const [key, value] of Object.entries(readConfig(file))) {
    const option = byKey.get(key);
    if (!option) {
      const known = [...new Set([...byKey.values()].map((o) => o.attributeName()))].join(', ');
      throw new ConfigError(`${name}: unknown setting "${key}" (known: ${known})`);
    }
    const setting = option.attributeName();
    const where = `${name}: ${key}`;
    let parsed: unknown;
    if (!takesValue(option)) {
      if (typeof value !== 'boolean') throw new ConfigError(`${where} must be true or false`);
      parsed = value;
    } else if (option.variadic) {
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => typeof v === 'string')) {
        throw new ConfigError(`${where} must be a string or a list of strings`);
      }
      parsed = list;
    } else {
      const raw = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(',') : value;
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        throw new ConfigError(`${where} must be a ${option.parseArg ? 'number or string' : 'string'}`);
      }
      const text = PATH_SETTINGS.has(setting) ? path.resolve(path.dirname(file), String(raw)) : String(raw);
      parsed = parseValue(option, text, where);
    }
    if (!settable(program, setting)) continue;
    program.setOptionValueWithSource(setting, parsed, 'config');
    applied.push(setting);
  }
  return applied;
}
