import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  DepartmentVisibilityDto,
  EmergencyControlsDto,
  FounderPanelDashboardDto,
  FounderPanelEmergencyReleaseDto,
  FounderPanelEmergencyStopDto,
  FounderPanelHiddenDepartmentsDto,
  MaintenanceResultDto,
  OverrideResultDto,
  OverridesDto,
} from './dto/compat-response.dto';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { AllowDuringMaintenance } from '../common/decorators/maintenance.decorator';
import { EmergencyStopDto } from '../founder/dto/founder.dto';
import { CompatSystemService } from './compat-system.service';
import { FounderOverrideDto, MaintenanceDto } from './dto/compat.dto';

/** The original's `/founder-panel/*`, answered by the founder services (ours: `/founder/*`). */
@ApiTags('Compatibility')
@ApiBearerAuth()
@FounderOnly()
@AllowDuringMaintenance()
@Controller('founder-panel')
export class FounderPanelController {
  constructor(private readonly compat: CompatSystemService) {}

  @Get('dashboard')
  @ApiOperation({ summary: 'Founder dashboard (original route)', description: 'Alias of `GET /founder/dashboard`.' })
  dashboard(): Promise<FounderPanelDashboardDto> {
    return this.compat.founderDashboard();
  }

  @Get('hidden-departments')
  @ApiOperation({ summary: 'Hidden departments (original route)', description: 'Alias of `GET /founder/hidden-departments`.' })
  hiddenDepartments(): Promise<FounderPanelHiddenDepartmentsDto> {
    return this.compat.hiddenDepartments();
  }

  @Post('hidden-departments/:slug/reveal')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reveal a hidden department (original route)', description: 'Alias of `POST /founder/departments/:slug/reveal`.' })
  reveal(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<DepartmentVisibilityDto> {
    return this.compat.setDepartmentHidden(slug, false, principal);
  }

  @Post('hidden-departments/:slug/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hide a department', description: 'Alias of `POST /founder/departments/:slug/hide`.' })
  hide(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<DepartmentVisibilityDto> {
    return this.compat.setDepartmentHidden(slug, true, principal);
  }

  @Get('overrides')
  @ApiOperation({ summary: 'Overrides (original route)', description: 'Our overrides are the typed config keys: alias of `GET /founder/config`.' })
  overrides(): Promise<OverridesDto> {
    return this.compat.overrides();
  }

  @Post('override')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Apply an override (original route)',
    description: '`action: "emergency_stop"` is `POST /founder/emergency-stop`; any other action sets the config key `target` to `value` (`PUT /founder/config/:key`).',
  })
  override(@Body() dto: FounderOverrideDto, @CurrentPrincipal() principal: Principal): Promise<OverrideResultDto> {
    return this.compat.override(dto, principal);
  }

  @Get('system/emergency-controls')
  @ApiOperation({ summary: 'Emergency controls (original route)', description: 'The emergency stop and its state.' })
  emergencyControls(): EmergencyControlsDto {
    return this.compat.emergencyControls();
  }

  @Post('system/emergency/stop-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Emergency stop (original route)', description: 'Alias of `POST /founder/emergency-stop`.' })
  stopAll(@Body() dto: EmergencyStopDto, @CurrentPrincipal() principal: Principal): Promise<FounderPanelEmergencyStopDto> {
    return this.compat.emergencyStop(dto.reason, principal);
  }

  @Post('emergency-stop')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Emergency stop', description: 'Alias of `POST /founder/emergency-stop`.' })
  emergencyStop(@Body() dto: EmergencyStopDto, @CurrentPrincipal() principal: Principal): Promise<FounderPanelEmergencyStopDto> {
    return this.compat.emergencyStop(dto.reason, principal);
  }

  @Post('emergency-stop/release')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Release the emergency stop', description: 'Alias of `POST /founder/emergency-stop/release`.' })
  releaseEmergency(@CurrentPrincipal() principal: Principal): Promise<FounderPanelEmergencyReleaseDto> {
    return this.compat.releaseEmergency(principal);
  }

  @Post('system/maintenance')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Maintenance mode on or off (original route)', description: 'Alias of `PUT /founder/config/maintenance_mode`.' })
  maintenance(@Body() dto: MaintenanceDto, @CurrentPrincipal() principal: Principal): Promise<MaintenanceResultDto> {
    return this.compat.maintenance(dto.enabled, principal);
  }
}
