import { Global, Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test, TestingModule } from '@nestjs/testing';
import { FakeOllama } from '../../test/support/fake-ollama';
import { toConfiguration } from '../config/configuration';
import { validateEnvironment } from '../config/environment';
import { SettingsService } from '../config/settings/settings.service';
import { EventsService } from '../events/events.service';
import { ReadinessService } from '../health/readiness.service';
import { LlmModule } from './llm.module';
import { LlmService } from './llm.service';
import { ChatTurn, GenerateRequest, LlmUnavailableError } from './llm.types';
import { OllamaHealthService } from './ollama-health.service';

@Global()
@Module({})
class StandInsModule {}

async function setup(fake: FakeOllama, env: Record<string, string> = {}) {
  const events = { publish: jest.fn(async () => ({})) };
  const settings = { get: jest.fn(async (): Promise<unknown> => undefined) };
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({
        isGlobal: true,
        ignoreEnvFile: true,
        load: [() => toConfiguration(validateEnvironment({ OLLAMA_BASE_URL: fake.url, OLLAMA_PROBE_TIMEOUT_MS: '500', ...env }))],
      }),
      {
        module: StandInsModule,
        global: true,
        providers: [
          { provide: EventsService, useValue: events },
          { provide: SettingsService, useValue: settings },
          { provide: ReadinessService, useValue: { register: jest.fn() } },
        ],
        exports: [EventsService, SettingsService, ReadinessService],
      },
      LlmModule,
    ],
  }).compile();
  await moduleRef.init();
  return { moduleRef, sut: moduleRef.get(LlmService), health: moduleRef.get(OllamaHealthService), events };
}

const MODEL = 'qwen2.5:7b-instruct';
const ask = (text: string, extra: Partial<GenerateRequest> = {}): GenerateRequest => ({
  messages: [
    { role: 'system', content: 'You are Daena.' },
    { role: 'user', content: text },
  ],
  ...extra,
});

/** The rejection of `promise`, which must be an LlmUnavailableError. */
async function failure(promise: Promise<unknown>): Promise<LlmUnavailableError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmUnavailableError);
  return error as LlmUnavailableError;
}

