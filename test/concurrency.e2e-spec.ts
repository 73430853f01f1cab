import { useTestApp } from './support/app';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Many requests at once against the serialised write path: no lost write, no duplicate, one order. */
describe('concurrent writes', () => {
  const N = 50;
  const t = useTestApp({ ollama: true });
  const fake = t.ollama;

  const parallel = <T>(n: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));

  it(`${N} parallel get-or-create calls for one scope and thread make one session and one event`, async () => {
    const body = { scope_type: 'department', scope_id: 'engineering', thread_key: 'standup' };
    const results = await parallel(N, () => t.api().post('/api/v1/chat-history/get-or-create-session').send(body).expect(200));
    const ids = new Set(results.map((r) => r.body.session_id as string));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.body.created === true)).toHaveLength(1);
    const [sessionId] = [...ids];
    const sessions = await t.dataSource.query("SELECT session_id FROM chat_sessions WHERE scope_type = 'department' AND scope_id = 'engineering'");
    expect(sessions).toEqual([{ session_id: sessionId }]);
    const events = await t.dataSource.query("SELECT entity_id FROM event_log WHERE event_type = 'chat.session.created' AND entity_id = ?", [sessionId]);
    expect(events).toHaveLength(1);
  });

  it(`${N} parallel messages to one session are all stored, each with its event, in one consistent order`, async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' }).expect(200)).body.session_id;
    const results = await parallel(N, (i) =>
      t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: `message ${i}`, client_message_id: `m-${i}` }).expect(201),
    );
    expect(results.every((r) => r.body.duplicate === false)).toBe(true);
    const acknowledged = new Map(results.map((r) => [r.body.message.id as number, r.body.message.content as string]));
    expect(acknowledged.size).toBe(N);

    const rows = (await t.dataSource.query('SELECT id, content, client_message_id, created_at FROM chat_messages WHERE session_id = ? ORDER BY id', [
      sessionId,
    ])) as Array<{ id: number; content: string; client_message_id: string; created_at: string }>;
    expect(rows).toHaveLength(N);
    expect(new Map(rows.map((r) => [r.id, r.content]))).toEqual(acknowledged);
    expect(new Set(rows.map((r) => r.client_message_id)).size).toBe(N);
    // Writes are serialised, so ids and created_at agree: in id order, created_at never goes back.
    const byCreatedAt = [...rows].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id));
    expect(byCreatedAt.map((r) => r.id)).toEqual(rows.map((r) => r.id));

    const [session] = await t.dataSource.query('SELECT message_count FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(session.message_count).toBe(N);
    // One event per message, and the event log is in the same commit order as the message ids.
    const events = (await t.dataSource.query(
      "SELECT entity_id FROM event_log WHERE event_type = 'chat.message.created' AND entity_id IN (" + rows.map(() => '?').join(',') + ') ORDER BY id',
      rows.map((r) => String(r.id)),
    )) as Array<{ entity_id: string }>;
    expect(events.map((e) => Number(e.entity_id))).toEqual(rows.map((r) => r.id));
  });

  it(`${N} parallel sends with the same client_message_id store one row; the others are duplicates of it`, async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'general' }).expect(200)).body.session_id;
    const results = await parallel(N, () =>
      t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: 'only once', client_message_id: 'same' }).expect(201),
    );
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(results.filter((r) => r.body.duplicate === true)).toHaveLength(N - 1);
    expect(new Set(results.map((r) => r.body.message.id)).size).toBe(1);
    const rows = await t.dataSource.query('SELECT id FROM chat_messages WHERE session_id = ?', [sessionId]);
    expect(rows).toEqual([{ id: results[0].body.message.id }]);
    const events = await t.dataSource.query("SELECT id FROM event_log WHERE event_type = 'chat.message.created' AND entity_id = ?", [String(rows[0].id)]);
    expect(events).toHaveLength(1);
    const [session] = await t.dataSource.query('SELECT message_count FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(session.message_count).toBe(1);
  });

  it(`${N} parallel chat sends with the same client_message_id give one user message and one generated reply`, async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/get-or-create-session').send({ scope_type: 'executive', thread_key: 'retries' }).expect(200)).body
      .session_id;
    // A reply that takes a while: the duplicates arrive while it is being generated.
    fake.setReply(Array.from({ length: 20 }, (_, i) => `part${i} `), 5);
    fake.resetStats();
    const results = await parallel(N, () =>
      t.api().post('/api/v1/daena/chat').send({ message: 'answer me once', session_id: sessionId, client_message_id: 'same-chat' }).expect(200),
    );
    fake.setReply(null);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.user_message_id)).size).toBe(1);
    expect(new Set(results.map((r) => r.body.message_id)).size).toBe(1);
    // Every caller got the finished reply, and Ollama was asked once.
    expect(new Set(results.map((r) => `${r.body.status}|${r.body.response}`))).toEqual(new Set([`complete|${Array.from({ length: 20 }, (_, i) => `part${i} `).join('')}`]));
    expect(fake.requests).toHaveLength(1);
    const rows = await t.dataSource.query('SELECT role, COUNT(*) AS n FROM chat_messages WHERE session_id = ? GROUP BY role ORDER BY role', [sessionId]);
    expect(rows).toEqual([
      { role: 'assistant', n: 1 },
      { role: 'user', n: 1 },
    ]);
  });

  describe('a retried first message (no session_id) with one client_message_id', () => {
    const sessionsOf = async (scopeType: string, scopeId: string | null) =>
      (await t.dataSource.query("SELECT session_id FROM chat_sessions WHERE scope_type = ? AND COALESCE(scope_id, '') = COALESCE(?, '')", [scopeType, scopeId])) as Array<{ session_id: string }>;
    const expectOne = async (results: Array<{ body: any }>, scope: [string, string | null], reply: string) => {
      expect(new Set(results.map((r) => r.body.session_id)).size).toBe(1);
      expect(new Set(results.map((r) => r.body.user_message_id)).size).toBe(1);
      expect(new Set(results.map((r) => r.body.message_id)).size).toBe(1);
      expect(new Set(results.map((r) => `${r.body.status}|${r.body.response}`))).toEqual(new Set([`complete|${reply}`]));
      expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
      expect(fake.requests).toHaveLength(1);
      const sessions = await sessionsOf(...scope);
      expect(sessions).toEqual([{ session_id: results[0].body.session_id }]);
      const rows = await t.dataSource.query('SELECT role, COUNT(*) AS n FROM chat_messages WHERE session_id = ? GROUP BY role ORDER BY role', [sessions[0].session_id]);
      expect(rows).toEqual([
        { role: 'assistant', n: 1 },
        { role: 'user', n: 1 },
      ]);
      const created = await t.dataSource.query("SELECT COUNT(*) AS n FROM event_log WHERE event_type = 'chat.session.created' AND entity_id = ?", [sessions[0].session_id]);
      expect(created).toEqual([{ n: 1 }]);
    };

    it('10 sends one after the other: 1 session, 1 message, 1 LLM call, the same reply every time', async () => {
      const results = [];
      for (let i = 0; i < 10; i++) results.push(await t.api().post('/api/v1/agents/A31/chat').send({ message: 'first words', client_message_id: 'first-seq' }).expect(200));
      await expectOne(results, ['agent', 'A31'], 'Reply from qwen2.5:7b-instruct to: first words');
    });

    it('10 sends at once: the same', async () => {
      fake.setReply(Array.from({ length: 10 }, (_, i) => `bit${i} `), 10);
      const results = await parallel(10, () => t.api().post('/api/v1/departments/finance/chat').send({ message: 'all at once', client_message_id: 'first-par', agent_id: 'A52' }).expect(200));
      await expectOne(results, ['agent', 'A52'], Array.from({ length: 10 }, (_, i) => `bit${i} `).join(''));
    });

    it('the key is per scope: the same client_message_id in another scope opens its own session', async () => {
      const a = await t.api().post('/api/v1/daena/chat').send({ message: 'hello', client_message_id: 'shared-id' }).expect(200);
      const b = await t.api().post('/api/v1/agents/A32/chat').send({ message: 'hello', client_message_id: 'shared-id' }).expect(200);
      expect(a.body.session_id).not.toBe(b.body.session_id);
      expect([a.body.duplicate, b.body.duplicate]).toEqual([false, false]);
      expect(fake.requests).toHaveLength(2);
    });
  });
});
