/**
 * A short `npm run soak` (bench/soak.ts): the fake in its own process under mixed writes, a webhook
 * receiver that never answers and a /cable subscribe flood. Counts are asserted (queue lengths,
 * subscriptions), never times or memory: those are the soak's figures.
 */
import { soak } from '../bench/soak';

it('keeps webhook queues, subscriptions and the journal bounded under a short soak', async () => {
  const report = await soak({ seconds: 2, subscribeFlood: 2000, fake: { webhooks: { queueLimit: 20 } } });
  expect(report.writes).toBeGreaterThan(21);
  expect(report.failedWrites).toBe(0);
  // The blackhole holds one delivery for 5 s; 20 wait behind it, the others were dropped.
  expect(report.blackhole.queue).toMatchObject({ queued: 20, inFlight: 1 });
  expect(report.blackhole.queue!.dropped).toBeGreaterThan(0);
  for (const queue of report.end.queues) expect(queue.queued).toBeLessThanOrEqual(20);
  expect(report.warnings.filter((w) => w.includes(report.blackhole.url))).toHaveLength(1);
  expect(report.end.deliveries.dropped).toBeGreaterThan(0);
  // One connection: 100 subscriptions (maxSubscriptionsPerConnection), every other subscribe rejected.
  expect(report.cable).toMatchObject({ subscribeFrames: 2000, confirmed: 100, rejected: 1900 });
  expect(report.cable.agentBroadcasts).toBeGreaterThan(0);
  expect(report.end.journalEntries).toBeLessThanOrEqual(1000);
}, 120_000);
