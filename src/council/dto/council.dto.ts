import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { trim } from '../../common/dto/trim';


const COLOR = /^#[0-9A-Fa-f]{3,8}$/;
const ICON = /^[A-Za-z0-9_ :-]{1,50}$/;

export class CreateCouncilDto {
  @ApiProperty({ example: 'Legal Council' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional({ example: 'users' })
  @IsOptional()
  @IsString()
  @Matches(ICON, { message: 'icon must be an icon name (letters, digits, "-", "_", ":", space; at most 50)' })
  icon?: string;

  @ApiPropertyOptional({ example: '#6B7280' })
  @IsOptional()
  @IsString()
  @Matches(COLOR, { message: 'color must be a hex colour such as #6B7280' })
  color?: string;
}

/** Every field optional; the service refuses an empty patch. A rename keeps the slug. */
export class UpdateCouncilDto {
  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(ICON, { message: 'icon must be an icon name (letters, digits, "-", "_", ":", space; at most 50)' })
  icon?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(COLOR, { message: 'color must be a hex colour such as #6B7280' })
  color?: string;
}

export class ListCouncilsQueryDto {
  @ApiPropertyOptional({ description: 'Also list disabled councils' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_disabled?: boolean;
}

export class CreateMemberDto {
  @ApiProperty({ example: 'The Negotiator' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @ApiProperty({ example: 'Deal Maker' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  role: string;

  @ApiPropertyOptional({ description: 'Whose thinking the persona is inspired by', example: 'Chris Voss' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(80)
  persona_source?: string;

  @ApiPropertyOptional({ example: 'handshake' })
  @IsOptional()
  @IsString()
  @Matches(ICON, { message: 'avatar must be an icon name (letters, digits, "-", "_", ":", space; at most 50)' })
  avatar?: string;

  @ApiPropertyOptional({ type: [String], example: ['negotiation', 'contracts'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  expertise?: string[];
}

export class UpdateMemberDto {
  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  role?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(80)
  persona_source?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(ICON, { message: 'avatar must be an icon name (letters, digits, "-", "_", ":", space; at most 50)' })
  avatar?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  expertise?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  display_order?: number;
}
