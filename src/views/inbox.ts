import { MAILER_INBOUND_EMAIL_DOMAIN, callbackWebhookUrl } from '../domain/channels';
import type { Channel, EmailChannel, Inbox, Portal } from '../store';

export interface InboxViewOptions {
  /** Administrators also see the channel's secrets (hmac_token, secret). */
  admin: boolean;
  /** The linked help-center portal, when it exists (`resource.portal.present?`). */
  portal?: Portal;
  /** The fake's URL as the client reached it (Chatwoot's FRONTEND_URL), for `web_widget_script`. */
  baseUrl?: string;
}

/**
 * Channel::WebWidget#web_widget_script: the snippet a website pastes, loading `<base>/packs/js/sdk.js`
 * (web/sdk.ts) from this fake and starting it with the inbox's website_token.
 */
export function widgetScript(token: string, baseUrl = 'http://127.0.0.1:3000'): string {
  return `<script>
  (function(d,t) {
    var BASE_URL=${JSON.stringify(baseUrl).replace(/</g, '\\u003c')};
    var g=d.createElement(t),s=d.getElementsByTagName(t)[0];
    g.src=BASE_URL+"/packs/js/sdk.js";
    g.defer = true;
    g.async = true;
    s.parentNode.insertBefore(g,s);
    g.onload=function(){
      window.chatwootSDK.run({
        websiteToken: '${token}',
        baseUrl: BASE_URL
      })
    }
  })(document,"script");
</script>
`;
}

/** A column read with `try`: the channel's value, or null when its model has no such column. */
function channelTry(ch: Channel, column: string): unknown {
  const value = (ch as unknown as Record<string, unknown>)[column];
  return value === undefined ? null : value;
}

/** The email block: addresses for everyone; IMAP, SMTP and the OAuth reauthorization for administrators. */
function emailKeys(ch: EmailChannel, admin: boolean) {
  // MAILER_INBOUND_EMAIL_DOMAIN is set in the fake's installation: forwarding is on.
  const forwarding = MAILER_INBOUND_EMAIL_DOMAIN.length > 0;
  const oauth =
    ch.provider === 'microsoft' ||
    ch.provider === 'google' ||
    (ch.imap_enabled && ch.imap_address === 'imap.gmail.com');
  return {
    email: ch.email,
    forwarding_enabled: forwarding,
    ...(forwarding ? { forward_to_email: ch.forward_to_email } : {}),
    ...(admin
      ? {
          imap_login: ch.imap_login,
          imap_password: ch.imap_password,
          imap_address: ch.imap_address,
          imap_port: ch.imap_port,
          imap_enabled: ch.imap_enabled,
          imap_enable_ssl: ch.imap_enable_ssl,
          imap_authentication: ch.imap_authentication,
          ...(oauth
            ? {
                reauthorization_required:
                  Object.keys(ch.provider_config).length === 0 || ch.reauthorization_required,
              }
            : {}),
          smtp_login: ch.smtp_login,
          smtp_password: ch.smtp_password,
          smtp_address: ch.smtp_address,
          smtp_port: ch.smtp_port,
          smtp_enabled: ch.smtp_enabled,
          smtp_domain: ch.smtp_domain,
          smtp_enable_ssl_tls: ch.smtp_enable_ssl_tls,
          smtp_enable_starttls_auto: ch.smtp_enable_starttls_auto,
          smtp_openssl_verify_mode: ch.smtp_openssl_verify_mode,
          smtp_authentication: ch.smtp_authentication,
        }
      : {}),
  };
}

/**
 * app/views/api/v1/models/_inbox.json.jbuilder, keys in its order. Columns read with `try` are present
 * (null) on every channel; a channel's own block only on that channel; secrets (hmac_token, secret,
 * Twilio's auth_token and account_sid, IMAP/SMTP settings, WhatsApp's provider_config) for
 * administrators only.
 */
