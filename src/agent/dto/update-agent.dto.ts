import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { AGENT_ROLES, type AgentRole } from '../entities/agent.entity';
import { trim } from '../../common/dto/trim';
import { SLUG_PATTERN } from './create-agent.dto';

/** Every field optional; the service refuses an empty patch. */
export class UpdateAgentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: AGENT_ROLES })
  @IsOptional()
  @IsIn(AGENT_ROLES)
  role?: AgentRole;

  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  type?: string;

  @ApiPropertyOptional({ example: 'idle' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z_]{0,29}$/, { message: 'status must be a lower-case word (a-z, _)' })
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;

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

  @ApiPropertyOptional({ description: 'Move the agent to another department (slug)' })
  @IsOptional()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'department must be a department slug' })
  department?: string;

  @ApiPropertyOptional({ description: "The original's flag (back the agent up on change); stored with the agent" })
  @IsOptional()
  @IsBoolean()
  auto_backup?: boolean;
}

/** `PATCH /agents/:cell_id?auto_backup=`: where the original read the flag. */
export class UpdateAgentQueryDto {
  @ApiPropertyOptional({ description: 'Same as the body field `auto_backup` (the body wins when both are given)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  auto_backup?: boolean;
}
