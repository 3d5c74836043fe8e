/**
 * Chatwoot's request spec for campaigns, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/campaigns_controller_spec.rb at
 * a3ea9be78901a8f006843dcfe7b6084fa1e07f35 (see README.md): `message`, ongoing and one-off campaigns,
 * DELETE. The older 2efdabc (`content`, no delete) is not ported. A longer stored copy with no repository
 * attached adds `inbox:` to the index's campaign and two WhatsApp media-header template examples
 * (`WhatsappTemplate` records and an uploaded blob): the fake keeps neither, so those are not ported
 * (SKIPPED.md).
 *
 * Data: the default world plus test/fixtures/channels.yaml (merged) for the Twilio SMS inbox of the
 * one-off example. The spec's `create(:inbox)` is the default world's web widget inbox; its
 * `create(:campaign, trigger_rules: { url })` an ongoing campaign created through the API; its labels are
 * created through the API. The spec's unauthenticated GET of "returns unauthorized for agents" (the
 * first describe) sends no token, replayed as written, plus the agent's own GET.
 */
import path from 'node:path';
import { AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'campaigns_controller_spec.rb';
const TWILIO_INBOX = 11; // test/fixtures/channels.yaml: "Acme Twilio"

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({
    fixtures: path.join(__dirname, '..', 'fixtures', 'channels.yaml'),
    mergeFixtures: true,
  });
});
beforeEach(() => fake.reset());

let inbox: number;
let campaign: { id: number };

beforeEach(async () => {
  inbox = fake.store.tables.inboxes
    .where('account', fake.accountId)
    .find((i) => i.channel.type === 'Channel::WebWidget')!.id;
  const res = await fake.send('post', '/campaigns', {
    inbox_id: inbox,
    title: 'Campaign',
    message: 'Hello',
    trigger_rules: { url: 'https://test.com' },
  });
  expect(res.status).toBe(200);
  campaign = res.body;
});

const anonymous = (method: 'get' | 'post' | 'patch' | 'delete', p: string) => fake.http[method](fake.path(p));
const PARAMS = () => ({ inbox_id: inbox, title: 'test', message: 'test message' });

describe(`${SPEC} GET /api/v1/accounts/{account.id}/campaigns`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    expect((await anonymous('get', '/campaigns')).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized for agents`, async () => {
    expect((await fake.get('/campaigns', AGENT)).status).toBe(401);
  });

  it(`${SPEC}: returns all campaigns to administrators`, async () => {
    const res = await fake.get('/campaigns');
    expect(res.status).toBe(200);
    expect(res.body[0].id).toBe(campaign.id);
  });
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/campaigns/:id`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    expect((await anonymous('get', `/campaigns/${campaign.id}`)).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized for agents`, async () => {
    expect((await fake.get(`/campaigns/${campaign.id}`, AGENT)).status).toBe(401);
  });

  it(`${SPEC}: shows the campaign for administrators`, async () => {
    const res = await fake.get(`/campaigns/${campaign.id}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(campaign.id);
  });
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/campaigns`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    expect((await anonymous('post', '/campaigns').send(PARAMS())).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized for agents`, async () => {
    expect((await fake.send('post', '/campaigns', PARAMS(), AGENT)).status).toBe(401);
  });

  it(`${SPEC}: creates a new campaign`, async () => {
    const res = await fake.send('post', '/campaigns', PARAMS());
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('test');
  });

  it(`${SPEC}: creates a new ongoing campaign`, async () => {
    const res = await fake.send('post', '/campaigns', {
      ...PARAMS(),
      trigger_rules: { url: 'https://test.com' },
    });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('test');
  });

  it(`${SPEC}: throws error when invalid url provided for ongoing campaign`, async () => {
    const res = await fake.send('post', '/campaigns', { ...PARAMS(), trigger_rules: { url: 'javascript' } });
    expect(res.status).toBe(422);
  });

  it(`${SPEC}: creates a new oneoff campaign`, async () => {
    const label = async (title: string) => (await fake.send('post', '/labels', { title })).body.id as number;
    const label1 = await label('spec-label-1');
    const label2 = await label('spec-label-2');
    const scheduledAt = Math.floor(fake.store.clock.peek() / 1000) + 2 * 24 * 3600;
    const res = await fake.send('post', '/campaigns', {
      inbox_id: TWILIO_INBOX,
      title: 'test',
      message: 'test message',
      scheduled_at: new Date(scheduledAt * 1000).toISOString(),
      audience: [
        { type: 'Label', id: label1 },
        { type: 'Label', id: label2 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.campaign_type).toBe('one_off');
    expect(res.body.scheduled_at).toBeTruthy();
    expect(res.body.scheduled_at).toBe(scheduledAt);
    expect(res.body.audience.map((a: any) => a.id)).toEqual(expect.arrayContaining([label1, label2]));
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/{account.id}/campaigns/:id`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    expect((await anonymous('patch', `/campaigns/${campaign.id}`).send(PARAMS())).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized for agents`, async () => {
    expect((await fake.send('patch', `/campaigns/${campaign.id}`, PARAMS(), AGENT)).status).toBe(401);
  });

  it(`${SPEC}: updates the campaign`, async () => {
    const res = await fake.send('patch', `/campaigns/${campaign.id}`, PARAMS());
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('test');
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/{account.id}/campaigns/:id`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    expect((await anonymous('delete', `/campaigns/${campaign.id}`)).status).toBe(401);
  });

  it(`${SPEC}: return unauthorized if agent`, async () => {
    expect((await fake.send('delete', `/campaigns/${campaign.id}`, undefined, AGENT)).status).toBe(401);
    expect((await fake.get(`/campaigns/${campaign.id}`)).status).toBe(200);
  });

  it(`${SPEC}: delete campaign if admin`, async () => {
    const res = await fake.send('delete', `/campaigns/${campaign.id}`);
    expect(res.status).toBe(200);
    expect((await fake.get(`/campaigns/${campaign.id}`)).status).toBe(404);
  });
});
