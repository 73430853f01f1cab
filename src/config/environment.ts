import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
  ValidationError,
} from 'class-validator';

/** Environment variables, one validated class per concern (app, database, llm, auth). */

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export class AppEnvironment {
  @IsIn(['development', 'production', 'test']) NODE_ENV: string = 'development';
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT: number = 3000;
  @IsString() @MinLength(1) HOST: string = '127.0.0.1';
  @IsIn(LOG_LEVELS) LOG_LEVEL: LogLevelName = 'log';
  @IsIn(['json', 'pretty']) LOG_FORMAT: 'json' | 'pretty' = 'pretty';
  /** Comma-separated list of allowed browser origins; empty = same origin only. */
  @IsString() CORS_ORIGINS: string = '';
  @Type(() => Number) @IsInt() @Min(1024) @Max(50 * 1024 * 1024) BODY_LIMIT_BYTES: number = 1024 * 1024;
  @Transform(toBoolean) @IsBoolean() SEED_ON_START: boolean = true;
  @Transform(toBoolean) @IsBoolean() SWAGGER_ENABLED: boolean = true;
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) THROTTLE_LIMIT: number = 600;
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) THROTTLE_CHAT_LIMIT: number = 60;
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) THROTTLE_TTL_MS: number = 60_000;
  /** Socket.IO messages one connection may send per window; beyond, it is disconnected. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) SOCKET_MESSAGE_LIMIT: number = 100;
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) SOCKET_MESSAGE_WINDOW_MS: number = 10_000;
  /** A comment frame on an SSE stream after this long without a frame (proxies cut idle streams). */
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) SSE_KEEPALIVE_MS: number = 15_000;
  /** Bytes an SSE client may leave unread before it is dropped (the reply is stored anyway). */
  @Type(() => Number) @IsInt() @Min(4096) @Max(1024 * 1024 * 1024) SSE_MAX_BUFFER_BYTES: number = 1024 * 1024;
  /** Payload bytes one `GET /events` page may carry, whatever its `limit` (at least one row is sent). */
  @Type(() => Number) @IsInt() @Min(1024) @Max(1024 * 1024 * 1024) EVENTS_PAGE_MAX_BYTES: number = 4 * 1024 * 1024;
  @Type(() => Number) @IsInt() @Min(100) @Max(600_000) SHUTDOWN_TIMEOUT_MS: number = 10_000;
  /** Shared rate limits and cross-instance socket messages (several instances); unset = none. */
  @IsOptional() @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;
}

