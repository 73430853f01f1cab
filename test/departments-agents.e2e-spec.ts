import { Logger } from '@nestjs/common';
import { AuthService } from '../src/auth/auth.service';
import { DepartmentService } from '../src/department/department.service';
import { EventsService } from '../src/events/events.service';
import { expectErrorBody, tableCounts, useTestApp } from './support/app';

const VISIBLE = ['engineering', 'product', 'sales', 'marketing', 'finance', 'hr', 'legal', 'customer'];
const HIDDEN = ['chakra', 'blackops', 'security', 'rdlab'];
const ROLES = ['advisor_a', 'advisor_b', 'scout_internal', 'scout_external', 'synth', 'executor'];

interface EventRow {
  id: number;
  event_type: string;
  entity_type: string;
  entity_id: string;
  payload: Record<string, any>;
  actor: string;
  rooms: string[];
}

describe('Departments and agents (e2e)', () => {

  const t = useTestApp();

  const agentRow = async (cellId: string) =>
    ((await t.dataSource.query('SELECT * FROM agents WHERE cell_id = ?', [cellId])) as Array<Record<string, any>>)[0];

  const eventsFor = async (entityId: string): Promise<EventRow[]> =>
    ((await t.dataSource.query('SELECT * FROM event_log WHERE entity_id = ? ORDER BY id', [entityId])) as Array<Record<string, any>>).map(
      (row) => ({ ...row, payload: JSON.parse(row.payload), rooms: JSON.parse(row.rooms) }) as EventRow,
    );

  const snapshot = () => tableCounts(t.dataSource, ['agents', 'departments', 'event_log']);
  const liveAgentCount = async () =>
    Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM agents WHERE deleted_at IS NULL')) as Array<{ n: number }>)[0].n);

  describe('GET /api/v1/departments', () => {
    it('lists the 8 visible departments by sunflower_index, 6 agents each', async () => {
      const res = await t.api().get('/api/v1/departments').expect(200);
      expect(res.body.total).toBe(8);
      expect(res.body.departments.map((d: any) => d.slug)).toEqual(VISIBLE);
      expect(res.body.departments[0]).toEqual({
        id: 'engineering',
        slug: 'engineering',
        name: 'Engineering & Technology',
        description: expect.any(String),
        color: '#0066cc',
        icon: expect.any(String),
        sunflower_index: 0,
        cell_id: 'D1',
        status: 'active',
        hidden: false,
        agents_count: 6,
      });
      expect(res.body.departments.map((d: any) => d.sunflower_index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(res.body.departments.every((d: any) => d.agents_count === 6 && d.agents === undefined)).toBe(true);
    });

    it('shows hidden departments only with include_hidden=true', async () => {
      const res = await t.api().get('/api/v1/departments?include_hidden=true').expect(200);
      expect(res.body.total).toBe(12);
      const hidden = res.body.departments.filter((d: any) => d.hidden);
      expect(hidden.map((d: any) => d.slug)).toEqual(HIDDEN);
      expect(hidden.map((d: any) => d.cell_id)).toEqual(['D9', 'D10', 'D11', 'D12']);
      expect(hidden.every((d: any) => d.status === 'hidden' && d.agents_count === 6)).toBe(true);
      const off = await t.api().get('/api/v1/departments?include_hidden=false').expect(200);
      expect(off.body.total).toBe(8);
    });

    it('embeds agents in role order with include_agents=true', async () => {
      const res = await t.api().get('/api/v1/departments?include_agents=1').expect(200);
      const engineering = res.body.departments[0];
      expect(engineering.agents.map((a: any) => a.cell_id)).toEqual(['A11', 'A12', 'A13', 'A14', 'A15', 'A16']);
      expect(engineering.agents.map((a: any) => a.role)).toEqual(ROLES);
      expect(engineering.agents[4].name).toBe('Knowledge Synthesizer Engineering');
      const customer = res.body.departments[7];
      expect(customer.agents.map((a: any) => a.name)).toContain('Knowledge Synthesizer Customer Success');
      expect(res.body.departments.flatMap((d: any) => d.agents)).toHaveLength(48);
    });

    it('refuses a flag that is not a boolean (400, one error body)', async () => {
      const res = await t.api().get('/api/v1/departments?include_hidden=maybe').expect(400);
      expectErrorBody(res.body, 400);
      await t.api().get('/api/v1/departments?bogus=1').expect(400);
    });
  });

  describe('GET /api/v1/departments/:slug', () => {
    it('returns the department with its agents', async () => {
      const res = await t.api().get('/api/v1/departments/finance').expect(200);
      expect(res.body).toMatchObject({ id: 'finance', name: 'Finance & Accounting', color: '#ef4444', cell_id: 'D5', agents_count: 6 });
      expect(res.body.agents.map((a: any) => a.cell_id)).toEqual(['A51', 'A52', 'A53', 'A54', 'A55', 'A56']);
      expect(res.body.agents[0]).toMatchObject({ name: 'Senior Advisor Finance', sunflower_index: 51, department_name: 'Finance & Accounting' });
    });

    it('answers 404 for an unknown slug, and for a hidden one unless include_hidden=true', async () => {
      expectErrorBody((await t.api().get('/api/v1/departments/nope').expect(404)).body, 404);
      const hidden = await t.api().get('/api/v1/departments/chakra').expect(404);
      expectErrorBody(hidden.body, 404);
      expect(hidden.body.message).toContain('chakra');
      const shown = await t.api().get('/api/v1/departments/chakra?include_hidden=true').expect(200);
      expect(shown.body).toMatchObject({ slug: 'chakra', name: 'Chakra', color: '#FF8C00', hidden: true, status: 'hidden' });
      expect(shown.body.agents.map((a: any) => a.name)).toEqual([
        'Zen Master',
        'Harmony Keeper',
        'Energy Aligner',
        'Flow Director',
        'Balance Seeker',
        'Spirit Guide',
      ]);
      expect(shown.body.agents.map((a: any) => a.cell_id)).toEqual(['A91', 'A92', 'A93', 'A94', 'A95', 'A96']);
    });

    it('GET /departments/:slug/agents answers in the original shape', async () => {
      const res = await t.api().get('/api/v1/departments/legal/agents').expect(200);
      expect(res.body.department_id).toBe('legal');
      expect(res.body.department_name).toBe('Legal & Compliance');
      expect(res.body.total).toBe(6);
      expect(res.body.agents.map((a: any) => a.role)).toEqual(ROLES);
      await t.api().get('/api/v1/departments/rdlab/agents').expect(404);
      const rd = await t.api().get('/api/v1/departments/rdlab/agents?include_hidden=true').expect(200);
      expect(rd.body.agents.map((a: any) => a.cell_id)).toEqual(['A121', 'A122', 'A123', 'A124', 'A125', 'A126']);
    });
  });

  describe('GET /api/v1/agents', () => {
    it('lists the 48 visible agents; hidden ones only with include_hidden=true', async () => {
      const res = await t.api().get('/api/v1/agents').expect(200);
      expect(res.body.total).toBe(48);
      expect(res.body.agents).toHaveLength(48);
      expect(res.body.next_cursor).toBeNull();
      expect(res.body.agents.some((a: any) => HIDDEN.includes(a.department))).toBe(false);
      const all = await t.api().get('/api/v1/agents?include_hidden=true').expect(200);
      expect(all.body.total).toBe(72);
    });

    it('has the full agent JSON', async () => {
      const res = await t.api().get('/api/v1/agents/A11').expect(200);
      expect(res.body).toEqual({
        id: 'A11',
        cell_id: 'A11',
        name: 'Senior Advisor Engineering',
        role: 'advisor_a',
        type: 'Senior Advisor',
        department: 'engineering',
        department_id: 'engineering',
        department_name: 'Engineering & Technology',
        status: 'active',
        is_active: true,
        capabilities: 'Specialized in advisor_a functions',
        description: 'Senior Advisor for Engineering & Technology',
        sunflower_index: 11,
        performance_score: 95,
        auto_backup: null,
        voice_id: null,
        last_seen: null,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
    });

    it('filters by department (and the original alias department_id)', async () => {
      const res = await t.api().get('/api/v1/agents?department=hr').expect(200);
      expect(res.body.total).toBe(6);
      expect(res.body.agents.every((a: any) => a.department === 'hr')).toBe(true);
      const alias = await t.api().get('/api/v1/agents?department_id=hr').expect(200);
      expect(alias.body.agents.map((a: any) => a.cell_id)).toEqual(res.body.agents.map((a: any) => a.cell_id));
      expectErrorBody((await t.api().get('/api/v1/agents?department=nope').expect(404)).body, 404);
      await t.api().get('/api/v1/agents?department=security').expect(404);
      const security = await t.api().get('/api/v1/agents?department=security&include_hidden=true').expect(200);
      expect(security.body.agents.map((a: any) => a.name)[0]).toBe('Guard Prime');
    });

    it('resolves the trailing-slash path like the bare one', async () => {
      const res = await t.api().get('/api/v1/agents/').expect(200);
      expect(res.body.total).toBe(48);
      await t.api().get('/api/v1/departments/').expect(200);
      await t.api().get('/api/v1/agents/?department=sales').expect(200);
    });

    it('pages with next_cursor and returns every agent exactly once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { body: any } = await t
          .api()
          .get('/api/v1/agents')
          .query({ limit: 7, include_hidden: 'true', ...(cursor ? { cursor } : {}) })
          .expect(200);
        expect(res.body.total).toBe(72);
        expect(res.body.agents.length).toBeLessThanOrEqual(7);
        seen.push(...res.body.agents.map((a: any) => a.cell_id));
        cursor = res.body.next_cursor;
        pages += 1;
      } while (cursor && pages < 50);
      expect(pages).toBe(Math.ceil(72 / 7));
      expect(seen).toHaveLength(72);
      expect(new Set(seen).size).toBe(72);
    });

    it('refuses a forged cursor and a bad limit with 400', async () => {
      expectErrorBody((await t.api().get('/api/v1/agents?cursor=not-a-cursor').expect(400)).body, 400);
      await t.api().get('/api/v1/agents?limit=0').expect(400);
      await t.api().get('/api/v1/agents?limit=abc').expect(400);
    });

    it('answers 404 for unknown and hidden agents (hidden ones shown with include_hidden=true)', async () => {
      expectErrorBody((await t.api().get('/api/v1/agents/A99').expect(404)).body, 404);
      await t.api().get('/api/v1/agents/A91').expect(404);
      const res = await t.api().get('/api/v1/agents/A91?include_hidden=true').expect(200);
      expect(res.body).toMatchObject({ name: 'Zen Master', department: 'chakra', department_name: 'Chakra', role: 'advisor_a' });
    });
  });

  describe('POST/PATCH/DELETE /api/v1/agents', () => {
    it('creates, updates and deletes an agent, with one event per change', async () => {
      const created = await t
        .api()
        .post('/api/v1/agents')
        .send({ name: 'Growth Hacker', department: 'marketing', role: 'scout_external', capabilities: 'Experiments' })
        .expect(201);
      expect(created.body).toMatchObject({
        id: 'A47',
        cell_id: 'A47',
        name: 'Growth Hacker',
        department: 'marketing',
        department_name: 'Marketing & Brand',
        role: 'scout_external',
        type: 'External Scout',
        capabilities: 'Experiments',
        status: 'active',
        is_active: true,
        sunflower_index: 47,
        performance_score: 95,
        auto_backup: null,
      });
      const row = await agentRow('A47');
      expect(row).toMatchObject({ name: 'Growth Hacker', department: 'marketing', role: 'scout_external', deleted_at: null });
      const [dept] = (await t.dataSource.query("SELECT id FROM departments WHERE slug = 'marketing'")) as Array<{ id: number }>;
      expect(row.department_id).toBe(dept.id);

      const [createdEvent] = await eventsFor('A47');
      expect(createdEvent).toMatchObject({ event_type: 'agent.created', entity_type: 'agent', actor: 'founder:env' });
      expect(createdEvent.rooms).toEqual(expect.arrayContaining(['all', 'agent:A47', 'department:marketing']));
      expect(createdEvent.payload.agent).toMatchObject({ cell_id: 'A47', name: 'Growth Hacker' });

      const listed = await t.api().get('/api/v1/departments/marketing').expect(200);
      expect(listed.body.agents_count).toBe(7);
      expect(listed.body.agents[6].cell_id).toBe('A47');

      const patched = await t.api().patch('/api/v1/agents/A47').send({ name: 'Growth Lead', status: 'idle', is_active: false }).expect(200);
      expect(patched.body).toMatchObject({ cell_id: 'A47', name: 'Growth Lead', status: 'idle', is_active: false });
      expect(await agentRow('A47')).toMatchObject({ name: 'Growth Lead', status: 'idle', is_active: 0 });
      const updatedEvent = (await eventsFor('A47'))[1];
      expect(updatedEvent.event_type).toBe('agent.updated');
      expect(updatedEvent.payload).toEqual({
        cell_id: 'A47',
        department: 'marketing',
        changes: { name: 'Growth Lead', status: 'idle', is_active: false },
        previous: { name: 'Growth Hacker', status: 'active', is_active: true },
      });

      // Moving departments: both department rooms hear it; the cell id stays.
      const moved = await t.api().patch('/api/v1/agents/A47').send({ department: 'sales' }).expect(200);
      expect(moved.body).toMatchObject({ cell_id: 'A47', department: 'sales', department_name: 'Sales & Business Development' });
      const movedEvent = (await eventsFor('A47'))[2];
      expect(movedEvent.rooms).toEqual(expect.arrayContaining(['department:marketing', 'department:sales']));

      const deleted = await t.api().delete('/api/v1/agents/A47').expect(200);
      expect(deleted.body).toEqual({ success: true, cell_id: 'A47', deleted: true });
      expect((await agentRow('A47')).deleted_at).not.toBeNull();
      const deletedEvent = (await eventsFor('A47'))[3];
      expect(deletedEvent).toMatchObject({ event_type: 'agent.deleted', payload: { cell_id: 'A47', name: 'Growth Lead', department: 'sales' } });
      expect(await eventsFor('A47')).toHaveLength(4);

      // Gone from every read.
      await t.api().get('/api/v1/agents/A47').expect(404);
      await t.api().get('/api/v1/agents/A47?include_hidden=true').expect(404);
      await t.api().patch('/api/v1/agents/A47').send({ name: 'Back' }).expect(404);
      await t.api().delete('/api/v1/agents/A47').expect(404);
      expect((await t.api().get('/api/v1/agents').expect(200)).body.total).toBe(48);
      expect((await t.api().get('/api/v1/departments/sales').expect(200)).body.agents_count).toBe(6);

      // The name is free again; the deleted agent's cell id is not.
      const again = await t.api().post('/api/v1/agents').send({ name: 'Growth Lead', department: 'marketing', role: 'executor' }).expect(201);
      expect(again.body.cell_id).toBe('A48');
      await t.api().delete('/api/v1/agents/A48').expect(200);
    });

    it('accepts an explicit cell_id and uses A<d>_<k> past nine', async () => {
      const explicit = await t.api().post('/api/v1/agents').send({ name: 'Custom One', department: 'hr', role: 'synth', cell_id: 'HR-X1' }).expect(201);
      expect(explicit.body.cell_id).toBe('HR-X1');
      const cells: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await t.api().post('/api/v1/agents').send({ name: `HR Helper ${i}`, department: 'hr', role: 'executor' }).expect(201);
        cells.push(res.body.cell_id);
      }
      expect(cells).toEqual(['A67', 'A68', 'A69', 'A6_10']);
      for (const cell of ['HR-X1', ...cells]) await t.api().delete(`/api/v1/agents/${cell}`).expect(200);
    });

    it('refuses bad input with 400 and changes nothing', async () => {
      const before = await snapshot();
      const cases: Array<[Record<string, unknown>, number]> = [
        [{ name: 'X', department: 'nope', role: 'synth' }, 400],
        [{ name: 'X', department: 'finance', role: 'ceo' }, 400],
        [{ department: 'finance', role: 'synth' }, 400],
        [{ name: '   ', department: 'finance', role: 'synth' }, 400],
        [{ name: 'X', department: 'finance', role: 'synth', extra: 1 }, 400],
        [{ name: 'X', department: 'finance', role: 'synth', cell_id: 'bad id!' }, 400],
      ];
      for (const [body, status] of cases) {
        const res = await t.api().post('/api/v1/agents').send(body);
        expect([res.status, body]).toEqual([status, body]);
        expectErrorBody(res.body, status);
      }
      const unknownDept = await t.api().post('/api/v1/agents').send({ name: 'X', department: 'nope', role: 'synth' });
      expect(JSON.stringify(unknownDept.body.message)).toContain('nope');
      expectErrorBody((await t.api().patch('/api/v1/agents/A11').send({}).expect(400)).body, 400);
      await t.api().patch('/api/v1/agents/A11').send({ department: 'nope' }).expect(400);
      await t.api().patch('/api/v1/agents/A11').send({ is_active: 'yes' }).expect(400);
      await t.api().patch('/api/v1/agents/A11').send({ cell_id: 'A99' }).expect(400);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses duplicates with 409 and changes nothing', async () => {
      const before = await snapshot();
      const dupName = await t.api().post('/api/v1/agents').send({ name: 'senior advisor engineering', department: 'finance', role: 'synth' }).expect(409);
      expectErrorBody(dupName.body, 409);
      expectErrorBody((await t.api().post('/api/v1/agents').send({ name: 'Fresh', department: 'finance', role: 'synth', cell_id: 'A11' }).expect(409)).body, 409);
      expectErrorBody((await t.api().patch('/api/v1/agents/A12').send({ name: 'Senior Advisor Engineering' }).expect(409)).body, 409);
      expect(await snapshot()).toEqual(before);
      expect((await agentRow('A12')).name).toBe('Strategy Advisor Engineering');
    });

    it('a no-op PATCH writes nothing and publishes nothing', async () => {
      const before = await snapshot();
      const res = await t.api().patch('/api/v1/agents/A13').send({ name: 'Internal Scout Engineering' }).expect(200);
      expect(res.body.name).toBe('Internal Scout Engineering');
      expect(await snapshot()).toEqual(before);
    });

    it('writes the change and its event in one transaction', async () => {
      const before = await snapshot();
      const publish = jest.spyOn(t.app.get(EventsService), 'publish').mockRejectedValueOnce(new Error('event log unavailable'));
      const quiet = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        const res = await t.api().post('/api/v1/agents').send({ name: 'Never Stored', department: 'finance', role: 'synth' }).expect(500);
        expectErrorBody(res.body, 500);
      } finally {
        publish.mockRestore();
        quiet.mockRestore();
      }
      expect(await snapshot()).toEqual(before);
      expect(await t.dataSource.query("SELECT id FROM agents WHERE name = 'Never Stored'")).toEqual([]);
    });

    it('keeps events of hidden departments off the public feed', async () => {
      const res = await t.api().post('/api/v1/agents').send({ name: 'Night Watch', department: 'blackops', role: 'scout_external' }).expect(201);
      expect(res.body.cell_id).toBe('A107');
      const [event] = await eventsFor('A107');
      expect(event.rooms).toEqual(expect.arrayContaining(['founder', 'agent:A107', 'department:blackops']));
      expect(event.rooms).not.toContain('all');
      await t.api().get('/api/v1/agents/A107').expect(404);
      await t.api().delete('/api/v1/agents/A107').expect(200);
    });
  });

  describe('auth', () => {
    it('lets a viewer read but not write (403, nothing changes)', async () => {
      const viewer = await t.app.get(AuthService).createToken('viewer', null);
      await t.api(viewer).get('/api/v1/departments').expect(200);
      await t.api(viewer).get('/api/v1/agents/A11').expect(200);
      await t.api(viewer).get('/api/v1/departments/engineering/agents').expect(200);
      const before = await snapshot();
      expectErrorBody((await t.api(viewer).post('/api/v1/agents').send({ name: 'V', department: 'finance', role: 'synth' }).expect(403)).body, 403);
      expectErrorBody((await t.api(viewer).patch('/api/v1/agents/A11').send({ name: 'V' }).expect(403)).body, 403);
      expectErrorBody((await t.api(viewer).delete('/api/v1/agents/A11').expect(403)).body, 403);
      expect(await snapshot()).toEqual(before);
      expect((await agentRow('A11')).name).toBe('Senior Advisor Engineering');
    });

    it('refuses requests without a token (401)', async () => {
      expectErrorBody((await t.api(null).get('/api/v1/agents').expect(401)).body, 401);
      await t.api(null).get('/api/v1/departments').expect(401);
    });
  });

  describe('DepartmentService (used by the founder panel)', () => {
    it('setHidden hides a department and its agents, with one department.updated event', async () => {
      const departments = t.app.get(DepartmentService);
      const liveBefore = await liveAgentCount();
      await departments.setHidden('legal', true, 'founder:test');
      expect((await t.api().get('/api/v1/departments').expect(200)).body.total).toBe(7);
      expect((await t.api().get('/api/v1/agents').expect(200)).body.total).toBe(42);
      await t.api().get('/api/v1/departments/legal').expect(404);
      await t.api().get('/api/v1/agents/A71').expect(404);
      expect(await departments.count()).toBe(7);
      expect(await departments.count({ includeHidden: true })).toBe(12);
      const hideEvent = (await eventsFor('legal')).at(-1)!;
      expect(hideEvent).toMatchObject({ event_type: 'department.updated', entity_type: 'department', actor: 'founder:test' });
      expect(hideEvent.payload.changes).toEqual({ hidden: true, status: 'hidden' });

      const eventsBefore = (await eventsFor('legal')).length;
      await departments.setHidden('legal', true, 'founder:test');
      expect(await eventsFor('legal')).toHaveLength(eventsBefore);

      await departments.setHidden('legal', false, 'founder:test');
      const shown = await t.api().get('/api/v1/departments/legal').expect(200);
      expect(shown.body).toMatchObject({ hidden: false, status: 'active', agents_count: 6 });
      expect(await liveAgentCount()).toBe(liveBefore);
      await expect(departments.setHidden('nope', true, 'founder:test')).rejects.toThrow("Department 'nope' not found");
    });
  });
});
