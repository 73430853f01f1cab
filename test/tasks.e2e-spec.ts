import { EventsService } from '../src/events/events.service';
import { eventRows, expectErrorBody, tableCounts, useTestApp } from './support/app';
import { connectSocket, waitFor } from './support/socket';


describe('tasks API', () => {
  const t = useTestApp();

  const events = (type: string, entityId?: string) => eventRows(t.dataSource, type, entityId);
  const taskRow = async (taskId: string) => (await t.dataSource.query('SELECT * FROM tasks WHERE task_id = ?', [taskId]))[0];
  const counts = () => tableCounts(t.dataSource, ['tasks', 'event_log']);
  const createFor = async (cellId: string, title = 'Write the plan') =>
    (await t.api().post('/api/v1/tasks').send({ owner_type: 'agent', owner_id: cellId, title }).expect(201)).body;

  describe('CRUD', () => {
    it('creates, reads, edits and deletes a task, each write with its event', async () => {
      const created = await t
        .api()
        .post('/api/v1/tasks')
        .send({ owner_type: 'agent', owner_id: 'A11', title: '  Review Q4 strategy ', description: 'numbers first', priority: 'high', payload: { quarter: 4 } })
        .expect(201);
      const taskId = created.body.task_id as string;
      expect(taskId).toMatch(/^task_[0-9a-f]{12}$/);
      expect(created.body).toMatchObject({
        id: taskId,
        title: 'Review Q4 strategy',
        status: 'pending',
        status_text: 'Queued',
        priority: 'high',
        progress: 0,
        owner_type: 'agent',
        owner_id: 'A11',
        assigned_agent_id: 'A11',
        department_id: 'engineering',
        payload: { quarter: 4 },
        started_at: null,
        completed_at: null,
      });
      expect(await taskRow(taskId)).toMatchObject({ owner_type: 'agent', owner_id: 'A11', assigned_agent_id: 'A11', department_id: 'engineering', status: 'pending', priority: 'high' });
      const [event] = await events('task.created', taskId);
      expect(event.entity_type).toBe('task');
      expect(JSON.parse(event.rooms)).toEqual(['all', 'agent:A11', 'department:engineering']);
      expect(JSON.parse(event.payload)).toMatchObject({ task_id: taskId, task: { title: 'Review Q4 strategy' } });

      expect((await t.api().get(`/api/v1/tasks/${taskId}`).expect(200)).body).toMatchObject({ task_id: taskId, description: 'numbers first' });

      const edited = await t.api().patch(`/api/v1/tasks/${taskId}`).send({ title: 'Review Q4 plan', priority: 'urgent' }).expect(200);
      expect(edited.body).toMatchObject({ title: 'Review Q4 plan', priority: 'urgent' });
      expect(await taskRow(taskId)).toMatchObject({ title: 'Review Q4 plan', priority: 'urgent' });
      const [updated] = await events('task.updated', taskId);
      expect(JSON.parse(updated.payload)).toMatchObject({
        changes: { title: 'Review Q4 plan', priority: 'urgent' },
        previous: { title: 'Review Q4 strategy', priority: 'high' },
      });

      await t.api().delete(`/api/v1/tasks/${taskId}`).expect(200, { success: true, task_id: taskId, deleted: true });
      expect(await taskRow(taskId)).toBeUndefined();
      expect(await events('task.deleted', taskId)).toHaveLength(1);
      const gone = await t.api().get(`/api/v1/tasks/${taskId}`);
      expect(gone.status).toBe(404);
      expectErrorBody(gone.body, 404);
    });

    it('files a department task, optionally assigned to one of its agents', async () => {
      const res = await t.api().post('/api/v1/tasks').send({ owner_type: 'department', owner_id: 'marketing', assigned_agent_id: 'A41', title: 'Campaign analysis' }).expect(201);
      expect(res.body).toMatchObject({ owner_type: 'department', owner_id: 'marketing', department_id: 'marketing', assigned_agent_id: 'A41' });
      const open = await t.api().post('/api/v1/tasks').send({ owner_type: 'department', owner_id: 'finance', title: 'Budget review' }).expect(201);
      expect(open.body).toMatchObject({ department_id: 'finance', assigned_agent_id: null });
      expect(JSON.parse((await events('task.created', open.body.task_id))[0].rooms)).toEqual(['all', 'department:finance']);
    });

    it.each([
      ['an unknown agent owner', { owner_type: 'agent', owner_id: 'A999', title: 'x' }, 404],
      ['an unknown department owner', { owner_type: 'department', owner_id: 'nowhere', title: 'x' }, 404],
      ['an unknown assigned agent', { owner_type: 'department', owner_id: 'sales', assigned_agent_id: 'A999', title: 'x' }, 404],
      ['an agent of another department', { owner_type: 'department', owner_id: 'sales', assigned_agent_id: 'A11', title: 'x' }, 400],
      ['an agent owner with another assignee', { owner_type: 'agent', owner_id: 'A11', assigned_agent_id: 'A12', title: 'x' }, 400],
      ['a bad priority', { owner_type: 'agent', owner_id: 'A11', title: 'x', priority: 'critical' }, 400],
      ['a bad owner type', { owner_type: 'system', owner_id: 'A11', title: 'x' }, 400],
      ['no title', { owner_type: 'agent', owner_id: 'A11' }, 400],
      ['a blank title', { owner_type: 'agent', owner_id: 'A11', title: '   ' }, 400],
      ['a department_id (it is derived)', { owner_type: 'agent', owner_id: 'A11', title: 'x', department_id: 'sales' }, 400],
      ['a status (tasks start pending)', { owner_type: 'agent', owner_id: 'A11', title: 'x', status: 'running' }, 400],
    ])('refuses %s (%j) with %i and stores nothing', async (_, body, status) => {
      const before = await counts();
      const res = await t.api().post('/api/v1/tasks').send(body);
      expect(res.status).toBe(status);
      expectErrorBody(res.body, status);
      expect(await counts()).toEqual(before);
    });

    it('keeps task events of hidden departments off the public feed', async () => {
      const hiddenAgent = (await t.api().get('/api/v1/departments/chakra/agents?include_hidden=true').expect(200)).body.agents[0].cell_id;
      const task = await createFor(hiddenAgent, 'Quiet work');
      expect(task.department_id).toBe('chakra');
      await t.api().post(`/api/v1/tasks/${task.task_id}/start`).expect(200);
      for (const type of ['task.created', 'task.started']) {
        const [event] = await events(type, task.task_id);
        expect(JSON.parse(event.rooms)).toEqual(['founder', `agent:${hiddenAgent}`, 'department:chakra']);
      }
    });

    it('lists newest first with filters, a total and a keyset cursor', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await createFor('A22', `Listed ${i}`)).task_id);
      await t.api().post(`/api/v1/tasks/${ids[0]}/start`).expect(200);

      const seen: string[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const page: { body: { tasks: Array<{ task_id: string }>; total: number; next_cursor: string | null } } = await t
          .api()
          .get(`/api/v1/tasks?agent=A22&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200);
        expect(page.body.tasks.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.tasks.map((task) => task.task_id));
        total = page.body.total;
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());
      expect(total).toBe(5);

      const running = await t.api().get('/api/v1/tasks?agent=A22&status=running').expect(200);
      expect(running.body).toMatchObject({ total: 1, next_cursor: null, tasks: [expect.objectContaining({ task_id: ids[0] })] });
      const byDepartment = await t.api().get('/api/v1/tasks?department=product&limit=200').expect(200);
      expect(byDepartment.body.tasks.every((task: { department_id: string }) => task.department_id === 'product')).toBe(true);
      expect(byDepartment.body.total).toBeGreaterThanOrEqual(5);

      for (const query of ['status=done', 'limit=0', 'limit=500', 'cursor=not-a-cursor']) {
        const res = await t.api().get(`/api/v1/tasks?${query}`);
        expect(res.status).toBe(400);
        expectErrorBody(res.body, 400);
      }
    });

    it('reports stats by status and priority', async () => {
      const before = (await t.api().get('/api/v1/tasks/stats').expect(200)).body;
      const task = await createFor('A23', 'Counted');
      await t.api().post(`/api/v1/tasks/${task.task_id}/start`).expect(200);
      await t.api().post(`/api/v1/tasks/${task.task_id}/fail`).send({ error: 'no data' }).expect(200);
      const after = (await t.api().get('/api/v1/tasks/stats').expect(200)).body;
      expect(after.total).toBe(before.total + 1);
      expect(after.by_status.failed).toBe(before.by_status.failed + 1);
      expect(after.by_priority.medium).toBe(before.by_priority.medium + 1);
      const [row] = await t.dataSource.query(
        "SELECT SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS c, SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS f FROM tasks",
      );
      expect(after.success_rate).toBeCloseTo(Number(row.c) / (Number(row.c) + Number(row.f)), 3);
    });
  });

  describe('status transitions', () => {
    it('runs pending → running → completed, with progress, timestamps and one event per step', async () => {
      const { task_id: taskId } = await createFor('A13', 'Ship it');
      const started = await t.api().post(`/api/v1/tasks/${taskId}/start`).expect(200);
      expect(started.body).toMatchObject({ status: 'running', status_text: 'In progress - 0%', started_at: expect.any(String) });
      expect(JSON.parse((await events('task.started', taskId))[0].payload)).toMatchObject({ from: 'pending', to: 'running' });

      const progressed = await t.api().patch(`/api/v1/tasks/${taskId}`).send({ progress: 40 }).expect(200);
      expect(progressed.body).toMatchObject({ progress: 40, status_text: 'In progress - 40%' });
      expect(JSON.parse((await events('task.progressed', taskId))[0].payload)).toMatchObject({ progress: 40, previous_progress: 0 });
      expect(await events('task.updated', taskId)).toHaveLength(0);

      for (const progress of [101, -1, '50', null]) {
        const before = await taskRow(taskId);
        const res = await t.api().patch(`/api/v1/tasks/${taskId}`).send({ progress });
        expect(res.status).toBe(400);
        expectErrorBody(res.body, 400);
        expect(await taskRow(taskId)).toEqual(before);
      }

      const done = await t.api().post(`/api/v1/tasks/${taskId}/complete`).send({ result: { shipped: true } }).expect(200);
      expect(done.body).toMatchObject({ status: 'completed', progress: 100, status_text: 'Completed just now', result: { shipped: true }, completed_at: expect.any(String) });
      expect(await taskRow(taskId)).toMatchObject({ status: 'completed', progress: 100 });
      expect(JSON.parse((await events('task.completed', taskId))[0].payload)).toMatchObject({ from: 'running', to: 'completed' });
    });

    it('fails and cancels, and refuses illegal transitions with 409 naming both states', async () => {
      const failing = await createFor('A14', 'Risky');
      await t.api().post(`/api/v1/tasks/${failing.task_id}/start`).expect(200);
      const failed = await t.api().post(`/api/v1/tasks/${failing.task_id}/fail`).send({ error: 'upstream down' }).expect(200);
      expect(failed.body).toMatchObject({ status: 'failed', status_text: 'Failed', result: { error: 'upstream down' } });
      expect(await events('task.failed', failing.task_id)).toHaveLength(1);

      const queued = await createFor('A14', 'Never mind');
      const cancelled = await t.api().post(`/api/v1/tasks/${queued.task_id}/cancel`).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', status_text: 'Cancelled', completed_at: expect.any(String) });
      expect(await events('task.cancelled', queued.task_id)).toHaveLength(1);

      const pending = await createFor('A14', 'Waiting');
      const cases: Array<[string, string, string, string]> = [
        [pending.task_id, 'complete', 'pending', 'completed'],
        [pending.task_id, 'fail', 'pending', 'failed'],
        [failing.task_id, 'start', 'failed', 'running'],
        [failing.task_id, 'cancel', 'failed', 'cancelled'],
        [queued.task_id, 'complete', 'cancelled', 'completed'],
      ];
      for (const [taskId, action, from, to] of cases) {
        const before = await counts();
        const row = await taskRow(taskId);
        const res = await t.api().post(`/api/v1/tasks/${taskId}/${action}`).send({});
        expect(res.status).toBe(409);
        expectErrorBody(res.body, 409);
        expect(res.body.message).toContain(`'${from}'`);
        expect(res.body.message).toContain(`'${to}'`);
        expect(await taskRow(taskId)).toEqual(row);
        expect(await counts()).toEqual(before);
      }

      // Progress only moves while running; status only moves through the action routes.
      const notRunning = await t.api().patch(`/api/v1/tasks/${pending.task_id}`).send({ progress: 10 });
      expect(notRunning.status).toBe(409);
      expectErrorBody(notRunning.body, 409);
      const viaPatch = await t.api().patch(`/api/v1/tasks/${pending.task_id}`).send({ status: 'running' });
      expect(viaPatch.status).toBe(400);
      expect((await taskRow(pending.task_id)).status).toBe('pending');
      const unknown = await t.api().post('/api/v1/tasks/task_000000000000/start');
      expect(unknown.status).toBe(404);
      expectErrorBody(unknown.body, 404);
    });

    it('rolls the task back when its event cannot be written', async () => {
      const before = await counts();
      const spy = jest.spyOn(t.app.get(EventsService), 'publish').mockRejectedValueOnce(new Error('event log unavailable'));
      try {
        const res = await t.api().post('/api/v1/tasks').send({ owner_type: 'agent', owner_id: 'A11', title: 'Lost' });
        expect(res.status).toBe(500);
      } finally {
        spy.mockRestore();
      }
      expect(await counts()).toEqual(before);
    });

    it('pushes task events to the agent room over Socket.IO', async () => {
      const { socket, received } = await connectSocket(t.url, { rooms: ['agent:A25'] });
      try {
        const task = await createFor('A25', 'Live');
        await t.api().post(`/api/v1/tasks/${task.task_id}/start`).expect(200);
        await waitFor(() => received.find((e) => e.event_type === 'task.started' && e.entity_id === task.task_id), 3000, 'task.started');
        const types = received.filter((e) => e.entity_id === task.task_id).map((e) => e.event_type);
        expect(types).toEqual(['task.created', 'task.started']);
      } finally {
        socket.close();
      }
    });
  });

  describe('agent routes', () => {
    it('creates and lists an agent’s tasks in the original shape', async () => {
      const created = await t.api().post('/api/v1/agents/A32/tasks').send({ title: 'Client onboarding', priority: 'low' }).expect(201);
      expect(created.body).toMatchObject({
        success: true,
        task: { id: expect.stringMatching(/^task_[0-9a-f]{12}$/), title: 'Client onboarding', priority: 'low', status: 'pending', status_text: 'Queued' },
      });
      expect(await taskRow(created.body.task.id)).toMatchObject({ owner_type: 'agent', owner_id: 'A32', department_id: 'sales' });
      await t.api().post(`/api/v1/tasks/${created.body.task.id}/start`).expect(200);
      await t.api().patch(`/api/v1/tasks/${created.body.task.id}`).send({ progress: 40 }).expect(200);
      await t.api().post('/api/v1/agents/A32/tasks').send({ title: 'Second' }).expect(201);

      const list = await t.api().get('/api/v1/agents/A32/tasks').expect(200);
      expect(list.body).toMatchObject({ success: true, agent_id: 'A32', count: 2 });
      expect(list.body.tasks[0]).toMatchObject({ title: 'Second', status_text: 'Queued' });
      expect(list.body.tasks[1]).toEqual({
        id: created.body.task.id,
        task_id: created.body.task.id,
        title: 'Client onboarding',
        description: null,
        status: 'running',
        status_text: 'In progress - 40%',
        priority: 'low',
        progress: 40,
        created_at: expect.any(String),
      });

      const before = await counts();
      for (const res of [await t.api().get('/api/v1/agents/A999/tasks'), await t.api().post('/api/v1/agents/A999/tasks').send({ title: 'x' })]) {
        expect(res.status).toBe(404);
        expectErrorBody(res.body, 404);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('agent activity', () => {
    const activityOf = async (cellId: string) => (await t.api().get(`/api/v1/agents/${cellId}/activity`).expect(200)).body;

    it('is not shadowed by GET /agents/:cell_id', async () => {
      for (const path of ['/api/v1/agents/activity', '/api/v1/agents/activity/']) {
        const res = await t.api().get(path).expect(200);
        expect(res.body).toMatchObject({ agents: expect.any(Array), total: expect.any(Number), summary: expect.any(Object) });
      }
      // And the agent route still works for real ids.
      expect((await t.api().get('/api/v1/agents/A11').expect(200)).body.cell_id).toBe('A11');
    });

    it('follows the tasks: idle → waiting → working → idle with metrics', async () => {
      expect(await activityOf('A15')).toMatchObject({ agent_id: 'A15', department: 'engineering', status: 'idle', current_task: null, last_activity: null });

      const task = await createFor('A15', 'Derived activity');
      expect(await activityOf('A15')).toMatchObject({ status: 'waiting', current_task: null, pending_tasks: 1 });

      await t.api().post(`/api/v1/tasks/${task.task_id}/start`).expect(200);
      await t.api().patch(`/api/v1/tasks/${task.task_id}`).send({ progress: 30 }).expect(200);
      const working = await activityOf('A15');
      expect(working).toMatchObject({
        status: 'working',
        department_name: 'Engineering & Technology',
        current_task: { task_id: task.task_id, title: 'Derived activity', progress: 30, started_at: expect.any(String) },
        pending_tasks: 0,
      });

      await t.api().post(`/api/v1/tasks/${task.task_id}/complete`).expect(200);
      const idle = await activityOf('A15');
      expect(idle).toMatchObject({ status: 'idle', current_task: null, metrics: { tasks_completed: 1, tasks_failed: 0, success_rate: 1 } });
      const [completed] = await events('task.completed', task.task_id);
      expect(idle.last_activity).toBe(new Date(completed.created_at.replace(' ', 'T') + 'Z').toISOString());

      const all = await t.api().get('/api/v1/agents/activity').expect(200);
      expect(all.body.agents.find((a: { agent_id: string }) => a.agent_id === 'A15')).toEqual(idle);
    });

    it('counts chat messages in the agent’s scope or authored by it', async () => {
      const session = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'agent', scope_id: 'A26' }).expect(200)).body.session_id;
      const said = await t.api().post(`/api/v1/chat-history/sessions/${session}/messages`).send({ role: 'user', content: 'status?' }).expect(201);
      const [event] = await events('chat.message.created', String(said.body.message.id));
      expect((await activityOf('A26')).last_activity).toBe(new Date(event.created_at.replace(' ', 'T') + 'Z').toISOString());

      const a18 = (await t.api().get('/api/v1/agents/A34').expect(200)).body;
      const department = (await t.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'department', scope_id: 'sales' }).expect(200)).body.session_id;
      const answered = await t
        .api()
        .post(`/api/v1/chat-history/sessions/${department}/messages`)
        .send({ role: 'assistant', content: 'on it', author: a18.name })
        .expect(201);
      const [authored] = await events('chat.message.created', String(answered.body.message.id));
      const a18Activity = await activityOf('A34');
      expect(a18Activity).toMatchObject({ status: 'idle', current_task: null });
      expect(a18Activity.last_activity).toBe(new Date(authored.created_at.replace(' ', 'T') + 'Z').toISOString());
    });

    it('shows inactive agents as offline', async () => {
      await t.api().patch('/api/v1/agents/A16').send({ is_active: false }).expect(200);
      await createFor('A16', 'Parked');
      expect(await activityOf('A16')).toMatchObject({ status: 'offline', pending_tasks: 1 });
    });

    it('lists every visible agent, and a department’s agents', async () => {
      const agents = (await t.api().get('/api/v1/agents?limit=500').expect(200)).body;
      const all = (await t.api().get('/api/v1/agents/activity').expect(200)).body;
      expect(all.total).toBe(agents.total);
      expect(all.agents.map((a: { agent_id: string }) => a.agent_id).sort()).toEqual(agents.agents.map((a: { cell_id: string }) => a.cell_id).sort());
      expect(Object.values(all.summary as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(all.total);
      const withHidden = (await t.api().get('/api/v1/agents/activity?include_hidden=true').expect(200)).body;
      expect(withHidden.total).toBeGreaterThan(all.total);

      const engineering = (await t.api().get('/api/v1/departments/engineering/activity').expect(200)).body;
      expect(engineering).toMatchObject({ department: 'engineering', department_name: 'Engineering & Technology', total: 6 });
      expect(engineering.agents.every((a: { department: string }) => a.department === 'engineering')).toBe(true);
      expect(engineering.agents.find((a: { agent_id: string }) => a.agent_id === 'A15').metrics.tasks_completed).toBe(1);

      for (const path of ['/api/v1/departments/nowhere/activity', '/api/v1/agents/A999/activity']) {
        const res = await t.api().get(path);
        expect(res.status).toBe(404);
        expectErrorBody(res.body, 404);
      }
    });
  });
});
