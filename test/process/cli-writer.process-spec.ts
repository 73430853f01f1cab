import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ChildServer, runCli, startChildServer } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';

/**
 * A second process writing the same SQLite file while the server is under write load: the CLI's
 * `token --create` must wait its turn (BEGIN IMMEDIATE + busy timeout), never fail "database is locked".
 */
describe('CLI writer under server write load (SQLite file)', () => {
  const TOKEN = 'cli-writer-founder-token-0123456789';
  const dir = mkdtempSync(join(tmpdir(), 'daena-cli-writer-'));
  const dbFile = join(dir, 'daena.sqlite');
  let server: ChildServer;

  beforeAll(async () => {
    server = await startChildServer({ DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN, OLLAMA_BASE_URL: 'http://127.0.0.1:9', THROTTLE_LIMIT: '100000' });
  }, 40_000);
  afterAll(async () => {
    server.process.kill('SIGKILL');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (label: string) => runCli(['token', '--create', '--role', 'viewer', '--label', label], { DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN });

  it('every token --create succeeds while clients write, and the server answers no 5xx', async () => {
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    const session = await (await fetch(`${server.url}/api/v1/chat-history/sessions`, { method: 'POST', headers, body: JSON.stringify({ title: 'load' }) })).json();
    let running = true;
    const statuses: number[] = [];
    const writers = Array.from({ length: 6 }, async (_, w) => {
      for (let i = 0; running; i++) {
        const res = await fetch(`${server.url}/api/v1/chat-history/sessions/${session.session_id}/messages`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ role: 'user', content: `writer ${w} message ${i}` }),
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
    });
    const results: Array<{ code: number | null; output: string }> = [];
    for (let i = 0; i < 3; i++) results.push(...(await Promise.all([cli(`load-${i}-a`), cli(`load-${i}-b`)])));
    running = false;
    await Promise.all(writers);

    expect(results.filter((r) => r.code !== 0).map((r) => r.output)).toEqual([]);
    expect(statuses.length).toBeGreaterThan(50);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const { output: listed } = await runCli(['token', '--list'], { DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN });
    for (let i = 0; i < 3; i++) for (const s of ['a', 'b']) expect(listed).toContain(`load-${i}-${s}`);
  }, 90_000);
});

/**
 * A CLI run boots the app's modules in an application context. Boot recovery (left-over `streaming`
 * replies → `interrupted`) must not run there: the server next to it may be generating them right now.
 */
describe('a CLI run next to a server that is generating a reply', () => {
  const TOKEN = 'cli-writer-founder-token-0123456789';
  const dir = mkdtempSync(join(tmpdir(), 'daena-cli-reply-'));
  const dbFile = join(dir, 'daena.sqlite');
  let fake: FakeOllama;
  let server: ChildServer;

  beforeAll(async () => {
    fake = await FakeOllama.start();
    server = await startChildServer({ DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN, OLLAMA_BASE_URL: fake.url });
  }, 40_000);
  afterAll(async () => {
    server.process.kill('SIGKILL');
    await server.exited;
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the running reply alone: it keeps streaming, and no system interrupted event is written', async () => {
    // Long enough (~60 s) that the CLI has booted and exited while it streams, even on a busy machine.
    fake.setReply(Array.from({ length: 600 }, (_, i) => `t${i} `), 100);
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    const pending = fetch(`${server.url}/api/v1/daena/chat`, { method: 'POST', headers, body: JSON.stringify({ message: 'take your time' }) });
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const streaming = () => db.prepare("SELECT id, session_id FROM chat_messages WHERE status = 'streaming'").all() as Array<{ id: number; session_id: string }>;
      for (const started = Date.now(); !streaming().length; ) {
        if (Date.now() - started > 20_000) throw new Error('no reply started streaming');
        await new Promise((r) => setTimeout(r, 50));
      }
      const [reply] = streaming();
      const run = await runCli(['token', '--list'], { DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN });
      expect(run.code).toBe(0);
      // Before the fix the CLI's boot marked it interrupted here (and the server later overwrote that).
      expect(streaming()).toEqual([reply]);
      const bySystem = () => db.prepare("SELECT COUNT(*) AS n FROM event_log WHERE event_type = 'chat.message.interrupted' AND actor = 'system'").get() as { n: number };
      expect(bySystem().n).toBe(0);
      await fetch(`${server.url}/api/v1/chat-history/sessions/${reply.session_id}/messages/${reply.id}/stop`, { method: 'POST', headers });
      expect(await (await pending).json()).toMatchObject({ message_id: reply.id, status: 'interrupted' });
      expect(bySystem().n).toBe(0);
    } finally {
      db.close();
    }
  }, 90_000);
});
