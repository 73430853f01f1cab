import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { AuthService } from '../src/auth/auth.service';
import { EventsService } from '../src/events/events.service';
import { SECTIONS } from '../src/transfer/bundle-format';
import { createTestApp, expectErrorBody, FOUNDER_TOKEN, tableCounts, TestApp } from './support/app';
import { allTables, dbFingerprint } from './support/db-state';

const ENCRYPTION_KEY = 'cd'.repeat(32);
const FIXTURES = join(__dirname, 'fixtures/foreign');

/** The raw body of a response (supertest parses JSON only). */
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

async function exportBundle(t: TestApp, query = ''): Promise<Buffer> {
  const res = await binary(t.api().get(`/api/v1/founder/export${query}`)).expect(200);
  return res.body as Buffer;
}

function upload(t: TestApp, body: Buffer | string, query = '', type = 'application/x-ndjson', token: string = FOUNDER_TOKEN) {
  return request(t.url).post(`/api/v1/founder/import${query}`).set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(body);
}

/** Everything but the export's own timestamps (header and manifest lines carry exported_at). */
const sectionsOf = (bundle: Buffer | string) =>
  String(bundle)
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('{"bundle"') && !line.startsWith('{"manifest"'));

/** A fresh database as the CLI leaves it: migrated, not seeded. */
const emptyApp = () => createTestApp({ ENCRYPTION_KEY, SEED_ON_START: 'false' });

