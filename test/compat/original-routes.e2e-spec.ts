import { AuthService } from '../../src/auth/auth.service';
import { LlmService } from '../../src/llm/llm.service';
import { createTestApp, eventRows, expectErrorBody, TestApp } from '../support/app';
import { FakeOllama } from '../support/fake-ollama';

/** Issue 11, group 6: the original's routes that ours spell differently, called as its clients call them. */
describe('compat: the original routes', () => {
  let fake: FakeOllama;
  let t: TestApp;
  let viewer: string;
  beforeAll(async () => {
    fake = await FakeOllama.start({ models: ['qwen2.5:7b-instruct', 'llama3.2:3b'] });
    t = await createTestApp({ OLLAMA_BASE_URL: fake.url });
    viewer = await t.app.get(AuthService).createToken('viewer', 'compat');
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  const newSession = async (body: Record<string, unknown>) => (await t.api().post('/api/v1/chat-history/sessions').send(body).expect(200)).body.session_id as string;
  const addMessage = (sessionId: string, content: string) => t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content }).expect(201);

  describe('events and audit', () => {
    it('GET /events/recent: newest first; with since_event_id ascending after it; message and created_by', async () => {
      const sessionId = await newSession({ title: 'events' });
      await addMessage(sessionId, 'one');
      await addMessage(sessionId, 'two');
      const [{ max }] = await t.dataSource.query('SELECT MAX(id) AS max FROM event_log');
      const recent = await t.api().get('/api/v1/events/recent/?limit=3').expect(200);
      expect(recent.body).toMatchObject({ success: true, count: 3, latest_event_id: max });
      expect(recent.body.events.map((e: { id: number }) => e.id)).toEqual([max, max - 1, max - 2]);
      expect(recent.body.events[0]).toMatchObject({ event_id: max, event_type: 'chat.message.created', entity_type: 'chat_message', message: '', created_by: expect.any(String), payload: { content: 'two' } });
      const since = await t.api().get(`/api/v1/events/recent?since_event_id=${max - 3}&limit=2`).expect(200);
      expect(since.body.events.map((e: { id: number }) => e.id)).toEqual([max - 2, max - 1]);
      const caughtUp = await t.api().get(`/api/v1/events/recent?since_event_id=${max}`).expect(200);
      expect(caughtUp.body).toMatchObject({ events: [], count: 0, latest_event_id: max });
      await t.api().get('/api/v1/events/recent?since_event_id=-1').expect(400);
      await t.api().get('/api/v1/events/recent?after_id=1').expect(400);
    });

    it('a viewer never gets founder-only events from /events/recent', async () => {
      await t.api().post('/api/v1/founder-panel/emergency-stop').send({ reason: 'viewer check' }).expect(200);
      await t.api().post('/api/v1/founder-panel/emergency-stop/release').send({}).expect(200);
      const founder = await t.api().get('/api/v1/events/recent?limit=5').expect(200);
      expect(founder.body.events.some((e: { event_type: string }) => e.event_type.startsWith('founder.emergency_stop'))).toBe(true);
      const seen = await t.api(viewer).get('/api/v1/events/recent?limit=1000').expect(200);
      expect(seen.body.events.some((e: { event_type: string }) => e.event_type.startsWith('founder.'))).toBe(false);
    });

    it('GET /audit/logs?limit= answers { logs: [...] } in the original entry shape (founder only)', async () => {
      const res = await t.api().get('/api/v1/audit/logs?limit=2').expect(200);
      expect(res.body).toMatchObject({ success: true, count: 2, total: expect.any(Number) });
      const [{ max }] = await t.dataSource.query('SELECT MAX(id) AS max FROM event_log');
      expect(res.body.logs[0]).toEqual({
        id: max,
        timestamp: expect.any(String),
        actor: expect.any(String),
        resource: expect.stringMatching(/^[a-z_]+(:.+)?$/),
        action: expect.stringMatching(/^[a-z_.]+$/),
        allowed: true,
        reason: null,
        context: expect.any(Object),
      });
      const byActor = await t.api().get('/api/v1/audit/logs?actor=system&limit=1000').expect(200);
      expect(byActor.body.logs.every((l: { actor: string }) => l.actor === 'system')).toBe(true);
      expectErrorBody((await t.api(viewer).get('/api/v1/audit/logs').expect(403)).body, 403);
    });
  });

  describe('founder panel', () => {
    it('dashboard and hidden departments; reveal changes the row and publishes department.updated', async () => {
      const dashboard = await t.api().get('/api/v1/founder-panel/dashboard').expect(200);
      expect(dashboard.body).toMatchObject({ success: true, departments: { visible: 8, hidden: 4, total: 12 } });
      const hidden = await t.api().get('/api/v1/founder-panel/hidden-departments/').expect(200);
      expect(hidden.body).toMatchObject({ success: true, total: 4 });
      expect(hidden.body.hidden_departments[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), agents_count: 6, status: 'hidden' });
      const revealed = await t.api().post('/api/v1/founder-panel/hidden-departments/rdlab/reveal').send({}).expect(200);
      expect(revealed.body).toMatchObject({ success: true, department_id: 'rdlab', department: { id: 'rdlab', hidden: false } });
      const [row] = await t.dataSource.query("SELECT hidden, status FROM departments WHERE slug = 'rdlab'");
      expect(row).toEqual({ hidden: 0, status: 'active' });
      expect(await eventRows(t.dataSource, 'department.updated', 'rdlab')).toHaveLength(1);
      await t.api().post('/api/v1/founder-panel/hidden-departments/rdlab/hide').send({}).expect(200);
      await t.api().post('/api/v1/founder-panel/hidden-departments/nowhere/reveal').send({}).expect(404);
      await t.api(viewer).get('/api/v1/founder-panel/dashboard').expect(403);
    });

    it('overrides are the config keys: listing, setting one, emergency_stop; emergency controls', async () => {
      const list = await t.api().get('/api/v1/founder-panel/overrides').expect(200);
      expect(list.body.success).toBe(true);
      expect(list.body.overrides.map((o: { key: string }) => o.key)).toContain('consensus_threshold');
      const set = await t.api().post('/api/v1/founder-panel/override').send({ action: 'set_threshold', target: 'consensus_threshold', value: 0.8, reason: 'stricter', impact_level: 'high' }).expect(200);
      expect(set.body).toMatchObject({ success: true, action: 'set_threshold', target: 'consensus_threshold', impact_level: 'high', override: { key: 'consensus_threshold', value: 0.8 } });
      const [config] = await t.dataSource.query("SELECT config_value FROM system_config WHERE config_key = 'consensus_threshold'");
      expect(config.config_value).toBe('0.8');
      await t.api().post('/api/v1/founder-panel/override').send({ action: 'x', target: 'consensus_threshold', value: 'high' }).expect(400);
      await t.api().post('/api/v1/founder-panel/override').send({ action: 'x', target: 'no_such_key', value: 1 }).expect(404);
      await t.api().post('/api/v1/founder-panel/override').send({ action: 'x', target: 'consensus_threshold' }).expect(400);

      const llm = t.app.get(LlmService);
      const stop = await t.api().post('/api/v1/founder-panel/override').send({ action: 'emergency_stop', reason: 'drill' }).expect(200);
      expect(stop.body).toMatchObject({ success: true, action: 'emergency_stop', emergency_stop: true, llm_paused: true });
      expect(llm.isPaused()).toBe(true);
      const controls = await t.api().get('/api/v1/founder-panel/system/emergency-controls').expect(200);
      expect(controls.body).toMatchObject({ success: true, emergency_stop: true, controls: [{ id: 'stop-all', active: true }] });
      await t.api().post('/api/v1/founder-panel/emergency-stop/release').send({}).expect(200);
      expect(llm.isPaused()).toBe(false);
      await t.api().post('/api/v1/founder-panel/system/emergency/stop-all').send({ reason: 'again' }).expect(200);
      expect(llm.isPaused()).toBe(true);
      await t.api().post('/api/v1/founder-panel/emergency-stop/release').send({}).expect(200);
      const engaged = await eventRows(t.dataSource, 'founder.emergency_stop.engaged');
      expect(engaged.slice(-2).map((e) => JSON.parse(e.payload).reason)).toEqual(['drill', 'again']);
    });

    it('POST /founder-panel/system/maintenance {enabled} sets maintenance mode', async () => {
      await t.api().post('/api/v1/founder-panel/system/maintenance').send({ enabled: true }).expect(200);
      await t.api().post('/api/v1/chat-history/sessions').send({ title: 'during maintenance' }).expect(503);
      const off = await t.api().post('/api/v1/founder-panel/system/maintenance').send({ enabled: false }).expect(200);
      expect(off.body).toMatchObject({ success: true, maintenance_mode: false });
      const [config] = await t.dataSource.query("SELECT config_value FROM system_config WHERE config_key = 'maintenance_mode'");
      expect(config.config_value).toBe('false');
      await t.api().post('/api/v1/founder-panel/system/maintenance').send({ enabled: 'yes' }).expect(400);
    });
  });

  describe('voice and brain', () => {
    it('POST /voice/talk-mode {enabled} → status activated / deactivated, persisted', async () => {
      const on = await t.api().post('/api/v1/voice/talk-mode').send({ enabled: true }).expect(200);
      expect(on.body).toMatchObject({ status: 'activated', message: 'Talk mode activated', enabled: true });
      expect((await t.dataSource.query('SELECT talk_active FROM voice_state WHERE agent_id IS NULL'))[0].talk_active).toBeTruthy();
      const off = await t.api().post('/api/v1/voice/talk-mode/').send({ enabled: false }).expect(200);
      expect(off.body.status).toBe('deactivated');
      expect(await eventRows(t.dataSource, 'voice.talk.toggled', 'daena')).toHaveLength(2);
      await t.api().post('/api/v1/voice/talk-mode').send({}).expect(400);
    });

    it('GET /voice/test says speech synthesis is unavailable', async () => {
      const res = await t.api().get('/api/v1/voice/test').expect(200);
      expect(res.body).toMatchObject({ success: false, status: 'unavailable', tts_available: false, audio_data: null, detail: expect.stringContaining('not available') });
    });

    it('GET /brain/status, /brain/list-models, /brain/models follow Ollama', async () => {
      await t.api().post('/api/v1/llm/status/refresh').send({}).expect(200);
      const up = await t.api().get('/api/v1/brain/status').expect(200);
      expect(up.body).toMatchObject({ status: 'operational', ollama_available: true, model: 'qwen2.5:7b-instruct', available_models: ['qwen2.5:7b-instruct', 'llama3.2:3b'] });
      for (const path of ['/api/v1/brain/list-models', '/api/v1/brain/models/']) {
        const models = await t.api().get(path).expect(200);
        expect(models.body).toMatchObject({ success: true, total: 2, models: [{ name: 'qwen2.5:7b-instruct', active: true }, { name: 'llama3.2:3b', active: false }] });
      }
      await fake.setFault('down');
      await t.api().post('/api/v1/llm/status/refresh').send({}).expect(200);
      const down = await t.api().get('/api/v1/brain/status').expect(200);
      expect(down.body).toMatchObject({ status: 'offline', ollama_available: false });
      await fake.setFault(null);
      await t.api().post('/api/v1/llm/status/refresh').send({}).expect(200);
    });

    it('GET /api/v1/health (and with a slash) answers like /health, without a token', async () => {
      for (const path of ['/health', '/api/v1/health', '/api/v1/health/']) {
        const res = await t.api(null).get(path).expect(200);
        expect(res.body).toEqual({ status: 'ok', uptime_s: expect.any(Number) });
      }
    });
  });

  describe('chat history', () => {
    it('POST /chat-history/departments/:dept/sessions {title}, then GET /departments/:dept/chats and /departments/chats/all', async () => {
      const created = await t.api().post('/api/v1/chat-history/departments/legal/sessions').send({ title: 'Contracts' }).expect(200);
      expect(created.body).toMatchObject({ success: true, department_id: 'legal', title: 'Contracts', scope_type: 'department', scope_id: 'legal', category: 'departments' });
      const [row] = await t.dataSource.query('SELECT scope_type, scope_id, title FROM chat_sessions WHERE session_id = ?', [created.body.session_id]);
      expect(row).toEqual({ scope_type: 'department', scope_id: 'legal', title: 'Contracts' });
      expect(await eventRows(t.dataSource, 'chat.session.created', created.body.session_id)).toHaveLength(1);
      const defaultTitle = await t.api().post('/api/v1/chat-history/departments/hr/sessions/').send({}).expect(200);
      expect(defaultTitle.body.title).toBe('Chat with Human Resources');
      const legal = await t.api().get('/api/v1/chat-history/departments/legal/chats').expect(200);
      expect(legal.body).toMatchObject({ success: true, department_id: 'legal', total: 1 });
      expect(legal.body.sessions[0].session_id).toBe(created.body.session_id);
      const all = await t.api().get('/api/v1/chat-history/departments/chats/all').expect(200);
      expect(all.body.sessions.map((s: { session_id: string }) => s.session_id)).toEqual(expect.arrayContaining([created.body.session_id, defaultTitle.body.session_id]));
      expect(all.body.sessions.every((s: { scope_type: string }) => s.scope_type === 'department')).toBe(true);
      await t.api().post('/api/v1/chat-history/departments/nowhere/sessions').send({ title: 'x' }).expect(404);
      await t.api().post('/api/v1/chat-history/departments/legal/sessions').send({ title: 'x', scope_type: 'agent' }).expect(400);
    });

    it('GET /chat-history/scope/:scope_type, /categories/:category, /sessions-by-category/:category', async () => {
      const agentSession = await newSession({ scope_type: 'agent', scope_id: 'A31', title: 'agent chat' });
      const tagged = await newSession({ category: 'test', title: 'tagged' });
      await addMessage(tagged, 'hello');
      const scope = await t.api().get('/api/v1/chat-history/scope/agent').expect(200);
      expect(scope.body).toMatchObject({ success: true, scope_type: 'agent' });
      expect(scope.body.sessions.map((s: { session_id: string }) => s.session_id)).toContain(agentSession);
      expect(scope.body.sessions.every((s: { scope_type: string }) => s.scope_type === 'agent')).toBe(true);
      await t.api().get('/api/v1/chat-history/scope/planet').expect(400);

      const category = await t.api().get('/api/v1/chat-history/categories/test').expect(200);
      expect(category.body).toMatchObject({ success: true, category: 'test', total: 1 });
      expect(category.body.sessions[0].session_id).toBe(tagged);
      const agents = await t.api().get('/api/v1/chat-history/categories/agents').expect(200);
      expect(agents.body.sessions.map((s: { session_id: string }) => s.session_id)).toContain(agentSession);
      await t.api().get('/api/v1/chat-history/categories/never-used').expect(404);

      const byCategory = await t.api().get('/api/v1/chat-history/sessions-by-category/test?limit=500').expect(200);
      expect(byCategory.body).toMatchObject({ success: true, category: 'test', total: 1 });
      expect(byCategory.body.sessions[0]).toMatchObject({ session_id: tagged, title: 'tagged', scope_type: 'general', category: 'test', message_count: 1, last_message_at: expect.any(String) });
      await t.api().get('/api/v1/chat-history/sessions-by-category/test?limit=501').expect(400);
    });
  });

  describe('Daena, agent and department routes', () => {
    it('POST /daena/chat/:session_id/message {content, context}: a turn in that session; 404 for an unknown one', async () => {
      fake.setReply(['Happy ', 'to help.']);
      const start = await t.api().post('/api/v1/daena/chat/start').send({}).expect(200);
      const res = await t.api().post(`/api/v1/daena/chat/${start.body.session_id}/message`).send({ content: 'Plan my week', context: { page: 'daena_office' } }).expect(200);
      expect(res.body).toMatchObject({
        success: true,
        session_id: start.body.session_id,
        session_updated: true,
        response: 'Happy to help.',
        user_message: { id: expect.any(Number), type: 'user', content: 'Plan my week' },
        daena_response: { id: expect.any(Number), type: 'assistant', content: 'Happy to help.' },
      });
      const rows = await t.dataSource.query('SELECT id, role, content, metadata FROM chat_messages WHERE session_id = ? ORDER BY id', [start.body.session_id]);
      expect(rows.map((r: { role: string; content: string }) => [r.role, r.content])).toEqual([
        ['assistant', start.body.welcome_message],
        ['user', 'Plan my week'],
        ['assistant', 'Happy to help.'],
      ]);
      expect(rows[1].id).toBe(res.body.user_message.id);
      expect(JSON.parse(rows[1].metadata)).toEqual({ context: { page: 'daena_office' } });
      await t.api().post('/api/v1/daena/chat/00000000-0000-4000-8000-000000000000/message').send({ content: 'x' }).expect(404);
      await t.api().post(`/api/v1/daena/chat/${start.body.session_id}/message`).send({ message: 'x' }).expect(400);
      expect(await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages WHERE session_id = ?', [start.body.session_id])).toEqual([{ n: 3 }]);
    });

    it('GET /agents/department/:id by slug or numeric id, in the GET /agents shape', async () => {
      const bySlug = await t.api().get('/api/v1/agents/department/sales').expect(200);
      expect(bySlug.body).toMatchObject({ success: true, department_id: 'sales', total: 6, total_count: 6, returned_count: 6 });
      expect(bySlug.body.agents.every((a: { department: string }) => a.department === 'sales')).toBe(true);
      const [sales] = await t.dataSource.query("SELECT id FROM departments WHERE slug = 'sales'");
      const byId = await t.api().get(`/api/v1/agents/department/${sales.id}/?limit=2&offset=2`).expect(200);
      expect(byId.body.agents.map((a: { id: string }) => a.id)).toEqual(bySlug.body.agents.slice(2, 4).map((a: { id: string }) => a.id));
      await t.api().get('/api/v1/agents/department/security').expect(404);
      await t.api().get('/api/v1/agents/department/security?include_hidden=true').expect(200);
      await t.api().get('/api/v1/agents/department/nowhere').expect(404);
      await t.api().get('/api/v1/agents/department/sales?department=hr').expect(400);
    });

    it("GET /agents/:id/chat/history: the agent's sessions and the newest one's messages", async () => {
      const first = await t.api().post('/api/v1/agents/A42/chat').send({ message: 'Campaign ideas?' }).expect(200);
      const second = await t.api().post('/api/v1/agents/A42/chat').send({ message: 'Another thread' }).expect(200);
      const res = await t.api().get('/api/v1/agents/A42/chat/history').expect(200);
      expect(res.body).toMatchObject({ success: true, agent_id: 'A42', total: 2, session_id: second.body.session_id });
      expect(res.body.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([second.body.session_id, first.body.session_id]);
      expect(res.body.messages.map((m: { role: string; content: string }) => [m.role, m.content])).toEqual([
        ['user', 'Another thread'],
        ['assistant', second.body.response],
      ]);
      await t.api().get('/api/v1/agents/NOPE/chat/history').expect(404);
    });

    it('POST /agents/:id/reset-to-default puts role, type and status back; agent.updated lists the changes', async () => {
      await t.api().patch('/api/v1/agents/A53').send({ role: 'executor', type: 'Closer', status: 'paused', is_active: false }).expect(200);
      const res = await t.api().post('/api/v1/agents/A53/reset-to-default').send({}).expect(200);
      expect(res.body).toMatchObject({ success: true, agent: { id: 'A53', role: 'scout_internal', type: 'Internal Scout', status: 'active', is_active: true } });
      const [row] = await t.dataSource.query("SELECT role, type, status, is_active FROM agents WHERE cell_id = 'A53'");
      expect(row).toEqual({ role: 'scout_internal', type: 'Internal Scout', status: 'active', is_active: 1 });
      const updates = await eventRows(t.dataSource, 'agent.updated', 'A53');
      expect(JSON.parse(updates.at(-1)!.payload).changes).toEqual({ role: 'scout_internal', type: 'Internal Scout', status: 'active', is_active: true });
      // Already at its defaults: nothing changes, no event.
      await t.api().post('/api/v1/agents/A53/reset-to-default').send({}).expect(200);
      expect(await eventRows(t.dataSource, 'agent.updated', 'A53')).toHaveLength(updates.length);
      await t.api().post('/api/v1/agents/NOPE/reset-to-default').send({}).expect(404);
    });

    it('DELETE /departments/:slug/chat/sessions/:sid: soft delete in scope; 403 for another department', async () => {
      const chat = await t.api().post('/api/v1/departments/finance/chat').send({ message: 'Budget?' }).expect(200);
      await t.api().delete(`/api/v1/departments/legal/chat/sessions/${chat.body.session_id}`).expect(403);
      const res = await t.api().delete(`/api/v1/departments/finance/chat/sessions/${chat.body.session_id}/`).expect(200);
      expect(res.body).toMatchObject({ success: true, session_id: chat.body.session_id, message: 'Session deleted successfully' });
      const [row] = await t.dataSource.query('SELECT deleted_at FROM chat_sessions WHERE session_id = ?', [chat.body.session_id]);
      expect(row.deleted_at).not.toBeNull();
      expect(await eventRows(t.dataSource, 'chat.session.deleted', chat.body.session_id)).toHaveLength(1);
      await t.api().get(`/api/v1/departments/finance/chat/sessions/${chat.body.session_id}`).expect(404);
      await t.api().delete(`/api/v1/departments/finance/chat/sessions/${chat.body.session_id}`).expect(404);
    });
  });
});
