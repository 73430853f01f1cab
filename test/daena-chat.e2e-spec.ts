import { OllamaHealthService } from '../src/llm/ollama-health.service';
import { FOUNDER_TOKEN, useTestApp } from './support/app';

/** Reads an SSE response into its `data:` events. */
async function sse(url: string, body: unknown): Promise<{ status: number; events: Array<Record<string, any>>; contentType: string | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const events = text
    .split('\n\n')
    .filter((chunk) => chunk.startsWith('data: '))
    .map((chunk) => JSON.parse(chunk.slice('data: '.length)));
  return { status: res.status, events, contentType: res.headers.get('content-type') };
}

describe('Daena office', () => {
  const t = useTestApp({ ollama: true });
  const fake = t.ollama;

  it('starts a chat with a stored welcome message', async () => {
    const res = await t.api().post('/api/v1/daena/chat/start').send({}).expect(200);
    expect(res.body.welcome_message).toContain('8 departments and 48 agents');
    const rows = await t.dataSource.query('SELECT role, content, author FROM chat_messages WHERE session_id = ?', [res.body.session_id]);
    expect(rows).toEqual([{ role: 'assistant', content: res.body.welcome_message, author: 'Daena' }]);
  });

  it('streams a reply as SSE: session, tokens, done; the stored reply equals the tokens', async () => {
    fake.setReply(['One ', 'two ', 'three.'], 10);
    const { status, events, contentType } = await sse(`${t.url}/api/v1/daena/chat/stream`, { message: 'count please' });
    expect(status).toBe(200);
    expect(contentType).toContain('text/event-stream');
    expect(events[0]).toMatchObject({ type: 'session', session_id: expect.any(String) });
    expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete', session_id: events[0].session_id });
    const tokens = events.filter((e) => e.type === 'token').map((e) => e.content);
    expect(tokens).toEqual(['One ', 'two ', 'three.']);
    const [row] = await t.dataSource.query('SELECT content FROM chat_messages WHERE id = ?', [events.at(-1)!.message_id]);
    expect(row.content).toBe('One two three.');
    fake.setReply(null);
  });

  it('streams the offline reply as one token then done when Ollama is down (never a 503)', async () => {
    await fake.setFault('down');
    await t.app.get(OllamaHealthService).refresh();
    const { status, events } = await sse(`${t.url}/api/v1/daena/chat/stream`, { message: 'are you there?' });
    expect(status).toBe(200);
    expect(events.map((e) => e.type)).toEqual(['session', 'token', 'done']);
    expect(events[1].content).toContain('Daena');
    expect(events[2]).toMatchObject({ status: 'offline' });
    await fake.setFault(null);
    await t.app.get(OllamaHealthService).refresh();
  });

  it('answers a bad stream request with a JSON 400, and a foreign session with 403', async () => {
    const bad = await fetch(`${t.url}/api/v1/daena/chat/stream`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: '' }),
    });
    expect(bad.status).toBe(400);
    const agentSession = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'agent', scope_id: 'A11' }).expect(200)).body.session_id;
    const foreign = await t.api().post('/api/v1/daena/chat').send({ message: 'hi', session_id: agentSession });
    expect(foreign.status).toBe(403);
  });

  it('lists sessions by category (the route is not shadowed), views, deletes and restores one', async () => {
    const chat = await t.api().post('/api/v1/daena/chat').send({ message: 'list me' }).expect(200);
    const sessions = await t.api().get('/api/v1/daena/chat/sessions').expect(200);
    expect(sessions.body.category).toBe('executive');
    expect(sessions.body.sessions.map((s: { session_id: string }) => s.session_id)).toContain(chat.body.session_id);
    const all = await t.api().get('/api/v1/daena/chat/sessions?category=all').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(sessions.body.total);
    const view = await t.api().get(`/api/v1/daena/chat/${chat.body.session_id}`).expect(200);
    expect(view.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    await t.api().delete(`/api/v1/daena/chat/${chat.body.session_id}`).expect(200);
    await t.api().get(`/api/v1/daena/chat/${chat.body.session_id}`).expect(404);
    await t.api().post(`/api/v1/daena/chat/${chat.body.session_id}/restore`).expect(200);
    await t.api().get(`/api/v1/daena/chat/${chat.body.session_id}`).expect(200);
  });

  it('reports real status counts', async () => {
    const res = await t.api().get('/api/v1/daena/status').expect(200);
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages');
    expect(res.body.system_health).toMatchObject({ departments_online: 8, hidden_departments: 4, agents_active: 48, messages: n });
    expect(res.body.brain.state).toBe('up');
  });
});
