import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestApp, FOUNDER_TOKEN } from '../support/app';
import { startChildServer } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';
import { waitFor } from '../support/socket';

describe('a reply cut by a killed process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-kill-'));
  const dbFile = join(dir, 'daena.sqlite');
  let fake: FakeOllama;
  beforeAll(async () => {
    fake = await FakeOllama.start();
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is shown interrupted, with its partial text, after a restart', async () => {
    const env = { DB_DATABASE: dbFile, AUTH_TOKEN: FOUNDER_TOKEN, OLLAMA_BASE_URL: fake.url, STREAM_CHECKPOINT_MS: '100' };
    const server = await startChildServer(env);
    fake.setReply(Array.from({ length: 200 }, (_, i) => `word${i} `), 20);
    const pending = fetch(`${server.url}/api/v1/daena/chat`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'tell me a long story' }),
    }).catch((error: Error) => error);

    const reader = new Database(dbFile, { readonly: true, fileMustExist: true });
    const checkpointed = await waitFor(
      () =>
        reader.prepare("SELECT id, content FROM chat_messages WHERE role = 'assistant' AND status = 'streaming' AND length(content) > 40").get() as
          | { id: number; content: string }
          | undefined,
      10_000,
      'a checkpointed partial reply',
    );
    server.process.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    // The request never got an answer: the reply was not acknowledged.
    expect(String((await pending as Error).message)).toMatch(/fetch failed|terminated|socket/i);
    reader.close();

    fake.setReply(null);
    const t = await createTestApp({ DB_DATABASE: dbFile, OLLAMA_BASE_URL: fake.url });
    try {
      const [row] = await t.dataSource.query('SELECT status, content FROM chat_messages WHERE id = ?', [checkpointed.id]);
      expect(row.status).toBe('interrupted');
      expect(row.content.startsWith(checkpointed.content)).toBe(true);
      expect(row.content.length).toBeGreaterThan(0);
      const events = await t.dataSource.query("SELECT payload FROM event_log WHERE event_type = 'chat.message.interrupted' AND entity_id = ?", [String(checkpointed.id)]);
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0].payload)).toMatchObject({ status: 'interrupted', content: row.content });
      const verify = await t.api().get('/api/v1/events?limit=1').expect(200);
      expect(verify.body.events).toHaveLength(1);
    } finally {
      await t.close();
    }
  }, 60_000);
});