const waitFor = async (condition: () => boolean, timeoutMs = 3000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

const lastUser = (messages: Array<{ role: string; content: string }>) => [...messages].reverse().find((m) => m.role === 'user')?.content;

describe('LlmService', () => {
  let fake: FakeOllama;
  let ctx: Awaited<ReturnType<typeof setup>>;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    fake = await FakeOllama.start({ models: [MODEL, 'qwen2.5:14b-instruct'] });
  });
  afterEach(async () => {
    await ctx?.moduleRef.close();
    await fake.stop();
  });

  describe('a normal reply', () => {
    it('streams token deltas and returns content, model, token counts and done reason', async () => {
      ctx = await setup(fake);
      fake.setReply(['Hello', ' founder', ', all good.'], 5);
      const deltas: string[] = [];
      const history: ChatTurn[] = [
        { role: 'system', content: 'You are Daena.' },
        { role: 'user', content: 'earlier question' },
        { role: 'assistant', content: 'earlier answer' },
        { role: 'user', content: 'How are we doing?' },
      ];
      const result = await ctx.sut.generate({ messages: history, onToken: (d) => deltas.push(d) });

      expect(deltas).toEqual(['Hello', ' founder', ', all good.']);
      expect(result).toEqual({
        content: 'Hello founder, all good.',
        model: MODEL,
        promptTokens: 11,
        completionTokens: 3,
        latencyMs: expect.any(Number),
        doneReason: 'stop',
      });
      expect(fake.requests).toEqual([{ model: MODEL, messages: history, stream: true, options: { temperature: 0.7, num_predict: 800 } }]);
    });

    it('passes maxTokens and temperature, and the default fake reply echoes the question', async () => {
      ctx = await setup(fake);
      const result = await ctx.sut.generate(ask('ping 42', { maxTokens: 64, temperature: 0.1 }));
      expect(result.content).toBe(`Reply from ${MODEL} to: ping 42`);
      expect(fake.requests[0].options).toEqual({ temperature: 0.1, num_predict: 64 });
    });

    it('survives an onToken callback that throws', async () => {
      ctx = await setup(fake);
      fake.setReply(['a', 'b'], 0);
      const result = await ctx.sut.generate(ask('x', { onToken: () => { throw new Error('socket gone'); } }));
      expect(result.content).toBe('ab');
    });

    it('tolerates a cold model load: headers held longer than the connect timeout', async () => {
      ctx = await setup(fake, { OLLAMA_CONNECT_TIMEOUT_MS: '100', OLLAMA_FIRST_TOKEN_TIMEOUT_MS: '5000' });
      await fake.setFault('slow_first_token', { delayMs: 400 });
      fake.setReply(['warm', ' now'], 0);
      expect((await ctx.sut.generate(ask('x'))).content).toBe('warm now');
    });
  });

  describe('failures map to LlmUnavailableError kinds with the partial text', () => {
    beforeEach(() => fake.setReply(['one ', 'two ', 'three ', 'four'], 5));

    it('error line mid-stream → stream_error', async () => {
      ctx = await setup(fake);
      await fake.setFault('error_mid_stream', { afterTokens: 2 });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'stream_error', partial: 'one two ', model: MODEL });
      expect(error.message).toContain('unexpected EOF');
    });

    it('connection cut without a done line → truncated', async () => {
      ctx = await setup(fake);
      await fake.setFault('cut_stream', { afterTokens: 3 });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'truncated', partial: 'one two three ' });
    });

    it('a non-JSON line → stream_error (the client alone would skip it silently)', async () => {
      ctx = await setup(fake);
      await fake.setFault('garbage_line', { afterTokens: 1 });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'stream_error', partial: 'one ' });
      expect(error.message).toContain('not JSON');
    });

    it('503 → overloaded, and the health state follows without a probe', async () => {
      ctx = await setup(fake);
      await ctx.health.current();
      await fake.setFault('overloaded_503');
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'overloaded', partial: '' });
      expect(fake.hits['GET /api/tags']).toBe(1);
      expect((await ctx.health.current()).state).toBe('overloaded');
      expect(ctx.events.publish).toHaveBeenCalledWith(expect.objectContaining({ payload: expect.objectContaining({ previous: 'up', state: 'overloaded' }) }));
    });

    it('connection refused → down, and the health state follows', async () => {
      ctx = await setup(fake);
      await ctx.health.current();
      await fake.setFault('down');
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error.kind).toBe('down');
      expect(error.message).toContain('ECONNREFUSED');
      expect((await ctx.health.current()).state).toBe('down');
      // Now failing fast: the cached state answers, nothing is sent.
      expect((await failure(ctx.sut.generate(ask('again')))).kind).toBe('down');
    });

    it('404 model not found without a fallback → model_missing', async () => {
      ctx = await setup(fake);
      await fake.setFault('model_404');
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'model_missing', model: MODEL });
      expect(error.message).toContain('not found, try pulling it first');
      expect(fake.requests.map((r) => r.model)).toEqual([MODEL]);
    });

    it('404 → retries once with the fallback model', async () => {
      ctx = await setup(fake, { OLLAMA_FALLBACK_MODEL: 'qwen2.5:14b-instruct' });
      await ctx.health.current();
      fake.setModels(['qwen2.5:14b-instruct']);
      fake.setReply(null);
      const result = await ctx.sut.generate(ask('hi'));
      expect(result.model).toBe('qwen2.5:14b-instruct');
      expect(result.content).toBe('Reply from qwen2.5:14b-instruct to: hi');
      expect(fake.requests.map((r) => r.model)).toEqual([MODEL, 'qwen2.5:14b-instruct']);
    });

    it('404 on the fallback too → model_missing after exactly two requests', async () => {
      ctx = await setup(fake, { OLLAMA_FALLBACK_MODEL: 'qwen2.5:14b-instruct' });
      await fake.setFault('model_404');
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'model_missing', model: 'qwen2.5:14b-instruct' });
      expect(fake.requests.map((r) => r.model)).toEqual([MODEL, 'qwen2.5:14b-instruct']);
    });

    it('no first token in time → timeout', async () => {
      ctx = await setup(fake, { OLLAMA_FIRST_TOKEN_TIMEOUT_MS: '200' });
      await fake.setFault('slow_first_token', { delayMs: 3000 });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'timeout', partial: '' });
      expect(error.message).toBe('no first token within 200 ms');
    });

    it('a silent gap between tokens → timeout with the partial text', async () => {
      // undici's body timer ticks about every 0.5 s (it fires within ~1 s of a 500 ms timeout), so the gap
      // is 2 s: the first token is covered by the first-token timeout, the second is not.
      ctx = await setup(fake, { OLLAMA_IDLE_TIMEOUT_MS: '500' });
      fake.setReply(['first ', 'second', 'third'], 2000);
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'timeout', partial: 'first ' });
      expect(error.message).toBe('no new token within 500 ms');
    });

    it('the whole answer taking too long → timeout', async () => {
      ctx = await setup(fake, { OLLAMA_TOTAL_TIMEOUT_MS: '300' });
      fake.setReply(Array.from({ length: 20 }, (_, i) => `t${i} `), 50);
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error.kind).toBe('timeout');
      expect(error.message).toBe('no complete answer within 300 ms');
      expect(error.partial).toMatch(/^t0 t1 /);
      expect(error.partial.length).toBeLessThan(Array.from({ length: 20 }, (_, i) => `t${i} `).join('').length);
    });

    it('the caller aborting → aborted with the partial text', async () => {
      ctx = await setup(fake);
      fake.setReply(Array.from({ length: 20 }, (_, i) => `t${i} `), 30);
      const controller = new AbortController();
      const error = await failure(ctx.sut.generate(ask('x', { signal: controller.signal, onToken: () => controller.abort() })));
      expect(error).toMatchObject({ kind: 'aborted', partial: 't0 ' });
      await waitFor(() => fake.inFlight === 0);
      expect((await ctx.health.current()).state).toBe('up');
    });
  });

  describe('hostile bodies: one rule whatever the content type, bounded lines and replies', () => {
    beforeEach(() => fake.setReply(['one ', 'two ', 'three ', 'four'], 5));

    it('a non-JSON line served as application/json → stream_error, not a complete reply', async () => {
      ctx = await setup(fake);
      await fake.setFault('garbage_line', { afterTokens: 1, contentType: 'application/json; charset=utf-8' });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'stream_error', partial: 'one ' });
      expect(error.message).toContain('not JSON');
    });

    it('a non-string message.content → stream_error with the text before it', async () => {
      ctx = await setup(fake);
      await fake.setFault('non_string_content', { afterTokens: 2 });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'stream_error', partial: 'one two ' });
      expect(error.message).toContain('message.content is not a string');
    });

    it('a 20 MB line without a newline → stream_error at OLLAMA_MAX_LINE_BYTES, connection closed', async () => {
      ctx = await setup(fake, { OLLAMA_MAX_LINE_BYTES: '65536' });
      await fake.setFault('huge_line', { afterTokens: 2 });
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'stream_error', partial: 'one two ' });
      expect(error.message).toContain('a line longer than 65536 bytes');
      await waitFor(() => fake.openStreams === 0);
    });

    it('a reply over LLM_MAX_REPLY_CHARS → too_large with exactly the capped text, streamed and kept', async () => {
      ctx = await setup(fake, { LLM_MAX_REPLY_CHARS: '1000' });
      fake.setReply(Array.from({ length: 100 }, () => 'x'.repeat(49) + ' '), 0);
      const deltas: string[] = [];
      const error = await failure(ctx.sut.generate(ask('x', { onToken: (d) => deltas.push(d) })));
      expect(error.kind).toBe('too_large');
      expect(error.partial).toBe(('x'.repeat(49) + ' ').repeat(20));
      expect(deltas.join('')).toBe(error.partial);
      await waitFor(() => fake.openStreams === 0);
    });

    it('an empty generation → empty (not a complete reply)', async () => {
      ctx = await setup(fake);
      fake.setReply([], 0);
      expect((await failure(ctx.sut.generate(ask('x')))).kind).toBe('empty');
      fake.setReply([' ', '\n'], 0);
      expect((await failure(ctx.sut.generate(ask('x')))).kind).toBe('empty');
    });

    it('lone surrogates become U+FFFD, pairs split across chunks stay whole, deltas = content', async () => {
      ctx = await setup(fake);
      fake.setReply(['a\ud800', 'b', '\ud83d', '\ude00 end', '\udc00'], 0);
      const deltas: string[] = [];
      const result = await ctx.sut.generate(ask('x', { onToken: (d) => deltas.push(d) }));
      expect(result.content).toBe('a\ufffdb\u{1F600} end\ufffd');
      expect(deltas.join('')).toBe(result.content);
    });

    it('done: true while the response stays open → the reply completes and the connection is closed', async () => {
      ctx = await setup(fake);
      await fake.setFault('done_keep_open');
      const results = await Promise.all([1, 2, 3].map(() => ctx.sut.generate(ask('x'))));
      expect(results.map((r) => r.content)).toEqual(['one two three four', 'one two three four', 'one two three four']);
      await waitFor(() => fake.openStreams === 0);
    });
  });

  describe('fails fast when the cached state is not up', () => {
    it('model_missing: nothing is sent to Ollama', async () => {
      fake.setModels(['mistral']);
      ctx = await setup(fake);
      const error = await failure(ctx.sut.generate(ask('x')));
      expect(error).toMatchObject({ kind: 'model_missing', model: MODEL });
      expect(fake.requests).toEqual([]);
    });

    it('down: nothing is sent, and no probe per call while the backoff lasts', async () => {
      await fake.setFault('down');
      ctx = await setup(fake);
      const probe = jest.spyOn(ctx.health as unknown as { runProbe: () => Promise<unknown> }, 'runProbe');
      for (let i = 0; i < 5; i++) expect((await failure(ctx.sut.generate(ask('x')))).kind).toBe('down');
      expect(probe).toHaveBeenCalledTimes(1);
      await fake.setFault(null);
      expect(fake.requests).toEqual([]);
    });
  });

  describe('queue', () => {
    it('never has more than `concurrency` generations in flight', async () => {
      ctx = await setup(fake, { OLLAMA_CONCURRENCY: '2' });
      fake.setReply(['a', 'b', 'c', 'd'], 20);
      const all = Promise.all(Array.from({ length: 6 }, (_, i) => ctx.sut.generate(ask(`q${i}`))));
      await waitFor(() => ctx.sut.queueStats().waiting === 4);
      expect(ctx.sut.queueStats()).toEqual({ running: 2, waiting: 4, concurrency: 2 });
      const results = await all;
      expect(results.map((r) => r.content)).toEqual(Array(6).fill('abcd'));
      expect(fake.requests).toHaveLength(6);
      expect(fake.maxConcurrent).toBe(2);
      expect(ctx.sut.queueStats()).toEqual({ running: 0, waiting: 0, concurrency: 2 });
    });

    it('serves founder requests before background ones, FIFO within a priority', async () => {
      ctx = await setup(fake, { OLLAMA_CONCURRENCY: '1' });
      fake.setReply(['x'], 100);
      const blocker = ctx.sut.generate(ask('blocker', { priority: 'background' }));
      await waitFor(() => fake.inFlight === 1);
      const queued = [
        ctx.sut.generate(ask('bg1')),
        ctx.sut.generate(ask('bg2', { priority: 'background' })),
        ctx.sut.generate(ask('f1', { priority: 'founder' })),
        ctx.sut.generate(ask('bg3')),
        ctx.sut.generate(ask('f2', { priority: 'founder' })),
      ];
      await waitFor(() => ctx.sut.queueStats().waiting === 5);
      fake.setReply(['x'], 0);
      await Promise.all([blocker, ...queued]);
      expect(fake.requests.map((r) => lastUser(r.messages))).toEqual(['blocker', 'f1', 'f2', 'bg1', 'bg2', 'bg3']);
      expect(fake.maxConcurrent).toBe(1);
    });

    it('a caller abort while queued removes the request without sending it', async () => {
      ctx = await setup(fake, { OLLAMA_CONCURRENCY: '1' });
      fake.setReply(['x'], 100);
      const blocker = ctx.sut.generate(ask('blocker'));
      await waitFor(() => fake.inFlight === 1);
      const controller = new AbortController();
      const queued = failure(ctx.sut.generate(ask('never', { signal: controller.signal })));
      await waitFor(() => ctx.sut.queueStats().waiting === 1);
      controller.abort();
      expect((await queued).kind).toBe('aborted');
      expect(ctx.sut.queueStats().waiting).toBe(0);
      await blocker;
      expect(fake.requests.map((r) => lastUser(r.messages))).toEqual(['blocker']);
    });
  });

  describe('pause (emergency stop)', () => {
    it('aborts running streams at once, drops the queue, refuses new calls until resume', async () => {
      ctx = await setup(fake, { OLLAMA_CONCURRENCY: '2' });
      const tokens = Array.from({ length: 30 }, (_, i) => `t${i} `);
      fake.setReply(tokens, 100);
      const received = [0, 0];
      const running = [0, 1].map((i) => failure(ctx.sut.generate(ask(`run${i}`, { onToken: () => received[i]++ }))));
      const waiting = failure(ctx.sut.generate(ask('queued')));
      await waitFor(() => received[0] >= 2 && received[1] >= 2 && ctx.sut.queueStats().waiting === 1);

      const pausedAt = Date.now();
      expect(ctx.sut.pause('founder emergency stop')).toEqual({ aborted: 2, dropped: 1 });
      const errors = await Promise.all(running);
      expect(Date.now() - pausedAt).toBeLessThan(1000);
      for (const error of errors) {
        expect(error.kind).toBe('paused');
        expect(error.partial).toMatch(/^t0 t1 /);
        expect(error.partial.length).toBeLessThan(tokens.join('').length);
      }
      expect((await waiting).kind).toBe('paused');
      await waitFor(() => fake.inFlight === 0);

      expect(ctx.sut.isPaused()).toBe(true);
      expect((await failure(ctx.sut.generate(ask('while paused')))).kind).toBe('paused');
      expect(fake.requests.map((r) => lastUser(r.messages)).sort()).toEqual(['run0', 'run1']);
      expect(await ctx.health.current()).toMatchObject({ state: 'up', paused: true });

      ctx.sut.resume();
      expect(ctx.sut.isPaused()).toBe(false);
      fake.setReply(['back'], 0);
      expect((await ctx.sut.generate(ask('after'))).content).toBe('back');
    });
  });
});
