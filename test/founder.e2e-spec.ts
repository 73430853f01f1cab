import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthService } from '../src/auth/auth.service';
import { KNOWN_CONFIG_KEYS } from '../src/founder/founder-config.registry';
import { LlmService } from '../src/llm/llm.service';
import { LlmUnavailableError } from '../src/llm/llm.types';
import systemConfigSeed from '../seeds/system-config.json';
import { createTestApp, expectErrorBody, TestApp, useTestApp } from './support/app';
import { waitFor } from './support/socket';

const CONFIG = '/api/v1/founder/config';

async function configRow(t: TestApp, key: string): Promise<{ config_value: string; version: number } | undefined> {
  const rows = await t.dataSource.query('SELECT config_value, version FROM system_config WHERE config_key = ?', [key]);
  return rows[0];
}

async function revisions(t: TestApp, key: string): Promise<number> {
  const [row] = await t.dataSource.query('SELECT COUNT(*) AS n FROM system_config_revisions WHERE config_key = ?', [key]);
  return row.n;
}

async function lastEvent(t: TestApp, type: string) {
  const [row] = await t.dataSource.query('SELECT * FROM event_log WHERE event_type = ? ORDER BY id DESC LIMIT 1', [type]);
  return row ? { ...row, payload: JSON.parse(row.payload), rooms: JSON.parse(row.rooms) } : undefined;
}

async function eventCount(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query('SELECT COUNT(*) AS n FROM event_log');
  return row.n;
}

