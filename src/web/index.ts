/**
 * The fake's browser pages, mounted before the Chatwoot routes (none of them is a Chatwoot path):
 *
 * - `/`              how to reach this fake: base URL, account, tokens (copy buttons), examples, links;
 * - `/docs`          the interactive API reference (Swagger UI, served locally), admin token pre-filled;
 * - `/openapi.json`, `/openapi.yaml`  the bundled spec, with this fake as its server;
 * - `/demo`          a chat widget (Public API) and an agent pane (Application API) live over `/cable`.
 *
 * Pages are built per request from the store, so they follow resets and run-time changes.
 */
import crypto from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { Store } from '../store';
import { demoPage } from './demo';
import { SWAGGER_ASSETS, docsPage, swaggerAsset, swaggerUiDir } from './docs';
import { landingPage } from './landing';
import { baseUrlOf, mainAccountId, webInfo } from './info';
import { servedSpec, toYaml } from './openapi';

export interface WebOptions {
  /** Whether the /__fake control API is on for a request's client (the landing page links it). */
  control?: (req: Request) => boolean;
  /** Where Swagger UI's files are (default: the installed swagger-ui-dist package). */
  swaggerUiDir?: string;
}

export function webRouter(store: Store, options: WebOptions = {}): express.Router {
  const router = express.Router();
  const control = options.control ?? (() => false);
  // Per process: the demo page keeps its visitor across reloads, not across fake restarts.
  const bootId = crypto.randomUUID();

  const html = (res: Response, body: string) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(body);
  };
  const spec = (req: Request) => servedSpec(baseUrlOf(req), mainAccountId(store));

  router.get('/', (req, res) => {
    const info = webInfo(store, req, control(req));
    if (!info)
      return html(res.status(200), '<!doctype html><title>chatwoot-fake</title><p>No account yet.</p>');
    html(res, landingPage(info));
  });
  router.get('/docs', (req, res) => html(res, docsPage(webInfo(store, req, control(req)))));
  router.get('/demo', (req, res) => html(res, demoPage(webInfo(store, req, control(req)), bootId)));

  const assets = options.swaggerUiDir ?? swaggerUiDir();
  for (const [file, type] of Object.entries(SWAGGER_ASSETS)) {
    router.get(`/docs/${file}`, swaggerAsset(file, type, assets));
  }

  router.get('/openapi.json', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(spec(req));
  });
  router.get('/openapi.yaml', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('application/yaml; charset=utf-8').send(toYaml(spec(req)));
  });
  return router;
}
