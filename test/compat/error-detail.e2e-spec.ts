import { expectErrorBody, FOUNDER_TOKEN, useTestApp } from '../support/app';
import { rawRequest } from '../support/raw-http';

/** Issue 11, group 4: the error body also carries the original's `detail`, which its clients display. */
describe('compat: error detail', () => {
  const t = useTestApp();

  it('a validation error: detail is the field messages joined', async () => {
    const res = await t.api().post('/api/v1/daena/chat').send({ message: '   ', zz_unknown: 1 }).expect(400);
    expectErrorBody(res.body, 400);
    expect(Array.isArray(res.body.message)).toBe(true);
    expect(res.body.detail).toBe(res.body.message.join('; '));
    expect(res.body.detail).toContain('property zz_unknown should not exist');
    expect(Object.keys(res.body).sort()).toEqual(['detail', 'error', 'message', 'path', 'request_id', 'status_code', 'timestamp']);
  });

  it('404, 403, 401 and a parser error: detail equals message', async () => {
    const notFound = await t.api().get('/api/v1/agents/NOPE').expect(404);
    expect(notFound.body.detail).toBe("Agent 'NOPE' not found");
    expect(notFound.body.detail).toBe(notFound.body.message);
    const sessionId = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'department', scope_id: 'sales' }).expect(200)).body.session_id;
    const forbidden = await t.api().get(`/api/v1/departments/legal/chat/sessions/${sessionId}`).expect(403);
    expect(forbidden.body.detail).toBe(forbidden.body.message);
    const unauthorized = await t.api(null).get('/api/v1/agents').expect(401);
    expect(unauthorized.body.detail).toEqual(expect.any(String));
    expect(unauthorized.body.detail).toBe(unauthorized.body.message);
    const badJson = await rawRequest(t.url, {
      method: 'POST',
      path: '/api/v1/daena/chat',
      headers: { authorization: `Bearer ${FOUNDER_TOKEN}`, 'content-type': 'application/json' },
      body: '{"message": ',
    });
    expect(badJson.status).toBe(400);
    expect(badJson.body!.detail).toEqual(expect.any(String));
    expect(badJson.body!.detail).toBe(badJson.body!.message);
  });
});
