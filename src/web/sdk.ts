/**
 * `/packs/js/sdk.js`: the fake's own implementation of the contract of Chatwoot's website SDK
 * (app/javascript/entrypoints/sdk.js and app/javascript/sdk/*: IFrameHelper, bubbleHelpers,
 * cookieHelpers, settingsHelper), so the snippet an inbox renders (`web_widget_script`) works on any
 * page against the fake. Plain ES5 in a string: no build step, no template literals.
 *
 * What a page gets, as from Chatwoot:
 * - `window.chatwootSDK.run({ websiteToken, baseUrl })` adds the bubble and an iframe of
 *   `<baseUrl>/widget?website_token=…` (plus `&cw_conversation=<token>` for a returning visitor), and
 *   `window.$chatwoot` with setUser, setCustomAttributes, deleteCustomAttribute,
 *   setConversationCustomAttributes, deleteConversationCustomAttribute, setLabel, removeLabel,
 *   setLocale, setColorScheme, toggle, toggleBubbleVisibility, popoutChatWindow, reset and the state
 *   keys (hasLoaded, isOpen, websiteToken, baseUrl, position, locale, …); `window.chatwootSettings`
 *   is read as Chatwoot reads it (position, locale, useBrowserLanguage, hideMessageBubble, type,
 *   launcherTitle, showPopoutButton, widgetStyle, darkMode, baseDomain);
 * - the cookies: `cw_conversation` (the visitor's widget token, 365 days, SameSite=Lax, on
 *   `baseDomain` when set) and `cw_user_<websiteToken>` (a hash of the last setUser data, which makes
 *   a repeated setUser a no-op; Chatwoot stores an md5 there, the fake a 32-bit FNV-1a hex);
 * - the window events: `chatwoot:ready` (once, when the widget has loaded), `chatwoot:opened`,
 *   `chatwoot:closed`, and what the widget forwards: `chatwoot:on-message` (detail: the message's
 *   push data), `chatwoot:on-start-conversation`, `chatwoot:error` (detail: the API's error body).
 *
 * The page and the widget speak Chatwoot's postMessage protocol: strings `chatwoot-widget:<json>` with
 * an `event` key both ways (the page sends config-set, set-user, toggle-open, push-event, …; the
 * widget sends loaded, error, onEvent, setAuthCookie, closeWindow, …). The page here posts only to the
 * widget's origin and listens only to its own iframe.
 */

