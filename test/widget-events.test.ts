/**
 * The web widget's events endpoint (`POST /api/v1/widget/events`), over real HTTP: the widget's
 * website_token + X-Auth-Token, Chatwoot's 404s, and the `webwidget_triggered` webhook it sets off,
 * received by a local HTTP receiver and validated against the spec's webhook schema.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  WIDGET_SECRET_KEY_BASE,
  browserLanguage,
  browserParams,
  widgetAuthToken,
} from '../src/domain/widget';
import { startFake, type RunningFake } from '../src/index';
import { loadSpec } from '../src/spec';
import { ADMIN } from './helpers';

const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Chrome/131.0.0.0 Safari/537.36';

let fake: RunningFake;
let validate: ValidateFunction;
const received: { path: string; json: any }[] = [];
let receiver: http.Server;
let receiverUrl: string;

beforeAll(async () => {
  fake = await startFake({ port: 0, cable: false });
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const spec = await loadSpec();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(
    spec.webhooks.webwidget_triggered.post.requestBody.content['application/json'].schema,
  );
});
afterAll(async () => {
  await fake.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  fake.reset();
  received.length = 0;
});

/** Marie's contact inbox in the website inbox (inbox 1). */
function marieContactInbox() {
  const marie = [...fake.store.tables.contacts.all()].find((c) => c.email === 'marie@radium.test')!;
  return fake.store.tables.contactInboxes.where('contact', marie.id).find((ci) => ci.inbox_id === 1)!;
}

/** An HS256 JWT with any claims, signed like Widget::TokenService (or with another secret). */
function jwt(claims: object, secret = WIDGET_SECRET_KEY_BASE, alg = 'HS256') {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${b64({ alg })}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

async function widgetEvent(
  body: unknown,
  { query = `website_token=${WEBSITE_TOKEN}`, token, headers = {} as Record<string, string> } = {} as {
    query?: string;
    token?: string;
    headers?: Record<string, string>;
  },
) {
  const res = await fetch(`${fake.url}/api/v1/widget/events${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { 'X-Auth-Token': token } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
}

async function subscribe(path: string, subscriptions: string[]) {
  const res = await fetch(`${fake.url}/api/v1/accounts/1/webhooks`, {
    method: 'POST',
    headers: { api_access_token: ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${receiverUrl}${path}`, subscriptions }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as any).payload.webhook as { url: string };
}

