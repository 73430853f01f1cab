import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp, NEST_APP_OPTIONS } from '../../src/app.setup';
import { validateEnvironment } from '../../src/config/environment';
import { OllamaHealthService } from '../../src/llm/ollama-health.service';
import { FakeOllama, FakeOllamaOptions } from './fake-ollama';
import { pgPortableSql, pgTestDatabase, TEST_ON_POSTGRES } from './postgres';

export const FOUNDER_TOKEN = 'test-founder-token-0123456789abcdef';

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<random port> */
  url: string;
  dataSource: DataSource;
  /** supertest against the running server; `as` sets the bearer token (founder by default). */
  api: (token?: string | null) => ReturnType<typeof request.agent>;
  close: () => Promise<void>;
}

/**
 * The real app (AppModule + configureApp) on a random port. Default: in-memory SQLite (migrations run),
 * seeded, founder token FOUNDER_TOKEN, Ollama pointing at a closed port (offline). With TEST_DB=postgres
 * (`npm run test:pg`) and no database of the caller's own: a fresh PostgreSQL database, dropped on close.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const pg = TEST_ON_POSTGRES && !env.DB_TYPE && !env.DB_DATABASE ? await pgTestDatabase() : undefined;
  const environment = validateEnvironment({
    NODE_ENV: 'test',
    DB_DATABASE: ':memory:',
    ...(pg ? { DB_TYPE: 'postgres', DB_URL: pg.url } : {}),
    AUTH_TOKEN: FOUNDER_TOKEN,
    OLLAMA_BASE_URL: 'http://127.0.0.1:9',
    LOG_LEVEL: 'error',
    SWAGGER_ENABLED: 'false',
    THROTTLE_LIMIT: '100000',
    THROTTLE_CHAT_LIMIT: '100000',
    ...env,
  });
  const app = await NestFactory.create(AppModule.forRoot(environment), {
    ...NEST_APP_OPTIONS,
    logger: ['error', 'warn'].includes(environment.app.LOG_LEVEL) ? ['error'] : ['error', 'warn', 'log'],
    abortOnError: false,
  });
  await configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const api = (token: string | null = FOUNDER_TOKEN) => {
    const agent = request.agent(url);
    return token ? agent.set('Authorization', `Bearer ${token}`) : agent;
  };
  const dataSource = app.get(DataSource);
  return {
    app,
    url,
    dataSource: dataSource.options.type === 'postgres' ? portableQueries(dataSource) : dataSource,
    api,
    close: async () => {
      await app.close();
      await pg?.drop();
    },
  };
}

/**
 * The app's DataSource for the tests' own SQL, which is written for SQLite: on PostgreSQL the statement
 * is translated (pgPortableSql) and the rows come back as SQLite gives them (booleans 1/0, timestamps as
 * 'YYYY-MM-DD HH:MM:SS.SSS' UTC text). The app's own instance is untouched.
 */
function portableQueries(dataSource: DataSource): DataSource {
  const asSqlite = (value: unknown) =>
    typeof value === 'boolean' ? Number(value) : value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value;
  const query = async (sql: string, parameters?: unknown[]) => {
    const result: unknown = await dataSource.query(pgPortableSql(sql), parameters);
    if (!Array.isArray(result)) return result;
    return result.map((row: unknown) =>
      row && typeof row === 'object' && !Array.isArray(row) ? Object.fromEntries(Object.entries(row).map(([key, value]) => [key, asSqlite(value)])) : row,
    );
  };
  return new Proxy(dataSource, {
    get: (target, key) => {
      if (key === 'query') return query;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface UseTestAppOptions {
  /**
   * Start a fake Ollama for the suite (OLLAMA_BASE_URL points at it; `true` or its options). Before
   * each test it is reset: no fault, the default reply, zeroed stats, and the app's health probe
   * refreshed, so that no test inherits another's Ollama state.
   */
  ollama?: boolean | FakeOllamaOptions;
  /** On top of createTestApp's defaults (and the fake's URL); a function is called in beforeAll. */
  env?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
}

export interface SuiteApp extends TestApp {
  /** The suite's fake Ollama (usable from hooks and tests; throws without `ollama`). */
  readonly ollama: FakeOllama;
}

/**
 * The suite's app, started in beforeAll and closed in afterAll of the enclosing describe:
 *   const t = useTestApp({ ollama: true, env: { OLLAMA_CONCURRENCY: '2' } });
 *   const fake = t.ollama;
 * Its members may be read only from hooks and tests (the app does not exist while tests are collected).
 */
/** Migrations on a fresh PostgreSQL database take longer than a test's default 20 s on a busy machine. */
const START_TIMEOUT_MS = 60_000;

export function useTestApp(options: UseTestAppOptions = {}): SuiteApp {
  let app: TestApp | undefined;
  let fake: FakeOllama | undefined;
  const started = (): TestApp => {
    if (!app) throw new Error('useTestApp: the app starts in beforeAll; use it from a hook or a test');
    return app;
  };
  beforeAll(async () => {
    if (options.ollama) fake = await FakeOllama.start(options.ollama === true ? {} : options.ollama);
    const env = typeof options.env === 'function' ? await options.env() : (options.env ?? {});
    app = await createTestApp({ ...(fake ? { OLLAMA_BASE_URL: fake.url } : {}), ...env });
  }, START_TIMEOUT_MS);
  if (options.ollama) {
    beforeEach(async () => {
      await fake!.setFault(null);
      fake!.setReply(null);
      fake!.resetStats();
      await started().app.get(OllamaHealthService).refresh();
    });
  }
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
    app = fake = undefined;
  });
  return {
    get app() {
      return started().app;
    },
    get url() {
      return started().url;
    },
    get dataSource() {
      return started().dataSource;
    },
    api: (token) => started().api(token),
    close: () => started().close(),
    ollama: late(() => {
      if (!fake) throw new Error(options.ollama ? 'useTestApp: the fake Ollama starts in beforeAll' : 'useTestApp: no fake Ollama (pass { ollama: true })');
      return fake;
    }),
  };
}

/** Stands for an object that exists only later (each property read goes to the object of that moment). */
function late<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get: (_stand, key) => {
      const target = current();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set: (_stand, key, value) => Reflect.set(current(), key, value),
  });
}

/** Every error body has the same shape. */
export function expectErrorBody(body: Record<string, unknown>, status: number): void {
  expect(body).toEqual(
    expect.objectContaining({
      status_code: status,
      error: expect.any(String),
      message: expect.anything(),
      detail: expect.any(String),
      path: expect.any(String),
      request_id: expect.any(String),
      timestamp: expect.any(String),
    }),
  );
}

/** Row counts of the given tables (to assert that a refused request changed nothing). */
export async function tableCounts(dataSource: DataSource, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`)) as Array<{ n: number | string }>;
    counts[table] = Number(row.n);
  }
  return counts;
}

/** An `event_log` row as the database returns it (JSON columns still text). */
export interface EventRow {
  id: number;
  event_type: string;
  entity_type: string;
  entity_id: string;
  payload: string;
  rooms: string;
  actor: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

/** The event rows of one type (and entity), oldest first. */
export function eventRows(dataSource: DataSource, type: string, entityId?: string): Promise<EventRow[]> {
  return dataSource.query(
    `SELECT * FROM event_log WHERE event_type = ? ${entityId === undefined ? '' : 'AND entity_id = ?'} ORDER BY id`,
    entityId === undefined ? [type] : [type, entityId],
  ) as Promise<EventRow[]>;
}
