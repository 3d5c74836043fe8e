/**
 * A server for the benchmark, in a process of its own so that autocannon (in the bench's process)
 * and the server each have a core: `tsx bench/server.ts fake|fake-novalidate|bare|raw [options JSON]`.
 *
 * - `fake`: buildFake() from dist/ (what users run), response validation on; `fake-novalidate`: off.
 * - `bare`: an Express 5 app answering the same routes with the same bodies, read from a JSON file
 *   of `{ method, path, status, body }` (recorded from the fake by the bench): the yardstick;
 * - `raw`: node:http alone answering the same (a reference: the ceiling of any server on Node).
 *
 * Prints one JSON line `{ "port": N, "seedMs": N }` when listening; answers `GET /__bench/cpu` with
 * its CPU time so far (µs), for CPU per request.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';

interface RecordedRoute {
  method: string;
  path: string;
  status: number;
  body: string;
}

async function appFor(kind: string, options: Record<string, unknown>): Promise<http.RequestListener> {
  if (kind === 'raw') {
    const routes = JSON.parse(fs.readFileSync(String(options.routes), 'utf8')) as RecordedRoute[];
    const byRoute = new Map(routes.map((r) => [`${r.method} ${r.path.split('?')[0]}`, r]));
    return (req, res) => {
      const route = byRoute.get(`${req.method} ${req.url!.split('?')[0]}`);
      if (!route) {
        res.statusCode = 404;
        return void res.end();
      }
      req.resume();
      res.statusCode = route.status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(route.body));
      res.end(route.body);
    };
  }
  if (kind === 'bare') {
    const routes = JSON.parse(fs.readFileSync(String(options.routes), 'utf8')) as RecordedRoute[];
    const app = express();
    for (const route of routes) {
      const method = route.method.toLowerCase() as 'get' | 'post';
      app[method](route.path.split('?')[0], (_req, res) => {
        res.status(route.status).type('application/json').send(route.body);
      });
    }
    return app;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildFake } = require(path.resolve(__dirname, '..', 'dist', 'index.js')) as typeof import('../src');
  const fake = await buildFake({ ...options, validateResponses: kind === 'fake', webhooks: false });
  return fake.listener; // what startFake serves
}

async function main(): Promise<void> {
  const [kind = 'fake', json = '{}'] = process.argv.slice(2);
  const options = JSON.parse(json) as Record<string, unknown>;
  const started = performance.now();
  const app = await appFor(kind, options);
  const seedMs = performance.now() - started;
  const server = http.createServer((req, res) => {
    if (req.url === '/__bench/cpu') {
      const { user, system } = process.cpuUsage();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ cpuMicros: user + system, rss: process.memoryUsage().rss }));
      return;
    }
    app(req, res);
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, seedMs }));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
