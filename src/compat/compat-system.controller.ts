import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { AuditLogsDto, BrainModelsDto, BrainStatusDto, RecentEventsDto, TalkModeDto, VoiceSettingsUpdateDto, VoiceTestDto } from './dto/compat-response.dto';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { UpdateVoiceSettingsDto } from '../voice/dto/update-voice-settings.dto';
import { ToggleVoiceDto } from '../voice/dto/toggle-voice.dto';
import { CompatSystemService } from './compat-system.service';
import { AuditLogsQueryDto, RecentEventsQueryDto } from './dto/compat.dto';

/** The original's events, audit, brain and voice routes (docs/compatibility.md). */
@ApiTags('Compatibility')
@ApiBearerAuth()
@Controller()
export class CompatSystemController {
  constructor(private readonly compat: CompatSystemService) {}

  @Get('events/recent')
  @ApiOperation({ summary: 'Recent events (original route)', description: 'Newest first; with `since_event_id`, the events after it ascending. Ours: `GET /events?after_id=`.' })
  recentEvents(@Query() query: RecentEventsQueryDto, @CurrentPrincipal() principal: Principal): Promise<RecentEventsDto> {
    return this.compat.recentEvents(query, principal);
  }

  @Get('audit/logs')
  @FounderOnly()
  @ApiOperation({ summary: 'Audit log (original route)', description: 'The newest event-log rows as `{ logs: [...] }`. Ours: `GET /audit/events`.' })
  auditLogs(@Query() query: AuditLogsQueryDto): Promise<AuditLogsDto> {
    return this.compat.auditLogs(query);
  }

  @Get('brain/status')
  @ApiOperation({ summary: 'Brain status (original route)', description: '`status: "operational" | "offline"` from the cached Ollama state. Ours: `GET /llm/status`.' })
  brainStatus(): Promise<BrainStatusDto> {
    return this.compat.brainStatus();
  }

  @Get('brain/list-models')
  @ApiOperation({ summary: 'Models Ollama reports (original route)', description: 'Ours: `GET /llm/status` (`models`).' })
  brainListModels(): Promise<BrainModelsDto> {
    return this.compat.brainModels();
  }

  @Get('brain/models')
  @ApiOperation({ summary: 'Models Ollama reports (original route)', description: 'Same answer as `GET /brain/list-models`.' })
  brainModels(): Promise<BrainModelsDto> {
    return this.compat.brainModels();
  }

  @Post('voice/settings')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Update Daena's voice settings (original method)", description: 'Alias of `PATCH /voice/settings`.' })
  updateVoiceSettings(@Body() dto: UpdateVoiceSettingsDto, @CurrentPrincipal() principal: Principal): Promise<VoiceSettingsUpdateDto> {
    return this.compat.updateVoiceSettings(dto, principal);
  }

  @Post('voice/talk-mode')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Talk mode on or off (original route)', description: 'Alias of `POST /voice/talk`.' })
  talkMode(@Body() dto: ToggleVoiceDto, @CurrentPrincipal() principal: Principal): Promise<TalkModeDto> {
    return this.compat.talkMode(dto.enabled, principal);
  }

  @Get('voice/test')
  @ApiOperation({ summary: 'Voice self-test (original route)', description: 'Reports that speech synthesis is not available (this server stores voice settings only).' })
  voiceTest(): Promise<VoiceTestDto> {
    return this.compat.voiceTest();
  }
}
