/**
 * The chat window (/widget) in a real browser: inside the SDK's iframe on a shop page of another
 * origin (the harness: support/widget-shop.ts) — the pre-chat form, attachments, the CSAT survey a
 * resolution sends — and on its own, as a popout and as @chatwoot/react-native-widget's WebView
 * loads it. What the visitor does is read back through the Application API. Without
 * /usr/bin/chromium the tests are skipped with a warning.
 */
import { INBOX_ID, WEBSITE_TOKEN, describeWithChromium, widgetShop } from './support/widget-shop';

// Functions given to page.evaluate run in the browser (tsconfig has no DOM lib).
declare const window: any;

describeWithChromium()('the chat window (/widget) in chromium', () => {
  const shop = widgetShop();
  const { app, until, openShop, openBubble, say } = shop;
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
    expect(shop.problems).toEqual([]);
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
    expect(shop.problems).toEqual([]);
  });

  it('works standalone (a popout, a React Native WebView): /widget chats without the SDK', async () => {
    const page = await shop.context.newPage();
    page.on('pageerror', (e) => shop.problems.push(`pageerror: ${e.message}`));
    await page.goto(`${shop.fakeBase}/widget?website_token=${WEBSITE_TOKEN}`, { waitUntil: 'load' });
    await page.locator('body[data-ready="true"][data-live="true"]').waitFor();
    await page.locator('#input').fill('Standalone hello');
    await page.locator('#input').press('Enter');
    await page.locator('.msg.mine', { hasText: 'Standalone hello' }).waitFor();
    const missing = await fetch(`${shop.fakeBase}/widget?website_token=nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-frame-options')).toBeNull();
    expect(shop.problems).toEqual([]);
  });

  it("speaks react-native-widget's protocol in a WebView: loaded with the token, injected set-user, close-widget", async () => {
    const page = await shop.context.newPage();
    page.on('pageerror', (e) => shop.problems.push(`pageerror: ${e.message}`));
    // What react-native-webview provides, and what the app injects once the page has loaded.
    await page.addInitScript(() => {
      window.rnMessages = [];
      window.ReactNativeWebView = { postMessage: (data: string) => window.rnMessages.push(data) };
    });
    await page.goto(`${shop.fakeBase}/widget?website_token=${WEBSITE_TOKEN}&locale=en`, {
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
    expect(shop.problems).toEqual([]);
  });
});
