/**
 * The website chat bubble in a real browser (Debian's chromium driven by playwright-core, as in
 * browser.test.ts): a shop page served from ANOTHER origin (http://127.0.0.1:<port>) embeds the
 * snippet exactly as the inbox view renders it (`web_widget_script`, pointing at the fake reached as
 * http://localhost:<port>); the SDK (/packs/js/sdk.js) adds the bubble and the widget's iframe
 * (/widget), which talks to the widget API and /cable. What the visitor and the page's
 * `window.$chatwoot` calls do is read back through the Application API, as an agent would see it.
 *
 * Every wait is on a condition (a selector, page.waitForFunction, or `until` polling the API), never
 * a fixed sleep. Screenshots go to test-artifacts/; `UPDATE_SCREENSHOTS=1` also refreshes the README's
 * docs/screenshots/widget.png. Without /usr/bin/chromium the tests are skipped with a warning.
 */
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { startFake, type RunningFake } from '../src/index';

// Functions given to page.evaluate run in the browser (tsconfig has no DOM lib).
declare const window: any, document: any;

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', 'test-artifacts');
const README_SCREENSHOT = path.join(__dirname, '..', 'docs', 'screenshots', 'widget.png');
/** The default world's website inbox (fixtures/default.yaml). */
const INBOX_ID = 1;
const HMAC_TOKEN = 'acmeWebsiteHmacToken00001';
const SDK_EVENTS = [
  'chatwoot:ready',
  'chatwoot:opened',
  'chatwoot:closed',
  'chatwoot:on-message',
  'chatwoot:on-start-conversation',
  'chatwoot:error',
];

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `widget browser tests skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run does).`,
  );
}
const run = haveChromium ? describe : describe.skip;