describe('POST /api/v1/widget/events', () => {
  it('webwidget.triggered: 204, and account webhooks get the contact inbox with event_info', async () => {
    const hook = await subscribe('/hooks/widget', ['webwidget_triggered']);
    const other = await subscribe('/hooks/other', ['message_created']);
    const contactInbox = marieContactInbox();
    const res = await widgetEvent(
      {
        name: 'webwidget.triggered',
        event_info: { referer: 'https://www.acme.test/pricing', initiated_at: { timestamp: 'now' } },
      },
      {
        query: `website_token=${WEBSITE_TOKEN}&locale=fr`,
        token: widgetAuthToken(fake.store, contactInbox),
        headers: { 'User-Agent': CHROME_MAC, 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.8' },
      },
    );
    expect(res.status).toBe(204);
    expect(res.text).toBe('');

    const delivery = await fake.webhooks.waitFor({ url: hook.url });
    expect(delivery).toMatchObject({
      event: 'webwidget_triggered',
      state: 'delivered',
      target: 'account_webhook',
    });
    if (!validate(delivery.payload)) throw new Error(JSON.stringify(validate.errors, null, 1));
    const [request] = received.filter((r) => r.path === '/hooks/widget');
    expect(request.json).toEqual(delivery.payload);
    expect(Object.keys(request.json)).toEqual([
      'id',
      'contact',
      'inbox',
      'account',
      'current_conversation',
      'source_id',
      'event',
      'event_info',
    ]);
    expect(request.json).toMatchObject({
      event: 'webwidget_triggered',
      id: contactInbox.id,
      source_id: contactInbox.source_id,
      contact: { id: contactInbox.contact_id, name: 'Marie Curie', email: 'marie@radium.test' },
      inbox: { id: 1, name: 'Acme Website' },
      account: { id: 1, name: 'Acme Support' },
      current_conversation: { inbox_id: 1, channel: 'Channel::WebWidget' },
    });
    // The widget's event_info, then what the server adds (Hash#merge: the server's keys last).
    expect(request.json.event_info).toEqual({
      referer: 'https://www.acme.test/pricing',
      initiated_at: { timestamp: 'now' },
      widget_language: 'fr',
      browser_language: 'fr',
      browser: {
        browser_name: 'Chrome',
        browser_version: '131.0.0.0',
        device_name: 'Unknown',
        platform_name: 'Macintosh',
        platform_version: '10.15.7',
      },
    });
    await fake.webhooks.idle();
    expect(fake.webhooks.deliveries().filter((d) => d.url === other.url)).toEqual([]);
    expect(fake.events.recent.filter((e) => e.name === 'webwidget_triggered')).toEqual([
      expect.objectContaining({
        accountId: 1,
        data: expect.objectContaining({ contactInboxId: contactInbox.id }),
      }),
    ]);
  });

  it('takes the name with underscores, website_token from the body, and lets the server keys win', async () => {
    const hook = await subscribe('/hooks/body', ['webwidget_triggered']);
    const res = await widgetEvent(
      {
        name: 'webwidget_triggered',
        website_token: WEBSITE_TOKEN,
        event_info: { browser: 'spoofed', widget_language: 'xx', page: 1 },
      },
      {
        query: '',
        token: widgetAuthToken(fake.store, marieContactInbox()),
        headers: { 'User-Agent': 'curl/8.5.0' },
      },
    );
    expect(res.status).toBe(204);
    const delivery = await fake.webhooks.waitFor({ url: hook.url });
    expect(delivery.payload.event_info).toEqual({
      browser: {
        browser_name: 'Generic Browser',
        browser_version: '0.0',
        device_name: 'Unknown',
        platform_name: 'Other',
        platform_version: '0',
      },
      widget_language: null,
      page: 1,
      // fetch sends `Accept-Language: *`, whose code the browser gem reads as "*".
      browser_language: '*',
    });
    // Overwritten keys keep the widget's position, as Ruby's Hash#merge does.
    expect(Object.keys(delivery.payload.event_info as object)).toEqual([
      'browser',
      'widget_language',
      'page',
      'browser_language',
    ]);
  });

  it('answers 204 and dispatches nothing for other names; a non-object event_info is dropped', async () => {
    const hook = await subscribe('/hooks/names', ['webwidget_triggered']);
    const token = widgetAuthToken(fake.store, marieContactInbox());
    for (const name of ['campaign.triggered', 'message.created', '', undefined]) {
      expect((await widgetEvent({ name, event_info: { a: 1 } }, { token })).status).toBe(204);
    }
    expect(fake.events.recent.filter((e) => e.name === 'webwidget_triggered')).toEqual([]);
    expect((await widgetEvent({ name: 'webwidget.triggered', event_info: 'nope' }, { token })).status).toBe(
      204,
    );
    const delivery = await fake.webhooks.waitFor({ url: hook.url });
    expect(Object.keys(delivery.payload.event_info as object)).toEqual([
      'widget_language',
      'browser_language',
      'browser',
    ]);
    await fake.webhooks.idle();
    expect(fake.webhooks.deliveries({ event: 'webwidget_triggered' })).toHaveLength(1);
  });

  it.each([
    ['no website_token', '', () => widgetAuthToken(fake.store, marieContactInbox())],
    [
      'an unknown website_token',
      'website_token=nope',
      () => widgetAuthToken(fake.store, marieContactInbox()),
    ],
    [
      'an API inbox identifier',
      'website_token=acmeApiInbox00000000001',
      () => widgetAuthToken(fake.store, marieContactInbox()),
    ],
    ['no X-Auth-Token', `website_token=${WEBSITE_TOKEN}`, () => undefined],
    ['a malformed X-Auth-Token', `website_token=${WEBSITE_TOKEN}`, () => 'not-a-jwt'],
    [
      'a token signed with another secret',
      `website_token=${WEBSITE_TOKEN}`,
      () => jwt({ source_id: marieContactInbox().source_id, inbox_id: 1 }, 'another-secret'),
    ],
    [
      'an unsigned token (alg none)',
      `website_token=${WEBSITE_TOKEN}`,
      () => jwt({ source_id: marieContactInbox().source_id, inbox_id: 1 }, WIDGET_SECRET_KEY_BASE, 'none'),
    ],
    [
      'an expired token',
      `website_token=${WEBSITE_TOKEN}`,
      () =>
        jwt({
          source_id: marieContactInbox().source_id,
          inbox_id: 1,
          exp: Math.floor(fake.store.clock.peek() / 1000) - 1,
        }),
    ],
    [
      "a source id of another inbox's contact",
      `website_token=${WEBSITE_TOKEN}`,
      () => widgetAuthToken(fake.store, fake.store.tables.contactInboxes.where('inbox', 2)[0]),
    ],
  ])('%s → 404 Resource could not be found, nothing dispatched', async (_name, query, token) => {
    const res = await widgetEvent({ name: 'webwidget.triggered' }, { query, token: token() });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
    expect(fake.events.recent.filter((e) => e.name === 'webwidget_triggered')).toEqual([]);
  });

  it('accepts a token without exp that names the contact inbox (JWT.decode checks exp only when present)', async () => {
    const token = jwt({ source_id: marieContactInbox().source_id, inbox_id: 1 });
    expect((await widgetEvent({ name: 'webwidget.triggered' }, { token })).status).toBe(204);
    expect(fake.events.recent.filter((e) => e.name === 'webwidget_triggered')).toHaveLength(1);
  });

  it('needs no api_access_token and ignores one', async () => {
    const token = widgetAuthToken(fake.store, marieContactInbox());
    const res = await widgetEvent(
      { name: 'webwidget.triggered' },
      { token, headers: { api_access_token: 'bogus' } },
    );
    expect(res.status).toBe(204);
  });
});

describe('the browser gem, as the widget controllers read the request', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      ['Microsoft Edge', '131.0.2903.86', 'Unknown', 'Windows', '10.0'],
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      ['Firefox', '133.0', 'Unknown', 'Generic Linux', '0'],
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ['Safari', '17.5', 'iPhone', 'iOS (iPhone)', '17.5'],
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      ['Chrome', '131.0.0.0', 'Unknown', 'Android', '14'],
    ],
    [undefined, ['Generic Browser', '0.0', 'Unknown', 'Other', '0']],
  ])('%s', (ua, [browser_name, browser_version, device_name, platform_name, platform_version]) => {
    expect(browserParams(ua)).toEqual({
      browser_name,
      browser_version,
      device_name,
      platform_name,
      platform_version,
    });
  });

  it('takes the Accept-Language entry of the highest quality, its code only', () => {
    expect(browserLanguage('en-US,en;q=0.9')).toBe('en');
    expect(browserLanguage('de;q=0.5, pt-BR')).toBe('pt');
    expect(browserLanguage('fr;q=0')).toBeNull();
    expect(browserLanguage(undefined)).toBeNull();
  });
});
