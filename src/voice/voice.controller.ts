import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ResetVoiceDto, ToggleVoiceDto } from './dto/toggle-voice.dto';
import { UpdateVoiceSettingsDto } from './dto/update-voice-settings.dto';
import { VoiceResetDto, VoiceSettingsDto, VoiceStatusDto, VoiceToggleDto } from './dto/voice-response.dto';
import { VoiceService } from './voice.service';

/** Voice state only: nothing here synthesises or recognises speech. */
@ApiTags('Voice')
@ApiBearerAuth()
@Controller('voice')
export class VoiceController {
  constructor(private readonly voice: VoiceService) {}

  /** Whether talking and listening are on, and the voices in use. */
  @Get('status')
  status(): Promise<VoiceStatusDto> {
    return this.voice.status();
  }

  /** Daena's settings (defaults until first changed). */
  @Get('settings')
  getSettings(): Promise<VoiceSettingsDto> {
    return this.voice.getDaena();
  }

  /** Changes Daena's voice settings. */
  @Patch('settings')
  updateSettings(@Body() dto: UpdateVoiceSettingsDto, @CurrentPrincipal() principal: Principal): Promise<VoiceSettingsDto> {
    return this.voice.updateDaena(dto, actorOf(principal));
  }

  /** Turns talking on or off. */
  @Post('talk')
  @HttpCode(HttpStatus.OK)
  talk(@Body() dto: ToggleVoiceDto, @CurrentPrincipal() principal: Principal): Promise<VoiceToggleDto> {
    return this.voice.toggle('talk', dto.enabled, actorOf(principal));
  }

  /** Turns listening on or off. */
  @Post('listen')
  @HttpCode(HttpStatus.OK)
  listen(@Body() dto: ToggleVoiceDto, @CurrentPrincipal() principal: Principal): Promise<VoiceToggleDto> {
    return this.voice.toggle('listen', dto.enabled, actorOf(principal));
  }

  /** Resets Daena's voice settings (and the agents' with include_agents). */
  @Post('reset')
  @HttpCode(HttpStatus.OK)
  reset(@Body() dto: ResetVoiceDto, @CurrentPrincipal() principal: Principal): Promise<VoiceResetDto> {
    return this.voice.reset(dto.include_agents ?? false, actorOf(principal));
  }

  /** One agent's voice settings (defaults until first changed). */
  @Get('agents/:cell_id')
  getAgent(@Param('cell_id') cellId: string): Promise<VoiceSettingsDto> {
    return this.voice.getAgent(cellId);
  }

  /** Changes one agent's voice settings. */
  @Patch('agents/:cell_id')
  updateAgent(@Param('cell_id') cellId: string, @Body() dto: UpdateVoiceSettingsDto, @CurrentPrincipal() principal: Principal): Promise<VoiceSettingsDto> {
    return this.voice.updateAgent(cellId, dto, actorOf(principal));
  }

  /** Resets one agent's voice settings to the defaults. */
  @Post('agents/:cell_id/reset')
  @HttpCode(HttpStatus.OK)
  resetAgent(@Param('cell_id') cellId: string, @CurrentPrincipal() principal: Principal): Promise<VoiceResetDto> {
    return this.voice.resetAgent(cellId, actorOf(principal));
  }
}
