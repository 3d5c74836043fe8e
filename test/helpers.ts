import request from 'supertest';
import { buildFake, type FakeOptions } from '../src/index';

/** Default-world tokens (fixtures/default.yaml). */
export const ADMIN = 'acme-admin-token-0000001';
export const AGENT = 'acme-agent-token-0000002';
export const AGENT2 = 'acme-agent-token-0000003';
export const BOT = 'acme-bot-token-000000004';
export const ACCOUNT = 1;

export type TestFake = Awaited<ReturnType<typeof buildFake>> & {
  /** A supertest client for the fake's app. */
  http: ReturnType<typeof request>;
  /** `/api/v1/accounts/1` + path */
  path: (p: string) => string;
  /** GET an account path with a token (default: the administrator's). */
  get: (path: string, token?: string) => request.Test;
  /** A write to an account path with a token; `body` is sent as JSON when given. */
  send: (
    method: 'post' | 'patch' | 'put' | 'delete',
    path: string,
    body?: object,
    token?: string,
  ) => request.Test;
};

/** A fake with the default world, response validation on; build once per test file, reset between tests. */
export async function testFake(options: FakeOptions = {}): Promise<TestFake> {
  // The default world's agent bot listens nowhere, so with Chatwoot's failure side effects every
  // message in its inbox would open the conversation a few milliseconds later (racing the assertions);
  // the side effects have their own tests (test/webhook-delivery.test.ts).
  const fake = await buildFake({
    validateResponses: true,
    ...options,
    webhooks: options.webhooks === false ? false : { failureSideEffects: false, ...options.webhooks },
  });
  const http = request(fake.app);
  const path = (p: string) => `/api/v1/accounts/${fake.accountId}${p}`;
  return {
    ...fake,
    http,
    path,
    get: (p, token = ADMIN) => http.get(path(p)).set('api_access_token', token),
    send: (method, p, body, token = ADMIN) => {
      const req = http[method](path(p)).set('api_access_token', token);
      return body === undefined ? req : req.send(body);
    },
  };
}
