import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AGENT_ROLES, type AgentRole } from '../entities/agent.entity';

export const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,49}$/;
export const CELL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/;

export class CreateAgentDto {
  @ApiProperty({ example: 'Growth Hacker Marketing' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ description: 'Department slug', example: 'marketing' })
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'department must be a department slug' })
  department: string;

  @ApiProperty({ enum: AGENT_ROLES })
  @IsIn(AGENT_ROLES)
  role: AgentRole;

  @ApiPropertyOptional({ description: 'Human-readable role name; defaults to the role display name' })
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  type?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  capabilities?: string;

  @ApiPropertyOptional({ description: 'Generated (A<d><k>) when absent', example: 'A47' })
  @IsOptional()
  @IsString()
  @Matches(CELL_ID_PATTERN, { message: 'cell_id may hold letters, digits, "_" and "-" (at most 50)' })
  cell_id?: string;
}
