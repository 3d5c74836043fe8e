/**
 * Coverage of Chatwoot's documented operations: test/fixtures/chatwoot-operations.tsv lists the
 * operations of Chatwoot's official swagger (OpenAPI 3.0.1 copy: application, platform, public, other)
 * plus newer upstream ones (`source` column: documented / newer-upstream). Every
 * row must be routed by the fake's spec (the same Router the app uses) to an operation of the same
 * method and path shape that has a handler — or be listed below as an exception, with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { handlers } from '../src/resources';
import { loadSpec, operationsOf, Router } from '../src/spec';
import { ADMIN, testFake } from './helpers';

interface Row {
  method: string;
  path: string;
  api: 'application' | 'platform' | 'public' | 'other';
  operationId: string;
  source: string;
}

const rows: Row[] = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'chatwoot-operations.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [method, template, api, , operationId, source] = line.split('\t');
    return { method, path: template, api: api as Row['api'], operationId, source };
  });

const key = (row: { method: string; path: string }) => `${row.method} ${row.path}`;

/**
 * Documented operations the fake deliberately does not serve, because real Chatwoot does not either.
 * Each must stay unrouted (the test fails if one becomes served: then drop it from here).
 */
const EXCEPTIONS: Record<string, string> = {
  // Chatwoot's swagger documents "update a portal" on the collection path; config/routes.rb has
  // `resources :portals` (PATCH/PUT only on /portals/{id}), so real Chatwoot answers 404 here. The
  // member route, PATCH /portals/{portal_id}, is listed too and is served.
  'PATCH /api/v1/accounts/{account_id}/portals':
    'not a Rails route: real Chatwoot answers 404 (use PATCH /portals/{portal_id})',
};

/** A concrete request path for a documented template: any value fits a parameter segment. */
const concrete = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => (/_id$|^id$/.test(name) ? '1' : 'abc123'));

/** The template with parameter names erased (`{conversation_id}` ≡ `{id}`) and no trailing slash. */
const shape = (template: string) => template.replace(/\{\w+\}/g, '{}').replace(/\/+$/, '');

async function unserved(selected: Row[]): Promise<string[]> {
  const router = new Router(operationsOf(await loadSpec()));
  const missing: string[] = [];
  for (const row of selected) {
    // The app drops a trailing slash before routing, as Rails does (`/inboxes/` is `/inboxes`).
    const match = router.match(row.method, concrete(row.path).replace(/\/+$/, ''));
    const served =
      match !== undefined &&
      match !== 'method-not-allowed' &&
      match.operation.method === row.method.toLowerCase() &&
      shape(match.operation.path) === shape(row.path) &&
      handlers[match.operation.operationId] !== undefined;
    if (!served) missing.push(key(row));
  }
  return missing;
}

describe("coverage of Chatwoot's documented operations", () => {
  it('the list is the expected one (87 documented application operations + profile, and newer ones)', () => {
    const application = rows.filter((r) => r.api === 'application');
    expect(application.filter((r) => r.source === 'documented')).toHaveLength(87);
    expect(application.filter((r) => r.source === 'newer-upstream').length).toBeGreaterThan(0);
    expect(rows.map(key)).toContain('GET /api/v1/profile');
    for (const exception of Object.keys(EXCEPTIONS)) expect(rows.map(key)).toContain(exception);
  });

  it('every application and other operation is served, except the listed ones', async () => {
    const selected = rows.filter((r) => r.api === 'application' || r.api === 'other');
    const missing = await unserved(selected.filter((r) => !(key(r) in EXCEPTIONS)));
    expect(missing).toEqual([]);
    // The exceptions are really not served (remove one from the list when it becomes served).
    const excepted = selected.filter((r) => key(r) in EXCEPTIONS);
    expect(await unserved(excepted)).toEqual(excepted.map(key));
  });

  it('every platform and public operation is served', async () => {
    const selected = rows.filter((r) => r.api === 'platform' || r.api === 'public');
    expect(await unserved(selected)).toEqual([]);
  });

  it('through HTTP, the excepted PATCH /portals answers Rails’ 404 for an unknown route', async () => {
    const fake = await testFake();
    const res = await fake.http.patch(fake.path('/portals')).set('api_access_token', ADMIN).send({});
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ status: 404, error: 'Not Found' });
  });
});
