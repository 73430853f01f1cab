import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildServer, ROOT, startChildServer } from './support/child-server';

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
