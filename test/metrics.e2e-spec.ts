import { AuthService } from '../src/auth/auth.service';
import { expectErrorBody, FOUNDER_TOKEN, useTestApp } from './support/app';
import { connectSocket } from './support/socket';

const METRICS_TOKEN = 'test-metrics-token-0123456789abcdef';

/** `name{labels} value` lines of a Prometheus text exposition, keyed by `name{labels}` as written. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

describe('GET /metrics', () => {
  const t = useTestApp({ ollama: true, env: { METRICS_TOKEN, OLLAMA_CONCURRENCY: '1' } });
  const scrape = async (token: string = FOUNDER_TOKEN) => {
    const res = await t.api(token).get('/metrics').expect(200);
    // Express puts the charset first; Prometheus reads the parameters in any order.
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return { text: res.text, samples: parse(res.text) };
  };
  const value = (samples: Map<string, number>, key: string) => samples.get(key) ?? 0;
  const eventLog = async () => {
    const [row] = await t.dataSource.query('SELECT COUNT(*) AS n, MAX(id) AS newest FROM event_log');
    return { rows: Number(row.n), newest: Number(row.newest) };
  };

  it('exports every series in Prometheus text format with the founder token', async () => {
    const { text } = await scrape();
    for (const name of [
      'daena_http_request_duration_seconds',
      'daena_llm_queue_waiting',
      'daena_llm_generations_running',
      'daena_llm_generation_duration_seconds',
      'daena_llm_first_token_seconds',
      'daena_socket_connections',
      'daena_event_relay_lag_events',
      'daena_event_log_newest_id',
      'daena_event_relay_newest_id',
      'daena_event_log_rows',
      'process_resident_memory_bytes',
    ]) {
      expect(text).toContain(`# HELP ${name} `);
    }
    for (const outcome of ['complete', 'offline', 'interrupted']) expect(text).toContain(`daena_llm_generation_duration_seconds_count{outcome="${outcome}"}`);
  });

  it('changes after chats: HTTP histogram, generations by outcome, first token, event log and relay', async () => {
    const before = (await scrape()).samples;
    const chatKey = 'daena_http_request_duration_seconds_count{method="POST",route="/api/v1/daena/chat",status="200"}';

    const complete = await t.api().post('/api/v1/daena/chat').send({ message: 'How are we doing?' }).expect(200);
    expect(complete.body.response).toBeTruthy();
    await t.ollama.setFault('error_mid_stream', { afterTokens: 2 });
    await t.api().post('/api/v1/daena/chat').send({ message: 'And now?', session_id: complete.body.session_id }).expect(200);
    await t.ollama.setFault('down');
    await t.api().post('/api/v1/daena/chat').send({ message: 'Still there?', session_id: complete.body.session_id }).expect(200);
    const statuses = await t.dataSource.query(`SELECT status FROM chat_messages WHERE session_id = ? AND role = 'assistant' ORDER BY id`, [complete.body.session_id]);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(expect.arrayContaining(['complete', 'interrupted', 'offline']));

    const after = (await scrape()).samples;
    expect(value(after, chatKey) - value(before, chatKey)).toBe(3);
    expect(value(after, chatKey.replace('_count{', '_bucket{le="+Inf",'))).toBe(value(after, chatKey));
    for (const outcome of ['complete', 'offline', 'interrupted']) {
      const key = `daena_llm_generation_duration_seconds_count{outcome="${outcome}"}`;
      expect(value(after, key) - value(before, key)).toBeGreaterThanOrEqual(1);
    }
    // The complete and the interrupted reply both streamed a first token.
    expect(value(after, 'daena_llm_first_token_seconds_count') - value(before, 'daena_llm_first_token_seconds_count')).toBeGreaterThanOrEqual(2);
    // Route templates, never raw paths with ids.
    expect([...after.keys()].some((k) => k.includes(complete.body.session_id))).toBe(false);

    const table = await eventLog();
    expect(value(after, 'daena_event_log_rows')).toBe(table.rows);
    expect(value(after, 'daena_event_log_newest_id')).toBe(table.newest);
    expect(value(after, 'daena_event_log_rows')).toBeGreaterThan(value(before, 'daena_event_log_rows'));
    expect(value(after, 'daena_event_relay_newest_id')).toBe(table.newest);
    expect(value(after, 'daena_event_relay_lag_events')).toBe(0);
  });

  it('counts open sockets by role and the LLM queue depth', async () => {
    const viewerToken = await t.app.get(AuthService).createToken('viewer', 'metrics');
    const founder = await connectSocket(t.url);
    const viewer = await connectSocket(t.url, { token: viewerToken });
    const sockets = (await scrape()).samples;
    expect(value(sockets, 'daena_socket_connections{role="founder"}')).toBe(1);
    expect(value(sockets, 'daena_socket_connections{role="viewer"}')).toBe(1);
    founder.socket.close();
    viewer.socket.close();
    const closedBy = Date.now() + 3000;
    let open = 1;
    while (open > 0 && Date.now() < closedBy) {
      const samples = (await scrape()).samples;
      open = value(samples, 'daena_socket_connections{role="founder"}') + value(samples, 'daena_socket_connections{role="viewer"}');
    }
    expect(open).toBe(0);

    // OLLAMA_CONCURRENCY=1 and a slow model: the second chat waits in the queue.
    await t.ollama.setFault('slow_first_token', { delayMs: 1500 });
    const chats = [1, 2].map((i) => t.api().post('/api/v1/daena/chat').send({ message: `queued ${i}` }).then((r) => r.status));
    let seen = { waiting: 0, running: 0 };
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && seen.waiting < 1) {
      const samples = (await scrape()).samples;
      seen = { waiting: value(samples, 'daena_llm_queue_waiting'), running: value(samples, 'daena_llm_generations_running') };
    }
    expect(seen).toEqual({ waiting: 1, running: 1 });
    expect(await Promise.all(chats)).toEqual([200, 200]);
    const idle = (await scrape()).samples;
    expect([value(idle, 'daena_llm_queue_waiting'), value(idle, 'daena_llm_generations_running')]).toEqual([0, 0]);
  });

  it('refuses viewer tokens (403) and requests without a valid token (401) with the one error body', async () => {
    const viewerToken = await t.app.get(AuthService).createToken('viewer', 'metrics-refused');
    const viewer = await t.api(viewerToken).get('/metrics').expect(403);
    expect(viewer.headers['content-type']).toMatch(/^application\/json/);
    expectErrorBody(viewer.body, 403);
    expect(viewer.text).not.toContain('daena_');
    for (const token of [null, 'not-a-valid-token-at-all-0000']) {
      const res = await t.api(token).get('/metrics').expect(401);
      expectErrorBody(res.body, 401);
      expect(res.text).not.toContain('daena_');
    }
  });

  it('accepts METRICS_TOKEN on /metrics and on no other route or socket', async () => {
    const { samples } = await scrape(METRICS_TOKEN);
    expect(samples.has('daena_event_log_rows')).toBe(true);
    for (const path of ['/api/v1/agents', '/api/v1/llm/status', '/api/v1/events']) {
      const res = await t.api(METRICS_TOKEN).get(path).expect(401);
      expectErrorBody(res.body, 401);
    }
    await t.api(METRICS_TOKEN).post('/api/v1/daena/chat').send({ message: 'hi' }).expect(401);
    await expect(connectSocket(t.url, { token: METRICS_TOKEN })).rejects.toThrow('unauthorized');
  });
});