export function inboxView(inbox: Inbox, { admin, portal, baseUrl }: InboxViewOptions) {
  const ch = inbox.channel;
  const widget = ch.type === 'Channel::WebWidget' ? ch : undefined;
  const api = ch.type === 'Channel::Api' ? ch : undefined;
  return {
    id: inbox.id,
    avatar_url: inbox.avatar_url,
    channel_id: inbox.channel_id,
    name: inbox.name,
    channel_type: ch.type,
    greeting_enabled: inbox.greeting_enabled,
    greeting_message: inbox.greeting_message,
    working_hours_enabled: inbox.working_hours_enabled,
    enable_email_collect: inbox.enable_email_collect,
    csat_survey_enabled: inbox.csat_survey_enabled,
    csat_config: inbox.csat_config ?? {},
    enable_auto_assignment: inbox.enable_auto_assignment,
    auto_assignment_config: inbox.auto_assignment_config,
    out_of_office_message: inbox.out_of_office_message,
    working_hours: inbox.working_hours,
    timezone: inbox.timezone,
    callback_webhook_url: callbackWebhookUrl(ch),
    allow_messages_after_resolved: inbox.allow_messages_after_resolved,
    lock_to_single_conversation: inbox.lock_to_single_conversation,
    sender_name_type: inbox.sender_name_type,
    business_name: inbox.business_name,
    ...(portal ? { help_center: { name: portal.name, slug: portal.slug } } : {}),
    // Web-widget columns read with `try`: null on other channels (hmac_mandatory exists on API too).
    allowed_domains: widget ? widget.allowed_domains : null,
    widget_color: widget ? widget.widget_color : null,
    website_url: widget ? widget.website_url : null,
    hmac_mandatory: channelTry(ch, 'hmac_mandatory') as boolean | null,
    welcome_title: widget ? widget.welcome_title : null,
    welcome_tagline: widget ? widget.welcome_tagline : null,
    web_widget_script: widget ? widgetScript(widget.website_token, baseUrl) : null,
    website_token: widget ? widget.website_token : null,
    selected_feature_flags: widget ? widget.feature_flags : null,
    reply_time: widget ? widget.reply_time : null,
    ...(widget && admin ? { hmac_token: widget.hmac_token } : {}),
    ...(widget
      ? {
          pre_chat_form_enabled: widget.pre_chat_form_enabled,
          pre_chat_form_options: widget.pre_chat_form_options,
          continuity_via_email: widget.continuity_via_email,
        }
      : {}),
    ...(ch.type === 'Channel::FacebookPage'
      ? { page_id: ch.page_id, reauthorization_required: ch.reauthorization_required }
      : {}),
    // Twilio columns read with `try` (WhatsApp and SMS channels have a phone_number too).
    messaging_service_sid: channelTry(ch, 'messaging_service_sid') as string | null,
    phone_number: channelTry(ch, 'phone_number') as string | null,
    ...(ch.type === 'Channel::TwilioSms'
      ? {
          medium: ch.medium,
          content_templates: ch.content_templates,
          ...(admin ? { auth_token: ch.auth_token, account_sid: ch.account_sid } : {}),
        }
      : {}),
    ...(ch.type === 'Channel::Email' ? emailKeys(ch, admin) : {}),
    ...(api
      ? {
          ...(admin ? { hmac_token: api.hmac_token, secret: api.secret } : {}),
          webhook_url: api.webhook_url,
          inbox_identifier: api.identifier,
          additional_attributes: api.additional_attributes,
        }
      : {}),
    provider: channelTry(ch, 'provider') as string | null,
    ...(ch.type === 'Channel::Telegram' ? { bot_name: ch.bot_name } : {}),
    ...(ch.type === 'Channel::Whatsapp'
      ? {
          message_templates: ch.message_templates,
          ...(admin ? { provider_config: ch.provider_config } : {}),
          // Only channels connected through embedded signup are flagged (a manual setup uses API keys).
          reauthorization_required: ch.reauthorization_required && ch.provider_config.source !== 'manual',
        }
      : {}),
  };
}
