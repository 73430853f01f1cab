import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
  if (!isMemoryDatabase(config)) mkdirSync(dirname(config.database), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database,
    enableWAL: !isMemoryDatabase(config),
    migrations: SQLITE_MIGRATIONS,
    prepareDatabase: (db: Database) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
    },
  };
}
