import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startChildServer } from '../support/child-server';
import { rawRequest } from '../support/raw-http';

/** Runs the service until it exits by itself (or `timeoutMs` passes: then it is killed and `code` is 'timeout'). */
function runUntilExit(env: Record<string, string>, timeoutMs = 15_000): Promise<{ code: number | string; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', OLLAMA_BASE_URL: 'http://127.0.0.1:9', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'timeout', output });
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal ?? -1, output });
    });
  });
}

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('first start and boot failures (the real process)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'daena-boot-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows only the banner at the default level: URLs, database, LLM state, 8 + 4 departments, the founder token', async () => {
    const database = join(dir, 'clean.sqlite');
    const server = await startChildServer({ DB_DATABASE: database, AUTH_TOKEN: '', LOG_LEVEL: 'log', SWAGGER_ENABLED: 'true', OLLAMA_BASE_URL: 'http://127.0.0.1:9' });
    try {
      const deadline = Date.now() + 5000;
      while (!server.output().includes('rotate') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      // The test's own readiness polling (GET /health) is not start-up output.
      const lines = server.output().replace(/\n+$/, '').split('\n').filter((line) => !/\[Http\] GET \/health /.test(line));
      expect(lines.length).toBeLessThanOrEqual(15);
      const text = lines.join('\n');
      expect(text).toContain(`Daena is running at ${server.url}`);
      expect(text).toContain(`API docs   ${server.url}/docs`);
      expect(text).toContain(`Database   SQLite ${database}`);
      expect(text).toMatch(/LLM +down at http:\/\/127\.0\.0\.1:9/);
      expect(text).toContain('12 departments: 8 visible + 4 hidden');
      const token = /^\s+(daena_\S+)$/m.exec(text)?.[1];
      expect(token).toBeDefined();
      // No Nest start-up chatter, no seeding or token notices: the banner is the whole output.
      expect(text).not.toMatch(/RouterExplorer|InstanceLoader|Mapped|seeded|INFO|WARN/);
      expect((await rawRequest(server.url, { method: 'GET', path: '/api/v1/agents?limit=1', headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);

  it('port in use: names PORT without a stack trace, and keeps no founder token that was never shown', async () => {
    const database = join(dir, 'port.sqlite');
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const failed = await runUntilExit({ DB_DATABASE: database, AUTH_TOKEN: '', PORT: String(port), LOG_LEVEL: 'log' });
      expect(failed.code).toBe(1);
      expect(failed.output).toContain(`Cannot listen on 127.0.0.1:${port}: the port is in use`);
      expect(failed.output).toContain('set PORT');
      expect(failed.output).not.toMatch(STACK_LINE);
      expect(failed.output).not.toContain('daena_');
    } finally {
      blocker.close();
    }
    // The next start on the same database generates the token and shows it.
    const server = await startChildServer({ DB_DATABASE: database, AUTH_TOKEN: '', LOG_LEVEL: 'log' });
    try {
      const deadline = Date.now() + 5000;
      while (!/daena_\S+/.test(server.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const token = /^\s+(daena_\S+)$/m.exec(server.output())?.[1];
      expect(token).toBeDefined();
      expect((await rawRequest(server.url, { method: 'GET', path: '/api/v1/agents?limit=1', headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);

  it('a database folder that cannot be created (under /proc) fails at once, naming DB_DATABASE', async () => {
    const started = Date.now();
    const failed = await runUntilExit({ DB_DATABASE: '/proc/daena-boot-test/daena.sqlite', PORT: String(await freePort()) }, 15_000);
    expect(failed.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(failed.output).toContain('DB_DATABASE=/proc/daena-boot-test/daena.sqlite: cannot create the folder /proc/daena-boot-test');
    expect(failed.output).not.toMatch(STACK_LINE);
  }, 30_000);

  it('an unreachable PostgreSQL names DB_URL without its password, and does not announce retries', async () => {
    const failed = await runUntilExit({ DB_TYPE: 'postgres', DB_URL: 'postgres://daena:hunter2-secret@127.0.0.1:1/daena', PORT: String(await freePort()) });
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('Cannot open the PostgreSQL database postgres://127.0.0.1:1/daena');
    expect(failed.output).toContain('Check DB_URL');
    expect(failed.output).not.toContain('hunter2-secret');
    expect(failed.output).not.toMatch(/Retrying/);
    expect(failed.output).not.toMatch(STACK_LINE);
  }, 30_000);
});
