/**
 * `/` and `/demo` for a client that may not see the fake's secrets (another machine reaching a fake
 * bound to a non-loopback address, or a Host that is not one of the fake's names): where to find them.
 */
import { escapeHtml as h, page } from './html';

export function hiddenSecretsPage(current: string, baseUrl: string): string {
  const body = `<main style="max-width:760px;margin:0 auto;padding:28px 24px 60px">
<h1 style="font-size:24px;margin:0 0 10px">Tokens are shown on the fake's own machine only</h1>
<p>This chatwoot-fake (<span class="mono">${h(baseUrl)}</span>) shows its API tokens, passwords and inbox keys to
browsers on the machine it runs on (a loopback address such as <span class="mono">127.0.0.1</span>), not to
other machines.</p>
<p>Find them where the fake was started:</p>
<ul>
  <li>the banner <span class="mono">npx chatwoot-fake</span> printed in its terminal (account id, admin and agent
  tokens, and <span class="mono">CHATWOOT_ADMIN_TOKEN=…</span> lines to source);</li>
  <li>in a test, <span class="mono">fake.tokens</span> and <span class="mono">fake.info(url)</span> of the fake it started.</li>
</ul>
<p>The <a href="/docs">API reference</a> works here too: set a token under <b>Authorize</b>.</p>
</main>`;
  return page({ title: 'chatwoot-fake', current, body });
}
