import { connect } from 'node:net';
import { totalChanges } from './support/db-state';
import { rawRequest } from './support/raw-http';
import { expectErrorBody, FOUNDER_TOKEN, useTestApp } from './support/app';

/** Raw bytes on a fresh TCP connection; resolves with everything the server sent before closing (or 2 s). */
function rawExchange(url: string, bytes: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 2000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.write(bytes);
  });
}

const parse = (raw: string) => {
  const [head, ...rest] = raw.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, body: JSON.parse(rest.join('\r\n\r\n')) as Record<string, unknown> };
};

describe('HTTP edges answer with the one error body, changing nothing', () => {
  const t = useTestApp();
  const headers = { authorization: `Bearer ${FOUNDER_TOKEN}`, 'content-type': 'application/json' };

  it('a non-empty body on a route that takes none is 400 (an empty {} is not content)', async () => {
    const { session_id } = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'general' }).expect(200)).body;
    const before = await totalChanges(t.dataSource);
    for (const [method, path] of [
      ['DELETE', `/api/v1/chat-history/sessions/${session_id}`],
      ['POST', '/api/v1/llm/status/refresh'],
      ['GET', '/api/v1/departments'],
    ]) {
      const res = await rawRequest(t.url, { method, path, headers, body: '{"confirm":true}' });
      expect([method, path, res.status]).toEqual([method, path, 400]);
      expectErrorBody(res.body!, 400);
      expect(res.body!.message).toBe('This route takes no request body');
    }
    expect(await totalChanges(t.dataSource)).toBe(before);
    const empty = await rawRequest(t.url, { method: 'DELETE', path: `/api/v1/chat-history/sessions/${session_id}`, headers, body: '{}' });
    expect(empty.status).toBe(200);
    // Without a token it is still 401 first.
    const anonymous = await rawRequest(t.url, { method: 'GET', path: '/api/v1/departments', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(anonymous.status).toBe(401);
  });

  it.each(['toString', 'hasOwnProperty', 'constructor', 'valueOf', '__proto__'])('the key %s is refused like any unknown field', async (key) => {
    const before = await totalChanges(t.dataSource);
    const top = await rawRequest(t.url, { method: 'POST', path: '/api/v1/chat-history/sessions', headers, body: `{"scope_type":"general","${key}":"x"}` });
    expect(top.status).toBe(400);
    expectErrorBody(top.body!, 400);
    const nested = await rawRequest(t.url, { method: 'POST', path: '/api/v1/chat-history/sessions', headers, body: `{"scope_type":"general","context":{"${key}":1}}` });
    expect(nested.status).toBe(400);
    const query = await rawRequest(t.url, { method: 'GET', path: `/api/v1/chat-history/sessions?${key}=1`, headers: { authorization: headers.authorization } });
    expect(query.status).toBe(400);
    expect(await totalChanges(t.dataSource)).toBe(before);
  });

  it('a forged cursor (invalid date, non-integer id) is 400, not an empty page', async () => {
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const [path, cursor] of [
      ['/api/v1/chat-history/sessions', forged(['not a date', 5])],
      ['/api/v1/chat-history/sessions', forged(['2026-13-45T99:99:99Z', 5])],
      ['/api/v1/chat-history/sessions', forged([new Date().toISOString(), 1.5])],
      ['/api/v1/agents', forged([1e300])],
    ]) {
      const res = await t.api().get(`${path}?cursor=${cursor}`);
      expect([path, res.status]).toEqual([path, 400]);
      expectErrorBody(res.body, 400);
    }
    const real = await t.api().get(`/api/v1/chat-history/sessions?cursor=${forged([new Date().toISOString(), 5])}`).expect(200);
    expect(real.body.sessions).toEqual(expect.any(Array));
  });

  it('headers over Node\'s limit get 431 with the error body', async () => {
    const raw = await rawExchange(t.url, `GET /api/v1/departments HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const res = parse(raw);
    expect(res.status).toBe(431);
    expect(res.head).toMatch(/content-type: application\/json/i);
    expectErrorBody(res.body, 431);
  });

  it('a duplicate Authorization header gets 400 with the error body', async () => {
    const raw = await rawExchange(
      t.url,
      `GET /api/v1/departments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${FOUNDER_TOKEN}\r\nAuthorization: Bearer other\r\nConnection: close\r\n\r\n`,
    );
    const res = parse(raw);
    expect(res.status).toBe(400);
    expectErrorBody(res.body, 400);
  });

  it('a request line Node cannot parse gets 400 with the error body', async () => {
    const res = parse(await rawExchange(t.url, 'NOT HTTP AT ALL\r\n\r\n'));
    expect(res.status).toBe(400);
    expectErrorBody(res.body, 400);
  });
});
