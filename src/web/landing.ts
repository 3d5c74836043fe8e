/** `/`: how to reach this fake — base URL, account, tokens with copy buttons, examples, links. */
import { escapeHtml as h, page } from './html';
import type { WebInfo } from './info';

const CSS = `
main { max-width: 1040px; margin: 0 auto; padding: 28px 24px 60px; }
h1 { font-size: 26px; margin: 0 0 4px; }
.lead { color: var(--muted); margin: 0 0 24px; }
.cards { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 18px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; }
.card.wide { grid-column: 1 / -1; }
.card h2 { font-size: 16px; margin: 0 0 12px; }
.kv { display: grid; grid-template-columns: max-content 1fr auto; gap: 8px 12px; align-items: center; }
.kv .k { color: var(--muted); }
.kv .v { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { color: var(--muted); font-weight: 500; font-size: 13px; }
pre { background: #0f1b2a; color: #e6edf5; padding: 12px 14px; border-radius: 8px; overflow-x: auto; margin: 0; }
.snippet { position: relative; margin-bottom: 12px; }
.snippet button { position: absolute; top: 8px; right: 8px; background: #24364b; color: #e6edf5; border-color: #34506d; }
.links { display: flex; flex-wrap: wrap; gap: 12px; }
.links a.big { display: block; flex: 1; padding: 14px 16px; border: 1px solid var(--line); border-radius: 10px;
  background: #fff; min-width: 220px; }
.links a.big span { display: block; color: var(--muted); font-size: 13px; }
.stats { display: flex; flex-wrap: wrap; gap: 12px 28px; }
.table-scroll { overflow-x: auto; }
.stats b { display: block; font-size: 22px; }
.stats span { color: var(--muted); font-size: 13px; }
.tag { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #e8f3ff; color: #1269c2; }
@media (max-width: 760px) { .cards { grid-template-columns: minmax(0, 1fr); } .kv { grid-template-columns: minmax(0, 1fr) auto; } .kv .k { grid-column: 1 / -1; } }
@media (max-width: 600px) { main { padding: 20px 12px 40px; } .card { padding: 14px 12px; } .links a.big { min-width: 0; flex-basis: 100%; } }
`;

/** Binds every `[data-copy]` button: clipboard API where allowed, else a selected textarea. */
const COPY_SCRIPT = `
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-copy]');
  if (!button) return;
  var text = button.getAttribute('data-copy');
  var label = button.textContent;
  function done() {
    button.textContent = 'Copied';
    setTimeout(function () { button.textContent = label; }, 1200);
  }
  function fallback() {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); done(); } catch (e) { button.textContent = 'Select and copy'; }
    document.body.removeChild(area);
  }
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
});
`;

const copy = (value: string, label = 'Copy') =>
  `<button type="button" data-copy="${h(value)}" aria-label="Copy ${h(value)}">${label}</button>`;

function row(key: string, value: string | undefined, note = ''): string {
  if (!value) return '';
  return `<div class="k">${h(key)}</div><div class="v mono">${h(value)}${note}</div><div>${copy(value)}</div>`;
}

function snippet(code: string): string {
  return `<div class="snippet"><pre><code>${h(code)}</code></pre>${copy(code)}</div>`;
}

