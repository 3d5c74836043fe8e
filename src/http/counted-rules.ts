/**
 * A numbered list of rules that may be used a given number of times: what fault rules (faults.ts)
 * and overrides (overrides.ts) have in common — ids from 1, `times` counted down, listing, removal,
 * and a reset that numbers from 1 again.
 */
import { matchView, type RequestMatch } from './request-match';

/** A rule as kept: its id, what it matches and answers, the uses left (Infinity: no limit) and so far. */
export interface CountedRule {
  id: number;
  rule: RequestMatch & { status?: number; body?: unknown; headers?: Record<string, string> };
  remaining: number;
  hits: number;
}

/** What a fault rule and an override have in common as `faults()` / `overrides()` list them. */
export interface ListedRule {
  id: number;
  method: string | null;
  /** The path pattern (a RegExp is shown as its source text with `pathRegex: true`). */
  path: string | null;
  pathRegex: boolean;
  operationId: string | null;
  token: string | null;
  status: number | null;
  body?: unknown;
  headers?: Record<string, string>;
  /** Matching requests left; null when unlimited. */
  remaining: number | null;
  /** Matching requests so far. */
  hits: number;
}

export abstract class CountedRules<Active extends CountedRule, View> {
  protected rules: Active[] = [];
  private nextId = 1;

  /** The rule as `list()` shows it. */
  protected abstract view(rule: Active): View;

  /** Keeps a new rule, made with the next id; returns it as listed. */
  protected keep(make: (id: number) => Active): View {
    const active = make(this.nextId++);
    this.rules.push(active);
    return this.view(active);
  }

  /** A rule as listed: the common fields, with `own` (the kind's fields) after `status`. */
  protected listed<Own extends object>(r: Active, own: Own): ListedRule & Own {
    const { rule } = r;
    const listed: ListedRule & Own = {
      id: r.id,
      ...matchView(rule),
      status: rule.status ?? null,
      ...own,
      remaining: Number.isFinite(r.remaining) ? r.remaining : null,
      hits: r.hits,
    };
    if (rule.body !== undefined) listed.body = rule.body;
    if (rule.headers) listed.headers = { ...rule.headers };
    return listed;
  }

  /** Counts one use of each rule; those whose uses are spent go. */
  protected spend(used: readonly Active[]): void {
    for (const rule of used) {
      rule.remaining--;
      rule.hits++;
    }
    if (used.some((rule) => rule.remaining <= 0)) this.rules = this.rules.filter((r) => r.remaining > 0);
  }

  list(): View[] {
    return this.rules.map((r) => this.view(r));
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  /** Clears the rules and numbers new ones from 1 again (a fake's reset). */
  reset(): void {
    this.rules = [];
    this.nextId = 1;
  }
}
