/**
 * What the ported public client API specs share. The spec's `api_channel` is the default world's API
 * inbox ("Acme Mobile App", no agent bot); its `contact` and `contact_inbox` are made through the public
 * API (`POST .../contacts`), which makes both, as a client would.
 */
import { ADMIN, type TestFake } from '../helpers';

export const IDENTIFIER = 'acmeApiInbox00000000001';
export const BASE = `/public/api/v1/inboxes/${IDENTIFIER}`;

export const contactPath = (sourceId: string) => `${BASE}/contacts/${encodeURIComponent(sourceId)}`;
export const conversationsPath = (sourceId: string) => `${contactPath(sourceId)}/conversations`;
export const conversationPath = (sourceId: string, displayId: number) =>
  `${conversationsPath(sourceId)}/${displayId}`;
export const messagesPath = (sourceId: string, displayId: number) =>
  `${conversationPath(sourceId, displayId)}/messages`;

export type PublicContact = { source_id: string; pubsub_token: string; id: number; name: string };

/** create(:contact) + create(:contact_inbox) in the API inbox. */
export async function newContact(fake: TestFake, body: object = {}): Promise<PublicContact> {
  const res = await fake.http.post(`${BASE}/contacts`).send(body);
  if (res.status !== 200) throw new Error(`contact: ${res.status} ${res.text}`);
  return res.body;
}

/** create(:conversation, contact_inbox:) */
export async function newConversation(fake: TestFake, sourceId: string, body: object = {}) {
  const res = await fake.http.post(conversationsPath(sourceId)).send(body);
  if (res.status !== 200) throw new Error(`conversation: ${res.status} ${res.text}`);
  return res.body as { id: number; uuid: string; contact_last_seen_at: number } & Record<string, any>;
}

/** A message sent by the contact through the public API. */
export async function contactSays(fake: TestFake, sourceId: string, displayId: number, content: string) {
  const res = await fake.http.post(messagesPath(sourceId, displayId)).send({ content });
  if (res.status !== 200) throw new Error(`message: ${res.status} ${res.text}`);
  return res.body as { id: number };
}

/** A message through the Application API (an agent's reply, a private note, a form). */
export async function agentSays(fake: TestFake, displayId: number, body: object) {
  const res = await fake.send('post', `/conversations/${displayId}/messages`, body, ADMIN);
  if (res.status !== 200) throw new Error(`agent message: ${res.status} ${res.text}`);
  return res.body as { id: number };
}
