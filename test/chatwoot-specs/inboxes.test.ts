/**
 * Chatwoot's request spec for the inboxes controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/inboxes_controller_spec.rb at
 * 03c9b669cd15a5784c6bb163593aea9b06fdb16a (see README.md). Each test names the spec's `it`.
 *
 * Data: the default world plus test/fixtures/channels.yaml (merged), whose seeded Email, WhatsApp,
 * Twilio, SMS, LINE, Telegram and Facebook inboxes stand in for the spec's channel factories (those
 * channels cannot be made through the API without their providers). The spec's fresh `inbox` is a web
 * widget inbox created through the API; its `agent` is Alan (AGENT2, a member of no new inbox) unless a
 * test needs the seeded memberships of Grace (AGENT); its `admin` is Ada (ADMIN). "Another account" is
 * an account added with createAccount. Setup writes (`create(:inbox_member)`, `create(:agent_bot_inbox)`)
 * go through the API as the administrator, and `reload` is a GET of the inbox as the administrator.
 */
import path from 'node:path';
import { ADMIN, AGENT, AGENT2, testFake, type TestFake } from '../helpers';

const SPEC = 'inboxes_controller_spec.rb';

// Inbox ids of the merged world, in its order.
const API_INBOX = 2; // Grace is a member
const EMAIL_INBOX = 4; // Grace is a member; IMAP login test@test.com
const WHATSAPP_INBOX = 6; // Grace is a member; reauthorization required
const WHATSAPP_MANUAL_INBOX = 7; // provider_config.source "manual"; reauthorization required
const TWILIO_INBOX = 11; // Grace is a member; account_sid AC123, auth_token secrettoken
const ALAN = 3;

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({
    fixtures: path.join(__dirname, '..', 'fixtures', 'channels.yaml'),
    mergeFixtures: true,
  });
});
beforeEach(() => fake.reset());

const unauthenticated = (method: 'get' | 'post' | 'patch' | 'delete', p: string) =>
  fake.http[method](fake.path(p));

/** The spec's `let(:inbox) { create(:inbox, account: account) }`: a new web widget inbox. */
const createInbox = async (name = 'Spec Inbox'): Promise<number> => {
  const res = await fake.send(
    'post',
    '/inboxes',
    { name, channel: { type: 'web_widget', website_url: 'https://spec.test' } },
    ADMIN,
  );
  expect(res.status).toBe(200);
  return res.body.id;
};

/** `create(:inbox_member, user:, inbox:)` */
const addMember = async (inboxId: number, userId: number) => {
  const res = await fake.send('post', '/inbox_members', { inbox_id: inboxId, user_ids: [userId] }, ADMIN);
  expect(res.status).toBe(200);
};

/** `inbox.reload`, through the administrator's view. */
const reload = async (inboxId: number) => {
  const res = await fake.get(`/inboxes/${inboxId}`, ADMIN);
  expect(res.status).toBe(200);
  return res.body;
};

describe('GET /inboxes', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await unauthenticated('get', '/inboxes')).status).toBe(401);
  });

  it(`${SPEC}: returns all inboxes of current_account as administrator`, async () => {
    const before = (await fake.get('/inboxes', ADMIN)).body.payload.length;
    await createInbox('First');
    await createInbox('Second');
    const res = await fake.get('/inboxes', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(before + 2);
  });

  it(`${SPEC}: returns only assigned inboxes of current_account as agent`, async () => {
    const before = (await fake.get('/inboxes', AGENT2)).body.payload.map((i: { id: number }) => i.id);
    const assigned = await createInbox('Assigned');
    await createInbox('Not assigned');
    await addMember(assigned, ALAN);
    const res = await fake.get('/inboxes', AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.payload.map((i: { id: number }) => i.id).sort()).toEqual([...before, assigned].sort());
  });

  it(`${SPEC}: when provider_config, returns provider config attributes for admin`, async () => {
    const res = await fake.get('/inboxes', ADMIN);
    expect(res.text).toContain('provider_config');
  });

  it(`${SPEC}: when provider_config, will not return provider config for agent`, async () => {
    const res = await fake.get('/inboxes', AGENT);
    // Grace is a member of the WhatsApp inbox: it is listed, without its provider_config.
    expect(res.body.payload.map((i: { id: number }) => i.id)).toContain(WHATSAPP_INBOX);
    expect(res.text).not.toContain('provider_config');
  });
});

