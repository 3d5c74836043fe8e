/**
 * The browser pages (/, /docs, /openapi.json|yaml, /demo, the CSAT survey page) and CORS, without a browser: the HTML and
 * its config, the assets served locally, the bundled spec, and the demo's calls — each checked against
 * the spec and run in order over HTTP, then over the live event stream (/cable) with a websocket.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { WebSocket } from 'ws';
import express from 'express';
import request from 'supertest';
import YAML from 'yaml';
import { startFake } from '../src/index';
import { loadSpec, loadSpecFor, operationsOf, Router } from '../src/spec';
import { NEWEST, resolveVersion } from '../src/versions';
import { Store } from '../src/store';
import { webRouter } from '../src/web';
import { swaggerUiDir } from '../src/web/docs';
import { AGENT_ROUTES, DEMO_ROUTES, DEMO_SCRIPT } from '../src/web/demo';
import { SURVEY_SCRIPT, SURVEY_TEXTS } from '../src/web/survey';
import { ACCOUNT, ADMIN, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const API_INBOX = 'acmeApiInbox00000000001';

/** Every src/href attribute of a page. */
function attributes(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

/** The JSON of `<script id="..." type="application/json">`. */
function scriptJson(html: string, id: string): any {
  const m = new RegExp(`<script id="${id}" type="application/json">([\\s\\S]*?)</script>`).exec(html);
  if (!m) throw new Error(`no #${id} in the page`);
  return JSON.parse(m[1]);
}

/** Inline scripts must at least parse (no browser here to run them). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

describe('GET / (landing page)', () => {
  it('shows the base URL, account, tokens with copy buttons, and links to /docs and /demo', async () => {
    const res = await fake.http.get('/').set('Host', '127.0.0.1:4010');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.text;
    expect(html).toContain('data-copy="http://127.0.0.1:4010"');
    expect(html).toContain(`data-copy="${ACCOUNT}"`);
    for (const token of [ADMIN, 'acme-agent-token-0000002', 'acme-bot-token-000000004', API_INBOX]) {
      expect(html).toContain(`data-copy="${token}"`);
    }
    expect(html).toContain('ws://127.0.0.1:4010/cable');
    expect(html).toContain('ada@acme.test');
    expect(attributes(html)).toEqual(expect.arrayContaining(['/docs', '/demo', '/openapi.json']));
    expect(html).toContain('/__fake/info');
    for (const script of inlineScripts(html)) expect(() => new vm.Script(script)).not.toThrow();
  });

  it('links an open CSAT survey: its page loads and takes a rating over HTTP', async () => {
    const html = (await fake.http.get('/')).text;
    const links = attributes(html).filter((a) => a.startsWith('/survey/responses/'));
    expect(links).toHaveLength(1);
    expect(html).toContain('Tu Youyou’s survey of Acme Website');
    const page = await fake.http.get(links[0]);
    expect(page.status).toBe(200);
    const { api } = scriptJson(page.text, 'survey-config');
    // What the page's script asks first: the survey, not answered yet.
    const survey = await fake.http.get(api);
    expect(survey.status).toBe(200);
    expect(survey.body).toMatchObject({ inbox_name: 'Acme Website', csat_survey_response: null });
    // What it sends when a rating is chosen.
    const rated = await fake.http
      .patch(api)
      .send({ message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: '' } } } });
    expect(rated.status).toBe(200);
    expect(rated.body.csat_survey_response).toMatchObject({ rating: 5 });
    const responses = await fake.http.get(fake.path('/csat_survey_responses')).set('api_access_token', ADMIN);
    expect(responses.body).toEqual([
      expect.objectContaining({ rating: 5, contact: expect.objectContaining({ name: 'Tu Youyou' }) }),
    ]);
    // Answered, the survey stays the linked one (the page then shows the answer).
    expect(attributes((await fake.http.get('/')).text)).toContain(links[0]);
  });

  it('links no survey when every one is locked (sent more than 14 days ago)', async () => {
    fake.store.clock.set(fake.store.clock.peek() + 15 * 86_400_000);
    const html = (await fake.http.get('/')).text;
    expect(attributes(html).filter((a) => a.startsWith('/survey/responses/'))).toEqual([]);
  });

  it('loads nothing from another host', async () => {
    for (const p of ['/', '/docs', '/demo', '/survey/responses/abc']) {
      const html = (await fake.http.get(p)).text;
      for (const url of attributes(html)) expect(url).toMatch(/^(\/|data:)/);
    }
  });

  it('follows the store: new records and a reset show at once', async () => {
    const count = () =>
      fake.http.get('/').then((r) => Number(/<b>(\d+)<\/b><span>contacts/.exec(r.text)![1]));
    const before = await count();
    await fake.http
      .post(fake.path('/contacts'))
      .set('api_access_token', ADMIN)
      .send({ name: 'New Person', email: 'new@person.test' });
    expect(await count()).toBe(before + 1);
    fake.reset();
    expect(await count()).toBe(before);
  });

  it('counts the contacts as GET /contacts does: a visitor without identity is not listed', async () => {
    const count = () =>
      fake.http.get('/').then((r) => Number(/<b>(\d+)<\/b><span>contacts/.exec(r.text)![1]));
    const listed = async () =>
      (await fake.http.get(fake.path('/contacts')).set('api_access_token', ADMIN)).body.meta.count;
    expect(await listed()).toBe(11);
    expect(await count()).toBe(11);
    // A contact with a name only (as the widget creates visitors) is counted by neither.
    const created = await fake.http
      .post(fake.path('/contacts'))
      .set('api_access_token', ADMIN)
      .send({ name: 'Anonymous visitor' });
    expect(created.status).toBe(200);
    expect(await listed()).toBe(11);
    expect(await count()).toBe(11);
  });

  it('is not a Chatwoot route: no token needed, not in the journal', async () => {
    const before = fake.requests().length;
    expect((await fake.http.get('/')).status).toBe(200);
    expect(fake.requests().length).toBe(before);
  });

  it('leaves the control API link out when the control API is off', async () => {
    const quiet = await testFake({ control: false });
    expect((await quiet.http.get('/')).text).not.toContain('/__fake/info');
  });
});

describe('GET /docs', () => {
  it('renders Swagger UI from local files with the admin token and the spec URL', async () => {
    const res = await fake.http.get('/docs');
    expect(res.status).toBe(200);
    expect(attributes(res.text)).toEqual(
      expect.arrayContaining(['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js']),
    );
    expect(scriptJson(res.text, 'docs-config')).toEqual({ specUrl: '/openapi.json', token: ADMIN });
    expect(res.text).toContain("preauthorizeApiKey('userApiKey', config.token)");
    expect(res.text).toContain('validatorUrl: null'); // no call to swagger.io's validator
    for (const script of inlineScripts(res.text)) expect(() => new vm.Script(script)).not.toThrow();
  });

  it('serves the Swagger UI assets from the installed package', async () => {
    const js = await fake.http.get('/docs/swagger-ui-bundle.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.text.length).toBeGreaterThan(500_000);
    const css = await fake.http.get('/docs/swagger-ui.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect((await fake.http.get('/docs/index.html')).status).toBe(404);
  });

  it('serves them from a package installed under a dot directory (~/.cache, ~/.npm/_npx), 404 for a missing one', async () => {
    // swagger-ui-dist as npx or a cache would install it: under a folder whose name starts with a dot.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-web-'));
    const dir = path.join(tmp, '.cache', 'npx', 'node_modules', 'swagger-ui-dist');
    fs.mkdirSync(dir, { recursive: true });
    for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
      fs.symlinkSync(path.join(swaggerUiDir(), file), path.join(dir, file));
    }
    const app = express();
    app.use(webRouter(new Store(), { swaggerUiDir: dir }));
    app.use((_req, res) => res.status(404).json({ error: 'unknown route' }));
    const onError: express.ErrorRequestHandler = (err: Error, _req, res, next) => {
      void next;
      res.status(500).json({ error: err.message });
    };
    app.use(onError);
    try {
      const css = await request(app).get('/docs/swagger-ui.css');
      expect(css.status).toBe(200);
      expect(css.headers['content-type']).toMatch(/^text\/css/);
      expect(css.text).toBe(fs.readFileSync(path.join(swaggerUiDir(), 'swagger-ui.css'), 'utf8'));
      expect((await request(app).get('/docs/swagger-ui-bundle.js')).status).toBe(200);
      // Not installed there (a package without source maps): the unknown route's 404, never a 500.
      const missing = await request(app).get('/docs/swagger-ui.css.map');
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ error: 'unknown route' });
      expect(missing.headers['cache-control']).toBeUndefined();
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('GET /openapi.json and /openapi.yaml', () => {
  it('serve the bundled spec with this fake as server and named components', async () => {
    const res = await fake.http.get('/openapi.json').set('Host', 'localhost:4011');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'http://localhost:4011', description: 'this chatwoot-fake' }]);
    expect(doc.components.parameters.account_id.example).toBe(ACCOUNT);
    expect(doc.components.schemas.Agent).toBeDefined();
    expect(doc.paths['/auth/sign_in'].post.operationId).toBe('signIn');
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\/components\//);
  });

  it('dereference to exactly the spec the fake validates with', async () => {
    const doc = (await fake.http.get('/openapi.json')).body;
    delete doc.components.parameters.account_id.example; // what the served copy adds for "Try it out"
    const dereferenced = JSON.parse(JSON.stringify(await $RefParser.dereference(doc)));
    // The fake emulates the newest version by default: the document is that version's.
    expect(doc.info['x-chatwoot-version']).toBe(NEWEST.version);
    delete dereferenced.info['x-chatwoot-version'];
    const spec = await loadSpecFor(resolveVersion('latest'));
    for (const key of Object.keys(spec)) {
      if (key === 'components' || key === 'servers') continue;
      expect(isDeepStrictEqual(dereferenced[key], spec[key])).toBe(true);
    }
    expect(dereferenced.components.securitySchemes).toEqual(spec.components.securitySchemes);
  });

  it('as YAML, the same document', async () => {
    const json = (await fake.http.get('/openapi.json').set('Host', 'localhost:4011')).body;
    const res = await fake.http.get('/openapi.yaml').set('Host', 'localhost:4011');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/yaml/);
    expect(YAML.parse(res.text)).toEqual(json);
  });
});

describe('GET /survey/responses/{uuid} (the CSAT survey page)', () => {
  it('is served for any uuid without credentials, pointing its script at the public CSAT API', async () => {
    for (const uuid of ['00000000-0000-4000-a000-000000000000', 'not-a-uuid']) {
      const res = await fake.http.get(`/survey/responses/${uuid}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const config = scriptJson(res.text, 'survey-config');
      expect(config).toEqual({ uuid, api: `/public/api/v1/csat_survey/${uuid}`, texts: SURVEY_TEXTS });
      // The API it names is the spec's public CSAT operation.
      const router = new Router(operationsOf(await loadSpec()));
      const match = router.match('GET', config.api);
      expect(match !== undefined && match !== 'method-not-allowed' && match.operation.operationId).toBe(
        'getPublicCsatSurvey',
      );
    }
    expect(() => new vm.Script(SURVEY_SCRIPT)).not.toThrow();
    expect((await fake.http.get('/survey/responses/x')).text).toContain(SURVEY_SCRIPT.trim().slice(0, 200));
  });

  it('keeps a hostile uuid inert: escaped in the page, encoded in the API path', async () => {
    const uuid = '</script><img src=x onerror=alert(1)>';
    const res = await fake.http.get(`/survey/responses/${encodeURIComponent(uuid)}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<img src=x');
    const config = scriptJson(res.text, 'survey-config');
    expect(config.uuid).toBe(uuid);
    expect(config.api).toBe(`/public/api/v1/csat_survey/${encodeURIComponent(uuid)}`);
  });
});

describe('GET /demo', () => {
  it('embeds the API inbox, the account, the admin token and its routes, and its script parses', async () => {
    const res = await fake.http.get('/demo');
    expect(res.status).toBe(200);
    const config = scriptJson(res.text, 'demo-config');
    expect(config).toMatchObject({
      accountId: ACCOUNT,
      inbox: API_INBOX,
      token: ADMIN,
      cablePath: '/cable',
      routes: DEMO_ROUTES,
      agentRoutes: AGENT_ROUTES,
    });
    expect(() => new vm.Script(DEMO_SCRIPT)).not.toThrow();
    expect(res.text).toContain(DEMO_SCRIPT.trim().slice(0, 200));
  });

  it('calls only operations of the spec, the agent ones with the token', async () => {
    const router = new Router(operationsOf(await loadSpec()));
    for (const [name, route] of Object.entries(DEMO_ROUTES)) {
      const [method, template] = route.split(' ');
      const path = template.replace(/\{(\w+)\}/g, (_, k) =>
        k === 'account' ? '1' : k === 'inbox' ? API_INBOX : '7',
      );
      const match = router.match(method, path);
      expect(match && match !== 'method-not-allowed' ? match.operation.api : name).toBe(
        AGENT_ROUTES.includes(name as keyof typeof DEMO_ROUTES) ? 'application' : 'public',
      );
    }
  });

  /** The demo page's calls, in its order, over HTTP (what the page's fetches do). */
  async function demoFlow(http: TestFake['http']) {
    const call = (name: keyof typeof DEMO_ROUTES, params: Record<string, unknown>, body?: object) => {
      const [method, template] = DEMO_ROUTES[name].split(' ');
      const path = template.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(String(params[k])));
      let req = (http as any)[method.toLowerCase()](path).set('Accept', 'application/json');
      if (AGENT_ROUTES.includes(name)) req = req.set('api_access_token', ADMIN);
      return body === undefined ? req : req.send(body);
    };
    const inbox = await call('inbox', { inbox: API_INBOX });
    expect(inbox.status).toBe(200);
    const contact = await call('createContact', { inbox: API_INBOX }, { name: 'Demo visitor 1234' });
    expect(contact.status).toBe(200);
    expect(contact.body).toMatchObject({ name: 'Demo visitor 1234' });
    const params = { inbox: API_INBOX, account: ACCOUNT, contact: contact.body.source_id } as Record<
      string,
      unknown
    >;
    expect((await call('getContact', params)).status).toBe(200);
    const conversation = await call('createConversation', params, {});
    expect(conversation.status).toBe(200);
    params.conversation = conversation.body.id;
    expect((await call('contactMessages', params)).body).toEqual([]);
    const profile = await call('profile', params);
    expect(profile.body.pubsub_token).toEqual(expect.any(String));
    const agentView = await call('agentConversation', params);
    expect(agentView.status).toBe(200);
    expect(agentView.body.id).toBe(params.conversation);
    return { call, params, contact: contact.body, profile: profile.body };
  }

  it('round-trips a message both ways through the Public and Application APIs', async () => {
    const { call, params } = await demoFlow(fake.http);
    const sent = await call('sendAsContact', params, { content: 'Hello from the widget', echo_id: 'demo-1' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ content: 'Hello from the widget', message_type: 0 });
    const agentSide = await call('agentMessages', params);
    expect(agentSide.body.payload.map((m: any) => m.content)).toContain('Hello from the widget');
    const reply = await call('sendAsAgent', params, {
      content: 'Hi, how can I help?',
      message_type: 'outgoing',
      private: false,
    });
    expect(reply.status).toBe(200);
    const contactSide = await call('contactMessages', params);
    expect(contactSide.body.map((m: any) => [m.message_type, m.content])).toEqual([
      [0, 'Hello from the widget'],
      [1, 'Hi, how can I help?'],
    ]);
    expect((await call('contactTyping', params, { typing_status: 'on' })).status).toBe(200);
    expect((await call('agentTyping', params, { typing_status: 'on' })).status).toBe(200);
  });

  it('sees each side’s messages and typing live on /cable, as the page subscribes', async () => {
    const live = await startFake({ webhooks: false });
    const sockets: WebSocket[] = [];
    try {
      const http = (await import('supertest')).default(live.url);
      const { call, params, contact, profile } = await demoFlow(http as any);
      const subscribe = async (identifier: object) => {
        const ws = new WebSocket(`${live.url.replace('http', 'ws')}/cable`, ['actioncable-v1-json']);
        sockets.push(ws);
        const events: { event: string; data: any }[] = [];
        const id = JSON.stringify(identifier);
        await new Promise<void>((resolve, reject) => {
          ws.on('error', reject);
          ws.on('message', (raw) => {
            const frame = JSON.parse(raw.toString());
            if (frame.type === 'welcome') ws.send(JSON.stringify({ command: 'subscribe', identifier: id }));
            else if (frame.type === 'confirm_subscription') resolve();
            else if (frame.type === 'reject_subscription') reject(new Error('rejected'));
            else if (frame.message && frame.identifier === id) events.push(frame.message);
          });
        });
        return events;
      };
      const widget = await subscribe({ channel: 'RoomChannel', pubsub_token: contact.pubsub_token });
      const agent = await subscribe({
        channel: 'RoomChannel',
        pubsub_token: profile.pubsub_token,
        account_id: ACCOUNT,
        user_id: profile.id,
      });
      const waitFor = async (
        events: { event: string; data: any }[],
        test: (e: { event: string; data: any }) => boolean,
      ) => {
        for (let i = 0; i < 100 && !events.some(test); i++) await new Promise((r) => setTimeout(r, 20));
        return events.find(test);
      };
      const ours = (content: string) => (e: { event: string; data: any }) =>
        e.event === 'message.created' &&
        e.data.content === content &&
        e.data.conversation_id === params.conversation;

      await call('sendAsContact', params, { content: 'Is anyone there?' });
      expect(await waitFor(agent, ours('Is anyone there?'))).toBeDefined();
      expect(await waitFor(widget, ours('Is anyone there?'))).toBeDefined();

      await call('sendAsAgent', params, { content: 'Yes! Ada here.', message_type: 'outgoing' });
      const reply = await waitFor(widget, ours('Yes! Ada here.'));
      expect(reply?.data.message_type).toBe(1);
      expect(reply?.data.sender).toMatchObject({ name: 'Ada Lovelace' });

      await call('contactTyping', params, { typing_status: 'on' });
      const typing = await waitFor(agent, (e) => e.event === 'conversation.typing_on');
      expect(typing?.data.conversation.id).toBe(params.conversation);
    } finally {
      for (const ws of sockets) ws.close();
      await live.close();
    }
  });
});

