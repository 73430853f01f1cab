import { EventsService } from '../../src/events/events.service';
import { useTestApp } from '../support/app';
import { pgAdmin as admin, pgDatabaseUrl } from '../support/postgres';
import { expectReplayWithoutInterleaving } from '../support/replay-check';
import { connectSocket, waitFor } from '../support/socket';

/**
 * Needs PostgreSQL (PG_TEST_URL, default postgres://postgres@127.0.0.1:5432/postgres): run with
 * `npm run test:pg`. Not part of the default `npm test`, which needs nothing but SQLite.
 */
const DB_NAME = `daena_pg_${process.pid}`;

describe('the service on PostgreSQL', () => {
  const dbUrl = pgDatabaseUrl(DB_NAME);
  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME}`);
    await admin(`CREATE DATABASE ${DB_NAME}`);
  }, 60_000);
  const t = useTestApp({ env: { DB_TYPE: 'postgres', DB_URL: dbUrl } });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  });

  it('runs its own migrations and seeds the company', async () => {
    const res = await t.api().get('/api/v1/departments').expect(200);
    expect(res.body.total).toBe(8);
    const agents = await t.api().get('/api/v1/agents?limit=500').expect(200);
    expect(agents.body.total).toBe(48);
    const migrations = await t.dataSource.query('SELECT name FROM migrations');
    expect(migrations.length).toBeGreaterThan(0);
  });

  it('stores chats with their hash-chained events and pushes them live', async () => {
    const session = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' }).expect(200)).body.session_id;
    const { socket, received } = await connectSocket(t.url, { rooms: [`session:${session}`] });
    const sends = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api().post(`/api/v1/chat-history/sessions/${session}/messages`).send({ role: 'user', content: `pg ${i}`, client_message_id: `pg-${i}` }),
      ),
    );
    expect(sends.every((r) => r.status === 201)).toBe(true);
    await waitFor(() => received.filter((e) => e.event_type === 'chat.message.created').length === 20, 5000, '20 live events');
    socket.close();
    const ids = received.map((e) => e.id!);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const page = await t.api().get(`/api/v1/chat-history/sessions/${session}/messages?limit=100`).expect(200);
    expect(page.body.messages).toHaveLength(20);
    expect(await t.app.get(EventsService).verifyChain()).toMatchObject({ ok: true });
  });

  // On PostgreSQL reads are truly asynchronous, so live commits do land while a replay is running:
  // this is where joining the rooms before the replay would interleave or duplicate events.
  it('never interleaves live events with a long replay', () => expectReplayWithoutInterleaving(t), 60_000);

  it('keeps get-or-create race-free', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.api().post('/api/v1/chat-history/get-or-create-session').send({ scope_type: 'department', scope_id: 'sales', thread_key: 'pg' }),
      ),
    );
    expect(new Set(results.map((r) => r.body.session_id)).size).toBe(1);
  });

  it('lands 10 concurrent retries of a first message (no session_id, one client_message_id) in one session with one reply', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.api().post('/api/v1/agents/A21/chat').send({ message: 'pg first', client_message_id: 'pg-first' }).expect(200)),
    );
    expect(new Set(results.map((r) => `${r.body.session_id}|${r.body.user_message_id}|${r.body.message_id}`)).size).toBe(1);
    const sessions = await t.dataSource.query("SELECT session_id FROM chat_sessions WHERE scope_type = 'agent' AND scope_id = 'A21'");
    expect(sessions).toHaveLength(1);
    const [count] = await t.dataSource.query('SELECT COUNT(*)::int AS n FROM chat_messages WHERE session_id = $1', [sessions[0].session_id]);
    expect(count.n).toBe(2);
  });
});
