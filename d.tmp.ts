import { startFake } from './src';
(async () => {
  for (const v of ['3.16', '4.0', 'latest']) {
    const fake = await startFake({ chatwootVersion: v });
    const t = fake.tokens.admin;
    const h = { api_access_token: t };
    const c = await (await fetch(`${fake.url}/api/v1/accounts/1/contacts/1`, { headers: h })).json();
    const conv = await (await fetch(`${fake.url}/api/v1/accounts/1/conversations/1`, { headers: h })).json();
    const api = await (await fetch(`${fake.url}/api`)).json();
    const ag = await (await fetch(`${fake.url}/api/v1/accounts/1/agents`, { headers: h })).json();
    console.log(v, api.version, 'blocked' in c.payload, Object.keys(c.payload.contact_inboxes[0].inbox).length, 'updated_at' in conv, conv.updated_at, Object.keys(ag[0]).join(','));
    await fake.close();
  }
})();
