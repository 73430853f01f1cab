import { AuthService } from '../src/auth/auth.service';
import { createTestApp, TestApp } from './support/app';

/** Failed-auth requests spend their own budget: someone else's garbage never throttles a valid token. */
describe('rate limits: unauthenticated requests are counted apart', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ THROTTLE_LIMIT: '20', THROTTLE_TTL_MS: '60000' });
  });
  afterAll(() => t.close());

  it('a flood without a token (or with a wrong one) from one address leaves the founder and a viewer unthrottled', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await (i % 2 ? t.api(null) : t.api('wrong-token-0123456789abcdef')).get('/api/v1/departments');
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);

    await t.api().get('/api/v1/departments').expect(200);
    const viewer = await t.app.get(AuthService).createToken('viewer', 'throttle');
    await t.api(viewer).get('/api/v1/departments').expect(200);
    // The garbage budget is still spent, and a valid token's own budget is still enforced.
    await t.api(null).get('/api/v1/departments').expect(429);
    for (let i = 0; i < 19; i++) await t.api().get('/api/v1/departments').expect(200);
    await t.api().get('/api/v1/departments').expect(429);
    await t.api(viewer).get('/api/v1/departments').expect(200);
  });
});
