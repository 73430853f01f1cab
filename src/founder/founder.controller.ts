import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { AllowDuringMaintenance } from '../common/decorators/maintenance.decorator';
import { EmergencyStopDto, ResetDto } from './dto/founder.dto';
import { FounderService } from './founder.service';
import { DepartmentWithAgentsDto } from '../company/dto/company-response.dto';
import { ConfigResetDto, EmergencyStateDto, EmergencyStopResultDto, FounderDashboardDto, HiddenDepartmentsDto } from './dto/founder-response.dto';

@ApiTags('Founder')
@ApiBearerAuth()
@FounderOnly()
@AllowDuringMaintenance()
@Controller('founder')
export class FounderController {
  constructor(private readonly founder: FounderService) {}

  /** Real counts, maintenance / emergency / LLM state and the latest founder actions. */
  @Get('dashboard')
  dashboard(): Promise<FounderDashboardDto> {
    return this.founder.dashboard();
  }

  /** Aborts every running generation and refuses new ones until released. */
  @Post('emergency-stop')
  @HttpCode(HttpStatus.OK)
  emergencyStop(@Body() dto: EmergencyStopDto, @CurrentPrincipal() principal: Principal): Promise<EmergencyStopResultDto> {
    return this.founder.emergencyStop(dto.reason, actorOf(principal));
  }

  /** Releases the emergency stop: generations are accepted again. */
  @Post('emergency-stop/release')
  @HttpCode(HttpStatus.OK)
  releaseEmergency(@CurrentPrincipal() principal: Principal): Promise<EmergencyStateDto> {
    return this.founder.releaseEmergency(actorOf(principal));
  }

  /** The hidden departments (founder only). */
  @Get('hidden-departments')
  hiddenDepartments(): Promise<HiddenDepartmentsDto> {
    return this.founder.hiddenDepartments();
  }

  /** Makes a hidden department visible again. */
  @Post('departments/:slug/reveal')
  @HttpCode(HttpStatus.OK)
  reveal(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<DepartmentWithAgentsDto> {
    return this.founder.setDepartmentHidden(slug, false, actorOf(principal));
  }

  /** Hides a department from viewer tokens. */
  @Post('departments/:slug/hide')
  @HttpCode(HttpStatus.OK)
  hide(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal): Promise<DepartmentWithAgentsDto> {
    return this.founder.setDepartmentHidden(slug, true, actorOf(principal));
  }

  /** `{ confirm: true }`: every known key back to its default; history is kept. */
  @Post('reset')
  @HttpCode(HttpStatus.OK)
  reset(@Body() _dto: ResetDto, @CurrentPrincipal() principal: Principal): Promise<ConfigResetDto> {
    return this.founder.reset(actorOf(principal));
  }
}
