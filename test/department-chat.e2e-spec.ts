import { expectErrorBody, useTestApp } from './support/app';

describe('department chat', () => {
  const t = useTestApp({ ollama: true, env: { OLLAMA_CONCURRENCY: '2' } });
  const fake = t.ollama;

  it('has the spokesperson synthesise the notes of the 5 other agents, at most 2 Ollama calls at once', async () => {
    fake.setReply(['A ', 'short ', 'note.'], 40);
    const res = await t.api().post('/api/v1/departments/marketing/chat').send({ message: 'How do we launch?' }).expect(200);
    expect(res.body).toMatchObject({
      success: true,
      agent_name: 'Knowledge Synthesizer Marketing',
      agent_role: 'synth',
      synthesized_from: 5,
      department_id: 'marketing',
      status: 'complete',
    });
    expect(fake.requests).toHaveLength(6);
    expect(fake.maxConcurrent).toBe(2);
    const synthesis = fake.requests.at(-1)!;
    const prompt = synthesis.messages.map((m) => m.content).join('\n');
    for (const name of ['Senior Advisor Marketing', 'Strategy Advisor Marketing', 'Internal Scout Marketing', 'External Scout Marketing', 'Action Executor Marketing']) {
      expect(prompt).toContain(name);
    }
    expect(prompt).toContain('How do we launch?');
    const [reply] = await t.dataSource.query("SELECT metadata FROM chat_messages WHERE id = ?", [res.body.message_id]);
    expect(JSON.parse(reply.metadata)).toMatchObject({ agent_id: 'A45', synthesized_from: 5 });
  });

  it('lets one agent of the department answer directly (agent_id), in that agent\'s session', async () => {
    const res = await t.api().post('/api/v1/departments/finance/chat').send({ message: 'Cash runway?', agent_id: 'A51' }).expect(200);
    expect(res.body).toMatchObject({ agent_id: 'A51', agent_name: 'Senior Advisor Finance', synthesized_from: 0, status: 'complete' });
    expect(fake.requests).toHaveLength(1);
    const [session] = await t.dataSource.query('SELECT scope_type, scope_id FROM chat_sessions WHERE session_id = ?', [res.body.session_id]);
    expect(session).toEqual({ scope_type: 'agent', scope_id: 'A51' });
    const wrong = await t.api().post('/api/v1/departments/finance/chat').send({ message: 'x', agent_id: 'A11' });
    expect(wrong.status).toBe(404);
    expectErrorBody(wrong.body, 404);
  });

  it('shows a department only its own sessions, and 403 for another scope', async () => {
    const legal = await t.api().post('/api/v1/departments/legal/chat').send({ message: 'Contract risk?' }).expect(200);
    const hr = await t.api().post('/api/v1/departments/hr/chat').send({ message: 'Hiring plan?' }).expect(200);
    const list = await t.api().get('/api/v1/departments/legal/chat/sessions').expect(200);
    const ids = list.body.sessions.map((s: { session_id: string }) => s.session_id);
    expect(ids).toContain(legal.body.session_id);
    expect(ids).not.toContain(hr.body.session_id);
    const view = await t.api().get(`/api/v1/departments/legal/chat/sessions/${legal.body.session_id}`).expect(200);
    expect(view.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    const foreign = await t.api().get(`/api/v1/departments/legal/chat/sessions/${hr.body.session_id}`);
    expect(foreign.status).toBe(403);
    expectErrorBody(foreign.body, 403);
    const unknown = await t.api().get('/api/v1/departments/legal/chat/sessions/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    // Sending into another department's session is refused too, and stores nothing.
    const before = await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages');
    const cross = await t.api().post('/api/v1/departments/legal/chat').send({ message: 'sneaky', session_id: hr.body.session_id });
    expect(cross.status).toBe(403);
    expect(await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages')).toEqual(before);
  });

  it('404s an unknown department and 400s an empty message', async () => {
    const unknown = await t.api().post('/api/v1/departments/nope/chat').send({ message: 'hi' });
    expect(unknown.status).toBe(404);
    const empty = await t.api().post('/api/v1/departments/sales/chat').send({ message: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('message must not be blank');
    const missing = await t.api().post('/api/v1/departments/sales/chat').send({});
    expect(missing.status).toBe(400);
    expectErrorBody(missing.body, 400);
  });
});
