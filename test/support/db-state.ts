import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

const onPostgres = (dataSource: DataSource) => dataSource.options.type === 'postgres';

/** Every user table of the database (migrations bookkeeping included: nothing may touch it either). */
export async function allTables(dataSource: DataSource): Promise<string[]> {
  const sql = onPostgres(dataSource)
    ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
    : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`;
  const rows = (await dataSource.query(sql)) as Array<{
    name: string;
  }>;
  return rows.map((r) => r.name);
}

/**
 * Rows inserted, updated or deleted on the connection since it opened (SQLite's total_changes()).
 * The app has exactly one connection (better-sqlite3), so an unchanged value proves that a request
 * wrote nothing at all, updates included, where row counts would only catch inserts and deletes.
 * PostgreSQL has no such counter (its statistics lag): there, a fingerprint of every row version
 * (xmin included, so that even an update to the same values shows).
 */
export async function totalChanges(dataSource: DataSource): Promise<number | string> {
  if (onPostgres(dataSource)) return dbFingerprint(dataSource, true);
  const [row] = (await dataSource.query('SELECT total_changes() AS n')) as Array<{ n: number }>;
  return Number(row.n);
}

/** A hash of every row of every table: equal fingerprints mean equal databases (with `versions`, also untouched rows, on PostgreSQL). */
export async function dbFingerprint(dataSource: DataSource, versions = false): Promise<string> {
  const hash = createHash('sha256');
  for (const table of await allTables(dataSource)) {
    const select = versions ? 'xmin::text AS row_version, *' : '*';
    const rows = (await dataSource.query(`SELECT ${select} FROM "${table}" ORDER BY ${await rowOrder(dataSource, table)}`)) as unknown[];
    hash.update(table).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}

/** `rowid`, or every column for a WITHOUT ROWID table (FTS5 keeps its index in such tables); on PostgreSQL every column. */
async function rowOrder(dataSource: DataSource, table: string): Promise<string> {
  if (onPostgres(dataSource)) {
    const columns = (await dataSource.query(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? AND data_type NOT IN ('tsvector', 'json') ORDER BY ordinal_position`,
      [table],
    )) as Array<{ name: string }>;
    return columns.map((c) => `"${c.name}"`).join(', ');
  }
  const [{ sql }] = (await dataSource.query(`SELECT sql FROM sqlite_master WHERE name = ?`, [table])) as Array<{ sql: string | null }>;
  if (!/WITHOUT\s+ROWID/i.test(sql ?? '')) return 'rowid';
  const columns = (await dataSource.query(`SELECT name FROM pragma_table_info(?)`, [table])) as Array<{ name: string }>;
  return columns.map((c) => `"${c.name}"`).join(', ');
}
