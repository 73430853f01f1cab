import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BootError } from '../common/boot-error';
import { DataSourceOptions } from 'typeorm';
import type { Database } from 'better-sqlite3';
import { DatabaseConfig } from '../config/configuration';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const isMemoryDatabase = (config: DatabaseConfig) => config.database === ':memory:';

export type EntityList = NonNullable<DataSourceOptions['entities']>;

/**
 * The one builder of DataSource options: used by the app, the CLI (ormconfig.ts) and tests. The
 * entities come from the composition root (src/entities.ts): database/ knows no domain.
 */
export function buildDataSourceOptions(config: DatabaseConfig, entities: EntityList): DataSourceOptions {
  const common = {
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    logging: config.logging ? ('all' as const) : (['error'] as ('error' | 'warn')[]),
  };
  if (config.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.url, migrations: POSTGRES_MIGRATIONS };
  }
  if (!isMemoryDatabase(config)) ensureFolder(dirname(resolve(config.database)), config.database);
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database,
    enableWAL: !isMemoryDatabase(config),
    migrations: SQLITE_MIGRATIONS,
    prepareDatabase: (db: Database) => {
      beginImmediate(db);
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
    },
  };
}

/**
 * Creates the database's folder one level at a time. Node's `mkdirSync(…, { recursive: true })`
 * loops forever at 100 % CPU on a path it cannot create under /proc; this fails at once, naming
 * DB_DATABASE.
 */
function ensureFolder(folder: string, setting: string): void {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    try {
      if (!statSync(current).isDirectory()) throw new BootError(`DB_DATABASE=${setting}: ${current} is not a folder. Set DB_DATABASE to a writable file path (or :memory:).`);
      break;
    } catch (error) {
      if (error instanceof BootError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) throw cannotCreate(setting, current, error);
      missing.unshift(current);
      current = dirname(current);
    }
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotCreate(setting, path, error);
    }
  }
}

function cannotCreate(setting: string, path: string, error: unknown): BootError {
  return new BootError(`DB_DATABASE=${setting}: cannot create the folder ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Set DB_DATABASE to a writable file path (or :memory:).`);
}

/**
 * Every TypeORM transaction on SQLite starts with `BEGIN IMMEDIATE` (the write lock at once). A
 * deferred transaction that reads and then writes cannot wait on the busy timeout in WAL mode: when
 * another process (the CLI, a second server) committed in between, its upgrade fails at once with
 * SQLITE_BUSY ("database is locked"). Taking the lock first makes it wait its turn instead.
 */
export function beginImmediate(db: Database): void {
  const prepare = db.prepare.bind(db) as (sql: string) => ReturnType<Database['prepare']>;
  db.prepare = ((sql: string) => prepare(/^\s*BEGIN( DEFERRED)?( TRANSACTION)?\s*;?\s*$/i.test(sql) ? 'BEGIN IMMEDIATE TRANSACTION' : sql)) as Database['prepare'];
}
