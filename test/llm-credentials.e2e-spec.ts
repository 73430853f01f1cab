import { createTestApp, eventRows, TestApp } from './support/app';
import { FakeOllama } from './support/fake-ollama';

/**
 * OLLAMA_BASE_URL with userinfo and a query secret: the credentials reach Ollama, never an output
 * (responses, /health/ready, events, the log).
 */
describe('credentials inside OLLAMA_BASE_URL', () => {
  const PASSWORD = 'pw-S3CRET-7f1c';
  const QUERY_SECRET = 'qs-S3CRET-99ab';
  let fake: FakeOllama;
  let t: TestApp;
  let output = '';
  const writes: Array<jest.SpyInstance> = [];

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      writes.push(
        jest.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
          output += String(chunk);
          return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
        }) as typeof stream.write),
      );
    }
    fake = await FakeOllama.start();
    const base = new URL(fake.url);
    base.username = 'daena';
    base.password = PASSWORD;
    base.search = `?key=${QUERY_SECRET}`;
    t = await createTestApp({ OLLAMA_BASE_URL: base.href, LOG_LEVEL: 'verbose' });
  });
  afterAll(async () => {
    for (const spy of writes) spy.mockRestore();
    await t.close();
    await fake.stop();
  });

  it('appear in no response, health answer, event row or log line, even after Ollama fails mid-use', async () => {
    const up = await t.api().get('/api/v1/llm/status').expect(200);
    expect(up.body).toMatchObject({ state: 'up', base_url: fake.url });

    // Ollama goes away while the cached state is still "up": the generation fails with a transport
    // error whose text names the server, and that text feeds last_error, the log and the event.
    await fake.setFault('down');
    const chat = await t.api().post('/api/v1/daena/chat').send({ message: 'still there?' }).expect(200);
    expect(chat.body.response).toContain('Daena');

    const down = await t.api().get('/api/v1/llm/status').expect(200);
    expect(down.body).toMatchObject({ state: 'down', base_url: fake.url, last_error: expect.stringContaining('cannot reach Ollama at') });
    const refreshed = await t.api().post('/api/v1/llm/status/refresh').expect(200);
    const ready = await t.api(null).get('/health/ready');
    const events = await eventRows(t.dataSource, 'llm.status.changed');
    expect(events.length).toBeGreaterThan(0);
    const everything = [JSON.stringify(up.body), JSON.stringify(down.body), JSON.stringify(refreshed.body), ready.text, JSON.stringify(events), output];
    for (const text of everything) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(QUERY_SECRET);
    }
    expect(output).toContain('Ollama up -> down');
  });
});
