import { Transaction, UnitOfWork } from '../database/unit-of-work';

/** Thrown to roll a dry run's transaction back while carrying its report out. */
class DryRunRollback<T> extends Error {
  constructor(readonly report: T) {
    super('dry run: rolled back');
  }
}

/**
 * Runs `work` in one write transaction; with `dryRun` the same work runs and is rolled back, so the
 * report says exactly what a real run would have done.
 */
export async function writeOrDryRun<T>(uow: UnitOfWork, dryRun: boolean, work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await uow.write(async (tx) => {
      const report = await work(tx);
      if (dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report as T;
    throw error;
  }
}
