/** Small helpers for the fake's server-rendered pages: escaping, inline JSON, the shared layout. */

/** Text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside `<script type="application/json">` (no `</script>`, no line separators). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A speech-bubble icon, inline so the browser asks the fake for no /favicon.ico. */
export const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Cpath fill='%231f93ff' d='M16 3C8.3 3 2 8.4 2 15c0 3.3 1.6 6.3 4.2 8.5L5 29l6.3-3.2c1.5.4 3.1.7 4.7.7 7.7 0 14-5.4 14-12S23.7 3 16 3z'/%3E%3C/svg%3E";

/** The look every page shares. */
export const BASE_CSS = `
:root { --blue: #1f93ff; --ink: #1f2d3d; --muted: #6b7785; --line: #e4e9ef; --bg: #f6f8fb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); }
a { color: var(--blue); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
.topbar { display: flex; align-items: center; gap: 18px; padding: 12px 24px; background: #fff;
  border-bottom: 1px solid var(--line); }
.topbar .brand { font-weight: 700; font-size: 17px; color: var(--ink); display: flex; align-items: center; gap: 8px; }
.topbar .brand img { width: 22px; height: 22px; }
.topbar nav { display: flex; gap: 16px; margin-left: auto; }
.topbar nav a.current { color: var(--ink); font-weight: 600; }
@media (max-width: 600px) {
  .topbar { flex-wrap: wrap; gap: 4px 18px; padding: 10px 16px; }
  .topbar nav { flex-wrap: wrap; gap: 4px 14px; margin-left: 0; }
}
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--line); background: #fff;
  padding: 4px 10px; color: var(--ink); }
button:hover { border-color: var(--blue); color: var(--blue); }
button.primary { background: var(--blue); border-color: var(--blue); color: #fff; }
button.primary:hover { color: #fff; filter: brightness(0.95); }
`;

export function page(options: { title: string; current?: string; head?: string; body: string }): string {
  const link = (href: string, label: string) =>
    `<a href="${href}"${options.current === href ? ' class="current"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="${FAVICON}">
<style>${BASE_CSS}</style>
${options.head ?? ''}
</head>
<body>
<header class="topbar">
  <a class="brand" href="/"><img src="${FAVICON}" alt="">chatwoot-fake</a>
  <nav>${link('/', 'Start')}${link('/docs', 'API reference')}${link('/demo', 'Live demo')}${link('/openapi.json', 'openapi.json')}</nav>
</header>
${options.body}
</body>
</html>
`;
}
