import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { Global, Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test, TestingModule } from '@nestjs/testing';
import { FakeOllama } from '../../test/support/fake-ollama';
import { toConfiguration } from '../config/configuration';
import { validateEnvironment } from '../config/environment';
import { SettingsService } from '../config/settings/settings.service';
import { EventBus } from '../events/event-bus';
import { EventsService } from '../events/events.service';
import { ReadinessService } from '../health/readiness.service';
import { LlmController } from './llm.controller';
import { LlmModule } from './llm.module';
import { LlmService } from './llm.service';
import { ACTIVE_MODEL_KEY, BACKOFF_MAX_MS, hasModel, OllamaHealthService, pickModel, UP_TTL_MS } from './ollama-health.service';

@Global()
@Module({})
class StandInsModule {}

async function setup(baseUrl: string, env: Record<string, string> = {}) {
  const events = { publish: jest.fn(async () => ({})) };
  const settings = { get: jest.fn(async (): Promise<unknown> => undefined) };
  const readiness = { register: jest.fn() };
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({
        isGlobal: true,
        ignoreEnvFile: true,
        load: [() => toConfiguration(validateEnvironment({ OLLAMA_BASE_URL: baseUrl, OLLAMA_PROBE_TIMEOUT_MS: '300', ...env }))],
      }),
      {
        module: StandInsModule,
        global: true,
        providers: [
          { provide: EventsService, useValue: events },
          { provide: SettingsService, useValue: settings },
          { provide: ReadinessService, useValue: readiness },
          EventBus,
        ],
        exports: [EventsService, SettingsService, ReadinessService, EventBus],
      },
      LlmModule,
    ],
  })
    // LlmModule imports HealthModule: its ReadinessService is replaced, not shadowed by the stand-in.
    .overrideProvider(ReadinessService)
    .useValue(readiness)
    .compile();
  await moduleRef.init();
  return { moduleRef, sut: moduleRef.get(OllamaHealthService), events, settings, readiness, bus: moduleRef.get(EventBus) };
}

const statusEvents = (events: { publish: jest.Mock }) => events.publish.mock.calls.map(([input]) => input as { payload: Record<string, unknown> });

