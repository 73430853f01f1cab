import { ChatService } from '../src/chat/chat.service';
import { UnitOfWork } from '../src/database/unit-of-work';
import { eventRows, expectErrorBody, tableCounts, useTestApp } from './support/app';

describe('chat history API', () => {
  const t = useTestApp();

  const events = (type: string, entityId?: string) => eventRows(t.dataSource, type, entityId);

  async function newSession(body: Record<string, unknown> = {}) {
    const res = await t.api().post('/api/v1/chat-history/sessions').send(body).expect(200);
    return res.body.session_id as string;
  }

  it('creates a session, stores messages without the LLM, auto-titles it and logs both events', async () => {
    const sessionId = await newSession({ scope_type: 'department', scope_id: 'engineering' });
    const [created] = await events('chat.session.created', sessionId);
    expect(JSON.parse(created.payload)).toMatchObject({ session_id: sessionId, scope_type: 'department', category: 'departments' });

    const long = 'Plan the quarterly roadmap for the platform team, with risks and owners please';
    const res = await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: long }).expect(201);
    expect(res.body).toMatchObject({ success: true, duplicate: false, message: { role: 'user', content: long, status: 'complete' } });

    const [session] = await t.dataSource.query('SELECT * FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(session.title).toBe(`${long.slice(0, 50)}...`);
    expect(session.message_count).toBe(1);
    const messageEvents = await events('chat.message.created', String(res.body.message.id));
    expect(messageEvents).toHaveLength(1);
    expect(JSON.parse(messageEvents[0].payload)).toMatchObject({ session_id: sessionId, content: long, scope_id: 'engineering' });
    expect(messageEvents[0].actor).toBe('founder:env');
  });

  it('is idempotent by client_message_id', async () => {
    const sessionId = await newSession();
    const send = () =>
      t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: 'hello', client_message_id: 'c-1' }).expect(201);
    const first = await send();
    const second = await send();
    expect(second.body.duplicate).toBe(true);
    expect(second.body.message.id).toBe(first.body.message.id);
    const rows = await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages WHERE session_id = ?', [sessionId]);
    expect(rows[0].n).toBe(1);
  });

  it('lists newest activity first, hides empty sessions unless filtered, pages with a cursor', async () => {
    const empty = await newSession({ scope_type: 'agent', scope_id: 'A11' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await newSession({ scope_type: 'executive' });
      await t.api().post(`/api/v1/chat-history/sessions/${id}/messages`).send({ role: 'user', content: `message ${i}` }).expect(201);
      ids.push(id);
    }
    const all = await t.api().get('/api/v1/chat-history/sessions?limit=200').expect(200);
    const listed = all.body.sessions.map((s: { session_id: string }) => s.session_id);
    expect(listed).not.toContain(empty);
    expect(listed.indexOf(ids[4])).toBeLessThan(listed.indexOf(ids[0]));
    expect(all.body.sessions[0]).toMatchObject({ message_count: 1, last_message: expect.any(String) });

    const agents = await t.api().get('/api/v1/chat-history/sessions?category=agents').expect(200);
    expect(agents.body.sessions.map((s: { session_id: string }) => s.session_id)).toContain(empty);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { sessions: Array<{ session_id: string }>; next_cursor: string | null } } = await t
        .api()
        .get(`/api/v1/chat-history/sessions?category=executive&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...page.body.sessions.map((s) => s.session_id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
  });

  it('pages messages by id cursor, oldest first within a page', async () => {
    const sessionId = await newSession();
    for (let i = 0; i < 7; i++) {
      await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: i % 2 ? 'assistant' : 'user', content: `m${i}` }).expect(201);
    }
    const newest = await t.api().get(`/api/v1/chat-history/sessions/${sessionId}/messages?limit=3`).expect(200);
    expect(newest.body.messages.map((m: { content: string }) => m.content)).toEqual(['m4', 'm5', 'm6']);
    expect(newest.body.has_more).toBe(true);
    const older = await t.api().get(`/api/v1/chat-history/sessions/${sessionId}/messages?limit=3&before_id=${newest.body.next_before_id}`).expect(200);
    expect(older.body.messages.map((m: { content: string }) => m.content)).toEqual(['m1', 'm2', 'm3']);
  });

  it('renames, soft-deletes and restores, with events', async () => {
    const sessionId = await newSession();
    await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: 'keep me' }).expect(201);
    await t.api().patch(`/api/v1/chat-history/sessions/${sessionId}`).send({ title: 'Renamed', category: 'general' }).expect(200);
    await t.api().delete(`/api/v1/chat-history/sessions/${sessionId}`).expect(200);
    await t.api().get(`/api/v1/chat-history/sessions/${sessionId}`).expect(404);
    const [row] = await t.dataSource.query('SELECT * FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(row.deleted_at).not.toBeNull();
    expect((await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_messages WHERE session_id = ?', [sessionId]))[0].n).toBe(1);
    const deletedList = await t.api().get('/api/v1/chat-history/sessions?deleted=true').expect(200);
    expect(deletedList.body.sessions.map((s: { session_id: string }) => s.session_id)).toContain(sessionId);
    const restored = await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/restore`).expect(200);
    expect(restored.body).toMatchObject({ title: 'Renamed', deleted_at: null });
    for (const type of ['chat.session.updated', 'chat.session.deleted', 'chat.session.restored']) {
      expect(await events(type, sessionId)).toHaveLength(1);
    }
  });

  it('get-or-create returns one session per scope thread, even under concurrency', async () => {
    const body = { scope_type: 'department', scope_id: 'finance', thread_key: 'budget' };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.api().post('/api/v1/chat-history/get-or-create-session').send(body)),
    );
    const ids = new Set(results.map((r) => r.body.session_id));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.body.created)).toHaveLength(1);
    expect(results[0].body.thread_key).toBe('budget');
    const [id] = [...ids];
    expect(await events('chat.session.created', id)).toHaveLength(1);
    const again = await t.api().post('/api/v1/chat-history/get-or-create-session').send({ session_id: id, scope_type: 'general' }).expect(200);
    expect(again.body.session_id).toBe(id);
  });

  it('lists the categories', async () => {
    const res = await t.api().get('/api/v1/chat-history/categories').expect(200);
    expect(res.body.categories.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['executive', 'departments', 'agents', 'general']),
    );
  });

  it('answers unknown sessions with 404 and bad input with 400, changing nothing', async () => {
    const before = await tableCounts(t.dataSource, ['chat_sessions', 'chat_messages', 'event_log']);
    const unknown = await t.api().post('/api/v1/chat-history/sessions/00000000-0000-4000-8000-000000000000/messages').send({ role: 'user', content: 'x' });
    expect(unknown.status).toBe(404);
    expectErrorBody(unknown.body, 404);
    const notUuid = await t.api().get("/api/v1/chat-history/sessions/1'%20OR%201=1");
    expect(notUuid.status).toBe(404);
    const sessionId = await newSession();
    const afterCreate = await tableCounts(t.dataSource, ['chat_sessions', 'chat_messages', 'event_log']);
    for (const body of [
      {},
      { role: 'robot', content: 'x' },
      { role: 'user', content: '' },
      { role: 'user', content: 42 },
      { role: 'user', content: 'x', extra: true },
      { role: 'user', content: 'x'.repeat(40_000) },
      { role: 'user', content: 'x', client_message_id: 'has spaces' },
    ]) {
      const res = await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send(body);
      expect(res.status).toBe(400);
      expectErrorBody(res.body, 400);
    }
    const badJson = await t.api().post('/api/v1/chat-history/sessions').set('Content-Type', 'application/json').send('{"title": ');
    expect(badJson.status).toBe(400);
    expectErrorBody(badJson.body, 400);
    const badQuery = await t.api().get('/api/v1/chat-history/sessions?limit=abc&cursor=zzz');
    expect(badQuery.status).toBe(400);
    expect(await tableCounts(t.dataSource, ['chat_sessions', 'chat_messages', 'event_log'])).toEqual({
      ...afterCreate,
    });
    expect(afterCreate.chat_sessions).toBe(before.chat_sessions + 1);
  });

  it('rolls back the change and its event together when the transaction fails', async () => {
    const chat = t.app.get(ChatService);
    const uow = t.app.get(UnitOfWork);
    const session = await chat.createSession({ scopeType: 'general' });
    const before = await tableCounts(t.dataSource, ['chat_messages', 'event_log']);
    await expect(
      uow.write(async () => {
        await chat.addMessage({ sessionId: session.sessionId, role: 'user', content: 'doomed' });
        throw new Error('forced failure after the change');
      }),
    ).rejects.toThrow('forced failure');
    expect(await tableCounts(t.dataSource, ['chat_messages', 'event_log'])).toEqual(before);
    const [row] = await t.dataSource.query('SELECT message_count FROM chat_sessions WHERE session_id = ?', [session.sessionId]);
    expect(row.message_count).toBe(0);
  });
});