describe('GET /inboxes/:id', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('get', `/inboxes/${inbox}`)).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized for an agent who is not assigned`, async () => {
    const inbox = await createInbox();
    expect((await fake.get(`/inboxes/${inbox}`, AGENT2)).status).toBe(401);
  });

  it(`${SPEC}: returns the inbox if administrator`, async () => {
    const inbox = await createInbox();
    const res = await fake.get(`/inboxes/${inbox}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(inbox);
  });

  it(`${SPEC}: returns reauthorization_required for embedded signup whatsapp channel when reauth required`, async () => {
    const res = await fake.get(`/inboxes/${WHATSAPP_INBOX}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.reauthorization_required).toBe(true);
  });

  it(`${SPEC}: does not flag reauthorization_required for manual whatsapp channel even when reauth required`, async () => {
    const res = await fake.get(`/inboxes/${WHATSAPP_MANUAL_INBOX}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.reauthorization_required).toBe(false);
  });

  it(`${SPEC}: returns the inbox if assigned inbox is assigned as agent`, async () => {
    const inbox = await createInbox();
    await addMember(inbox, ALAN);
    const res = await fake.get(`/inboxes/${inbox}`, AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(inbox);
    expect(res.body.hmac_token).toBeUndefined();
  });

  it(`${SPEC}: returns empty imap details in inbox when agent`, async () => {
    const res = await fake.get(`/inboxes/${EMAIL_INBOX}`, AGENT);
    expect(res.status).toBe(200);
    expect(res.body.imap_enabled).toBeUndefined();
    expect(res.body.imap_login).toBeUndefined();
  });

  it(`${SPEC}: returns imap details in inbox when admin`, async () => {
    const res = await fake.get(`/inboxes/${EMAIL_INBOX}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.imap_enabled).toBe(true);
    expect(res.body.imap_login).toBe('test@test.com');
  });

  it(`${SPEC}: when it is a Twilio inbox, returns auth_token and account_sid for admin`, async () => {
    const res = await fake.get(`/inboxes/${TWILIO_INBOX}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.auth_token).toBe('secrettoken');
    expect(res.body.account_sid).toBe('AC123');
  });

  it(`${SPEC}: when it is a Twilio inbox, doesn't return auth_token and account_sid for agent`, async () => {
    const res = await fake.get(`/inboxes/${TWILIO_INBOX}`, AGENT);
    expect(res.status).toBe(200);
    expect(res.body.auth_token).toBeUndefined();
    expect(res.body.account_sid).toBeUndefined();
  });

  it(`${SPEC}: fetch API inbox without hmac token when agent`, async () => {
    const res = await fake.get(`/inboxes/${API_INBOX}`, AGENT);
    expect(res.status).toBe(200);
    expect(res.body.hmac_token).toBeUndefined();
  });
});

describe('GET /inboxes/:id/assignable_agents', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('get', `/inboxes/${inbox}/assignable_agents`)).status).toBe(401);
  });

  it(`${SPEC}: returns all assignable inbox members along with administrators`, async () => {
    const inbox = await createInbox();
    await addMember(inbox, ALAN);
    const res = await fake.get(`/inboxes/${inbox}/assignable_agents`, ADMIN);
    expect(res.status).toBe(200);
    // Alan (the member) and Ada (the account's only administrator).
    expect(res.body.payload).toHaveLength(2);
    expect(res.body.payload.map((a: { role: string }) => a.role)).toEqual(
      expect.arrayContaining(['agent', 'administrator']),
    );
  });
});

describe('GET /inboxes/:id/campaigns', () => {
  const campaign = (inboxId: number) => ({
    title: 'Spec campaign',
    message: 'Hello from the spec',
    inbox_id: inboxId,
    trigger_rules: { url: 'https://test.com' },
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('get', `/inboxes/${inbox}/campaigns`)).status).toBe(401);
  });

  it(`${SPEC}: returns unauthorized for agents`, async () => {
    const inbox = await createInbox();
    expect((await fake.send('post', '/campaigns', campaign(inbox), ADMIN)).status).toBe(200);
    expect((await fake.get(`/inboxes/${inbox}/campaigns`, AGENT2)).status).toBe(401);
  });

  it(`${SPEC}: returns all campaigns belonging to the inbox to administrators`, async () => {
    const inbox = await createInbox();
    const created = await fake.send('post', '/campaigns', campaign(inbox), ADMIN);
    expect(created.status).toBe(200);
    // "create a random campaign" in another inbox.
    const other = await createInbox('Other');
    expect((await fake.send('post', '/campaigns', campaign(other), ADMIN)).status).toBe(200);
    const res = await fake.get(`/inboxes/${inbox}/campaigns`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body[0].id).toBe(created.body.id);
    expect(res.body).toHaveLength(1);
  });
});

