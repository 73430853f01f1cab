import { AuthService } from '../src/auth/auth.service';
import { createTestApp, TestApp } from './support/app';
import { connectSocket } from './support/socket';

const waitFor = async (condition: () => boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('socket: founder-only events reach founder connections only, whatever room', () => {
  let t: TestApp;
  let viewerToken: string;
  let hiddenAgent: string;

  beforeAll(async () => {
    t = await createTestApp({ SOCKET_MESSAGE_LIMIT: '60', SOCKET_MESSAGE_WINDOW_MS: '60000' });
    viewerToken = await t.app.get(AuthService).createToken('viewer', 'visibility');
    const agents = await t.api().get('/api/v1/departments/blackops/agents?include_hidden=true').expect(200);
    hiddenAgent = (agents.body.agents ?? agents.body)[0].cell_id;
  });
  afterAll(() => t.close());

  it('a viewer in agent:<hidden> and department:<hidden> rooms gets none of their events, live or on replay', async () => {
    const rooms = ['all', `agent:${hiddenAgent}`, 'department:blackops'];
    const viewer = await connectSocket(t.url, { token: viewerToken, rooms });
    expect(viewer.ready.rooms).toEqual(rooms);
    // Trying to leave the internal room that marks viewer connections changes nothing.
    await viewer.socket.emitWithAck('unsubscribe', { rooms: ['#viewers'] });
    const founder = await connectSocket(t.url, { rooms: [`agent:${hiddenAgent}`] });

    await t.api().patch(`/api/v1/agents/${hiddenAgent}`).send({ description: 'secret work' }).expect(200);
    await t.api().patch(`/api/v1/voice/agents/${hiddenAgent}`).send({ talk_active: true }).expect(200);
    await waitFor(() => founder.received.some((e) => e.event_type === 'agent.updated' && e.entity_id === hiddenAgent), 3000, 'agent.updated at the founder');
    await waitFor(() => founder.received.some((e) => e.event_type === 'voice.settings.updated'), 3000, 'voice.settings.updated at the founder');
    // A public event after them: once the viewer has it, it would have had the earlier ones too.
    const marker = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'marker' });
    await waitFor(() => viewer.received.some((e) => e.event_type === 'chat.session.created' && e.entity_id === marker.body.session_id), 3000, 'the public marker');
    expect(viewer.received.filter((e) => e.entity_id === hiddenAgent)).toEqual([]);

    const replay = await connectSocket(t.url, { token: viewerToken, rooms, last_event_id: 0 });
    await waitFor(() => replay.received.some((e) => e.entity_id === marker.body.session_id), 3000, 'replay of the marker');
    expect(replay.received.filter((e) => e.entity_id === hiddenAgent)).toEqual([]);
    const founderReplay = await connectSocket(t.url, { rooms: [`agent:${hiddenAgent}`], last_event_id: 0 });
    await waitFor(() => founderReplay.received.some((e) => e.event_type === 'agent.updated' && e.entity_id === hiddenAgent), 3000, 'founder replay');
    for (const s of [viewer, founder, replay, founderReplay]) s.socket.close();
  });

  it('disconnects a connection past its message budget; others keep working', async () => {
    const abuser = await connectSocket(t.url, { token: viewerToken });
    const bystander = await connectSocket(t.url, { token: viewerToken });
    const disconnected = new Promise<string>((resolve) => abuser.socket.once('disconnect', (reason) => resolve(reason)));
    const acks: Array<Promise<unknown>> = [];
    for (let i = 0; i < 500; i++) acks.push(abuser.socket.timeout(2000).emitWithAck('ping').catch(() => 'no ack'));
    expect(await disconnected).toBe('io server disconnect');
    const answered = (await Promise.all(acks)).filter((a) => a !== 'no ack');
    expect(answered.length).toBeLessThanOrEqual(60);
    expect(await bystander.socket.timeout(2000).emitWithAck('ping')).toMatchObject({ ok: true });
    await t.api(null).get('/health').expect(200);
    bystander.socket.close();
  });
});

describe('hidden departments, their agents, chats and tasks: founder-only on every channel', () => {
  let t: TestApp;
  let viewerToken: string;
  let hiddenAgent: string;

  beforeAll(async () => {
    t = await createTestApp();
    viewerToken = await t.app.get(AuthService).createToken('viewer', 'hidden');
    const agents = await t.api().get('/api/v1/departments/blackops/agents?include_hidden=true').expect(200);
    hiddenAgent = (agents.body.agents ?? agents.body)[0].cell_id;
  });
  afterAll(() => t.close());

  it('a chat with a hidden agent: no live event, no GET /events row, no REST read for a viewer', async () => {
    const viewer = await connectSocket(t.url, { token: viewerToken });
    const chat = await t.api().post(`/api/v1/agents/${hiddenAgent}/chat`).send({ message: 'classified plan' }).expect(200);
    const sessionId = chat.body.session_id as string;
    const marker = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'marker' });
    await waitFor(() => viewer.received.some((e) => e.entity_id === marker.body.session_id), 3000, 'the public marker');
    const leaked = (events: Array<{ entity_id: string | null; payload: Record<string, unknown> }>) =>
      events.filter((e) => e.entity_id === sessionId || e.payload?.session_id === sessionId || JSON.stringify(e.payload).includes('classified plan'));
    expect(leaked(viewer.received)).toEqual([]);
    expect(leaked((await t.api(viewerToken).get('/api/v1/events?limit=1000').expect(200)).body.events)).toEqual([]);
    expect(leaked((await t.api().get('/api/v1/events?limit=1000').expect(200)).body.events).length).toBeGreaterThan(0);

    const list = await t.api(viewerToken).get('/api/v1/chat-history/sessions?scope_type=agent').expect(200);
    expect(list.body.sessions.map((s: { session_id: string }) => s.session_id)).not.toContain(sessionId);
    await t.api(viewerToken).get(`/api/v1/chat-history/sessions/${sessionId}`).expect(404);
    await t.api(viewerToken).get(`/api/v1/chat-history/sessions/${sessionId}/messages`).expect(404);
    await t.api().get(`/api/v1/chat-history/sessions/${sessionId}`).expect(200);
    viewer.socket.close();
  });

  it('tasks of hidden departments and include_hidden are not for viewers', async () => {
    const created = await t.api().post(`/api/v1/agents/${hiddenAgent}/tasks`).send({ title: 'secret task' }).expect(201);
    const taskId = created.body.task.task_id as string;
    const asViewer = await t.api(viewerToken).get('/api/v1/tasks?limit=100').expect(200);
    expect(asViewer.body.tasks.map((task: { task_id: string }) => task.task_id)).not.toContain(taskId);
    await t.api(viewerToken).get(`/api/v1/tasks/${taskId}`).expect(404);
    await t.api(viewerToken).get(`/api/v1/agents/${hiddenAgent}/tasks`).expect(404);
    const asFounder = await t.api().get('/api/v1/tasks?limit=100').expect(200);
    expect(asFounder.body.tasks.map((task: { task_id: string }) => task.task_id)).toContain(taskId);
    for (const path of ['/api/v1/departments?include_hidden=true', `/api/v1/agents/${hiddenAgent}?include_hidden=true`, '/api/v1/agents/activity?include_hidden=1']) {
      await t.api(viewerToken).get(path).expect(403);
      await t.api().get(path).expect(200);
    }
  });
});