export const SDK_SCRIPT = String.raw`/* chatwoot-fake: the website SDK (the contract of Chatwoot's packs/js/sdk.js) */
(function () {
  'use strict';
  var PREFIX = 'chatwoot-widget:';
  var USER_KEYS = ['avatar_url', 'email', 'name'];
  var HASHED_KEYS = ['avatar_url', 'email', 'name', 'identifier_hash'];
  var CSS =
    '.woot-widget-holder{position:fixed;z-index:2147483000;bottom:104px;width:400px;height:calc(85% - 64px);' +
    'max-height:590px;min-height:250px;border-radius:16px;overflow:hidden;background:#fff;' +
    'box-shadow:0 8px 40px rgba(0,0,0,.18);transition:opacity .2s,transform .2s}' +
    '.woot-widget-holder iframe{border:0;width:100%;height:100%}' +
    '.woot-widget-holder.woot-elements--right{right:20px}.woot-widget-holder.woot-elements--left{left:20px}' +
    '.woot-widget-holder.woot--hide{visibility:hidden;opacity:0;transform:translateY(40px);pointer-events:none}' +
    '.woot-widget-holder.woot-widget--without-bubble{bottom:20px}' +
    '.woot--bubble-holder .woot-widget-bubble{position:fixed;z-index:2147483000;bottom:20px;width:64px;height:64px;' +
    'border:0;border-radius:100px;cursor:pointer;display:flex;align-items:center;justify-content:center;gap:8px;' +
    'box-shadow:0 4px 24px rgba(0,0,0,.16);color:#fff;font:600 15px system-ui,sans-serif;padding:0}' +
    '.woot--bubble-holder .woot-widget-bubble.woot-elements--right{right:20px}' +
    '.woot--bubble-holder .woot-widget-bubble.woot-elements--left{left:20px}' +
    '.woot--bubble-holder .woot-widget-bubble.woot-widget--expanded{width:auto;padding:0 20px 0 16px}' +
    '.woot--bubble-holder .woot-widget-bubble svg{width:28px;height:28px;fill:#fff}' +
    '.woot--bubble-holder .woot--hide,.woot-hidden{display:none!important}' +
    '.woot-widget-bubble.unread-notification::after{content:"";position:absolute;top:2px;right:2px;width:14px;' +
    'height:14px;border-radius:50%;background:#ff4040;border:2px solid #fff}' +
    '@media (max-width:667px){.woot-widget-holder{left:0!important;right:0!important;bottom:0;top:0;width:100%;' +
    'height:100%;max-height:none;border-radius:0}}';
  var CHAT_ICON =
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3C6.5 3 2 6.8 2 11.5c0 2.4 1.2 4.6 3.1 6.1L4.5 21' +
    'l3.9-2c1.1.3 2.3.5 3.6.5 5.5 0 10-3.8 10-8.5S17.5 3 12 3z"/></svg>';
  var CLOSE_ICON =
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 ' +
    '1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/></svg>';

  // -- cookies (js-cookie's defaults as Chatwoot sets them: path=/, SameSite=Lax) -------------------

  function getCookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (decodeURIComponent(parts[i].slice(0, eq)) === name) return decodeURIComponent(parts[i].slice(eq + 1));
    }
    return undefined;
  }

  function setCookie(name, value, domain, days) {
    var expires = new Date(Date.now() + (days === undefined ? 365 : days) * 864e5).toUTCString();
    document.cookie =
      encodeURIComponent(name) + '=' + encodeURIComponent(value) + '; expires=' + expires + '; path=/' +
      (domain ? '; domain=' + domain : '') + '; SameSite=Lax';
  }

  function removeCookie(name, domain) {
    setCookie(name, '', domain, -1);
    if (domain) setCookie(name, '', undefined, -1);
  }

  /** 32-bit FNV-1a, hex: what the cw_user_ cookie holds (Chatwoot: md5 of the same string). */
  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return ('0000000' + h.toString(16)).slice(-8);
  }

  /** cookieHelpers#getUserString: the hashed keys in a fixed order, then the identifier. */
  function userString(identifier, user) {
    var text = '';
    HASHED_KEYS.forEach(function (key) { text += key + (user[key] || ''); });
    return text + 'identifier' + (identifier === undefined ? '' : identifier);
  }

  // -- events ---------------------------------------------------------------------------------------

  function dispatch(eventName, data) {
    window.dispatchEvent(new CustomEvent(eventName, { detail: data === undefined ? null : data }));
  }

  function run(options) {
    if (window.$chatwoot) return;
    var baseUrl = String((options && options.baseUrl) || '').replace(/\/+$/, '');
    var websiteToken = options && options.websiteToken;
    var settings = window.chatwootSettings || {};
    var locale = settings.locale;
    if (settings.useBrowserLanguage) locale = window.navigator.language.replace('-', '_');
    var widgetOrigin;
    try { widgetOrigin = new URL(baseUrl, window.location.href).origin; } catch (e) { widgetOrigin = '*'; }

    var holder = document.createElement('div');
    var iframe = document.createElement('iframe');
    var bubbleHolder = document.createElement('div');
    var openBubble = document.createElement('button');
    var closeBubble = document.createElement('button');
    var userCookie = 'cw_user_' + websiteToken;

    function widgetUrl(withCookie) {
      var url = baseUrl + '/widget?website_token=' + encodeURIComponent(websiteToken);
      var token = withCookie && getCookie('cw_conversation');
      return token ? url + '&cw_conversation=' + encodeURIComponent(token) : url;
    }

    function send(event, payload) {
      if (!iframe.contentWindow) return;
      var message = { event: event };
      for (var key in payload || {}) message[key] = payload[key];
      iframe.contentWindow.postMessage(PREFIX + JSON.stringify(message), widgetOrigin);
    }

    function setOpen(value) {
      var cw = window.$chatwoot;
      var next = value === undefined ? !cw.isOpen : value;
      if (next === cw.isOpen) return;
      cw.isOpen = next;
      holder.classList.toggle('woot--hide', !next);
      openBubble.classList.toggle('woot--hide', next);
      closeBubble.classList.toggle('woot--hide', !next);
      send('toggle-open', { isOpen: next });
      if (next) send('push-event', { eventName: 'webwidget.triggered' });
      dispatch(next ? 'chatwoot:opened' : 'chatwoot:closed');
      if (!next && !cw.hideMessageBubble) openBubble.focus();
    }

    function isMobile() {
      return window.matchMedia('(max-width: 668px)').matches;
    }

    function createBubble(color) {
      if (bubbleHolder.parentNode) return;
      var side = 'woot-elements--' + window.$chatwoot.position;
      bubbleHolder.className = 'woot--bubble-holder' + (window.$chatwoot.hideMessageBubble ? ' woot-hidden' : '');
      bubbleHolder.id = 'cw-bubble-holder';
      openBubble.type = closeBubble.type = 'button';
      openBubble.className = 'woot-widget-bubble ' + side;
      if (window.$chatwoot.type === 'expanded_bubble') openBubble.className += ' woot-widget--expanded';
      openBubble.innerHTML = CHAT_ICON + '<span id="woot-widget--expanded__text"></span>';
      openBubble.title = 'Open chat window';
      openBubble.setAttribute('aria-label', 'Open chat window');
      closeBubble.className = 'woot-widget-bubble woot--close woot--hide ' + side;
      closeBubble.innerHTML = CLOSE_ICON;
      closeBubble.title = 'Close chat window';
      closeBubble.setAttribute('aria-label', 'Close chat window');
      openBubble.style.background = closeBubble.style.background = color || '#1f93ff';
      openBubble.addEventListener('click', function () { setOpen(true); });
      closeBubble.addEventListener('click', function () { setOpen(false); });
      bubbleHolder.appendChild(openBubble);
      bubbleHolder.appendChild(closeBubble);
      document.body.appendChild(bubbleHolder);
    }

    function sendLocation() {
      send('change-url', { referrerURL: window.location.href, referrerHost: window.location.host });
    }

    /** What the widget tells the page (IFrameHelper.events). */
    var events = {
      loaded: function (message) {
        var cw = window.$chatwoot;
        var config = message.config || {};
        if (config.authToken) setCookie('cw_conversation', config.authToken, cw.baseDomain);
        cw.hasLoaded = true;
        send('config-set', {
          locale: cw.locale,
          position: cw.position,
          hideMessageBubble: cw.hideMessageBubble,
          showPopoutButton: cw.showPopoutButton,
          widgetStyle: cw.widgetStyle,
          darkMode: cw.darkMode,
          showUnreadMessagesDialog: cw.showUnreadMessagesDialog,
        });
        iframe.style.visibility = '';
        createBubble(config.channelConfig && config.channelConfig.widgetColor);
        send('toggle-close-button', { isMobile: isMobile() });
        sendLocation();
        if (cw.user) send('set-user', { identifier: cw.identifier, user: cw.user });
        if (!cw.resetTriggered) dispatch('chatwoot:ready');
      },
      error: function (message) {
        dispatch('chatwoot:error', message.data);
        if (message.errorType === 'SET_USER_ERROR') removeCookie(userCookie, window.$chatwoot.baseDomain);
      },
      onEvent: function (message) {
        var name = String(message.eventIdentifier || '');
        if (name.indexOf('chatwoot:') === 0) dispatch(name, message.data);
      },
      setAuthCookie: function (message) {
        var token = message.data && message.data.widgetAuthToken;
        if (token) setCookie('cw_conversation', token, window.$chatwoot.baseDomain);
      },
      setBubbleLabel: function (message) {
        var text = document.getElementById('woot-widget--expanded__text');
        if (text && window.$chatwoot.type === 'expanded_bubble') {
          text.textContent = window.$chatwoot.launcherTitle || message.label || '';
        }
      },
      toggleBubble: function (message) {
        setOpen(message.state === 'open' ? true : message.state === 'close' ? false : undefined);
      },
      closeWindow: function () { setOpen(false); },
      closeChat: function () { setOpen(false); },
      popoutChatWindow: function () { window.$chatwoot.popoutChatWindow(); },
      handleNotificationDot: function (message) {
        openBubble.classList.toggle('unread-notification', message.unreadMessageCount > 0);
      },
      setUnreadMode: function () { setOpen(true); },
      resetUnreadMode: function () { openBubble.classList.remove('unread-notification'); },
    };

    window.addEventListener('message', function (e) {
      if (e.source !== iframe.contentWindow || typeof e.data !== 'string' || e.data.indexOf(PREFIX) !== 0) return;
      var message;
      try { message = JSON.parse(e.data.slice(PREFIX.length)); } catch (err) { return; }
      if (message && Object.prototype.hasOwnProperty.call(events, message.event)) events[message.event](message);
    });

    function requireKeys(attributes, text) {
      if (!attributes || typeof attributes !== 'object' || !Object.keys(attributes).length) throw new Error(text);
    }

    window.$chatwoot = {
      baseUrl: baseUrl,
      baseDomain: settings.baseDomain,
      hasLoaded: false,
      hideMessageBubble: settings.hideMessageBubble || false,
      isOpen: false,
      position: settings.position === 'left' ? 'left' : 'right',
      websiteToken: websiteToken,
      locale: locale,
      useBrowserLanguage: settings.useBrowserLanguage || false,
      type: settings.type === 'expanded_bubble' ? 'expanded_bubble' : 'standard',
      launcherTitle: settings.launcherTitle || '',
      showPopoutButton: settings.showPopoutButton || false,
      showUnreadMessagesDialog: settings.showUnreadMessagesDialog === undefined ? true : settings.showUnreadMessagesDialog,
      widgetStyle: settings.widgetStyle === 'flat' ? 'flat' : 'standard',
      resetTriggered: false,
      darkMode: settings.darkMode === 'auto' ? 'auto' : 'light',

      toggle: function (state) {
        setOpen(state === 'open' ? true : state === 'close' ? false : undefined);
      },
      toggleBubbleVisibility: function (visibility) {
        var cw = window.$chatwoot;
        if (visibility === 'hide') cw.hideMessageBubble = true;
        else if (visibility === 'show') cw.hideMessageBubble = false;
        bubbleHolder.classList.toggle('woot-hidden', cw.hideMessageBubble);
        holder.classList.toggle('woot-widget--without-bubble', cw.hideMessageBubble);
        send('sdk-set-bubble-visibility', { hideMessageBubble: cw.hideMessageBubble });
      },
      popoutChatWindow: function () {
        var cw = window.$chatwoot;
        var url = widgetUrl(true) + (cw.locale ? '&locale=' + encodeURIComponent(cw.locale) : '');
        window.open(url, 'webwidget_session_' + websiteToken, 'resizable=off,width=400,height=600');
        setOpen(false);
      },
      setUser: function (identifier, user) {
        if (typeof identifier !== 'string' && typeof identifier !== 'number') {
          throw new Error('Identifier should be a string or a number');
        }
        var hasKey = user && USER_KEYS.some(function (key) { return !!user[key]; });
        if (!hasKey) throw new Error('User object should have one of the keys [avatar_url, email, name]');
        var digest = hash(userString(identifier, user));
        if (getCookie(userCookie) === digest) return;
        window.$chatwoot.identifier = identifier;
        window.$chatwoot.user = user;
        send('set-user', { identifier: identifier, user: user });
        setCookie(userCookie, digest, window.$chatwoot.baseDomain);
      },
      setCustomAttributes: function (customAttributes) {
        requireKeys(customAttributes, 'Custom attributes should have atleast one key');
        send('set-custom-attributes', { customAttributes: customAttributes });
      },
      deleteCustomAttribute: function (customAttribute) {
        if (!customAttribute) throw new Error('Custom attribute is required');
        send('delete-custom-attribute', { customAttribute: customAttribute });
      },
      setConversationCustomAttributes: function (customAttributes) {
        requireKeys(customAttributes, 'Custom attributes should have atleast one key');
        send('set-conversation-custom-attributes', { customAttributes: customAttributes });
      },
      deleteConversationCustomAttribute: function (customAttribute) {
        if (!customAttribute) throw new Error('Custom attribute is required');
        send('delete-conversation-custom-attribute', { customAttribute: customAttribute });
      },
      setLabel: function (label) { send('set-label', { label: label || '' }); },
      removeLabel: function (label) { send('remove-label', { label: label || '' }); },
      setLocale: function (value) {
        window.$chatwoot.locale = value || 'en';
        send('set-locale', { locale: value || 'en' });
      },
      setColorScheme: function (darkMode) {
        send('set-color-scheme', { darkMode: darkMode === 'auto' ? 'auto' : 'light' });
      },
      reset: function () {
        var cw = window.$chatwoot;
        if (cw.isOpen) setOpen(false);
        removeCookie('cw_conversation', cw.baseDomain);
        removeCookie(userCookie, cw.baseDomain);
        delete cw.identifier;
        delete cw.user;
        iframe.src = widgetUrl(false);
        cw.resetTriggered = true;
      },
    };

    var style = document.createElement('style');
    style.textContent = CSS;
    document.head.appendChild(style);
    iframe.id = 'chatwoot_live_chat_widget';
    iframe.title = 'Chat';
    iframe.style.visibility = 'hidden';
    iframe.allow = 'clipboard-write';
    iframe.src = widgetUrl(true);
    holder.className =
      'woot-widget-holder woot--hide woot-elements--' + window.$chatwoot.position +
      (window.$chatwoot.hideMessageBubble ? ' woot-widget--without-bubble' : '') +
      (window.$chatwoot.widgetStyle === 'flat' ? ' woot-widget-holder--flat' : '');
    holder.appendChild(iframe);
    document.body.appendChild(holder);
    window.addEventListener('resize', function () { send('toggle-close-button', { isMobile: isMobile() }); });
    window.addEventListener('popstate', sendLocation);
    window.addEventListener('hashchange', sendLocation);
  }

  window.chatwootSDK = { run: run };
})();
`;
