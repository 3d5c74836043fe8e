/**
 * One spec, every version: the spec annotates a property (or a `oneOf`/`anyOf` branch) with `x-since`
 * (the first Chatwoot version that sends it) and `x-before` (the first version that no longer sends it). From the dereferenced spec this
 * derives:
 *
 * - the spec **of one version**: annotated properties that version does not send are gone (and no
 *   longer required), branches it does not send are dropped — what the fake validates and renders
 *   with, what `/openapi.json?version=` serves, what `check --chatwoot-version` expects;
 * - the spec **of any version** (`'any'`): every annotated property optional, every branch kept —
 *   what the checker expects when it does not know the server's version.
 */
import type { OpenApiDocument } from '../spec';
import { parseVersion, sends, type Version } from '.';

type Node = Record<string, any>;
export type VersionTarget = Version | 'any';

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

function annotation(node: Node, key: 'x-since' | 'x-before'): string | undefined {
  const value = node[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !parseVersion(value))
    throw new Error(`spec: ${key} must be a version such as "4.1.0" (got ${JSON.stringify(value)})`);
  return value;
}

const annotated = (node: Node) => node['x-since'] !== undefined || node['x-before'] !== undefined;

function keeps(node: Node, target: VersionTarget): boolean {
  const since = annotation(node, 'x-since');
  const before = annotation(node, 'x-before');
  return target === 'any' || sends(target, since, before);
}

/** Rewrites one schema object in place (the document is a private copy). */
function deriveNode(node: Node, target: VersionTarget): void {
  if (isNode(node.properties)) {
    const required: string[] | undefined = Array.isArray(node.required) ? node.required : undefined;
    for (const [key, sub] of Object.entries<Node>(node.properties)) {
      if (!isNode(sub) || !annotated(sub)) continue;
      if (!keeps(sub, target)) delete node.properties[key];
      // Kept for one version: required as written. For any version: a key some versions lack.
      if ((!keeps(sub, target) || target === 'any') && required) {
        node.required = (node.required as string[]).filter((k) => k !== key);
      }
    }
  }
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const branches = node[combinator];
    if (!Array.isArray(branches) || !branches.some((b) => isNode(b) && annotated(b))) continue;
    const kept = branches.filter((b) => !isNode(b) || keeps(b, target));
    if (!kept.length) throw new Error(`spec: no ${combinator} branch is sent by the version asked for`);
    node[combinator] = kept;
  }
}

function walk(value: unknown, target: VersionTarget): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, target);
    return;
  }
  if (!isNode(value)) return;
  deriveNode(value, target);
  for (const child of Object.values(value)) walk(child, target);
}

/** The spec as `target` sees it (a new document; the argument is not changed). */
export function deriveSpec(spec: OpenApiDocument, target: VersionTarget): OpenApiDocument {
  const copy = structuredClone(spec);
  walk(copy, target);
  return copy;
}

/** Every `x-since`/`x-before` of a document, by JSON pointer (for docs and tests). */
export function versionAnnotations(doc: unknown): { pointer: string; since?: string; before?: string }[] {
  const out: { pointer: string; since?: string; before?: string }[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${pointer}/${i}`));
    if (!isNode(value)) return;
    if (annotated(value))
      out.push({ pointer, since: annotation(value, 'x-since'), before: annotation(value, 'x-before') });
    for (const [k, v] of Object.entries(value))
      visit(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  visit(doc, '');
  return out;
}
