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
};

/** A fake with the default world, response validation on; build once per test file, reset between tests. */
export async function testFake(options: FakeOptions = {}): Promise<TestFake> {
  const fake = await buildFake({ validateResponses: true, ...options });
  return {
    ...fake,
    http: request(fake.app),
    path: (p: string) => `/api/v1/accounts/${fake.accountId}${p}`,
  };
}