describe('DELETE /inboxes/:id/avatar', () => {
  /** `inbox.avatar.attach(...)`, through a multipart PATCH. */
  const withAvatar = async () => {
    const inbox = await createInbox();
    await addMember(inbox, ALAN);
    const res = await fake.http
      .patch(fake.path(`/inboxes/${inbox}`))
      .set('api_access_token', ADMIN)
      .attach('avatar', Buffer.from('PNG'), 'avatar.png');
    expect(res.body.avatar_url).not.toBe('');
    return inbox;
  };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('delete', `/inboxes/${inbox}/avatar`)).status).toBe(401);
  });

  it(`${SPEC}: delete inbox avatar for administrator user`, async () => {
    const inbox = await withAvatar();
    const res = await fake.send('delete', `/inboxes/${inbox}/avatar`, undefined, ADMIN);
    expect((await reload(inbox)).avatar_url).toBe('');
    expect(res.status).toBe(200);
  });

  it(`${SPEC}: returns unauthorized for agent user`, async () => {
    const inbox = await withAvatar();
    expect((await fake.send('delete', `/inboxes/${inbox}/avatar`, undefined, AGENT2)).status).toBe(401);
  });
});

describe('DELETE /inboxes/:id', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('delete', `/inboxes/${inbox}`)).status).toBe(401);
  });

  it(`${SPEC}: deletes inbox`, async () => {
    const inbox = await createInbox();
    const res = await fake.send('delete', `/inboxes/${inbox}`, undefined, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Your inbox deletion request will be processed in some time.');
  });

  it(`${SPEC}: is unable to delete inbox of another account`, async () => {
    const other = fake.createAccount();
    const otherInbox = fake.db.inboxes.find((i) => i.account_id === other.accountId)!;
    const res = await fake.send('delete', `/inboxes/${otherInbox.id}`, undefined, ADMIN);
    expect(res.status).toBe(404);
  });

  it(`${SPEC}: is unable to delete inbox as agent`, async () => {
    const inbox = await createInbox();
    expect((await fake.send('delete', `/inboxes/${inbox}`, undefined, AGENT2)).status).toBe(401);
  });
});

