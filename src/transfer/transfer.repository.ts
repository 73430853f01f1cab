import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Database from 'better-sqlite3';
import { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { runSql } from '../database/insert-row';
import { INSTALLATION_KEYS, Row, SectionName } from './bundle-format';

const PAGE = 1000;
/** Bound parameters per multi-row INSERT (SQLite allows 32,766; PostgreSQL 65,535). */
const PARAMS_PER_INSERT = 4000;

/** Raw reads inside one consistent snapshot of the database. */
export interface Snapshot {
  rows(sql: string, params: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

const isDateColumn = (column: ColumnMetadata) =>
  column.isCreateDate || column.isUpdateDate || column.type === Date || ['datetime', 'timestamp', 'timestamp without time zone', 'date'].includes(String(column.type));

/**
 * Whole-database access for export and import, table by table through the entity metadata (as
 * migrations do). It bypasses the domain services on purpose: a restore puts rows back as they were,
 * it does not re-run business rules or publish events for them.
 */
@Injectable()
export class TransferRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get dialect(): string {
    return this.dataSource.options.type;
  }

  metadata(section: SectionName): EntityMetadata {
    const found = this.dataSource.entityMetadatas.find((m) => m.tableName === section);
    if (!found) throw new Error(`no entity for table ${section}`);
    return found;
  }

  /**
   * A read snapshot that writes going on meanwhile cannot tear: a second read-only connection in a
   * transaction (SQLite file, WAL) or a REPEATABLE READ transaction (PostgreSQL). An in-memory SQLite
   * database (tests) has one connection only: reads go through it.
   */
  async openSnapshot(): Promise<Snapshot> {
    const options = this.dataSource.options;
    if (options.type === 'postgres') {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return {
        rows: (sql, params) => runner.query(sql.replace(/\?/g, ((n) => () => `$${++n}`)(0)), params),
        close: async () => {
          await runner.query('COMMIT');
          await runner.release();
        },
      };
    }
    const file = String((options as { database?: string }).database ?? ':memory:');
    if (file === ':memory:') return { rows: (sql, params) => this.dataSource.query(sql, params), close: async () => undefined };
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN');
    return {
      rows: async (sql, params) => db.prepare(sql).all(...params) as Array<Record<string, unknown>>,
      close: async () => {
        db.exec('COMMIT');
        db.close();
      },
    };
  }

  /** Every row of a section in id order, a page at a time, as bundle rows. */
  async *readSection(snapshot: Snapshot, section: SectionName): AsyncGenerator<Row> {
    const metadata = this.metadata(section);
    const keyFilter = section === 'system_config' || section === 'system_config_revisions' ? ` AND config_key NOT IN (${INSTALLATION_KEYS.map(() => '?').join(', ')})` : '';
    let afterId = 0;
    for (;;) {
      const raws = await snapshot.rows(`SELECT * FROM "${section}" WHERE id > ?${keyFilter} ORDER BY id LIMIT ${PAGE}`, [afterId, ...(keyFilter ? INSTALLATION_KEYS : [])]);
      for (const raw of raws) yield this.toBundleRow(metadata, raw);
      if (raws.length < PAGE) return;
      afterId = Number(raws[raws.length - 1].id);
    }
  }

  /** A stored row → JSON values (dates as ISO strings, JSON columns parsed, booleans as booleans). */
  toBundleRow(metadata: EntityMetadata, raw: Record<string, unknown>): Row {
    const row: Row = {};
    for (const column of metadata.columns) {
      const value = this.dataSource.driver.prepareHydratedValue(raw[column.databaseName], column) as unknown;
      row[column.databaseName] = value instanceof Date ? value.toISOString() : (value ?? null);
    }
    return row;
  }

  /** Entity-shaped values of a bundle row (dates back to Date), for comparisons and hash checks. */
  toEntityValues(metadata: EntityMetadata, row: Row): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const column of metadata.columns) {
      const value = row[column.databaseName];
      values[column.propertyName] = isDateColumn(column) && typeof value === 'string' ? new Date(value) : value;
    }
    return values;
  }

  /** The columns a bundle row must have, with whether each may be null. */
  columns(section: SectionName): Array<{ name: string; nullable: boolean; date: boolean }> {
    return this.metadata(section).columns.map((c) => ({ name: c.databaseName, nullable: c.isNullable || c.isGenerated || c.default !== undefined || c.isCreateDate || c.isUpdateDate, date: isDateColumn(c) }));
  }

  async count(section: SectionName, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const keyFilter = section === 'system_config' || section === 'system_config_revisions' ? ` WHERE config_key NOT IN (${INSTALLATION_KEYS.map(() => '?').join(', ')})` : '';
    const [row] = await runSql<Array<{ n: number | string }>>(manager, `SELECT COUNT(*) AS n FROM "${section}"${keyFilter}`, keyFilter ? INSTALLATION_KEYS : []);
    return Number(row.n);
  }

  /** Rows of a section whose natural key is among `keys` (merge), keyed by that natural key. */
  async findByKey(manager: EntityManager, section: SectionName, keyColumns: string[], keys: unknown[][]): Promise<Map<string, Row>> {
    const metadata = this.metadata(section);
    const found = new Map<string, Row>();
    const perQuery = Math.max(1, Math.floor(500 / keyColumns.length));
    for (let i = 0; i < keys.length; i += perQuery) {
      const chunk = keys.slice(i, i + perQuery);
      const where = chunk.map(() => `(${keyColumns.map((c) => `"${c}" IS ?`).join(' AND ')})`).join(' OR ');
      const sql = this.dialect === 'postgres' ? where.replace(/ IS \?/g, ' IS NOT DISTINCT FROM ?') : where;
      const raws = await runSql<Array<Record<string, unknown>>>(manager, `SELECT * FROM "${section}" WHERE ${sql}`, chunk.flat());
      for (const raw of raws) {
        const row = this.toBundleRow(metadata, raw);
        found.set(naturalKey(keyColumns.map((c) => row[c])), row);
      }
    }
    return found;
  }

  /** Buffered multi-row INSERTs of bundle rows into one section, inside the caller's transaction. */
  inserter(manager: EntityManager, section: SectionName, { keepIds }: { keepIds: boolean }) {
    const metadata = this.metadata(section);
    const columns = metadata.columns.filter((c) => keepIds || !c.isGenerated);
    const perInsert = Math.max(1, Math.floor(PARAMS_PER_INSERT / columns.length));
    const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
    const returning = this.dialect === 'postgres' && !keepIds;
    let pending: unknown[][] = [];
    const ids: number[] = [];
    const flush = async () => {
      if (!pending.length) return;
      const placeholders = pending.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      const raw = await runSql<unknown>(manager, `INSERT INTO "${section}" (${names}) VALUES ${placeholders}${returning ? ' RETURNING id' : ''}`, pending.flat());
      if (!keepIds) {
        if (returning) ids.push(...(raw as Array<{ id: number }>).map((r) => Number(r.id)));
        else {
          // better-sqlite3 answers an INSERT with the last rowid: a multi-row insert takes consecutive ids.
          const last = Number(raw);
          for (let k = pending.length - 1; k >= 0; k--) ids.push(last - k);
        }
      }
      pending = [];
    };
    return {
      add: async (row: Row) => {
        const entity = this.toEntityValues(metadata, row);
        pending.push(columns.map((c) => this.dataSource.driver.preparePersistentValue(entity[c.propertyName], c)));
        if (pending.length >= perInsert) await flush();
      },
      /** Writes what is buffered; returns the new ids in insertion order (when ids are not kept). */
      finish: async () => {
        await flush();
        return ids;
      },
    };
  }

  /** PostgreSQL: after rows were inserted with their own ids, the id sequence must continue after them. */
  async resetSequence(manager: EntityManager, section: SectionName): Promise<void> {
    if (this.dialect !== 'postgres') return;
    await manager.query(`SELECT setval(pg_get_serial_sequence('"${section}"', 'id'), COALESCE((SELECT MAX(id) FROM "${section}"), 0) + 1, false)`);
  }
}

export const naturalKey = (values: unknown[]) => JSON.stringify(values);
