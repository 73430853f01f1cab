import { connect } from 'node:net';
import { createTestApp, FOUNDER_TOKEN, TestApp } from './support/app';
import { FakeOllama } from './support/fake-ollama';

const waitFor = async (condition: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('SSE streams: keep-alive while silent, bounded buffering for clients that stop reading', () => {
  let fake: FakeOllama;
  let t: TestApp;
  beforeAll(async () => {
    fake = await FakeOllama.start();
    t = await createTestApp({ OLLAMA_BASE_URL: fake.url, SSE_KEEPALIVE_MS: '150', SSE_MAX_BUFFER_BYTES: '65536', LLM_MAX_REPLY_CHARS: '10000000' });
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  it('sends comment frames while the model is silent, and none of them is a data event', async () => {
    fake.setReply(['slow ', 'model'], 700);
    const res = await fetch(`${t.url}/api/v1/daena/chat/stream`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'take your time' }),
    });
    const text = await res.text();
    const frames = text.split('\n\n').filter(Boolean);
    const keepAlives = frames.filter((f) => f === ': keep-alive');
    // 1.4 s of silence in two gaps of 700 ms at 150 ms: several per gap.
    expect(keepAlives.length).toBeGreaterThanOrEqual(4);
    const tokens = frames.filter((f) => f.startsWith('data: ')).map((f) => JSON.parse(f.slice(6)));
    expect(tokens.map((e) => e.type)).toEqual(['session', 'token', 'token', 'done']);
    // Between the two tokens (700 ms apart) there is a keep-alive frame.
    const firstToken = frames.findIndex((f) => f.includes('"type":"token"'));
    expect(frames.slice(firstToken + 1).indexOf(': keep-alive')).toBeGreaterThanOrEqual(0);
    fake.setReply(null);
  });

  it('drops a client that stops reading once its buffer passes the cap; the reply is stored complete', async () => {
    const piece = 'y'.repeat(4096);
    fake.setReply(Array.from({ length: 2000 }, () => piece), 0); // ~8 MB
    const body = JSON.stringify({ message: 'a very long answer please' });
    const socket = connect(Number(new URL(t.url).port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST /api/v1/daena/chat/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${FOUNDER_TOKEN}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    socket.pause();
    const sessions = async () => (await t.dataSource.query(`SELECT status, length(content) AS n FROM chat_messages WHERE role = 'assistant' AND length(content) > 1000000 ORDER BY id DESC LIMIT 1`)) as Array<{ status: string; n: number }>;
    await waitFor(async () => (await sessions())[0]?.status === 'complete', 20_000, 'the reply stored complete');
    expect((await sessions())[0].n).toBe(2000 * 4096);
    let received = '';
    socket.on('data', (c) => (received += c));
    socket.resume();
    await new Promise((r) => socket.once('close', r));
    expect(received).not.toContain('"type":"done"');
    expect(received.length).toBeLessThan(2000 * 4096);
    fake.setReply(null);
  }, 30_000);
});
