/**
 * `/demo`: a minimal live demo in plain HTML and JavaScript, served by the fake. Left, a chat widget
 * as a customer sees it, built on the Public API (a new contact and conversation in the API inbox);
 * right, the same conversation as an agent sees it, through the Application API with the admin's
 * token. Both follow the live event stream (ActionCable `/cable`, RoomChannel: the contact with its
 * contact-inbox pubsub_token, the agent with the user's pubsub_token), so a message sent on one side
 * appears on the other, with typing indicators; the raw events are listed below.
 *
 * Every call the page makes is one of DEMO_ROUTES (a test checks each against the spec and runs the
 * flow without a browser).
 */
import { escapeHtml as h, jsonForScript, page } from './html';
import type { WebInfo } from './info';

/** `METHOD /path/{param}`: the calls of the demo page. */
export const DEMO_ROUTES = {
  inbox: 'GET /public/api/v1/inboxes/{inbox}',
  createContact: 'POST /public/api/v1/inboxes/{inbox}/contacts',
  getContact: 'GET /public/api/v1/inboxes/{inbox}/contacts/{contact}',
  createConversation: 'POST /public/api/v1/inboxes/{inbox}/contacts/{contact}/conversations',
  contactMessages:
    'GET /public/api/v1/inboxes/{inbox}/contacts/{contact}/conversations/{conversation}/messages',
  sendAsContact:
    'POST /public/api/v1/inboxes/{inbox}/contacts/{contact}/conversations/{conversation}/messages',
  contactTyping:
    'POST /public/api/v1/inboxes/{inbox}/contacts/{contact}/conversations/{conversation}/toggle_typing',
  profile: 'GET /api/v1/profile',
  agentConversation: 'GET /api/v1/accounts/{account}/conversations/{conversation}',
  agentMessages: 'GET /api/v1/accounts/{account}/conversations/{conversation}/messages',
  sendAsAgent: 'POST /api/v1/accounts/{account}/conversations/{conversation}/messages',
  agentTyping: 'POST /api/v1/accounts/{account}/conversations/{conversation}/toggle_typing_status',
} as const;

/** The routes the agent pane calls with the admin's api_access_token. */
export const AGENT_ROUTES: (keyof typeof DEMO_ROUTES)[] = [
  'profile',
  'agentConversation',
  'agentMessages',
  'sendAsAgent',
  'agentTyping',
];

const CSS = `
main { max-width: 1180px; margin: 0 auto; padding: 22px 24px 48px; }
.intro { color: var(--muted); margin: 0 0 18px; font-size: 14px; }
.panes { display: grid; grid-template-columns: 380px 1fr; gap: 22px; align-items: start; }
.pane { background: #fff; border: 1px solid var(--line); border-radius: 14px; overflow: hidden; display: flex;
  flex-direction: column; height: 560px; }
.pane header { padding: 14px 16px; border-bottom: 1px solid var(--line); display: flex; align-items: center; gap: 10px; }
.widget header { background: var(--blue); color: #fff; border-bottom: 0; }
.pane header .title { font-weight: 600; }
.pane header .sub { font-size: 12px; opacity: 0.8; }
.pane header .right { margin-left: auto; display: flex; gap: 8px; align-items: center; }
.live { font-size: 11px; padding: 2px 8px; border-radius: 10px; background: #eef1f5; color: var(--muted); }
.live.on { background: #dcfce7; color: #15803d; }
.widget .live { background: rgba(255,255,255,0.2); color: #fff; }
.widget .live.on { background: #fff; color: #15803d; }
.thread { flex: 1; overflow-y: auto; padding: 14px 16px; display: flex; flex-direction: column; gap: 8px; background: #fbfcfe; }
.msg { max-width: 78%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14px; }
.msg small { display: block; font-size: 11px; opacity: 0.7; margin-bottom: 2px; }
.msg.me { align-self: flex-end; background: var(--blue); color: #fff; border-bottom-right-radius: 4px; }
.msg.them { align-self: flex-start; background: #eef1f5; border-bottom-left-radius: 4px; }
.msg.note { align-self: flex-end; background: #fff7d6; border: 1px solid #f3e3a0; }
.msg.activity { align-self: center; background: none; color: var(--muted); font-size: 12px; padding: 2px; }
.typing { min-height: 20px; padding: 0 16px 4px; font-size: 12px; color: var(--muted); font-style: italic; background: #fbfcfe; }
form.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid var(--line); }
form.composer input { flex: 1; font: inherit; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; }
form.composer input:focus { outline: 2px solid #bfe0ff; border-color: var(--blue); }
.empty { color: var(--muted); font-size: 13px; text-align: center; margin: auto; }
.events { margin-top: 22px; background: #fff; border: 1px solid var(--line); border-radius: 14px; }
.events h2 { font-size: 15px; margin: 0; padding: 12px 16px; border-bottom: 1px solid var(--line); }
.events ol { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow-y: auto; }
.events li { border-bottom: 1px solid var(--line); padding: 6px 16px; font-size: 13px; }
.events li summary { cursor: pointer; }
.events li .who { display: inline-block; min-width: 64px; color: var(--muted); }
.events li pre { background: #0f1b2a; color: #e6edf5; padding: 10px; border-radius: 6px; overflow-x: auto; }
.error { margin: 0 0 16px; padding: 10px 14px; border-radius: 8px; background: #fdecec; color: #a61b1b; display: none; }
@media (max-width: 900px) { .panes { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 600px) {
  main { padding: 16px 12px 32px; }
  .intro .mono { overflow-wrap: anywhere; }
  .pane { height: 480px; }
  .pane header { flex-wrap: wrap; }
  .pane header .right { flex-wrap: wrap; }
}
`;

