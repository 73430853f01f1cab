import { SettingsService } from '../src/config/settings/settings.service';
import { OllamaHealthService } from '../src/llm/ollama-health.service';
import { expectErrorBody, tableCounts, useTestApp } from './support/app';
import { FakeChatRequest, FakeOllama } from './support/fake-ollama';

/* eslint-disable @typescript-eslint/no-explicit-any */

const CONCURRENCY = 2;
const TABLES = ['council_categories', 'council_members', 'chat_sessions', 'chat_messages', 'event_log'];

interface EventRow {
  id: number;
  event_type: string;
  entity_type: string;
  entity_id: string;
  payload: any;
  rooms: string[];
  actor: string;
}

/** Who the fake is answering: the name the system prompt gives ("You are The Oracle, ..."). */
const speakerOf = (body: FakeChatRequest) => /^You are ([^,\n]+?)[,.]/.exec(body.messages.find((m) => m.role === 'system')?.content ?? '')?.[1] ?? '?';
const promptOf = (body: FakeChatRequest) => body.messages.map((m) => m.content).join('\n');

describe('councils', () => {
  const originalReply = FakeOllama.defaultReply;
  let replies = 0;
  // Every reply names its speaker and is unique, so that positions can be told apart in prompts.
  beforeAll(() => {
    FakeOllama.defaultReply = (body) => `${speakerOf(body)} position number ${++replies} on the matter.`.match(/\S+\s*/g) ?? [];
  });
  afterAll(() => {
    FakeOllama.defaultReply = originalReply;
  });
  const t = useTestApp({ ollama: true, env: { OLLAMA_CONCURRENCY: String(CONCURRENCY) } });
  const fake = t.ollama;

  const lastEventId = async () => Number((await t.dataSource.query('SELECT COALESCE(MAX(id), 0) AS id FROM event_log'))[0].id);
  const eventsAfter = async (afterId: number, like = '%'): Promise<EventRow[]> =>
    ((await t.dataSource.query('SELECT * FROM event_log WHERE id > ? AND event_type LIKE ? ORDER BY id', [afterId, like])) as any[]).map((row) => ({
      ...row,
      payload: JSON.parse(row.payload),
      rooms: JSON.parse(row.rooms),
    }));
  const messagesOf = async (sessionId: string) =>
    ((await t.dataSource.query('SELECT * FROM chat_messages WHERE session_id = ? ORDER BY id', [sessionId])) as any[]).map((row) => ({
      ...row,
      metadata: row.metadata ? JSON.parse(row.metadata) : null,
    }));
  const membersOf = async (slug: string) =>
    (await t.dataSource.query(
      'SELECT m.* FROM council_members m JOIN council_categories c ON c.id = m.category_id WHERE c.slug = ? ORDER BY m.display_order, m.id',
      [slug],
    )) as any[];

  describe('CRUD', () => {
    it('lists the 4 seeded councils with their 5 members, the slug as id', async () => {
      const res = await t.api().get('/api/v1/councils').expect(200);
      expect(res.body.total).toBe(4);
      expect(res.body.councils.map((c: any) => c.id)).toEqual(['finance_council', 'tech_council', 'strategy_council', 'psychology_council']);
      const finance = res.body.councils[0];
      expect(finance).toMatchObject({ id: 'finance_council', slug: 'finance_council', name: 'Finance Council', icon: 'chart-line', color: '#00CED1', enabled: true });
      expect(finance.members).toHaveLength(5);
      expect(finance.members[0]).toEqual({
        id: expect.any(Number),
        name: 'The Oracle',
        role: 'Value Investor',
        persona_source: 'Warren Buffett',
        avatar: 'user-tie',
        expertise: ['Value Investing', 'Long-term Strategy'],
        enabled: true,
        display_order: expect.any(Number),
      });
      const one = await t.api().get('/api/v1/councils/tech_council').expect(200);
      expect(one.body.members.map((m: any) => m.name)).toEqual(['The Architect', 'The Visionary', 'The Builder', 'The Product', 'The Hacker']);
      const unknown = await t.api().get('/api/v1/councils/nope_council');
      expect(unknown.status).toBe(404);
      expectErrorBody(unknown.body, 404);
    });

    it('creates, renames (slug kept), disables, enables, deletes and restores a council, each with its event', async () => {
      const before = await lastEventId();
      const created = await t.api().post('/api/v1/councils').send({ name: 'Legal Council', description: 'Contracts and risk', color: '#112233' }).expect(201);
      expect(created.body).toMatchObject({ id: 'legal_council', name: 'Legal Council', description: 'Contracts and risk', icon: 'users', color: '#112233', enabled: true, members: [] });
      const [row] = await t.dataSource.query("SELECT * FROM council_categories WHERE slug = 'legal_council'");
      expect(row).toMatchObject({ name: 'Legal Council', enabled: 1, deleted_at: null });

      const renamed = await t.api().patch('/api/v1/councils/legal_council').send({ name: 'Law Council', icon: 'scale' }).expect(200);
      expect(renamed.body).toMatchObject({ id: 'legal_council', name: 'Law Council', icon: 'scale' });
      await t.api().post('/api/v1/councils/legal_council/disable').expect(200);
      expect((await t.api().get('/api/v1/councils').expect(200)).body.councils.map((c: any) => c.id)).not.toContain('legal_council');
      const all = await t.api().get('/api/v1/councils?include_disabled=true').expect(200);
      expect(all.body.councils.find((c: any) => c.id === 'legal_council')).toMatchObject({ enabled: false });
      await t.api().post('/api/v1/councils/legal_council/disable').expect(200); // idempotent: no second event
      await t.api().post('/api/v1/councils/legal_council/enable').expect(200);
      const deleted = await t.api().delete('/api/v1/councils/legal_council').expect(200);
      expect(deleted.body).toEqual({ success: true, id: 'legal_council', deleted: true });
      const [soft] = await t.dataSource.query("SELECT deleted_at FROM council_categories WHERE slug = 'legal_council'");
      expect(soft.deleted_at).not.toBeNull();
      expect((await t.api().get('/api/v1/councils/legal_council')).status).toBe(404);
      await t.api().post('/api/v1/councils/legal_council/restore').expect(200);
      await t.api().get('/api/v1/councils/legal_council').expect(200);

      const events = await eventsAfter(before);
      expect(events.map((e) => e.event_type)).toEqual([
        'council.created',
        'council.updated',
        'council.disabled',
        'council.enabled',
        'council.deleted',
        'council.restored',
      ]);
      for (const event of events) {
        expect(event).toMatchObject({ entity_type: 'council', entity_id: 'legal_council', actor: 'founder:env' });
        expect(event.rooms).toEqual(['all', 'council:legal_council']);
      }
      expect(events[0].payload.council).toMatchObject({ id: 'legal_council', name: 'Legal Council' });
      expect(events[1].payload).toEqual({ council_id: 'legal_council', changes: { name: 'Law Council', icon: 'scale' }, previous: { name: 'Legal Council', icon: 'users' } });
      expect(events[2].payload).toMatchObject({ council_id: 'legal_council', enabled: false });
    });

    it('adds, edits and removes members, each with its event', async () => {
      const before = await lastEventId();
      const added = await t.api()
        .post('/api/v1/councils/finance_council/members')
        .send({ name: 'The Auditor', role: 'Forensic Accountant', persona_source: 'Harry Markopolos', expertise: ['Fraud', 'Audit'] })
        .expect(201);
      expect(added.body).toMatchObject({ id: expect.any(Number), name: 'The Auditor', role: 'Forensic Accountant', enabled: true, avatar: null, expertise: ['Fraud', 'Audit'] });
      const memberId = added.body.id;
      const rows = await membersOf('finance_council');
      expect(rows.map((m) => m.name)).toEqual(['The Oracle', 'The Macro', 'The Quant', 'The Venture', 'The Crypto', 'The Auditor']);

      const edited = await t.api().patch(`/api/v1/councils/finance_council/members/${memberId}`).send({ enabled: false, expertise: ['Fraud'], display_order: 0 }).expect(200);
      expect(edited.body).toMatchObject({ enabled: false, expertise: ['Fraud'], display_order: 0 });
      const [stored] = await t.dataSource.query('SELECT enabled, expertise FROM council_members WHERE id = ?', [memberId]);
      expect(stored).toEqual({ enabled: 0, expertise: '["Fraud"]' });

      await t.api().delete(`/api/v1/councils/finance_council/members/${memberId}`).expect(200);
      expect(await t.dataSource.query('SELECT id FROM council_members WHERE id = ?', [memberId])).toEqual([]);

      const events = await eventsAfter(before);
      expect(events.map((e) => e.event_type)).toEqual(['council.member.created', 'council.member.updated', 'council.member.deleted']);
      for (const event of events) {
        expect(event).toMatchObject({ entity_type: 'council_member', entity_id: String(memberId) });
        expect(event.rooms).toEqual(['all', 'council:finance_council']);
        expect(event.payload.council_id).toBe('finance_council');
      }
      expect(events[1].payload).toMatchObject({ member_id: memberId, changes: { enabled: false, expertise: ['Fraud'], display_order: 0 }, previous: { enabled: true, expertise: ['Fraud', 'Audit'] } });
    });

    it('refuses bad input with 4xx and the one error body, changing nothing', async () => {
      await t.api().post('/api/v1/councils').send({ name: 'Ethics Council' }).expect(201);
      const members = await membersOf('tech_council');
      const cases: Array<[string, string, unknown, number]> = [
        ['post', '/api/v1/councils', { name: 'ethics council' }, 409], // same name, other case
        ['post', '/api/v1/councils', { name: 'Ethics  Council!' }, 409], // same slug
        ['post', '/api/v1/councils', { name: '!!!' }, 400],
        ['post', '/api/v1/councils', { name: '' }, 400],
        ['post', '/api/v1/councils', { name: 'X', color: 'red' }, 400],
        ['post', '/api/v1/councils', { name: 'X', slug: 'x' }, 400],
        ['patch', '/api/v1/councils/tech_council', {}, 400],
        ['patch', '/api/v1/councils/tech_council', { name: 'Finance Council' }, 409],
        ['patch', '/api/v1/councils/tech_council', { enabled: false }, 400],
        ['patch', '/api/v1/councils/nope', { name: 'Y' }, 404],
        ['post', '/api/v1/councils/nope/disable', {}, 404],
        ['delete', '/api/v1/councils/nope', {}, 404],
        ['post', '/api/v1/councils/tech_council/restore', {}, 404],
        ['post', '/api/v1/councils/tech_council/members', { name: 'No Role' }, 400],
        ['post', '/api/v1/councils/tech_council/members', { name: 'Z', role: 'R', expertise: 'not a list' }, 400],
        ['post', '/api/v1/councils/tech_council/members', { name: 'the builder', role: 'R' }, 409],
        ['patch', `/api/v1/councils/tech_council/members/${members[0].id}`, {}, 400],
        ['patch', `/api/v1/councils/tech_council/members/${members[0].id}`, { name: 'The Hacker' }, 409],
        ['patch', `/api/v1/councils/tech_council/members/${members[0].id}`, { display_order: -1 }, 400],
        ['patch', '/api/v1/councils/tech_council/members/abc', { enabled: false }, 400],
        ['patch', '/api/v1/councils/tech_council/members/999999', { enabled: false }, 404],
        // A member of another council is not this council's member.
        ['delete', `/api/v1/councils/finance_council/members/${members[0].id}`, {}, 404],
      ];
      const before = await tableCounts(t.dataSource, TABLES);
      for (const [method, path, body, status] of cases) {
        const res = await (t.api() as any)[method](path).send(body);
        expect({ method, path, body, status: res.status }).toEqual({ method, path, body, status });
        expectErrorBody(res.body, status);
      }
      expect(await tableCounts(t.dataSource, TABLES)).toEqual(before);
      expect(await membersOf('tech_council')).toEqual(members);
      expect((await t.api(null).get('/api/v1/councils')).status).toBe(401);
    });
  });

  describe('debates', () => {
    it('runs a round: every enabled member states a position, then Daena synthesises; events in order; replayable', async () => {
      const tech = await membersOf('tech_council');
      const skipped = tech.find((m) => m.name === 'The Product');
      await t.api().patch(`/api/v1/councils/tech_council/members/${skipped.id}`).send({ enabled: false }).expect(200);
      const speakers = tech.filter((m) => m.id !== skipped.id).map((m) => m.name);
      fake.setReply(null, 30); // the default (speaker-naming) reply, slowly, so that positions overlap
      fake.resetStats();
      const before = await lastEventId();

      const res = await t.api().post('/api/v1/councils/tech_council/debates').send({ topic: '  Should we rewrite the backend in Rust?  ' }).expect(201);
      const sessionId = res.body.session_id;
      expect(res.body).toMatchObject({ success: true, council_id: 'tech_council', topic: 'Should we rewrite the backend in Rust?', round: 1, running: false });
      expect(res.body.rounds).toHaveLength(1);
      const [round] = res.body.rounds;
      expect(round.founder_messages.map((m: any) => [m.kind, m.content])).toEqual([['topic', 'Should we rewrite the backend in Rust?']]);
      expect(round.positions.map((p: any) => p.author)).toEqual(speakers);
      expect(round.positions.every((p: any) => p.status === 'complete' && p.content.startsWith(`${p.author} position number`))).toBe(true);
      expect(round.synthesis).toMatchObject({ author: 'Daena', kind: 'synthesis', round: 1, status: 'complete' });

      // The rows: one session in the council's scope; topic + N positions + 1 synthesis.
      const [session] = await t.dataSource.query('SELECT * FROM chat_sessions WHERE session_id = ?', [sessionId]);
      expect(session).toMatchObject({ scope_type: 'council', scope_id: 'tech_council', category: 'council', title: 'Should we rewrite the backend in Rust?' });
      expect(JSON.parse(session.context)).toEqual({ council_id: 'tech_council', council_name: 'Tech Council', topic: 'Should we rewrite the backend in Rust?', type: 'debate', round: 1 });
      const rows = await messagesOf(sessionId);
      expect(rows.map((r) => [r.role, r.metadata?.kind])).toEqual([['user', 'topic'], ...speakers.map(() => ['assistant', 'position']), ['assistant', 'synthesis']]);
      const positions = rows.filter((r) => r.metadata?.kind === 'position');
      expect(positions.map((p) => p.author).sort()).toEqual([...speakers].sort());
      for (const p of positions) {
        expect(p.metadata).toMatchObject({ round: 1, kind: 'position', member_id: tech.find((m) => m.name === p.author).id });
      }
      expect(rows.at(-1)).toMatchObject({ author: 'Daena', status: 'complete', metadata: expect.objectContaining({ round: 1, kind: 'synthesis' }) });

      // Ollama: N positions + 1 synthesis, never more than OLLAMA_CONCURRENCY at once, the disabled member never asked.
      expect(fake.requests).toHaveLength(speakers.length + 1);
      expect(fake.maxConcurrent).toBeLessThanOrEqual(CONCURRENCY);
      expect(fake.maxConcurrent).toBeGreaterThan(1); // the positions did run in parallel
      expect(fake.requests.map(speakerOf)).not.toContain('The Product');
      expect(fake.requests.slice(0, -1).map(speakerOf).sort()).toEqual([...speakers].sort());
      const synthesisPrompt = promptOf(fake.requests.at(-1)!);
      expect(synthesisPrompt).toContain('Should we rewrite the backend in Rust?');
      for (const p of positions) expect(synthesisPrompt).toContain(`${p.author} (${tech.find((m) => m.name === p.author).role}): ${p.content}`);

      // The event log: started, N messages (member order), synthesized.
      const debateEvents = await eventsAfter(before, 'council.debate.%');
      expect(debateEvents.map((e) => e.event_type)).toEqual(['council.debate.started', ...speakers.map(() => 'council.debate.message'), 'council.debate.synthesized']);
      for (const e of debateEvents) {
        expect(e).toMatchObject({ entity_type: 'council_debate', entity_id: sessionId });
        expect(e.rooms).toEqual(['all', 'council:tech_council', `session:${sessionId}`]);
      }
      expect(debateEvents[0].payload).toMatchObject({ session_id: sessionId, council_id: 'tech_council', topic: 'Should we rewrite the backend in Rust?', round: 1 });

      // Replay over HTTP from the id before the debate rebuilds the same transcript.
      const replay = await t.api().get(`/api/v1/events?after_id=${before}&limit=1000`).expect(200);
      const replayed = (replay.body.events as any[]).filter((e) => e.event_type.startsWith('council.debate.') && e.payload.session_id === sessionId);
      const rebuilt = {
        topic: replayed.find((e) => e.event_type === 'council.debate.started').payload.topic,
        positions: replayed.filter((e) => e.event_type === 'council.debate.message').map((e) => [e.payload.round, e.payload.member_name, e.payload.member_id, e.payload.message_id, e.payload.content]),
        synthesis: replayed.filter((e) => e.event_type === 'council.debate.synthesized').map((e) => [e.payload.round, e.payload.author, e.payload.message_id, e.payload.content]),
      };
      const view = await t.api().get(`/api/v1/councils/tech_council/debates/${sessionId}`).expect(200);
      expect(rebuilt).toEqual({
        topic: view.body.topic,
        positions: view.body.rounds[0].positions.map((p: any) => [p.round, p.author, p.member_id, p.id, p.content]),
        synthesis: [[1, 'Daena', view.body.rounds[0].synthesis.id, view.body.rounds[0].synthesis.content]],
      });
      expect(rebuilt.positions.map((p) => p[1])).toEqual(speakers);

      const list = await t.api().get('/api/v1/councils/tech_council/debates').expect(200);
      expect(list.body.debates.map((d: any) => d.session_id)).toContain(sessionId);
      expect(list.body.debates.find((d: any) => d.session_id === sessionId)).toMatchObject({ topic: 'Should we rewrite the backend in Rust?', round: 1, scope_id: 'tech_council' });
      await t.api().patch(`/api/v1/councils/tech_council/members/${skipped.id}`).send({ enabled: true }).expect(200);
    });

    it('takes the founder and the whole first round into the second round; max_rounds, then a new synthesis', async () => {
      const started = await t.api().post('/api/v1/councils/finance_council/debates').send({ topic: 'Raise a seed round now?' }).expect(201);
      const sessionId = started.body.session_id;
      const round1 = started.body.rounds[0];
      const said = await t.api().post(`/api/v1/councils/finance_council/debates/${sessionId}/messages`).send({ message: 'We have nine months of runway.' }).expect(201);
      expect(said.body).toMatchObject({ session_id: sessionId, round: 1, message: { kind: 'founder', role: 'user', content: 'We have nine months of runway.' } });
      fake.resetStats();
      const before = await lastEventId();

      const second = await t.api().post(`/api/v1/councils/finance_council/debates/${sessionId}/rounds`).expect(200);
      expect(second.body.round).toBe(2);
      expect(second.body.rounds[1].positions).toHaveLength(5);
      expect(second.body.rounds[1].synthesis).toMatchObject({ round: 2, status: 'complete' });
      expect(second.body.rounds[0].founder_messages.map((m: any) => m.kind)).toEqual(['topic', 'founder']);
      const memberRequests = fake.requests.slice(0, -1);
      expect(memberRequests).toHaveLength(5);
      for (const request of memberRequests) {
        const prompt = promptOf(request);
        expect(prompt).toContain('Raise a seed round now?');
        for (const position of round1.positions) expect(prompt).toContain(position.content);
        expect(prompt).toContain(round1.synthesis.content);
        expect(prompt).toContain('We have nine months of runway.');
      }
      // The synthesis of round 2 hears both rounds.
      const synthesisPrompt = promptOf(fake.requests.at(-1)!);
      for (const position of [...round1.positions, ...second.body.rounds[1].positions]) expect(synthesisPrompt).toContain(position.content);
      const events = await eventsAfter(before, 'council.debate.%');
      expect(events.map((e) => e.event_type)).toEqual(['council.debate.round.started', ...Array(5).fill('council.debate.message'), 'council.debate.synthesized']);
      expect(events.every((e) => e.payload.round === 2)).toBe(true);
      const [session] = await t.dataSource.query('SELECT context FROM chat_sessions WHERE session_id = ?', [sessionId]);
      expect(JSON.parse(session.context).round).toBe(2);

      // council.max_rounds = 2: a third round is refused and stores nothing.
      await t.app.get(SettingsService).set('council.max_rounds', 2, { type: 'int' });
      const counts = await tableCounts(t.dataSource, ['chat_messages']);
      const third = await t.api().post(`/api/v1/councils/finance_council/debates/${sessionId}/rounds`);
      expect(third.status).toBe(409);
      expectErrorBody(third.body, 409);
      expect(await tableCounts(t.dataSource, ['chat_messages'])).toEqual(counts);
      await t.app.get(SettingsService).set('council.max_rounds', 3, { type: 'int' });

      // Synthesise again: a second synthesis of round 2, the first kept.
      fake.resetStats();
      const again = await t.api().post(`/api/v1/councils/finance_council/debates/${sessionId}/synthesize`).expect(200);
      expect(fake.requests).toHaveLength(1);
      expect(again.body.rounds[1].syntheses).toHaveLength(2);
      expect(again.body.rounds[1].synthesis.id).toBe(again.body.rounds[1].syntheses[1].id);
      const rows = await messagesOf(sessionId);
      expect(rows.filter((r) => r.metadata?.kind === 'synthesis').map((r) => r.metadata.round)).toEqual([1, 2, 2]);
    });

    it('answers offline when Ollama is down: in-character texts naming each member, and an offline synthesis', async () => {
      await fake.setFault('down');
      await t.app.get(OllamaHealthService).refresh();
      const before = await lastEventId();
      const res = await t.api().post('/api/v1/councils/strategy_council/debates').send({ topic: 'Enter the Japanese market?' }).expect(201);
      const [round] = res.body.rounds;
      const names = ['The Strategist', 'The Disruptor', 'The Executor', 'The Growth', 'The Pivot'];
      expect(round.positions.map((p: any) => p.author)).toEqual(names);
      for (const p of round.positions) {
        expect(p).toMatchObject({ status: 'offline', model: 'offline' });
        expect(p.content).toContain(`${p.author} of the Strategy Council`);
        expect(p.content).toContain('offline');
      }
      expect(round.synthesis).toMatchObject({ author: 'Daena', status: 'offline', model: 'offline' });
      expect(round.synthesis.content).toContain('cannot synthesise');
      const rows = await messagesOf(res.body.session_id);
      expect(rows.filter((r) => r.role === 'assistant').every((r) => r.status === 'offline' && r.model === 'offline' && r.metadata.offline_reason === 'down')).toBe(true);
      expect(fake.requests).toHaveLength(0);
      const events = await eventsAfter(before, 'council.debate.%');
      expect(events.map((e) => e.event_type)).toEqual(['council.debate.started', ...names.map(() => 'council.debate.message'), 'council.debate.synthesized']);
      expect(events.slice(1, -1).map((e) => e.payload.member_name)).toEqual(names);
      expect(events.at(-1)!.payload).toMatchObject({ status: 'offline', content: round.synthesis.content });
    });

    it('keeps the partial text as interrupted when the stream is cut mid-way', async () => {
      fake.setReply(['A ', 'partial ', 'view ', 'that never ends.']);
      await fake.setFault('cut_stream', { afterTokens: 2 });
      const res = await t.api().post('/api/v1/councils/psychology_council/debates').send({ topic: 'Four-day week?' }).expect(201);
      const [round] = res.body.rounds;
      expect(round.positions).toHaveLength(5);
      for (const p of round.positions) expect(p).toMatchObject({ status: 'interrupted', content: 'A partial ' });
      const rows = await messagesOf(res.body.session_id);
      expect(rows.some((r) => r.status === 'streaming')).toBe(false);
      expect(rows.filter((r) => r.metadata?.kind === 'position').every((r) => r.metadata.interrupted_reason === 'truncated')).toBe(true);
    });

    it('403 for another council\'s session, 404 unknown, 400 blank, 409 disabled or memberless council; nothing stored', async () => {
      const finance = await t.api().post('/api/v1/councils/finance_council/debates').send({ topic: 'Buy bonds?' }).expect(201);
      const sid = finance.body.session_id;
      await t.api().post('/api/v1/councils').send({ name: 'Empty Council' }).expect(201);
      await t.api().post('/api/v1/councils').send({ name: 'Sleeping Council' }).expect(201);
      await t.api().post('/api/v1/councils/sleeping_council/members').send({ name: 'The Sleeper', role: 'Napper' }).expect(201);
      await t.api().post('/api/v1/councils/sleeping_council/disable').expect(200);
      fake.resetStats();
      const before = await tableCounts(t.dataSource, TABLES);
      const cases: Array<[string, string, unknown, number]> = [
        ['get', `/api/v1/councils/tech_council/debates/${sid}`, undefined, 403],
        ['post', `/api/v1/councils/tech_council/debates/${sid}/messages`, { message: 'hi' }, 403],
        ['post', `/api/v1/councils/tech_council/debates/${sid}/rounds`, {}, 403],
        ['post', `/api/v1/councils/tech_council/debates/${sid}/synthesize`, {}, 403],
        ['get', '/api/v1/councils/tech_council/debates/00000000-0000-4000-8000-000000000000', undefined, 404],
        ['get', '/api/v1/councils/tech_council/debates/not-a-uuid', undefined, 404],
        ['get', `/api/v1/councils/nope/debates/${sid}`, undefined, 404],
        ['post', '/api/v1/councils/tech_council/debates', { topic: '   ' }, 400],
        ['post', '/api/v1/councils/tech_council/debates', {}, 400],
        ['post', `/api/v1/councils/finance_council/debates/${sid}/messages`, { message: ' ' }, 400],
        ['post', '/api/v1/councils/empty_council/debates', { topic: 'Anything?' }, 409],
        ['post', '/api/v1/councils/sleeping_council/debates', { topic: 'Anything?' }, 409],
        ['post', '/api/v1/councils/nope/debates', { topic: 'Anything?' }, 404],
      ];
      for (const [method, path, body, status] of cases) {
        const req = (t.api() as any)[method](path);
        const res = body === undefined ? await req : await req.send(body);
        expect({ method, path, status: res.status }).toEqual({ method, path, status });
        expectErrorBody(res.body, status);
      }
      expect(await tableCounts(t.dataSource, TABLES)).toEqual(before);
      expect(fake.requests).toHaveLength(0);
    });
  });
});

describe('council debates with OLLAMA_CONCURRENCY above the member count', () => {
  const MEMBERS = 5; // every seeded council
  const t = useTestApp({ ollama: true, env: { OLLAMA_CONCURRENCY: String(MEMBERS + 3) } });
  const fake = t.ollama;

  it('asks every member at once, and the synthesis only once the positions are in', async () => {
    fake.setReply(['A ', 'considered ', 'view ', 'on ', 'it.'], 150); // slow enough that the positions overlap (on PostgreSQL too)
    const res = await t.api().post('/api/v1/councils/finance_council/debates').send({ topic: 'Buy or build?' }).expect(201);
    const [round] = res.body.rounds;
    expect(round.positions).toHaveLength(MEMBERS);
    expect(round.positions.every((p: any) => p.status === 'complete')).toBe(true);
    expect(round.synthesis).toMatchObject({ author: 'Daena', status: 'complete' });
    expect(fake.requests).toHaveLength(MEMBERS + 1);
    // The council's own bound follows OLLAMA_CONCURRENCY: not fewer at once (no serialising below the
    // setting), and never the synthesis beside a position.
    expect(fake.maxConcurrent).toBe(MEMBERS);
  });
});