export class DatabaseEnvironment {
  @IsIn(['better-sqlite3', 'postgres']) DB_TYPE: 'better-sqlite3' | 'postgres' = 'better-sqlite3';
  @IsString() @MinLength(1) DB_DATABASE: string = './data/daena.sqlite';
  @ValidateIf((env: DatabaseEnvironment) => env.DB_TYPE === 'postgres')
  @Matches(/^postgres(ql)?:\/\//, { message: 'DB_URL must be a postgres:// URL when DB_TYPE=postgres' })
  DB_URL?: string;
  @Transform(toBoolean) @IsBoolean() DB_LOGGING: boolean = false;
}

export class LlmEnvironment {
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'OLLAMA_BASE_URL must be an http(s) URL' })
  OLLAMA_BASE_URL: string = 'http://127.0.0.1:11434';
  @IsString() @MinLength(1) OLLAMA_MODEL: string = 'qwen2.5:7b-instruct';
  @IsOptional() @IsString() OLLAMA_FALLBACK_MODEL?: string;
  @Type(() => Number) @IsInt() @Min(50) @Max(60_000) OLLAMA_PROBE_TIMEOUT_MS: number = 1500;
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000) OLLAMA_CONNECT_TIMEOUT_MS: number = 3000;
  /** Cold model loads hold the response for tens of seconds: be generous. */
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) OLLAMA_FIRST_TOKEN_TIMEOUT_MS: number = 300_000;
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) OLLAMA_IDLE_TIMEOUT_MS: number = 60_000;
  @Type(() => Number) @IsInt() @Min(100) @Max(7_200_000) OLLAMA_TOTAL_TIMEOUT_MS: number = 600_000;
  @Type(() => Number) @IsInt() @Min(1) @Max(64) OLLAMA_CONCURRENCY: number = 2;
  @Type(() => Number) @IsInt() @Min(16) @Max(32768) OLLAMA_MAX_TOKENS: number = 800;
  /** Longest NDJSON line accepted from Ollama; a longer one ends the generation as a stream error. */
  @Type(() => Number) @IsInt() @Min(4096) @Max(64 * 1024 * 1024) OLLAMA_MAX_LINE_BYTES: number = 1024 * 1024;
  /** Longest reply kept (UTF-16 units); beyond, the reply ends `interrupted` with reason `too_large`. */
  @Type(() => Number) @IsInt() @Min(1000) @Max(10_000_000) LLM_MAX_REPLY_CHARS: number = 100_000;
  /** One bound for a whole chat or council request, however many generations it runs (notes, positions, synthesis). */
  @Type(() => Number) @IsInt() @Min(100) @Max(7_200_000) LLM_REQUEST_DEADLINE_MS: number = 600_000;
  @Type(() => Number) @IsInt() @Min(500) @Max(200_000) LLM_HISTORY_CHARS: number = 6000;
  @Type(() => Number) @IsInt() @Min(10) @Max(5000) STREAM_DELTA_INTERVAL_MS: number = 50;
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000) STREAM_CHECKPOINT_MS: number = 1000;
}

export class AuthEnvironment {
  @IsOptional() @IsString() @MinLength(16, { message: 'AUTH_TOKEN must be at least 16 characters' })
  AUTH_TOKEN?: string;
  /** A scraper's token for GET /metrics only (the founder token works there too). */
  @IsOptional() @IsString() @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
  /** 32 bytes as 64 hex characters or base64; required only to store connection credentials. */
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, {
    message: 'ENCRYPTION_KEY must be 32 bytes as 64 hex characters or 44 base64 characters',
  })
  ENCRYPTION_KEY?: string;
}

export interface Environment {
  app: AppEnvironment;
  database: DatabaseEnvironment;
  llm: LlmEnvironment;
  auth: AuthEnvironment;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
  }
}

type RawEnvironment = Record<string, string | undefined>;

/** Reads `.env` (if present) under the real environment: real variables win. */
export function readRawEnvironment(overrides: RawEnvironment = {}, envFile = '.env'): RawEnvironment {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  const merged: RawEnvironment = { ...fromFile, ...process.env, ...overrides };
  // An empty variable means "unset", so defaults apply.
  for (const key of Object.keys(merged)) if (merged[key] === '') delete merged[key];
  return merged;
}

function flatten(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    // The variable and the rule, never the value: it may be a secret (AUTH_TOKEN, DB_URL's password).
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
}

function validateSection<T extends object>(cls: new () => T, raw: RawEnvironment, problems: string[]): T {
  const keys = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(cls, '', true, false)
      .map((meta) => meta.propertyName),
  );
  const relevant = Object.fromEntries(Object.entries(raw).filter(([key]) => keys.has(key)));
  const instance = plainToInstance(cls, relevant, { exposeDefaultValues: true });
  problems.push(...flatten(validateSync(instance, { forbidUnknownValues: false })));
  return instance;
}

/** Validates every concern and reports every bad variable at once. */
export function validateEnvironment(raw: RawEnvironment): Environment {
  const problems: string[] = [];
  const env: Environment = {
    app: validateSection(AppEnvironment, raw, problems),
    database: validateSection(DatabaseEnvironment, raw, problems),
    llm: validateSection(LlmEnvironment, raw, problems),
    auth: validateSection(AuthEnvironment, raw, problems),
  };
  if (problems.length) throw new InvalidEnvironmentError(problems);
  return env;
}