/**
 * The page's script: plain ES2017, no build step, no template literals (it lives in a TS string).
 * Config comes from the JSON block `#demo-config`.
 */
export const DEMO_SCRIPT = `
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('demo-config').textContent);
  var routes = config.routes;
  var state = { contact: null, conversationId: null, seen: { widget: {}, agent: {} } };
  var $ = function (id) { return document.getElementById(id); };

  function showError(error) {
    var box = $('error');
    box.textContent = String(error && error.message ? error.message : error);
    box.style.display = 'block';
  }

  /** One API call: a DEMO_ROUTES entry, its path parameters, an optional JSON body. */
  function call(name, params, body) {
    var route = routes[name];
    var space = route.indexOf(' ');
    var method = route.slice(0, space);
    var path = route.slice(space + 1).replace(/\\{(\\w+)\\}/g, function (_, key) {
      return encodeURIComponent(params[key]);
    });
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (config.agentRoutes.indexOf(name) !== -1) headers.api_access_token = config.token;
    return fetch(path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (res) {
      return res.text().then(function (text) {
        if (!res.ok) throw new Error(method + ' ' + path + ' answered ' + res.status + ' ' + text);
        return text ? JSON.parse(text) : null;
      });
    });
  }

  function params() {
    return {
      inbox: config.inbox,
      account: config.accountId,
      contact: state.contact && state.contact.source_id,
      conversation: state.conversationId,
    };
  }

  // -- rendering -------------------------------------------------------------------------------

  function time(unixSeconds) {
    var d = new Date(unixSeconds * 1000);
    return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  /** Adds (or replaces) a message bubble; side = 'widget' | 'agent'. */
  function show(side, message) {
    if (!message || message.id === undefined) return;
    var type = message.message_type;
    if (side === 'widget' && (type === 2 || message.private)) return;
    var thread = $(side + '-thread');
    var empty = thread.querySelector('.empty');
    if (empty) empty.remove();
    var el = state.seen[side][message.id];
    var isNew = !el;
    if (isNew) {
      el = document.createElement('div');
      state.seen[side][message.id] = el;
    }
    var mine = side === 'widget' ? type === 0 : type === 1 || type === 3;
    el.className = 'msg ' + (type === 2 ? 'activity' : message.private ? 'note' : mine ? 'me' : 'them');
    el.textContent = '';
    if (type !== 2) {
      var meta = document.createElement('small');
      var who = message.sender && (message.sender.available_name || message.sender.name);
      meta.textContent = (who ? who + ' · ' : '') + time(message.created_at);
      el.appendChild(meta);
    }
    el.appendChild(document.createTextNode(message.content || ''));
    if (isNew) {
      thread.appendChild(el);
      thread.scrollTop = thread.scrollHeight;
    }
  }

  function setLive(side, text, on) {
    var badge = $(side + '-live');
    badge.textContent = text;
    badge.className = 'live' + (on ? ' on' : '');
  }

  var typingTimers = {};
  function showTyping(side, text) {
    $(side + '-typing').textContent = text;
    clearTimeout(typingTimers[side]);
    if (text) typingTimers[side] = setTimeout(function () { $(side + '-typing').textContent = ''; }, 6000);
  }

  function logEvent(who, event, data) {
    var list = $('events');
    var item = document.createElement('li');
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    var label = document.createElement('span');
    label.className = 'who';
    label.textContent = who;
    summary.appendChild(label);
    summary.appendChild(document.createTextNode(event + (data && data.id !== undefined ? '  #' + data.id : '')));
    var pre = document.createElement('pre');
    pre.textContent = JSON.stringify(data, null, 2);
    details.appendChild(summary);
    details.appendChild(pre);
    item.appendChild(details);
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 60) list.removeChild(list.lastChild);
  }

  // -- ActionCable (Rails' JSON protocol, RoomChannel) -----------------------------------------

  function subscribe(side, identifier, onEvent) {
    var id = JSON.stringify(identifier);
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + config.cablePath;
    var ws = new WebSocket(url, ['actioncable-v1-json', 'actioncable-unsupported']);
    setLive(side, 'connecting', false);
    ws.onmessage = function (raw) {
      var frame = JSON.parse(raw.data);
      if (frame.type === 'welcome') ws.send(JSON.stringify({ command: 'subscribe', identifier: id }));
      else if (frame.type === 'confirm_subscription') setLive(side, 'live', true);
      else if (frame.type === 'reject_subscription') setLive(side, 'rejected', false);
      else if (frame.message && frame.identifier === id) onEvent(frame.message.event, frame.message.data);
    };
    ws.onclose = function () {
      setLive(side, 'offline', false);
      setTimeout(function () { subscribe(side, identifier, onEvent); }, 2000);
    };
  }

  function ours(data) {
    return data && data.conversation_id === state.conversationId;
  }

  // -- the two panes ---------------------------------------------------------------------------

  function startWidget() {
    var key = 'chatwoot-fake-demo:' + config.inbox + ':' + config.bootId;
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) { saved = null; }
    var ready = saved
      ? call('getContact', { inbox: config.inbox, contact: saved.contact.source_id }).then(function () {
          state.contact = saved.contact;
          state.conversationId = saved.conversationId;
        })
      : Promise.reject(new Error('no saved visitor'));
    return ready
      .catch(function () {
        var name = 'Demo visitor ' + Math.floor(1000 + Math.random() * 9000);
        return call('createContact', { inbox: config.inbox }, { name: name })
          .then(function (contact) {
            state.contact = contact;
            return call('createConversation', params(), {});
          })
          .then(function (conversation) {
            state.conversationId = conversation.id;
            sessionStorage.setItem(
              key,
              JSON.stringify({ contact: state.contact, conversationId: state.conversationId }),
            );
          });
      })
      .then(function () {
        $('widget-sub').textContent = state.contact.name + ' · conversation #' + state.conversationId;
        return call('contactMessages', params());
      })
      .then(function (messages) {
        messages.forEach(function (m) { show('widget', m); });
        subscribe('widget', { channel: 'RoomChannel', pubsub_token: state.contact.pubsub_token }, function (event, data) {
          logEvent('contact', event, data);
          if ((event === 'message.created' || event === 'message.updated') && ours(data)) {
            show('widget', data);
            if (data.message_type !== 0) showTyping('widget', '');
          }
          if (event === 'conversation.typing_on' && data.conversation && data.conversation.id === state.conversationId) {
            showTyping('widget', ((data.user && (data.user.available_name || data.user.name)) || 'An agent') + ' is typing…');
          }
          if (event === 'conversation.typing_off') showTyping('widget', '');
        });
      });
  }

  function startAgent() {
    return call('profile', {})
      .then(function (user) {
        $('agent-sub').textContent = 'Signed in as ' + user.name + ' (api_access_token)';
        subscribe(
          'agent',
          { channel: 'RoomChannel', pubsub_token: user.pubsub_token, account_id: config.accountId, user_id: user.id },
          function (event, data) {
            logEvent('agent', event, data);
            if ((event === 'message.created' || event === 'message.updated') && ours(data)) {
              show('agent', data);
              if (data.message_type === 0) showTyping('agent', '');
            }
            if (event === 'conversation.typing_on' && data.conversation && data.conversation.id === state.conversationId) {
              showTyping('agent', ((data.user && data.user.name) || 'The contact') + ' is typing…');
            }
            if (event === 'conversation.typing_off') showTyping('agent', '');
            if (event === 'conversation.status_changed' && data.id === state.conversationId) {
              $('agent-status').textContent = data.status;
            }
          },
        );
        return call('agentConversation', params());
      })
      .then(function (conversation) {
        $('agent-title').textContent = 'Conversation #' + conversation.id;
        $('agent-status').textContent = conversation.status;
        return call('agentMessages', params());
      })
      .then(function (list) {
        list.payload.forEach(function (m) { show('agent', m); });
      });
  }

  function typingNotifier(name, body) {
    var timer = null;
    return function () {
      if (!timer) call(name, params(), body('on')).catch(function () {});
      clearTimeout(timer);
      timer = setTimeout(function () {
        timer = null;
        call(name, params(), body('off')).catch(function () {});
      }, 1500);
    };
  }

  function composer(form, input, send, onTyping) {
    input.addEventListener('input', onTyping);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      input.value = '';
      send(text).catch(showError);
    });
  }

  if (!config.inbox) {
    showError('This fake has no API inbox: the demo needs one (Channel::Api) for the Public API.');
    return;
  }
  startWidget()
    .then(startAgent)
    .then(function () {
      composer(
        $('widget-form'),
        $('widget-input'),
        function (text) {
          return call('sendAsContact', params(), { content: text, echo_id: 'demo-' + Date.now() }).then(function (m) {
            show('widget', m);
          });
        },
        typingNotifier('contactTyping', function (status) { return { typing_status: status }; }),
      );
      composer(
        $('agent-form'),
        $('agent-input'),
        function (text) {
          return call('sendAsAgent', params(), { content: text, message_type: 'outgoing', private: false }).then(
            function (m) { show('agent', m); },
          );
        },
        typingNotifier('agentTyping', function (status) { return { typing_status: status }; }),
      );
      $('widget-input').disabled = false;
      $('agent-input').disabled = false;
      document.body.setAttribute('data-ready', 'true');
    })
    .catch(showError);

  $('new-visitor').addEventListener('click', function () {
    sessionStorage.removeItem('chatwoot-fake-demo:' + config.inbox + ':' + config.bootId);
    location.reload();
  });
})();
`;

