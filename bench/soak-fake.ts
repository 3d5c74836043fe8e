/**
 * The fake under soak (bench/soak.ts), in a process of its own so its memory and event loop are
 * measured alone: `node --import tsx bench/soak-fake.ts '<startFake options as JSON>'`. It sends
 * `{ url }` over IPC once listening, then answers `'stats'` with its figures, `'reset-lag'` by
 * starting the event-loop histogram over, and `'close'` by closing and exiting.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startFake, type FakeOptions } from '../src/index';

/** What the fake process reports: memory, event-loop delay and its bounded queues. */
export interface SoakStats {
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  /** Worst and 99th-percentile event-loop delay since the last 'reset-lag' (ms). */
  lagMaxMs: number;
  lagP99Ms: number;
  queues: { target: string; url: string; queued: number; inFlight: number; dropped: number }[];
  /** Delivery log entries by state (the log keeps the newest 1,000). */
  deliveries: Record<string, number>;
  journalEntries: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as FakeOptions;
  const fake = await startFake({ port: 0, ...options });
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  sampler.unref();
  const send = (message: unknown) => process.send?.(message);

  process.on('message', (message) => {
    if (message === 'reset-lag') {
      lag.reset();
      send('lag-reset');
    } else if (message === 'stats') {
      const memory = process.memoryUsage();
      peakRss = Math.max(peakRss, memory.rss);
      const deliveries: Record<string, number> = {};
      for (const d of fake.webhooks.deliveries()) deliveries[d.state] = (deliveries[d.state] ?? 0) + 1;
      const stats: SoakStats = {
        rssMb: mb(memory.rss),
        peakRssMb: mb(peakRss),
        heapUsedMb: mb(memory.heapUsed),
        lagMaxMs: Math.round(lag.max / 1e5) / 10,
        lagP99Ms: Math.round(lag.percentile(99) / 1e5) / 10,
        queues: fake.webhooks.queues(),
        deliveries,
        journalEntries: fake.requests().length,
      };
      send({ stats });
    } else if (message === 'close') {
      void fake.close().then(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ url: fake.url });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
