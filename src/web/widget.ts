/**
 * `/widget?website_token=…` (Chatwoot's WidgetsController#index): the visitor's chat window, as the
 * SDK's iframe, react-native-widget's WebView or a popout loads it. The page is static; its script
 * (widget-script.ts) does everything through the widget API and /cable. An unknown website_token is
 * a 404 page, as `Channel::WebWidget.find_by!` makes it in Chatwoot.
 *
 * Frameable by every page (Chatwoot's widget drops X-Frame-Options for the same reason): the page
 * sends neither X-Frame-Options nor a frame-ancestors policy.
 */
import { escapeHtml as h } from './html';
import { WIDGET_SCRIPT } from './widget-script';

const CSS = `
:root { --color: #1f93ff; --ink: #1f2d3d; --muted: #6b7785; --line: #e4e9ef; --bg: #f6f8fb; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); display: flex; flex-direction: column; }
body.dark { --ink: #e6edf5; --muted: #9aa6b2; --line: #2b3a4a; --bg: #15202b; }
header { background: var(--color); color: #fff; padding: 14px 16px; display: flex; gap: 12px; align-items: center; }
header .avatar { width: 40px; height: 40px; border-radius: 50%; background: rgba(255,255,255,.25); display: grid;
  place-items: center; font-weight: 700; font-size: 18px; flex: none; }
header h1 { font-size: 16px; margin: 0; }
header .status { font-size: 12px; opacity: .9; }
header .status.online::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%;
  background: #4ade80; margin-right: 6px; }
header .actions { margin-left: auto; display: flex; gap: 6px; }
header button { background: rgba(255,255,255,.18); color: #fff; border: 0; border-radius: 6px; padding: 4px 10px; white-space: nowrap;
  font: inherit; font-size: 12px; cursor: pointer; }
main { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 8px; }
#welcome { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 14px 16px; }
body.dark #welcome, body.dark .msg.theirs { background: #1e2b38; }
#welcome h2 { margin: 0 0 4px; font-size: 18px; }
#welcome p { margin: 0; color: var(--muted); }
.msg { max-width: 82%; padding: 8px 12px; border-radius: 14px; overflow-wrap: anywhere; }
.msg.mine { align-self: flex-end; background: var(--color); color: #fff; border-bottom-right-radius: 4px; }
.msg.theirs { align-self: flex-start; background: #fff; border: 1px solid var(--line); border-bottom-left-radius: 4px; }
.msg .who { display: block; font-size: 11px; color: var(--muted); margin-bottom: 2px; }
.msg .text { white-space: pre-wrap; }
.msg time { display: block; font-size: 10px; opacity: .7; margin-top: 2px; text-align: right; }
.msg .attachment.image { display: block; max-width: 100%; border-radius: 8px; margin-top: 4px; }
.msg .attachment.file { display: block; color: inherit; text-decoration: underline; margin-top: 4px; }
.csat .ratings { display: flex; gap: 4px; margin-top: 6px; }
.csat .rating { font-size: 22px; border: 1px solid var(--line); background: #fff; border-radius: 8px; cursor: pointer; padding: 2px 6px; }
.csat .rating[aria-pressed="true"] { border-color: var(--color); background: #e8f3ff; }
.csat .thanks { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.msg form { display: flex; gap: 6px; margin-top: 6px; }
.msg form input { flex: 1; min-width: 0; font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 6px; }
#typing { min-height: 18px; padding: 0 16px; font-size: 12px; color: var(--muted); font-style: italic; }
#error { margin: 0 14px 8px; padding: 8px 12px; border-radius: 8px; background: #fdecec; color: #a61b1b; }
footer { border-top: 1px solid var(--line); background: #fff; padding: 10px; }
body.dark footer { background: #1e2b38; }
#composer { display: flex; gap: 8px; align-items: flex-end; }
#composer textarea { flex: 1; resize: none; font: inherit; padding: 8px 10px; border: 1px solid var(--line);
  border-radius: 8px; height: 40px; max-height: 120px; background: inherit; color: inherit; }
button.primary { background: var(--color); color: #fff; border: 0; border-radius: 8px; padding: 8px 14px; font: inherit;
  font-weight: 600; cursor: pointer; }
button.icon { background: none; border: 1px solid var(--line); border-radius: 8px; padding: 8px 9px; cursor: pointer;
  color: var(--muted); line-height: 0; }
#prechat { display: flex; flex-direction: column; gap: 8px; }
#prechat p { margin: 0; color: var(--muted); }
#prechat label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
#prechat input, #prechat textarea { font: inherit; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; }
#resolved { text-align: center; }
#resolved p { margin: 0 0 8px; color: var(--muted); }
.branding { text-align: center; font-size: 11px; color: var(--muted); padding: 6px 0 0; }
[hidden] { display: none !important; }
`;

/** The widget page for a known website_token. */
export function widgetPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chat</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <div class="avatar" id="avatar" aria-hidden="true"></div>
  <div><h1 id="title">Chat</h1><div class="status" id="status"></div></div>
  <div class="actions">
    <button type="button" id="end" hidden>End conversation</button>
    <button type="button" id="close" hidden aria-label="Close">✕</button>
  </div>
</header>
<main id="thread" aria-live="polite">
  <section id="welcome"><h2 id="welcome-title"></h2><p id="welcome-tagline"></p></section>
</main>
<div id="typing" aria-live="polite"></div>
<div id="error" role="alert" hidden></div>
<footer>
  <form id="prechat" hidden>
    <p id="prechat-message"></p>
    <div id="prechat-fields"></div>
    <label>Message<textarea id="prechat-text" name="message" rows="3" required></textarea></label>
    <button class="primary" type="submit">Start conversation</button>
  </form>
  <div id="resolved" hidden>
    <p>This conversation has been resolved.</p>
    <button class="primary" type="button" id="new">Start a new conversation</button>
  </div>
  <form id="composer">
    <button class="icon" type="button" id="attach" title="Attach a file" aria-label="Attach a file" hidden>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z"/></svg>
    </button>
    <input type="file" id="file" hidden>
    <textarea id="input" placeholder="Type your message" aria-label="Message" rows="1"></textarea>
    <button class="primary" type="submit" id="send">Send</button>
  </form>
  <div class="branding">chatwoot-fake</div>
</footer>
<script>${WIDGET_SCRIPT}</script>
</body>
</html>
`;
}

/** The answer for an unknown website_token. */
export function widgetNotFoundPage(token: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
<body><p>No web widget inbox has the website_token “${h(token)}”.</p></body></html>
`;
}
