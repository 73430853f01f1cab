// `TEST_DB=postgres` (npm run test:pg): one migrated template database per run, so that each app's
// fresh database is a fast `CREATE DATABASE … TEMPLATE` instead of running every migration again.
module.exports = async () => {
  if (process.env.TEST_DB !== 'postgres') return;
  require('@swc-node/register');
  const { pgCreateDatabase, PG_TEMPLATE_ENV } = require('./postgres');
  const { DataSource } = require('typeorm');
  const { buildDataSourceOptions } = require('../../src/database/data-source.options');
  const { ENTITIES } = require('../../src/entities');
  const name = `daena_tpl_${process.pid}`;
  const url = await pgCreateDatabase(name);
  const dataSource = new DataSource(buildDataSourceOptions({ type: 'postgres', url, database: name, logging: false }, ENTITIES));
  await dataSource.initialize(); // runs the migrations
  await dataSource.destroy();
  process.env[PG_TEMPLATE_ENV] = name;
};
