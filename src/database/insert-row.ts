import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Raw SQL for the hot write path (a chat message and its event), with TypeORM's own value
 * conversions but without its query builder, which costs more per statement than SQLite does.
 * Statements are written with `?` placeholders and a constant text per call site, so the driver
 * prepares each once; on PostgreSQL the placeholders become `$1, $2, …`.
 */
const pgTexts = new Map<string, string>();

function dialectText(manager: EntityManager, text: string): string {
  if (manager.connection.options.type !== 'postgres') return text;
  let converted = pgTexts.get(text);
  if (!converted) {
    let n = 0;
    converted = text.replace(/\?/g, () => `$${++n}`);
    pgTexts.set(text, converted);
  }
  return converted;
}

export function runSql<T = unknown>(manager: EntityManager, text: string, params: unknown[] = []): Promise<T> {
  return manager.query(dialectText(manager, text), params) as Promise<T>;
}

/** A value as TypeORM would store it in `property`'s column (dates, booleans, simple-json). */
export function persistedValue<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, property: keyof T & string, value: unknown): unknown {
  const column = manager.connection.getMetadata(target).findColumnWithPropertyName(property);
  if (!column) throw new Error(`no column ${property}`);
  return manager.connection.driver.preparePersistentValue(value, column);
}

/** INSERT one row and return its generated id (no read-back of defaulted columns). */
export async function insertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<number> {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const names: string[] = [];
  const params: unknown[] = [];
  for (const column of metadata.columns) {
    if (column.isGenerated) continue;
    const value = column.getEntityValue(values);
    if (value === undefined) continue;
    names.push(driver.escape(column.databaseName));
    params.push(driver.preparePersistentValue(value, column));
  }
  const returning = manager.connection.options.type === 'postgres';
  const text =
    `INSERT INTO ${driver.escape(metadata.tableName)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})` +
    (returning ? ' RETURNING id' : '');
  const raw = await runSql<unknown>(manager, text, params);
  // better-sqlite3: the statement's lastInsertRowid; PostgreSQL: the RETURNING rows.
  return Number(returning ? (raw as Array<{ id: number | string }>)[0].id : raw);
}

/** SELECT * … WHERE `where`, hydrated into entities (plain columns; relations are not loaded). */
export async function selectRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: string,
  params: unknown[],
  suffix = '',
): Promise<T[]> {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const rows = await runSql<Array<Record<string, unknown>>>(
    manager,
    `SELECT * FROM ${driver.escape(metadata.tableName)} WHERE ${where}${suffix ? ` ${suffix}` : ''}`,
    params,
  );
  return rows.map((raw) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in raw) column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
    }
    return entity;
  });
}
