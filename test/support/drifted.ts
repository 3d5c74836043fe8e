/**
 * A "drifted Chatwoot" for tests of the tools that read a Chatwoot (`check`, `record`): the fake
 * behind a server that changes a few answers — a renamed field (agents), a string id (a contact), a
 * missing envelope (inboxes), an undocumented 500 (labels), an extra key (profile).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The fake behind a server that rewrites some answers the way a drifted Chatwoot would. */
export async function driftedChatwoot(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host') headers[k] = v;
    const upstream = await fetch(target + req.url, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const text = await upstream.text();
    const path = (req.url ?? '').split('?')[0];
    const json = () => JSON.parse(text);
    const send = (status: number, body: string, type = 'application/json; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (req.method === 'GET' && path === '/api/v1/accounts/1/agents') {
      // renamed field
      const agents = json().map(({ available_name, ...agent }: any) => ({
        ...agent,
        display_name: available_name,
      }));
      return send(200, JSON.stringify(agents));
    }
    if (req.method === 'GET' && /^\/api\/v1\/accounts\/1\/contacts\/\d+$/.test(path)) {
      // string id
      const body = json();
      body.payload.id = String(body.payload.id);
      return send(200, JSON.stringify(body));
    }
    if (req.method === 'GET' && path === '/api/v1/accounts/1/inboxes') {
      return send(200, JSON.stringify(json().payload)); // missing envelope
    }
    if (req.method === 'GET' && path === '/api/v1/accounts/1/labels') {
      return send(500, '<html><body>We are sorry, but something went wrong.</body></html>', 'text/html'); // undocumented
    }
    if (req.method === 'GET' && path === '/api/v1/profile') {
      return send(200, JSON.stringify({ ...json(), ui_flags: {} })); // an extra field next to the token
    }
    const type = upstream.headers.get('content-type');
    res.writeHead(upstream.status, type ? { 'content-type': type } : {});
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
