import { FakeOllama } from '../support/fake-ollama';
import { createTestApp, TestApp } from '../support/app';
import { pgCreateDatabase, pgDropDatabase } from '../support/postgres';
import { connectSocket, waitFor } from '../support/socket';

/**
 * Needs PostgreSQL (`npm run test:pg`): two instances of the service on one database, in one process
 * (each with its own pool, relay and socket server), clients on both.
 */
describe('two instances on one PostgreSQL', () => {
  const name = `daena_two_${process.pid}`;
  let a: TestApp;
  let b: TestApp;
  let fake: FakeOllama;

  beforeAll(async () => {
    const url = await pgCreateDatabase(name);
    fake = await FakeOllama.start({});
    const env = { DB_TYPE: 'postgres', DB_URL: url, OLLAMA_BASE_URL: fake.url };
    a = await createTestApp(env);
    b = await createTestApp({ ...env, SEED_ON_START: 'false' });
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await fake?.stop();
    await pgDropDatabase(name);
  });

  it('delivers events written through A to sockets on B, in order and once, and replays them on B', async () => {
    const session = (await a.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' }).expect(200)).body.session_id;
    const onB = await connectSocket(b.url, { rooms: [`session:${session}`] });
    const onA = await connectSocket(a.url, { rooms: [`session:${session}`] });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).api().post(`/api/v1/chat-history/sessions/${session}/messages`).send({ role: 'user', content: `m${i}`, client_message_id: `m${i}` }),
      ),
    );
    const created = (r: typeof onB.received) => r.filter((e) => e.event_type === 'chat.message.created');
    await waitFor(() => created(onB.received).length === 30 && created(onA.received).length === 30, 5000, '30 events on both');
    for (const { received } of [onA, onB]) {
      const ids = received.map((e) => e.id!);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    }
    expect(onB.received.map((e) => e.id)).toEqual(onA.received.map((e) => e.id));
    onA.socket.close();
    onB.socket.close();
    const replay = await connectSocket(b.url, { rooms: [`session:${session}`], last_event_id: onB.received[0].id! - 1 });
    replay.socket.close();
    expect(replay.received.map((e) => e.id)).toEqual(onB.received.map((e) => e.id));
  });

  it('streams the deltas of a reply generated on A to a client on B', async () => {
    const session = (await a.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' }).expect(200)).body.session_id;
    const onB = await connectSocket(b.url, { rooms: [`session:${session}`] });
    fake.setReply(Array.from({ length: 10 }, (_, i) => `tok${i} `), 30);
    await a.api().post('/api/v1/daena/chat').send({ message: 'stream to B', session_id: session }).expect(200);
    fake.setReply(null);
    await waitFor(() => onB.received.some((e) => e.event_type === 'chat.message.delta'), 3000, 'a delta on B');
    const deltas = onB.received.filter((e) => e.event_type === 'chat.message.delta');
    expect(deltas.every((e) => e.id === null)).toBe(true);
    onB.socket.close();
  });

  it('one message and one reply when the same client_message_id is sent to A and B at once', async () => {
    const session = (await a.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' }).expect(200)).body.session_id;
    fake.setReply(Array.from({ length: 10 }, (_, i) => `p${i} `), 20);
    fake.resetStats();
    const results = await Promise.all(
      [a, b, a, b].map((t) => t.api().post('/api/v1/daena/chat').send({ message: 'once', session_id: session, client_message_id: 'same' }).expect(200)),
    );
    fake.setReply(null);
    expect(new Set(results.map((r) => r.body.user_message_id)).size).toBe(1);
    const rows = (await a.dataSource.query('SELECT role, COUNT(*)::int AS n FROM chat_messages WHERE session_id = $1 GROUP BY role ORDER BY role', [session])) as unknown[];
    expect(rows).toEqual([
      { role: 'assistant', n: 1 },
      { role: 'user', n: 1 },
    ]);
    expect(fake.requests).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.response)).size).toBe(1);
  });

  it('maintenance mode switched on A refuses writes on B within 1 s', async () => {
    await a.api().put('/api/v1/founder/config/maintenance_mode').send({ value: true }).expect(200);
    const switched = Date.now();
    let status = 0;
    while (Date.now() - switched < 1000 && status !== 503) {
      status = (await b.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' })).status;
      if (status !== 503) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(503);
    await a.api().put('/api/v1/founder/config/maintenance_mode').send({ value: false }).expect(200);
  });
});
