/**
 * The rendering part of the `/widget` script (widget-script.ts embeds it inside its function, so it
 * shares that scope: `state`, `$`, `api`, `showError`, `answerCsat`): the header (inbox name, reply
 * time or away message, welcome title and tagline), the composer or the pre-chat form, and the
 * messages with their attachments, CSAT ratings and email prompts. Plain ES5, no template literals.
 */

export const WIDGET_RENDERING = String.raw`  // -- rendering ---------------------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function renderHeader() {
    var config = state.config;
    var online = state.agents.some(function (a) { return a.availability_status === 'online'; });
    $('title').textContent = config.website_name;
    $('avatar').textContent = (config.website_name || '?').charAt(0).toUpperCase();
    $('status').textContent = online
      ? REPLY_TIMES[config.reply_time] || 'Online'
      : config.out_of_office_message || 'We are away at the moment';
    $('status').className = 'status ' + (online ? 'online' : 'away');
    $('welcome-title').textContent = config.welcome_title || '';
    $('welcome-tagline').textContent = config.welcome_tagline || '';
    var canEnd = config.enabled_features.indexOf('end_conversation') >= 0;
    $('end').hidden = !(canEnd && state.conversation && state.conversation.status !== 'resolved');
    $('close').hidden = !(rn || (inIframe && state.isMobile));
  }

  function needsPreChat() {
    return state.config.pre_chat_form_enabled && (!state.conversation || state.startNew);
  }

  function preChatFields() {
    var options = state.config.pre_chat_form_options || {};
    return (options.pre_chat_fields || []).filter(function (f) { return f.enabled; });
  }

  function renderComposer() {
    var resolved = state.conversation && state.conversation.status === 'resolved' && !state.startNew;
    var closed = resolved && !state.config.allow_messages_after_resolved;
    var preChat = needsPreChat();
    $('prechat').hidden = !preChat;
    $('composer').hidden = preChat || closed;
    $('resolved').hidden = !closed;
    $('attach').hidden = state.config.enabled_features.indexOf('attachments') < 0;
    if (preChat) {
      $('prechat-message').textContent = (state.config.pre_chat_form_options || {}).pre_chat_message || '';
      var list = $('prechat-fields');
      if (!list.childNodes.length) {
        preChatFields().forEach(function (field) {
          var label = el('label', null, field.label || field.name);
          var input = el('input');
          input.name = field.name;
          input.type = field.type === 'email' ? 'email' : field.type === 'number' ? 'number' : 'text';
          input.required = !!field.required;
          input.dataset.fieldType = field.field_type || 'standard';
          label.appendChild(input);
          list.appendChild(label);
        });
      }
    }
  }

  function time(unix) {
    return new Date(unix * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function attachmentNode(attachment) {
    if (attachment.file_type === 'image') {
      var img = el('img', 'attachment image');
      img.src = attachment.data_url;
      img.alt = 'Image attachment';
      return img;
    }
    var link = el('a', 'attachment file', decodeURIComponent(String(attachment.data_url).split('/').pop()));
    link.href = attachment.data_url;
    link.target = '_blank';
    link.rel = 'noopener';
    return link;
  }

  function csatNode(message) {
    var box = el('div', 'csat');
    var response = (message.content_attributes.submitted_values || {}).csat_survey_response;
    var buttons = el('div', 'ratings');
    RATINGS.forEach(function (emoji, index) {
      var button = el('button', 'rating', emoji);
      button.type = 'button';
      button.dataset.rating = String(index + 1);
      button.setAttribute('aria-pressed', String(!!response && response.rating === index + 1));
      button.disabled = !!response;
      button.addEventListener('click', function () { answerCsat(message, index + 1, ''); });
      buttons.appendChild(button);
    });
    box.appendChild(buttons);
    if (response) {
      box.appendChild(el('p', 'thanks', 'Thank you for submitting the rating'));
      if (!response.feedback_message) {
        var form = el('form', 'feedback');
        var input = el('input');
        input.placeholder = 'Tell us more…';
        input.name = 'feedback';
        form.appendChild(input);
        form.appendChild(el('button', 'primary', 'Submit'));
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          if (input.value.trim()) answerCsat(message, response.rating, input.value.trim());
        });
        box.appendChild(form);
      }
    }
    return box;
  }

  function emailNode(message) {
    var submitted = message.content_attributes.submitted_email;
    if (submitted) return el('p', 'submitted', submitted);
    var form = el('form', 'email-form');
    var input = el('input');
    input.type = 'email';
    input.required = true;
    input.placeholder = 'Please enter your email';
    form.appendChild(input);
    form.appendChild(el('button', 'primary', 'Submit'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      api('PATCH', 'messages/' + message.id, { contact: { email: input.value } }).then(show, showError);
    });
    return form;
  }

  /** Adds or replaces a message of the current conversation, in id order. */
  function show(message) {
    if (!message || message.id === undefined || message.message_type === 2) return;
    var thread = $('thread');
    var old = state.messages[message.id];
    var mine = message.message_type === 0;
    var node = el('div', 'msg ' + (mine ? 'mine' : 'theirs'));
    node.dataset.id = String(message.id);
    if (!mine && message.sender) node.appendChild(el('small', 'who', message.sender.available_name || message.sender.name));
    if (message.content) node.appendChild(el('div', 'text', message.content));
    (message.attachments || []).forEach(function (a) { node.appendChild(attachmentNode(a)); });
    if (message.content_type === 'input_csat') node.appendChild(csatNode(message));
    if (message.content_type === 'input_email') node.appendChild(emailNode(message));
    node.appendChild(el('time', null, time(message.created_at)));
    state.messages[message.id] = node;
    if (old) thread.replaceChild(node, old);
    else {
      var after = null;
      Object.keys(state.messages).forEach(function (id) {
        if (Number(id) > message.id && (!after || Number(id) < Number(after.dataset.id))) after = state.messages[id];
      });
      thread.insertBefore(node, after);
      thread.scrollTop = thread.scrollHeight;
    }
    $('welcome').hidden = true;
  }

  function clearThread() {
    state.messages = {};
    var thread = $('thread');
    Array.prototype.slice.call(thread.querySelectorAll('.msg')).forEach(function (n) { n.remove(); });
    $('welcome').hidden = false;
  }

  function showTyping(text) {
    $('typing').textContent = text;
    clearTimeout(state.agentTypingTimer);
    if (text) state.agentTypingTimer = setTimeout(function () { $('typing').textContent = ''; }, 30000);
  }
`;