export function demoPage(info: WebInfo | undefined, bootId: string): string {
  const inbox = info?.apiInbox;
  const config = {
    accountId: info?.accountId ?? null,
    inbox: inbox?.identifier ?? null,
    token: info?.tokens.admin ?? '',
    cablePath: '/cable',
    bootId,
    routes: DEMO_ROUTES,
    agentRoutes: AGENT_ROUTES,
  };
  const body = `<main>
<p class="intro">A customer writes through the <b>Public API</b> of the inbox <b>${h(inbox?.name ?? '—')}</b>
(<span class="mono">/public/api/v1/inboxes/${h(inbox?.identifier ?? '')}/…</span>); an agent answers through the
<b>Application API</b>. Both panes follow the live event stream at <span class="mono">/cable</span>. Type on either side.</p>
<div id="error" class="error" role="alert"></div>
<div class="panes">
  <section class="pane widget" aria-label="Customer chat widget">
    <header>
      <div><div class="title">${h(inbox?.name ?? 'Chat')}</div><div class="sub" id="widget-sub">Starting…</div></div>
      <div class="right"><span class="live" id="widget-live">offline</span></div>
    </header>
    <div class="thread" id="widget-thread"><p class="empty">Say hello 👋</p></div>
    <div class="typing" id="widget-typing"></div>
    <form class="composer" id="widget-form">
      <input id="widget-input" placeholder="Write as the customer…" autocomplete="off" disabled>
      <button class="primary" type="submit">Send</button>
    </form>
  </section>
  <section class="pane" aria-label="Agent view">
    <header>
      <div><div class="title" id="agent-title">Agent</div><div class="sub" id="agent-sub">Starting…</div></div>
      <div class="right"><span class="live" id="agent-status">—</span><span class="live" id="agent-live">offline</span>
      <button type="button" id="new-visitor">New visitor</button></div>
    </header>
    <div class="thread" id="agent-thread"><p class="empty">No messages yet.</p></div>
    <div class="typing" id="agent-typing"></div>
    <form class="composer" id="agent-form">
      <input id="agent-input" placeholder="Reply as the agent…" autocomplete="off" disabled>
      <button class="primary" type="submit">Reply</button>
    </form>
  </section>
</div>
<section class="events">
  <h2>Live events</h2>
  <ol id="events"></ol>
</section>
</main>
<script id="demo-config" type="application/json">${jsonForScript(config)}</script>
<script>${DEMO_SCRIPT}</script>`;
  return page({ title: 'chatwoot-fake · live demo', current: '/demo', head: `<style>${CSS}</style>`, body });
}