describe('founder panel', () => {
  const t = useTestApp();

  describe('typed config overrides', () => {
    it('lists every known key with value, type, default, version and updated_at', async () => {
      const res = await t.api().get(CONFIG).expect(200);
      expect(res.body.total).toBe(KNOWN_CONFIG_KEYS.length);
      const byKey = Object.fromEntries(res.body.config.map((c: { key: string }) => [c.key, c]));
      expect(Object.keys(byKey).sort()).toEqual(
        ['consensus_threshold', 'council.max_rounds', 'emergency_stop', 'enable_voice', 'llm.active_model', 'maintenance_mode', 'maintenance_retry_after_s'].sort(),
      );
      // Seeded key: stored version 1; unseeded key: the default, version 0.
      expect(byKey['consensus_threshold']).toMatchObject({ type: 'float', value: 0.7, default: 0.7, is_default: true, version: 1, constraints: { min: 0, max: 1 } });
      expect(byKey['consensus_threshold'].updated_at).toEqual(expect.any(String));
      expect(byKey['maintenance_retry_after_s']).toMatchObject({ type: 'int', value: 120, default: 120, version: 0, updated_at: null });
      expect(byKey['llm.active_model']).toMatchObject({ type: 'string', value: null, default: null, constraints: { nullable: true } });
    });

    it('keeps the registry defaults in line with the seed file', () => {
      for (const seed of systemConfigSeed) {
        const known = KNOWN_CONFIG_KEYS.find((k) => k.key === seed.key);
        expect({ key: seed.key, value: known?.default, type: known?.type }).toEqual({ key: seed.key, value: seed.value, type: seed.type });
      }
    });

    it('answers 404 for an unknown key on every route', async () => {
      await t.api().get(`${CONFIG}/not.a.key`).expect(404);
      expectErrorBody((await t.api().put(`${CONFIG}/not.a.key`).send({ value: 1 }).expect(404)).body, 404);
      await t.api().get(`${CONFIG}/not.a.key/history`).expect(404);
      await t.api().post(`${CONFIG}/not.a.key/rollback`).send({ version: 1 }).expect(404);
      await t.api().delete(`${CONFIG}/not.a.key`).expect(404);
      expect(await configRow(t, 'not.a.key')).toBeUndefined();
    });

    it('refuses values of the wrong type or out of range with 400 and changes nothing', async () => {
      const cases: Array<[string, unknown]> = [
        ['maintenance_mode', 'yes'],
        ['maintenance_mode', 1],
        ['maintenance_mode', null],
        ['council.max_rounds', 11],
        ['council.max_rounds', 0],
        ['council.max_rounds', 2.5],
        ['council.max_rounds', '3'],
        ['consensus_threshold', 1.5],
        ['consensus_threshold', -0.1],
        ['consensus_threshold', '0.5'],
        ['maintenance_retry_after_s', 0],
        ['llm.active_model', 'bad model name!'],
        ['llm.active_model', 42],
        ['enable_voice', { on: true }],
      ];
      const events = await eventCount(t);
      for (const [key, value] of cases) {
        const before = await configRow(t, key);
        const revs = await revisions(t, key);
        const res = await t.api().put(`${CONFIG}/${key}`).send({ value });
        expect({ key, value, status: res.status }).toEqual({ key, value, status: 400 });
        expectErrorBody(res.body, 400);
        expect(await configRow(t, key)).toEqual(before);
        expect(await revisions(t, key)).toBe(revs);
      }
      await t.api().put(`${CONFIG}/enable_voice`).send({}).expect(400);
      await t.api().put(`${CONFIG}/enable_voice`).send({ value: true, extra: 1 }).expect(400);
      expect(await eventCount(t)).toBe(events);
    });

    it('stores a valid value as a new version with a config.updated event', async () => {
      const res = await t.api().put(`${CONFIG}/llm.active_model`).send({ value: 'llama3.1:8b-instruct-q4_K_M' }).expect(200);
      expect(res.body).toMatchObject({ key: 'llm.active_model', value: 'llama3.1:8b-instruct-q4_K_M', version: 1, is_default: false });
      expect(await configRow(t, 'llm.active_model')).toEqual({ config_value: '"llama3.1:8b-instruct-q4_K_M"', version: 1 });
      const event = await lastEvent(t, 'config.updated');
      expect(event).toMatchObject({ entity_id: 'llm.active_model', actor: 'founder:env', rooms: ['founder'] });
      expect(event.payload).toMatchObject({ key: 'llm.active_model', value: 'llama3.1:8b-instruct-q4_K_M', version: 1, reason: 'set' });
      // null clears the override (nullable key).
      await t.api().put(`${CONFIG}/llm.active_model`).send({ value: null }).expect(200);
      expect((await t.api().get(`${CONFIG}/llm.active_model`).expect(200)).body).toMatchObject({ value: null, version: 2, is_default: true });
    });

    it('keeps a version history and rolls back to an older value as a new version', async () => {
      const key = 'council.max_rounds';
      await t.api().put(`${CONFIG}/${key}`).send({ value: 5 }).expect(200);
      await t.api().put(`${CONFIG}/${key}`).send({ value: 7 }).expect(200);
      const history = await t.api().get(`${CONFIG}/${key}/history`).expect(200);
      expect(history.body.versions.map((v: { version: number; value: unknown }) => [v.version, v.value])).toEqual([
        [3, 7],
        [2, 5],
        [1, 3],
      ]);
      expect(history.body.versions[0]).toMatchObject({ type: 'int', actor: 'founder:env', created_at: expect.any(String) });

      const rolled = await t.api().post(`${CONFIG}/${key}/rollback`).send({ version: 2 }).expect(200);
      expect(rolled.body).toMatchObject({ key, value: 5, version: 4 });
      expect(await configRow(t, key)).toEqual({ config_value: '5', version: 4 });
      const event = await lastEvent(t, 'config.updated');
      expect(event.payload).toEqual({ key, value: 5, version: 4, type: 'int', reason: 'rollback', restored_version: 2 });
      const after = await t.api().get(`${CONFIG}/${key}/history`).expect(200);
      expect(after.body.versions.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);

      await t.api().post(`${CONFIG}/${key}/rollback`).send({ version: 99 }).expect(404);
      await t.api().post(`${CONFIG}/${key}/rollback`).send({ version: 'two' }).expect(400);
      await t.api().post(`${CONFIG}/${key}/rollback`).send({}).expect(400);
      expect(await configRow(t, key)).toEqual({ config_value: '5', version: 4 });
    });

    it('DELETE puts the default back as a new revision', async () => {
      const key = 'consensus_threshold';
      await t.api().put(`${CONFIG}/${key}`).send({ value: 0.9 }).expect(200);
      const res = await t.api().delete(`${CONFIG}/${key}`).expect(200);
      expect(res.body).toMatchObject({ value: 0.7, is_default: true, version: 3 });
      expect(await revisions(t, key)).toBe(3);
      expect((await lastEvent(t, 'config.updated')).payload).toMatchObject({ key, value: 0.7, reason: 'default' });
    });
  });

  describe('maintenance mode', () => {
    afterEach(async () => {
      await t.api().put(`${CONFIG}/maintenance_mode`).send({ value: false });
    });

    it('answers writes outside the founder panel with 503 + retry_after and changes nothing; reads still work', async () => {
      await t.api().put(`${CONFIG}/maintenance_retry_after_s`).send({ value: 45 }).expect(200);
      await t.api().put(`${CONFIG}/maintenance_mode`).send({ value: true }).expect(200);
      const tables = ['chat_sessions', 'chat_messages', 'agents', 'event_log', 'system_config_revisions'];
      const [agentBefore] = await t.dataSource.query("SELECT * FROM agents WHERE cell_id = 'A11'");
      const counts = await Promise.all(tables.map(async (table) => (await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n));

      const chat = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'during maintenance' }).expect(503);
      expectErrorBody(chat.body, 503);
      expect(chat.body.retry_after).toBe(45);
      expect(chat.headers['retry-after']).toBe('45');
      const agent = await t.api().patch('/api/v1/agents/A11').send({ name: 'Renamed in maintenance' }).expect(503);
      expect(agent.body).toMatchObject({ status_code: 503, retry_after: 45 });
      // Runs before validation: even an invalid body gets the 503, not a 400.
      await t.api().patch('/api/v1/agents/A11').send({ nonsense: true }).expect(503);

      const countsAfter = await Promise.all(tables.map(async (table) => (await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n));
      expect(countsAfter).toEqual(counts);
      expect((await t.dataSource.query("SELECT * FROM agents WHERE cell_id = 'A11'"))[0]).toEqual(agentBefore);

      expect((await t.api().get('/api/v1/agents/A11').expect(200)).body.name).toBe(agentBefore.name);
      await t.api().get('/api/v1/chat-history/sessions').expect(200);
      await t.api(null).get('/health').expect(200);
      await t.api().get('/api/v1/founder/dashboard').expect(200);
    });

    it('runs after authentication: 401 without a token, 403 for a viewer write', async () => {
      const viewer = await t.app.get(AuthService).createToken('viewer', null);
      await t.api().put(`${CONFIG}/maintenance_mode`).send({ value: true }).expect(200);
      expectErrorBody((await t.api(null).post('/api/v1/chat-history/sessions').send({}).expect(401)).body, 401);
      await t.api('not-a-valid-token-at-all').patch('/api/v1/agents/A11').send({ name: 'x' }).expect(401);
      await t.api(viewer).post('/api/v1/chat-history/sessions').send({}).expect(403);
      await t.api(viewer).get('/api/v1/agents/A11').expect(200);
    });

    it('leaves the founder panel writable, which can switch it off', async () => {
      await t.api().put(`${CONFIG}/maintenance_mode`).send({ value: true }).expect(200);
      await t.api().put(`${CONFIG}/enable_voice`).send({ value: false }).expect(200);
      await t.api().delete(`${CONFIG}/enable_voice`).expect(200);
      await t.api().post('/api/v1/chat-history/sessions').send({}).expect(503);
      const off = await t.api().put(`${CONFIG}/maintenance_mode`).send({ value: false }).expect(200);
      expect(off.body).toMatchObject({ value: false });
      const created = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'after maintenance' }).expect(200);
      const [row] = await t.dataSource.query('SELECT title FROM chat_sessions WHERE session_id = ?', [created.body.session_id]);
      expect(row.title).toBe('after maintenance');
    });
  });

  describe('hidden departments', () => {
    const visibleSlugs = async () => ((await t.api().get('/api/v1/departments').expect(200)).body.departments as Array<{ slug: string }>).map((d) => d.slug);

    it('lists the hidden departments and reveal / hide change GET /departments', async () => {
      const hidden = await t.api().get('/api/v1/founder/hidden-departments').expect(200);
      expect(hidden.body.total).toBe(4);
      expect(hidden.body.hidden_departments.map((d: { slug: string }) => d.slug).sort()).toEqual(['blackops', 'chakra', 'rdlab', 'security']);
      expect(hidden.body.hidden_departments[0]).toMatchObject({ hidden: true, agents_count: 6 });
      expect(await visibleSlugs()).not.toContain('security');

      const revealed = await t.api().post('/api/v1/founder/departments/security/reveal').expect(200);
      expect(revealed.body).toMatchObject({ slug: 'security', hidden: false });
      expect(await visibleSlugs()).toContain('security');
      await t.api().get('/api/v1/departments/security').expect(200);
      const [row] = await t.dataSource.query("SELECT hidden FROM departments WHERE slug = 'security'");
      expect(row.hidden).toBe(0);
      expect(await lastEvent(t, 'department.updated')).toMatchObject({ entity_id: 'security', actor: 'founder:env', payload: { changes: { hidden: false } } });
      expect((await t.api().get('/api/v1/founder/hidden-departments').expect(200)).body.total).toBe(3);

      await t.api().post('/api/v1/founder/departments/security/hide').expect(200);
      expect(await visibleSlugs()).not.toContain('security');
      await t.api().get('/api/v1/departments/security').expect(404);
      expect((await t.api().get('/api/v1/founder/hidden-departments').expect(200)).body.total).toBe(4);

      await t.api().post('/api/v1/founder/departments/nowhere/reveal').expect(404);
    });
  });

  describe('emergency stop', () => {
    it('pauses the LLM and records it; release resumes', async () => {
      const llm = t.app.get(LlmService);
      expect(llm.isPaused()).toBe(false);
      const stop = await t.api().post('/api/v1/founder/emergency-stop').send({ reason: 'drill' }).expect(200);
      expect(stop.body).toMatchObject({ emergency_stop: true, llm_paused: true, aborted: 0 });
      expect(llm.isPaused()).toBe(true);
      expect(await configRow(t, 'emergency_stop')).toMatchObject({ config_value: 'true' });
      expect(await lastEvent(t, 'founder.emergency_stop.engaged')).toMatchObject({ id: stop.body.event_id, payload: { reason: 'drill' } });
      await expect(llm.generate({ messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ kind: 'paused' });

      const release = await t.api().post('/api/v1/founder/emergency-stop/release').expect(200);
      expect(release.body).toMatchObject({ emergency_stop: false, llm_paused: false });
      expect(llm.isPaused()).toBe(false);
      expect(await configRow(t, 'emergency_stop')).toMatchObject({ config_value: 'false' });
      expect(await lastEvent(t, 'founder.emergency_stop.released')).toBeDefined();
    });

    it('follows the emergency_stop setting too', async () => {
      const llm = t.app.get(LlmService);
      await t.api().put(`${CONFIG}/emergency_stop`).send({ value: true }).expect(200);
      expect(llm.isPaused()).toBe(true);
      await t.api().put(`${CONFIG}/emergency_stop`).send({ value: false }).expect(200);
      expect(llm.isPaused()).toBe(false);
    });
  });

  describe('reset', () => {
    it('needs confirm: true', async () => {
      const events = await eventCount(t);
      await t.api().post('/api/v1/founder/reset').send({}).expect(400);
      await t.api().post('/api/v1/founder/reset').send({ confirm: false }).expect(400);
      await t.api().post('/api/v1/founder/reset').send({ confirm: 'true' }).expect(400);
      expect(await eventCount(t)).toBe(events);
    });

    it('puts every override back to its default, releases maintenance and emergency, keeps history', async () => {
      const session = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'kept through reset' }).expect(200);
      await t.api().put(`${CONFIG}/council.max_rounds`).send({ value: 9 }).expect(200);
      await t.api().put(`${CONFIG}/llm.active_model`).send({ value: 'mistral:7b' }).expect(200);
      await t.api().put(`${CONFIG}/maintenance_mode`).send({ value: true }).expect(200);
      await t.api().put(`${CONFIG}/maintenance_retry_after_s`).send({ value: 60 }).expect(200);
      await t.api().put(`${CONFIG}/enable_voice`).send({ value: true }).expect(200);
      await t.api().post('/api/v1/founder/emergency-stop').send({}).expect(200);
      const revsBefore = (await t.dataSource.query('SELECT COUNT(*) AS n FROM system_config_revisions'))[0].n;
      const eventsBefore = await eventCount(t);

      const res = await t.api().post('/api/v1/founder/reset').send({ confirm: true }).expect(200);
      expect(res.body.keys_reset.sort()).toEqual(['council.max_rounds', 'emergency_stop', 'llm.active_model', 'maintenance_mode', 'maintenance_retry_after_s']);
      expect(res.body.config.every((c: { is_default: boolean }) => c.is_default)).toBe(true);

      for (const def of KNOWN_CONFIG_KEYS) {
        const row = await configRow(t, def.key);
        if (row) expect({ key: def.key, value: JSON.parse(row.config_value) }).toEqual({ key: def.key, value: def.default });
      }
      expect((await t.dataSource.query('SELECT COUNT(*) AS n FROM system_config_revisions'))[0].n).toBe(revsBefore + 5);
      // 5 config.updated + 1 founder.reset, nothing deleted; enable_voice was already at its default.
      expect(await eventCount(t)).toBe(eventsBefore + 6);
      const event = await lastEvent(t, 'founder.reset');
      expect(event).toMatchObject({ id: res.body.event_id, payload: { maintenance_released: true, emergency_released: true } });
      expect(t.app.get(LlmService).isPaused()).toBe(false);
      await t.api().post('/api/v1/chat-history/sessions').send({}).expect(200);
      await t.api().get(`/api/v1/chat-history/sessions/${session.body.session_id}`).expect(200);
      expect((await t.api().get(`${CONFIG}/council.max_rounds/history`).expect(200)).body.versions[1].value).toBe(9);
    });
  });

  describe('dashboard', () => {
    it('reports counts that match the database, switch states, LLM state and recent founder actions', async () => {
      await t.api().post('/api/v1/chat-history/sessions').send({ title: 'dash' }).expect(200);
      await t.api().post('/api/v1/agents/A11/tasks').send({ title: 'count me' }).expect(201);
      await t.api().post('/api/v1/agents/A12/tasks').send({ title: 'and me' }).expect(201);
      const res = await t.api().get('/api/v1/founder/dashboard').expect(200);
      const one = async (sql: string) => (await t.dataSource.query(sql))[0].n;
      expect(res.body.departments).toEqual({
        visible: await one('SELECT COUNT(*) AS n FROM departments WHERE NOT hidden'),
        hidden: await one('SELECT COUNT(*) AS n FROM departments WHERE hidden'),
        total: await one('SELECT COUNT(*) AS n FROM departments'),
      });
      expect(res.body.departments).toEqual({ visible: 8, hidden: 4, total: 12 });
      expect(res.body.agents).toEqual({
        visible: await one('SELECT COUNT(*) AS n FROM agents a JOIN departments d ON d.slug = a.department WHERE a.deleted_at IS NULL AND NOT d.hidden'),
        total: await one('SELECT COUNT(*) AS n FROM agents WHERE deleted_at IS NULL'),
      });
      expect(res.body.chat).toEqual({
        sessions: await one('SELECT COUNT(*) AS n FROM chat_sessions WHERE deleted_at IS NULL'),
        messages: await one('SELECT COUNT(*) AS n FROM chat_messages'),
      });
      expect(res.body.events).toEqual({
        total: await one('SELECT COUNT(*) AS n FROM event_log'),
        latest_id: await one('SELECT MAX(id) AS n FROM event_log'),
      });
      const byStatus = (await t.dataSource.query('SELECT status, COUNT(*) AS n FROM tasks GROUP BY status')) as Array<{ status: string; n: number }>;
      expect(res.body.tasks.total).toBe(2);
      expect(Object.fromEntries(Object.entries(res.body.tasks.by_status).filter(([, n]) => n))).toEqual(
        Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
      );
      expect(res.body).toMatchObject({ maintenance: { enabled: false, retry_after_s: 120 }, emergency_stop: false, llm_paused: false });
      expect(res.body.llm).toMatchObject({ state: 'down', paused: false });
      const recent = res.body.recent_founder_actions as Array<{ id: number; event_type: string }>;
      expect(recent.length).toBe(10);
      expect(recent[0].event_type).toBe('founder.reset');
      const expected = await t.dataSource.query("SELECT id FROM event_log WHERE event_type = 'config.updated' OR event_type LIKE 'founder.%' ORDER BY id DESC LIMIT 10");
      expect(recent.map((e) => e.id)).toEqual(expected.map((r: { id: number }) => r.id));
    });
  });

  it('is founder only: a viewer gets 403 on every route, no token 401', async () => {
    const viewer = await t.app.get(AuthService).createToken('viewer', null);
    const routes: Array<['get' | 'put' | 'post' | 'delete', string, object?]> = [
      ['get', CONFIG],
      ['get', `${CONFIG}/maintenance_mode`],
      ['put', `${CONFIG}/maintenance_mode`, { value: true }],
      ['get', `${CONFIG}/maintenance_mode/history`],
      ['post', `${CONFIG}/maintenance_mode/rollback`, { version: 1 }],
      ['delete', `${CONFIG}/maintenance_mode`],
      ['get', '/api/v1/founder/dashboard'],
      ['post', '/api/v1/founder/emergency-stop', {}],
      ['post', '/api/v1/founder/emergency-stop/release', {}],
      ['get', '/api/v1/founder/hidden-departments'],
      ['post', '/api/v1/founder/departments/security/reveal', {}],
      ['post', '/api/v1/founder/departments/security/hide', {}],
      ['post', '/api/v1/founder/reset', { confirm: true }],
    ];
    const events = await eventCount(t);
    for (const [method, path, body] of routes) {
      const res = await t.api(viewer)[method](path).send(body);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
      expectErrorBody(res.body, 403);
      await t.api(null)[method](path).send(body).expect(401);
    }
    expect(await eventCount(t)).toBe(events);
    expect(t.app.get(LlmService).isPaused()).toBe(false);
  });
});

