/**
 * The browser pages in a real headless browser: Debian's chromium (`apt-get install chromium`, at
 * /usr/bin/chromium) driven by playwright-core, which downloads no browser of its own. One browser for
 * the file, a fresh context (cookies, storage) per test; screenshots go to test-artifacts/ (gitignored).
 * `UPDATE_SCREENSHOTS=1` also refreshes the README's docs/screenshots/demo.png.
 *
 * Without /usr/bin/chromium the tests are skipped with a warning (.ci/run installs it).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startFake, type RunningFake } from '../src/index';

// Functions given to page.evaluate run in the browser; tsconfig has no DOM lib (src must not see one),
// so the few browser globals they use are declared here, for this module only.
declare const document: any, window: any, location: any;
declare function requestAnimationFrame(callback: (time: number) => void): number;

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', 'test-artifacts');
const README_SCREENSHOT = path.join(__dirname, '..', 'docs', 'screenshots', 'demo.png');
/** The default world's administrator (fixtures/default.yaml). */
const ADMIN_LOGIN = { email: 'ada@acme.test', password: 'Password1!' };

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `browser tests skipped: ${CHROMIUM} not found. Install Debian's chromium package ` +
      '(`apt-get install chromium`) to run them; .ci/run does so when it runs as root.',
  );
}
const run = haveChromium ? describe : describe.skip;