describe('POST /inboxes', () => {
  const validParams = { name: 'test', channel: { type: 'web_widget', website_url: 'test.com' } };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await unauthenticated('post', '/inboxes')).status).toBe(401);
  });

  it(`${SPEC}: will not create inbox for agent`, async () => {
    expect((await fake.send('post', '/inboxes', validParams, AGENT2)).status).toBe(401);
  });

  it(`${SPEC}: creates a webwidget inbox when administrator`, async () => {
    const res = await fake.send('post', '/inboxes', validParams, ADMIN);
    expect(res.status).toBe(200);
    expect(res.text).toContain('test.com');
  });

  it(`${SPEC}: creates a email inbox when administrator`, async () => {
    const res = await fake.send(
      'post',
      '/inboxes',
      { name: 'test', channel: { type: 'email', email: 'test@test.com' } },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('test@test.com');
  });

  it(`${SPEC}: creates an api inbox when administrator`, async () => {
    const res = await fake.send(
      'post',
      '/inboxes',
      { name: 'API Inbox', channel: { type: 'api', webhook_url: 'http://test.com' } },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('API Inbox');
  });

  it(`${SPEC}: creates a line inbox when administrator`, async () => {
    const res = await fake.send(
      'post',
      '/inboxes',
      {
        name: 'Line Inbox',
        channel: {
          type: 'line',
          line_channel_id: '6f1c8a52-2f43-4b8e-9a61-0d5e7c3b9a10',
          line_channel_secret: '0c7e5d8a-1b2f-4c3d-8e9f-a0b1c2d3e4f5',
          line_channel_token: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        },
      },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('Line Inbox');
    expect(res.text).toContain('callback_webhook_url');
  });

  it(`${SPEC}: creates a sms inbox when administrator`, async () => {
    const res = await fake.send(
      'post',
      '/inboxes',
      {
        name: 'Sms Inbox',
        channel: { type: 'sms', phone_number: '+123456789', provider_config: { test: 'test' } },
      },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('Sms Inbox');
    expect(res.text).toContain('+123456789');
  });

  it(`${SPEC}: creates the webwidget inbox that allow messages after conversation is resolved`, async () => {
    const res = await fake.send('post', '/inboxes', validParams, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.allow_messages_after_resolved).toBe(true);
  });
});

describe('PATCH /inboxes/:id', () => {
  /** `let!(:portal)` and the spec's valid_params naming it. */
  const portalAndParams = async () => {
    const portal = await fake.send('post', '/portals', { name: 'Spec Portal', slug: 'spec-portal' }, ADMIN);
    expect(portal.status).toBe(200);
    return {
      slug: portal.body.slug as string,
      params: { name: 'new test inbox', enable_auto_assignment: false, portal_id: portal.body.id },
    };
  };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('patch', `/inboxes/${inbox}`)).status).toBe(401);
  });

  it(`${SPEC}: will not update inbox for agent`, async () => {
    const inbox = await createInbox();
    const { params } = await portalAndParams();
    expect((await fake.send('patch', `/inboxes/${inbox}`, params, AGENT2)).status).toBe(401);
  });

  it(`${SPEC}: updates inbox when administrator`, async () => {
    const inbox = await createInbox();
    const { params, slug } = await portalAndParams();
    const res = await fake.send('patch', `/inboxes/${inbox}`, params, ADMIN);
    expect(res.status).toBe(200);
    const reloaded = await reload(inbox);
    expect(reloaded.enable_auto_assignment).toBe(false);
    // portal_id is seen through the linked portal's help_center block.
    expect(reloaded.help_center).toEqual({ name: 'Spec Portal', slug });
    expect(res.body.name).toBe('new test inbox');
  });

  it(`${SPEC}: updates api inbox when administrator`, async () => {
    const res = await fake.send(
      'patch',
      `/inboxes/${API_INBOX}`,
      { enable_auto_assignment: false, channel: { webhook_url: 'webhook.test', selected_feature_flags: [] } },
      ADMIN,
    );
    expect(res.status).toBe(200);
    const reloaded = await reload(API_INBOX);
    expect(reloaded.enable_auto_assignment).toBe(false);
    expect(reloaded.webhook_url).toBe('webhook.test');
  });

  // 'updates whatsapp inbox when administrator' needs 360dialog to accept the new api_key (the spec
  // stubs its webhook and templates endpoints); without a provider the fake answers 422 "Provider
  // config Invalid Credentials", as Chatwoot does when the provider refuses. See SKIPPED.md.
  // Not ported (see SKIPPED.md): “updates whatsapp inbox when administrator”.

  // 'updates twitter inbox when administrator': the fake has no Twitter channel. See SKIPPED.md.
  // Not ported (see SKIPPED.md): “updates twitter inbox when administrator”.

  it(`${SPEC}: updates email inbox when administrator`, async () => {
    const res = await fake.send(
      'patch',
      `/inboxes/${EMAIL_INBOX}`,
      { enable_auto_assignment: false, channel: { email: 'emailtest@email.test' } },
      ADMIN,
    );
    expect(res.status).toBe(200);
    const reloaded = await reload(EMAIL_INBOX);
    expect(reloaded.enable_auto_assignment).toBe(false);
    expect(reloaded.email).toBe('emailtest@email.test');
  });

  it(`${SPEC}: updates twilio sms inbox when administrator`, async () => {
    const before = await reload(TWILIO_INBOX);
    expect(before.account_sid).not.toBe('account_sid');
    expect(before.auth_token).not.toBe('new_auth_token');
    const res = await fake.send(
      'patch',
      `/inboxes/${TWILIO_INBOX}`,
      { channel: { account_sid: 'account_sid', auth_token: 'new_auth_token' } },
      ADMIN,
    );
    expect(res.status).toBe(200);
    const reloaded = await reload(TWILIO_INBOX);
    expect(reloaded.account_sid).toBe('account_sid');
    expect(reloaded.auth_token).toBe('new_auth_token');
  });

  it(`${SPEC}: updates email inbox with imap when administrator`, async () => {
    const res = await fake.send(
      'patch',
      `/inboxes/${EMAIL_INBOX}`,
      {
        channel: {
          imap_enabled: true,
          imap_address: 'imap.gmail.com',
          imap_port: 993,
          imap_login: 'imaptest@gmail.com',
          imap_authentication: 'login',
        },
      },
      ADMIN,
    );
    expect(res.status).toBe(200);
    const reloaded = await reload(EMAIL_INBOX);
    expect(reloaded.imap_enabled).toBe(true);
    expect(reloaded.imap_address).toBe('imap.gmail.com');
    expect(reloaded.imap_port).toBe(993);
    expect(reloaded.imap_authentication).toBe('login');
  });

  it(`${SPEC}: updates avatar when administrator`, async () => {
    const inbox = await createInbox();
    expect((await reload(inbox)).avatar_url).toBe('');
    const { params } = await portalAndParams();
    const res = await fake.http
      .patch(fake.path(`/inboxes/${inbox}`))
      .set('api_access_token', ADMIN)
      .field('name', params.name)
      .field('enable_auto_assignment', 'false')
      .field('portal_id', String(params.portal_id))
      .attach('avatar', Buffer.from('PNG'), 'avatar.png');
    expect(res.status).toBe(200);
    expect((await reload(inbox)).avatar_url).toMatch(/avatar\.png$/);
  });

  it(`${SPEC}: updates working hours when administrator`, async () => {
    const inbox = await createInbox();
    const { params } = await portalAndParams();
    const res = await fake.send(
      'patch',
      `/inboxes/${inbox}`,
      {
        ...params,
        working_hours: [{ day_of_week: 0, open_hour: 9, open_minutes: 0, close_hour: 17, close_minutes: 0 }],
        working_hours_enabled: true,
        out_of_office_message: 'hello',
      },
      ADMIN,
    );
    expect(res.status).toBe(200);
    const sunday = (await reload(inbox)).working_hours.find(
      (d: { day_of_week: number }) => d.day_of_week === 0,
    );
    expect(sunday.open_hour).toBe(9);
  });

  it(`${SPEC}: updates the webwidget inbox to disallow the messages after conversation is resolved`, async () => {
    const inbox = await createInbox();
    const { params } = await portalAndParams();
    const res = await fake.send(
      'patch',
      `/inboxes/${inbox}`,
      { ...params, allow_messages_after_resolved: false },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect((await reload(inbox)).allow_messages_after_resolved).toBe(false);
  });
});

