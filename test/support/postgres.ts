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
