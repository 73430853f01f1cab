import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { AllowDuringMaintenance } from '../common/decorators/maintenance.decorator';
import { RollbackConfigDto, SetConfigValueDto } from './dto/founder.dto';
import { FounderConfigService } from './founder-config.service';
import { ConfigEntryDto, ConfigHistoryDto, ConfigListDto } from './dto/founder-response.dto';

/** Typed overrides of the known SystemConfig keys; an unknown key is a 404. */
@ApiTags('Founder')
@ApiBearerAuth()
@FounderOnly()
@AllowDuringMaintenance()
@Controller('founder/config')
export class FounderConfigController {
  constructor(private readonly config: FounderConfigService) {}

  /** Every known key with its value, type, default, version and updated_at. */
  @Get()
  findAll(): Promise<ConfigListDto> {
    return this.config.list();
  }

  /** One config key with its value, type, default and version. */
  @Get(':key')
  findOne(@Param('key') key: string): Promise<ConfigEntryDto> {
    return this.config.get(key);
  }

  /** Sets a value of the key's type (400 otherwise, nothing stored); a new version and `config.updated`. */
  @Put(':key')
  update(@Param('key') key: string, @Body() dto: SetConfigValueDto, @CurrentPrincipal() principal: Principal): Promise<ConfigEntryDto> {
    return this.config.set(key, dto.value, actorOf(principal));
  }

  /** Versions, newest first. */
  @Get(':key/history')
  history(@Param('key') key: string): Promise<ConfigHistoryDto> {
    return this.config.history(key);
  }

  /** Makes the value of `version` current again, as a new version. */
  @Post(':key/rollback')
  @HttpCode(HttpStatus.OK)
  rollback(@Param('key') key: string, @Body() dto: RollbackConfigDto, @CurrentPrincipal() principal: Principal): Promise<ConfigEntryDto> {
    return this.config.rollback(key, dto.version, actorOf(principal));
  }

  /** Back to the default value, recorded as a new version. */
  @Delete(':key')
  @HttpCode(HttpStatus.OK)
  remove(@Param('key') key: string, @CurrentPrincipal() principal: Principal): Promise<ConfigEntryDto> {
    return this.config.restoreDefault(key, actorOf(principal));
  }
}
