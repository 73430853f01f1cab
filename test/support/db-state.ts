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
    const rows = (await dataSource.query(`SELECT * FROM "${table}" ORDER BY rowid`)) as unknown[];
    hash.update(table).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
