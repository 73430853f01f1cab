import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { FOUNDER_TOKEN } from '../support/app';
import { ChildServer, ROOT, startChildServer } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';
import { pgCreateDatabase, pgDropDatabase } from '../support/postgres';
import { connectSocket, ReceivedEvent, waitFor } from '../support/socket';

const run = promisify(execFile);

/**
 * `npm run test:cluster` (needs PostgreSQL and a build): two built instances of the service as child
 * processes on two ports, one database, clients on both (issue 15 item 5). The in-process variant of
 * the first scenarios (deltas across instances included) is test/postgres/two-instances.pg-spec.ts.
 */
describe('a cluster of two instances on one PostgreSQL', () => {
  const name = `daena_cluster_${process.pid}`;
  let url: string;
  let db: Client;
  let fake: FakeOllama;
  let a: ChildServer;
  let b: ChildServer;
  const env = () => ({ DB_TYPE: 'postgres', DB_URL: url, AUTH_TOKEN: FOUNDER_TOKEN, OLLAMA_BASE_URL: fake.url, THROTTLE_LIMIT: '100000', THROTTLE_CHAT_LIMIT: '100000' });

  const call = async (server: ChildServer, method: string, path: string, body?: unknown, token = FOUNDER_TOKEN) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
  const newSession = async (server: ChildServer) => (await call(server, 'POST', '/api/v1/chat-history/sessions', { scope_type: 'executive' })).body.session_id as string;
  const cli = async (...args: string[]) => {
    const result = await run(process.execPath, [join(ROOT, 'dist/src/cli.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', ...env(), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    return { stdout: result.stdout, exitedAt: Date.now() };
  };
  /** Polls until `check` holds; the time it took (ms). */
  const within = async (ms: number, what: string, check: () => Promise<boolean>) => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return Date.now() - started;
  };
  const ids = (received: ReceivedEvent[]) => received.map((e) => e.id!);
  const expectOrderedOnce = (list: number[]) => {
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort((x, y) => x - y)).toEqual(list);
  };

  beforeAll(async () => {
    url = await pgCreateDatabase(name);
    db = new Client({ connectionString: url });
    await db.connect();
    fake = await FakeOllama.start({});
    a = await startChildServer(env(), { compiled: true });
    b = await startChildServer({ ...env(), SEED_ON_START: 'false' }, { compiled: true });
  }, 120_000);
  afterAll(async () => {
    for (const server of [a, b]) if (server && server.process.exitCode === null && !server.process.signalCode) {
      server.process.kill('SIGTERM');
      await server.exited;
    }
    await db?.end();
    await fake?.stop();
    await pgDropDatabase(name);
  }, 60_000);
  beforeEach(() => {
    fake.setReply(null);
    fake.resetStats();
  });

  it('delivers events caused through A to clients on B in order and once', async () => {
    const session = await newSession(a);
    const onB = await connectSocket(b.url, { rooms: [`session:${session}`] });
    const sends = [];
    for (let i = 0; i < 20; i++) sends.push(call(a, 'POST', `/api/v1/chat-history/sessions/${session}/messages`, { role: 'user', content: `a${i}`, client_message_id: `a${i}` }));
    expect((await Promise.all(sends)).map((r) => r.status)).toEqual(Array(20).fill(201));
    const logged = await rows<{ id: number }>("SELECT id FROM event_log WHERE event_type = 'chat.message.created' AND entity_type = 'chat_message' ORDER BY id");
    await waitFor(() => onB.received.filter((e) => e.event_type === 'chat.message.created').length >= 20, 5000, '20 events on B');
    onB.socket.close();
    expectOrderedOnce(ids(onB.received));
    expect(ids(onB.received.filter((e) => e.event_type === 'chat.message.created'))).toEqual(logged.slice(-20).map((r) => Number(r.id)));
  }, 30_000);

  it('pushes a CLI token rotation to clients on both instances live; both honour it within 1 s', async () => {
    const made = await cli('token', '--create', '--role', 'founder', '--label', 'cluster');
    const old = made.stdout.match(/daena_\S+/)![0];
    await within(1000, 'the new founder token on both', async () => (await call(a, 'GET', '/api/v1/departments', undefined, old)).status === 200 && (await call(b, 'GET', '/api/v1/departments', undefined, old)).status === 200);
    const onA = await connectSocket(a.url);
    const onB = await connectSocket(b.url);
    const rotated = await cli('token', '--rotate');
    const fresh = rotated.stdout.match(/daena_\S+/)![0];
    const [row] = await rows<{ id: number }>("SELECT id FROM event_log WHERE event_type = 'config.updated' AND entity_id = 'auth.tokens' ORDER BY id DESC LIMIT 1");
    for (const client of [onA, onB]) {
      const live = await waitFor(() => client.received.find((e) => e.id === Number(row.id)), 1000, 'the rotation on a socket');
      expect(live).toMatchObject({ event_type: 'config.updated', entity_id: 'auth.tokens' });
      expect(JSON.stringify(live)).not.toContain(fresh);
    }
    onA.socket.close();
    onB.socket.close();
    for (const server of [a, b]) {
      await within(1000, 'the rotated-out token refused', async () => (await call(server, 'GET', '/api/v1/departments', undefined, old)).status === 401);
      expect((await call(server, 'GET', '/api/v1/departments', undefined, fresh)).status).toBe(200);
    }
  }, 60_000);

  it('one message and one reply when the same client_message_id reaches A and B at once', async () => {
    const session = await newSession(a);
    fake.setReply(Array.from({ length: 10 }, (_, i) => `once${i} `), 20);
    const results = await Promise.all([a, b, a, b].map((s) => call(s, 'POST', '/api/v1/daena/chat', { message: 'once', session_id: session, client_message_id: 'same' })));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.body.user_message_id)).size).toBe(1);
    expect(new Set(results.map((r) => r.body.message_id)).size).toBe(1);
    expect(await rows('SELECT role, COUNT(*)::int AS n FROM chat_messages WHERE session_id = $1 GROUP BY role ORDER BY role', [session])).toEqual([
      { role: 'assistant', n: 1 },
      { role: 'user', n: 1 },
    ]);
    expect(fake.requests).toHaveLength(1);
  }, 30_000);

  it('two debate rounds started on A and B at once: one runs, the other gets 409', async () => {
    const started = await call(a, 'POST', '/api/v1/councils/finance_council/debates', { topic: 'Two instances, one round?' });
    expect(started.status).toBe(201);
    const session = started.body.session_id;
    fake.setReply(['A ', 'short ', 'position.'], 100); // each generation ~0.3 s: the two requests overlap
    const [onA, onB] = await Promise.all([a, b].map((s) => call(s, 'POST', `/api/v1/councils/finance_council/debates/${session}/rounds`)));
    expect([onA.status, onB.status].sort()).toEqual([200, 409]);
    const refused = onA.status === 409 ? onA : onB;
    expect(refused.body).toMatchObject({ status_code: 409 });
    const view = await call(b, 'GET', `/api/v1/councils/finance_council/debates/${session}`);
    expect(view.body.rounds).toHaveLength(2);
  }, 60_000);

  it('maintenance mode and the emergency stop switched on A take effect on B within 1 s', async () => {
    expect((await call(a, 'PUT', '/api/v1/founder/config/maintenance_mode', { value: true })).status).toBe(200);
    const maintenance = await within(1000, 'maintenance on B', async () => (await call(b, 'POST', '/api/v1/chat-history/sessions', { scope_type: 'executive' })).status === 503);
    expect((await call(a, 'PUT', '/api/v1/founder/config/maintenance_mode', { value: false })).status).toBe(200);
    await within(1000, 'maintenance off on B', async () => (await call(b, 'POST', '/api/v1/chat-history/sessions', { scope_type: 'executive' })).status === 200);

    // A generation running on B when the stop is pressed on A is aborted there.
    const session = await newSession(b);
    const watching = await connectSocket(b.url, { rooms: [`session:${session}`] });
    fake.setReply(Array.from({ length: 200 }, (_, i) => `slow${i} `), 50);
    const running = call(b, 'POST', '/api/v1/daena/chat', { message: 'long answer', session_id: session });
    // Pressed once tokens flow: a stop before the first token ends the reply offline, not interrupted.
    await waitFor(() => watching.received.some((e) => e.event_type === 'chat.message.delta'), 5000, 'the generation streaming on B');
    watching.socket.close();
    const stop = await call(a, 'POST', '/api/v1/founder/emergency-stop', { reason: 'cluster drill' });
    expect(stop.status).toBe(200);
    await within(1000, 'B paused', async () => (await call(b, 'GET', '/api/v1/daena/status')).body.brain.paused === true);
    const reply = await running;
    expect(reply.status).toBe(200);
    // Aborted on B: what had streamed by then is kept, the last of the 200 tokens never came.
    const [stored] = await rows<{ status: string; content: string }>("SELECT status, content FROM chat_messages WHERE session_id = $1 AND role = 'assistant'", [session]);
    expect(stored.status).toBe('interrupted');
    expect(stored.content).not.toContain('slow199');
    expect((await call(b, 'POST', '/api/v1/founder/emergency-stop/release')).status).toBe(200);
    await within(1000, 'A released', async () => (await call(a, 'GET', '/api/v1/daena/status')).body.brain.paused === false);
    expect(maintenance).toBeLessThan(1000);
  }, 60_000);

  it('kill -9 of A under write load: its clients reconnect to B with their last id and miss nothing; no acknowledged message is lost', async () => {
    const session = await newSession(b);
    const room = `session:${session}`;
    const onA = await Promise.all(Array.from({ length: 3 }, () => connectSocket(a.url, { rooms: [room] })));
    const onB = await Promise.all(Array.from({ length: 2 }, () => connectSocket(b.url, { rooms: [room] })));
    const acknowledged: string[] = [];
    let writing = true;
    let n = 0;
    const writer = async (server: () => ChildServer) => {
      while (writing) {
        const i = n++;
        const res = await call(server(), 'POST', `/api/v1/chat-history/sessions/${session}/messages`, { role: 'user', content: `load ${i}`, client_message_id: `load-${i}` }).catch(() => null);
        if (res?.status === 201) acknowledged.push(res.body.message.id);
      }
    };
    let target = a;
    const writers = [writer(() => target), writer(() => target), writer(() => b), writer(() => b)];
    await waitFor(() => acknowledged.length >= 40, 20_000, '40 acknowledged writes');
    a.process.kill('SIGKILL');
    await a.exited;
    target = b; // the load balancer sends A's traffic to B
    // A's clients reconnect to B, each with the last id it received.
    const moved = await Promise.all(
      onA.map(async (client) => {
        const last = Math.max(0, ...ids(client.received));
        const again = await connectSocket(b.url, { rooms: [room], last_event_id: last });
        return { socket: again.socket, received: client.received, later: again.received };
      }),
    );
    const ackedBeforeStop = acknowledged.length;
    await waitFor(() => acknowledged.length >= ackedBeforeStop + 20, 20_000, '20 more writes on B');
    writing = false;
    await Promise.all(writers);

    const stored = await rows<{ id: string }>('SELECT id FROM chat_messages WHERE session_id = $1', [session]);
    const storedIds = new Set(stored.map((r) => String(r.id)));
    expect(acknowledged.filter((id) => !storedIds.has(String(id)))).toEqual([]);
    const logged = (await rows<{ id: number }>("SELECT id FROM event_log WHERE event_type = 'chat.message.created' AND rooms LIKE $1 ORDER BY id", [`%${room}%`])).map((r) => Number(r.id));
    expect(logged).toHaveLength(stored.length);
    const created = (list: ReceivedEvent[]) => ids(list.filter((e) => e.event_type === 'chat.message.created'));
    for (const client of moved) {
      await waitFor(() => created([...client.received, ...client.later]).length >= logged.length, 5000, 'every event on a moved client');
      const seen = created([...client.received, ...client.later]);
      expectOrderedOnce(seen);
      expect(seen).toEqual(logged);
      client.socket.close();
    }
    for (const client of onB) {
      await waitFor(() => created(client.received).length >= logged.length, 5000, 'every event on a B client');
      expect(created(client.received)).toEqual(logged);
      client.socket.close();
    }
    for (const client of onA) client.socket.close();
  }, 120_000);
});
