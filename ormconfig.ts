import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { toDatabaseConfig } from './src/config/configuration';
import { readRawEnvironment, validateEnvironment } from './src/config/environment';
import { buildDataSourceOptions } from './src/database/data-source.options';
import { ENTITIES } from './src/entities';

/** DataSource for the TypeORM CLI (`npm run migration:*`), from the same builder the app uses. */
export default new DataSource(
  buildDataSourceOptions(toDatabaseConfig(validateEnvironment(readRawEnvironment()).database), ENTITIES),
);
