/**
 * Campaigns (app/controllers/api/v1/accounts/campaigns_controller.rb, app/models/campaign.rb): messages
 * an inbox shows to website visitors (ongoing) or sends to an audience (one_off, SMS/WhatsApp inboxes,
 * which the fake does not have). Administrators only (CampaignPolicy, InboxPolicy#campaigns?).
 */
import { inboxType as channelInboxType } from '../domain/channels';
import { findInbox } from '../domain/access';
import { changeRecord } from '../domain/changes';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord, notFound } from '../http/errors';
import { requireParams } from '../http/params';
import { blank, castBoolean, castInteger, isHash } from '../rails/casts';
import type { Campaign, Inbox, Json, JsonObject } from '../store';
import { Errors } from '../domain/validations';
import { campaignView } from '../views/campaign';

/** Campaign's columns: what Rails' wrap_parameters lifts from a flat JSON body into `campaign`. */
const ATTRIBUTES = [
  'id',
  'title',
  'description',
  'message',
  'sender_id',
  'enabled',
  'account_id',
  'inbox_id',
  'trigger_rules',
  'created_at',
  'updated_at',
  'display_id',
  'campaign_type',
  'campaign_status',
  'audience',
  'scheduled_at',
  'trigger_only_during_business_hours',
  'template_params',
] as const;

/** Inbox#inbox_type of the fake's channels. */
const inboxType = (inbox: Inbox) => channelInboxType(inbox.channel);
const CAMPAIGN_INBOX_TYPES = ['Website', 'Twilio SMS', 'Sms', 'Whatsapp'];
const ONE_OFF_INBOX_TYPES = ['Twilio SMS', 'Sms', 'Whatsapp'];

const railsString = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** `audience: [:type, :id]`: an array of hashes keeping only scalar `type` and `id`. */
function permittedAudience(value: unknown): Json[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isHash).map((entry) => {
    const kept: JsonObject = {};
    for (const key of ['type', 'id']) {
      const v = entry[key];
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) kept[key] = v;
    }
    return kept;
  });
}

/** campaign_params: the permitted keys that are present, cast as their columns cast them. */
function fields(params: Record<string, any>): Partial<Campaign> {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(params, key);
  const scalar = (key: string) => has(key) && !isHash(params[key]) && !Array.isArray(params[key]);
  const changes: Partial<Campaign> = {};
  if (scalar('title')) changes.title = railsString(params.title);
  if (scalar('description')) changes.description = railsString(params.description);
  if (scalar('message')) changes.message = railsString(params.message);
  if (scalar('inbox_id')) changes.inbox_id = castInteger(params.inbox_id);
  if (scalar('sender_id')) changes.sender_id = castInteger(params.sender_id);
  if (scalar('enabled')) changes.enabled = castBoolean(params.enabled);
  if (scalar('trigger_only_during_business_hours')) {
    changes.trigger_only_during_business_hours = castBoolean(params.trigger_only_during_business_hours);
  }
  if (scalar('scheduled_at')) changes.scheduled_at = scheduledAt(params.scheduled_at);
  if (isHash(params.trigger_rules)) changes.trigger_rules = params.trigger_rules;
  if (isHash(params.template_params)) changes.template_params = params.template_params;
  const audience = permittedAudience(params.audience);
  if (audience) changes.audience = audience;
  return changes;
}

