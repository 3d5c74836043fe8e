/**
 * The fake's answer to the operation a recorded sample shows: the same request (or, for a webhook, the
 * same event set off through the API) on a fake of the sample's version with the default world.
 */
import { widgetAuthToken } from '../../src/domain/widget';
import { ADMIN, BOT, type TestFake } from '../helpers';
import { operationOf, type Sample } from './corpus';

/**
 * Default world: inboxes 1 website (Channel::WebWidget), 2 api (Channel::Api), 3 helpdesk (Channel::Api
 * with the agent bot); contact 1 Marie (website).
 */
const WEBSITE_INBOX = 1;
const API_INBOX = 2;
const BOT_INBOX = 3;
const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
const HOOK_URL = 'http://127.0.0.1:9/corpus-hook'; // port 9: refused at once, the body is still logged
const EVENTS = [
  'conversation_created',
  'conversation_status_changed',
  'conversation_updated',
  'message_created',
  'message_updated',
  'contact_created',
  'contact_updated',
  'webwidget_triggered',
];

function ok<T extends { status: number; body: any }>(res: T, what: string): T {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** The sample's channel, from its file name (`…-whatsapp-…`, `…-widget-…`, `…-api-…`). */
const onWidget = (sample: Sample) => /-widget-/.test(sample.name);

async function newConversation(fake: TestFake, inboxId: number): Promise<number> {
  const contact = ok(
    await fake.send('post', '/contacts', {
      name: 'Corpus Person',
      email: `corpus${Date.now()}@example.test`,
    }),
    'contact',
  ).body.payload.contact;
  const res = ok(
    await fake.send('post', '/conversations', { inbox_id: inboxId, contact_id: contact.id }),
    'conversation',
  );
  return res.body.id as number;
}

/** POST a message; `files` attachments as multipart; `token` the sender (default the administrator). */
async function postMessage(
  fake: TestFake,
  conversation: number,
  body: Record<string, string>,
  files = 0,
  token = ADMIN,
) {
  const path = fake.path(`/conversations/${conversation}/messages`);
  if (!files)
    return ok(await fake.send('post', `/conversations/${conversation}/messages`, body, token), 'message');
  let req = fake.http.post(path).set('api_access_token', token);
  for (const [k, v] of Object.entries(body)) req = req.field(k, v);
  for (let i = 0; i < files; i++) req = req.attach('attachments[]', PNG, `picture-${i}.png`);
  return ok(await req, 'message with attachments');
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** The fake's body for the sample's operation. */
export async function fakeBodyFor(fake: TestFake, sample: Sample): Promise<any> {
  const op = operationOf(sample.meta);
  if ('event' in op) return fakeWebhookBody(fake, sample, op.event);
  const route = `${op.method} ${op.template}`;
  const a = '/api/v1/accounts/{account_id}';
  switch (route) {
    case `GET ${a}/contacts/{id}`:
      return ok(await fake.get('/contacts/1'), route).body;
    case `GET ${a}/contacts/{id}/conversations`: {
      // The recorded conversation's last message is an agent's, with a file.
      const conversation = ok(await fake.get('/contacts/1/conversations'), route).body.payload[0].id;
      await postMessage(fake, conversation, { content: 'Here is the file' }, 1);
      return ok(await fake.get('/contacts/1/conversations'), route).body;
    }
    case `GET ${a}/contacts`:
      // Without `page`: Rails echoes a given page as the string it came as, the default 1 as a number,
      // and the recorded answer has the number.
      return ok(await fake.get('/contacts'), route).body;
    case `GET ${a}/contacts/search`:
      return ok(await fake.get('/contacts/search?q=.test'), route).body; // every contact with an email
    case `POST ${a}/conversations`:
      // A contact with some activity (the recorded one had `last_activity_at`).
      return ok(await fake.send('post', '/conversations', { inbox_id: API_INBOX, contact_id: 1 }), route)
        .body;
    case `POST ${a}/conversations/{conversation_id}/messages`: {
      const files = sample.body.attachments?.length ?? 0;
      return (await postMessage(fake, await newConversation(fake, API_INBOX), { content: 'Hello' }, files))
        .body;
    }
    case `GET ${a}/conversations`: {
      // The recorded list has a conversation whose last message is the agent bot's.
      const id = await newConversation(fake, BOT_INBOX);
      await postMessage(fake, id, { content: 'I am the bot' }, 0, BOT);
      return ok(await fake.get('/conversations?status=all'), route).body;
    }
    case 'GET /api/v1/profile':
      return ok(await fake.http.get('/api/v1/profile').set('api_access_token', ADMIN), route).body;
    case `GET ${a}/agents`:
      return ok(await fake.get('/agents'), route).body;
    case `GET ${a}/inboxes`:
      return ok(await fake.get('/inboxes'), route).body;
    case `POST ${a}/webhooks`:
      return ok(
        await fake.send('post', '/webhooks', {
          url: 'https://example.test/hook',
          subscriptions: ['message_created'],
        }),
        route,
      ).body;
    default:
      return undefined; // not implemented by the fake (dashboard apps)
  }
}

/** The widget token of Marie's contact inbox in the website inbox. */
function marieWidgetToken(fake: TestFake): string {
  const contactInbox = fake.store.tables.contactInboxes
    .where('contact', 1)
    .find((ci) => ci.inbox_id === WEBSITE_INBOX)!;
  return widgetAuthToken(fake.store, contactInbox);
}

/** An incoming message from the web widget's visitor (Marie). */
async function widgetMessage(fake: TestFake) {
  return ok(
    await fake.http
      .post(`/api/v1/widget/messages?website_token=${WEBSITE_TOKEN}`)
      .set('X-Auth-Token', marieWidgetToken(fake))
      .send({ message: { content: 'Hello from the widget' } }),
    'widget message',
  );
}

/**
 * A new conversation whose last message goes the way the sample's does (incoming 0, outgoing 1), from
 * the same kind of sender (an agent bot's in the bot's inbox).
 */
async function conversationLike(fake: TestFake, body: any, widget: boolean): Promise<number> {
  const bot = body.messages?.[0]?.sender?.type === 'agent_bot';
  const id = await newConversation(fake, bot ? BOT_INBOX : widget ? WEBSITE_INBOX : API_INBOX);
  const last = body.messages?.[0]?.message_type;
  if (last === 1) await postMessage(fake, id, { content: 'Hello' }, 0, bot ? BOT : ADMIN);
  if (last === 0) {
    if (widget) throw new Error('an incoming widget message needs the widget API');
    await postMessage(fake, id, { content: 'Hello', message_type: 'incoming' });
  }
  return id;
}

async function fakeWebhookBody(fake: TestFake, sample: Sample, event: string): Promise<any> {
  ok(await fake.send('post', '/webhooks', { url: HOOK_URL, subscriptions: EVENTS }), 'subscribe');
  const widget = onWidget(sample);
  const body = sample.body;
  switch (event) {
    case 'contact_created':
      ok(await fake.send('post', '/contacts', { name: 'New Person', email: 'new@example.test' }), event);
      break;
    case 'contact_updated':
      ok(await fake.send('patch', '/contacts/1', { name: 'Marie S. Curie' }), event);
      break;
    case 'conversation_created':
      await newConversation(fake, widget ? WEBSITE_INBOX : API_INBOX);
      break;
    case 'conversation_updated': {
      const id = await conversationLike(fake, body, widget);
      ok(await fake.send('post', `/conversations/${id}/toggle_priority`, { priority: 'high' }), event);
      break;
    }
    case 'conversation_status_changed': {
      const id = await conversationLike(fake, body, widget);
      ok(await fake.send('post', `/conversations/${id}/toggle_status`, { status: 'resolved' }), event);
      break;
    }
    case 'message_created': {
      if (widget && body.message_type === 'incoming') {
        await widgetMessage(fake);
        break;
      }
      const id = await newConversation(fake, widget ? WEBSITE_INBOX : API_INBOX);
      const incoming = body.message_type === 'incoming';
      await postMessage(
        fake,
        id,
        { content: 'Hello', message_type: incoming ? 'incoming' : 'outgoing' },
        body.attachments?.length ?? 0,
      );
      break;
    }
    case 'message_updated': {
      const id = await newConversation(fake, widget ? WEBSITE_INBOX : API_INBOX);
      const message = await postMessage(fake, id, { content: 'Hello' });
      ok(await fake.send('delete', `/conversations/${id}/messages/${message.body.id}`), event);
      break;
    }
    case 'webwidget_triggered':
      ok(
        await fake.http
          .post(`/api/v1/widget/events?website_token=${WEBSITE_TOKEN}`)
          .set('X-Auth-Token', marieWidgetToken(fake))
          .send({ name: 'webwidget.triggered', event_info: { referer: 'https://www.acme.test/' } }),
        event,
      );
      break;
    default:
      throw new Error(`no trigger for ${event}`);
  }
  // The trigger sets off one such event (the log was emptied by the reset before it).
  return (await fake.webhooks.waitFor({ event, url: HOOK_URL, timeoutMs: 5000 })).payload;
}
