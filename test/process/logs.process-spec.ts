import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startChildServer } from '../support/child-server';
import { rawRequest } from '../support/raw-http';
import { waitFor } from '../support/socket';

describe('logs (the real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-security-'));
  const env = {
    DB_DATABASE: join(dir, 'daena.sqlite'),
    AUTH_TOKEN: `founder-${crypto.randomBytes(24).toString('hex')}`,
    ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'),
    OLLAMA_BASE_URL: 'http://127.0.0.1:9',
    THROTTLE_LIMIT: '100000',
    THROTTLE_CHAT_LIMIT: '100000',
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never writes a token or a credential to the logs, even at verbose level', async () => {
    // The viewer token is created by the CLI (as an operator would), before the server starts.
    const cli = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), 'token', '--create', '--role', 'viewer', '--label', 'logs'], {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    const viewerToken = cli.stdout.trim().split('\n').at(-1)!;
    expect(viewerToken).toMatch(/^daena_/);
    const secret = `ghp_${crypto.randomBytes(20).toString('hex')}`;

    const server = await startChildServer({ ...env, LOG_LEVEL: 'verbose' });
    try {
      const founder = { authorization: `Bearer ${env.AUTH_TOKEN}`, 'content-type': 'application/json' };
      expect((await rawRequest(server.url, { method: 'GET', path: '/api/v1/agents?limit=1', headers: founder })).status).toBe(200);
      expect((await rawRequest(server.url, { method: 'GET', path: '/api/v1/agents?limit=1', headers: { authorization: `Bearer ${viewerToken}` } })).status).toBe(200);
      expect((await rawRequest(server.url, { method: 'POST', path: '/api/v1/agents', headers: { authorization: `Bearer ${viewerToken}` } })).status).toBe(403);
      expect((await rawRequest(server.url, { method: 'GET', path: `/api/v1/agents?token=${viewerToken}`, headers: { authorization: `Bearer ${viewerToken}x` } })).status).toBe(401);
      const created = await rawRequest(server.url, {
        method: 'POST',
        path: '/api/v1/connections',
        headers: founder,
        body: JSON.stringify({ tool_name: 'github', credentials: { token: secret }, settings: { org: 'daena' } }),
      });
      expect(created.status).toBe(201);
      expect(created.text).not.toContain(secret);
      expect((await rawRequest(server.url, { method: 'POST', path: `/api/v1/connections/${created.body!.id}/test`, headers: founder })).status).toBe(200);
      const refused = await rawRequest(server.url, { method: 'POST', path: '/api/v1/connections', headers: founder, body: JSON.stringify({ tool_name: 'github', credentials: { token: secret, nested: { deep: secret } } }) });
      expect(refused.status).toBe(400);
      expect(refused.text).not.toContain(secret);
      await new Promise((r) => setTimeout(r, 200)); // let the access-log lines flush
      const output = server.output();
      expect(output).toContain('/api/v1/connections');
      for (const secretValue of [env.AUTH_TOKEN, viewerToken, secret, env.ENCRYPTION_KEY]) expect(output).not.toContain(secretValue);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });

  it('writes one JSON object per line with LOG_FORMAT=json, the access line carrying the request id', async () => {
    // No AUTH_TOKEN on a fresh database: the generated founder token is announced as a JSON line too.
    const server = await startChildServer({ ...env, AUTH_TOKEN: '', DB_DATABASE: join(dir, 'fresh.sqlite'), LOG_FORMAT: 'json', LOG_LEVEL: 'log' });
    try {
      await waitFor(() => server.stdout().includes('founder_token'), 3000, 'the generated token line');
      const token = (JSON.parse(server.stdout().split('\n').find((line) => line.includes('founder_token'))!) as { founder_token: string }).founder_token;
      const res = await rawRequest(server.url, { method: 'GET', path: '/api/v1/agents?limit=1', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'req-json-42' } });
      expect(res.status).toBe(200);
      const generated = await rawRequest(server.url, { method: 'GET', path: '/api/v1/nope', headers: { authorization: `Bearer ${token}` } });
      expect(generated.status).toBe(404);
      const generatedId = generated.body!.request_id as string;
      await waitFor(() => server.stdout().includes(generatedId), 3000, 'the access-log line');
      const lines = server.stdout().split('\n').filter((line) => line.trim());
      expect(lines.length).toBeGreaterThan(3);
      const records = lines.map((line) => {
        try {
          return JSON.parse(line) as { level: string; message: unknown; context?: string; timestamp: unknown };
        } catch {
          throw new Error(`not a JSON log line: ${line}`);
        }
      });
      expect(records.every((r) => typeof r.level === 'string' && r.timestamp !== undefined)).toBe(true);
      const access = records.filter((r) => r.context === 'Http') as Array<Record<string, unknown>>;
      expect(access.find((r) => r.path === '/api/v1/agents')).toMatchObject({ request_id: 'req-json-42', method: 'GET', status: 200 });
      expect(access.find((r) => r.path === '/api/v1/nope')).toMatchObject({ request_id: generatedId, method: 'GET', status: 404 });
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });
});
