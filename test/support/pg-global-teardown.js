// Drops the run's template database (test/support/pg-global-setup.js).
module.exports = async () => {
  if (process.env.TEST_DB !== 'postgres' || !process.env.DAENA_PG_TEMPLATE) return;
  require('@swc-node/register');
  await require('./postgres').pgDropDatabase(process.env.DAENA_PG_TEMPLATE);
};
