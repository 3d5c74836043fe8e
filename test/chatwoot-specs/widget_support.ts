/**
 * Set-up shared by the ported widget specs: the spec's `web_widget` is the default world's website
 * inbox; its `contact`/`contact_inbox`/`token` are a visitor made by POST /api/v1/widget/config, and
 * its `conversation` the one that visitor's first message starts.
 */
import type { TestFake } from '../helpers';

export const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
export const HMAC_TOKEN = 'acmeWebsiteHmacToken00001';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A widget call with the website token as a param and the visitor's token as X-Auth-Token. */
export function widgetCall(
  fake: TestFake,
  method: Method,
  path: string,
  token?: string,
  websiteToken = WEBSITE_TOKEN,
) {
  const sep = path.includes('?') ? '&' : '?';
  const req = fake.http[method](
    `/api/v1/widget/${path}${sep}website_token=${encodeURIComponent(websiteToken)}`,
  );
  return token === undefined ? req : req.set('X-Auth-Token', token);
}

/** The spec's contact_inbox + token: a new visitor. */
export async function visitor(fake: TestFake) {
  const res = await widgetCall(fake, 'post', 'config').send({});
  if (res.status !== 200) throw new Error(`config answered ${res.status}`);
  return {
    token: res.body.website_channel_config.auth_token as string,
    contactId: res.body.contact.id as number,
  };
}

/** The spec's `conversation`: the visitor's first message starts it (display id answered). */
export async function conversationOf(fake: TestFake, token: string, content = 'first message') {
  const res = await widgetCall(fake, 'post', 'messages', token).send({ message: { content } });
  if (res.status !== 200) throw new Error(`message create answered ${res.status}`);
  return res.body.conversation_id as number;
}
