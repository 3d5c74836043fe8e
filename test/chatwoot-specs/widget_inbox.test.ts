/**
 * Chatwoot's request specs for the web widget's labels, inbox members and campaigns controllers,
 * replayed over HTTP. Sources (chatwoot/chatwoot): spec/controllers/api/v1/widget/labels_controller_spec.rb
 * at 3646b8b493e8b86a8d21fa14569c3a3e8da54267, inbox_members_controller_spec.rb at
 * 5786d560155ef23796eb8c16f7aebb0b76c6f2bb, campaigns_controller_spec.rb at
 * 79ec4eccb255ec75dc6848c3a8acaf0a8dc073df. See README.md. Each test names the spec's `it`.
 *
 * The spec's two agents of the inbox are the default world's three members; campaigns are made by the
 * administrator through the Application API.
 */
import { testFake, type TestFake } from '../helpers';
import { conversationOf, visitor, widgetCall } from './widget_support';

const LABELS = 'widget/labels_controller_spec.rb';
const MEMBERS = 'widget/inbox_members_controller_spec.rb';
const CAMPAIGNS = 'widget/campaigns_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

async function withConversation() {
  const { token } = await visitor(fake);
  return { token, displayId: await conversationOf(fake, token) };
}
const labelsOf = async (displayId: number) =>
  (await fake.get(`/conversations/${displayId}/labels`)).body.payload;

describe('POST /api/v1/widget/labels', () => {
  it(`${LABELS}: does not add the label`, async () => {
    const { token, displayId } = await withConversation();
    const res = await widgetCall(fake, 'post', 'labels', token).send({ label: 'customer-support' });
    expect(res.status).toBe(204);
    expect(await labelsOf(displayId)).toHaveLength(0);
  });

  it(`${LABELS}: add the label to the conversation`, async () => {
    await fake.send('post', '/labels', { title: 'customer-support' });
    const { token, displayId } = await withConversation();
    const res = await widgetCall(fake, 'post', 'labels', token).send({ label: 'customer-support' });
    expect(res.status).toBe(204);
    expect(await labelsOf(displayId)).toHaveLength(1);
    expect((await labelsOf(displayId))[0]).toBe('customer-support');
  });

  it(`${LABELS}: returns the list of labels (invalid website token, create)`, async () => {
    const res = await widgetCall(fake, 'post', 'labels', undefined, '').send({});
    expect(res.status).toBe(404);
  });
});

describe('DELETE /api/v1/widget/labels', () => {
  it(`${LABELS}: returns the list of labels`, async () => {
    await fake.send('post', '/labels', { title: 'customer-support' });
    const { token, displayId } = await withConversation();
    await fake.send('post', `/conversations/${displayId}/labels`, { labels: ['customer-support'] });
    const res = await widgetCall(fake, 'delete', 'labels/customer-support', token);
    expect(res.status).toBe(204);
    expect(await labelsOf(displayId)).toHaveLength(0);
  });

  it(`${LABELS}: returns the list of labels (invalid website token, destroy)`, async () => {
    const res = await widgetCall(fake, 'delete', 'labels/customer-support', undefined, '');
    expect(res.status).toBe(404);
  });
});

describe('GET /api/v1/widget/inbox_members', () => {
  it(`${MEMBERS}: returns the list of agents`, async () => {
    const res = await widgetCall(fake, 'get', 'inbox_members');
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(3); // the spec's inbox has 2 agents; the default world's has 3
  });

  it(`${MEMBERS}: returns the list of agents (invalid website token)`, async () => {
    const res = await widgetCall(fake, 'get', 'inbox_members', undefined, '');
    expect(res.status).toBe(404);
  });
});

describe('GET /api/v1/widget/campaigns', () => {
  it(`${CAMPAIGNS}: returns the list of enabled campaigns`, async () => {
    const on = await fake.send('post', '/campaigns', {
      title: 'On',
      message: 'hi',
      inbox_id: 1,
      enabled: true,
    });
    const off = await fake.send('post', '/campaigns', {
      title: 'Off',
      message: 'no',
      inbox_id: 1,
      enabled: false,
    });
    const res = await widgetCall(fake, 'get', 'campaigns');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body.map((c: any) => c.id)).toContain(on.body.id);
    expect(res.body.map((c: any) => c.id)).not.toContain(off.body.id);
  });

  it(`${CAMPAIGNS}: returns the list of agents`, async () => {
    const res = await widgetCall(fake, 'get', 'campaigns', undefined, '');
    expect(res.status).toBe(404);
  });
});
