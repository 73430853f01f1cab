import { EventsService } from '../src/events/events.service';
import { AuthService } from '../src/auth/auth.service';
import { expectErrorBody, FOUNDER_TOKEN, useTestApp } from './support/app';
import { expectReplayWithoutInterleaving } from './support/replay-check';
import { connectSocket, ReceivedEvent, waitFor } from './support/socket';

describe('event log spine', () => {
  const t = useTestApp();

  const newSession = async () => (await t.api().post('/api/v1/chat-history/sessions').send({}).expect(200)).body.session_id as string;
  const say = (sessionId: string, content: string) =>
    t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content }).expect(201);
  const ids = (events: ReceivedEvent[]) => events.map((e) => e.id);

  it('replays every event after last_event_id exactly once, in order, then goes live', async () => {
    const sessionId = await newSession();
    const from = (await t.api().get('/api/v1/events/stats').expect(200)).body.latest_event_id as number;
    for (let i = 0; i < 30; i++) await say(sessionId, `before ${i}`);
    const latestBefore = (await t.api().get('/api/v1/events/stats')).body.latest_event_id as number;

    // Writes keep landing while the client connects and replays.
    const writer = (async () => {
      for (let i = 0; i < 30; i++) await say(sessionId, `during ${i}`);
    })();
    const { socket, received } = await connectSocket(t.url, { last_event_id: from });
    await writer;
    for (let i = 0; i < 5; i++) await say(sessionId, `after ${i}`);
    const latest = (await t.api().get('/api/v1/events/stats')).body.latest_event_id as number;
    await waitFor(() => received.at(-1)?.id === latest, 3000, 'the last live event');
    socket.close();

    const expected = Array.from({ length: latest - from }, (_, i) => from + i + 1);
    expect(ids(received)).toEqual(expected);
    expect(latest - latestBefore).toBe(35);
    const last = received.at(-1)!;
    expect(last).toMatchObject({ event_type: 'chat.message.created', entity_type: 'chat_message', payload: { content: 'after 4' } });
  });

  // On SQLite a replay batch runs without yielding (synchronous driver); the PostgreSQL suite runs
  // the same check where reads truly interleave with commits.
  it('never interleaves live events with a long replay: no gap, no duplicate, ascending', () => expectReplayWithoutInterleaving(t));

  it('keeps session rooms apart', async () => {
    const mine = await newSession();
    const other = await newSession();
    const { socket, received } = await connectSocket(t.url, { rooms: [`session:${mine}`] });
    await say(other, 'not for you');
    await say(mine, 'for you');
    await waitFor(() => received.some((e) => e.payload.content === 'for you'), 3000, 'own session event');
    await new Promise((r) => setTimeout(r, 100));
    socket.close();
    expect(received.every((e) => e.payload.session_id === mine)).toBe(true);
    expect(received.some((e) => e.payload.content === 'not for you')).toBe(false);
  });

  it('subscribes and unsubscribes with an ack, and refuses the founder room to viewers', async () => {
    const viewerToken = await t.app.get(AuthService).createToken('viewer', 'test');
    const { socket, ready } = await connectSocket(t.url, { token: viewerToken, rooms: ['all', 'founder'] });
    expect(ready).toMatchObject({ rooms: ['all'], denied: ['founder'] });
    const ack = await socket.emitWithAck('subscribe', { rooms: ['founder', 'department:engineering'] });
    expect(ack).toMatchObject({ ok: false, denied: ['founder'] });
    expect(ack.rooms).toEqual(expect.arrayContaining(['all', 'department:engineering']));
    const bad = await socket.emitWithAck('subscribe', { rooms: 'all' });
    expect(bad).toMatchObject({ ok: false, error: expect.any(String) });
    const left = await socket.emitWithAck('unsubscribe', { rooms: ['department:engineering'] });
    expect(left.rooms).toEqual(['all']);
    socket.close();
  });

  it('refuses a socket without a valid token', async () => {
    await expect(connectSocket(t.url, { token: 'not-a-valid-token-at-all' })).rejects.toThrow('unauthorized');
    await expect(connectSocket(t.url, { token: '' })).rejects.toThrow('unauthorized');
  });

  it('serves the log over HTTP ascending with next_after_id, filters and stats', async () => {
    const sessionId = await newSession();
    await say(sessionId, 'one');
    await say(sessionId, 'two');
    const page1 = await t.api().get('/api/v1/events?limit=2&event_type=chat.message.created').expect(200);
    expect(page1.body.events).toHaveLength(2);
    expect(page1.body.events[0].id).toBeLessThan(page1.body.events[1].id);
    const page2 = await t.api().get(`/api/v1/events?limit=1000&event_type=chat.message.created&after_id=${page1.body.next_after_id}`).expect(200);
    expect(page2.body.events[0].id).toBeGreaterThan(page1.body.next_after_id);
    expect(page2.body.has_more).toBe(false);
    const stats = await t.api().get('/api/v1/events/stats?hours=1').expect(200);
    expect(stats.body.by_type['chat.message.created']).toBeGreaterThanOrEqual(2);
    const bad = await t.api().get('/api/v1/events?after_id=-1');
    expect(bad.status).toBe(400);
    expectErrorBody(bad.body, 400);
  });

  it('hash-chains every row and finds an edited row', async () => {
    const events = t.app.get(EventsService);
    const sessionId = await newSession();
    await say(sessionId, 'chain me');
    const ok = await events.verifyChain();
    expect(ok).toMatchObject({ ok: true, first_broken_id: null });
    expect(ok.checked).toBeGreaterThan(3);
    const [victim] = await t.dataSource.query("SELECT id FROM event_log WHERE event_type = 'chat.message.created' ORDER BY id DESC LIMIT 1");
    await t.dataSource.query(`UPDATE event_log SET payload = replace(payload, 'chain me', 'forged') WHERE id = ?`, [victim.id]);
    const broken = await events.verifyChain();
    expect(broken).toMatchObject({ ok: false, first_broken_id: victim.id });
  });

  it('requires a bearer token on the API but not on /health', async () => {
    const none = await t.api(null).get('/api/v1/events');
    expect(none.status).toBe(401);
    expectErrorBody(none.body, 401);
    expect((await t.api('wrong-token-wrong-token').get('/api/v1/events')).status).toBe(401);
    expect((await t.api(FOUNDER_TOKEN).get('/api/v1/events?limit=1')).status).toBe(200);
    await t.api(null).get('/health').expect(200);
    const ready = await t.api(null).get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
    const res = await t.api(null).get('/health').set('X-Request-Id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});

describe('event log hash chain', () => {
  // Its own app: the spine's tests leave a forged row behind.
  const t = useTestApp();

  // Every hashed column, not only the payload: a chain that skipped one would let it be forged unseen.
  it.each([
    ['rooms', `'["all"]'`],
    ['actor', `'forged:actor'`],
    ['entity_id', `'forged-entity'`],
    ['created_at', `'2001-02-03 04:05:06.789'`],
    ['event_type', `'chat.message.forged'`],
    ['entity_type', `'forged_type'`],
  ])('finds a row whose %s was edited, and none once it is put back', async (column, forged) => {
    const events = t.app.get(EventsService);
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({}).expect(200)).body.session_id as string;
    await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: `tamper ${column}` }).expect(201);
    const [victim] = await t.dataSource.query("SELECT * FROM event_log WHERE event_type = 'chat.message.created' ORDER BY id DESC LIMIT 1");
    expect(await events.verifyChain()).toMatchObject({ ok: true });
    await t.dataSource.query(`UPDATE event_log SET ${column} = ${forged} WHERE id = ?`, [victim.id]);
    expect(await events.verifyChain()).toMatchObject({ ok: false, first_broken_id: victim.id, reason: expect.stringContaining('hash does not match') });
    await t.dataSource.query(`UPDATE event_log SET ${column} = ? WHERE id = ?`, [victim[column], victim.id]);
    expect(await events.verifyChain()).toMatchObject({ ok: true, first_broken_id: null });
  });
});
