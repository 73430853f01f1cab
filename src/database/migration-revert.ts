import 'reflect-metadata';
import type { DataSource } from 'typeorm';

export type RevertOutcome = { reverted: string } | { refused: string } | { nothing: true };

/**
 * `npm run migration:revert`: undoes the newest applied migration, like TypeORM's CLI, except the
 * initial schema: reverting it drops every table (the whole company, its history, its event log),
 * so it needs `--yes`.
 */
export async function revertLastMigration(dataSource: DataSource, options: { yes: boolean }): Promise<RevertOutcome> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const applied = (await dataSource.query(`SELECT name FROM "${table}" ORDER BY id DESC`).catch(() => [])) as Array<{ name: string }>;
  if (applied.length === 0) return { nothing: true };
  const newest = applied[0].name;
  if (applied.length === 1 && !options.yes) {
    return {
      refused: `${newest} is the initial schema: reverting it DROPS EVERY TABLE (all departments, agents, chats and the event log). Back up first (npm run cli -- export), then run: npm run migration:revert -- --yes`,
    };
  }
  await dataSource.undoLastMigration({ transaction: 'each' });
  return { reverted: newest };
}

async function main(): Promise<number> {
  // The same DataSource the TypeORM CLI uses (ormconfig.ts), without running pending migrations on open.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled next to dist/ormconfig.js
  const dataSource = (require('../../ormconfig') as { default: DataSource }).default;
  dataSource.setOptions({ migrationsRun: false, synchronize: false });
  await dataSource.initialize();
  try {
    const outcome = await revertLastMigration(dataSource, { yes: process.argv.includes('--yes') });
    if ('refused' in outcome) {
      process.stderr.write(`Refused: ${outcome.refused}\n`);
      return 1;
    }
    process.stdout.write('nothing' in outcome ? 'No migration is applied: nothing to revert.\n' : `Reverted ${outcome.reverted}.\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
