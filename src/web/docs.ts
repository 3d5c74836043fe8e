/**
 * `/docs`: the interactive API reference — Swagger UI (the `swagger-ui-dist` package, served from
 * node_modules: no CDN, works offline) rendering `/openapi.json`, with the admin's api_access_token
 * pre-authorised and the account id pre-filled, so "Try it out" works against this fake at once.
 */
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { escapeHtml as h, jsonForScript, page } from './html';
import type { WebInfo } from './info';

/** The files of swagger-ui-dist the page loads (and their source maps, for devtools). */
export const SWAGGER_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui.css.map': 'application/json',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-bundle.js.map': 'application/json',
};

/** The folder of the installed swagger-ui-dist. */
export function swaggerUiDir(): string {
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

/**
 * Serves one of SWAGGER_ASSETS from `dir` (default: the installed swagger-ui-dist). The folder is the
 * `root` of `send`, so its dot-file rule sees only the file name: an install under a dot directory
 * (~/.npm/_npx/…, ~/.cache/…) is served like any other. A missing file goes on to the unknown-route 404.
 */
export function swaggerAsset(file: string, type: string, dir = swaggerUiDir()) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type(type).sendFile(file, { root: dir }, (err?: Error & { status?: number; code?: string }) => {
      if (!err || res.headersSent) return; // sent, or the client went away mid-file
      res.removeHeader('Cache-Control');
      res.removeHeader('Content-Type');
      next(err.status === 404 || err.code === 'ENOENT' || err.code === 'ENOTDIR' ? undefined : err);
    });
  };
}

const CSS = `
#swagger-ui { max-width: 1280px; margin: 0 auto; }
.swagger-ui .information-container { padding-top: 8px; }
.auth-note { max-width: 1280px; margin: 14px auto 0; padding: 10px 20px; font-size: 13px; color: var(--muted); }
`;

const INIT = `
(function () {
  var config = JSON.parse(document.getElementById('docs-config').textContent);
  var ui = SwaggerUIBundle({
    url: config.specUrl,
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'list',
    filter: true,
    tryItOutEnabled: true,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    validatorUrl: null,
    onComplete: function () {
      if (config.token) ui.preauthorizeApiKey('userApiKey', config.token);
    },
  });
  window.ui = ui;
})();
`;

export function docsPage(info: WebInfo | undefined): string {
  const admin = info?.users.find((u) => u.role === 'administrator');
  const note = admin
    ? `“Try it out” sends <span class="mono">api_access_token</span> of ${h(admin.name)} (administrator) and account ${
        info!.accountId
      }. Change it under <b>Authorize</b>; the Public API needs none.`
    : 'No user in this fake: set a token under <b>Authorize</b>.';
  const body = `<div class="auth-note">${note}</div>
<div id="swagger-ui"></div>
<script id="docs-config" type="application/json">${jsonForScript({ specUrl: '/openapi.json', token: info?.tokens.admin ?? '' })}</script>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>${INIT}</script>`;
  return page({
    title: 'chatwoot-fake · API reference',
    current: '/docs',
    head: `<link rel="stylesheet" href="/docs/swagger-ui.css"><style>${CSS}</style>`,
    body,
  });
}
