import { DynamicModule, Module } from '@nestjs/common';
import { AppModule } from '../app.module';
import { AuthModule } from '../auth/auth.module';
import { Environment } from '../config/environment';
import { SeedModule } from '../seed/seed.module';
import { TransferModule } from '../transfer/transfer.module';
import { CliOutput } from './cli-output';
import { EventsCommand } from './events.command';
import { SeedCommand } from './seed.command';
import { TokenCommand } from './token.command';
import { ExportCommand, ImportCommand } from './transfer.command';

/** The whole app wiring (no HTTP server: the CLI runs in an application context) plus the commands. */
@Module({})
export class CliModule {
  static forRoot(env: Environment): DynamicModule {
    return {
      module: CliModule,
      imports: [AppModule.forRoot(env), AuthModule, SeedModule, TransferModule],
      providers: [CliOutput, SeedCommand, TokenCommand, EventsCommand, ExportCommand, ImportCommand],
    };
  }
}
