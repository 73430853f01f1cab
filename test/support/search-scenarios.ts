import { AuthService } from '../../src/auth/auth.service';
import { OllamaHealthService } from '../../src/llm/ollama-health.service';
import { expectErrorBody, useTestApp } from './app';
import { totalChanges } from './db-state';

/**
 * The search scenarios, run on SQLite (test/search.e2e-spec.ts) and on PostgreSQL
 * (test/postgres/search.pg-spec.ts) against the real app.
 */
export function searchScenarios(env: () => Promise<Record<string, string>>, teardown: () => Promise<void> = async () => undefined): void {
  const t = useTestApp({ ollama: true, env });
  const fake = t.ollama;
  let viewer: string;

  beforeAll(async () => {
    viewer = await t.app.get(AuthService).createToken('viewer', 'search-test');
  });
  afterAll(teardown); // after the app's own afterAll (hooks run in the order declared)
  const sqlite = () => t.dataSource.options.type === 'better-sqlite3';

  const search = (query: Record<string, string | number | boolean>, token?: string) => t.api(token).get('/api/v1/search').query(query);
  const session = async (body: Record<string, unknown> = {}) => (await t.api().post('/api/v1/chat-history/sessions').send(body).expect(200)).body.session_id as string;
  const say = async (sessionId: string, content: string, role = 'user') =>
    (await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role, content }).expect(201)).body.message.id as number;
  /** The message hits (a session whose auto-title holds the word is a hit of its own). */
  const ids = (body: { results: Array<{ kind: string; message_id: number | null }> }) => body.results.filter((r) => r.kind === 'message').map((r) => r.message_id);
  const sessionsOf = (body: { results: Array<{ session_id: string }> }) => [...new Set(body.results.map((r) => r.session_id))].sort();

  it('finds a word from a message written a moment earlier, with the session, scope, message id and a highlighted snippet', async () => {
    const sessionId = await session({ title: 'Planning' });
    const id = await say(sessionId, 'The zanzibar <launch> is set for Tuesday & the press is ready');
    // The index row is written by the message write itself (trigger, same transaction).
    if (sqlite()) expect(await t.dataSource.query(`SELECT rowid FROM chat_messages_fts WHERE chat_messages_fts MATCH 'zanzibar'`)).toEqual([{ rowid: id }]);

    const res = await search({ q: 'Zanzibar' }).expect(200);
    expect(res.body.next_cursor).toBeNull();
    expect(res.body.results).toEqual([
      expect.objectContaining({
        kind: 'message',
        message_id: id,
        session_id: sessionId,
        session_title: 'Planning',
        scope_type: 'general',
        scope_id: null,
        role: 'user',
        session_deleted: false,
        score: expect.any(Number),
      }),
    ]);
    const [hit] = res.body.results;
    expect(hit.snippet).toContain('The zanzibar <launch> is set');
    expect(hit.highlights).toHaveLength(1);
    expect(hit.snippet.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe('zanzibar');
    expect(hit.snippet_html).toContain('<mark>zanzibar</mark> &lt;launch&gt; is set for Tuesday &amp; the');
  });

  it('handles phrases, prefixes, exclusions, stemming and accents, ranked by relevance', async () => {
    const sessionId = await session({ title: 'Syntax' });
    const a = await say(sessionId, 'quokka budget review for the quarter');
    const b = await say(sessionId, 'the review of the quokka budget, draft');
    const c = await say(sessionId, 'quokkas everywhere: quokka quokka quokka');
    const d = await say(sessionId, 'Crème brûlée for the quokkateam offsite');

    expect(ids((await search({ q: '"quokka budget"' }).expect(200)).body).sort()).toEqual([a, b].sort());
    expect(ids((await search({ q: '"budget review"' }).expect(200)).body)).toEqual([a]);
    expect(ids((await search({ q: 'quokka -draft' }).expect(200)).body).sort()).toEqual([a, c].sort());
    expect(ids((await search({ q: 'quokka -"budget review"' }).expect(200)).body).sort()).toEqual([b, c].sort());
    expect(ids((await search({ q: 'quokkat*' }).expect(200)).body)).toEqual([d]);
    expect(ids((await search({ q: 'creme brulee' }).expect(200)).body)).toEqual([d]);
    // "quokkas" stems to "quokka"; the message that says it four times ranks first.
    const ranked = (await search({ q: 'quokka' }).expect(200)).body;
    expect(ids(ranked)[0]).toBe(c);
    expect(ids(ranked).sort()).toEqual([a, b, c].sort());
    expect(ranked.results.map((r: { score: number }) => r.score)).toEqual([...ranked.results.map((r: { score: number }) => r.score)].sort((x, y) => y - x));
    // Operators typed as words are words, not FTS5 syntax.
    expect((await search({ q: 'quokka OR NEAR AND' }).expect(200)).body.results).toEqual([]);
  });

  it.each([
    ['"unclosed phrase', 'never closed'],
    ['-draft', 'at least one word'],
    ['la*nch', 'only allowed at the end'],
    ['*', 'no letter or digit'],
    ['budget -', 'must be followed'],
    ['""', 'no word'],
    ['a*', 'at least 2 characters'],
    ['   ', 'must not be empty'],
    ['"a"b', 'unexpected'],
  ])('refuses bad syntax %j with 400 and the one error body, writing nothing', async (q, reason) => {
    const before = sqlite() ? await totalChanges(t.dataSource) : 0;
    const res = await search({ q }).expect(400);
    expectErrorBody(res.body, 400);
    expect(JSON.stringify(res.body.message)).toContain(reason);
    if (sqlite()) expect(await totalChanges(t.dataSource)).toBe(before);
  });

  it('refuses bad filters and cursors with 400', async () => {
    for (const query of [{}, { q: 'x', limit: 0 }, { q: 'x', limit: 101 }, { q: 'x', since: 'yesterday' }, { q: 'x', scope_type: 'planet' }, { q: 'x', cursor: 'bogus' }, { q: 'x', since: '2026-02-01', until: '2026-01-01' }]) {
      expectErrorBody((await search(query as Record<string, string>).expect(400)).body, 400);
    }
  });

  it('respects scope, category, role and time filters, and pages with a cursor', async () => {
    const dept = await session({ scope_type: 'department', scope_id: 'marketing', category: 'departments' });
    const general = await session({});
    const inDept = await say(dept, 'wombat campaign numbers');
    const reply = await say(dept, 'wombat campaign reply', 'assistant');
    const inGeneral = await say(general, 'wombat lunch order');

    expect(ids((await search({ q: 'wombat', scope_type: 'department', scope_id: 'marketing' }).expect(200)).body).sort()).toEqual([inDept, reply].sort());
    expect(ids((await search({ q: 'wombat', scope_type: 'department', scope_id: 'sales' }).expect(200)).body)).toEqual([]);
    expect(ids((await search({ q: 'wombat', category: 'departments' }).expect(200)).body).sort()).toEqual([inDept, reply].sort());
    expect(ids((await search({ q: 'wombat', category: 'general' }).expect(200)).body)).toEqual([inGeneral]);
    expect(ids((await search({ q: 'wombat', role: 'assistant' }).expect(200)).body)).toEqual([reply]);
    expect(ids((await search({ q: 'wombat', since: '2000-01-01', until: '2000-02-01' }).expect(200)).body)).toEqual([]);
    expect(ids((await search({ q: 'wombat', since: new Date(Date.now() - 60_000).toISOString() }).expect(200)).body)).toHaveLength(3);

    // 3 messages + 2 auto-titled sessions, 2 per page.
    const all = (await search({ q: 'wombat', limit: 10 }).expect(200)).body.results;
    expect(all).toHaveLength(5);
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = (await search({ q: 'wombat', limit: 2, ...(cursor ? { cursor } : {}) }).expect(200)).body;
      pages.push(...page.results);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual(all);
  });

  it('finds session titles, and follows a rename at once', async () => {
    const sessionId = await session({ title: 'Capybara roadmap' });
    await say(sessionId, 'first message');
    const hit = (await search({ q: 'capybara' }).expect(200)).body.results;
    expect(hit).toEqual([expect.objectContaining({ kind: 'session', session_id: sessionId, message_id: null, snippet: 'Capybara roadmap' })]);
    expect(hit[0].snippet_html).toBe('<mark>Capybara</mark> roadmap');
    await t.api().patch(`/api/v1/chat-history/sessions/${sessionId}`).send({ title: 'Okapi roadmap' }).expect(200);
    expect((await search({ q: 'capybara' }).expect(200)).body.results).toEqual([]);
    expect((await search({ q: 'okapi' }).expect(200)).body.results).toEqual([expect.objectContaining({ kind: 'session', session_id: sessionId })]);
    // role filters apply to messages only: a title has no role.
    expect((await search({ q: 'okapi', role: 'user' }).expect(200)).body.results).toEqual([]);
  });

  it('leaves out soft-deleted sessions unless include_deleted, and brings them back on restore', async () => {
    const sessionId = await session({ title: 'Doomed' });
    const id = await say(sessionId, 'axolotl secrets');
    await t.api().delete(`/api/v1/chat-history/sessions/${sessionId}`).expect(200);
    expect((await search({ q: 'axolotl' }).expect(200)).body.results).toEqual([]);
    expect((await search({ q: 'axolotl', include_deleted: true }).expect(200)).body.results).toEqual([
      expect.objectContaining({ message_id: id, session_deleted: true }),
    ]);
    await t.api().post(`/api/v1/chat-history/sessions/${sessionId}/restore`).expect(200);
    expect(ids((await search({ q: 'axolotl' }).expect(200)).body)).toEqual([id]);
  });

  it('shows hidden departments (and their agents) to the founder only; viewers search the rest', async () => {
    const dept = await session({ scope_type: 'department', scope_id: 'engineering' });
    const agent = await session({ scope_type: 'agent', scope_id: 'A11' });
    const open = await session({ scope_type: 'department', scope_id: 'sales' });
    const inDept = await say(dept, 'narwhal prototype');
    const inAgent = await say(agent, 'narwhal agent notes');
    const inOpen = await say(open, 'narwhal pricing');
    const [a11] = await t.dataSource.query(`SELECT department FROM agents WHERE cell_id = 'A11'`);
    expect(a11.department).toBe('engineering');

    expect(ids((await search({ q: 'narwhal' }, viewer).expect(200)).body).sort()).toEqual([inDept, inAgent, inOpen].sort());
    await t.api().post('/api/v1/founder/departments/engineering/hide').expect(200);
    const hidden = (await search({ q: 'narwhal' }, viewer).expect(200)).body;
    expect(ids(hidden)).toEqual([inOpen]);
    // The auto-titles ("narwhal prototype") are hidden with their sessions.
    expect(sessionsOf(hidden)).toEqual([open]);
    expect(sessionsOf((await search({ q: 'narwhal' }).expect(200)).body)).toEqual([dept, agent, open].sort());
    expect(ids((await search({ q: 'narwhal', scope_id: 'engineering' }, viewer).expect(200)).body)).toEqual([]);
    expect(ids((await search({ q: 'narwhal' }).expect(200)).body).sort()).toEqual([inDept, inAgent, inOpen].sort());
    await t.api().post('/api/v1/founder/departments/engineering/reveal').expect(200);
    expect(ids((await search({ q: 'narwhal' }, viewer).expect(200)).body)).toHaveLength(3);
  });

  it('reflects a regenerated reply at once: the offline text is gone, the new one is found', async () => {
    await fake.setFault('down');
    await t.app.get(OllamaHealthService).refresh();
    const offline = await t.api().post('/api/v1/daena/chat').send({ message: 'pangolin forecast please' }).expect(200);
    expect(offline.body.status).toBe('offline');
    const [before] = await t.dataSource.query(sqlite() ? 'SELECT content FROM chat_messages WHERE id = ?' : 'SELECT content FROM chat_messages WHERE id = $1', [offline.body.message_id]);
    const offlineWord = (before.content as string).match(/offline/i)?.[0];
    expect(offlineWord).toBeDefined();
    const offlineHits = async () =>
      ((await search({ q: 'offline', scope_type: 'executive' }).expect(200)).body.results as Array<{ message_id: number }>).filter((r) => r.message_id === offline.body.message_id);
    expect(await offlineHits()).toHaveLength(1);

    await fake.setFault(null);
    fake.setReply(['The ', 'pangolin ', 'forecast ', 'is ', 'sunny']);
    await t.app.get(OllamaHealthService).refresh();
    await t.api().post(`/api/v1/chat-history/sessions/${offline.body.session_id}/messages/${offline.body.message_id}/regenerate`).expect(200);
    expect(await offlineHits()).toEqual([]);
    const found = (await search({ q: 'sunny pangolin', role: 'assistant' }).expect(200)).body.results;
    expect(found).toEqual([expect.objectContaining({ message_id: offline.body.message_id, session_id: offline.body.session_id, scope_type: 'executive' })]);
  });

  it('ranks a word found in more messages than the rank window over its newest matches, widening the window for filters', async () => {
    if (!sqlite()) return;
    const old = await session({ scope_type: 'department', scope_id: 'finance' });
    const oldId = await say(old, 'ubiquitous ledger from long ago');
    const busy = await session({ title: 'busy' });
    // 25,000 newer messages holding the same word (more than RANK_WINDOW), written straight in.
    await t.dataSource.query(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 24999)
       INSERT INTO chat_messages (session_id, role, content, status, created_at, updated_at)
       SELECT ?, 'user', 'ubiquitous filler ' || i, 'complete', datetime('now'), datetime('now') FROM n`,
      [busy],
    );
    const page = (await search({ q: 'ubiquitous', limit: 5 }).expect(200)).body.results;
    expect(page).toHaveLength(5);
    // Only the old department message passes the filter: the window widens until it is found.
    expect(ids((await search({ q: 'ubiquitous', scope_type: 'department' }).expect(200)).body)).toEqual([oldId]);
    expect(ids((await search({ q: 'ubiquitous ledger' }).expect(200)).body)).toEqual([oldId]);
  });
}
