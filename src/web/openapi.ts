/**
 * The spec as one document for browsers and code generators (`/openapi.json`, `/openapi.yaml`, the
 * `/docs` reference): the hand-written files (openapi/chatwoot.yaml, paths/, schemas/, common.yaml,
 * webhooks/) bundled into a single OpenAPI 3.1 document whose shared parts become named components —
 * `../schemas/agents.yaml#/Agent` becomes `#/components/schemas/Agent` — so generated types get readable
 * names. Path items are inlined. Dereferencing the bundle gives exactly the spec the fake validates with
 * (a test checks it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { yaml } from '../fixtures';
import { HTTP_METHODS, SPEC_ROOT, specFiles, type OpenApiDocument } from '../spec';
import { deriveSpec, type VersionTarget } from '../versions/derive';
import { isHash } from '../rails/casts';

type Section = 'schemas' | 'parameters' | 'responses' | 'requestBodies' | 'headers' | 'examples';
type Node = Record<string, any>;

const isObject = (value: unknown): value is Node => isHash(value);

const mapValues = (node: unknown, fn: (value: any) => any): any =>
  isObject(node) ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fn(v)])) : node;

/** Keywords whose value is a schema, a list of schemas, or a map of schemas (JSON Schema 2020-12). */
const SUBSCHEMA = ['additionalProperties', 'unevaluatedProperties', 'items', 'not', 'if', 'then', 'else'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];
const SUBSCHEMA_MORE = ['contains', 'propertyNames', 'contentSchema', 'unevaluatedItems'];

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

class Bundler {
  private readonly files = new Map<string, Node>();
  private readonly names = new Map<string, string>();
  private readonly taken = new Map<Section, Set<string>>();
  readonly components: Partial<Record<Section, Record<string, unknown>>> = {};

  constructor(private readonly root: string) {}

  private load(file: string): Node {
    let doc = this.files.get(file);
    if (!doc) {
      doc = yaml().parse(fs.readFileSync(file, 'utf8')) as Node;
      this.files.set(file, doc);
    }
    return doc;
  }

  private target(from: string, ref: string): { file: string; pointer: string } {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    return { file: filePart ? path.resolve(path.dirname(from), filePart) : from, pointer };
  }

  private get(file: string, pointer: string): unknown {
    let node: unknown = this.load(file);
    for (const raw of pointer.split('/').slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (node === null || typeof node !== 'object') {
        throw new Error(`openapi bundle: ${pointer} not found in ${file}`);
      }
      node = (node as Node)[key];
    }
    if (node === undefined) throw new Error(`openapi bundle: ${pointer} not found in ${file}`);
    return node;
  }

  /** A component name for a ref target: its last pointer segment, made unique in its section. */
  private nameFor(section: Section, file: string, pointer: string): { name: string; fresh: boolean } {
    const key = `${section}|${file}#${pointer}`;
    const known = this.names.get(key);
    if (known) return { name: known, fresh: false };
    const taken = this.taken.get(section) ?? new Set<string>();
    this.taken.set(section, taken);
    const last = pointer.split('/').pop() || path.basename(file, path.extname(file));
    const base = last.replace(/[^A-Za-z0-9._-]/g, '_');
    let name = base;
    if (taken.has(name)) name = `${pascal(path.basename(file, path.extname(file)))}${base}`;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    this.names.set(key, name);
    return { name, fresh: true };
  }

  /** Names already used by the root document's own components. */
  reserve(section: Section, names: string[]): void {
    const taken = this.taken.get(section) ?? new Set<string>();
    for (const name of names) taken.add(name);
    this.taken.set(section, taken);
  }

  /** A `$ref` node of `section`: the target becomes a component (walked once); siblings stay. */
  private ref(section: Section, node: Node, file: string, walk: (n: any, f: string) => any): Node {
    const { $ref, ...siblings } = node;
    const target = this.target(file, $ref);
    const resolved = this.get(target.file, target.pointer);
    const { name, fresh } = this.nameFor(section, target.file, target.pointer);
    if (fresh) {
      const bucket = (this.components[section] ??= {});
      bucket[name] = {}; // placeholder: a recursive schema finds its name taken
      bucket[name] = walk(resolved, target.file);
    }
    return { $ref: `#/components/${section}/${name}`, ...siblings };
  }

