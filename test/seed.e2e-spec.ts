import { randomUUID } from 'node:crypto';
import { SeedService } from '../src/seed/seed.service';
import { tableCounts, TestApp, useTestApp } from './support/app';

const CATALOGUE = ['departments', 'agents', 'council_categories', 'council_members', 'chat_categories', 'system_config'];

const seededEvents = async (t: TestApp) =>
  ((await t.dataSource.query("SELECT * FROM event_log WHERE event_type = 'system.seeded' ORDER BY id")) as Array<Record<string, any>>).map(
    (row) => ({ ...row, payload: JSON.parse(row.payload), rooms: JSON.parse(row.rooms) }),
  );

const dump = (t: TestApp, table: string) => t.dataSource.query(`SELECT * FROM "${table}" ORDER BY id`);

describe('Seed (e2e)', () => {
  describe('on start (SEED_ON_START default)', () => {

    const t = useTestApp();

    it('seeds the catalogue once, with one system.seeded event', async () => {
      expect(await tableCounts(t.dataSource, CATALOGUE)).toEqual(
        expect.objectContaining({ departments: 12, agents: 72, council_categories: 4, council_members: 20, chat_categories: 5 }),
      );
      const events = await seededEvents(t);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ entity_type: 'system', entity_id: 'seed', actor: 'system' });
      expect(events[0].payload).toMatchObject({
        reset: false,
        inserted: 12 + 72 + 4 + 20 + 5,
        updated: 0,
        removed: 0,
        changes: {
          departments: { inserted: 12, updated: 0, removed: 0 },
          agents: { inserted: 72, updated: 0, removed: 0 },
          councils: { inserted: 4, updated: 0, removed: 0 },
          council_members: { inserted: 20, updated: 0, removed: 0 },
          chat_categories: { changed: 5 },
          config_defaults: { inserted: 5 },
        },
      });
    });

    it('stores the departments, agents and their links as specified', async () => {
      const departments = (await t.dataSource.query('SELECT * FROM departments ORDER BY sunflower_index')) as Array<Record<string, any>>;
      expect(departments.map((d) => [d.slug, d.cell_id, d.sunflower_index, d.hidden])).toEqual([
        ['engineering', 'D1', 0, 0],
        ['product', 'D2', 1, 0],
        ['sales', 'D3', 2, 0],
        ['marketing', 'D4', 3, 0],
        ['finance', 'D5', 4, 0],
        ['hr', 'D6', 5, 0],
        ['legal', 'D7', 6, 0],
        ['customer', 'D8', 7, 0],
        ['chakra', 'D9', 8, 1],
        ['blackops', 'D10', 9, 1],
        ['security', 'D11', 10, 1],
        ['rdlab', 'D12', 11, 1],
      ]);
      expect(departments.find((d) => d.slug === 'legal')).toMatchObject({ name: 'Legal & Compliance', color: '#8b5a2b', status: 'active' });
      expect(departments.find((d) => d.slug === 'rdlab')).toMatchObject({ name: 'R&D Lab', color: '#06B6D4', status: 'hidden' });

      const unlinked = await t.dataSource.query(
        'SELECT a.cell_id FROM agents a LEFT JOIN departments d ON d.id = a.department_id WHERE d.slug IS NULL OR d.slug != a.department',
      );
      expect(unlinked).toEqual([]);
      const hr = (await t.dataSource.query("SELECT * FROM agents WHERE department = 'hr' ORDER BY sunflower_index")) as Array<Record<string, any>>;
      expect(hr.map((a) => a.name)).toEqual([
        'Senior Advisor Human Resources',
        'Strategy Advisor Human Resources',
        'Internal Scout Human Resources',
        'External Scout Human Resources',
        'Knowledge Synthesizer Human Resources',
        'Action Executor Human Resources',
      ]);
      expect(hr[5]).toMatchObject({ cell_id: 'A66', sunflower_index: 66, role: 'executor', type: 'Action Executor', performance_score: 95, status: 'active' });
      const security = (await t.dataSource.query("SELECT cell_id, name FROM agents WHERE department = 'security' ORDER BY sunflower_index")) as Array<
        Record<string, any>
      >;
      expect(security.map((a) => a.cell_id)).toEqual(['A111', 'A112', 'A113', 'A114', 'A115', 'A116']);
      expect(security[0].name).toBe('Guard Prime');
    });

    it('stores the councils, their experts, the chat categories and the config defaults', async () => {
      const councils = (await t.dataSource.query('SELECT * FROM council_categories ORDER BY id')) as Array<Record<string, any>>;
      expect(councils.map((c) => c.slug)).toEqual(['finance_council', 'tech_council', 'strategy_council', 'psychology_council']);
      expect(councils[0]).toMatchObject({ name: 'Finance Council', icon: 'chart-line', color: '#00CED1', enabled: 1, deleted_at: null });
      const finance = (await t.dataSource.query('SELECT * FROM council_members WHERE category_id = ? ORDER BY display_order', [councils[0].id])) as Array<
        Record<string, any>
      >;
      expect(finance.map((m) => m.name)).toEqual(['The Oracle', 'The Macro', 'The Quant', 'The Venture', 'The Crypto']);
      expect(finance[0]).toMatchObject({ role: 'Value Investor', persona_source: 'Warren Buffett', avatar: 'user-tie', display_order: 1 });
      expect(JSON.parse(finance[0].expertise)).toEqual(['Value Investing', 'Long-term Strategy']);

      const categories = (await t.dataSource.query('SELECT name, icon, color FROM chat_categories ORDER BY sort_order')) as Array<Record<string, any>>;
      expect(categories).toEqual([
        { name: 'executive', icon: 'crown', color: '#D4AF37' },
        { name: 'departments', icon: 'building', color: '#8B5CF6' },
        { name: 'agents', icon: 'robot', color: '#3B82F6' },
        { name: 'council', icon: 'users', color: '#F59E0B' },
        { name: 'general', icon: 'comments', color: '#6B7280' },
      ]);

      const config = (await t.dataSource.query('SELECT config_key, config_value, config_type FROM system_config ORDER BY config_key')) as Array<
        Record<string, any>
      >;
      const byKey = Object.fromEntries(config.map((c) => [c.config_key, [JSON.parse(c.config_value), c.config_type]]));
      expect(byKey).toMatchObject({
        maintenance_mode: [false, 'bool'],
        emergency_stop: [false, 'bool'],
        consensus_threshold: [0.7, 'float'],
        enable_voice: [true, 'bool'],
        'council.max_rounds': [3, 'int'],
      });
      expect(byKey['llm.active_model']).toBeUndefined();
    });

    it('a second run changes nothing and publishes nothing', async () => {
      const tables = [...CATALOGUE, 'system_config_revisions', 'event_log'];
      const before = await Promise.all(tables.map((table) => dump(t, table)));
      const result = await t.app.get(SeedService).run();
      expect(result).toMatchObject({ changed: false, inserted: 0, updated: 0, removed: 0, event_id: null });
      expect(result.totals).toEqual({ departments: 12, agents: 72, councils: 4, council_members: 20, chat_categories: 5, config_keys: expect.any(Number) });
      expect(await Promise.all(tables.map((table) => dump(t, table)))).toEqual(before);
      expect(await seededEvents(t)).toHaveLength(1);
    });

    it('a plain run keeps the founder edits; --reset puts the catalogue back and keeps chats, tasks and events', async () => {
      const seed = t.app.get(SeedService);
      await t.api().patch('/api/v1/agents/A11').send({ name: 'Chief Architect', status: 'idle' }).expect(200);
      await t.api().delete('/api/v1/agents/A12').expect(200);
      const custom = await t.api().post('/api/v1/agents').send({ name: 'Custom Agent', department: 'finance', role: 'synth' }).expect(201);
      await t.dataSource.query("UPDATE council_members SET persona_source = 'Someone Else' WHERE name = 'The Oracle'");
      const [finance] = (await t.dataSource.query("SELECT id FROM council_categories WHERE slug = 'finance_council'")) as Array<{ id: number }>;
      await t.dataSource.query(
        "INSERT INTO council_members (category_id, name, expertise, settings, enabled, display_order) VALUES (?, 'The Intern', '[]', '{}', TRUE, 9)",
        [finance.id],
      );
      await t.dataSource.query("INSERT INTO council_categories (slug, name, metadata, enabled) VALUES ('extra_council', 'Extra Council', '{}', TRUE)");
      await t.dataSource.query(
        "INSERT INTO chat_sessions (session_id, category, title, owner_type, scope_type, scope_id, context, is_active, message_count) VALUES (?, 'agents', 'Kept', 'user', 'agent', ?, '{}', TRUE, 0)",
        [randomUUID(), custom.body.cell_id],
      );
      const kept = ['chat_sessions', 'chat_messages', 'tasks'];
      const keptBefore = await Promise.all(kept.map((table) => dump(t, table)));

      // A plain run only fills in what is missing: nothing is.
      const plain = await seed.run();
      expect(plain.changed).toBe(false);
      expect((await t.api().get('/api/v1/agents/A11').expect(200)).body.name).toBe('Chief Architect');
      await t.api().get('/api/v1/agents/A12').expect(404);

      const eventsBefore = (await dump(t, 'event_log')) as Array<Record<string, any>>;
      const result = await seed.run({ reset: true, actor: 'cli' });
      expect(result).toMatchObject({ reset: true, changed: true });
      expect(result.changes.agents).toEqual({ inserted: 0, updated: 2, removed: 1 });
      expect(result.changes.council_members).toEqual({ inserted: 0, updated: 1, removed: 1 });
      expect(result.changes.councils).toEqual({ inserted: 0, updated: 0, removed: 1 });
      expect(result.changes.departments).toEqual({ inserted: 0, updated: 0, removed: 0 });

      expect((await t.api().get('/api/v1/agents/A11').expect(200)).body).toMatchObject({ name: 'Senior Advisor Engineering', status: 'active' });
      expect((await t.api().get('/api/v1/agents/A12').expect(200)).body.name).toBe('Strategy Advisor Engineering');
      await t.api().get(`/api/v1/agents/${custom.body.cell_id}`).expect(404);
      expect((await t.api().get('/api/v1/agents').expect(200)).body.total).toBe(48);
      expect((await t.api().get('/api/v1/departments/finance').expect(200)).body.agents_count).toBe(6);
      const [oracle] = (await t.dataSource.query("SELECT persona_source FROM council_members WHERE name = 'The Oracle'")) as Array<Record<string, any>>;
      expect(oracle.persona_source).toBe('Warren Buffett');
      expect(await t.dataSource.query("SELECT id FROM council_members WHERE name = 'The Intern'")).toEqual([]);
      const [extra] = (await t.dataSource.query("SELECT deleted_at FROM council_categories WHERE slug = 'extra_council'")) as Array<Record<string, any>>;
      expect(extra.deleted_at).not.toBeNull();

      // Chats and tasks untouched; the event log only grew by the one summary event.
      expect(await Promise.all(kept.map((table) => dump(t, table)))).toEqual(keptBefore);
      const eventsAfter = (await dump(t, 'event_log')) as Array<Record<string, any>>;
      expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
      expect(eventsAfter).toHaveLength(eventsBefore.length + 1);
      const summary = eventsAfter.at(-1)!;
      expect(summary).toMatchObject({ event_type: 'system.seeded', actor: 'cli', id: result.event_id });
      expect(JSON.parse(summary.payload)).toMatchObject({ reset: true, updated: 3, removed: 3 });

      // And a reset of a reset catalogue is a no-op.
      const again = await seed.run({ reset: true });
      expect(again.changed).toBe(false);
      expect(await dump(t, 'event_log')).toHaveLength(eventsAfter.length);
    });
  });

  describe('with SEED_ON_START=false', () => {

    const t = useTestApp({ env: { SEED_ON_START: 'false' } });

    it('starts empty, and SeedService.run seeds it', async () => {
      expect(await tableCounts(t.dataSource, ['departments', 'agents'])).toEqual({ departments: 0, agents: 0 });
      expect((await t.api().get('/api/v1/departments').expect(200)).body).toMatchObject({ success: true, departments: [], total: 0, total_count: 0, returned_count: 0 });
      const result = await t.app.get(SeedService).run();
      expect(result).toMatchObject({ changed: true, reset: false });
      expect(result.totals).toMatchObject({ departments: 12, agents: 72, councils: 4, council_members: 20, chat_categories: 5 });
      expect((await t.api().get('/api/v1/agents').expect(200)).body.total).toBe(48);
      expect(await seededEvents(t)).toHaveLength(1);
    });
  });
});