/** A datetime column: ISO strings and unix seconds; anything unparsable is nil. */
function scheduledAt(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value * 1000;
  const ms = Date.parse(String(value));
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The model's before_validation (ensure_correct_campaign_attributes) and validations, in declaration
 * order; throws the 422 with every failure. Returns the record as it will be saved.
 */
function validated<C extends Omit<Campaign, 'id'>>(ctx: RequestContext, record: C): C {
  const { tables } = ctx;
  const inbox = record.inbox_id === null ? undefined : tables.inboxes.get(record.inbox_id);
  let campaign = record;
  if (inbox) {
    campaign = ONE_OFF_INBOX_TYPES.includes(inboxType(inbox))
      ? {
          ...campaign,
          campaign_type: 'one_off',
          scheduled_at: campaign.scheduled_at ?? ctx.store.clock.now(),
        }
      : { ...campaign, campaign_type: 'ongoing', scheduled_at: null };
  }
  const errors = new Errors();
  if (campaign.inbox_id === null) errors.add('inbox_id', "Inbox can't be blank");
  if (blank(campaign.title)) errors.add('title', "Title can't be blank");
  if (blank(campaign.message)) errors.add('message', "Message can't be blank");
  if (inbox && !CAMPAIGN_INBOX_TYPES.includes(inboxType(inbox))) {
    errors.add('inbox', 'Inbox Unsupported Inbox type');
  }
  // validate_url (with no inbox Chatwoot crashes on `inbox.inbox_type`; the blank inbox is reported instead).
  const url = campaign.trigger_rules.url;
  if (inbox && url !== undefined && url !== null && url !== false && inboxType(inbox) === 'Website') {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) errors.add('url', 'Url invalid');
  }
  // sender_must_belong_to_account: an id of no user is no sender (belongs_to optional).
  if (campaign.sender_id !== null && tables.users.get(campaign.sender_id)) {
    if (!tables.accountUsers.findBy('membership', [campaign.account_id, campaign.sender_id])) {
      errors.add('sender_id', 'Sender must belong to the same account as the campaign');
    }
  }
  if (inbox && inbox.account_id !== campaign.account_id) {
    errors.add('inbox_id', 'Inbox must belong to the same account as the campaign');
  }
  if (!inbox) errors.add('inbox', 'Inbox must exist'); // belongs_to :inbox (required)
  if (errors.any) throw invalidRecord(errors.list);
  return campaign;
}

/**
 * The account's campaigns whose inbox still exists: deleting an inbox destroys its campaigns
 * (`has_many :campaigns, dependent: :destroy_async`).
 */
function live(ctx: RequestContext, campaigns: readonly Campaign[]): Campaign[] {
  return campaigns.filter((c) => {
    const inbox = c.inbox_id === null ? undefined : ctx.tables.inboxes.get(c.inbox_id);
    return inbox !== undefined && inbox.account_id === c.account_id;
  });
}

function findCampaign(ctx: RequestContext): Campaign {
  const campaign = ctx.tables.campaigns.findBy('display', [accountOf(ctx).id, Number(ctx.params.id)]);
  if (!campaign || live(ctx, [campaign]).length === 0) throw notFound();
  return campaign;
}

const render = (ctx: RequestContext, campaign: Campaign) => campaignView(ctx.tables, campaign);

function list(ctx: RequestContext) {
  const campaigns = live(ctx, ctx.tables.campaigns.where('account', accountOf(ctx).id));
  return ok(campaigns.map((c) => render(ctx, c)));
}

function create(ctx: RequestContext) {
  const account = accountOf(ctx);
  const params = requireParams(ctx.body ?? {}, 'campaign', ATTRIBUTES);
  const now = ctx.store.clock.now();
  const draft: Omit<Campaign, 'id'> = {
    account_id: account.id,
    display_id: 0,
    title: null,
    description: null,
    message: null,
    inbox_id: null,
    sender_id: null,
    enabled: true,
    trigger_only_during_business_hours: false,
    trigger_rules: {},
    audience: [],
    template_params: {},
    scheduled_at: null,
    campaign_type: 'ongoing',
    campaign_status: 'active',
    created_at: now,
    updated_at: now,
    ...fields(params),
  };
  const record = validated(ctx, draft);
  // The display id comes from the account's sequence (a database trigger on insert).
  const campaign = ctx.tables.campaigns.insert({
    ...record,
    display_id: ctx.store.nextId(`campaign_display_id:${account.id}`),
  });
  return ok(render(ctx, campaign));
}

function update(ctx: RequestContext) {
  const campaign = findCampaign(ctx);
  const params = requireParams(ctx.body ?? {}, 'campaign', ATTRIBUTES);
  const next = validated(ctx, { ...campaign, ...fields(params) });
  return ok(render(ctx, changeRecord(ctx.store, ctx.tables.campaigns, campaign, next).record));
}

function remove(ctx: RequestContext) {
  ctx.tables.campaigns.delete(findCampaign(ctx).id);
  return empty();
}

function listForInbox(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  return ok(live(ctx, ctx.tables.campaigns.where('inbox', inbox.id)).map((c) => render(ctx, c)));
}

export const handlers: HandlerMap = {
  listCampaigns: list,
  createCampaign: create,
  getCampaign: (ctx) => ok(render(ctx, findCampaign(ctx))),
  updateCampaign: update,
  replaceCampaign: update,
  deleteCampaign: remove,
  listInboxCampaigns: listForInbox,
};