describe('PATCH /inboxes/:id, when an authenticated user updates email inbox', () => {
  const smtp = (channel: object) => fake.send('patch', `/inboxes/${EMAIL_INBOX}`, { channel }, ADMIN);

  it(`${SPEC}: updates smtp configuration with starttls encryption`, async () => {
    const res = await smtp({
      smtp_enabled: true,
      smtp_address: 'smtp.gmail.com',
      smtp_port: 587,
      smtp_login: 'smtptest@gmail.com',
      smtp_enable_starttls_auto: true,
      smtp_openssl_verify_mode: 'peer',
    });
    expect(res.status).toBe(200);
    const reloaded = await reload(EMAIL_INBOX);
    expect(reloaded.smtp_enabled).toBe(true);
    expect(reloaded.smtp_address).toBe('smtp.gmail.com');
    expect(reloaded.smtp_port).toBe(587);
    expect(reloaded.smtp_enable_starttls_auto).toBe(true);
    expect(reloaded.smtp_openssl_verify_mode).toBe('peer');
  });

  it(`${SPEC}: updates smtp configuration with ssl/tls encryption`, async () => {
    const res = await smtp({
      smtp_enabled: true,
      smtp_address: 'smtp.gmail.com',
      smtp_login: 'smtptest@gmail.com',
      smtp_port: 587,
      smtp_enable_ssl_tls: true,
      smtp_openssl_verify_mode: 'none',
    });
    expect(res.status).toBe(200);
    const reloaded = await reload(EMAIL_INBOX);
    expect(reloaded.smtp_enabled).toBe(true);
    expect(reloaded.smtp_address).toBe('smtp.gmail.com');
    expect(reloaded.smtp_port).toBe(587);
    expect(reloaded.smtp_enable_ssl_tls).toBe(true);
    expect(reloaded.smtp_openssl_verify_mode).toBe('none');
  });

  it(`${SPEC}: updates smtp configuration with authentication mechanism`, async () => {
    const res = await smtp({
      smtp_enabled: true,
      smtp_address: 'smtp.gmail.com',
      smtp_port: 587,
      smtp_email: 'smtptest@gmail.com',
      smtp_authentication: 'plain',
    });
    expect(res.status).toBe(200);
    const reloaded = await reload(EMAIL_INBOX);
    expect(reloaded.smtp_enabled).toBe(true);
    expect(reloaded.smtp_address).toBe('smtp.gmail.com');
    expect(reloaded.smtp_port).toBe(587);
    expect(reloaded.smtp_authentication).toBe('plain');
  });
});

