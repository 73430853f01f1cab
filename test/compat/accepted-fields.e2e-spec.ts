import { eventRows, expectErrorBody, FOUNDER_TOKEN, useTestApp } from '../support/app';

/**
 * Issue 11, group 1: the fields and parameters the original accepted, sent as its clients send them
 * (trailing slashes, `context`, `user_id`, `sender`, `department_id`, offset paging); what they mean is
 * checked in the rows and events; fields the original never took still get 400.
 */
describe('compat: fields the original accepted', () => {
  const t = useTestApp({ ollama: true });
  const fake = t.ollama;

  const userRows = (sessionId: string) =>
    t.dataSource.query("SELECT id, role, author, content, metadata FROM chat_messages WHERE session_id = ? AND role = 'user' ORDER BY id", [sessionId]) as Promise<
      Array<{ id: number; role: string; author: string | null; content: string; metadata: string | null }>
    >;
  const messageCount = async (sessionId: string) => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages WHERE session_id = ?', [sessionId]))[0].n);

  describe('POST /daena/chat and /daena/chat/stream', () => {
    it('takes user_id (ignored) and context (stored on the user message; its page reaches the prompt)', async () => {
      fake.setReply(['Noted.']);
      const before = fake.requests.length;
      const context = { page: 'daena_office', user: 'masoud', nested: { tab: 2 } };
      const res = await t.api().post('/api/v1/daena/chat/').send({ message: 'What is on today?', user_id: 'founder', context }).expect(200);
      expect(res.body).toMatchObject({ success: true, session_id: expect.any(String), response: 'Noted.' });
      const [row] = await userRows(res.body.session_id);
      expect(row.content).toBe('What is on today?');
      expect(JSON.parse(row.metadata!)).toEqual({ context });
      const [created] = await eventRows(t.dataSource, 'chat.message.created', String(row.id));
      expect(JSON.parse(created.payload).metadata).toEqual({ context });
      const prompt = fake.requests.slice(before).at(-1)!;
      expect(prompt.messages[0].role).toBe('system');
      expect(prompt.messages[0].content).toContain('"daena_office"');
      const session = (await t.dataSource.query('SELECT owner_id, scope_type FROM chat_sessions WHERE session_id = ?', [res.body.session_id]))[0];
      expect(session).toEqual({ owner_id: null, scope_type: 'executive' });
    });

    it('streams with the same fields', async () => {
      fake.setReply(['Streamed ', 'reply.']);
      const res = await fetch(`${t.url}/api/v1/daena/chat/stream/`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'Stream it', user_id: 'founder', context: { page: 'dashboard' } }),
      });
      expect(res.status).toBe(200);
      const events = (await res.text())
        .split('\n\n')
        .filter((chunk) => chunk.startsWith('data: '))
        .map((chunk) => JSON.parse(chunk.slice(6)) as { type: string; session_id?: string });
      expect(events[0].type).toBe('session');
      expect(events.at(-1)!.type).toBe('done');
      const [row] = await userRows(events[0].session_id!);
      expect(JSON.parse(row.metadata!)).toEqual({ context: { page: 'dashboard' } });
    });

    it('still refuses what the original never took, and a context of the wrong shape', async () => {
      for (const body of [
        { message: 'x', zz_unknown: 1 },
        { message: 'x', context: 'daena_office' },
        { message: 'x', context: { page: 42 } },
        { message: 'x', user_id: 7 },
      ]) {
        const res = await t.api().post('/api/v1/daena/chat').send(body).expect(400);
        expectErrorBody(res.body, 400);
        expect(res.body.detail).toEqual(expect.any(String));
      }
      // agent chat never took user_id
      await t.api().post('/api/v1/agents/A11/chat').send({ message: 'x', user_id: 'founder' }).expect(400);
    });
  });

  describe('department and agent chat read the session from context.session_id', () => {
    it('agent chat: context.session_id continues the session when session_id is absent', async () => {
      const first = await t.api().post('/api/v1/agents/A11/chat').send({ message: 'First', context: { page: 'agent' } }).expect(200);
      const sessionId = first.body.session_id as string;
      const second = await t.api().post('/api/v1/agents/A11/chat/').send({ message: 'Second', context: { session_id: sessionId, page: 'agent' } }).expect(200);
      expect(second.body).toMatchObject({ success: true, session_id: sessionId, agent_id: 'A11' });
      expect(await messageCount(sessionId)).toBe(4);
      const rows = await userRows(sessionId);
      expect(rows.map((r) => JSON.parse(r.metadata!))).toEqual([{ context: { page: 'agent' } }, { context: { session_id: sessionId, page: 'agent' } }]);
      // A top-level session_id wins over the context's.
      const other = await t.api().post('/api/v1/agents/A11/chat').send({ message: 'Third', session_id: 'not-a-session', context: { session_id: sessionId } }).expect(200);
      expect(other.body.session_id).not.toBe(sessionId);
    });

    it('department chat: context.session_id (group mode) and agent_id with context (direct mode)', async () => {
      const first = await t.api().post('/api/v1/departments/engineering/chat').send({ message: 'Status?', context: {} }).expect(200);
      const sessionId = first.body.session_id as string;
      const again = await t
        .api()
        .post('/api/v1/departments/engineering/chat/')
        .send({ message: 'And now?', context: { session_id: sessionId, department: 'engineering' } })
        .expect(200);
      expect(again.body).toMatchObject({ success: true, session_id: sessionId, agent_name: expect.any(String), synthesized_from: expect.any(Number) });
      expect(await messageCount(sessionId)).toBe(4);
      const scope = (await t.dataSource.query('SELECT scope_type, scope_id FROM chat_sessions WHERE session_id = ?', [sessionId]))[0];
      expect(scope).toEqual({ scope_type: 'department', scope_id: 'engineering' });

      const direct = await t.api().post('/api/v1/departments/engineering/chat').send({ message: 'Just you', agent_id: 'A12', context: { page: 'department' } }).expect(200);
      expect(direct.body).toMatchObject({ success: true, synthesized_from: 0, agent_role: 'advisor_b' });
      const directScope = (await t.dataSource.query('SELECT scope_type, scope_id FROM chat_sessions WHERE session_id = ?', [direct.body.session_id]))[0];
      expect(directScope).toEqual({ scope_type: 'agent', scope_id: 'A12' });
    });
  });

  describe('list parameters', () => {
    it('GET /departments takes limit and offset, and answers the original envelope', async () => {
      const all = await t.api().get('/api/v1/departments/').expect(200);
      const page = await t.api().get('/api/v1/departments?limit=3&offset=2').expect(200);
      expect(page.body).toMatchObject({ success: true, total: 8, total_count: 8, limit: 3, offset: 2, returned_count: 3 });
      expect(page.body.pagination).toEqual({ has_next: true, has_prev: true, next_offset: 5, prev_offset: 0 });
      expect(page.body.departments.map((d: { id: string }) => d.id)).toEqual(all.body.departments.slice(2, 5).map((d: { id: string }) => d.id));
      await t.api().get('/api/v1/departments?offset=-1').expect(400);
    });

    it('GET /departments/:slug takes include_agents', async () => {
      const withAgents = await t.api().get('/api/v1/departments/engineering').expect(200);
      expect(withAgents.body.agents).toHaveLength(6);
      const without = await t.api().get('/api/v1/departments/engineering?include_agents=false').expect(200);
      expect(without.body.agents).toBeUndefined();
      expect(without.body).toMatchObject({ id: 'engineering', agents_count: 6 });
    });

    it('GET /agents takes offset and answers total_count, limit, offset, returned_count', async () => {
      const res = await t.api().get('/api/v1/agents/?limit=6&offset=6').expect(200);
      expect(res.body).toMatchObject({ success: true, total: 48, total_count: 48, limit: 6, offset: 6, returned_count: 6 });
      expect(res.body.agents.map((a: { id: string }) => a.id)).toEqual(['A21', 'A22', 'A23', 'A24', 'A25', 'A26']);
      await t.api().get('/api/v1/agents?offset=abc').expect(400);
    });
  });

  describe('agent writes', () => {
    it('PATCH /agents/:id stores auto_backup (body or the original query parameter)', async () => {
      const res = await t.api().patch('/api/v1/agents/A13').send({ status: 'idle', auto_backup: false }).expect(200);
      expect(res.body).toMatchObject({ id: 'A13', status: 'idle', auto_backup: false });
      const query = await t.api().patch('/api/v1/agents/A14?auto_backup=true').send({ status: 'idle' }).expect(200);
      expect(query.body.auto_backup).toBe(true);
      const rows = await t.dataSource.query("SELECT cell_id, status, metadata FROM agents WHERE cell_id IN ('A13', 'A14') ORDER BY cell_id");
      expect(rows.map((r: { cell_id: string; status: string; metadata: string }) => [r.cell_id, r.status, JSON.parse(r.metadata).auto_backup])).toEqual([
        ['A13', 'idle', false],
        ['A14', 'idle', true],
      ]);
      const [updated] = await eventRows(t.dataSource, 'agent.updated', 'A13');
      expect(JSON.parse(updated.payload).changes).toEqual({ status: 'idle', auto_backup: false });
      // The flag alone is a change; a non-boolean is refused.
      await t.api().patch('/api/v1/agents/A13').send({ auto_backup: true }).expect(200);
      expect((await eventRows(t.dataSource, 'agent.updated', 'A13')).length).toBe(2);
      await t.api().patch('/api/v1/agents/A13').send({ auto_backup: 'yes' }).expect(400);
      await t.api().patch('/api/v1/agents/A13').send({ backup: true }).expect(400);
    });

    it('POST /agents takes department_id (slug or numeric id) and defaults role to advisor_a', async () => {
      const bySlug = await t.api().post('/api/v1/agents/').send({ name: 'Compat Marketer', department_id: 'marketing' }).expect(201);
      expect(bySlug.body).toMatchObject({ name: 'Compat Marketer', department: 'marketing', department_id: 'marketing', role: 'advisor_a' });
      const [finance] = await t.dataSource.query("SELECT id FROM departments WHERE slug = 'finance'");
      const byId = await t.api().post('/api/v1/agents').send({ name: 'Compat Accountant', department_id: finance.id, role: 'executor' }).expect(201);
      expect(byId.body).toMatchObject({ department: 'finance', role: 'executor' });
      const rows = await t.dataSource.query("SELECT name, department, department_id, role FROM agents WHERE name LIKE 'Compat %' ORDER BY id");
      expect(rows).toEqual([
        { name: 'Compat Marketer', department: 'marketing', department_id: expect.any(Number), role: 'advisor_a' },
        { name: 'Compat Accountant', department: 'finance', department_id: finance.id, role: 'executor' },
      ]);
      expect(await eventRows(t.dataSource, 'agent.created', byId.body.cell_id)).toHaveLength(1);
      const unknown = await t.api().post('/api/v1/agents').send({ name: 'Nobody', department_id: 'nowhere' }).expect(400);
      expect(unknown.body.detail).toContain("department 'nowhere' does not exist");
      await t.api().post('/api/v1/agents').send({ name: 'Nobody', department: 'sales', department_id: 'legal' }).expect(400);
      await t.api().post('/api/v1/agents').send({ name: 'Nobody' }).expect(400);
      await t.api().post('/api/v1/agents').send({ name: 'Nobody', department_id: { slug: 'sales' } }).expect(400);
    });
  });

  describe('POST /chat-history/sessions/:id/messages with the original `sender`', () => {
    it('maps user / daena / assistant / an agent name to role and author; keeps category in metadata', async () => {
      const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ title: 'senders', scope_type: 'department', scope_id: 'sales' }).expect(200)).body.session_id;
      const sends = [
        { sender: 'user', content: 'from the founder', category: 'departments' },
        { sender: 'daena', content: 'from Daena' },
        { sender: 'assistant', content: 'from an assistant' },
        { sender: 'Knowledge Synthesizer Sales', content: 'from an agent' },
      ];
      for (const body of sends) await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages/`).send(body).expect(201);
      const rows = await t.dataSource.query('SELECT role, author, content, metadata FROM chat_messages WHERE session_id = ? ORDER BY id', [sessionId]);
      expect(rows).toEqual([
        { role: 'user', author: null, content: 'from the founder', metadata: JSON.stringify({ category: 'departments' }) },
        { role: 'assistant', author: 'Daena', content: 'from Daena', metadata: null },
        { role: 'assistant', author: null, content: 'from an assistant', metadata: null },
        { role: 'assistant', author: 'Knowledge Synthesizer Sales', content: 'from an agent', metadata: null },
      ]);
      const events = (await eventRows(t.dataSource, 'chat.message.created')).map((e) => JSON.parse(e.payload)).filter((p) => p.session_id === sessionId);
      expect(events.map((p) => [p.role, p.author])).toEqual([
        ['user', null],
        ['assistant', 'Daena'],
        ['assistant', null],
        ['assistant', 'Knowledge Synthesizer Sales'],
      ]);
      for (const body of [{ content: 'no role nor sender' }, { sender: '', content: 'blank' }, { sender: 5, content: 'number' }, { role: 'daena', content: 'not a role' }, { sender: 'user', content: 'x', from: 'me' }]) {
        expectErrorBody((await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send(body).expect(400)).body, 400);
      }
      expect(rows).toHaveLength(4);
      expect(await messageCount(sessionId)).toBe(4);
    });
  });
});
