import * as crypto from 'node:crypto';
import { API_PREFIX } from '../src/app.setup';
import { AuthService, TOKENS_KEY } from '../src/auth/auth.service';
import { CHAT_THROTTLED } from '../src/common/decorators/throttle.decorators';
import { createTestApp, expectErrorBody, FOUNDER_TOKEN, TestApp, useTestApp } from './support/app';
import { rawRequest } from './support/raw-http';
import { discoverRoutes, RouteInfo } from './support/routes';
import { connectSocket, waitFor } from './support/socket';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
/** A path for the route with placeholder ids (the checks here happen before any lookup, or 404). */
const samplePath = (route: RouteInfo) =>
  route.path.replace(/:(\w+)/g, (_m, name: string) => (route.params.find((p) => p.name === name)?.numeric ? '987654321' : 'zz-none'));

describe('rate limits', () => {
  it('limits every client globally (429, Retry-After, one error body), unauthenticated requests included (on their own budget), never /health', async () => {
    const t = await createTestApp({ THROTTLE_LIMIT: '5', THROTTLE_CHAT_LIMIT: '100', THROTTLE_TTL_MS: '60000' });
    try {
      // Requests without a valid token count too (the throttler runs before the auth guard), on the
      // address's unauthenticated budget, apart from valid tokens' (issue 12, item 9).
      for (let i = 0; i < 5; i++) expect((await t.api(null).get('/api/v1/agents')).status).toBe(401);
      const refusedAnonymous = await t.api(null).get('/api/v1/agents');
      expect(refusedAnonymous.status).toBe(429);
      expectErrorBody(refusedAnonymous.body, 429);
      // An unauthenticated flood never reaches a handler (429, not 401).
      expect((await t.api(null).post('/api/v1/agents').send({})).status).toBe(429);
      for (let i = 0; i < 4; i++) expect((await t.api().get('/api/v1/agents?limit=1')).status).toBe(200);
      expect((await t.api().get('/api/v1/departments')).status).toBe(200);
      const refused = await t.api().get('/api/v1/agents?limit=1');
      expect(refused.status).toBe(429);
      expectErrorBody(refused.body, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.body.retry_after).toBe(Number(refused.headers['retry-after']));
      // One budget across routes.
      expect((await t.api().get('/api/v1/departments')).status).toBe(429);
      for (let i = 0; i < 20; i++) await t.api(null).get('/health').expect(200);
      await t.api(null).get('/health/ready').expect(200);
    } finally {
      await t.close();
    }
  });

  it('limits chat/LLM routes more strictly, with one budget shared by all of them', async () => {
    const t = await createTestApp({ THROTTLE_LIMIT: '1000', THROTTLE_CHAT_LIMIT: '2', THROTTLE_TTL_MS: '60000' });
    try {
      await t.api().post('/api/v1/daena/chat').send({ message: 'one' }).expect(200);
      await t.api().post('/api/v1/agents/A11/chat').send({ message: 'two' }).expect(200);
      const [before] = await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages');
      for (const [path, body] of [
        ['/api/v1/daena/chat', { message: 'three' }],
        ['/api/v1/daena/chat/stream', { message: 'three' }],
        ['/api/v1/departments/engineering/chat', { message: 'three' }],
        ['/api/v1/agents/A12/chat', { message: 'three' }],
      ] as const) {
        const res = await t.api().post(path).send(body);
        expect({ path, status: res.status }).toEqual({ path, status: 429 });
        expectErrorBody(res.body, 429);
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      const [after] = await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages');
      expect(after.n).toBe(before.n);
      // Other routes keep their own (global) budget.
      await t.api().get('/api/v1/agents?limit=1').expect(200);
      await t.api().post('/api/v1/chat-history/sessions').send({}).expect(200);
    } finally {
      await t.close();
    }
  });

  it('puts every route that starts an LLM generation under the chat throttler', async () => {
    const t = await createTestApp();
    try {
      const { routes } = discoverRoutes(t.app, API_PREFIX);
      const llmRoutes = routes.filter((r) => r.method === 'POST' && /\/(chat|chat\/stream|regenerate|debates|rounds|synthesize)$/.test(r.path));
      expect(llmRoutes.map((r) => r.key)).toEqual(
        expect.arrayContaining(['POST /api/v1/daena/chat', 'POST /api/v1/daena/chat/stream', 'POST /api/v1/departments/:slug/chat', 'POST /api/v1/agents/:cell_id/chat']),
      );
      const unthrottled = llmRoutes.filter((r) => !(Reflect.getMetadata(CHAT_THROTTLED, r.handler) ?? Reflect.getMetadata(CHAT_THROTTLED, r.controller))).map((r) => r.key);
      expect(unthrottled).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('headers and CORS', () => {
  const t = useTestApp();
  const allowed = useTestApp({ env: { CORS_ORIGINS: 'https://dash.example, https://ops.example' } });

  it('sends Helmet headers on API, health and error responses, and no X-Powered-By', async () => {
    for (const res of [await t.api().get('/api/v1/agents?limit=1'), await t.api(null).get('/health'), await t.api(null).get('/api/v1/agents')]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': expect.stringContaining('max-age='),
        'cross-origin-opener-policy': 'same-origin',
        'x-dns-prefetch-control': 'off',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('allows no foreign origin by default, and exactly the CORS_ORIGINS list when set', async () => {
    const evil = await t.api().get('/api/v1/agents?limit=1').set('Origin', 'https://evil.example');
    expect(evil.status).toBe(200);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.api(null).options('/api/v1/agents').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();

    const ok = await allowed.api().get('/api/v1/agents?limit=1').set('Origin', 'https://ops.example');
    expect(ok.headers['access-control-allow-origin']).toBe('https://ops.example');
    expect(ok.headers['access-control-expose-headers']).toContain('Retry-After');
    const okPreflight = await allowed
      .api(null)
      .options('/api/v1/agents')
      .set('Origin', 'https://dash.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(okPreflight.status).toBe(204);
    expect(okPreflight.headers['access-control-allow-origin']).toBe('https://dash.example');
    const stillEvil = await allowed.api().get('/api/v1/agents?limit=1').set('Origin', 'https://evil.example');
    expect(stillEvil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('applies the same allow-list to the Socket.IO handshake', async () => {
    const handshake = (app: TestApp, origin: string) =>
      rawRequest(app.url, { method: 'GET', path: '/socket.io/?EIO=4&transport=polling', headers: { origin } });
    expect((await handshake(t, 'https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await handshake(allowed, 'https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const ok = await handshake(allowed, 'https://dash.example');
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://dash.example');
  });
});

describe('roles: viewers read, founders write', () => {
  const t = useTestApp();
  let routes: RouteInfo[];
  let viewerToken: string;
  beforeAll(async () => {
    routes = discoverRoutes(t.app, API_PREFIX).routes.filter((r) => !r.isPublic);
    viewerToken = await t.app.get(AuthService).createToken('viewer', 'security');
  });

  // An unknown field makes every DTO refuse the body, so the founder's requests change nothing.
  const call = (route: RouteInfo, token: string | null) => {
    const req = t.api(token)[route.method.toLowerCase() as 'get'](samplePath(route));
    return READS.has(route.method) ? req : req.send({ zz_unknown_field: 1 });
  };

  it('refuses a viewer every write and every founder-only route, and lets the founder through', async () => {
    const writes = routes.filter((r) => !READS.has(r.method));
    const founderOnly = routes.filter((r) => r.founderOnly);
    expect(writes.length).toBeGreaterThan(30);
    expect(founderOnly.map((r) => r.key)).toEqual(expect.arrayContaining(['GET /api/v1/audit/events', 'GET /api/v1/founder/dashboard', 'POST /api/v1/events/prune']));
    const failures: string[] = [];
    for (const route of new Set([...writes, ...founderOnly])) {
      const asViewer = await call(route, viewerToken);
      if (asViewer.status !== 403) failures.push(`${route.key}: viewer got ${asViewer.status}`);
      else expectErrorBody(asViewer.body, 403);
      const asFounder = await call(route, FOUNDER_TOKEN);
      if ([401, 403].includes(asFounder.status) || asFounder.status >= 500) failures.push(`${route.key}: founder got ${asFounder.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets a viewer read every other route, and nobody in without a token', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const anonymous = await call(route, null);
      if (anonymous.status !== 401) failures.push(`${route.key}: no token got ${anonymous.status}`);
      if (READS.has(route.method) && !route.founderOnly) {
        const asViewer = await call(route, viewerToken);
        if ([401, 403].includes(asViewer.status) || asViewer.status >= 500) failures.push(`${route.key}: viewer read got ${asViewer.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps viewers out of the founder room (handshake and subscribe) and its events', async () => {
    const viewer = await connectSocket(t.url, { token: viewerToken, rooms: ['all', 'founder'] });
    expect(viewer.ready).toMatchObject({ rooms: ['all'], denied: ['founder'] });
    expect(await viewer.socket.emitWithAck('subscribe', { rooms: ['founder'] })).toMatchObject({ ok: false, denied: ['founder'], rooms: ['all'] });
    const founder = await connectSocket(t.url);
    await t.api().put('/api/v1/founder/config/consensus_threshold').send({ value: 0.65 }).expect(200);
    const marker = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'after the config change' }).expect(200);
    await waitFor(() => viewer.received.some((e) => e.entity_id === marker.body.session_id), 3000, 'the public event at the viewer');
    await waitFor(() => founder.received.some((e) => e.event_type === 'config.updated'), 3000, 'config.updated at the founder');
    expect(viewer.received.filter((e) => e.event_type === 'config.updated')).toEqual([]);
    const viewerLog = await t.api(viewerToken).get('/api/v1/events?limit=1000').expect(200);
    expect(viewerLog.body.events.filter((e: { event_type: string }) => e.event_type === 'config.updated')).toEqual([]);
    viewer.socket.close();
    founder.socket.close();
  });
});

describe('tokens', () => {
  const t = useTestApp();

  it('stores only hashes: no plaintext token in SystemConfig, its revisions, events or the socket feed', async () => {
    const founder = await connectSocket(t.url);
    const auth = t.app.get(AuthService);
    const viewer = await auth.createToken('viewer', 'hash check');
    const founder2 = await auth.createToken('founder', 'hash check');
    await waitFor(() => founder.received.filter((e) => e.event_type === 'config.updated' && e.entity_id === TOKENS_KEY).length >= 2, 3000, 'config.updated for the tokens');
    const [row] = await t.dataSource.query('SELECT config_value, is_sensitive FROM system_config WHERE config_key = ?', [TOKENS_KEY]);
    expect(row.is_sensitive).toBeTruthy();
    for (const token of [viewer, founder2]) {
      expect(row.config_value).toContain(sha256(token));
      expect(row.config_value).not.toContain(token);
      const revisions = await t.dataSource.query('SELECT COUNT(*) AS n FROM system_config_revisions WHERE config_value LIKE ?', [`%${token}%`]);
      expect(revisions[0].n).toBe(0);
      const events = await t.dataSource.query('SELECT COUNT(*) AS n FROM event_log WHERE payload LIKE ? OR payload LIKE ?', [`%${token}%`, `%${sha256(token)}%`]);
      expect(events[0].n).toBe(0);
      expect(JSON.stringify(founder.received)).not.toContain(token);
      expect(JSON.stringify(founder.received)).not.toContain(sha256(token));
    }
    const tokenEvents = founder.received.filter((e) => e.entity_id === TOKENS_KEY);
    expect(tokenEvents.every((e) => !('value' in e.payload))).toBe(true);
    expect((await t.api(viewer).get('/api/v1/agents?limit=1')).status).toBe(200);
    founder.socket.close();
  });

  it('compares a presented token against every stored hash with timingSafeEqual', async () => {
    const auth = t.app.get(AuthService);
    const stored = (await auth.listTokens()).length;
    expect(stored).toBeGreaterThanOrEqual(2);
    // The module object itself (a namespace import is a copy under swc's interop).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const spy = jest.spyOn(require('node:crypto') as typeof crypto, 'timingSafeEqual');
    try {
      expect(await auth.authenticate('x'.repeat(40))).toBeNull();
      // The env founder token, then each stored one: no early exit that would time which one matched.
      expect(spy).toHaveBeenCalledTimes(stored + 1);
    } finally {
      spy.mockRestore();
    }
  });
});