run('in a real browser (chromium)', () => {
  let fake: RunningFake;
  let browser: Browser;
  let context: BrowserContext;
  /** Console errors and uncaught exceptions of the current test's pages. */
  let problems: string[];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const [started, launched] = await Promise.allSettled([
      startFake({ port: 0 }),
      // playwright-core launches with a new, empty --user-data-dir of its own (a temp dir it removes
      // on close); passing one in `args` is refused, so it is not repeated here.
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    ]);
    // Keep whichever started, so afterAll closes it even when the other failed.
    if (started.status === 'fulfilled') fake = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });

  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  beforeEach(async () => {
    fake.reset();
    problems = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    context.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await context.close();
  });

  /** A new page whose console errors and page errors land in `problems`. */
  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    return page;
  }

  async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), ...options });
  }

  it('loads the landing page without console errors', async () => {
    const page = await newPage();
    const response = await page.goto(`${fake.url}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/chatwoot-fake/);
    // The page shows how to reach *this* fake: its URL and the admin token, each with a copy button.
    await page.locator(`[data-copy="${fake.url}"]`).first().waitFor();
    await page.locator(`[data-copy="${fake.tokens.admin}"]`).first().waitFor();
    expect(await page.locator('a[href="/docs"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/demo"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'landing', { fullPage: true });
    expect(problems).toEqual([]);
  });

  it('renders every operation of the spec in /docs, and "Try it out" calls the fake', async () => {
    type Operations = Record<string, Record<string, { tags?: string[] }>>;
    const spec = (await (await fetch(`${fake.url}/openapi.json`)).json()) as {
      paths: Operations;
      webhooks?: Operations;
    };
    const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
    const operations = (items: Operations = {}) =>
      Object.values(items).flatMap((item) => Object.keys(item).filter((key) => methods.has(key)));
    // Swagger UI shows an operation once per tag (untagged ones under "default"), then the webhooks.
    let blocks = operations(spec.webhooks).length;
    for (const item of Object.values(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (methods.has(method)) blocks += Math.max(1, operation.tags?.length ?? 0);
      }
    }
    expect(blocks).toBeGreaterThan(200);

    const page = await newPage();
    await page.goto(`${fake.url}/docs`, { waitUntil: 'load' });
    // Swagger UI resolves the whole OpenAPI 3.1 document first: seconds on a small machine.
    await page.locator('#swagger-ui .opblock').first().waitFor({ timeout: 45_000 });
    await screenshot(page, 'docs');

    // Swagger UI (5.x) renders only the operations near the viewport: scroll the whole list as a
    // reader would and collect every operation block that appears.
    const rendered = await page.evaluate(async () => {
      const seen = new Set<string>();
      const nextFrame = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await nextFrame();
        document
          .querySelectorAll('#swagger-ui .opblock')
          .forEach((block: { id: string }) => seen.add(block.id));
      }
      window.scrollTo(0, 0);
      return [...seen];
    });
    expect(rendered.length).toBe(blocks);
    expect(rendered).toEqual(expect.arrayContaining(['operations-Agents-listAgents']));

    // listAgents: expand it, execute it with the pre-authorised admin token and pre-filled account.
    const listAgents = page.locator('#operations-Agents-listAgents');
    await listAgents.locator('.opblock-summary-control').click();
    await expect(listAgents.locator('.opblock-summary-path').textContent()).resolves.toBe(
      '/api/v1/accounts/{account_id}/agents',
    );
    await listAgents.locator('button.execute').click();
    const status = listAgents.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(/^\s*200/);
    await expect(listAgents.locator('.live-responses-table').textContent()).resolves.toContain(
      'ada@acme.test',
    );
    await listAgents.screenshot({ path: path.join(ARTIFACTS, 'docs-try-it.png') });
    expect(problems).toEqual([]);
    // ~12 s on a 2-core machine, most of it Swagger UI resolving the spec: room for a loaded one.
  }, 60_000);

  describe('from another origin', () => {
    let other: http.Server;
    let otherOrigin: string;

    beforeAll(async () => {
      other = http.createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>other origin</title><p>A frontend on another origin.</p>');
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      other?.closeAllConnections();
      await new Promise((resolve) => other?.close(resolve));
    });

    it('fetches with api_access_token (a preflighted request) and gets 200 JSON', async () => {
      const page = await newPage();
      await page.goto(`${otherOrigin}/`);
      const result = await page.evaluate(
        async ({ base, token, account }) => {
          const res = await fetch(`${base}/api/v1/accounts/${account}/contacts`, {
            headers: { api_access_token: token },
          });
          const body = (await res.json()) as { payload?: unknown };
          return {
            origin: location.origin,
            status: res.status,
            type: res.headers.get('content-type'),
            payload: Array.isArray(body.payload) ? body.payload.length : null,
          };
        },
        { base: fake.url, token: fake.tokens.admin, account: fake.accountId },
      );
      expect(result.origin).toBe(otherOrigin);
      expect(result.origin).not.toBe(fake.url);
      expect(result.status).toBe(200);
      expect(result.type).toMatch(/^application\/json/);
      expect(result.payload).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    it('signs in as the dashboard does and reads the session headers across origins', async () => {
      const page = await newPage();
      await page.goto(`${otherOrigin}/`);
      const result = await page.evaluate(
        async ({ base, login }) => {
          const signIn = await fetch(`${base}/auth/sign_in`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(login),
          });
          const session: Record<string, string> = {};
          for (const name of ['access-token', 'client', 'uid']) {
            session[name] = signIn.headers.get(name) ?? '';
          }
          const profile = await fetch(`${base}/api/v1/profile`, { headers: session });
          return {
            signIn: signIn.status,
            session,
            profile: profile.status,
            me: (await profile.json()) as { email: string },
          };
        },
        { base: fake.url, login: ADMIN_LOGIN },
      );
      expect(result.signIn).toBe(200);
      expect(result.session['access-token']).not.toBe('');
      expect(result.session.uid).toBe(ADMIN_LOGIN.email);
      expect(result.profile).toBe(200);
      expect(result.me.email).toBe(ADMIN_LOGIN.email);
      expect(problems).toEqual([]);
    });
  });

  it('round-trips a message both ways in /demo', async () => {
    const page = await newPage();
    await page.goto(`${fake.url}/demo`, { waitUntil: 'load' });
    await page.locator('body[data-ready="true"]').waitFor();
    // Both panes subscribed to /cable before anyone types.
    await page.locator('#widget-live.on').waitFor();
    await page.locator('#agent-live.on').waitFor();

    const question = 'Hello from the widget: where is my order #4411?';
    await page.locator('#widget-input').fill(question);
    await page.locator('#widget-input').press('Enter');
    await page.locator('#widget-thread .msg.me', { hasText: question }).waitFor();
    // The agent pane learns of it over the live event stream, not by polling.
    await page.locator('#agent-thread .msg.them', { hasText: question }).waitFor();

    const answer = 'Hi! It ships tomorrow morning.';
    await page.locator('#agent-input').fill(answer);
    await page.locator('#agent-form button[type="submit"]').click();
    await page.locator('#agent-thread .msg.me', { hasText: answer }).waitFor();
    await page.locator('#widget-thread .msg.them', { hasText: answer }).waitFor();

    // And the fake holds both, in the conversation the widget created.
    const conversationId = Number((await page.locator('#agent-title').textContent())?.replace(/\D+/g, ''));
    const conversation = fake.db.conversations.find(
      (c) => c.account_id === fake.accountId && c.display_id === conversationId,
    );
    expect(conversation).toBeDefined();
    const contents = fake.db.messages
      .filter((m) => m.conversation_id === conversation!.id)
      .map((m) => m.content);
    expect(contents).toEqual(expect.arrayContaining([question, answer]));
    await expect(page.locator('#error').isVisible()).resolves.toBe(false);

    await page.locator('#agent-typing').evaluate((el) => (el.textContent = ''));
    await page.locator('#widget-typing').evaluate((el) => (el.textContent = ''));
    await screenshot(page, 'demo');
    if (process.env.UPDATE_SCREENSHOTS) {
      await page.screenshot({ path: README_SCREENSHOT });
    }
    expect(problems).toEqual([]);
  });

  it('fits a 390 px wide phone screen: /, /demo and the linked survey page scroll only vertically', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      const page = await phone.newPage();
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      const widths: Record<string, number> = {};
      const measure = () => page.evaluate(() => document.documentElement.scrollWidth as number);

      await page.goto(`${fake.url}/`, { waitUntil: 'load' });
      widths['/'] = await measure();
      const survey = await page.locator('a[href^="/survey/responses/"]').getAttribute('href');
      await page.goto(`${fake.url}/demo`, { waitUntil: 'load' });
      await page.locator('body[data-ready="true"]').waitFor();
      widths['/demo'] = await measure();
      await page.screenshot({ path: path.join(ARTIFACTS, 'demo-390.png'), fullPage: true });
      await page.goto(`${fake.url}${survey}`, { waitUntil: 'load' });
      await page.locator('#description', { hasText: 'Acme Website' }).waitFor();
      widths.survey = await measure();

      expect(widths).toEqual({ '/': 390, '/demo': 390, survey: 390 });
      expect(problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  describe('the CSAT survey page', () => {
    /** A new input_csat message, as an agent sends it, in a conversation without one; its page URL. */
    async function freshSurvey(): Promise<{ url: string; inboxName: string }> {
      const surveyed = new Set(
        fake.db.messages.filter((m) => m.content_type === 'input_csat').map((m) => m.conversation_id),
      );
      const conversation = fake.db.conversations.find(
        (c) => c.account_id === fake.accountId && !surveyed.has(c.id),
      )!;
      const sent = await fetch(
        `${fake.url}/api/v1/accounts/${fake.accountId}/conversations/${conversation.display_id}/messages`,
        {
          method: 'POST',
          headers: { api_access_token: fake.tokens.admin, 'Content-Type': 'application/json' },
          body: JSON.stringify({ content: 'How would you rate our support?', content_type: 'input_csat' }),
        },
      );
      expect(sent.status).toBe(200);
      const inbox = fake.db.inboxes.find((i) => i.id === conversation.inbox_id)!;
      return { url: `${fake.url}/survey/responses/${conversation.uuid}`, inboxName: inbox.name };
    }

    /** The survey responses of the account, as an administrator lists them. */
    async function responses(): Promise<{ rating: number; feedback_message: string | null }[]> {
      const res = await fetch(`${fake.url}/api/v1/accounts/${fake.accountId}/csat_survey_responses`, {
        headers: { api_access_token: fake.tokens.admin },
      });
      return (await res.json()) as { rating: number; feedback_message: string | null }[];
    }

    it('rates, then sends feedback, through the public CSAT API; a reload shows the answer', async () => {
      const { url, inboxName } = await freshSurvey();
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      const description = page.locator('#description');
      await description.waitFor();
      await expect(description.textContent()).resolves.toBe(
        `Dear customer 👋, please take a few moments to share feedback about the conversation you had with ${inboxName}.`,
      );
      await expect(page.locator('#feedback').isVisible()).resolves.toBe(false);

      await page.locator('#ratings button[data-rating="4"]').click();
      await page.locator('#banner.success', { hasText: 'Thank you for submitting the rating' }).waitFor();
      await page.locator('#feedback').waitFor();
      await expect(description.isVisible()).resolves.toBe(false);
      await expect(page.locator('#ratings button[data-rating="5"]').isDisabled()).resolves.toBe(true);
      expect(await responses()).toEqual([expect.objectContaining({ rating: 4, feedback_message: '' })]);

      await expect(page.locator('#feedback-submit').isDisabled()).resolves.toBe(true);
      await page.locator('#feedback-message').fill('Quick and kind.');
      await page.locator('#feedback-submit').click();
      await page.locator('#feedback').waitFor({ state: 'hidden' });
      expect(await responses()).toEqual([
        expect.objectContaining({ rating: 4, feedback_message: 'Quick and kind.' }),
      ]);
      await screenshot(page, 'survey');

      await page.reload({ waitUntil: 'load' });
      await page.locator('#banner.success').waitFor();
      await expect(
        page.locator('#ratings button[data-rating="4"]').getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await expect(page.locator('#feedback').isVisible()).resolves.toBe(false);
      expect(problems).toEqual([]);
    });

    it('opens the seeded open survey from the landing page and takes a rating', async () => {
      const page = await newPage();
      await page.goto(`${fake.url}/`, { waitUntil: 'load' });
      await page.locator('a[href^="/survey/responses/"]').click();
      await page.waitForURL(/\/survey\/responses\//);
      await page.locator('#description', { hasText: 'conversation you had with Acme Website' }).waitFor();
      await page.locator('#ratings button[data-rating="5"]').click();
      await page.locator('#banner.success', { hasText: 'Thank you for submitting the rating' }).waitFor();
      expect(await responses()).toEqual([expect.objectContaining({ rating: 5 })]);
      expect(problems).toEqual([]);
    });

    it("shows the API's errors: a locked survey, an unknown one", async () => {
      // Srinivasa's seeded survey was sent 19 days ago: answering it is refused (422).
      const srinivasa = fake.db.contacts.find((c) => c.name === 'Srinivasa Ramanujan')!;
      const conversation = fake.db.conversations.find((c) => c.contact_id === srinivasa.id)!;
      expect(
        fake.db.messages.some(
          (m) => m.conversation_id === conversation.id && m.content_type === 'input_csat',
        ),
      ).toBe(true);
      const uuid = conversation.uuid;
      const page = await newPage();
      await page.goto(`${fake.url}/survey/responses/${uuid}`, { waitUntil: 'load' });
      await page.locator('#ratings button[data-rating="5"]').click();
      await page
        .locator('#banner.error', { hasText: 'You cannot update the CSAT survey after 14 days' })
        .waitFor();
      expect(await responses()).toEqual([]);

      await page.goto(`${fake.url}/survey/responses/00000000-0000-4000-a000-000000000000`, {
        waitUntil: 'load',
      });
      await page
        .locator('#banner.error', { hasText: 'Could not connect to Woot Server, Please try again later' })
        .waitFor();
      await expect(page.locator('#ratings button[data-rating="1"]').isDisabled()).resolves.toBe(true);
      // The browser logs the 422 and the 404 it was answered; nothing else went wrong.
      expect(problems.filter((p) => !/Failed to load resource: .* (404|422)/.test(p))).toEqual([]);
    });
  });

  describe('a page of another origin (the developer browses while the fake runs)', () => {
    /** A page served from another loopback origin: 127.0.0.1 on another port. */
    let attacker: http.Server;
    let attackerUrl: string;
    beforeAll(async () => {
      attacker = http.createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end('<!doctype html><title>another site</title><p>Nothing to see here.</p>');
      });
      await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
      attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => attacker.close(resolve)));

    it('cannot read /__fake/info (its tokens), nor reset the fake with a request that needs no preflight', async () => {
      const added = fake.createAccount();
      const page = await newPage();
      await page.goto(`${attackerUrl}/`, { waitUntil: 'load' });
      const outcome = await page.evaluate(async (fakeUrl: string) => {
        const read = await fetch(`${fakeUrl}/__fake/info`).then(
          async (res: any) => `read ${res.status}: ${await res.text()}`,
          (err: Error) => `blocked: ${err.message}`,
        );
        // A simple request (text/plain, no-cors): the browser sends it without asking first.
        const reset = await fetch(`${fakeUrl}/__fake/reset`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body: '{}',
        }).then(
          (res: any) => `sent (${res.type})`,
          (err: Error) => `blocked: ${err.message}`,
        );
        return { read, reset };
      }, fake.url);
      expect(outcome.read).toMatch(/^blocked: /);
      expect(outcome.read).not.toContain(fake.tokens.admin);
      // The request went out (an opaque answer) and was refused: the added account is still there.
      expect(outcome.reset).toBe('sent (opaque)');
      expect(fake.store.tables.accounts.get(added.accountId)).toBeDefined();
      // The Chatwoot API stays open to other origins (CORS), as Chatwoot's API-only server is.
      const contacts = await page.evaluate(
        async ([fakeUrl, token]: string[]) =>
          (await fetch(`${fakeUrl}/api/v1/accounts/1/contacts`, { headers: { api_access_token: token } }))
            .status,
        [fake.url, fake.tokens.admin],
      );
      expect(contacts).toBe(200);
    });
  });
});
