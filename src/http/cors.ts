/**
 * CORS as Chatwoot answers it when it runs as an API-only server (config/initializers/cors.rb with
 * CW_API_ONLY_SERVER: `origins '*'`, `headers: :any`, `methods: :any`, the devise headers exposed), so a
 * frontend on another origin (a Vite dev server, a Storybook) can call the fake from the browser:
 *
 * - any origin by default, or only the `--cors-origin` list;
 * - any request header: the preflight allows what the browser asks for (`api_access_token`,
 *   `content-type`, the dashboard's `access-token`, `client`, `uid`, `expiry`, `token-type`, ...);
 * - the session headers of `/auth/sign_in` and the rate-limit headers readable by scripts;
 * - Chrome's Private Network Access preflight (a page on a public origin calling the fake on localhost).
 *
 * Not the control API's: `/__fake` is answered before this step (http/pipeline.ts) and gets no CORS
 * headers, and a preflight never allows the `X-Fake-Fault` header, so no web page can send it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/** Response headers a browser script may read. */
export const EXPOSED_HEADERS = [
  'access-token',
  'client',
  'uid',
  'expiry',
  'token-type',
  'authorization',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

/**
 * The CORS step of every route. A request without Origin (not from a browser's cross-origin call)
 * only gets `Vary: Origin`: the other headers matter to browsers alone, which send Origin. A
 * preflight is answered here (204), whatever the path.
 */
export function corsStep(
  origin?: string | string[],
): (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void {
  const handler = cors({
    origin: origin ?? true,
    methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
    // No allowedHeaders: the preflight echoes Access-Control-Request-Headers (rack-cors `headers: :any`).
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  return (req, res, next) => {
    if (req.method === 'OPTIONS') {
      const asked = req.headers['access-control-request-headers'];
      if (typeof asked === 'string' && /x-fake-fault/i.test(asked)) {
        req.headers['access-control-request-headers'] = asked
          .split(',')
          .filter((name) => name.trim().toLowerCase() !== 'x-fake-fault')
          .join(',');
      }
      if (req.headers['access-control-request-private-network'] === 'true')
        res.setHeader('Access-Control-Allow-Private-Network', 'true');
    } else if (req.headers.origin === undefined) {
      res.setHeader('Vary', 'Origin');
      return next();
    }
    handler(req, res, next);
  };
}
