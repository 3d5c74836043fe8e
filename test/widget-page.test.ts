/**
 * The website chat bubble without a browser (widget-browser.test.ts drives it in chromium): what the
 * snippet loads (/packs/js/sdk.js), the widget page (/widget), the headers that let any website embed
 * them, the inbox's `web_widget_script` naming this fake, and every widget API call the page's script
 * makes being an operation of the spec.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { loadSpec, operationsOf, Router } from '../src/spec';
import { SDK_SCRIPT } from '../src/web/sdk';
import { WIDGET_SCRIPT } from '../src/web/widget-script';
import { widgetScript } from '../src/views/inbox';
import { testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';

describe('/packs/js/sdk.js', () => {
  it('is JavaScript any page may load, defining window.chatwootSDK.run', async () => {
    const res = await fake.http.get('/packs/js/sdk.js').set('Origin', 'https://shop.example');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(res.text).toBe(SDK_SCRIPT);
    // Runs in a bare window: defines the SDK, touches nothing else until run().
    const window: Record<string, any> = {};
    vm.runInNewContext(res.text, { window });
    expect(Object.keys(window)).toEqual(['chatwootSDK']);
    expect(typeof window.chatwootSDK.run).toBe('function');
  });
});

describe('/widget', () => {
  it('serves the chat window for a web widget inbox, frameable by any site', async () => {
    const res = await fake.http.get(`/widget?website_token=${WEBSITE_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.text).toContain(WIDGET_SCRIPT);
    expect(() => new vm.Script(WIDGET_SCRIPT)).not.toThrow();
  });

  it('answers 404 for a missing, unknown or non-widget website_token', async () => {
    for (const query of [
      '',
      '?website_token=',
      '?website_token=nope',
      '?website_token=acmeApiInbox00000000001',
    ]) {
      const res = await fake.http.get(`/widget${query}`);
      expect(res.status).toBe(404);
    }
    const escaped = await fake.http.get('/widget?website_token=%3Cb%3Ex');
    expect(escaped.text).toContain('&lt;b&gt;x');
  });

  it('calls only operations of the spec (widget API), with the methods the spec declares', async () => {
    const router = new Router(operationsOf(await loadSpec()));
    const calls = [...WIDGET_SCRIPT.matchAll(/api\('([A-Z]+)', '([^']+)'/g)].map(([, method, p]) => [
      method,
      `/api/v1/widget/${p.replace(/\/$/, '/1')}`,
    ]);
    expect(calls.length).toBeGreaterThan(12);
    for (const [method, p] of calls) {
      const match = router.match(method, p);
      expect({
        call: `${method} ${p}`,
        operation: match && match !== 'method-not-allowed' ? match.operation.operationId : match,
      }).toEqual({
        call: `${method} ${p}`,
        operation: expect.stringMatching(/Widget/),
      });
    }
  });
});

describe("the inbox's web_widget_script", () => {
  it('points at this fake as the client reached it, with the inbox website_token', async () => {
    const res = await fake.get('/inboxes/1').set('Host', 'chat.localhost:4100');
    expect(res.status).toBe(200);
    const script: string = res.body.web_widget_script;
    expect(script).toContain('var BASE_URL="http://chat.localhost:4100"');
    expect(script).toContain('g.src=BASE_URL+"/packs/js/sdk.js"');
    expect(script).toContain(`websiteToken: '${WEBSITE_TOKEN}'`);
    const again = await fake.get('/inboxes').set('Host', '127.0.0.1:4200');
    const listed = again.body.payload.find((i: { id: number }) => i.id === 1);
    expect(listed.web_widget_script).toContain('var BASE_URL="http://127.0.0.1:4200"');
    const apiInbox = again.body.payload.find(
      (i: { channel_type: string }) => i.channel_type === 'Channel::Api',
    );
    expect(apiInbox.web_widget_script).toBeNull();
  });

  it("is the README's snippet, character for character, for the default address", () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf("## Your website's chat bubble"));
    const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(widgetScript(WEBSITE_TOKEN, 'http://127.0.0.1:3000'));
  });
});
