import { eventRows, useTestApp } from '../support/app';

/** Issue 11, group 3: the response envelopes the original's clients read. */
describe('compat: response envelopes', () => {
  const t = useTestApp();

  it('lists of agents, departments and councils carry success: true (councils.js checks data.success && data.councils)', async () => {
    const agents = await t.api().get('/api/v1/agents').expect(200);
    expect(agents.body).toMatchObject({ success: true, total: 48, total_count: 48, limit: 100, offset: 0, returned_count: 48 });
    expect(agents.body.agents).toHaveLength(48);
    const departments = await t.api().get('/api/v1/departments').expect(200);
    expect(departments.body).toMatchObject({ success: true, total: 8, total_count: 8, returned_count: 8 });
    const councils = await t.api().get('/api/v1/councils').expect(200);
    expect(councils.body.success && councils.body.councils).toHaveLength(4);
  });

  it('DELETE /chat-history/sessions/:id answers message "Session deleted successfully" (and soft-deletes)', async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ title: 'to delete' }).expect(200)).body.session_id;
    const res = await t.api().delete(`/api/v1/chat-history/sessions/${sessionId}/`).expect(200);
    expect(res.body).toMatchObject({ success: true, session_id: sessionId, message: 'Session deleted successfully' });
    const [row] = await t.dataSource.query('SELECT deleted_at, is_active FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(row.deleted_at).not.toBeNull();
    expect(row.is_active).toBeFalsy();
    expect(await eventRows(t.dataSource, 'chat.session.deleted', sessionId)).toHaveLength(1);
  });

  it('GET /chat-history/sessions/:id includes the newest page of messages, oldest first', async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ title: 'with messages' }).expect(200)).body.session_id;
    for (let i = 1; i <= 105; i++) {
      await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: i % 2 ? 'user' : 'assistant', content: `message ${i}` }).expect(201);
    }
    const res = await t.api().get(`/api/v1/chat-history/sessions/${sessionId}`).expect(200);
    expect(res.body).toMatchObject({ session_id: sessionId, title: 'with messages', message_count: 105, has_more: true });
    expect(res.body.messages).toHaveLength(100);
    expect(res.body.messages[0].content).toBe('message 6');
    expect(res.body.messages.at(-1).content).toBe('message 105');
    const older = await t.api().get(`/api/v1/chat-history/sessions/${sessionId}/messages?before_id=${res.body.next_before_id}`).expect(200);
    expect(older.body.messages.map((m: { content: string }) => m.content)).toEqual(['message 1', 'message 2', 'message 3', 'message 4', 'message 5']);
  });
});
