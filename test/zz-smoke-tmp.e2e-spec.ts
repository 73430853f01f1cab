import { createTestApp, TestApp } from './support/app';
let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });
it('smoke', async () => {
  const d = await t.api().get('/api/v1/departments?include_agents=true');
  console.log(d.status, JSON.stringify(d.body).slice(0, 1500));
  const a = await t.api().get('/api/v1/agents?limit=2');
  console.log(a.status, JSON.stringify(a.body));
  const c = await t.api().post('/api/v1/agents').send({ name: 'X Y', department: 'marketing', role: 'synth' });
  console.log(c.status, JSON.stringify(c.body));
  console.log(await t.dataSource.query('select id, event_type, entity_id, rooms, actor, substr(payload,1,300) p from event_log'));
});