describe('OllamaHealthService', () => {
  let fake: FakeOllama;
  let ctx: Awaited<ReturnType<typeof setup>>;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    fake = await FakeOllama.start();
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await ctx?.moduleRef.close();
    await fake.stop();
  });

  it('reports up with version, models and the queue', async () => {
    ctx = await setup(fake.url);
    const snapshot = await ctx.sut.current();
    expect(snapshot).toEqual({
      state: 'up',
      base_url: fake.url,
      version: '0.12.0-fake',
      models: ['qwen2.5:7b-instruct'],
      active_model: 'qwen2.5:7b-instruct',
      fallback_model: null,
      last_check: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      last_error: null,
      queue: { running: 0, waiting: 0, concurrency: 2 },
      paused: false,
    });
    expect(fake.hits).toEqual({ 'GET /api/version': 1, 'GET /api/tags': 1 });
  });

  it('matches model names with and without the :latest tag', async () => {
    fake.setModels(['llama3:latest']);
    ctx = await setup(fake.url, { OLLAMA_MODEL: 'llama3' });
    expect((await ctx.sut.current()).state).toBe('up');
    await ctx.moduleRef.close();
    fake.setModels(['llama3']);
    ctx = await setup(fake.url, { OLLAMA_MODEL: 'llama3:latest' });
    expect((await ctx.sut.current()).state).toBe('up');
    expect(hasModel(['llama3:8b'], 'llama3')).toBe(false);
  });

  it('reports model_missing when neither the model nor a fallback is installed', async () => {
    fake.setModels(['mistral:7b']);
    ctx = await setup(fake.url, { OLLAMA_FALLBACK_MODEL: 'qwen2.5:14b-instruct' });
    const snapshot = await ctx.sut.current();
    expect(snapshot.state).toBe('model_missing');
    expect(snapshot.models).toEqual(['mistral:7b']);
    expect(snapshot.fallback_model).toBe('qwen2.5:14b-instruct');
    expect(snapshot.last_error).toContain('ollama pull qwen2.5:7b-instruct');
  });

  it('stays up on an installed fallback model, and generation picks it', async () => {
    fake.setModels(['qwen2.5:14b-instruct']);
    ctx = await setup(fake.url, { OLLAMA_FALLBACK_MODEL: 'qwen2.5:14b-instruct' });
    const snapshot = await ctx.sut.current();
    expect(snapshot.state).toBe('up');
    expect(snapshot.last_error).toContain('using fallback "qwen2.5:14b-instruct"');
    expect(pickModel(snapshot)).toBe('qwen2.5:14b-instruct');
    expect(pickModel({ ...snapshot, models: ['qwen2.5:7b-instruct', 'qwen2.5:14b-instruct'] })).toBe('qwen2.5:7b-instruct');
  });

  it('uses the founder override from SystemConfig, and a changed override makes the cache stale', async () => {
    fake.setModels(['qwen2.5:7b-instruct', 'llama3']);
    ctx = await setup(fake.url);
    ctx.settings.get.mockResolvedValue('llama3');
    expect(await ctx.sut.activeModel()).toBe('llama3');
    expect(ctx.settings.get).toHaveBeenCalledWith(ACTIVE_MODEL_KEY);
    expect((await ctx.sut.current()).active_model).toBe('llama3');
    expect(fake.hits['GET /api/tags']).toBe(1);
    // The override is cached: no settings read per message...
    const reads = ctx.settings.get.mock.calls.length;
    await ctx.sut.activeModel();
    expect(ctx.settings.get.mock.calls.length).toBe(reads);
    // ...until the founder's change is committed (its config.updated event clears the cache).
    ctx.settings.get.mockResolvedValue('gemma:2b');
    ctx.bus.announce({
      envelope: { id: 1, event_type: 'config.updated', entity_type: 'system_config', entity_id: ACTIVE_MODEL_KEY, payload: {}, actor: 'founder', created_at: new Date().toISOString() },
      rooms: ['founder'],
    });
    const snapshot = await ctx.sut.current();
    expect(fake.hits['GET /api/tags']).toBe(2);
    expect(snapshot).toMatchObject({ active_model: 'gemma:2b', state: 'model_missing' });
    ctx.settings.get.mockRejectedValue(new Error('database is closed'));
    ctx.bus.announce({
      envelope: { id: 2, event_type: 'config.updated', entity_type: 'system_config', entity_id: ACTIVE_MODEL_KEY, payload: {}, actor: 'founder', created_at: new Date().toISOString() },
      rooms: ['founder'],
    });
    expect(await ctx.sut.activeModel()).toBe('qwen2.5:7b-instruct');
  });

  it('reports overloaded on 503', async () => {
    await fake.setFault('overloaded_503');
    ctx = await setup(fake.url);
    const snapshot = await ctx.sut.current();
    expect(snapshot.state).toBe('overloaded');
    expect(snapshot.last_error).toContain('HTTP 503');
  });

  it('reports down when the connection is refused, keeping the last known models', async () => {
    ctx = await setup(fake.url);
    await ctx.sut.current();
    await fake.setFault('down');
    const snapshot = await ctx.sut.refresh();
    expect(snapshot.state).toBe('down');
    expect(snapshot.last_error).toContain('ECONNREFUSED');
    expect(snapshot.models).toEqual(['qwen2.5:7b-instruct']);
  });

  it('reports down when the server accepts but never answers within the probe timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      ctx = await setup(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, { OLLAMA_PROBE_TIMEOUT_MS: '200' });
      const snapshot = await ctx.sut.current();
      expect(snapshot.state).toBe('down');
      expect(snapshot.last_error).toBe('no answer within 200 ms');
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('publishes llm.status.changed on a change of state only', async () => {
    ctx = await setup(fake.url);
    await ctx.sut.current();
    await ctx.sut.refresh();
    expect(ctx.events.publish).not.toHaveBeenCalled();

    await fake.setFault('overloaded_503');
    await ctx.sut.refresh();
    await ctx.sut.refresh();
    expect(ctx.events.publish).toHaveBeenCalledTimes(1);
    expect(ctx.events.publish).toHaveBeenCalledWith({
      eventType: 'llm.status.changed',
      entityType: 'llm',
      entityId: 'ollama',
      payload: { previous: 'up', state: 'overloaded', model: 'qwen2.5:7b-instruct', error: expect.stringContaining('HTTP 503') },
    });

    await fake.setFault('down');
    await ctx.sut.refresh();
    await fake.setFault(null);
    await ctx.sut.refresh();
    expect(statusEvents(ctx.events).map((e) => [e.payload.previous, e.payload.state])).toEqual([
      ['up', 'overloaded'],
      ['overloaded', 'down'],
      ['down', 'up'],
    ]);
    expect(statusEvents(ctx.events)[2].payload.error).toBeNull();
  });

  it('does not probe while the cache is fresh, and concurrent callers share one probe', async () => {
    ctx = await setup(fake.url);
    const snapshots = await Promise.all(Array.from({ length: 10 }, () => ctx.sut.current()));
    expect(new Set(snapshots.map((s) => s.state))).toEqual(new Set(['up']));
    expect(fake.hits['GET /api/tags']).toBe(1);
    for (let i = 0; i < 20; i++) await ctx.sut.current();
    expect(fake.hits['GET /api/tags']).toBe(1);
  });

  it('re-probes after the up cache expires', async () => {
    ctx = await setup(fake.url);
    let now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    await ctx.sut.current();
    now += UP_TTL_MS - 10;
    await ctx.sut.current();
    expect(fake.hits['GET /api/tags']).toBe(1);
    now += 20;
    await ctx.sut.current();
    expect(fake.hits['GET /api/tags']).toBe(2);
  });

  it('backs off exponentially while down (1 s doubling, capped at 30 s) and resets once up', async () => {
    await fake.setFault('down');
    ctx = await setup(fake.url);
    let now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const probe = jest.spyOn(ctx.sut as unknown as { runProbe: () => Promise<unknown> }, 'runProbe');
    await ctx.sut.current();
    let probes = 1;
    for (const backoff of [1000, 2000, 4000, 8000, 16000, BACKOFF_MAX_MS, BACKOFF_MAX_MS]) {
      now += backoff - 1;
      await ctx.sut.current();
      expect(probe).toHaveBeenCalledTimes(probes);
      now += 1;
      await ctx.sut.current();
      expect(probe).toHaveBeenCalledTimes(++probes);
    }

    await fake.setFault(null);
    now += BACKOFF_MAX_MS;
    expect((await ctx.sut.current()).state).toBe('up');
    now += UP_TTL_MS - 1;
    await ctx.sut.current();
    expect(probe).toHaveBeenCalledTimes(probes + 1);
  });

  it('reportFailure / reportSuccess change the state without probing', async () => {
    ctx = await setup(fake.url);
    await ctx.sut.current();
    ctx.sut.reportFailure('down', 'ECONNREFUSED');
    expect((await ctx.sut.current()).state).toBe('down');
    expect(fake.hits['GET /api/tags']).toBe(1);
    ctx.sut.reportSuccess();
    expect((await ctx.sut.current()).state).toBe('up');
    expect(fake.hits['GET /api/tags']).toBe(1);
    expect(statusEvents(ctx.events).map((e) => [e.payload.previous, e.payload.state, e.payload.error])).toEqual([
      ['up', 'down', 'ECONNREFUSED'],
      ['down', 'up', null],
    ]);

    ctx.sut.reportFailure('aborted');
    ctx.sut.reportFailure('paused');
    await ctx.sut.current();
    expect(fake.hits['GET /api/tags']).toBe(1);
    ctx.sut.reportFailure('truncated', 'cut');
    await ctx.sut.current();
    expect(fake.hits['GET /api/tags']).toBe(2);
  });

  it('shows the live queue and pause flag of LlmService', async () => {
    ctx = await setup(fake.url, { OLLAMA_CONCURRENCY: '3' });
    ctx.moduleRef.get(LlmService).pause('test');
    expect(await ctx.sut.current()).toMatchObject({ queue: { running: 0, waiting: 0, concurrency: 3 }, paused: true });
  });

  it('registers a readiness check that reports the state and never fails', async () => {
    await fake.setFault('down');
    ctx = await setup(fake.url);
    expect(ctx.readiness.register).toHaveBeenCalledTimes(1);
    const check = ctx.readiness.register.mock.calls[0][0] as () => Promise<unknown>;
    expect(await check()).toEqual({
      llm: { status: 'up', state: 'down', model: 'qwen2.5:7b-instruct', version: null, last_error: expect.stringContaining('ECONNREFUSED'), paused: false },
    });
  });

  it('controller: GET /llm/status is cached, POST /llm/status/refresh probes', async () => {
    ctx = await setup(fake.url);
    const controller = ctx.moduleRef.get(LlmController);
    await controller.status();
    await controller.status();
    expect(fake.hits['GET /api/tags']).toBe(1);
    const refreshed = await controller.refresh();
    expect(fake.hits['GET /api/tags']).toBe(2);
    expect(refreshed.state).toBe('up');
  });
});
