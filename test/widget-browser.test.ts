/**
 * The website chat bubble in a real browser, as a website embeds it: a shop page on ANOTHER origin
 * (http://127.0.0.1:<port>) with the snippet exactly as the inbox view renders it, naming the fake as
 * http://localhost:<port> (the harness: support/widget-shop.ts). The SDK (/packs/js/sdk.js) adds the
 * bubble and the widget's iframe (/widget); what the visitor and the page's `window.$chatwoot` calls
 * do is read back through the Application API, as an agent would see it. The chat window's own
 * features (pre-chat form, attachments, CSAT, standalone and React Native): widget-window.test.ts.
 *
 * Screenshots go to test-artifacts/; `UPDATE_SCREENSHOTS=1` also refreshes the README's
 * docs/screenshots/widget.png. Without /usr/bin/chromium the tests are skipped with a warning.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { ARTIFACTS, INBOX_ID, describeWithChromium, widgetShop } from './support/widget-shop';

// Functions given to page.evaluate run in the browser (tsconfig has no DOM lib).
declare const window: any, document: any;

const README_SCREENSHOT = path.join(__dirname, '..', 'docs', 'screenshots', 'widget.png');
const HMAC_TOKEN = 'acmeWebsiteHmacToken00001';

describeWithChromium()('the website chat bubble, embedded on another origin (chromium)', () => {
  const shop = widgetShop();
  const { app, until, openShop, openBubble, say, cookie } = shop;
  it('loads from the snippet on another origin: chatwoot:ready, the visitor cookie, the bubble opens and closes', async () => {
    const { page, widget } = await openShop();
    expect(new URL(page.url()).origin).not.toBe(new URL(shop.fakeBase).origin);
    const snippet = (await app('GET', `/inboxes/${INBOX_ID}`)).web_widget_script as string;
    expect(snippet).toContain(`var BASE_URL="${shop.fakeBase}"`);
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
      baseUrl: shop.fakeBase,
      frame: `${shop.fakeBase}/widget?website_token=acmeWebsiteToken0000001`,
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
      async () => shop.fake.events.recent.map((e) => e.name),
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
    expect(shop.problems).toEqual([]);
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
    expect(conversation.additional_attributes.referer).toBe(shop.shopUrl);

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
      account_id: shop.fake.accountId,
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
      async () => shop.fake.events.recent.map((e) => e.name),
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
    expect(shop.problems).toEqual([]);
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
    expect(shop.problems.filter((p) => !/401/.test(p))).toEqual([]);
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
    expect(shop.problems).toEqual([]);
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
    expect(shop.problems).toEqual([]);
  });
});
