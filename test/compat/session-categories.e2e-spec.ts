import { eventRows, expectErrorBody, useTestApp } from '../support/app';

/** Issue 11, group 2: any non-empty category up to 64 characters, and 200 like the original. */
describe('compat: free-form session categories', () => {
  const t = useTestApp();

  it('POST /chat-history/sessions takes category "test" and answers 200; the row and event carry it', async () => {
    const res = await t.api().post('/api/v1/chat-history/sessions/').send({ title: 'Test chat', category: 'test', scope_type: 'general' }).expect(200);
    expect(res.body).toMatchObject({ success: true, session_id: expect.any(String), category: 'test', scope_type: 'general' });
    const [row] = await t.dataSource.query('SELECT category, category_id, title FROM chat_sessions WHERE session_id = ?', [res.body.session_id]);
    expect(row).toEqual({ category: 'test', category_id: null, title: 'Test chat' });
    const [created] = await eventRows(t.dataSource, 'chat.session.created', res.body.session_id);
    expect(JSON.parse(created.payload).category).toBe('test');
  });

  it('keeps the known categories linked and normalised; trims; refuses blank, non-string and over 64 characters', async () => {
    const known = await t.api().post('/api/v1/chat-history/sessions').send({ category: 'department', scope_type: 'department', scope_id: 'hr' }).expect(200);
    const [row] = await t.dataSource.query('SELECT category, category_id FROM chat_sessions WHERE session_id = ?', [known.body.session_id]);
    expect(row.category).toBe('departments');
    expect(row.category_id).toEqual(expect.any(Number));
    const trimmed = await t.api().post('/api/v1/chat-history/sessions').send({ category: '  Q3 planning  ' }).expect(200);
    expect(trimmed.body.category).toBe('Q3 planning');
    expect((await t.api().post('/api/v1/chat-history/sessions').send({ category: 'x'.repeat(64) }).expect(200)).body.category).toHaveLength(64);
    const before = Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_sessions'))[0].n);
    for (const category of ['', '   ', 'x'.repeat(65), 42, ['test'], { a: 1 }]) {
      expectErrorBody((await t.api().post('/api/v1/chat-history/sessions').send({ category }).expect(400)).body, 400);
    }
    expect(Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM chat_sessions'))[0].n)).toBe(before);
  });

  it('the known categories stay the list filters; a free-form one is listed through its own route', async () => {
    await t.api().get('/api/v1/chat-history/sessions?category=test').expect(400);
    const executive = await t.api().get('/api/v1/chat-history/sessions?category=executive').expect(200);
    expect(executive.body.sessions.every((s: { scope_type: string }) => s.scope_type === 'executive')).toBe(true);
  });

  it('PATCH (and get-or-create) take a free-form category too', async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({}).expect(200)).body.session_id;
    await t.api().patch(`/api/v1/chat-history/sessions/${sessionId}`).send({ category: 'research notes' }).expect(200);
    const [row] = await t.dataSource.query('SELECT category FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(row.category).toBe('research notes');
    const got = await t.api().post('/api/v1/chat-history/get-or-create-session').send({ scope_type: 'general', category: 'scratch' }).expect(200);
    expect(got.body).toMatchObject({ success: true, category: 'scratch' });
  });

  it('POST /daena/chat/start answers 200 with the session and its stored welcome', async () => {
    const res = await t.api().post('/api/v1/daena/chat/start/').send({ user_id: 'masoud' }).expect(200);
    expect(res.body).toMatchObject({ success: true, session_id: expect.any(String), welcome_message: expect.any(String) });
    const rows = await t.dataSource.query('SELECT role, author FROM chat_messages WHERE session_id = ?', [res.body.session_id]);
    expect(rows).toEqual([{ role: 'assistant', author: 'Daena' }]);
  });
});
