import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthService } from '../src/auth/auth.service';
import { EventsService } from '../src/events/events.service';
import { createTestApp, eventRows, expectErrorBody, useTestApp } from './support/app';


describe('voice API', () => {
  const t = useTestApp();

  const events = (type: string, entityId?: string) => eventRows(t.dataSource, type, entityId);
  const eventCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM event_log'))[0].n);
  const rows = () => t.dataSource.query('SELECT * FROM voice_state ORDER BY id') as Promise<Array<Record<string, any>>>;
  const daenaRow = async () => (await rows()).find((r) => r.agent_id === null);

  it('serves defaults with no row, creates Daena row on the first change, and logs the change', async () => {
    await t.api().post('/api/v1/voice/reset').send({ include_agents: true }).expect(200);
    const before = await t.api().get('/api/v1/voice/settings').expect(200);
    expect(before.body).toMatchObject({ target: 'daena', agent_id: null, is_default: true, volume: 1, rate: 175, pitch: 1, talk_active: false });
    expect(await daenaRow()).toBeUndefined();

    const patched = await t.api().patch('/api/v1/voice/settings').send({ volume: 0.5, rate: 200, pitch: 1.5, voice_id: 'daena_clone' }).expect(200);
    expect(patched.body).toMatchObject({ is_default: false, volume: 0.5, rate: 200, pitch: 1.5, voice_id: 'daena_clone' });
    expect(await daenaRow()).toMatchObject({ volume: 0.5, rate: 200, pitch: 1.5, voice_id: 'daena_clone', talk_active: 0 });

    const [event] = await events('voice.settings.updated', 'daena');
    expect(event.entity_type).toBe('voice');
    expect(event.actor).toBe('founder:env');
    expect(JSON.parse(event.payload)).toMatchObject({
      target: 'daena',
      changes: { volume: 0.5, rate: 200, pitch: 1.5, voice_id: 'daena_clone' },
      previous: { volume: 1, rate: 175, pitch: 1, voice_id: null },
    });

    // The same values again change nothing and log nothing.
    const count = await eventCount();
    await t.api().patch('/api/v1/voice/settings').send({ volume: 0.5 }).expect(200);
    expect(await eventCount()).toBe(count);
    expect((await t.api().get('/api/v1/voice/settings').expect(200)).body).toMatchObject({ volume: 0.5, voice_id: 'daena_clone' });
    // null clears the voice id.
    await t.api().patch('/api/v1/voice/settings').send({ voice_id: null }).expect(200);
    expect((await daenaRow())!.voice_id).toBeNull();
  });

  it.each([
    [{ volume: 1.5 }],
    [{ volume: -0.1 }],
    [{ volume: null }],
    [{ volume: '0.5' }],
    [{ rate: 49 }],
    [{ rate: 401 }],
    [{ rate: 150.5 }],
    [{ pitch: 0.4 }],
    [{ pitch: 2.1 }],
    [{ talk_active: 'yes' }],
    [{ voice_id: 'no spaces allowed' }],
    [{ speed: 2 }],
    [{}],
  ])('refuses %j with 400, never clamps, and changes nothing', async (body) => {
    await t.api().patch('/api/v1/voice/settings').send({ volume: 0.5, rate: 200, pitch: 1.5 }).expect(200);
    const before = await rows();
    const count = await eventCount();
    const res = await t.api().patch('/api/v1/voice/settings').send(body);
    expect(res.status).toBe(400);
    expectErrorBody(res.body, 400);
    expect(await rows()).toEqual(before);
    expect(await eventCount()).toBe(count);
  });

  it('persists the talk and listen toggles with their own events', async () => {
    await t.api().post('/api/v1/voice/reset').send({}).expect(200);
    const on = await t.api().post('/api/v1/voice/talk').send({ enabled: true }).expect(200);
    expect(on.body).toMatchObject({ success: true, mode: 'talk', enabled: true, changed: true, settings: { talk_active: true, listen_active: false } });
    expect(await daenaRow()).toMatchObject({ talk_active: 1, listen_active: 0 });
    const talkEvents = await events('voice.talk.toggled', 'daena');
    expect(JSON.parse(talkEvents.at(-1)!.payload)).toMatchObject({ enabled: true, previous: false });

    const count = await eventCount();
    const again = await t.api().post('/api/v1/voice/talk').send({ enabled: true }).expect(200);
    expect(again.body.changed).toBe(false);
    expect(await eventCount()).toBe(count);

    // No body no longer means "on" (the original's bug): it is a 400.
    const missing = await t.api().post('/api/v1/voice/listen').send({});
    expect(missing.status).toBe(400);
    expectErrorBody(missing.body, 400);
    expect((await daenaRow())!.listen_active).toBe(0);

    await t.api().post('/api/v1/voice/listen').send({ enabled: true }).expect(200);
    expect(JSON.parse((await events('voice.listen.toggled', 'daena')).at(-1)!.payload)).toMatchObject({ enabled: true, previous: false });
    const status = await t.api().get('/api/v1/voice/status').expect(200);
    expect(status.body).toMatchObject({ talk_active: true, listen_active: true, speech_available: false, settings: { target: 'daena' } });

    await t.api().post('/api/v1/voice/talk').send({ enabled: false }).expect(200);
    expect(await daenaRow()).toMatchObject({ talk_active: 0, listen_active: 1 });
  });

  it('keeps per-agent settings, counts them in the status, and 404s unknown agents', async () => {
    await t.api().post('/api/v1/voice/reset').send({ include_agents: true }).expect(200);
    const fresh = await t.api().get('/api/v1/voice/agents/A11').expect(200);
    expect(fresh.body).toMatchObject({ target: 'A11', agent_id: 'A11', is_default: true, name: expect.any(String) });

    await t.api().patch('/api/v1/voice/agents/A11').send({ talk_active: true, rate: 120 }).expect(200);
    expect((await rows()).filter((r) => r.agent_id === 'A11')).toEqual([expect.objectContaining({ talk_active: 1, rate: 120 })]);
    const [event] = await events('voice.settings.updated', 'A11');
    expect(JSON.parse(event.rooms)).toEqual(expect.arrayContaining(['all', 'agent:A11', 'department:engineering']));
    expect(await daenaRow()).toBeUndefined();

    const status = await t.api().get('/api/v1/voice/status').expect(200);
    expect(status.body.agents).toEqual({ with_settings: 1, talk_active: 1, listen_active: 0 });

    const before = await rows();
    const count = await eventCount();
    for (const res of [
      await t.api().get('/api/v1/voice/agents/NOPE99'),
      await t.api().patch('/api/v1/voice/agents/NOPE99').send({ rate: 100 }),
      await t.api().post('/api/v1/voice/agents/NOPE99/reset').send({}),
    ]) {
      expect(res.status).toBe(404);
      expectErrorBody(res.body, 404);
    }
    expect(await rows()).toEqual(before);
    expect(await eventCount()).toBe(count);
    const bad = await t.api().patch('/api/v1/voice/agents/A11').send({ pitch: 3 });
    expect(bad.status).toBe(400);
    expect(await rows()).toEqual(before);
  });

  it('resets an agent, and Daena with every agent, back to defaults', async () => {
    await t.api().patch('/api/v1/voice/agents/A12').send({ volume: 0.3 }).expect(200);
    const one = await t.api().post('/api/v1/voice/agents/A12/reset').send({}).expect(200);
    expect(one.body).toMatchObject({ reset: true, settings: { agent_id: 'A12', is_default: true, volume: 1 } });
    expect((await rows()).some((r) => r.agent_id === 'A12')).toBe(false);
    expect(await events('voice.reset', 'A12')).toHaveLength(1);

    await t.api().patch('/api/v1/voice/agents/A13').send({ volume: 0.3 }).expect(200);
    await t.api().patch('/api/v1/voice/settings').send({ pitch: 0.5 }).expect(200);
    const resetCount = (await events('voice.reset', 'daena')).length;
    const all = await t.api().post('/api/v1/voice/reset').send({ include_agents: true }).expect(200);
    expect(all.body).toMatchObject({ success: true, reset: true, settings: { is_default: true, pitch: 1 } });
    expect(await rows()).toEqual([]);
    const resets = await events('voice.reset', 'daena');
    expect(resets).toHaveLength(resetCount + 1);
    expect(JSON.parse(resets.at(-1)!.payload)).toMatchObject({ include_agents: true, agents_reset: 2 });
  });

  it('commits each change together with its event: a failed publish leaves nothing behind', async () => {
    await t.api().patch('/api/v1/voice/settings').send({ volume: 0.7 }).expect(200);
    const before = await rows();
    const count = await eventCount();
    const spy = jest.spyOn(t.app.get(EventsService), 'publish').mockRejectedValueOnce(new Error('event log unavailable'));
    try {
      const res = await t.api().patch('/api/v1/voice/settings').send({ volume: 0.2 });
      expect(res.status).toBe(500);
      expectErrorBody(res.body, 500);
      const agentRes = await t.api().patch('/api/v1/voice/agents/A14').send({ volume: 0.2 });
      expect(agentRes.status).toBe(200); // the spy failed only once
    } finally {
      spy.mockRestore();
    }
    expect((await daenaRow())!.volume).toBe(0.7);
    expect((await rows()).length).toBe(before.length + 1);
    expect(await eventCount()).toBe(count + 1);
  });

  it('lets viewer tokens read but not write', async () => {
    const viewer = await t.app.get(AuthService).createToken('viewer', 'voice-test');
    await t.api(viewer).get('/api/v1/voice/settings').expect(200);
    const res = await t.api(viewer).post('/api/v1/voice/talk').send({ enabled: true });
    expect(res.status).toBe(403);
    expectErrorBody(res.body, 403);
  });
});

describe('voice state across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-voice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the toggles and settings on the database file', async () => {
    const env = { DB_DATABASE: join(dir, 'daena.sqlite') };
    const first = await createTestApp(env);
    await first.api().post('/api/v1/voice/talk').send({ enabled: true }).expect(200);
    await first.api().patch('/api/v1/voice/agents/A21').send({ voice_id: 'clone-21', pitch: 0.8 }).expect(200);
    await first.close();

    const second = await createTestApp(env);
    try {
      expect((await second.api().get('/api/v1/voice/settings').expect(200)).body).toMatchObject({ talk_active: true, is_default: false });
      expect((await second.api().get('/api/v1/voice/agents/A21').expect(200)).body).toMatchObject({ voice_id: 'clone-21', pitch: 0.8 });
    } finally {
      await second.close();
    }
  });
});
