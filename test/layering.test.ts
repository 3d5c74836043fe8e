/**
 * The layers of src/ (ARCHITECTURE.md): `store` imports nothing above it; `rails` nothing but Node's
 * standard library; `domain` imports `store`, `rails`, other domain modules and events' types, never
 * the HTTP layer, the handlers, the views or the pages. Checked on the sources' import statements.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', 'src');

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** The modules a source names: static imports and re-exports, dynamic imports and requires. */
function importsOf(source: string): Import[] {
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) found.push({ specifier: m[3], typeOnly: Boolean(m[2]) });
  const bare = /^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(bare)) found.push({ specifier: m[1], typeOnly: false });
  const dynamic = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(dynamic)) found.push({ specifier: m[1], typeOnly: false });
  return found;
}

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The first folder under src/ a module lives in ('' for the root files), or 'package' / 'node'. */
function layerOf(fromFile: string, specifier: string): string {
  if (specifier.startsWith('node:')) return 'node';
  if (!specifier.startsWith('.')) return 'package';
  const target = path.relative(SRC, path.resolve(path.dirname(fromFile), specifier));
  if (target.includes(path.sep)) return target.split(path.sep)[0];
  // `../store` names a folder (its index.ts); `../spec` a file at the root.
  return fs.existsSync(path.join(SRC, target)) && fs.statSync(path.join(SRC, target)).isDirectory()
    ? target
    : '';
}

type Rule = (layer: string, imported: Import) => boolean;

const RULES: Record<string, Rule> = {
  // The store knows which Chatwoot version it renders (versions/ is a leaf: parsing and comparing).
  store: (layer) => layer === 'store' || layer === 'node' || layer === 'versions',
  versions: (layer, imported) =>
    ['versions', 'node', 'package'].includes(layer) || (layer === '' && imported.typeOnly),
  rails: (layer) => layer === 'rails' || layer === 'node',
  domain: (layer, imported) =>
    ['domain', 'store', 'rails', 'node'].includes(layer) || (layer === 'events' && imported.typeOnly),
};

function violations(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const layer = path.relative(SRC, file).split(path.sep)[0];
    const allowed = RULES[layer];
    if (!allowed) continue;
    for (const imported of importsOf(fs.readFileSync(file, 'utf8'))) {
      const target = layerOf(file, imported.specifier);
      if (!allowed(target, imported)) found.push(`${path.relative(SRC, file)} imports ${imported.specifier}`);
    }
  }
  return found;
}

describe('layering', () => {
  const files = sourcesUnder(SRC);

  it.each(Object.keys(RULES))('%s/ imports only what its layer may', (layer) => {
    const inLayer = files.filter((f) => path.relative(SRC, f).split(path.sep)[0] === layer);
    expect(inLayer.length).toBeGreaterThan(0);
    expect(violations(inLayer)).toEqual([]);
  });

  it('sees every kind of import the sources use', () => {
    const source = [
      "import { a } from '../http/errors';",
      "import type { B } from '../events/bus';",
      "export { c } from '../resources/contacts';",
      "import '../web/side-effect';",
      "const d = require('../views/contact');",
      "const e = await import('../control/http');",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: '../http/errors', typeOnly: false },
      { specifier: '../events/bus', typeOnly: true },
      { specifier: '../resources/contacts', typeOnly: false },
      { specifier: '../web/side-effect', typeOnly: false },
      { specifier: '../views/contact', typeOnly: false },
      { specifier: '../control/http', typeOnly: false },
    ]);
    const file = path.join(SRC, 'domain', 'example.ts');
    expect(layerOf(file, '../http/errors')).toBe('http');
    expect(layerOf(file, './errors')).toBe('domain');
    expect(layerOf(file, '../store')).toBe('store');
    expect(layerOf(file, '../spec')).toBe('');
    expect(RULES.domain('events', { specifier: '../events/bus', typeOnly: false })).toBe(false);
    expect(RULES.domain('events', { specifier: '../events/bus', typeOnly: true })).toBe(true);
  });
});