describe('PATCH /inboxes/:id, when handling CSAT configuration', () => {
  const csatConfig = {
    display_type: 'emoji',
    message: 'How would you rate your experience?',
    survey_rules: { operator: 'contains', values: ['support', 'help'] },
  };
  const template = {
    name: 'custom_survey_template',
    template_id: '123456789',
    language: 'en',
    created_at: '2026-01-05T10:00:00Z',
  };
  const configure = (inbox: number, config: object) =>
    fake.send('patch', `/inboxes/${inbox}`, { csat_survey_enabled: true, csat_config: config }, ADMIN);

  it(`${SPEC}: successfully updates the inbox with CSAT configuration`, async () => {
    const inbox = await createInbox();
    expect((await configure(inbox, csatConfig)).status).toBe(200);
  });

  it(`${SPEC}: when CSAT is configured, returns configured CSAT settings in inbox details`, async () => {
    const inbox = await createInbox();
    await configure(inbox, csatConfig);
    const res = await fake.get(`/inboxes/${inbox}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.csat_survey_enabled).toBe(true);
    expect(Object.keys(res.body.csat_config).length).toBeGreaterThan(0);
    expect(res.body.csat_config.display_type).toBe('emoji');
  });

  it(`${SPEC}: when CSAT is configured, returns configured CSAT message`, async () => {
    const inbox = await createInbox();
    await configure(inbox, csatConfig);
    const res = await fake.get(`/inboxes/${inbox}`, ADMIN);
    expect(res.body.csat_config.message).toBe('How would you rate your experience?');
  });

  it(`${SPEC}: when CSAT is configured, returns configured CSAT survey rules`, async () => {
    const inbox = await createInbox();
    await configure(inbox, csatConfig);
    const res = await fake.get(`/inboxes/${inbox}`, ADMIN);
    expect(res.body.csat_config.survey_rules.operator).toBe('contains');
    expect([...res.body.csat_config.survey_rules.values].sort()).toEqual(['help', 'support']);
  });

  it(`${SPEC}: when CSAT is configured, includes CSAT configuration in inbox list`, async () => {
    const inbox = await createInbox();
    await configure(inbox, csatConfig);
    const res = await fake.get('/inboxes', ADMIN);
    expect(res.status).toBe(200);
    const found = res.body.payload.find((i: { id: number }) => i.id === inbox);
    expect(found.csat_survey_enabled).toBe(true);
    expect(Object.keys(found.csat_config).length).toBeGreaterThan(0);
    expect(found.csat_config.display_type).toBe('emoji');
  });

  it(`${SPEC}: successfully updates inbox with template configuration`, async () => {
    const inbox = await createInbox();
    const res = await configure(inbox, { ...csatConfig, template });
    expect(res.status).toBe(200);
    const saved = (await reload(inbox)).csat_config.template;
    expect(saved).toBeDefined();
    expect(saved.name).toBe('custom_survey_template');
    expect(saved.template_id).toBe('123456789');
    expect(saved.language).toBe('en');
  });

  it(`${SPEC}: returns template configuration in inbox details`, async () => {
    const inbox = await createInbox();
    await configure(inbox, { ...csatConfig, template });
    const res = await fake.get(`/inboxes/${inbox}`, ADMIN);
    expect(res.status).toBe(200);
    const saved = res.body.csat_config.template;
    expect(saved).toBeDefined();
    expect(saved.name).toBe('custom_survey_template');
    expect(saved.template_id).toBe('123456789');
    expect(saved.language).toBe('en');
    expect(saved.created_at).toBeTruthy();
  });

  it(`${SPEC}: removes template configuration when not provided in update`, async () => {
    const inbox = await createInbox();
    await configure(inbox, {
      ...csatConfig,
      template: { name: 'custom_survey_template', template_id: '123456789' },
    });
    const res = await configure(inbox, { ...csatConfig, message: 'Updated message' });
    expect(res.status).toBe(200);
    const config = (await reload(inbox)).csat_config;
    expect(config.message).toBe('Updated message');
    expect(config.template).toBeUndefined();
  });
});

describe('GET /inboxes/:id/agent_bot', () => {
  /** The spec's inbox with its agent as a member. */
  const memberInbox = async () => {
    const inbox = await createInbox();
    await addMember(inbox, ALAN);
    return inbox;
  };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await memberInbox();
    expect((await unauthenticated('get', `/inboxes/${inbox}/agent_bot`)).status).toBe(401);
  });

  it(`${SPEC}: returns empty when no agent bot is present`, async () => {
    const inbox = await memberInbox();
    const res = await fake.get(`/inboxes/${inbox}/agent_bot`, AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.agent_bot ?? null).toBeNull();
  });

  it(`${SPEC}: returns the agent bot attached to the inbox`, async () => {
    const inbox = await memberInbox();
    const bot = fake.db.agentBots.find((b) => b.account_id === fake.accountId)!;
    expect(
      (await fake.send('post', `/inboxes/${inbox}/set_agent_bot`, { agent_bot: bot.id }, ADMIN)).status,
    ).toBe(200);
    const res = await fake.get(`/inboxes/${inbox}/agent_bot`, AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.agent_bot.name).toBe(bot.name);
  });
});

describe('POST /inboxes/:id/set_agent_bot', () => {
  const accountBot = () => fake.db.agentBots.find((b) => b.account_id === fake.accountId)!;
  const botOf = async (inbox: number) =>
    (await fake.get(`/inboxes/${inbox}/agent_bot`, ADMIN)).body.agent_bot;

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const inbox = await createInbox();
    expect((await unauthenticated('post', `/inboxes/${inbox}/set_agent_bot`)).status).toBe(401);
  });

  it(`${SPEC}: sets the agent bot`, async () => {
    const inbox = await createInbox();
    const res = await fake.send(
      'post',
      `/inboxes/${inbox}/set_agent_bot`,
      { agent_bot: accountBot().id },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect((await botOf(inbox)).id).toBe(accountBot().id);
  });

  it(`${SPEC}: throw error when invalid agent bot id`, async () => {
    const inbox = await createInbox();
    expect((await fake.send('post', `/inboxes/${inbox}/set_agent_bot`, { agent_bot: 0 }, ADMIN)).status).toBe(
      404,
    );
  });

  it(`${SPEC}: disconnects the agent bot`, async () => {
    const inbox = await createInbox();
    await fake.send('post', `/inboxes/${inbox}/set_agent_bot`, { agent_bot: accountBot().id }, ADMIN);
    const res = await fake.send('post', `/inboxes/${inbox}/set_agent_bot`, { agent_bot: null }, ADMIN);
    expect(res.status).toBe(200);
    expect(await botOf(inbox)).toBeUndefined();
  });

  it(`${SPEC}: will not update agent bot when its an agent`, async () => {
    const inbox = await createInbox();
    const res = await fake.send(
      'post',
      `/inboxes/${inbox}/set_agent_bot`,
      { agent_bot: accountBot().id },
      AGENT2,
    );
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: does not allow binding an agent bot from another account`, async () => {
    const inbox = await createInbox();
    const other = fake.createAccount();
    const foreign = fake.db.agentBots.find((b) => b.account_id === other.accountId)!;
    const res = await fake.send('post', `/inboxes/${inbox}/set_agent_bot`, { agent_bot: foreign.id }, ADMIN);
    expect(res.status).toBe(404);
    expect(await botOf(inbox)).toBeUndefined();
  });
});