describe('CORS', () => {
  const origin = 'http://localhost:5173';

  it('answers the preflight for the headers Chatwoot clients send, from any origin', async () => {
    const res = await fake.http
      .options(fake.path('/conversations'))
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'PATCH')
      .set(
        'Access-Control-Request-Headers',
        'api_access_token,content-type,access-token,client,uid,expiry,token-type',
      );
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-headers']).toBe(
      'api_access_token,content-type,access-token,client,uid,expiry,token-type',
    );
    expect(res.headers['access-control-allow-methods']).toMatch(/PATCH/);
  });

  it('lets a page on another origin read an api_access_token call', async () => {
    const res = await fake.http
      .get(fake.path('/contacts'))
      .set('Origin', origin)
      .set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-expose-headers']).toMatch(/access-token/);
  });

  it('answers Chrome’s Private Network Access preflight', async () => {
    const res = await fake.http
      .options(fake.path('/contacts'))
      .set('Origin', 'https://app.example.com')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Private-Network', 'true');
    expect(res.headers['access-control-allow-private-network']).toBe('true');
  });

  it('--cors-origin restricts it', async () => {
    const strict = await testFake({ corsOrigin: ['https://allowed.example'] });
    const ok = await strict.http
      .get(strict.path('/agents'))
      .set('Origin', 'https://allowed.example')
      .set('api_access_token', ADMIN);
    expect(ok.headers['access-control-allow-origin']).toBe('https://allowed.example');
    const other = await strict.http
      .get(strict.path('/agents'))
      .set('Origin', origin)
      .set('api_access_token', ADMIN);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
