import WebSocket from 'ws';
import { API_PREFIX } from '../src/app.setup';
import { AuthService } from '../src/auth/auth.service';
import { BadCase, generateCases, SERVICE_RULE_CASES } from './support/bad-input';
import { allTables, dbFingerprint, totalChanges } from './support/db-state';
import { rawRequest } from './support/raw-http';
import { discoverRoutes, RouteInfo } from './support/routes';
import { expectErrorBody, FOUNDER_TOKEN, tableCounts, useTestApp } from './support/app';
import { connectSocket, ReceivedEvent, waitFor } from './support/socket';

const ENCRYPTION_KEY = 'ab'.repeat(32);
const BODY_LIMIT_BYTES = 1024 * 1024;

describe('bad input never crashes the service nor changes the database', () => {
  const t = useTestApp({ env: { ENCRYPTION_KEY } });
  let routes: RouteInfo[];
  let unmatched: string[];
  const realParams: Record<string, string> = { cell_id: 'A11', slug: 'engineering', department_id: 'engineering', scope_type: 'general', category: 'general' };
  /** Figures for docs/reliability.md. */
  const figures = { routes: 0, cases: 0, byStatus: {} as Record<number, number> };

  beforeAll(async () => {
    ({ routes, unmatched } = discoverRoutes(t.app, API_PREFIX));
    // Real ids for path parameters, so that a corrupted case differs from a working request in one place only.
    const session = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'fixture' }).expect(200);
    realParams.session_id = session.body.session_id;
    const message = await t.api().post(`/api/v1/chat-history/sessions/${realParams.session_id}/messages`).send({ role: 'user', content: 'fixture' }).expect(201);
    realParams.message_id = String(message.body.message?.id ?? message.body.id);
    const task = await t.api().post('/api/v1/tasks').send({ owner_type: 'agent', owner_id: 'A11', title: 'fixture' }).expect(201);
    realParams.task_id = task.body.task_id ?? task.body.task?.task_id;
    const connection = await t
      .api()
      .post('/api/v1/connections')
      .send({ tool_name: 'github', credentials: { token: `ghp_${'A'.repeat(30)}` } })
      .expect(201);
    realParams.id = String(connection.body.id);
    const config = await t.api().get('/api/v1/founder/config').expect(200);
    realParams.key = (config.body.config ?? config.body.keys ?? config.body.items ?? [])[0]?.key ?? 'llm.active_model';
    // Reads must not write, but the first LLM status probe may record the state: take it now.
    await t.api().get('/api/v1/llm/status').expect(200);
  });

  it('knows every served route (Nest metadata and the Express router agree)', () => {
    expect(unmatched).toEqual([]);
    expect(routes.length).toBeGreaterThan(50);
    expect(Object.keys(SERVICE_RULE_CASES).filter((key) => !routes.some((r) => r.key === key))).toEqual([]);
  });

  it('can derive cases from every route input (a @Body/@Query without a DTO class cannot be checked)', () => {
    const untyped = routes.filter((r) => r.untypedInputs.length).map((r) => `${r.key}: ${r.untypedInputs.join(', ')}`);
    expect(untyped).toEqual([]);
  });

  it('answers every generated malformed request with a 4xx, the one error body, and no write', async () => {
    const tables = await allTables(t.dataSource);
    const fingerprint = await dbFingerprint(t.dataSource);
    const failures: string[] = [];
    const perRoute = new Map<string, { total: number; fromInputs: number }>();

    for (const route of routes) {
      const cases = await generateCases(route, { realParams, bodyLimitBytes: BODY_LIMIT_BYTES });
      const fromInputs = cases.filter((c) => !c.kind.startsWith('raw:')).length;
      perRoute.set(route.key, { total: cases.length, fromInputs });
      const countsBefore = await tableCounts(t.dataSource, tables);
      for (const c of cases) {
        const failure = await runCase(c);
        if (failure) failures.push(failure);
      }
      const countsAfter = await tableCounts(t.dataSource, tables);
      const changed = tables.filter((table) => countsAfter[table] !== countsBefore[table]);
      if (changed.length) failures.push(`${route.key}: row counts changed in ${changed.join(', ')}`);
    }

    expect(failures).toEqual([]);
    expect(await dbFingerprint(t.dataSource)).toBe(fingerprint);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // A route with inputs but no generated case would be a hole: none may exist.
    const uncovered = routes
      .filter((r) => (r.body || r.query || r.params.length) && !perRoute.get(r.key)!.fromInputs)
      .map((r) => r.key);
    expect(uncovered).toEqual([]);
    expect(figures.cases).toBeGreaterThanOrEqual(200);
    figures.routes = routes.length;
    process.stdout.write(`bad-input: ${figures.cases} cases over ${figures.routes} routes, statuses ${JSON.stringify(figures.byStatus)}\n`);
  }, 600_000);

  it('parses a body just under BODY_LIMIT_BYTES (then validates it), and refuses one just over', async () => {
    const headers = { authorization: `Bearer ${FOUNDER_TOKEN}`, 'content-type': 'application/json' };
    const body = (size: number) => `{"message":"${'x'.repeat(size - '{"message":""}'.length)}"}`;
    const under = await rawRequest(t.url, { method: 'POST', path: '/api/v1/daena/chat', headers, body: body(BODY_LIMIT_BYTES) });
    expect(under.status).toBe(400);
    expect(JSON.stringify(under.body?.message)).toContain('message must be shorter');
    const over = await rawRequest(t.url, { method: 'POST', path: '/api/v1/daena/chat', headers, body: body(BODY_LIMIT_BYTES + 1) });
    expect(over.status).toBe(413);
    expectErrorBody(over.body!, 413);
  });

  it('stores legitimate unusual text exactly (emoji, RTL, combining marks, zero-width, SQL-looking)', async () => {
    const texts = ['😀🔥👩‍👩‍👧', 'مرحبا بالعالم \u202b', 'e\u0301 n\u0303', 'a\u200bb\ufeff', "Robert'); DROP TABLE chat_messages;--"];
    for (const content of texts) {
      const res = await t.api().post(`/api/v1/chat-history/sessions/${realParams.session_id}/messages`).send({ role: 'user', content }).expect(201);
      const id = res.body.message?.id ?? res.body.id;
      const [row] = await t.dataSource.query('SELECT content FROM chat_messages WHERE id = ?', [id]);
      expect(row.content).toBe(content);
    }
    expect(await tableCounts(t.dataSource, ['chat_messages'])).toEqual({ chat_messages: 1 + texts.length });
  });

  it('refuses invalid UTF-8 in a JSON body with 400 and the error body, storing nothing', async () => {
    const headers = { authorization: `Bearer ${FOUNDER_TOKEN}`, 'content-type': 'application/json' };
    const path = `/api/v1/chat-history/sessions/${realParams.session_id}/messages`;
    const before = await totalChanges(t.dataSource);
    for (const bytes of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80] /* an encoded surrogate */, [0xf0, 0x9f, 0x98] /* a cut emoji */]) {
      const body = Buffer.concat([Buffer.from('{"role":"user","content":"bad '), Buffer.from(bytes), Buffer.from(' bytes"}')]);
      const res = await rawRequest(t.url, { method: 'POST', path, headers, body });
      expect(res.status).toBe(400);
      expectErrorBody(res.body!, 400);
      expect(res.body!.message).toBe('Request body is not valid UTF-8');
    }
    expect(await totalChanges(t.dataSource)).toBe(before);
    // Valid multi-byte text, and other utf-* charsets, still pass.
    const ok = await rawRequest(t.url, { method: 'POST', path, headers, body: Buffer.from('{"role":"user","content":"fine 😀 é"}') });
    expect(ok.status).toBe(201);
    const utf16 = await rawRequest(t.url, {
      method: 'POST',
      path,
      headers: { ...headers, 'content-type': 'application/json; charset=utf-16le' },
      body: Buffer.from('{"role":"user","content":"sixteen"}', 'utf16le'),
    });
    expect(utf16.status).toBe(201);
  });

  it('cuts titles and previews on grapheme boundaries: an emoji at the cut is kept whole or left out', async () => {
    // 49 letters then a family emoji (7 code points, 11 UTF-16 units) across the 50-character title cut.
    const family = '👩‍👩‍👧‍👦';
    for (const content of [`${'a'.repeat(49)}${family} and more`, `${'b'.repeat(99)}😀😀 tail`]) {
      const created = await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'general' }).expect(200);
      await t.api().post(`/api/v1/chat-history/sessions/${created.body.session_id}/messages`).send({ role: 'user', content }).expect(201);
      const [row] = await t.dataSource.query('SELECT title, last_message_preview AS preview FROM chat_sessions WHERE session_id = ?', [created.body.session_id]);
      for (const cut of [row.title.replace(/\.\.\.$/, ''), row.preview]) {
        expect(cut.isWellFormed()).toBe(true);
        expect(content.startsWith(cut)).toBe(true);
        // Never part of a grapheme: the next grapheme of the text starts right after the cut.
        const boundaries = [...[...new Intl.Segmenter().segment(content)].map((g) => g.index), content.length];
        expect(boundaries).toContain(cut.length);
      }
      expect(row.title.replace(/\.\.\.$/, '').length).toBeLessThanOrEqual(50);
      expect(row.preview.length).toBeLessThanOrEqual(100);
    }
  });

  async function runCase(c: BadCase): Promise<string | null> {
    const label = `${c.route} [${c.kind}] ${c.method} ${c.path.length > 120 ? `${c.path.slice(0, 120)}…` : c.path}`;
    const before = await totalChanges(t.dataSource);
    let res;
    try {
      res = await rawRequest(t.url, { method: c.method, path: c.path, headers: { authorization: `Bearer ${FOUNDER_TOKEN}`, ...c.headers }, body: c.body, chunked: c.chunked });
    } catch (error) {
      return `${label}: request failed: ${(error as Error).message}`;
    }
    figures.cases += 1;
    figures.byStatus[res.status] = (figures.byStatus[res.status] ?? 0) + 1;
    const after = await totalChanges(t.dataSource);
    const problems: string[] = [];
    if (!c.expect.includes(res.status)) problems.push(`status ${res.status} (expected ${c.expect.join('|')}): ${res.text.slice(0, 300)}`);
    if (after !== before) problems.push(typeof after === 'number' && typeof before === 'number' ? `wrote ${after - before} row(s)` : 'wrote to the database');
    if (res.status >= 400) {
      try {
        expectErrorBody(res.body ?? {}, res.status);
      } catch {
        problems.push(`not the error body: ${res.text.slice(0, 200)}`);
      }
    }
    return problems.length ? `${label}: ${problems.join('; ')}` : null;
  }
});

