/**
 * The fake's browser pages, mounted before the Chatwoot routes (none of them is a Chatwoot path):
 *
 * - `/`              how to reach this fake: base URL, account, tokens (copy buttons), examples, links;
 * - `/docs`          the interactive API reference (Swagger UI, served locally), admin token pre-filled;
 * - `/openapi.json`, `/openapi.yaml`  the bundled spec, with this fake as its server;
 * - `/demo`          a chat widget (Public API) and an agent pane (Application API) live over `/cable`;
 * - `/packs/js/sdk.js` the website SDK the inbox snippet (`web_widget_script`) loads, from any origin;
 * - `/widget?website_token=…`  the visitor's chat window (the SDK's iframe), frameable by any origin.
 *
 * Pages are built per request from the store, so they follow resets and run-time changes.
 */
import crypto from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { Store } from '../store';
import { demoPage } from './demo';
import { SWAGGER_ASSETS, docsPage, swaggerAsset, swaggerUiDir } from './docs';
import { landingPage } from './landing';
import { hiddenSecretsPage } from './hidden';
import { baseUrlOf, mainAccountId, webInfo, withoutSecrets } from './info';
import { servedSpec, toYaml } from './openapi';
import { SDK_SCRIPT } from './sdk';
import { widgetNotFoundPage, widgetPage } from './widget';
import { resolveVersion, VersionError } from '../versions';
import type { VersionTarget } from '../versions/derive';

export interface WebOptions {
  /** Whether the /__fake control API is on for a request's client (the landing page links it). */
  control?: (req: Request) => boolean;
  /** Where Swagger UI's files are (default: the installed swagger-ui-dist package). */
  swaggerUiDir?: string;
  /**
   * Whether a request's client sees the secrets (tokens, passwords, inbox keys) on `/`, `/docs` and
   * `/demo` (default: every client). Others get `/` and `/demo` as a page that says where to find
   * them, and `/docs` without a token.
   */
  secrets?: (req: Request) => boolean;
  /** Whether the request's Host header is one of the fake's names, to echo in URLs (default: any). */
  ownHost?: (req: Request) => boolean;
}

export function webRouter(store: Store, options: WebOptions = {}): express.Router {
  const router = express.Router();
  const control = options.control ?? (() => false);
  const secrets = options.secrets ?? (() => true);
  const baseUrl = (req: Request) => baseUrlOf(req, options.ownHost);
  /** What a page shows this client: everything, or no secrets (undefined: an empty store). */
  const infoFor = (req: Request) => {
    const info = webInfo(store, baseUrl(req), control(req));
    return info && !secrets(req) ? withoutSecrets(info) : info;
  };
  // Per process: the demo page keeps its visitor across reloads, not across fake restarts.
  const bootId = crypto.randomUUID();

  const html = (res: Response, body: string) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(body);
  };
  /**
   * The spec of the version the fake emulates, or of `?version=` (a profile, a version, or `any`);
   * undefined after answering 400 for a text that is no version.
   */
  const spec = (req: Request, res: Response) => {
    const asked = typeof req.query.version === 'string' ? req.query.version : undefined;
    let target: VersionTarget = store.chatwootVersion.version;
    let label = store.chatwootVersion.text;
    if (asked === 'any') [target, label] = ['any', 'any'];
    else if (asked !== undefined) {
      try {
        const resolved = resolveVersion(asked);
        [target, label] = [resolved.version, resolved.text];
      } catch (err) {
        if (!(err instanceof VersionError)) throw err;
        res.status(400).json({ error: err.message });
        return undefined;
      }
    }
    return servedSpec(baseUrl(req), mainAccountId(store), { target, label });
  };

  router.get('/', (req, res) => {
    if (!secrets(req)) return html(res, hiddenSecretsPage('/', baseUrl(req)));
    const info = infoFor(req);
    if (!info)
      return html(res.status(200), '<!doctype html><title>chatwoot-fake</title><p>No account yet.</p>');
    html(res, landingPage(info));
  });
  router.get('/docs', (req, res) => html(res, docsPage(infoFor(req))));
  router.get('/demo', (req, res) => {
    if (!secrets(req)) return html(res, hiddenSecretsPage('/demo', baseUrl(req)));
    html(res, demoPage(infoFor(req), bootId));
  });

  // The SDK is loaded by <script src> from other origins' pages (cross-origin-isolated ones too).
  router.get('/packs/js/sdk.js', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.type('application/javascript; charset=utf-8').send(SDK_SCRIPT);
  });
  router.get('/widget', (req, res) => {
    const token = typeof req.query.website_token === 'string' ? req.query.website_token : '';
    const inbox = token ? store.tables.inboxes.findBy('websiteToken', token) : undefined;
    // Framed by the websites that embed the snippet: no X-Frame-Options, no frame-ancestors (even
    // `frame-ancestors *` would refuse a page opened from a file:// URL).
    if (!inbox || inbox.channel.type !== 'Channel::WebWidget') {
      return html(res.status(404), widgetNotFoundPage(token));
    }
    html(res, widgetPage());
  });

  const assets = options.swaggerUiDir ?? swaggerUiDir();
  for (const [file, type] of Object.entries(SWAGGER_ASSETS)) {
    router.get(`/docs/${file}`, swaggerAsset(file, type, assets));
  }

  router.get('/openapi.json', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const doc = spec(req, res);
    if (doc) res.json(doc);
  });
  router.get('/openapi.yaml', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const doc = spec(req, res);
    if (doc) res.type('application/yaml; charset=utf-8').send(toYaml(doc));
  });
  return router;
}
