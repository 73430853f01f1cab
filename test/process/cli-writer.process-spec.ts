import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ChildServer, ROOT, startChildServer } from '../support/child-server';
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

  const cli = (label: string) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), 'token', '--create', '--role', 'viewer', '--label', label], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN, LOG_LEVEL: 'error' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      child.on('exit', (code) => resolve({ code, output }));
    });

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
    const list = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), 'token', '--list'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN, LOG_LEVEL: 'error' },
    });
    let listed = '';
    list.stdout.on('data', (c) => (listed += c));
    await new Promise((r) => list.on('exit', r));
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

  it('leaves the running reply alone: it ends complete, with no interrupted event', async () => {
    fake.setReply(Array.from({ length: 40 }, (_, i) => `t${i} `), 100);
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    const pending = fetch(`${server.url}/api/v1/daena/chat`, { method: 'POST', headers, body: JSON.stringify({ message: 'take your time' }) });
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const streaming = () => db.prepare("SELECT id FROM chat_messages WHERE status = 'streaming'").all() as Array<{ id: number }>;
      for (const started = Date.now(); !streaming().length; ) {
        if (Date.now() - started > 20_000) throw new Error('no reply started streaming');
        await new Promise((r) => setTimeout(r, 50));
      }
      const [{ id }] = streaming();
      const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), 'token', '--list'], {
          cwd: ROOT,
          env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: dbFile, AUTH_TOKEN: TOKEN, LOG_LEVEL: 'error' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (c) => (output += c));
        child.stderr.on('data', (c) => (output += c));
        child.on('exit', (code) => resolve({ code, output }));
      });
      expect(run.code).toBe(0);
      // The CLI ran while the reply was still being generated.
      expect(streaming().map((r) => r.id)).toContain(id);
      const res = await (await pending).json();
      expect(res).toMatchObject({ message_id: id, status: 'complete' });
      const interrupted = db.prepare("SELECT COUNT(*) AS n FROM event_log WHERE event_type = 'chat.message.interrupted'").get() as { n: number };
      expect(interrupted.n).toBe(0);
    } finally {
      db.close();
    }
  }, 60_000);
});
