/**
 * Chatwoot's request specs for the web widget's contact and config controllers, replayed over HTTP.
 * Sources: chatwoot/chatwoot spec/controllers/api/v1/widget/contacts_controller_spec.rb at
 * 046837e8f2b31dfc8f3088cc0e8c1718d49c0b15 and spec/controllers/api/v1/widget/configs_controller_spec.rb
 * at 210837f2d8cb8bf4bf53631f07bcec719493781f. See README.md. Each test names the spec's `it`.
 *
 * The ContactIdentifyAction double is read as its effect (the identifier written). The config spec's
 * newest examples expect a lazily created visitor (no contact until the first conversation) and a 401
 * for a suspended account; the fake makes the visitor at config time, as Chatwoot's ConfigsController
 * long did, so those examples are skipped (SKIPPED.md).
 */
import { createHmac } from 'node:crypto';
import { testFake, type TestFake } from '../helpers';
import { HMAC_TOKEN, visitor, widgetCall } from './widget_support';

const SPEC = 'widget/contacts_controller_spec.rb';
const CONFIG_SPEC = 'widget/configs_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const hash = (identifier: string) => createHmac('sha256', HMAC_TOKEN).update(identifier).digest('hex');

describe('PATCH /api/v1/widget/contact', () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    const res = await widgetCall(fake, 'patch', 'contact', undefined, '').send({});
    expect(res.status).toBe(404);
  });

  it(`${SPEC}: calls contact identify`, async () => {
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'patch', 'contact', token).send({ identifier: 'test' });
    expect(res.status).toBe(200);
    expect((await widgetCall(fake, 'get', 'contact', token)).body.identifier).toBe('test');
  });

  describe('with mandatory hmac', () => {
    beforeEach(async () => {
      await fake.send('patch', '/inboxes/1', { channel: { hmac_mandatory: true } });
    });

    it(`${SPEC}: returns success when correct identifier hash is provided`, async () => {
      const { token } = await visitor(fake);
      const res = await widgetCall(fake, 'patch', 'contact', token).send({
        identifier: 'test',
        identifier_hash: hash('test'),
      });
      expect(res.status).toBe(200);
    });

    it(`${SPEC}: returns error when incorrect identifier hash is provided`, async () => {
      const { token } = await visitor(fake);
      const res = await widgetCall(fake, 'patch', 'contact', token).send({
        identifier: 'test',
        identifier_hash: 'test',
      });
      expect(res.status).toBe(401);
    });

    it(`${SPEC}: returns error when identifier hash is blank`, async () => {
      const { token } = await visitor(fake);
      const res = await widgetCall(fake, 'patch', 'contact', token).send({
        identifier: 'test',
        identifier_hash: '',
      });
      expect(res.status).toBe(401);
    });

    it(`${SPEC}: returns error when identifier hash is not provided`, async () => {
      const { token } = await visitor(fake);
      const res = await widgetCall(fake, 'patch', 'contact', token).send({ identifier: 'test' });
      expect(res.status).toBe(401);
    });
  });
});

describe('POST /api/v1/widget/destroy_custom_attributes', () => {
  // The spec posts to /api/v1/widget/destroy_custom_attributes, a path config/routes.rb does not have
  // (the route is /api/v1/widget/contact/destroy_custom_attributes): Rails' 404 there too.
  it(`${SPEC}: returns unauthorized`, async () => {
    const res = await fake.http.post('/api/v1/widget/destroy_custom_attributes').send({ website_token: '' });
    expect(res.status).toBe(404);
  });

  it(`${SPEC}: calls destroy custom attributes`, async () => {
    const { token, contactId } = await visitor(fake);
    await widgetCall(fake, 'post', 'contact/destroy_custom_attributes', token).send({
      identifier: 'test',
      custom_attributes: ['test'],
    });
    expect((await fake.get(`/contacts/${contactId}`)).body.payload.custom_attributes).toEqual({});
  });
});

describe('POST /api/v1/widget/config', () => {
  const keys = ['website_channel_config', 'contact', 'global_config'];

  it(`${CONFIG_SPEC}: returns not found`, async () => {
    const res = await widgetCall(fake, 'post', 'config', undefined, '').send({});
    expect(res.status).toBe(404);
  });

  // Newest upstream makes no contact until the visitor writes (lazy sessions); the fake makes it at config.
  // Not ported (see SKIPPED.md): “returns widget config with a new session and no contact”.

  it(`${CONFIG_SPEC}: returns widget config along with the same contact`, async () => {
    const { token, contactId } = await visitor(fake);
    const count = (await fake.get('/contacts')).body.meta.count;
    const res = await widgetCall(fake, 'post', 'config', token).send({});
    expect((await fake.get('/contacts')).body.meta.count).toBe(count);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(keys));
    expect(res.body.contact.id).toBe(contactId);
    const ci = fake.store.tables.contactInboxes.where('contact', contactId)[0];
    expect(res.body.contact.pubsub_token).toBe(ci.pubsub_token);
    expect(res.body.website_channel_config.auth_token).toBe(token);
  });

  // The fake has no suspended-account refusal on the widget API (Chatwoot's body is not known here).
  // Not ported (see SKIPPED.md): “returns 401 if account is suspended”.
});
