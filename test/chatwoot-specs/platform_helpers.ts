/**
 * What the ported platform API specs share. The spec's `platform_app_permissible` rows made by a factory
 * are, over HTTP, either the default world's grants (its platform app may manage account 1, its users and
 * its bot, as a super admin would have granted) or the grants an app gets by creating an object. The
 * spec's fresh `create(:platform_app)` with no grant on the object is the platform app of a second,
 * minimal account (`freshApp`): it manages only that account and its one user.
 */
import type { TestFake } from '../helpers';

/** The default world's platform app (fixtures/default.yaml). */
export const PLATFORM = 'acme-platform-token-0000005';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A platform API request: `token` null sends no api_access_token header. */
export function platformCall(
  fake: TestFake,
  method: Method,
  path: string,
  options: { token?: string | null; body?: object; query?: Record<string, string | number> } = {},
) {
  const { token = PLATFORM, body, query } = options;
  let req = fake.http[method](`/platform/api/v1${path}`);
  if (token !== null) req = req.set('api_access_token', token);
  if (query) req = req.query(query);
  return body === undefined ? req : req.send(body);
}

/** A platform app with no grant on anything of the default world (a second, minimal tenant's). */
export function freshApp(fake: TestFake): string {
  const other = fake.createAccount({
    fixtures: {
      account: { name: 'Fresh Tenant' },
      users: [{ key: 'owner', name: 'Fresh Owner', email: 'owner@fresh.test', role: 'administrator' }],
      platform_apps: [{ key: 'fresh', name: 'Fresh Platform' }],
    },
  });
  return other.tokens.platform!;
}
