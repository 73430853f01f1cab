import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const TOOL_NAME_PATTERN = /^[a-z][a-z0-9_.-]{0,63}$/;

/** `POST /connections`: upsert by tool_name. Credentials are validated (and encrypted) by the service. */
export class CreateConnectionDto {
  @ApiProperty({ example: 'github' })
  @IsString()
  @Matches(TOOL_NAME_PATTERN, { message: 'tool_name must be 1-64 lower-case letters, digits or _ . -, starting with a letter' })
  tool_name: string;

  @ApiProperty({ description: 'Secret fields (string values); stored encrypted, never returned', example: { token: 'ghp_…' } })
  @IsObject()
  credentials: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Non-secret settings (returned as stored)' })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  display_name?: string;
}

export class UpdateConnectionDto {
  @ApiPropertyOptional({ description: 'null puts back the default name', nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  display_name?: string | null;

  @ApiPropertyOptional({ description: 'Replaces every stored credential field' })
  @IsOptional()
  @IsObject()
  credentials?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Replaces the settings' })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}
