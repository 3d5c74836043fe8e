/**
 * A value seen through a schema: the keys the schema does not know, and the value without them.
 *
 * - The fake renders its newest shapes and, emulating an older version, drops what that version's
 *   spec (derive.ts) does not have — one source for what each version sends.
 * - The checker reports the keys a server sends that the spec does not know as drift notices, and
 *   checks the rest: an unknown key is news, not a broken contract.
 *
 * Hand-written: it follows `properties`, `items`, `additionalProperties` and the branches of
 * `allOf`/`oneOf`/`anyOf` together (a key any branch knows is kept), which no validator exposes.
 */
type Node = Record<string, any>;

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The schema and every branch under it, flattened. */
function branchesOf(schemas: Node[], out: Node[] = []): Node[] {
  for (const schema of schemas) {
    if (!isNode(schema)) continue;
    out.push(schema);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      if (Array.isArray(schema[key])) branchesOf(schema[key], out);
    }
  }
  return out;
}

export interface Projection {
  value: unknown;
  /** JSON pointers of the keys dropped, in document order. */
  unknown: string[];
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function project(value: unknown, schemas: Node[], pointer: string, unknown: string[]): unknown {
  if (value === null || typeof value !== 'object' || !schemas.length) return value;
  const flat = branchesOf(schemas);
  if (Array.isArray(value)) {
    const items = flat.map((s) => s.items).filter(isNode);
    if (!items.length) return value;
    return value.map((item, i) => project(item, items, `${pointer}/${i}`, unknown));
  }
  const objects = flat.filter((s) => isNode(s.properties) || s.additionalProperties !== undefined);
  if (!objects.length) return value;
  // Closed when every shape that describes the object is closed, or when a combination of them is
  // (`allOf` + `unevaluatedProperties: false`): a key any of them admits stays.
  const closed =
    flat.some((s) => s.unevaluatedProperties === false) ||
    objects.every((s) => s.additionalProperties === false && !s.patternProperties);
  const open = objects.map((s) => s.additionalProperties).filter(isNode);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const where = `${pointer}/${escape(key)}`;
    const known = objects.map((s) => s.properties?.[key]).filter(isNode);
    if (known.length) out[key] = project(child, known, where, unknown);
    else if (closed) unknown.push(where);
    else out[key] = project(child, open, where, unknown);
  }
  return out;
}

/** `value` without the keys `schema` does not know (a copy), and where they were. */
export function projectToSchema(value: unknown, schema: unknown): Projection {
  const unknown: string[] = [];
  const projected = isNode(schema) ? project(value, [schema], '', unknown) : value;
  return { value: projected, unknown };
}

function removeAt(root: unknown, pointer: string): void {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: any = root;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = node[part];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete node[parts[parts.length - 1]];
}

/**
 * `value` (a copy) without what the newest spec knows and an older version's spec does not: the keys
 * that version does not send. Keys neither knows (extras of a payload the schema only partly
 * describes, such as a cable event's `account_id`) stay.
 */
export function withoutUnsent(value: unknown, newest: unknown, version: unknown): unknown {
  const known = new Set(projectToSchema(value, newest).unknown);
  const unsent = projectToSchema(value, version).unknown.filter((pointer) => !known.has(pointer));
  if (!unsent.length) return value;
  const copy = structuredClone(value);
  for (const pointer of unsent) removeAt(copy, pointer);
  return copy;
}
