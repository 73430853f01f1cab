import { createTestApp, eventRows, expectErrorBody, TestApp } from '../support/app';

/** Issue 11, group 5: the methods the original used for two updates. */
describe('compat: PUT /chat-history/sessions/:id and POST /voice/settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('PUT /chat-history/sessions/:id renames and recategorises like PATCH (row and event)', async () => {
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ title: 'Before' }).expect(200)).body.session_id;
    const res = await t.api().put(`/api/v1/chat-history/sessions/${sessionId}/`).send({ title: 'After', category: 'test' }).expect(200);
    expect(res.body).toMatchObject({ session_id: sessionId, title: 'After', category: 'test' });
    const [row] = await t.dataSource.query('SELECT title, category FROM chat_sessions WHERE session_id = ?', [sessionId]);
    expect(row).toEqual({ title: 'After', category: 'test' });
    const [updated] = await eventRows(t.dataSource, 'chat.session.updated', sessionId);
    expect(JSON.parse(updated.payload)).toMatchObject({ session_id: sessionId, changes: { title: 'After', category: 'test' } });
    // The same checks as PATCH: unknown fields, bad values and unknown sessions.
    expectErrorBody((await t.api().put(`/api/v1/chat-history/sessions/${sessionId}`).send({ title: 'x', owner: 'me' }).expect(400)).body, 400);
    await t.api().put(`/api/v1/chat-history/sessions/${sessionId}`).send({ title: '' }).expect(400);
    await t.api().put('/api/v1/chat-history/sessions/00000000-0000-4000-8000-000000000000').send({ title: 'x' }).expect(404);
    expect(await eventRows(t.dataSource, 'chat.session.updated', sessionId)).toHaveLength(1);
  });

  it('POST /voice/settings updates like PATCH and answers the original status, updated, current_settings', async () => {
    const res = await t.api().post('/api/v1/voice/settings/').send({ volume: 0.4, rate: 180 }).expect(200);
    expect(res.body).toMatchObject({ success: true, status: 'success', updated: ['volume', 'rate'], volume: 0.4, rate: 180, target: 'daena' });
    expect(res.body.current_settings).toMatchObject({ volume: 0.4, rate: 180, pitch: 1 });
    const rows = await t.dataSource.query('SELECT agent_id, volume, rate FROM voice_state');
    expect(rows).toEqual([{ agent_id: null, volume: 0.4, rate: 180 }]);
    expect(await eventRows(t.dataSource, 'voice.settings.updated', 'daena')).toHaveLength(1);
    const patched = await t.api().get('/api/v1/voice/settings').expect(200);
    expect(patched.body).toMatchObject({ volume: 0.4, rate: 180 });
    await t.api().post('/api/v1/voice/settings').send({ volume: 2 }).expect(400);
    await t.api().post('/api/v1/voice/settings').send({ speed: 1 }).expect(400);
    expect(await eventRows(t.dataSource, 'voice.settings.updated', 'daena')).toHaveLength(1);
  });
});