describe('malformed Socket.IO traffic never crashes the gateway', () => {
  const t = useTestApp();

  /** The gateway still pushes events to a well-behaved client, and HTTP still answers. */
  async function stillServes(observer: { received: ReceivedEvent[] }): Promise<void> {
    const session = await t.api().post('/api/v1/chat-history/sessions').send({ title: 'still alive' }).expect(200);
    await waitFor(() => observer.received.some((e) => e.entity_id === session.body.session_id), 3000, 'the event at the observer');
    await t.api(null).get('/health').expect(200);
  }

  it('answers wrong shapes of subscribe / unsubscribe / ping and unknown messages with an error ack', async () => {
    const observer = await connectSocket(t.url, { rooms: ['all'] });
    const viewerToken = await t.app.get(AuthService).createToken('viewer', 'bad-input');
    const { socket } = await connectSocket(t.url, { token: viewerToken });
    const deep = JSON.parse('{"rooms":'.repeat(2000) + '[]' + '}'.repeat(2000)) as unknown;
    const wrongShapes: unknown[][] = [
      [],
      [null],
      ['all'],
      [123],
      [true],
      [[]],
      [['all']],
      [{ rooms: 'all' }],
      [{ rooms: [1, 2] }],
      [{ rooms: [null] }],
      [{ rooms: {} }],
      [{ rooms: Array(51).fill('all') }],
      [deep],
      [Buffer.from('binary payload')],
      [{ rooms: ['all'] }, 'an extra argument'],
    ];
    for (const event of ['subscribe', 'unsubscribe']) {
      for (const args of wrongShapes) {
        const ack = (await socket.timeout(3000).emitWithAck(event, ...args)) as { ok: boolean; error?: string };
        expect({ event, args: JSON.stringify(args).slice(0, 80), ack }).toEqual({ event, args: JSON.stringify(args).slice(0, 80), ack: expect.objectContaining({ ok: false, error: expect.any(String) }) });
      }
    }
    // Well-formed but refused rooms: denied, never joined.
    for (const room of ['x'.repeat(10_000), 'all\u0000', '\ud800', 'session:' + 'a'.repeat(101), '../founder', 'founder']) {
      const ack = (await socket.timeout(3000).emitWithAck('subscribe', { rooms: [room] })) as { ok: boolean; denied: string[]; rooms: string[] };
      expect(ack.ok).toBe(false);
      expect(ack.denied).toEqual([room]);
      expect(ack.rooms).toEqual(['all']);
    }
    for (const args of [[], [null], ['junk'], [{ a: 1 }], [Buffer.from([0, 1, 2])]]) {
      expect(await socket.timeout(3000).emitWithAck('ping', ...args)).toMatchObject({ ok: true, last_event_id: expect.any(Number) });
    }
    for (const event of ['hello', 'SUBSCRIBE', 'subscribe ', 'ready', 'chat.message.created', 'x'.repeat(1000)]) {
      expect(await socket.timeout(3000).emitWithAck(event, { rooms: ['all'] })).toEqual({ ok: false, error: expect.stringContaining('unknown message') });
    }
    // Without an ack nothing is answered, and nothing breaks.
    socket.emit('subscribe', 'no ack');
    socket.emit('nobody-listens', { a: 1 });
    expect(await socket.timeout(3000).emitWithAck('ping')).toMatchObject({ ok: true });
    socket.close();
    await stillServes(observer);
    observer.socket.close();
  });

  it('caps the rooms one connection may join', async () => {
    const { socket } = await connectSocket(t.url, { rooms: ['all'] });
    let last: { ok: boolean; rooms: string[]; denied: string[]; error?: string } | undefined;
    for (let i = 0; i < 5; i++) {
      const rooms = Array.from({ length: 50 }, (_, k) => `session:s${i}-${k}`);
      last = (await socket.timeout(3000).emitWithAck('subscribe', { rooms })) as typeof last;
    }
    expect(last).toMatchObject({ ok: false, error: expect.stringContaining('200 rooms') });
    expect(last!.rooms.length).toBeLessThanOrEqual(200);
    expect(last!.denied.length).toBeGreaterThan(0);
    socket.close();
  });

  it('drops only the client that sends a message over maxHttpBufferSize', async () => {
    const observer = await connectSocket(t.url, { rooms: ['all'] });
    const { socket } = await connectSocket(t.url);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    socket.emit('subscribe', { rooms: ['x'.repeat(300 * 1024)] });
    expect(await disconnected).toEqual(expect.any(String));
    const binary = await connectSocket(t.url);
    const binaryGone = new Promise<string>((resolve) => binary.socket.once('disconnect', (reason) => resolve(reason)));
    binary.socket.emit('subscribe', Buffer.alloc(300 * 1024, 1));
    expect(await binaryGone).toEqual(expect.any(String));
    await stillServes(observer);
    observer.socket.close();
  });

  it('survives broken Engine.IO / Socket.IO frames on a raw WebSocket', async () => {
    const observer = await connectSocket(t.url, { rooms: ['all'] });
    const frames: Array<string | Buffer> = [
      '42[broken',
      '42{"not":"an array"}',
      '42[]',
      '42[123]',
      '42[null,{}]',
      '451-["subscribe",{"_placeholder":true,"num":5}]',
      '4',
      '9garbage',
      'not a packet at all',
      '',
      Buffer.from([0xff, 0x00, 0xfe, 0x01]),
      '40' + JSON.stringify({ token: { $ne: null } }),
    ];
    for (const frame of frames) {
      const ws = await rawSocketIo(t.url);
      ws.send(frame);
      await new Promise((resolve) => {
        ws.once('close', resolve);
        setTimeout(resolve, 300);
      });
      ws.terminate();
    }
    await stillServes(observer);
    observer.socket.close();
  });

  it('refuses or normalises wrong handshake shapes', async () => {
    for (const token of [{}, 123, ['x'], 'x'.repeat(10_000), null]) {
      await expect(connectSocket(t.url, { token: token as never })).rejects.toThrow('unauthorized');
    }
    for (const last_event_id of ['abc', -5, {}, [1], 'x'.repeat(10_000), 1.5, null]) {
      const { socket, ready } = await connectSocket(t.url, { last_event_id: last_event_id as never });
      expect(ready.rooms).toEqual(['all', 'founder']);
      socket.close();
    }
    for (const [rooms, expected] of [
      ['all', ['all', 'founder']],
      [[1, 2], []],
      [Array(1000).fill('all'), ['all']],
      [[{}, 'department:engineering'], ['department:engineering']],
    ] as Array<[unknown, string[]]>) {
      const { socket, ready } = await connectSocket(t.url, { rooms: rooms as never });
      expect(ready.rooms).toEqual(expected);
      socket.close();
    }
  });
});

/** A bare Engine.IO v4 WebSocket, connected to the default namespace with the founder token. */
async function rawSocketIo(url: string): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const frames: string[] = [];
  ws.on('message', (data) => frames.push(String(data)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  await waitFor(() => frames.some((f) => f.startsWith('0')), 3000, 'the Engine.IO open packet');
  ws.send('40' + JSON.stringify({ token: FOUNDER_TOKEN }));
  await waitFor(() => frames.some((f) => f.startsWith('40')), 3000, 'the namespace connect');
  return ws;
}