describe('founder switches across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-founder-'));
  const env = { DB_DATABASE: join(dir, 'daena.sqlite') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts in maintenance and with the LLM paused when the database says so', async () => {
    const first = await createTestApp(env);
    await first.api().put(`${CONFIG}/maintenance_mode`).send({ value: true }).expect(200);
    await first.api().put(`${CONFIG}/maintenance_retry_after_s`).send({ value: 300 }).expect(200);
    await first.api().post('/api/v1/founder/emergency-stop').send({}).expect(200);
    await first.close();

    const second = await createTestApp(env);
    try {
      expect(second.app.get(LlmService).isPaused()).toBe(true);
      const res = await second.api().post('/api/v1/chat-history/sessions').send({}).expect(503);
      expect(res.body.retry_after).toBe(300);
      await second.api().post('/api/v1/founder/reset').send({ confirm: true }).expect(200);
      expect(second.app.get(LlmService).isPaused()).toBe(false);
      await second.api().post('/api/v1/chat-history/sessions').send({}).expect(200);
    } finally {
      await second.close();
    }
  });
});

describe('emergency stop cuts a running generation', () => {
  const t = useTestApp({ ollama: true });
  const fake = t.ollama;

  it('rejects a streaming LlmService.generate within a second, and refuses new ones until release', async () => {
    const llm = t.app.get(LlmService);
    // 200 tokens at 100 ms each: about 20 s if nothing stops it.
    fake.setReply(Array.from({ length: 200 }, (_, i) => `t${i} `), 100);
    let streamed = '';
    const generation = llm.generate({ messages: [{ role: 'user', content: 'talk for a long time' }], onToken: (d) => (streamed += d) });
    const outcome = generation.then(
      () => ({ error: null as LlmUnavailableError | null, at: Date.now() }),
      (error: LlmUnavailableError) => ({ error, at: Date.now() }),
    );
    await waitFor(() => streamed.length > 0, 10_000, 'the first streamed token');

    const stoppedAt = Date.now();
    await t.api().post('/api/v1/founder/emergency-stop').send({ reason: 'cut' }).expect(200);
    const { error, at } = await outcome;
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect(error!.kind).toBe('paused');
    expect(at - stoppedAt).toBeLessThan(1000);
    expect(error!.partial.length).toBeLessThan(200 * 4);
    expect((await lastEvent(t, 'founder.emergency_stop.engaged'))?.payload).toMatchObject({ aborted: 1 });
    await waitFor(() => fake.inFlight === 0, 3000, 'the fake stream to be closed');

    fake.setReply(null);
    await expect(llm.generate({ messages: [{ role: 'user', content: 'again' }] })).rejects.toMatchObject({ kind: 'paused' });
    await t.api().post('/api/v1/founder/emergency-stop/release').expect(200);
    const result = await llm.generate({ messages: [{ role: 'user', content: 'again' }] });
    expect(result.content).toContain('again');
  });

  it('cuts a founder chat that is streaming: the HTTP reply comes back at once, stored interrupted with its partial text', async () => {
    fake.setReply(Array.from({ length: 200 }, (_, i) => `w${i} `), 100);
    const pending = t.api().post('/api/v1/daena/chat').send({ message: 'tell me everything' });
    const reply = pending.then((res) => ({ res, at: Date.now() }));
    // Wait until tokens are flowing (the placeholder row exists and deltas arrive).
    await waitFor(() => fake.inFlight > 0, 10_000, 'a running generation');
    await new Promise((r) => setTimeout(r, 350));
    const stoppedAt = Date.now();
    await t.api().post('/api/v1/founder/emergency-stop').send({ reason: 'stop the stream' }).expect(200);
    const { res, at } = await reply;
    expect(at - stoppedAt).toBeLessThan(1000);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('interrupted');
    expect(res.body.response).toMatch(/^w0 w1 /);
    const [stored] = await t.dataSource.query('SELECT status, content FROM chat_messages WHERE id = ?', [res.body.message_id]);
    expect(stored).toEqual({ status: 'interrupted', content: res.body.response });
    const interrupted = await t.dataSource.query("SELECT payload FROM event_log WHERE event_type = 'chat.message.interrupted' AND entity_id = ?", [String(res.body.message_id)]);
    expect(JSON.parse(interrupted[0].payload).metadata.interrupted_reason).toBe('paused');

    // While stopped, new replies are offline-style at once; after release they are real again.
    fake.setReply(null);
    const stopped = await t.api().post('/api/v1/daena/chat').send({ message: 'still there?' }).expect(200);
    expect(stopped.body).toMatchObject({ status: 'offline', model: 'offline' });
    expect(stopped.body.response).toMatch(/paused/);
    await t.api().post('/api/v1/founder/emergency-stop/release').expect(200);
    const back = await t.api().post('/api/v1/daena/chat').send({ message: 'and now?' }).expect(200);
    expect(back.body.status).toBe('complete');
  });
});
