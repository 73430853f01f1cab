import { API_PREFIX } from '../../src/app.setup';
import { discoverRoutes } from '../support/routes';
import { createTestApp } from '../support/app';
it('routes', async () => {
  const t = await createTestApp();
  const { routes, unmatched } = discoverRoutes(t.app, API_PREFIX);
  console.log(unmatched, routes.filter(r=>/health|compat|founder-panel|brain|recent|logs|chat-history|agents\/department/.test(r.key)).map(r=>r.key).join('\n'));
  for (const p of ['/health', '/api/v1/health', '/api/v1/health/', '/health/ready', '/api/v1/health/ready', '/api/v1/brain/status']) {
    const r = await t.api().get(p); console.log(p, r.status, JSON.stringify(r.body).slice(0, 200));
  }
  await t.close();
});
