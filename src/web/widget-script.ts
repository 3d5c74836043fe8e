/**
 * The script of `/widget` (web/widget.ts): the visitor's chat, talking only to the widget API
 * (`/api/v1/widget/*`, with `website_token` and the visitor's `X-Auth-Token`) and to `/cable`
 * (RoomChannel with the contact inbox's pubsub_token). Plain ES5 in a string, no template literals.
 *
 * Start: POST /config with the token of `?cw_conversation=` (a returning visitor) or none (a new one),
 * then the last conversation, its messages, the inbox's agents, and the live stream. Inside the SDK's
 * iframe it tells the page `loaded` (with the token the page keeps in its `cw_conversation` cookie)
 * and takes the page's commands (set-user, set-label, …) one at a time, in order; in
 * react-native-widget's WebView the commands come from the page itself (window.postMessage) and the
 * answers go to window.ReactNativeWebView. Standalone (a popout, a direct visit) it simply chats.
 * The rendering functions live in widget-render.ts and are embedded in this function's scope.
 */

import { WIDGET_RENDERING } from './widget-render';

export const WIDGET_SCRIPT = String.raw`(function () {
  'use strict';
  var PREFIX = 'chatwoot-widget:';
  var params = new URLSearchParams(window.location.search);
  var websiteToken = params.get('website_token') || '';
  var inIframe = window.self !== window.top;
  var rn = !!window.ReactNativeWebView;
  var REPLY_TIMES = {
    in_a_few_minutes: 'Typically replies in a few minutes',
    in_a_few_hours: 'Typically replies in a few hours',
    in_a_day: 'Typically replies in a day',
  };
  var RATINGS = ['😞', '😑', '😐', '😊', '😍'];
  var state = {
    token: params.get('cw_conversation') || '',
    locale: params.get('locale') || '',
    config: null,
    contact: null,
    conversation: null,
    messages: {},
    agents: [],
    open: !inIframe,
    referrerURL: document.referrer || '',
    typingTimer: null,
    cable: null,
    startNew: false,
  };
  var $ = function (id) { return document.getElementById(id); };

  // -- the page (SDK iframe) or the React Native app ---------------------------------------------

  function toParent(message) {
    var text = PREFIX + JSON.stringify(message);
    if (inIframe) window.parent.postMessage(text, '*');
    if (rn) window.ReactNativeWebView.postMessage(text);
  }

  // -- the widget API ----------------------------------------------------------------------------

  function api(method, path, body) {
    var query = 'website_token=' + encodeURIComponent(websiteToken) +
      (state.locale ? '&locale=' + encodeURIComponent(state.locale) : '');
    var headers = { Accept: 'application/json' };
    if (state.token) headers['X-Auth-Token'] = state.token;
    var isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
    return fetch('/api/v1/widget/' + path + (path.indexOf('?') < 0 ? '?' : '&') + query, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = text; }
        if (!res.ok) {
          var error = new Error(method + ' /api/v1/widget/' + path + ' answered ' + res.status);
          error.status = res.status;
          error.data = data;
          throw error;
        }
        return data;
      });
    });
  }

  function showError(error) {
    var box = $('error');
    var data = error && error.data;
    box.textContent = (data && (data.error || data.message)) || (error && error.message) || String(error);
    box.hidden = false;
  }

${WIDGET_RENDERING}
  // -- the conversation --------------------------------------------------------------------------

  function loadConversation() {
    return api('GET', 'conversations').then(function (summary) {
      state.conversation = summary && summary.id ? summary : null;
      clearThread();
      return state.conversation ? api('GET', 'messages') : { payload: [] };
    }).then(function (list) {
      list.payload.forEach(show);
      renderHeader();
      renderComposer();
    });
  }

  function seen() {
    if (state.open && state.conversation) api('POST', 'conversations/update_last_seen', {}).catch(function () {});
  }

  /** The bubble's unread dot (the page shows it while the window is closed). */
  function setUnread(count) {
    state.unread = count;
    toParent({ event: 'handleNotificationDot', unreadMessageCount: count });
  }

  function onMessage(data) {
    var ours = state.conversation && data.conversation_id === state.conversation.id;
    if (data.message_type !== 0 && !state.open && inIframe) setUnread((state.unread || 0) + 1);
    if (!ours) return loadConversation();
    show(data);
    if (data.message_type !== 0) showTyping('');
    seen();
  }

  function messageFields() {
    return { timestamp: new Date().toString(), referer_url: state.referrerURL };
  }

  /** A new message; the first one starts the conversation, after "Start a new conversation" explicitly. */
  function sendText(text) {
    var message = messageFields();
    message.content = text;
    if (state.startNew) return api('POST', 'conversations', { message: message }).then(afterNewConversation);
    message.echo_id = 'fake-' + Date.now();
    return api('POST', 'messages', { message: message }).then(function (sent) {
      if (!state.conversation) return afterNewConversation();
      show(sent);
    });
  }

  /** chatwoot:on-start-conversation (hasConversation: whether the visitor had one before), then reload. */
  function afterNewConversation() {
    var hadOne = state.startNew;
    state.startNew = false;
    toParent({ event: 'onEvent', eventIdentifier: 'chatwoot:on-start-conversation', data: { hasConversation: hadOne } });
    return loadConversation();
  }

  function sendFile(file) {
    var form = new FormData();
    var fields = messageFields();
    form.append('message[attachments][]', file, file.name);
    form.append('message[timestamp]', fields.timestamp);
    form.append('message[referer_url]', fields.referer_url);
    return api('POST', 'messages', form).then(function (message) {
      if (!state.conversation) return loadConversation();
      show(message);
    });
  }

  function answerCsat(message, rating, feedback) {
    var values = { csat_survey_response: { rating: rating, feedback_message: feedback } };
    api('PATCH', 'messages/' + message.id, { message: { submitted_values: values } }).then(show, showError);
  }

  function typing(status) {
    if (state.conversation) api('POST', 'conversations/toggle_typing', { typing_status: status }).catch(function () {});
  }

  // -- /cable (ActionCable's JSON protocol, RoomChannel) -----------------------------------------

  function subscribe(pubsubToken) {
    if (state.cable) state.cable.close();
    var identifier = JSON.stringify({ channel: 'RoomChannel', pubsub_token: pubsubToken });
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/cable';
    var ws = new WebSocket(url, ['actioncable-v1-json', 'actioncable-unsupported']);
    var presence = null;
    state.cable = ws;
    ws.onmessage = function (raw) {
      var frame = JSON.parse(raw.data);
      if (frame.type === 'welcome') ws.send(JSON.stringify({ command: 'subscribe', identifier: identifier }));
      else if (frame.type === 'confirm_subscription') {
        document.body.dataset.live = 'true';
        presence = setInterval(function () {
          ws.send(JSON.stringify({ command: 'message', identifier: identifier, data: JSON.stringify({ action: 'update_presence' }) }));
        }, 20000);
      } else if (frame.message && frame.identifier === identifier) onCable(frame.message.event, frame.message.data);
    };
    ws.onclose = function () {
      clearInterval(presence);
      if (state.cable !== ws) return;
      document.body.dataset.live = 'false';
      setTimeout(function () { if (state.cable === ws) subscribe(pubsubToken); }, 3000);
    };
  }

  function onCable(event, data) {
    if (event === 'message.created') {
      // As Chatwoot's widget: the page hears of the messages of the visitor's current conversation.
      var other = state.conversation && data.conversation_id !== state.conversation.id;
      if (!other) toParent({ event: 'onEvent', eventIdentifier: 'chatwoot:on-message', data: data });
      onMessage(data);
    } else if (event === 'message.updated') {
      if (state.conversation && data.conversation_id === state.conversation.id) show(data);
    } else if (event === 'conversation.typing_on' && !(data.is_private)) {
      var user = data.user || {};
      showTyping((user.available_name || user.name || 'An agent') + ' is typing…');
    } else if (event === 'conversation.typing_off') {
      showTyping('');
    } else if (event === 'conversation.status_changed' || event === 'conversation.created') {
      loadConversation();
    } else if (event === 'presence.update') {
      api('GET', 'inbox_members').then(function (res) { state.agents = res.payload; renderHeader(); });
    }
  }

  // -- what the page asks (Chatwoot's postMessage events), one at a time ---------------------------

  var queue = Promise.resolve();
  var handlers = {
    'config-set': function (m) {
      if (m.locale) state.locale = m.locale;
      document.body.classList.toggle('left', m.position === 'left');
      toParent({ event: 'setBubbleLabel', label: 'Chat with us' });
    },
    'set-user': function (m) {
      var user = m.user || {};
      var body = {
        identifier: m.identifier, email: user.email, name: user.name, avatar_url: user.avatar_url,
        identifier_hash: user.identifier_hash, phone_number: user.phone_number,
        additional_attributes: {
          company_name: user.company_name, city: user.city, description: user.description,
          country_code: user.country_code, social_profiles: user.social_profiles,
        },
        custom_attributes: user.custom_attributes,
      };
      return api('PATCH', 'contact/set_user', body).then(function (res) {
        if (res.widget_auth_token) {
          state.token = res.widget_auth_token;
          toParent({ event: 'setAuthCookie', data: { widgetAuthToken: res.widget_auth_token } });
        }
        if (res.pubsub_token && res.pubsub_token !== state.contact.pubsub_token) {
          state.contact.pubsub_token = res.pubsub_token;
          subscribe(res.pubsub_token);
        }
        if (user.identifier_hash || res.widget_auth_token) return loadConversation();
      }, function (error) {
        toParent({ event: 'error', errorType: 'SET_USER_ERROR', data: error.data });
      });
    },
    'set-custom-attributes': function (m) { return api('PATCH', 'contact', { custom_attributes: m.customAttributes }); },
    'delete-custom-attribute': function (m) {
      return api('POST', 'contact/destroy_custom_attributes', { custom_attributes: [m.customAttribute] });
    },
    'set-conversation-custom-attributes': function (m) {
      return api('POST', 'conversations/set_custom_attributes', { custom_attributes: m.customAttributes });
    },
    'delete-conversation-custom-attribute': function (m) {
      return api('POST', 'conversations/destroy_custom_attributes', { custom_attribute: [m.customAttribute] });
    },
    'set-label': function (m) { return api('POST', 'labels', { label: m.label }); },
    'remove-label': function (m) { return api('DELETE', 'labels/' + encodeURIComponent(m.label)); },
    'set-locale': function (m) { state.locale = m.locale; },
    'set-color-scheme': function (m) { document.body.classList.toggle('dark', m.darkMode === 'dark'); },
    'toggle-open': function (m) {
      state.open = !!m.isOpen;
      if (!state.open) return;
      if (state.unread) setUnread(0);
      seen();
      $('input').focus();
    },
    'toggle-close-button': function (m) { state.isMobile = !!m.isMobile; renderHeader(); },
    'push-event': function (m) { return api('POST', 'events', { name: m.eventName }); },
    'change-url': function (m) { state.referrerURL = m.referrerURL || ''; },
  };

  function listen() {
    window.addEventListener('message', function (e) {
      var fromPage = inIframe ? e.source === window.parent : rn && e.source === window;
      if (!fromPage || typeof e.data !== 'string' || e.data.indexOf(PREFIX) !== 0) return;
      var message;
      try { message = JSON.parse(e.data.slice(PREFIX.length)); } catch (err) { return; }
      var handler = handlers[message.event];
      if (!handler) return;
      queue = queue.then(function () { return ready; }).then(function () { return handler(message); })
        .catch(function () { /* Chatwoot's widget ignores these failures too */ });
    });
  }

  // -- start ---------------------------------------------------------------------------------------

  function composer() {
    var input = $('input');
    $('composer').addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      input.value = '';
      clearTimeout(state.typingTimer);
      state.typingTimer = null;
      typing('off');
      sendText(text).catch(showError);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        $('composer').requestSubmit();
      }
    });
    input.addEventListener('input', function () {
      if (!state.typingTimer) typing('on');
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(function () { state.typingTimer = null; typing('off'); }, 2000);
    });
    $('attach').addEventListener('click', function () { $('file').click(); });
    $('file').addEventListener('change', function () {
      var file = $('file').files[0];
      $('file').value = '';
      if (file) sendFile(file).catch(showError);
    });
    $('prechat').addEventListener('submit', function (event) {
      event.preventDefault();
      var contact = { custom_attributes: {} };
      var conversationAttributes = {};
      Array.prototype.forEach.call($('prechat-fields').querySelectorAll('input'), function (input) {
        var value = input.value.trim();
        if (!value) return;
        if (input.name === 'emailAddress') contact.email = value;
        else if (input.name === 'fullName') contact.name = value;
        else if (input.name === 'phoneNumber') contact.phone_number = value;
        else if (input.dataset.fieldType === 'conversation_attribute') conversationAttributes[input.name] = value;
        else contact.custom_attributes[input.name] = value;
      });
      var fields = messageFields();
      var body = {
        contact: contact,
        message: { content: $('prechat-text').value.trim(), timestamp: fields.timestamp, referer_url: fields.referer_url },
        custom_attributes: conversationAttributes,
      };
      api('POST', 'conversations', body).then(afterNewConversation).catch(showError);
    });
    $('end').addEventListener('click', function () {
      api('GET', 'conversations/toggle_status').then(loadConversation).catch(showError);
    });
    $('new').addEventListener('click', function () {
      state.startNew = true;
      clearThread();
      renderHeader();
      renderComposer();
    });
    $('close').addEventListener('click', function () {
      if (rn) toParent({ type: 'close-widget' });
      else toParent({ event: 'closeWindow' });
    });
  }

  var start = api('POST', 'config', {}).then(function (res) {
    state.config = res.website_channel_config;
    state.contact = res.contact;
    state.token = state.config.auth_token;
    document.documentElement.style.setProperty('--color', state.config.widget_color || '#1f93ff');
    return Promise.all([
      api('GET', 'inbox_members').then(function (r) { state.agents = r.payload; }),
      loadConversation(),
    ]);
  });
  var ready = start.catch(function () {});
  if (inIframe || rn) listen();
  composer();
  start.then(function () {
    subscribe(state.contact.pubsub_token);
    renderHeader();
    renderComposer();
    document.body.dataset.ready = 'true';
    var config = state.config;
    toParent({
      event: 'loaded',
      config: {
        authToken: state.token,
        channelConfig: {
          websiteToken: config.website_token,
          websiteName: config.website_name,
          widgetColor: config.widget_color,
          welcomeTitle: config.welcome_title,
          welcomeTagline: config.welcome_tagline,
          replyTime: config.reply_time,
          enabledFeatures: config.enabled_features,
          preChatFormEnabled: config.pre_chat_form_enabled,
          preChatFormOptions: config.pre_chat_form_options,
          csatSurveyEnabled: config.csat_survey_enabled,
          locale: config.locale,
        },
      },
    });
  }).catch(function (error) {
    showError(error.status === 404 ? new Error('This chat is not available (unknown website_token).') : error);
  });
})();
`;
