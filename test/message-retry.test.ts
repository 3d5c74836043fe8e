import { ADMIN, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

// Default world: conversation 6 is in the API inbox "Acme Mobile App", of which Alan (AGENT2) is no member.
const base = () => fake.path('/conversations/6/messages');

/** An outgoing message of conversation 6 that failed with `error`, as an integration reports it. */
async function failed(error = 'provider said no') {
  const sent = await fake.http.post(base()).set('api_access_token', ADMIN).send({ content: 'hello' });
  expect(sent.status).toBe(200);
  const res = await fake.http
    .patch(`${base()}/${sent.body.id}`)
    .set('api_access_token', ADMIN)
    .send({ status: 'failed', external_error: error });
  expect(res.body.content_attributes).toEqual({ external_error: error });
  return res.body as { id: number };
}

describe('POST /conversations/{id}/messages/{id}/retry', () => {
  it('sends the message again: status sent, content attributes emptied, one message_updated per save', async () => {
    const message = await failed();
    const before = fake.events.recent.length;
    const res = await fake.http.post(`${base()}/${message.id}/retry`).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: message.id, status: 'sent', content_attributes: {} });
    const events = fake.events.recent.slice(before);
    expect(events.map((e) => e.name)).toEqual(['message_updated', 'message_updated']);
    // The status service's save (status, external_error → nil), then `update!(content_attributes: {})`.
    expect(Object.keys((events[0].data as any).changedAttributes)).toEqual(
      expect.arrayContaining(['status', 'content_attributes']),
    );
    const list = await fake.http.get(base()).set('api_access_token', ADMIN);
    const after = list.body.payload.find((m: { id: number }) => m.id === message.id);
    expect(after).toMatchObject({ status: 'sent', content_attributes: {} });
  });

  it('answers a message of another conversation as the rescued RecordNotFound (422), changing nothing', async () => {
    const message = await failed();
    const res = await fake.http
      .post(fake.path(`/conversations/4/messages/${message.id}/retry`))
      .set('api_access_token', ADMIN);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: `Couldn't find Message with 'id'=${message.id} [WHERE "messages"."conversation_id" = $1]`,
    });
    const list = await fake.http.get(base()).set('api_access_token', ADMIN);
    expect(list.body.payload.find((m: { id: number }) => m.id === message.id).status).toBe('failed');
  });

  it('refuses an unknown conversation (404), an agent outside the inbox (401) and bots (401)', async () => {
    const message = await failed();
    const unknown = await fake.http
      .post(fake.path(`/conversations/999/messages/${message.id}/retry`))
      .set('api_access_token', ADMIN);
    expect(unknown.status).toBe(404);
    const outsider = await fake.http.post(`${base()}/${message.id}/retry`).set('api_access_token', AGENT2);
    expect(outsider.status).toBe(401);
    expect(outsider.body).toEqual({ error: 'You are not authorized to do this action' });
    const bot = await fake.http.post(`${base()}/${message.id}/retry`).set('api_access_token', BOT);
    expect(bot.status).toBe(401);
    const list = await fake.http.get(base()).set('api_access_token', ADMIN);
    expect(list.body.payload.find((m: { id: number }) => m.id === message.id).status).toBe('failed');
  });
});
