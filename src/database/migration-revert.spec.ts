import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { buildDataSourceOptions } from './data-source.options';
import { revertLastMigration } from './migration-revert';

describe('migration:revert', () => {
  let dir: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daena-revert-'));
    dataSource = new DataSource(buildDataSourceOptions({ type: 'better-sqlite3', database: join(dir, 'd.sqlite'), logging: false }, ENTITIES));
    await dataSource.initialize(); // runs the migrations
  });
  afterEach(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const tables = async () => ((await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'event_log'`)) as unknown[]).length;

  /** Reverts every later migration (allowed without --yes) down to the initial schema. */
  async function revertDownToInitial(): Promise<string[]> {
    const reverted: string[] = [];
    for (let outcome = await revertLastMigration(dataSource, { yes: false }); 'reverted' in outcome; outcome = await revertLastMigration(dataSource, { yes: false })) {
      reverted.push(outcome.reverted);
    }
    return reverted;
  }

  it('reverts later migrations, but refuses the initial schema without --yes and changes nothing', async () => {
    const reverted = await revertDownToInitial();
    expect(reverted.some((name) => /InitialSchema/.test(name))).toBe(false);
    const outcome = await revertLastMigration(dataSource, { yes: false });
    expect(outcome).toEqual({ refused: expect.stringMatching(/InitialSchema\d+ is the initial schema: reverting it DROPS EVERY TABLE.*--yes/) });
    expect(await tables()).toBe(1);
    expect(((await dataSource.query('SELECT COUNT(*) AS n FROM migrations')) as Array<{ n: number }>)[0].n).toBe(1);
  });

  it('reverts the initial schema with --yes', async () => {
    await revertDownToInitial();
    expect(await revertLastMigration(dataSource, { yes: true })).toEqual({ reverted: expect.stringMatching(/InitialSchema/) });
    expect(await tables()).toBe(0);
    expect(await revertLastMigration(dataSource, { yes: true })).toEqual({ nothing: true });
  });
});
