import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * INSERT one row and return its generated id, without TypeORM's read-back. `repository.insert()`
 * re-SELECTs every column that has a database default (status, created_at, actor...) on drivers
 * without RETURNING (SQLite), even when the caller set them; and since the SQLite driver inlines
 * numbers into the SQL text, that `WHERE id = <n>` SELECT is a new statement to prepare on every
 * insert. Hot write paths (a chat message and its event) set every column themselves.
 */
export async function insertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<number> {
  const qb = manager.createQueryBuilder().insert().into(target).values(values).updateEntity(false);
  const returning = manager.connection.driver.isReturningSqlSupported('insert');
  if (returning) qb.returning('id');
  const { raw } = await qb.execute();
  // better-sqlite3: the statement's lastInsertRowid; PostgreSQL: the RETURNING rows.
  return Number(returning ? (raw as Array<{ id: number | string }>)[0].id : raw);
}
