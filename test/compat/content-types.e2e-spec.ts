import { expectErrorBody, FOUNDER_TOKEN, tableCounts, useTestApp } from '../support/app';
import { rawRequest } from '../support/raw-http';

/** Issue 11, group 7: a non-JSON body on a path nothing serves is a 404; 415 only where a route exists. */
describe('compat: content types', () => {
  const t = useTestApp();

  const send = (method: string, path: string, contentType: string | null, body: string) =>
    rawRequest(t.url, { method, path, headers: { authorization: `Bearer ${FOUNDER_TOKEN}`, ...(contentType ? { 'content-type': contentType } : {}) }, body });

  it('unknown paths answer 404 whatever the body type', async () => {
    for (const [contentType, body] of [
      ['text/plain', 'hello'],
      ['application/x-www-form-urlencoded', 'a=1'],
      ['application/xml', '<a/>'],
      [null, '{"a":1}'],
    ] as Array<[string | null, string]>) {
      for (const path of ['/api/v1/no-such-route', '/api/v1/daena/nothing-here/', '/not-api-at-all']) {
        const res = await send('POST', path, contentType, body);
        expect({ path, contentType, status: res.status }).toEqual({ path, contentType, status: 404 });
        expectErrorBody(res.body!, 404);
      }
    }
    // A known path with a method it does not serve is unknown too.
    expect((await send('PUT', '/api/v1/daena/chat', 'text/plain', 'x')).status).toBe(404);
  });

  it('routes that exist still answer 415 for a non-JSON body, and write nothing', async () => {
    const before = await tableCounts(t.dataSource, ['chat_sessions', 'chat_messages', 'event_log']);
    for (const path of ['/api/v1/daena/chat', '/api/v1/daena/chat/', '/api/v1/chat-history/sessions']) {
      const res = await send('POST', path, 'text/plain', '{"message":"hi"}');
      expect(res.status).toBe(415);
      expectErrorBody(res.body!, 415);
      expect(res.body!.detail).toBe('Request bodies must be JSON (Content-Type: application/json)');
    }
    expect(await tableCounts(t.dataSource, ['chat_sessions', 'chat_messages', 'event_log'])).toEqual(before);
  });
});
