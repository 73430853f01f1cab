import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Every user table of the SQLite database (migrations bookkeeping included: nothing may touch it either). */
export async function allTables(dataSource: DataSource): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)) as Array<{
    name: string;
  }>;
  return rows.map((r) => r.name);
}

/**
 * Rows inserted, updated or deleted on the connection since it opened (SQLite's total_changes()).
 * The app has exactly one connection (better-sqlite3), so an unchanged value proves that a request
 * wrote nothing at all, updates included, where row counts would only catch inserts and deletes.
 */
export async function totalChanges(dataSource: DataSource): Promise<number> {
  const [row] = (await dataSource.query('SELECT total_changes() AS n')) as Array<{ n: number }>;
  return Number(row.n);
}

/** A hash of every row of every table: equal fingerprints mean equal databases. */
export async function dbFingerprint(dataSource: DataSource): Promise<string> {
  const hash = createHash('sha256');
  for (const table of await allTables(dataSource)) {
    const rows = (await dataSource.query(`SELECT * FROM "${table}" ORDER BY ${await rowOrder(dataSource, table)}`)) as unknown[];
    hash.update(table).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}

/** `rowid`, or every column for a WITHOUT ROWID table (FTS5 keeps its index in such tables). */
async function rowOrder(dataSource: DataSource, table: string): Promise<string> {
  const [{ sql }] = (await dataSource.query(`SELECT sql FROM sqlite_master WHERE name = ?`, [table])) as Array<{ sql: string | null }>;
  if (!/WITHOUT\s+ROWID/i.test(sql ?? '')) return 'rowid';
  const columns = (await dataSource.query(`SELECT name FROM pragma_table_info(?)`, [table])) as Array<{ name: string }>;
  return columns.map((c) => `"${c.name}"`).join(', ');
}