export function landingPage(info: WebInfo): string {
  const { baseUrl, accountId, tokens } = info;
  const admin = info.users.find((u) => u.role === 'administrator');
  const curl = `curl -H "api_access_token: ${tokens.admin}" \\\n  ${baseUrl}/api/v1/accounts/${accountId}/conversations`;
  const fetchExample = `const res = await fetch('${baseUrl}/api/v1/accounts/${accountId}/contacts', {
  headers: { api_access_token: '${tokens.admin}' },
});
const { payload, meta } = await res.json();`;
  const signIn = admin
    ? `curl -i -X POST ${baseUrl}/auth/sign_in \\\n  -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify({ email: admin.email, password: admin.password })}'`
    : '';
  const users = info.users
    .map(
      (u) => `<tr>
  <td>${h(u.name)} <span class="tag">${h(u.role)}</span></td>
  <td class="mono">${h(u.email)}</td>
  <td class="mono">${h(u.password)}</td>
  <td class="mono">${h(u.token)}</td>
  <td>${copy(u.token)}</td>
</tr>`,
    )
    .join('\n');
  const body = `<main>
<h1>${h(info.accountName)} <span class="tag">fake Chatwoot</span></h1>
<p class="lead">An in-memory Chatwoot API on <span class="mono">${h(baseUrl)}</span>: point your frontend or client here.
Data resets when the fake restarts.</p>

<div class="links" style="margin-bottom:22px">
  <a class="big" href="/docs"><b>API reference →</b><span>Every operation, with “Try it out” signed in as the admin</span></a>
  <a class="big" href="/demo"><b>Live demo →</b><span>A chat widget and an agent pane talking through the fake</span></a>
  <a class="big" href="/openapi.json"><b>openapi.json</b><span>The bundled OpenAPI 3.1 spec (also <code>/openapi.yaml</code>)</span></a>${
    info.survey
      ? `
  <a class="big" href="${h(info.survey.path)}"><b>CSAT survey →</b><span>${h(info.survey.contactName)}’s survey of ${h(info.survey.inboxName)}, open to a rating as the contact sees it</span></a>`
      : ''
  }
</div>

<div class="cards">
<section class="card">
  <h2>Connect</h2>
  <div class="kv">
    ${row('Base URL', baseUrl)}
    ${row('Account id', String(accountId))}
    ${row('Admin token', tokens.admin)}
    ${row('Agent token', tokens.agent)}
    ${row('Agent bot token', tokens.bot)}
    ${row('Live events', info.cableUrl)}
  </div>
</section>
<section class="card">
  <h2>Inboxes</h2>
  <div class="kv">
    ${row('API inbox identifier', info.apiInbox?.identifier, info.apiInbox ? ` <span class="tag">${h(info.apiInbox.name)}</span>` : '')}
    ${row('Website token', info.websiteInbox?.websiteToken, info.websiteInbox ? ` <span class="tag">${h(info.websiteInbox.name)}</span>` : '')}
  </div>
  <p style="margin:14px 0 0;color:var(--muted);font-size:13px">The Public API (<span class="mono">/public/api/v1/inboxes/{inbox_identifier}/…</span>) needs no token: the API inbox identifier is its key.</p>
  <div class="stats" style="margin-top:16px">
    <div><b>${info.counts.contacts}</b><span>contacts</span></div>
    <div><b>${info.counts.conversations}</b><span>conversations</span></div>
    <div><b>${info.counts.open}</b><span>open</span></div>
    <div><b>${info.counts.inboxes}</b><span>inboxes</span></div>
  </div>
</section>

<section class="card wide">
  <h2>Users</h2>
  <p style="margin:0 0 10px;color:var(--muted);font-size:13px">Send a token as the <span class="mono">api_access_token</span> header, or sign in with email and password as the dashboard does (<span class="mono">POST /auth/sign_in</span> answers <span class="mono">access-token</span>, <span class="mono">client</span> and <span class="mono">uid</span> headers that work instead).</p>
  <div class="table-scroll"><table>
    <thead><tr><th>User</th><th>Email</th><th>Password</th><th>api_access_token</th><th></th></tr></thead>
    <tbody>${users}</tbody>
  </table></div>
</section>

<section class="card wide">
  <h2>Try it</h2>
  ${snippet(curl)}
  ${snippet(fetchExample)}
  ${signIn ? snippet(signIn) : ''}
  <p style="margin:4px 0 0;color:var(--muted);font-size:13px">CORS is open to any origin (restrict it with <span class="mono">--cors-origin</span>), so the fetch above works from your dev server.${
    info.control
      ? ` The control API (reset, faults, journal, clock) is at <a href="/__fake/info" class="mono">/__fake/info</a>.`
      : ''
  }</p>
</section>
</div>
</main>
<script>${COPY_SCRIPT}</script>`;
  return page({
    title: `chatwoot-fake · ${info.accountName}`,
    current: '/',
    head: `<style>${CSS}</style>`,
    body,
  });
}
