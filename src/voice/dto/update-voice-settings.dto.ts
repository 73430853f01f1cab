import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { VOICE_LIMITS } from '../voice.constants';

/** `null` passes @IsOptional, so the numeric and boolean fields validate whenever the key is present. */
const present = () => ValidateIf((_: object, value: unknown) => value !== undefined);

export class UpdateVoiceSettingsDto {
  @ApiPropertyOptional({ description: 'Speak replies aloud' })
  @present()
  @IsBoolean()
  talk_active?: boolean;

  @ApiPropertyOptional({ description: 'Listen for the wake word' })
  @present()
  @IsBoolean()
  listen_active?: boolean;

  @ApiPropertyOptional({ description: 'Voice (clone) id; null clears it', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: 'voice_id must be 1-100 letters, digits or _ . : -' })
  voice_id?: string | null;

  @ApiPropertyOptional({ minimum: VOICE_LIMITS.volume.min, maximum: VOICE_LIMITS.volume.max })
  @present()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(VOICE_LIMITS.volume.min)
  @Max(VOICE_LIMITS.volume.max)
  volume?: number;

  @ApiPropertyOptional({ description: 'Words per minute', minimum: VOICE_LIMITS.rate.min, maximum: VOICE_LIMITS.rate.max })
  @present()
  @IsInt()
  @Min(VOICE_LIMITS.rate.min)
  @Max(VOICE_LIMITS.rate.max)
  rate?: number;

  @ApiPropertyOptional({ description: 'Pitch multiplier', minimum: VOICE_LIMITS.pitch.min, maximum: VOICE_LIMITS.pitch.max })
  @present()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(VOICE_LIMITS.pitch.min)
  @Max(VOICE_LIMITS.pitch.max)
  pitch?: number;
}
