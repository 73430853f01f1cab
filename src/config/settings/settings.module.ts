import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsService } from './settings.service';
import { SystemConfigRevision } from './system-config-revision.entity';
import { SystemConfig } from './system-config.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SystemConfig, SystemConfigRevision])],
  providers: [SettingsService],
  exports: [SettingsService],
})
export class SettingsModule {}
