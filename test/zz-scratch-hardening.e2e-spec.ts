import { createTestApp } from './support/app';
it('scratch', async () => {
  const t = await createTestApp();
  const router = (t.app.getHttpAdapter().getInstance() as any).router;
  for (const l of router.stack) console.log(l.name, l.route?.path, l.route && Object.keys(l.route.methods), l.matchers?.length, l.regexp);
  const r1 = await t.api().post('/api/v1/agents').set('Content-Type','application/json').send('{bad');
  console.log(r1.status, r1.body);
  const r2 = await t.api().post('/api/v1/agents').set('Content-Type','application/json').send(JSON.stringify({x:'a'.repeat(2*1024*1024)}));
  console.log(r2.status, r2.body);
  const r3 = await t.api().get('/api/v1/agents/%ED%A0%80');
  console.log(r3.status, r3.body);
  const r4 = await t.api().get('/api/v1/agents/%');
  console.log(r4.status, r4.body);
  const r5 = await t.api().post('/api/v1/agents').set('Content-Type','text/plain').send('hello');
  console.log(r5.status, r5.body);
  await t.close();
});
