import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AllConfig } from '../config/configuration';
import { buildDataSourceOptions, EntityList } from './data-source.options';
import { ClusterLock } from './cluster-lock';
import { UnitOfWork } from './unit-of-work';

@Global()
@Module({})
export class DatabaseModule {
  /** `entities`: the app's entity list (src/entities.ts). */
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AllConfig, true>) => ({
            ...buildDataSourceOptions(config.get('database', { infer: true }), entities),
            // No retries at start (a wrong setting does not fix itself), and no "Retrying (1)..." line.
            retryAttempts: 0,
            toRetry: () => false,
          }),
        }),
      ],
      providers: [UnitOfWork, ClusterLock],
      exports: [UnitOfWork, ClusterLock],
    };
  }
}
