import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';
import { rawRequest } from '../support/raw-http';
import { waitFor } from '../support/socket';

const TOKEN = 'logging-founder-token-0123456789';

/** Every non-empty line of a child's output (stdout and stderr) as a parsed object; throws on a line that is not JSON. */
function jsonLines(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
    });
}

describe('LOG_FORMAT=json (the real process)', () => {
  let dir: string;
  let fake: FakeOllama;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daena-logging-'));
    fake = await FakeOllama.start();
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes only JSON lines, with request_id, method, route, status and latency_ms on access lines, the Ollama client console output included', async () => {
    // A garbage stream line makes the `ollama` client itself console.warn("invalid json: …").
    await fake.setFault('garbage_line', { afterTokens: 1 });
    const server = await startChildServer({
      DB_DATABASE: join(dir, 'json.sqlite'),
      AUTH_TOKEN: TOKEN,
      OLLAMA_BASE_URL: fake.url,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'log',
    });
    try {
      const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
      const chat = await rawRequest(server.url, {
        method: 'POST',
        path: '/api/v1/daena/chat',
        headers: { ...auth, 'x-request-id': 'chat-req-1' },
        body: JSON.stringify({ message: 'status report please' }),
      });
      expect(chat.status).toBe(200);
      const agent = await rawRequest(server.url, { method: 'GET', path: '/api/v1/agents/no-such-agent', headers: auth });
      expect(agent.status).toBe(404);
      await waitFor(() => server.output().includes('/api/v1/agents/no-such-agent'), 3000, 'the access line');

      const records = jsonLines(server.output());
      for (const record of records) {
        expect(record).toEqual(expect.objectContaining({ level: expect.any(String), timestamp: expect.any(String), message: expect.any(String) }));
      }
      const chatLine = records.find((r) => r.context === 'Http' && r.request_id === 'chat-req-1');
      expect(chatLine).toMatchObject({ method: 'POST', route: '/api/v1/daena/chat', path: '/api/v1/daena/chat', status: 200 });
      expect(chatLine!.latency_ms).toEqual(expect.any(Number));
      const agentLine = records.find((r) => r.context === 'Http' && r.path === '/api/v1/agents/no-such-agent');
      expect(agentLine).toMatchObject({ request_id: agent.body!.request_id, method: 'GET', route: '/api/v1/agents/:cell_id', status: 404 });
      // Start-up chatter (mapped routes, module init) is debug, not in a 'log' level run.
      expect(records.some((r) => r.context === 'RouterExplorer' || r.context === 'InstanceLoader')).toBe(false);
      expect(server.output()).not.toContain(TOKEN);
    } finally {
      await fake.setFault(null);
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);
});
