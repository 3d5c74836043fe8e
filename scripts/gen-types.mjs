/**
 * `chatwoot-fake/types`: src/types/openapi.d.ts, generated from the spec (openapi/chatwoot.yaml) by
 * openapi-typescript. scripts/build.mjs runs this before tsc and copies the file next to tsc's output
 * (tsc copies no .d.ts); src/types/index.ts gives its types friendly names.
 *
 * The file is committed, so that a checkout type-checks without a build; it is rewritten only when
 * its text changes (an unchanged mtime keeps `npm start`'s freshness check quiet).
 *
 *   node scripts/gen-types.mjs           regenerate (write when changed)
 *   node scripts/gen-types.mjs --check   only compare: exit 0 up to date, 1 stale
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES_FILE = path.join(ROOT, 'src', 'types', 'openapi.d.ts');

const HEADER = `/**
 * Generated from openapi/chatwoot.yaml by openapi-typescript (scripts/gen-types.mjs): do not edit.
 * Friendly names for these types: src/types/index.ts (\`chatwoot-fake/types\`).
 */
`;

/** The text the spec generates now. */
export async function generateTypes() {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const spec = pathToFileURL(path.join(ROOT, 'openapi', 'chatwoot.yaml'));
  // emptyObjectsUnknown: a free-form `type: object` (custom_attributes) is Record<string, unknown>, not
  // Record<string, never>. silent: the spec's deliberate 4xx-only operations (sign-in redirects) are not worth a warning here.
  const ast = await openapiTS(spec, { silent: true, emptyObjectsUnknown: true });
  // Two-space indentation, as the rest of the package (tsc prints four): a tenth of the file's size.
  const text = astToString(ast).replace(/^( +)/gm, (indent) => ' '.repeat(Math.ceil(indent.length / 2)));
  return `${HEADER}\n${text}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await generateTypes();
  let current;
  try {
    current = fs.readFileSync(TYPES_FILE, 'utf8');
  } catch {
    current = undefined;
  }
  if (process.argv.includes('--check')) {
    if (current === text) console.log('fresh');
    else {
      console.log(
        `stale: ${path.relative(ROOT, TYPES_FILE)} differs from the spec; run node scripts/gen-types.mjs`,
      );
      process.exitCode = 1;
    }
  } else if (current !== text) {
    fs.writeFileSync(TYPES_FILE, text);
    console.log(`wrote ${path.relative(ROOT, TYPES_FILE)}`);
  }
}
