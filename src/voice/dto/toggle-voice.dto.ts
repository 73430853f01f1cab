import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/** `enabled` is required: the original turned voice on whenever the body was missing. */
export class ToggleVoiceDto {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

export class ResetVoiceDto {
  @ApiPropertyOptional({ description: "Also reset every agent's voice settings", default: false })
  @IsOptional()
  @IsBoolean()
  include_agents?: boolean;
}
