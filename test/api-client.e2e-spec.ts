import createClient from 'openapi-fetch';
import type { paths } from '../web/src/api/schema';
import { FOUNDER_TOKEN, useTestApp } from './support/app';

/**
 * The main flows driven through the client generated from the committed contract
 * (`web/src/api/schema.d.ts` + openapi-fetch), the one the dashboard uses. Every field read here is
 * typed by the spec: a response the spec leaves untyped fails `npm run typecheck`.
 */
describe('generated API client (openapi-fetch + schema.d.ts)', () => {
  const t = useTestApp({ ollama: true });
  const client = () => createClient<paths>({ baseUrl: t.url, headers: { Authorization: `Bearer ${FOUNDER_TOKEN}` } });

  /** The data of a 2xx answer (fails the test with the error body otherwise). */
  function ok<T>(answer: { data?: T; error?: unknown; response: Response }): T {
    if (!answer.response.ok || answer.data === undefined) throw new Error(`HTTP ${answer.response.status}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  }
  const latestEventId = async (): Promise<number> => (await t.dataSource.query('SELECT MAX(id) AS id FROM event_log'))[0].id as number;

  it('lists the departments, then one department agents', async () => {
    const list = ok(await client().GET('/api/v1/departments'));
    const slugs: string[] = list.departments.map((d) => d.slug);
    const rows: Array<{ slug: string }> = await t.dataSource.query('SELECT slug FROM departments WHERE NOT hidden ORDER BY sunflower_index');
    expect(slugs).toEqual(rows.map((r) => r.slug));
    expect(list.total).toBe(rows.length);
    const count: number = list.departments[0].agents_count;
    const agents = ok(await client().GET('/api/v1/departments/{slug}/agents', { params: { path: { slug: slugs[0] } } }));
    expect(agents.agents).toHaveLength(count);
    expect(agents.agents.every((a) => a.department === slugs[0])).toBe(true);
  });

  it('starts a Daena chat and sends a message: stored rows, event rows and typed reply fields', async () => {
    const start = ok(await client().POST('/api/v1/daena/chat/start', { body: {} }));
    const sessionId: string = start.session_id;
    expect(start.session.scope_type).toBe('executive');
    expect(start.messages[0].content).toBe(start.welcome_message);

    t.ollama.setReply(['Numbers ', 'look ', 'fine.']);
    const before = await latestEventId();
    const reply = ok(
      await client().POST('/api/v1/daena/chat', { body: { message: 'How are the numbers?', session_id: sessionId, client_message_id: 'client-1' } }),
    );
    expect(reply).toMatchObject({ success: true, session_id: sessionId, response: 'Numbers look fine.', status: 'complete', duplicate: false });
    const messages: Array<{ id: number; role: string; content: string; status: string }> = await t.dataSource.query(
      'SELECT id, role, content, status FROM chat_messages WHERE session_id = ? ORDER BY id',
      [sessionId],
    );
    expect(messages.map((m) => [m.role, m.content])).toEqual([
      ['assistant', start.welcome_message],
      ['user', 'How are the numbers?'],
      ['assistant', 'Numbers look fine.'],
    ]);
    expect(reply.message_id).toBe(messages[2].id);
    expect(reply.user_message_id).toBe(messages[1].id);

    // The events of that send, replayed after the id seen before it, through the same client.
    const page = ok(await client().GET('/api/v1/events', { params: { query: { after_id: before } } }));
    const ids: Array<number | null> = page.events.map((e) => e.id);
    expect(ids.every((id) => id !== null && id > before)).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a! - b!));
    const created = page.events.filter((e) => e.event_type === 'chat.message.created' && e.payload.session_id === sessionId);
    expect(created.map((e) => e.entity_id)).toEqual([String(messages[1].id), String(messages[2].id)]);
    const rows: Array<{ id: number; event_type: string }> = await t.dataSource.query('SELECT id, event_type FROM event_log WHERE id > ? ORDER BY id', [before]);
    expect(page.events.map((e) => [e.id, e.event_type])).toEqual(rows.map((r) => [r.id, r.event_type]));
    expect(page.next_after_id).toBe(rows.at(-1)!.id);
    expect(page.resync_required).toBe(false);

    // The same client_message_id again: the stored reply, nothing new written.
    const again = ok(
      await client().POST('/api/v1/daena/chat', { body: { message: 'How are the numbers?', session_id: sessionId, client_message_id: 'client-1' } }),
    );
    expect(again).toMatchObject({ duplicate: true, message_id: reply.message_id });
    expect(await latestEventId()).toBe(rows.at(-1)!.id);
  });

  it('lists sessions and pages a session messages back by cursor (before_id)', async () => {
    const session = ok(await client().POST('/api/v1/chat-history/sessions', { body: { title: 'Cursor walk' } }));
    for (let i = 1; i <= 5; i++) {
      ok(await client().POST('/api/v1/chat-history/sessions/{session_id}/messages', {
        params: { path: { session_id: session.session_id } },
        body: { role: 'user', content: `note ${i}` },
      }));
    }
    const sessions = ok(await client().GET('/api/v1/chat-history/sessions', { params: { query: { limit: 100 } } }));
    const listed = sessions.sessions.find((s) => s.session_id === session.session_id);
    expect(listed).toMatchObject({ title: 'Cursor walk', message_count: 5, last_message: 'note 5' });

    const path = { session_id: session.session_id };
    const newest = ok(await client().GET('/api/v1/chat-history/sessions/{session_id}/messages', { params: { path, query: { limit: 2 } } }));
    expect(newest.messages.map((m) => m.content)).toEqual(['note 4', 'note 5']);
    expect(newest.has_more).toBe(true);
    const cursor: number | null = newest.next_before_id;
    const older = ok(await client().GET('/api/v1/chat-history/sessions/{session_id}/messages', { params: { path, query: { limit: 2, before_id: cursor! } } }));
    expect(older.messages.map((m) => m.content)).toEqual(['note 2', 'note 3']);
    const oldest = ok(
      await client().GET('/api/v1/chat-history/sessions/{session_id}/messages', { params: { path, query: { limit: 2, before_id: older.next_before_id! } } }),
    );
    expect(oldest.messages.map((m) => m.content)).toEqual(['note 1']);
    expect(oldest).toMatchObject({ has_more: false, next_before_id: null });
    const rows: Array<{ id: number }> = await t.dataSource.query('SELECT id FROM chat_messages WHERE session_id = ? ORDER BY id', [session.session_id]);
    expect([...oldest.messages, ...older.messages, ...newest.messages].map((m) => m.id)).toEqual(rows.map((r) => r.id));
  });

  it('talks to an agent and to a department: typed speaker fields, sessions in their scopes', async () => {
    const { departments } = ok(await client().GET('/api/v1/departments'));
    const slug = departments[0].slug;
    const { agents } = ok(await client().GET('/api/v1/departments/{slug}/agents', { params: { path: { slug } } }));
    const agent = agents[0];

    t.ollama.setReply(['On ', 'it.']);
    const agentReply = ok(await client().POST('/api/v1/agents/{cell_id}/chat', { params: { path: { cell_id: agent.cell_id } }, body: { message: 'Status?' } }));
    const agentName: string = agentReply.agent_name;
    expect(agentReply).toMatchObject({ success: true, agent_id: agent.cell_id, response: 'On it.', brain_available: true });
    expect(agentName).toBe(agent.name);
    const [agentSession] = await t.dataSource.query('SELECT scope_type, scope_id, message_count FROM chat_sessions WHERE session_id = ?', [agentReply.session_id]);
    expect(agentSession).toEqual({ scope_type: 'agent', scope_id: agent.cell_id, message_count: 2 });

    t.ollama.setReply(['The ', 'team ', 'agrees.']);
    const departmentReply = ok(
      await client().POST('/api/v1/departments/{slug}/chat', { params: { path: { slug } }, body: { message: 'What should we do next?' } }),
    );
    const synthesizedFrom: number = departmentReply.synthesized_from;
    expect(departmentReply).toMatchObject({ success: true, department_id: slug, response: 'The team agrees.' });
    expect(synthesizedFrom).toBeGreaterThan(0);
    const [departmentSession] = await t.dataSource.query('SELECT scope_type, scope_id FROM chat_sessions WHERE session_id = ?', [departmentReply.session_id]);
    expect(departmentSession).toEqual({ scope_type: 'department', scope_id: slug });
    const [stored] = await t.dataSource.query('SELECT author, content FROM chat_messages WHERE id = ?', [departmentReply.message_id]);
    expect(stored).toEqual({ author: departmentReply.agent_name, content: 'The team agrees.' });

    const office = ok(await client().GET('/api/v1/departments/{slug}/chat/sessions', { params: { path: { slug } } }));
    expect(office.sessions.map((s) => s.session_id)).toContain(departmentReply.session_id);
  });

  it('answers a bad query parameter with the typed error body', async () => {
    const answer = await client().GET('/api/v1/chat-history/sessions/{session_id}/messages', {
      params: { path: { session_id: 'x' }, query: { before_id: 0 } },
    });
    expect(answer.response.status).toBe(400);
    expect(answer.error).toMatchObject({ status_code: 400, error: 'Bad Request' });
  });
});
