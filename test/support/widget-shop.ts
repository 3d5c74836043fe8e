/**
 * The harness of the widget browser tests (widget-browser.test.ts, widget-window.test.ts): a fake, a
 * headless chromium (Debian's, driven by playwright-core, as in browser.test.ts), and a shop page
 * served from ANOTHER origin (http://127.0.0.1:<port>) that embeds the snippet exactly as the inbox
 * view renders it (`web_widget_script`, read from the Application API per request, naming the fake as
 * http://localhost:<port>) and records the SDK's window events in `window.sdkEvents`.
 *
 * `widgetShop()` registers the hooks in the calling describe (one fake and browser per file; per
 * test a reset world and a fresh browser context) and answers the helpers the tests share. Every wait
 * is on a condition (a selector, page.waitForFunction, or `until` polling the API), never a sleep.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { startFake, type RunningFake } from '../../src/index';

// Functions given to page.evaluate run in the browser (tsconfig has no DOM lib).
declare const window: any;

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
/** The default world's website inbox (fixtures/default.yaml). */
export const INBOX_ID = 1;
export const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
const SDK_EVENTS = [
  'chatwoot:ready',
  'chatwoot:opened',
  'chatwoot:closed',
  'chatwoot:on-message',
  'chatwoot:on-start-conversation',
  'chatwoot:error',
];

/** `describe` when Debian's chromium is installed, else `describe.skip` with a warning. */
export function describeWithChromium(): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  console.warn(
    `widget browser tests skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run does).`,
  );
  return describe.skip;
}

export function widgetShop() {
  let fake: RunningFake;
  let browser: Browser;
  let context: BrowserContext;
  let shop: http.Server;
  /** The shop's origin (127.0.0.1) and the fake's as the snippet names it (localhost): two sites. */
  let shopUrl: string;
  let fakeBase: string;
  let problems: string[];

  /** An Application API call as the default world's administrator. */
  async function app(method: string, pathname: string, body?: unknown): Promise<any> {
    const res = await fetch(`${fakeBase}/api/v1/accounts/${fake.accountId}${pathname}`, {
      method,
      headers: { api_access_token: fake.tokens.admin, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${pathname} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  }

  /** Polls `read` until `check` passes (an API condition to wait on; no fixed sleeps). */
  async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 10_000;
    let last: T | undefined;
    while (Date.now() < deadline) {
      last = await read();
      if (check(last)) return last;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const [started, launched] = await Promise.allSettled([
      startFake({ port: 0 }),
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-sync',
        ],
      }),
    ]);
    if (started.status === 'fulfilled') fake = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
    fakeBase = `http://localhost:${fake.port}`;

    // The shop: any page on another origin, with the snippet the inbox view renders (read per request,
    // so it is what the Application API answers at that moment).
    shop = http.createServer((req, res) => {
      app('GET', `/inboxes/${INBOX_ID}`).then(
        (inbox: { web_widget_script: string }) => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Shop</title>
<script>
  window.sdkEvents = [];
  ${JSON.stringify(SDK_EVENTS)}.forEach(function (name) {
    window.addEventListener(name, function (e) { window.sdkEvents.push({ name: name, detail: e.detail }); });
  });
</script>
<style>body{font:16px system-ui,sans-serif;margin:0;background:#fafafa}header{padding:18px 32px;background:#fff;
border-bottom:1px solid #eee;font-weight:700}main{padding:32px;max-width:720px}</style></head>
<body><header>Acme Shop</header><main><h1>Winter sale</h1><p>Questions? Chat with us, bottom right.</p></main>
${inbox.web_widget_script}
</body></html>`);
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await browser?.close();
    shop?.closeAllConnections();
    await new Promise((resolve) => (shop ? shop.close(resolve) : resolve(undefined)));
    await fake?.close();
  });

  beforeEach(async () => {
    fake.reset();
    problems = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await context.close();
  });

  /** The shop page, with the SDK loaded and `chatwoot:ready` received. */
  async function openShop(): Promise<{ page: Page; widget: FrameLocator }> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(shopUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => window.sdkEvents.some((e: any) => e.name === 'chatwoot:ready'));
    const widget = page.frameLocator('#chatwoot_live_chat_widget');
    // The window is hidden until the bubble opens it: wait for the element, not its visibility.
    await widget.locator('body[data-ready="true"][data-live="true"]').waitFor({ state: 'attached' });
    return { page, widget };
  }

  /** Clicks the bubble and waits for the window. */
  async function openBubble(page: Page) {
    await page.locator('.woot-widget-bubble:not(.woot--close)').click();
    await page.waitForFunction(() => window.$chatwoot.isOpen === true);
  }

  /** Types a message in the widget; answers the conversation's display id (from chatwoot:on-message). */
  async function say(page: Page, widget: FrameLocator, text: string): Promise<number> {
    await widget.locator('#input').fill(text);
    await widget.locator('#input').press('Enter');
    await widget.locator('.msg.mine', { hasText: text }).waitFor();
    const handle = await page.waitForFunction(
      (content: string) =>
        window.sdkEvents.find((e: any) => e.name === 'chatwoot:on-message' && e.detail?.content === content)
          ?.detail.conversation_id,
      text,
    );
    return (await handle.jsonValue()) as number;
  }

  async function cookie(name: string): Promise<string | undefined> {
    return (await context.cookies(shopUrl)).find((c) => c.name === name)?.value;
  }

  return {
    get fake() {
      return fake;
    },
    get context() {
      return context;
    },
    get shopUrl() {
      return shopUrl;
    },
    get fakeBase() {
      return fakeBase;
    },
    get problems() {
      return problems;
    },
    app,
    until,
    openShop,
    openBubble,
    say,
    cookie,
  };
}