  schema = (node: any, file: string): any => {
    if (Array.isArray(node)) return node.map((n) => this.schema(n, file));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') return this.ref('schemas', node, file, this.schema);
    const out: Node = { ...node };
    for (const key of [...SUBSCHEMA, ...SUBSCHEMA_MORE]) {
      if (key in out && typeof out[key] === 'object') out[key] = this.schema(out[key], file);
    }
    for (const key of SUBSCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = this.schema(out[key], file);
    for (const key of SUBSCHEMA_MAPS) {
      if (isObject(out[key])) out[key] = mapValues(out[key], (s) => this.schema(s, file));
    }
    return out;
  };

  private example = (node: any, file: string): any =>
    isObject(node) && typeof node.$ref === 'string' ? this.ref('examples', node, file, this.example) : node;

  private content = (node: any, file: string): any =>
    mapValues(node, (media) => {
      if (!isObject(media)) return media;
      const out: Node = { ...media };
      if (out.schema !== undefined) out.schema = this.schema(out.schema, file);
      if (isObject(out.examples)) out.examples = mapValues(out.examples, (e) => this.example(e, file));
      return out;
    });

  private header = (node: any, file: string): any => {
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') return this.ref('headers', node, file, this.header);
    const out: Node = { ...node };
    if (out.schema !== undefined) out.schema = this.schema(out.schema, file);
    if (out.content !== undefined) out.content = this.content(out.content, file);
    return out;
  };

  parameter = (node: any, file: string): any => {
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') return this.ref('parameters', node, file, this.parameter);
    const out: Node = { ...node };
    if (out.schema !== undefined) out.schema = this.schema(out.schema, file);
    if (out.content !== undefined) out.content = this.content(out.content, file);
    if (isObject(out.examples)) out.examples = mapValues(out.examples, (e) => this.example(e, file));
    return out;
  };

  requestBody = (node: any, file: string): any => {
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') return this.ref('requestBodies', node, file, this.requestBody);
    return { ...node, ...(node.content ? { content: this.content(node.content, file) } : {}) };
  };

  response = (node: any, file: string): any => {
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') return this.ref('responses', node, file, this.response);
    const out: Node = { ...node };
    if (isObject(out.headers)) out.headers = mapValues(out.headers, (h) => this.header(h, file));
    if (out.content !== undefined) out.content = this.content(out.content, file);
    return out;
  };

  private operation = (node: any, file: string): any => {
    if (!isObject(node)) return node;
    const out: Node = { ...node };
    if (Array.isArray(out.parameters)) out.parameters = out.parameters.map((p) => this.parameter(p, file));
    if (out.requestBody !== undefined) out.requestBody = this.requestBody(out.requestBody, file);
    if (isObject(out.responses)) out.responses = mapValues(out.responses, (r) => this.response(r, file));
    return out;
  };

  /** Path items (and webhooks) are inlined, with their refs resolved from their own file. */
  pathItem = (node: any, file: string): any => {
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') {
      const { $ref, ...siblings } = node;
      const target = this.target(file, $ref);
      return { ...this.pathItem(this.get(target.file, target.pointer), target.file), ...siblings };
    }
    const out: Node = { ...node };
    if (Array.isArray(out.parameters)) out.parameters = out.parameters.map((p) => this.parameter(p, file));
    for (const method of [...HTTP_METHODS, 'head', 'options', 'trace']) {
      if (out[method] !== undefined) out[method] = this.operation(out[method], file);
    }
    return out;
  };

  bundle(): Node {
    const doc = this.load(this.root);
    const own: Node = isObject(doc.components) ? doc.components : {};
    const walkers: Record<Section, (n: any, f: string) => any> = {
      schemas: this.schema,
      parameters: this.parameter,
      responses: this.response,
      requestBodies: this.requestBody,
      headers: this.header,
      examples: this.example,
    };
    for (const section of Object.keys(walkers) as Section[]) {
      if (isObject(own[section])) this.reserve(section, Object.keys(own[section]));
    }
    const components: Node = {};
    for (const [section, entries] of Object.entries(own)) {
      const walk = walkers[section as Section];
      components[section] = walk ? mapValues(entries, (e) => walk(e, this.root)) : entries;
    }
    const out: Node = { ...doc };
    if (isObject(doc.paths)) out.paths = mapValues(doc.paths, (p) => this.pathItem(p, this.root));
    if (isObject(doc.webhooks)) out.webhooks = mapValues(doc.webhooks, (p) => this.pathItem(p, this.root));
    for (const [section, entries] of Object.entries(this.components)) {
      components[section] = { ...(components[section] ?? {}), ...entries };
    }
    out.components = components;
    return out;
  }
}

/** Bundles the spec at `root` (default: the fake's own) into one document with named components. */
export function bundleSpec(root: string = SPEC_ROOT): Node {
  return new Bundler(root).bundle();
}

let cached: string | undefined;

/**
 * The bundled spec as JSON text, built once per process. Parsing the YAML files takes a second or two,
 * so the result is also kept in the OS temp directory under a hash of the files' contents (a changed
 * spec never reuses a stale bundle; a temp directory that cannot be used is skipped).
 */
function bundledText(): string {
  if (cached) return cached;
  const dir = path.dirname(SPEC_ROOT);
  const hash = crypto.createHash('sha256');
  for (const file of specFiles(dir)) {
    hash.update(path.relative(dir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  const cacheFile = path.join(os.tmpdir(), `chatwoot-fake-bundle-${hash.digest('hex').slice(0, 16)}.json`);
  try {
    cached = fs.readFileSync(cacheFile, 'utf8');
    return cached;
  } catch {
    // not cached yet
  }
  cached = JSON.stringify(bundleSpec());
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, cached);
    fs.renameSync(tmp, cacheFile); // atomic: parallel processes never read half a file
  } catch {
    // read-only temp directory: no cache
  }
  return cached;
}

/** The bundled spec (a private copy). */
export function bundledSpec(): Node {
  return JSON.parse(bundledText()) as Node;
}

/** The bundled spec for one fake: its own base URL as the server, its account id as the example. */
export function servedSpec(
  baseUrl: string,
  accountId: number | undefined,
  version: { target: VersionTarget; label: string },
): Node {
  const doc = deriveSpec(bundledSpec() as OpenApiDocument, version.target) as Node;
  // Which Chatwoot this document describes ("any": every annotated key optional).
  if (isObject(doc.info)) doc.info['x-chatwoot-version'] = version.label;
  doc.servers = [{ url: baseUrl, description: 'this chatwoot-fake' }];
  const accountParam = doc.components?.parameters?.account_id;
  if (accountId !== undefined && isObject(accountParam)) accountParam.example = accountId;
  return doc;
}

export function toYaml(doc: Node): string {
  return yaml().stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}
