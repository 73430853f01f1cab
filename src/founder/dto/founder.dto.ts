import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsDefined, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class SetConfigValueDto {
  /** Checked against the key's type and limits by the service (bool, int, float, string, json; null only where allowed). */
  @ApiProperty({ description: "The new value, of the key's type", example: true })
  @ValidateIf((o: SetConfigValueDto) => o.value !== null)
  @IsDefined()
  value: unknown;
}

export class RollbackConfigDto {
  @ApiProperty({ description: 'The older version whose value becomes a new version', example: 2 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class EmergencyStopDto {
  @ApiPropertyOptional({ example: 'runaway generation' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ResetDto {
  @ApiProperty({ description: 'Must be true', example: true })
  @Equals(true, { message: 'confirm must be true' })
  confirm: true;
}