describe('export and import of the whole company', () => {
  let source: TestApp;
  let bundle: Buffer;

  beforeAll(async () => {
    source = await createTestApp({ ENCRYPTION_KEY });
    const api = () => source.api();
    // A company with something in every section: chats of every scope, an offline reply, a soft-deleted
    // session, a task, a connection with credentials, voice settings, a setting with its history.
    await api().post('/api/v1/daena/chat').send({ message: 'Plan the okapi launch' }).expect(200);
    await api().post('/api/v1/departments/engineering/chat').send({ message: 'Status of the build?' }).expect(200);
    await api().post('/api/v1/agents/A11/chat').send({ message: 'Your view, A11?' }).expect(200);
    const doomed = (await api().post('/api/v1/chat-history/sessions').send({ title: 'Doomed' }).expect(200)).body.session_id;
    await api().post(`/api/v1/chat-history/sessions/${doomed}/messages`).send({ role: 'user', content: 'to be deleted 😀' }).expect(201);
    await api().delete(`/api/v1/chat-history/sessions/${doomed}`).expect(200);
    await api().post('/api/v1/tasks').send({ owner_type: 'agent', owner_id: 'A11', title: 'Write the brief' }).expect(201);
    await api().post('/api/v1/connections').send({ tool_name: 'github', credentials: { token: `ghp_${'B'.repeat(30)}` } }).expect(201);
    await api().patch('/api/v1/voice/settings').send({ volume: 0.5 }).expect(200);
    const config = (await api().get('/api/v1/founder/config').expect(200)).body;
    const key = (config.config ?? config.keys ?? config.items)[0];
    expect(key).toBeDefined();
    bundle = await exportBundle(source);
  }, 60_000);
  afterAll(() => source?.close());

  it('streams a versioned JSON Lines bundle: header, every section with count and SHA-256, manifest', async () => {
    const lines = String(bundle).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].bundle).toMatchObject({ format: 'daena-bundle', version: 1, sections: [...SECTIONS], options: { credentials: true } });
    const manifest = lines.at(-1).manifest;
    expect(Object.keys(manifest.sections)).toEqual([...SECTIONS]);
    const counts = await tableCounts(source.dataSource, [...SECTIONS]);
    // Installation settings (API token hashes) stay behind.
    const [{ n: tokenRows }] = await source.dataSource.query(`SELECT COUNT(*) AS n FROM system_config WHERE config_key = 'auth.tokens'`);
    for (const section of SECTIONS) {
      const expected = counts[section] - (section === 'system_config' ? Number(tokenRows) : 0);
      expect({ section, count: manifest.sections[section].count }).toEqual({ section, count: expected - (section === 'system_config_revisions' ? Number((await source.dataSource.query(`SELECT COUNT(*) AS n FROM system_config_revisions WHERE config_key = 'auth.tokens'`))[0].n) : 0) });
    }
    for (const section of ['departments', 'agents', 'chat_sessions', 'chat_messages', 'tasks', 'connections', 'event_log', 'council_members']) {
      expect({ section, count: manifest.sections[section].count > 0 }).toEqual({ section, count: true });
    }
    // Credentials stay encrypted: the secret itself never appears.
    expect(String(bundle)).not.toContain('B'.repeat(30));
    const connection = lines.find((l) => l.row?.tool_name === 'github').row;
    expect(connection.credentials_encrypted).toEqual(expect.any(String));
    expect(String(bundle)).not.toContain('auth.tokens');
  });

  it('restores into an empty database so that a second export is identical (event chain included)', async () => {
    const target = await emptyApp();
    try {
      const res = await upload(target, bundle).expect(200);
      expect(res.body).toMatchObject({ format: 'daena', mode: 'restore', dry_run: false, conflicts_total: 0 });
      expect(res.body.sections.chat_messages.inserted).toBe(res.body.sections.chat_messages.in_bundle);
      const again = await exportBundle(target);
      expect(sectionsOf(again)).toEqual(sectionsOf(bundle));
      expect(await target.app.get(EventsService).verifyChain()).toMatchObject({ ok: true });
      // The restored messages are searchable (the FTS triggers ran for every row).
      const found = await target.api().get('/api/v1/search').query({ q: 'okapi launch' }).expect(200);
      expect(found.body.results.length).toBeGreaterThan(0);
      // New rows continue after the restored ids.
      const next = await target.api().post('/api/v1/chat-history/sessions').send({ title: 'after restore' }).expect(200);
      expect(next.body.session_id).toEqual(expect.any(String));
    } finally {
      await target.close();
    }
  });

  it('reads and writes gzip bundles, and leaves credentials out on request', async () => {
    const gz = await exportBundle(source, '?gzip=true&without_credentials=true');
    expect(gz[0]).toBe(0x1f);
    const text = gunzipSync(gz).toString('utf8');
    const connection = text.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.row?.tool_name === 'github').row;
    expect(connection.credentials_encrypted).toBeNull();
    const target = await emptyApp();
    try {
      await upload(target, gz, '', 'application/gzip').expect(200);
      const [row] = await target.dataSource.query(`SELECT credentials_encrypted FROM connections WHERE tool_name = 'github'`);
      expect(row.credentials_encrypted).toBeNull();
    } finally {
      await target.close();
    }
  });

  it('refuses a bundle with one byte changed, naming the section, and writes nothing', async () => {
    const target = await emptyApp();
    try {
      const text = String(bundle);
      // One byte of one message's text: "launch" → "lAunch".
      const at = text.indexOf('"content":"Plan the okapi launch"') + '"content":"Plan the okapi l'.length;
      const corrupt = `${text.slice(0, at)}A${text.slice(at + 1)}`;
      expect(Buffer.byteLength(corrupt)).toBe(bundle.length);
      const tables = await allTables(target.dataSource);
      const before = await dbFingerprint(target.dataSource);
      const res = await upload(target, corrupt).expect(400);
      expectErrorBody(res.body, 400);
      expect(JSON.stringify(res.body.message)).toMatch(/section chat_messages at line \d+: checksum mismatch/);
      expect(await dbFingerprint(target.dataSource)).toBe(before);
      expect(tables).toEqual(await allTables(target.dataSource));

      // Cut short (no manifest), a line of broken JSON, a manifest that lies, an unknown version.
      const lines = text.trimEnd().split('\n');
      const cases: Array<[string, string, RegExp]> = [
        ['truncated', lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n', /cut short after line \d+: no manifest/],
        ['cut mid-line', text.slice(0, text.length - 10), /cut short/],
        ['broken JSON', lines.map((l, i) => (i === 3 ? l.slice(0, -1) : l)).join('\n') + '\n', /line 4: not valid JSON/],
        ['lying manifest', [...lines.slice(0, -1), lines.at(-1)!.replace(/"count":(\d+)/, (_m, n) => `"count":${Number(n) + 1}`)].join('\n') + '\n', /section manifest/],
        ['future version', [lines[0].replace('"version":1', '"version":99'), ...lines.slice(1)].join('\n') + '\n', /version 99 is not supported/],
        ['not a bundle', 'hello\n', /unknown file format/],
      ];
      for (const [name, body, reason] of cases) {
        const refused = await upload(target, body, name === 'not a bundle' ? '' : '?format=daena');
        expect({ name, status: refused.status }).toEqual({ name, status: 400 });
        expect({ name, message: JSON.stringify(refused.body.message) }).toEqual({ name, message: expect.stringMatching(reason) });
      }
      expect(await dbFingerprint(target.dataSource)).toBe(before);
    } finally {
      await target.close();
    }
  });

  it('dry-run reports what a restore would do and writes nothing', async () => {
    const target = await emptyApp();
    try {
      const before = await dbFingerprint(target.dataSource);
      const res = await upload(target, bundle, '?dry_run=true').expect(200);
      expect(res.body).toMatchObject({ mode: 'restore', dry_run: true });
      expect(res.body.sections.chat_messages.inserted).toBeGreaterThan(0);
      expect(await dbFingerprint(target.dataSource)).toBe(before);
    } finally {
      await target.close();
    }
  });

  it('merges into a non-empty database by natural keys: new rows in, same rows unchanged, conflicts reported with the database kept', async () => {
    const target = await createTestApp({ ENCRYPTION_KEY });
    try {
      // The target has its own seed (same departments and agents) and its own chats.
      const own = (await target.api().post('/api/v1/chat-history/sessions').send({ title: 'Target only' }).expect(200)).body.session_id;
      await target.api().post(`/api/v1/chat-history/sessions/${own}/messages`).send({ role: 'user', content: 'local message' }).expect(201);
      await target.api().post('/api/v1/founder/departments/finance/hide').expect(200);
      const before = await tableCounts(target.dataSource, ['chat_sessions', 'chat_messages', 'departments', 'agents', 'event_log']);
      const res = await upload(target, bundle).expect(200);
      expect(res.body.mode).toBe('merge');
      const sourceCounts = await tableCounts(source.dataSource, ['chat_sessions', 'chat_messages']);
      expect(res.body.sections.chat_sessions.inserted).toBe(sourceCounts.chat_sessions);
      expect(res.body.sections.chat_messages.inserted).toBe(sourceCounts.chat_messages);
      expect(res.body.sections.departments.inserted).toBe(0);
      expect(res.body.sections.event_log.skipped).toBe(res.body.sections.event_log.in_bundle);
      // finance is hidden here, not in the bundle: a conflict, and the target's version stays.
      expect(res.body.conflicts).toEqual(expect.arrayContaining([expect.objectContaining({ section: 'departments', key: 'slug="finance"', reason: expect.stringContaining('hidden') })]));
      const [finance] = await target.dataSource.query(`SELECT hidden FROM departments WHERE slug = 'finance'`);
      expect(Boolean(finance.hidden)).toBe(true);
      const after = await tableCounts(target.dataSource, ['chat_sessions', 'chat_messages', 'departments', 'agents']);
      expect(after).toEqual({
        chat_sessions: before.chat_sessions + sourceCounts.chat_sessions,
        chat_messages: before.chat_messages + sourceCounts.chat_messages,
        departments: before.departments,
        agents: before.agents,
      });
      // Importing the same bundle again adds nothing.
      const again = await upload(target, bundle).expect(200);
      expect(again.body.sections.chat_sessions.inserted).toBe(0);
      expect(again.body.sections.chat_messages.inserted).toBe(0);
      expect(await tableCounts(target.dataSource, ['chat_sessions', 'chat_messages'])).toEqual({ chat_sessions: after.chat_sessions, chat_messages: after.chat_messages });
    } finally {
      await target.close();
    }
  });

  it('is founder-only and refuses bodies of other types', async () => {
    const viewer = await source.app.get(AuthService).createToken('viewer', 'transfer-test');
    expect((await source.api(viewer).get('/api/v1/founder/export')).status).toBe(403);
    expect((await upload(source, bundle, '', 'application/x-ndjson', viewer)).status).toBe(403);
    const json = await request(source.url).post('/api/v1/founder/import').set('Authorization', `Bearer ${FOUNDER_TOKEN}`).send({ a: 1 });
    expect(json.status).toBe(415);
    expectErrorBody(json.body, 415);
    expect((await upload(source, '')).status).toBe(400);
  });
});

