/**
 * What `chatwoot-fake check` asks, as data: the query strings the read-only walk sends where an
 * operation needs one, and the write scenario's steps (create, read, update and delete records named
 * `cwf-check-<run id>`, with how to delete each one should a later step fail). check.ts runs them.
 */

export type Query = Record<string, string | number | boolean | string[]>;

/** What the scenario has learnt so far (ids of the records it created), by key. */
export type State = Record<string, string>;

/** One step of the write scenario. */
export interface Step {
  operationId: string;
  /** State keys the step needs (skipped when one is missing). */
  needs?: string[];
  params?: (s: State) => Record<string, string>;
  body?: (s: State) => unknown;
  /** Reads what later steps need from a 2xx answer. */
  save?: (s: State, body: unknown) => void;
  /** After a 2xx: how to delete what this step created (runs at the end unless a step released it). */
  cleanup?: { key: string; operationId: string; params: (s: State) => Record<string, string>; what: string };
  /** After a 2xx: the cleanup this step made unnecessary. */
  releases?: string;
}

/** Query strings for operations that answer nothing useful (or fail) without them. */
export function presets(now: number): Record<string, Query> {
  const until = Math.floor(now / 1000);
  const since = until - 7 * 24 * 3600;
  const range = { since, until };
  return {
    listConversations: { status: 'all' },
    searchContacts: { q: 'a' },
    searchConversations: { q: 'a' },
    getReportTimeseries: { metric: 'conversations_count', type: 'account', ...range },
    getReportSummary: { type: 'account', ...range },
    getReportBotSummary: { type: 'account', ...range },
    getConversationMetrics: { type: 'account' },
    getOutgoingMessagesCount: { group_by: 'agent', ...range },
    getFirstResponseTimeDistribution: range,
    getInboxLabelMatrix: range,
    getAgentSummaryReport: range,
    getTeamSummaryReport: range,
    getInboxSummaryReport: range,
    getLabelSummaryReport: range,
    getChannelSummaryReport: range,
  };
}

/** The first `id` in an answer (breadth first): `{id}`, `{payload: {contact: {id}}}`… */
export function firstId(body: unknown): string | undefined {
  const queue: unknown[] = [body];
  for (let i = 0; i < queue.length && i < 200; i++) {
    const value = queue[i];
    if (!value || typeof value !== 'object') continue;
    if (!Array.isArray(value) && ['number', 'string'].includes(typeof (value as any).id)) {
      return String((value as any).id);
    }
    queue.push(...Object.values(value));
  }
  return undefined;
}

/** A record the scenario creates: the steps that create, read, update and delete it. */
interface RecordSteps {
  /** Operation ids `create<model>`, `get<model>`, `update<model>`, `delete<model>`. */
  model: string;
  /** The cleanup key; the record's id is kept in the state as `<key>Id`. */
  key: string;
  /** How a record left behind is named in the report. */
  what: string;
  create: unknown;
  update: unknown;
  /** Whether there is a `get<model>` step (default true). */
  read?: boolean;
  /** The key under the answer's `payload` that holds the record, when the answer wraps it. */
  envelope?: string;
  /** The record this one is nested in (its id's state key and path parameter). */
  parent?: { key: string; param: string };
}

function crud(spec: RecordSteps): { create: Step; get: Step; update: Step; delete: Step; all: Step[] } {
  const idKey = `${spec.key}Id`;
  const parent = spec.parent;
  const parentParams = (s: State): Record<string, string> =>
    parent ? { [parent.param]: s[parent.key] } : {};
  const params = (s: State) => ({ ...parentParams(s), id: s[idKey] });
  const needs = [...(parent ? [parent.key] : []), idKey];
  const create: Step = {
    operationId: `create${spec.model}`,
    ...(parent ? { needs: [parent.key], params: parentParams } : {}),
    body: () => spec.create,
    save: (s, b: any) => {
      const id = (spec.envelope ? b?.payload?.[spec.envelope]?.id : undefined) ?? firstId(b);
      if (id !== undefined) s[idKey] = String(id);
    },
    cleanup: { key: spec.key, operationId: `delete${spec.model}`, params, what: spec.what },
  };
  const get: Step = { operationId: `get${spec.model}`, needs, params };
  const update: Step = { operationId: `update${spec.model}`, needs, params, body: () => spec.update };
  const remove: Step = { operationId: `delete${spec.model}`, needs, params, releases: spec.key };
  const all = spec.read === false ? [create, update, remove] : [create, get, update, remove];
  return { create, get, update, delete: remove, all };
}

/** The write scenario of run `run`: every record it makes is named after the run. */
export function scenario(run: string): Step[] {
  const name = `cwf-check-${run}`;
  const by = 'by chatwoot-fake check';
  const contact = crud({
    model: 'Contact',
    key: 'contact',
    what: 'contact',
    envelope: 'contact',
    create: { name: `Chatwoot Fake Check ${run}`, email: `${name}@example.com` },
    update: { name: `Chatwoot Fake Check ${run} (updated)` },
  });
  const label = crud({
    model: 'Label',
    key: 'label',
    what: 'label',
    create: { title: name, description: `created ${by}`, color: '#1F93FF', show_on_sidebar: false },
    update: { description: `updated ${by}` },
  });
  const ofContact = (s: State) => ({ contact_id: s.contactId });
  return [
    contact.create,
    contact.get,
    contact.update,
    label.create,
    label.get,
    label.update,
    {
      operationId: 'setContactLabels',
      needs: ['contactId', 'labelId'],
      params: ofContact,
      body: () => ({ labels: [name] }),
    },
    { operationId: 'listContactLabels', needs: ['contactId'], params: ofContact },
    ...crud({
      model: 'ContactNote',
      key: 'note',
      what: 'contact note',
      parent: { key: 'contactId', param: 'contact_id' },
      create: { content: `Note ${by} ${run}` },
      update: { content: `Note ${by} ${run} (updated)` },
    }).all,
    ...crud({
      model: 'CannedResponse',
      key: 'canned',
      what: 'canned response',
      read: false,
      create: { short_code: name, content: `Canned response ${by} ${run}` },
      update: { content: `Canned response ${by} ${run} (updated)` },
    }).all,
    ...crud({
      model: 'Webhook',
      key: 'webhook',
      what: 'webhook',
      read: false,
      envelope: 'webhook',
      // A subscription nothing in this scenario triggers, to a host that is never a real endpoint.
      create: {
        url: `https://example.com/chatwoot-fake-check/${run}`,
        subscriptions: ['conversation_status_changed'],
      },
      update: {
        url: `https://example.com/chatwoot-fake-check/${run}/updated`,
        subscriptions: ['conversation_status_changed'],
      },
    }).all,
    ...crud({
      model: 'CustomAttributeDefinition',
      key: 'attribute',
      what: 'custom attribute definition',
      create: {
        attribute_display_name: `Check ${run}`,
        attribute_key: `cwf_check_${run}`,
        attribute_display_type: 'text',
        attribute_model: 'contact_attribute',
        attribute_description: `created ${by}`,
      },
      update: { attribute_description: `updated ${by}` },
    }).all,
    ...crud({
      model: 'CustomFilter',
      key: 'filter',
      what: 'custom filter',
      create: {
        name,
        type: 'conversation',
        query: {
          payload: [
            { attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null },
          ],
        },
      },
      update: { name: `${name}-updated` },
    }).all,
    ...crud({
      model: 'Team',
      key: 'team',
      what: 'team',
      create: { name, description: `created ${by}`, allow_auto_assign: false },
      update: { description: `updated ${by}` },
    }).all,
    label.delete,
    contact.delete,
  ];
}
