import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { AGENT_ROLES, type AgentRole } from '../entities/agent.entity';
import { trim } from '../../common/dto/trim';


export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,49}$/;
export const CELL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/;

export const DEFAULT_AGENT_ROLE: AgentRole = 'advisor_a';

/** A department slug, or a department's numeric id (a positive integer, or its digits). */
function IsDepartmentRef() {
  return ValidateBy({
    name: 'isDepartmentRef',
    validator: {
      validate: (value: unknown) =>
        (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647) ||
        (typeof value === 'string' && SLUG_PATTERN.test(value)),
      defaultMessage: () => 'department_id must be a department slug or a positive integer id',
    },
  });
}

export class CreateAgentDto {
  @ApiProperty({ example: 'Growth Hacker Marketing' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ description: 'Department slug (required unless `department_id` is given)', example: 'marketing' })
  @ValidateIf((dto: CreateAgentDto) => dto.department_id === undefined || dto.department !== undefined)
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'department must be a department slug' })
  department?: string;

  @ApiPropertyOptional({
    description: "The original's field: the department's slug or numeric id (an alias of `department`)",
    oneOf: [{ type: 'string', example: 'marketing' }, { type: 'integer', example: 4 }],
  })
  @IsOptional()
  @IsDepartmentRef()
  department_id?: string | number;

  @ApiPropertyOptional({ enum: AGENT_ROLES, default: DEFAULT_AGENT_ROLE, description: "Defaults to advisor_a, as in the original" })
  @IsOptional()
  @IsIn(AGENT_ROLES)
  role?: AgentRole;

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
