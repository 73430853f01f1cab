import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** One database transaction plus the work to run once it has committed. */
export class Transaction {
  private readonly afterCommitHooks: Array<() => void> = [];
  open = true;

  constructor(readonly manager: EntityManager) {}

  /** Runs `hook` right after COMMIT (never after a rollback), before the next write starts. */
  afterCommit(hook: () => void): void {
    this.afterCommitHooks.push(hook);
  }

  runAfterCommit(logger: Logger): void {
    for (const hook of this.afterCommitHooks) {
      try {
        hook();
      } catch (error) {
        logger.error(`after-commit hook failed: ${(error as Error).message}`, (error as Error).stack);
      }
    }
  }
}

/**
 * The only way to write. Writes are serialised: better-sqlite3 has one connection, and TypeORM would
 * otherwise nest concurrent transactions as savepoints of one another. Serialising also keeps the
 * event log's hash chain and its ids in commit order, and makes after-commit emission ordered.
 * A write started inside another joins it. Never await network I/O (e.g. the LLM) inside `write`.
 */
@Injectable()
export class UnitOfWork implements OnModuleInit {
  private readonly logger = new Logger(UnitOfWork.name);
  private readonly current = new AsyncLocalStorage<Transaction>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /**
   * TypeORM's global module destroys the DataSource in its shutdown hook, which Nest runs before this
   * module's hooks: make that wait for the queued writes, so that none is cut off mid-transaction.
   */
  onModuleInit(): void {
    const destroy = this.dataSource.destroy.bind(this.dataSource);
    this.dataSource.destroy = async () => {
      await this.drain();
      return destroy();
    };
  }

  /**
   * The manager repositories query through: the current transaction's when a write is open in this
   * async context (so reads see its rows and writes join it), else the data source's.
   */
  get manager(): EntityManager {
    const active = this.current.getStore();
    return active?.open ? active.manager : this.dataSource.manager;
  }

  write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const active = this.current.getStore();
    if (active?.open) return work(active);
    const run = () => this.runTransaction(work);
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Runs `work` outside any transaction but queued with the writes: on SQLite's single connection a
   * read then sees only committed rows, never an open transaction's.
   */
  betweenWrites<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async runTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let tx: Transaction | undefined;
    try {
      const result = await this.dataSource.transaction((manager) => {
        tx = new Transaction(manager);
        return this.current.run(tx, () => work(tx!));
      });
      tx!.open = false;
      tx!.runAfterCommit(this.logger);
      return result;
    } finally {
      if (tx) tx.open = false;
    }
  }

  /** Resolves once every queued write has finished (before the database closes). */
  async drain(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