describe('export while the company keeps writing (file database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-export-snapshot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads one snapshot: sessions and messages written during the export never leave a message without its session', async () => {
    const t = await createTestApp({ DB_DATABASE: join(dir, 'busy.sqlite') });
    try {
      const first = (await t.api().post('/api/v1/chat-history/sessions').send({ title: 'bulk' }).expect(200)).body.session_id;
      // Enough rows that the export takes a while, written straight in.
      await t.dataSource.query(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 29999)
         INSERT INTO chat_messages (session_id, role, content, status, created_at, updated_at)
         SELECT ?, 'user', 'bulk message ' || i, 'complete', datetime('now'), datetime('now') FROM n`,
        [first],
      );
      const exporting = exportBundle(t);
      // New sessions with a message each while the export runs: without a snapshot, a message read
      // after its session's section would point at a session the bundle does not hold.
      const writes = (async () => {
        for (let i = 0; i < 20; i++) {
          const id = (await t.api().post('/api/v1/chat-history/sessions').send({ title: `during ${i}` }).expect(200)).body.session_id;
          await t.api().post(`/api/v1/chat-history/sessions/${id}/messages`).send({ role: 'user', content: `written during the export ${i}` }).expect(201);
        }
      })();
      const [bundle] = await Promise.all([exporting, writes]);
      const target = await emptyApp();
      try {
        const res = await upload(target, bundle, '?dry_run=true').expect(200);
        expect(res.body.mode).toBe('restore');
        expect(res.body.sections.chat_messages.in_bundle).toBeGreaterThanOrEqual(30_000);
      } finally {
        await target.close();
      }
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('imports of other tools’ chats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const messagesOf = (sessionId: string) =>
    t.dataSource.query('SELECT role, content, model, author, created_at FROM chat_messages WHERE session_id = ? ORDER BY id', [sessionId]) as Promise<
      Array<{ role: string; content: string; model: string | null; author: string | null; created_at: string }>
    >;

  it('dry-runs a foreign import: the report of a real run, nothing written', async () => {
    const before = await dbFingerprint(t.dataSource);
    const res = await upload(t, readFileSync(join(FIXTURES, 'openwebui-chats.json')), '?dry_run=true', 'application/octet-stream').expect(200);
    expect(res.body).toMatchObject({ format: 'openwebui', dry_run: true, sessions_created: 2, messages_created: 6 });
    expect(await dbFingerprint(t.dataSource)).toBe(before);
  });

  it('imports an Open WebUI chats export as general sessions: active branch, order, titles, timestamps', async () => {
    const file = readFileSync(join(FIXTURES, 'openwebui-chats.json'));
    const res = await upload(t, file, '', 'application/octet-stream').expect(200);
    expect(res.body).toMatchObject({ format: 'openwebui', chats_in_file: 2, sessions_created: 2, messages_created: 6, already_imported: 0 });
    const [pricing] = res.body.sessions;
    const [session] = await t.dataSource.query('SELECT * FROM chat_sessions WHERE session_id = ?', [pricing.session_id]);
    expect(session).toMatchObject({ title: 'Pricing the launch', scope_type: 'general', category: 'general', message_count: 4 });
    expect(new Date(`${session.created_at}Z`).toISOString()).toBe(new Date(1717000000 * 1000).toISOString());
    const rows = await messagesOf(pricing.session_id);
    expect(rows.map((r) => [r.role, r.content])).toEqual([
      ['user', 'What should the okapi plan cost?'],
      ['assistant', 'Start at 29 a month.'],
      ['user', 'And for teams?'],
      ['assistant', 'Teams pay 25 per seat.'],
    ]);
    expect(rows[1].model).toBe('llama3.1:8b');
    expect(new Date(`${rows[3].created_at}Z`).toISOString()).toBe(new Date(1717000120 * 1000).toISOString());
    // Listed and searchable like any session; one event per imported session.
    const found = await t.api().get('/api/v1/search').query({ q: 'okapi plan' }).expect(200);
    expect(found.body.results.map((r: { session_id: string }) => r.session_id)).toContain(pricing.session_id);
    const events = await t.dataSource.query(`SELECT entity_id FROM event_log WHERE event_type = 'chat.session.imported'`);
    expect(events).toHaveLength(2);
    // The same file again: nothing new.
    const again = await upload(t, file, '?format=openwebui', 'application/octet-stream').expect(200);
    expect(again.body).toMatchObject({ sessions_created: 0, already_imported: 2 });
  });

  it('imports LibreChat conversation exports (tree and flat): newest branch, order, timestamps', async () => {
    const tree = await upload(t, readFileSync(join(FIXTURES, 'librechat-tree.json')), '', 'application/octet-stream').expect(200);
    expect(tree.body).toMatchObject({ format: 'librechat', sessions_created: 1, messages_created: 3 });
    const rows = await messagesOf(tree.body.sessions[0].session_id);
    expect(rows.map((r) => [r.role, r.content, r.author])).toEqual([
      ['user', 'Summarise the wombat numbers.', null],
      ['assistant', 'Wombat sales grew 12%.', 'GPT-4o'],
      ['user', 'Thanks!', null],
    ]);
    expect(new Date(`${rows[1].created_at}Z`).toISOString()).toBe('2024-05-01T09:01:00.000Z');
    const [session] = await t.dataSource.query('SELECT title, scope_type FROM chat_sessions WHERE session_id = ?', [tree.body.sessions[0].session_id]);
    expect(session).toEqual({ title: 'Quarterly wombat review', scope_type: 'general' });

    const flat = await upload(t, readFileSync(join(FIXTURES, 'librechat-flat.json')), '?format=librechat', 'application/octet-stream').expect(200);
    expect(flat.body).toMatchObject({ sessions_created: 1, messages_created: 2 });
    expect((await messagesOf(flat.body.sessions[0].session_id)).map((r) => r.content)).toEqual(['Hello from LibreChat', 'Hello back']);
  });

  it('refuses a file of no known format, or of the wrong one, writing nothing', async () => {
    const before = await dbFingerprint(t.dataSource);
    for (const [body, query] of [
      ['{"hello": "world"}', ''],
      ['[1, 2, 3]', ''],
      [readFileSync(join(FIXTURES, 'librechat-flat.json')).toString(), '?format=openwebui'],
      ['{"conversationId": "x", "messages": [', '?format=librechat'],
    ] as const) {
      const res = await upload(t, body, query, 'application/octet-stream');
      expect({ body: body.slice(0, 30), status: res.status }).toEqual({ body: body.slice(0, 30), status: 400 });
      expectErrorBody(res.body, 400);
    }
    expect(await dbFingerprint(t.dataSource)).toBe(before);
  });
});
