import { OllamaHealthService } from '../src/llm/ollama-health.service';
import { useTestApp } from './support/app';
import { FakeOllamaFault } from './support/fake-ollama';
import { connectSocket, waitFor } from './support/socket';

interface Speaker {
  name: string;
  path: string;
  scope: { scope_type: string; scope_id: string | null };
  author: string;
  /** Ollama calls one founder message makes when everything works. */
  callsPerMessage: number;
}

const SPEAKERS: Speaker[] = [
  { name: 'Daena', path: '/api/v1/daena/chat', scope: { scope_type: 'executive', scope_id: null }, author: 'Daena', callsPerMessage: 1 },
  {
    name: 'department',
    path: '/api/v1/departments/engineering/chat',
    scope: { scope_type: 'department', scope_id: 'engineering' },
    author: 'Knowledge Synthesizer Engineering',
    callsPerMessage: 6,
  },
  { name: 'agent', path: '/api/v1/agents/A21/chat', scope: { scope_type: 'agent', scope_id: 'A21' }, author: 'Senior Advisor Product', callsPerMessage: 1 },
];

const FAULTS: Array<{ fault: FakeOllamaFault; status: 'offline' | 'interrupted'; reason: string }> = [
  { fault: 'down', status: 'offline', reason: 'down' },
  { fault: 'slow_first_token', status: 'offline', reason: 'timeout' },
  { fault: 'model_404', status: 'offline', reason: 'model_missing' },
  { fault: 'overloaded_503', status: 'offline', reason: 'overloaded' },
  { fault: 'error_mid_stream', status: 'interrupted', reason: 'stream_error' },
  { fault: 'cut_stream', status: 'interrupted', reason: 'truncated' },
  { fault: 'garbage_line', status: 'interrupted', reason: 'stream_error' },
];