run('the website chat bubble, embedded on another origin (chromium)', () => {
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

  it('loads from the snippet on another origin: chatwoot:ready, the visitor cookie, the bubble opens and closes', async () => {
    const { page, widget } = await openShop();
    expect(new URL(page.url()).origin).not.toBe(new URL(fakeBase).origin);
    const snippet = (await app('GET', `/inboxes/${INBOX_ID}`)).web_widget_script as string;
    expect(snippet).toContain(`var BASE_URL="${fakeBase}"`);
    expect(snippet).toContain("websiteToken: 'acmeWebsiteToken0000001'");

    const sdk = await page.evaluate(() => ({
      hasLoaded: window.$chatwoot.hasLoaded,
      isOpen: window.$chatwoot.isOpen,
      baseUrl: window.$chatwoot.baseUrl,
      frame: document.getElementById('chatwoot_live_chat_widget').src,
      ready: window.sdkEvents.filter((e: any) => e.name === 'chatwoot:ready'),
    }));
    expect(sdk).toEqual({
      hasLoaded: true,
      isOpen: false,
      baseUrl: fakeBase,
      frame: `${fakeBase}/widget?website_token=acmeWebsiteToken0000001`,
      ready: [{ name: 'chatwoot:ready', detail: null }],
    });
    // cw_conversation: the visitor's widget token (a JWT naming the inbox), kept by the shop's origin.
    const token = await cookie('cw_conversation');
    const claims = JSON.parse(Buffer.from(token!.split('.')[1], 'base64url').toString());
    expect(claims.inbox_id).toBe(INBOX_ID);
    await expect(widget.locator('#title').textContent()).resolves.toBe('Acme Website');
    await expect(widget.locator('#welcome-title').textContent()).resolves.toBe('Hi there!');
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-closed.png') });

    await openBubble(page);
    await page.waitForFunction(() => window.sdkEvents.some((e: any) => e.name === 'chatwoot:opened'));
    await expect(page.locator('.woot-widget-holder').isVisible()).resolves.toBe(true);
    await widget.locator('#input').fill('Do you ship to Lyon?');
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-open.png') });
    // Opening told the widget API (webwidget.triggered), as Chatwoot's SDK does.
    await until(
      async () => fake.events.recent.map((e) => e.name),
      (names) => names.includes('webwidget_triggered'),
      'webwidget_triggered',
    );

    await page.locator('.woot-widget-bubble.woot--close').click();
    await page.waitForFunction(() => window.sdkEvents.some((e: any) => e.name === 'chatwoot:closed'));
    expect(await page.evaluate(() => window.$chatwoot.isOpen)).toBe(false);

    // A reload keeps the visitor: the iframe carries the cookie's token back.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.sdkEvents.some((e: any) => e.name === 'chatwoot:ready'));
    const src = await page.evaluate(() => document.getElementById('chatwoot_live_chat_widget').src);
    expect(src).toContain(`&cw_conversation=${encodeURIComponent(token!)}`);
    expect(await cookie('cw_conversation')).toBe(token);
    expect(problems).toEqual([]);
  });

  it('a message typed in the widget reaches the Application API; an agent reply reaches the widget and chatwoot:on-message', async () => {
    const { page, widget } = await openShop();
    await openBubble(page);
    const question = 'Hello! Is the red scarf back in stock?';
    const conversationId = await say(page, widget, question);

    const messages = await app('GET', `/conversations/${conversationId}/messages`);
    expect(messages.payload).toEqual(
      expect.arrayContaining([expect.objectContaining({ content: question, message_type: 0 })]),
    );
    const conversation = await app('GET', `/conversations/${conversationId}`);
    expect(conversation.inbox_id).toBe(INBOX_ID);
    expect(conversation.additional_attributes.referer).toBe(shopUrl);

    const answer = 'Yes, since this morning!';
    await app('POST', `/conversations/${conversationId}/messages`, {
      content: answer,
      message_type: 'outgoing',
    });
    await widget.locator('.msg.theirs', { hasText: answer }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'widget-conversation.png') });
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: README_SCREENSHOT });
    const received = await page.waitForFunction(
      (content: string) =>
        window.sdkEvents.find((e: any) => e.name === 'chatwoot:on-message' && e.detail?.content === content)
          ?.detail,
      answer,
    );
    const detail = (await received.jsonValue()) as any;
    expect(detail).toMatchObject({
      content: answer,
      message_type: 1,
      conversation_id: conversationId,
      account_id: fake.accountId,
      sender: expect.objectContaining({ type: 'user' }),
    });

    // The first message started the conversation: chatwoot:on-start-conversation.
    const started = await page.evaluate(() =>
      window.sdkEvents
        .filter((e: any) => e.name === 'chatwoot:on-start-conversation')
        .map((e: any) => e.detail),
    );
    expect(started).toEqual([{ hasConversation: false }]);

    // The agent types: the widget shows it; the visitor types: the agent side gets the event.
    await app('POST', `/conversations/${conversationId}/toggle_typing_status`, { typing_status: 'on' });
    await widget.locator('#typing', { hasText: 'is typing' }).waitFor();
    await widget.locator('#input').pressSequentially('ok');
    await until(
      async () => fake.events.recent.map((e) => e.name),
      (names) => names.includes('conversation_typing_on'),
      'the visitor typing',
    );

    // Closed, a new reply puts the unread dot on the bubble; opening clears it.
    await page.locator('.woot-widget-bubble.woot--close').click();
    await app('POST', `/conversations/${conversationId}/messages`, {
      content: 'Anything else?',
      message_type: 'outgoing',
    });
    await page.locator('.woot-widget-bubble.unread-notification').waitFor();
    await openBubble(page);
    await page.locator('.woot-widget-bubble.unread-notification').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('sends an attachment, and answers the CSAT survey the resolution sends', async () => {
    const { page, widget } = await openShop();
    await openBubble(page);
    const conversationId = await say(page, widget, 'Here is my receipt');
    await widget.locator('#file').setInputFiles({
      name: 'receipt.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Order #4411, 2 scarves'),
    });
    await widget.locator('.msg.mine .attachment.file').waitFor();
    const messages = await app('GET', `/conversations/${conversationId}/messages`);
    const withFile = messages.payload.find((m: any) => m.attachments?.length);
    expect(withFile.attachments[0]).toMatchObject({
      file_type: 'file',
      data_url: expect.stringMatching(/receipt\.txt$/),
    });

    // The inbox asks for ratings: resolving sends the survey (CsatSurveyService), the window shows it.
    await app('PATCH', `/inboxes/${INBOX_ID}`, { csat_survey_enabled: true });
    await app('POST', `/conversations/${conversationId}/toggle_status`, { status: 'resolved' });
    await widget.locator('.msg.theirs', { hasText: 'Please rate the conversation' }).waitFor();
    await widget.locator('.csat .rating[data-rating="4"]').click();
    await widget.locator('.csat .thanks').waitFor();
    await widget.locator('.csat input[name="feedback"]').fill('Very helpful');
    await widget.locator('.csat .feedback button').click();
    const responses = await until(
      () => app('GET', '/csat_survey_responses'),
      (list: any[]) => list.length === 1 && list[0].feedback_message === 'Very helpful',
      'the CSAT response',
    );
    expect(responses[0]).toMatchObject({ rating: 4, feedback_message: 'Very helpful' });
    expect(problems).toEqual([]);
  });

  it('the pre-chat form, when the inbox enables it, starts the conversation with the contact details', async () => {
    await app('PATCH', `/inboxes/${INBOX_ID}`, {
      channel: {
        pre_chat_form_enabled: true,
        pre_chat_form_options: {
          pre_chat_message: 'Tell us who you are',
          pre_chat_fields: [
            {
              field_type: 'standard',
              label: 'Email Id',
              name: 'emailAddress',
              type: 'email',
              required: true,
              enabled: true,
            },
            {
              field_type: 'standard',
              label: 'Full name',
              name: 'fullName',
              type: 'text',
              required: false,
              enabled: true,
            },
          ],
        },
      },
    });
    const { page, widget } = await openShop();
    await openBubble(page);
    await expect(widget.locator('#composer').isVisible()).resolves.toBe(false);
    await widget.locator('#prechat-message', { hasText: 'Tell us who you are' }).waitFor();
    await widget.locator('input[name="emailAddress"]').fill('grace@shop.test');
    await widget.locator('input[name="fullName"]').fill('Grace Hopper');
    await widget.locator('#prechat-text').fill('I need an invoice');
    await widget.locator('#prechat button[type="submit"]').click();
    await widget.locator('.msg.mine', { hasText: 'I need an invoice' }).waitFor();
    await widget.locator('#composer').waitFor();
    const found = await app('GET', '/contacts/search?q=grace@shop.test');
    expect(found.payload).toEqual([
      expect.objectContaining({ name: 'Grace Hopper', email: 'grace@shop.test' }),
    ]);
    const conversations = await app('GET', `/contacts/${found.payload[0].id}/conversations`);
    expect(conversations.payload[0].messages[0].content).toBe('I need an invoice');
    expect(problems).toEqual([]);
  });

  it('setUser on an hmac_mandatory inbox: refused without identifier_hash (chatwoot:error), verified with it', async () => {
    await app('PATCH', `/inboxes/${INBOX_ID}`, { channel: { hmac_mandatory: true } });
    const { page, widget } = await openShop();
    const user = { email: 'ada@shop.test', name: 'Ada Shopper' };
    await page.evaluate((u) => window.$chatwoot.setUser('shop-user-42', u), user);
    const error = await page.waitForFunction(
      () => window.sdkEvents.find((e: any) => e.name === 'chatwoot:error')?.detail,
    );
    expect(await error.jsonValue()).toEqual({ error: 'HMAC failed: Invalid Identifier Hash Provided' });
    expect(await cookie('cw_user_acmeWebsiteToken0000001')).toBeUndefined();
    expect((await app('GET', '/contacts/search?q=ada@shop.test')).payload).toEqual([]);

    const identifierHash = createHmac('sha256', HMAC_TOKEN).update('shop-user-42').digest('hex');
    await page.evaluate(
      ([u, hash]) => window.$chatwoot.setUser('shop-user-42', { ...u, identifier_hash: hash }),
      [user, identifierHash] as const,
    );
    const found = await until(
      () => app('GET', '/contacts/search?q=ada@shop.test'),
      (res: any) => res.payload.length === 1,
      'the identified contact',
    );
    expect(found.payload[0]).toMatchObject({ identifier: 'shop-user-42', name: 'Ada Shopper' });
    expect(await cookie('cw_user_acmeWebsiteToken0000001')).toMatch(/^[0-9a-f]+$/);

    await openBubble(page);
    const conversationId = await say(page, widget, 'Where is my order?');
    const conversation = await app('GET', `/conversations/${conversationId}`);
    expect(conversation.meta.hmac_verified).toBe(true);
    expect(conversation.meta.sender).toMatchObject({ id: found.payload[0].id, identifier: 'shop-user-42' });
    expect(problems.filter((p) => !/401/.test(p))).toEqual([]);
  });

  it('setCustomAttributes, setLabel, setConversationCustomAttributes and their removals change what the API answers', async () => {
    const { page, widget } = await openShop();
    await page.evaluate(() =>
      window.$chatwoot.setUser('shop-user-7', { email: 'lin@shop.test', name: 'Lin' }),
    );
    const contact = (
      await until(
        () => app('GET', '/contacts/search?q=lin@shop.test'),
        (res: any) => res.payload.length === 1,
        'the identified contact',
      )
    ).payload[0];
    await openBubble(page);
    const conversationId = await say(page, widget, 'Hi, about my subscription');

    const readContact = () => app('GET', `/contacts/${contact.id}`).then((r: any) => r.payload);
    const readConversation = () => app('GET', `/conversations/${conversationId}`);

    await page.evaluate(() => window.$chatwoot.setCustomAttributes({ plan: 'pro', seats: 3 }));
    await until(
      readContact,
      (c: any) => c.custom_attributes.plan === 'pro' && c.custom_attributes.seats === 3,
      'contact attributes',
    );
    await page.evaluate(() => window.$chatwoot.deleteCustomAttribute('seats'));
    const trimmed = await until(readContact, (c: any) => !('seats' in c.custom_attributes), 'seats removed');
    expect(trimmed.custom_attributes).toEqual({ plan: 'pro' });

    await page.evaluate(() => window.$chatwoot.setLabel('billing'));
    await until(readConversation, (c: any) => c.labels.includes('billing'), 'the billing label');
    await page.evaluate(() => window.$chatwoot.removeLabel('billing'));
    await until(readConversation, (c: any) => c.labels.length === 0, 'the label removed');

    await page.evaluate(() => window.$chatwoot.setConversationCustomAttributes({ order_id: 'A-4411' }));
    await until(
      readConversation,
      (c: any) => c.custom_attributes.order_id === 'A-4411',
      'conversation attributes',
    );
    await page.evaluate(() => window.$chatwoot.deleteConversationCustomAttribute('order_id'));
    const after = await until(
      readConversation,
      (c: any) => !('order_id' in c.custom_attributes),
      'order_id removed',
    );
    expect(after.custom_attributes).toEqual({});

    // The SDK refuses what Chatwoot's refuses, before any request.
    const refusals = await page.evaluate(() =>
      [
        () => window.$chatwoot.setUser({}, { name: 'x' }),
        () => window.$chatwoot.setUser('u', { plan: 'x' }),
        () => window.$chatwoot.setCustomAttributes({}),
        () => window.$chatwoot.deleteCustomAttribute(''),
      ].map((call) => {
        try {
          call();
          return 'no error';
        } catch (e: any) {
          return e.message;
        }
      }),
    );
    expect(refusals).toEqual([
      'Identifier should be a string or a number',
      'User object should have one of the keys [avatar_url, email, name]',
      'Custom attributes should have atleast one key',
      'Custom attribute is required',
    ]);
    expect(problems).toEqual([]);
  });

  it('reset forgets the visitor: new cookie, new contact, and the next conversation is theirs', async () => {
    const { page, widget } = await openShop();
    await page.evaluate(() => window.$chatwoot.setUser('shop-user-9', { email: 'mo@shop.test', name: 'Mo' }));
    const mo = (
      await until(
        () => app('GET', '/contacts/search?q=mo@shop.test'),
        (res: any) => res.payload.length === 1,
        'Mo',
      )
    ).payload[0];
    await openBubble(page);
    const first = await say(page, widget, 'First visit');
    const before = await cookie('cw_conversation');

    await page.evaluate(() => window.$chatwoot.reset());
    expect(await page.evaluate(() => window.$chatwoot.isOpen)).toBe(false);
    await page.waitForFunction(
      (old: string) => /cw_conversation=/.test(document.cookie) && !document.cookie.includes(old),
      before!,
    );
    expect(await cookie('cw_user_acmeWebsiteToken0000001')).toBeUndefined();
    await widget.locator('body[data-ready="true"][data-live="true"]').waitFor({ state: 'attached' });
    await expect(widget.locator('.msg').count()).resolves.toBe(0);

    await openBubble(page);
    const second = await say(page, widget, 'Who am I now?');
    expect(second).not.toBe(first);
    const conversation = await app('GET', `/conversations/${second}`);
    expect(conversation.meta.sender.id).not.toBe(mo.id);
    expect(conversation.meta.sender.email).toBeNull();
    expect((await app('GET', `/conversations/${first}`)).meta.sender.id).toBe(mo.id);
    // chatwoot:ready is not dispatched again for the reset's reload.
    expect(
      await page.evaluate(() => window.sdkEvents.filter((e: any) => e.name === 'chatwoot:ready').length),
    ).toBe(1);
    expect(problems).toEqual([]);
  });

  it('works standalone (a popout, a React Native WebView): /widget chats without the SDK', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${fakeBase}/widget?website_token=acmeWebsiteToken0000001`, { waitUntil: 'load' });
    await page.locator('body[data-ready="true"][data-live="true"]').waitFor();
    await page.locator('#input').fill('Standalone hello');
    await page.locator('#input').press('Enter');
    await page.locator('.msg.mine', { hasText: 'Standalone hello' }).waitFor();
    const missing = await fetch(`${fakeBase}/widget?website_token=nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-frame-options')).toBeNull();
    expect(problems).toEqual([]);
  });

  it("speaks react-native-widget's protocol in a WebView: loaded with the token, injected set-user, close-widget", async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // What react-native-webview provides, and what the app injects once the page has loaded.
    await page.addInitScript(() => {
      window.rnMessages = [];
      window.ReactNativeWebView = { postMessage: (data: string) => window.rnMessages.push(data) };
    });
    await page.goto(`${fakeBase}/widget?website_token=acmeWebsiteToken0000001&locale=en`, {
      waitUntil: 'load',
    });
    const loaded = await page.waitForFunction(() =>
      window.rnMessages
        .map((m: string) => JSON.parse(m.replace('chatwoot-widget:', '')))
        .find((m: any) => m.event === 'loaded'),
    );
    const token = ((await loaded.jsonValue()) as any).config.authToken as string;
    expect(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).inbox_id).toBe(INBOX_ID);

    await page.evaluate(() =>
      window.postMessage(
        'chatwoot-widget:' +
          JSON.stringify({
            event: 'set-user',
            identifier: 'app-user-1',
            user: { email: 'rn@shop.test', name: 'RN User' },
          }),
      ),
    );
    const found = await until(
      () => app('GET', '/contacts/search?q=rn@shop.test'),
      (res: any) => res.payload.length === 1,
      'the app user',
    );
    expect(found.payload[0]).toMatchObject({ identifier: 'app-user-1', name: 'RN User' });
    await page.locator('#close').click();
    await page.waitForFunction(() =>
      window.rnMessages.some((m: string) => m.includes('"type":"close-widget"')),
    );
    expect(problems).toEqual([]);
  });
});
