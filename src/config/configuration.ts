import { Environment, LogLevelName } from './environment';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  host: string;
  logLevel: LogLevelName;
  logFormat: 'json' | 'pretty';
  corsOrigins: string[];
  bodyLimitBytes: number;
  seedOnStart: boolean;
  swaggerEnabled: boolean;
  throttle: { limit: number; chatLimit: number; ttlMs: number };
  shutdownTimeoutMs: number;
  /** Set: rate limits and cross-instance socket messages go through this Redis (see docs/scaling.md). */
  redisUrl?: string;
  socketMessages: { limit: number; windowMs: number };
  sse: { keepAliveMs: number; maxBufferedBytes: number };
  eventsPageMaxBytes: number;
}

export interface DatabaseConfig {
  type: 'better-sqlite3' | 'postgres';
  database: string;
  url?: string;
  logging: boolean;
}

export interface LlmConfig {
  baseUrl: string;
  model: string;
  fallbackModel?: string;
  probeTimeoutMs: number;
  connectTimeoutMs: number;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  totalTimeoutMs: number;
  concurrency: number;
  maxTokens: number;
  maxLineBytes: number;
  maxReplyChars: number;
  requestDeadlineMs: number;
  historyChars: number;
  deltaIntervalMs: number;
  checkpointMs: number;
}

export interface AuthConfig {
  /** The founder token given by the operator, if any (otherwise one is generated and only its hash kept). */
  token?: string;
  /** Opens GET /metrics and nothing else (docs/operations.md). */
  metricsToken?: string;
  /** AES-256 key for credentials at rest; absent means credentials cannot be stored. */
  encryptionKey?: Buffer;
}

export interface AllConfig {
  app: AppConfig;
  database: DatabaseConfig;
  llm: LlmConfig;
  auth: AuthConfig;
}

export function toDatabaseConfig(env: Environment['database']): DatabaseConfig {
  return { type: env.DB_TYPE, database: env.DB_DATABASE, url: env.DB_URL, logging: env.DB_LOGGING };
}

function decodeKey(key?: string): Buffer | undefined {
  if (!key) return undefined;
  return /^[0-9a-fA-F]{64}$/.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
}

/** Maps the validated environment to the typed configuration namespaces the app reads. */
export function toConfiguration(env: Environment): AllConfig {
  const { app, llm, auth } = env;
  return {
    app: {
      nodeEnv: app.NODE_ENV,
      port: app.PORT,
      host: app.HOST,
      logLevel: app.LOG_LEVEL,
      logFormat: app.LOG_FORMAT,
      corsOrigins: app.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
      bodyLimitBytes: app.BODY_LIMIT_BYTES,
      seedOnStart: app.SEED_ON_START,
      swaggerEnabled: app.SWAGGER_ENABLED,
      throttle: { limit: app.THROTTLE_LIMIT, chatLimit: app.THROTTLE_CHAT_LIMIT, ttlMs: app.THROTTLE_TTL_MS },
      shutdownTimeoutMs: app.SHUTDOWN_TIMEOUT_MS,
      redisUrl: app.REDIS_URL,
      socketMessages: { limit: app.SOCKET_MESSAGE_LIMIT, windowMs: app.SOCKET_MESSAGE_WINDOW_MS },
      sse: { keepAliveMs: app.SSE_KEEPALIVE_MS, maxBufferedBytes: app.SSE_MAX_BUFFER_BYTES },
      eventsPageMaxBytes: app.EVENTS_PAGE_MAX_BYTES,
    },
    database: toDatabaseConfig(env.database),
    llm: {
      baseUrl: llm.OLLAMA_BASE_URL.replace(/\/+$/, ''),
      model: llm.OLLAMA_MODEL,
      fallbackModel: llm.OLLAMA_FALLBACK_MODEL,
      probeTimeoutMs: llm.OLLAMA_PROBE_TIMEOUT_MS,
      connectTimeoutMs: llm.OLLAMA_CONNECT_TIMEOUT_MS,
      firstTokenTimeoutMs: llm.OLLAMA_FIRST_TOKEN_TIMEOUT_MS,
      idleTimeoutMs: llm.OLLAMA_IDLE_TIMEOUT_MS,
      totalTimeoutMs: llm.OLLAMA_TOTAL_TIMEOUT_MS,
      concurrency: llm.OLLAMA_CONCURRENCY,
      maxTokens: llm.OLLAMA_MAX_TOKENS,
      maxLineBytes: llm.OLLAMA_MAX_LINE_BYTES,
      maxReplyChars: llm.LLM_MAX_REPLY_CHARS,
      requestDeadlineMs: llm.LLM_REQUEST_DEADLINE_MS,
      historyChars: llm.LLM_HISTORY_CHARS,
      deltaIntervalMs: llm.STREAM_DELTA_INTERVAL_MS,
      checkpointMs: llm.STREAM_CHECKPOINT_MS,
    },
    auth: { token: auth.AUTH_TOKEN, metricsToken: auth.METRICS_TOKEN, encryptionKey: decodeKey(auth.ENCRYPTION_KEY) },
  };
}