describe.each(SPEAKERS)('$name chat over Ollama', (speaker) => {

  const t = useTestApp({ ollama: true, env: { OLLAMA_FIRST_TOKEN_TIMEOUT_MS: '400', OLLAMA_CONCURRENCY: '2' } });
  const fake = t.ollama;

  const messagesOf = (sessionId: string) =>
    t.dataSource.query('SELECT * FROM chat_messages WHERE session_id = ? ORDER BY id', [sessionId]) as Promise<
      Array<{ id: number; role: string; content: string; status: string; model: string; author: string | null; reply_to_id: number | null; tokens: number | null }>
    >;
  const eventsOf = (sessionId: string) =>
    t.dataSource.query("SELECT event_type, payload FROM event_log WHERE payload LIKE ? ORDER BY id", [`%${sessionId}%`]) as Promise<
      Array<{ event_type: string; payload: string }>
    >;

  it('answers, stores both messages with their events, and sends the history on the second turn', async () => {
    const first = await t.api().post(speaker.path).send({ message: 'First question about the plan' }).expect(200);
    expect(first.body).toMatchObject({ success: true, session_id: expect.any(String), status: 'complete' });
    expect(first.body.response).toContain('First question about the plan');
    const sessionId = first.body.session_id;

    const second = await t.api().post(speaker.path).send({ message: 'Second question', session_id: sessionId }).expect(200);
    expect(second.body.session_id).toBe(sessionId);

    const rows = await messagesOf(sessionId);
    expect(rows.map((r) => [r.role, r.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(rows[1]).toMatchObject({ author: speaker.author, reply_to_id: rows[0].id, model: 'qwen2.5:7b-instruct', content: first.body.response });
    expect(rows[1].tokens).toBeGreaterThan(0);
    const [session] = await t.dataSource.query('SELECT * FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(session).toMatchObject({ scope_type: speaker.scope.scope_type, scope_id: speaker.scope.scope_id, message_count: 4 });

    const types = (await eventsOf(sessionId)).map((e) => e.event_type);
    expect(types.filter((e) => e === 'chat.message.created')).toHaveLength(4);
    expect(types.filter((e) => e === 'chat.message.completed')).toHaveLength(2);

    // The last Ollama call of the second turn carries the first exchange.
    const last = fake.requests.at(-1)!;
    const contents = last.messages.map((m) => m.content).join('\n');
    expect(last.messages[0].role).toBe('system');
    expect(contents).toContain('First question about the plan');
    expect(contents).toContain(first.body.response);
    expect(last.messages.at(-1)).toMatchObject({ role: 'user' });
    expect(last.messages.at(-1)!.content).toContain('Second question');
  });

  it.each(FAULTS)('on $fault: 200, the user message kept, the reply $status', async ({ fault, status, reason }) => {
    await fake.setFault(fault, { delayMs: 1500, afterTokens: 2 });
    if (fault === 'down' || fault === 'overloaded_503') await t.app.get(OllamaHealthService).refresh();
    const res = await t.api().post(speaker.path).send({ message: `What now under ${fault}?` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, session_id: expect.any(String), status });
    const rows = await messagesOf(res.body.session_id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ role: 'user', content: `What now under ${fault}?`, status: 'complete' });
    expect(rows[1]).toMatchObject({ role: 'assistant', status, author: speaker.author });
    if (status === 'offline') {
      expect(rows[1].model).toBe('offline');
      expect(rows[1].content).toContain(speaker.author);
      expect(rows[1].content).toMatch(/offline/i);
    } else {
      // The partial text that arrived before the fault is kept.
      expect(rows[1].content.length).toBeGreaterThan(0);
      expect(rows[1].content).toBe(res.body.response);
    }
    const payloads = (await eventsOf(res.body.session_id)).map((e) => JSON.parse(e.payload));
    const final = payloads.filter((p) => p.id === rows[1].id).at(-1);
    expect(final.status).toBe(status);
    expect(final.metadata.offline_reason ?? final.metadata.interrupted_reason).toBe(reason);
  });

  it('streams deltas to the session room whose concatenation is the stored reply', async () => {
    const start = await t.api().post('/api/v1/chat-history/sessions').send(speaker.scope).expect(200);
    const sessionId = start.body.session_id;
    const { socket, received } = await connectSocket(t.url, { rooms: [`session:${sessionId}`] });
    fake.setReply(['Alpha ', 'beta ', 'gamma ', 'delta ', 'epsilon.'], 30);
    const res = await t.api().post(speaker.path).send({ message: 'stream it', session_id: sessionId }).expect(200);
    const replyId = res.body.message_id;
    await waitFor(() => received.some((e) => e.event_type === 'chat.message.completed' && e.payload.id === replyId), 3000, 'completion');
    socket.close();
    const deltas = received.filter((e) => e.event_type === 'chat.message.delta' && e.payload.message_id === replyId);
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.map((d) => d.payload.seq)).toEqual(deltas.map((_, i) => i));
    const [row] = (await messagesOf(sessionId)).filter((r) => r.id === replyId);
    expect(deltas.map((d) => d.payload.delta).join('')).toBe(row.content);
    expect(row.content).toBe('Alpha beta gamma delta epsilon.');
  });

  it('is idempotent by client_message_id', async () => {
    const first = await t.api().post(speaker.path).send({ message: 'once', client_message_id: 'cm-1' }).expect(200);
    const again = await t.api().post(speaker.path).send({ message: 'once', client_message_id: 'cm-1', session_id: first.body.session_id }).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, message_id: first.body.message_id, response: first.body.response });
    expect(await messagesOf(first.body.session_id)).toHaveLength(2);
    expect(fake.requests).toHaveLength(speaker.callsPerMessage);
  });

  it('regenerates an offline reply once the brain is back', async () => {
    await fake.setFault('down');
    await t.app.get(OllamaHealthService).refresh();
    const res = await t.api().post(speaker.path).send({ message: 'try later' }).expect(200);
    expect(res.body.status).toBe('offline');
    await fake.setFault(null);
    await t.app.get(OllamaHealthService).refresh();
    const regen = await t.api().post(`/api/v1/chat-history/sessions/${res.body.session_id}/messages/${res.body.message_id}/regenerate`).expect(200);
    expect(regen.body.message).toMatchObject({ id: res.body.message_id, status: 'complete' });
    expect(regen.body.response).toContain('try later');
    const rows = await messagesOf(res.body.session_id);
    expect(rows).toHaveLength(2);
    const again = await t.api().post(`/api/v1/chat-history/sessions/${res.body.session_id}/messages/${res.body.message_id}/regenerate`);
    expect(again.status).toBe(409);
  });
});
