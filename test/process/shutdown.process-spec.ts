import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FOUNDER_TOKEN } from '../support/app';
import { ChildServer, startChildServer } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';
import { connectSocket, waitFor } from '../support/socket';

/** A GET with its own agent (false = a new connection, never one reused from a pool). */
function freshGet(url: string, agent: Agent | false = false): Promise<{ statusCode?: number; body: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, headers: { Authorization: `Bearer ${FOUNDER_TOKEN}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ statusCode: res.statusCode, body, socket: req.socket! }));
    });
    req.on('error', reject);
  });
}

describe('graceful shutdown (SIGTERM / SIGINT on the real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-shutdown-'));
  let fake: FakeOllama;
  let server: ChildServer | null = null;
  let run = 0;
  const env = (extra: Record<string, string> = {}) => ({
    DB_DATABASE: join(dir, `daena-${++run}.sqlite`),
    AUTH_TOKEN: FOUNDER_TOKEN,
    OLLAMA_BASE_URL: fake.url,
    STREAM_CHECKPOINT_MS: '100',
    LOG_LEVEL: 'log',
    ...extra,
  });

  beforeAll(async () => {
    fake = await FakeOllama.start();
  });
  afterEach(() => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
    server = null;
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGTERM answers the in-flight reply as interrupted, refuses new connections, disconnects sockets, exits 0', async () => {
    const { DB_DATABASE: dbFile, ...rest } = env({ SHUTDOWN_TIMEOUT_MS: '10000' });
    server = await startChildServer({ DB_DATABASE: dbFile, ...rest });
    const url = server.url;
    const { socket } = await connectSocket(url);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    // An idle keep-alive connection, opened before the signal: the server must close it, not wait for it.
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const idle = await freshGet(`${url}/health`, keepAlive);
    expect(idle.statusCode).toBe(200);
    const idleClosed = new Promise<void>((resolve) => idle.socket.once('close', () => resolve()));

    fake.setReply(Array.from({ length: 400 }, (_, i) => `word${i} `), 25);
    const inFlight = fetch(`${url}/api/v1/daena/chat`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'a long answer please', client_message_id: 'shutdown-1' }),
    });
    const reader = new Database(dbFile, { readonly: true, fileMustExist: true });
    const streaming = await waitFor(
      () =>
        reader.prepare("SELECT id, content FROM chat_messages WHERE role = 'assistant' AND status = 'streaming' AND length(content) > 30").get() as
          | { id: number; content: string }
          | undefined,
      15_000,
      'a reply streaming with checkpointed text',
    );

    const signalledAt = Date.now();
    server.process.kill('SIGTERM');
    await waitFor(() => server!.output().includes('SIGTERM received'), 5000, 'the shutdown to begin');
    // A new connection is refused while the in-flight request is still being answered.
    await expect(freshGet(`${url}/health`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const res = await inFlight;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; response: string; message_id: number; duplicate: boolean };
    expect(body).toMatchObject({ status: 'interrupted', message_id: streaming.id, duplicate: false });
    expect(body.response.startsWith(streaming.content)).toBe(true);
    expect(body.response.length).toBeLessThan(Array.from({ length: 400 }, (_, i) => `word${i} `).join('').length);

    expect(await disconnected).toMatch(/transport close|io server disconnect/);
    await idleClosed;
    expect(await server.exited).toBe(0);
    const elapsed = Date.now() - signalledAt;
    expect(elapsed).toBeLessThan(10_000);
    expect(server.output()).toMatch(/shutdown complete in \d+ ms/);
    expect(server.output()).not.toMatch(/forcing exit/);
    socket.close();
    keepAlive.destroy();

    // Every row is on disk: the reply interrupted with the text that was answered, and its event.
    const rows = reader.prepare('SELECT id, role, status, content, client_message_id FROM chat_messages ORDER BY id').all() as Array<{
      id: number;
      role: string;
      status: string;
      content: string;
      client_message_id: string | null;
    }>;
    expect(rows).toEqual([
      expect.objectContaining({ role: 'user', status: 'complete', content: 'a long answer please', client_message_id: 'shutdown-1' }),
      { id: streaming.id, role: 'assistant', status: 'interrupted', content: body.response, client_message_id: null },
    ]);
    const events = reader
      .prepare("SELECT payload FROM event_log WHERE event_type = 'chat.message.interrupted' AND entity_id = ?")
      .all(String(streaming.id)) as Array<{ payload: string }>;
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].payload)).toMatchObject({ status: 'interrupted', content: body.response });
    reader.close();
  }, 60_000);

  it('on SIGINT with nothing in flight exits 0', async () => {
    server = await startChildServer(env());
    server.process.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGINT received[\s\S]*shutdown complete in \d+ ms/);
  }, 60_000);

  it('forces the exit (code 1, with a warning) when a request outlives SHUTDOWN_TIMEOUT_MS', async () => {
    server = await startChildServer(env({ SHUTDOWN_TIMEOUT_MS: '1000' }));
    const { port } = new URL(server.url);
    // A request whose body never finishes arriving: it can never be answered.
    const stuck = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => stuck.once('connect', () => resolve()));
    stuck.on('error', () => undefined);
    stuck.write(
      `POST /api/v1/chat-history/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${FOUNDER_TOKEN}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":',
    );
    await new Promise((r) => setTimeout(r, 200));
    const signalledAt = Date.now();
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(1000);
    expect(server.output()).toMatch(/shutdown did not finish within 1000 ms \(1 request\(s\) still open\): forcing exit/);
    stuck.destroy();
  }, 60_000);
});
