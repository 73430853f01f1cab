import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** First key of the two-key advisory locks below (the second is hashtext of the name). */
const NAMED_LOCK_SPACE = 7_242_002;

/**
 * Named locks that hold across every instance on one PostgreSQL: a session-level advisory lock on a
 * connection kept for the work's duration, so a killed instance releases it with its connection.
 * On SQLite one process serves requests, and a lock held in memory is the whole truth.
 */
@Injectable()
export class ClusterLock {
  private readonly local = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` holding `name`, or returns `held` at once when someone (here or elsewhere) holds it. */
  async tryWith<T>(name: string, work: () => Promise<T>): Promise<{ held: true } | { held: false; result: T }> {
    if (this.local.has(name)) return { held: true };
    this.local.add(name);
    try {
      if (this.dataSource.options.type !== 'postgres') return { held: false, result: await work() };
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      try {
        const [row] = (await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [NAMED_LOCK_SPACE, name])) as Array<{ ok: boolean }>;
        if (!row.ok) return { held: true };
        try {
          return { held: false, result: await work() };
        } finally {
          await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [NAMED_LOCK_SPACE, name]);
        }
      } finally {
        await runner.release();
      }
    } finally {
      this.local.delete(name);
    }
  }
}
