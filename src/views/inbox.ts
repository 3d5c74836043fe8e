import type { Inbox } from '../store';

export interface InboxViewOptions {
  /** Administrators also see the channel's secrets (hmac_token, secret). */
  admin: boolean;
}

function widgetScript(token: string): string {
  return `<script>
  (function(d,t) {
    var BASE_URL="http://127.0.0.1:3000";
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

/** app/views/api/v1/models/_inbox.json.jbuilder, keys in its order. */
export function inboxView(inbox: Inbox, { admin }: InboxViewOptions) {
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
    enable_auto_assignment: inbox.enable_auto_assignment,
    auto_assignment_config: inbox.auto_assignment_config,
    out_of_office_message: inbox.out_of_office_message,
    working_hours: inbox.working_hours,
    timezone: inbox.timezone,
    callback_webhook_url: null,
    allow_messages_after_resolved: inbox.allow_messages_after_resolved,
    lock_to_single_conversation: inbox.lock_to_single_conversation,
    sender_name_type: inbox.sender_name_type,
    business_name: inbox.business_name,
    // Web-widget columns read with `try`: null on other channels (hmac_mandatory exists on API too).
    allowed_domains: widget ? widget.allowed_domains : null,
    widget_color: widget ? widget.widget_color : null,
    website_url: widget ? widget.website_url : null,
    hmac_mandatory: ch.hmac_mandatory,
    welcome_title: widget ? widget.welcome_title : null,
    welcome_tagline: widget ? widget.welcome_tagline : null,
    web_widget_script: widget ? widgetScript(widget.website_token) : null,
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
    // Twilio columns read with `try`: null on web widget and API inboxes.
    messaging_service_sid: null,
    phone_number: null,
    ...(api
      ? {
          ...(admin ? { hmac_token: api.hmac_token, secret: api.secret } : {}),
          webhook_url: api.webhook_url,
          inbox_identifier: api.identifier,
          additional_attributes: api.additional_attributes,
        }
      : {}),
    provider: null,
  };
}
