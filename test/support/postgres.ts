import { Client } from 'pg';

/**
 * PostgreSQL for the `*.pg-spec.ts` suites (`npm run test:pg`; never part of `npm test`): the server
 * at PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/postgres), one throwaway database per
 * suite, created and dropped by the suite.
 */
export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of database `name` on the same server. */
export const pgDatabaseUrl = (name: string) => PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);

/** One statement on the admin connection (CREATE / DROP DATABASE). */
export async function pgAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database `name` (dropped first if a killed run left it behind). */
export async function pgCreateDatabase(name: string): Promise<string> {
  await pgAdmin(`DROP DATABASE IF EXISTS ${name}`);
  await pgAdmin(`CREATE DATABASE ${name}`);
  return pgDatabaseUrl(name);
}

export const pgDropDatabase = (name: string) => pgAdmin(`DROP DATABASE IF EXISTS ${name}`);

/**
 * `TEST_DB=postgres` (`npm run test:pg`): every `createTestApp` without its own DB_TYPE runs on a
 * fresh PostgreSQL database of its own instead of in-memory SQLite (see docs/scaling.md, "Tests").
 */
export const TEST_ON_POSTGRES = process.env.TEST_DB === 'postgres';

/** Set by test/support/pg-global-setup.js: the migrated template the fresh databases are copied from. */
export const PG_TEMPLATE_ENV = 'DAENA_PG_TEMPLATE';

/** A fresh database for one app (a copy of the migrated template when there is one); `drop` removes it. */
export async function pgTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `daena_e2e_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const template = process.env[PG_TEMPLATE_ENV];
  await pgAdmin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { url: pgDatabaseUrl(name), drop: () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * The tests' SQL is written for SQLite: on PostgreSQL its `?` placeholders become `$1, $2, …` (outside
 * quoted strings) and COUNT/SUM (bigint, which pg returns as a string) are cast to integer, so one spec
 * runs on both.
 */
export function pgPortableSql(sql: string): string {
  let n = 0;
  return sql
    .replace(/'(?:[^']|'')*'|"(?:[^"])*"|\?/g, (token) => (token === '?' ? `$${++n}` : token))
    .replace(/\b(COUNT|SUM)\(((?:[^()]|\([^()]*\))*)\)(?!\s*::)/gi, (_all, fn: string, arg: string) => `CAST(${fn}(${arg}) AS INTEGER)`);
}
