import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './support/app';

describe('persistence across a full restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-persist-'));
  const env = { DB_DATABASE: join(dir, 'daena.sqlite') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps sessions, messages and the event log on the same database file', async () => {
    const first = await createTestApp(env);
    const sessionId = (await first.api().post('/api/v1/chat-history/sessions').send({ scope_type: 'executive' }).expect(200)).body.session_id;
    const sent = await first.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages`).send({ role: 'user', content: 'remember this' }).expect(201);
    const latest = (await first.api().get('/api/v1/events/stats')).body.latest_event_id;
    await first.close();

    const second = await createTestApp(env);
    try {
      const page = await second.api().get(`/api/v1/chat-history/sessions/${sessionId}/messages`).expect(200);
      expect(page.body.messages).toEqual([expect.objectContaining({ id: sent.body.message.id, content: 'remember this' })]);
      const listed = await second.api().get('/api/v1/chat-history/sessions').expect(200);
      expect(listed.body.sessions.map((s: { session_id: string }) => s.session_id)).toContain(sessionId);
      const stats = await second.api().get('/api/v1/events/stats').expect(200);
      expect(stats.body.latest_event_id).toBe(latest);
      // The seed ran once: a second start on a seeded file adds nothing.
      const departments = await second.dataSource.query('SELECT COUNT(*) AS n FROM departments');
      expect(departments[0].n).toBe(12);
    } finally {
      await second.close();
    }
  });
});
