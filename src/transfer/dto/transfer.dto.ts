import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IMPORT_FORMATS } from '../transfer.service';
import type { ImportFormat } from '../transfer.service';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** `GET /founder/export` */
export class ExportQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Gzip the bundle (Content-Type application/gzip)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  gzip?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Leave connection credentials out (they are exported encrypted otherwise)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  without_credentials?: boolean;
}

/** `POST /founder/import` */
export class ImportQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_FORMATS, default: 'auto', description: 'What the body is; detected when `auto`' })
  @IsOptional()
  @IsIn(IMPORT_FORMATS)
  format?: ImportFormat;

  @ApiPropertyOptional({ default: false, description: 'Validate and report what would change, write nothing' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  dry_run?: boolean;
}

export class SectionReportDto {
  @ApiProperty() in_bundle: number;
  @ApiProperty() inserted: number;
  @ApiProperty({ description: 'Already there with the same content' }) unchanged: number;
  @ApiProperty({ description: "Already there with other content: the database's version is kept" }) conflicts: number;
  @ApiProperty({ description: 'Not imported (the event log in a merge)' }) skipped: number;
}

export class ImportConflictDto {
  @ApiProperty() section: string;
  @ApiProperty({ description: 'The natural key, e.g. slug="engineering"' }) key: string;
  @ApiProperty() reason: string;
}

export class ImportedSessionDto {
  @ApiProperty({ format: 'uuid' }) session_id: string;
  @ApiProperty() title: string;
  @ApiProperty() messages: number;
  @ApiProperty({ description: "The chat's id in the tool it came from" }) source_id: string;
}

@ApiExtraModels(SectionReportDto)
/** One response for every format: bundle fields for `daena`, chat fields for the foreign formats. */
export class ImportReportDto {
  @ApiProperty({ enum: ['daena', 'openwebui', 'librechat'] }) format: string;
  @ApiProperty() dry_run: boolean;
  @ApiPropertyOptional({ enum: ['restore', 'merge'], description: 'daena: `restore` into an empty database (ids kept), else `merge` by natural keys' })
  mode?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(SectionReportDto) } })
  sections?: Record<string, SectionReportDto>;
  @ApiPropertyOptional({ type: [ImportConflictDto], description: 'daena: the first 200 conflicts' }) conflicts?: ImportConflictDto[];
  @ApiPropertyOptional() conflicts_total?: number;
  @ApiPropertyOptional({ type: [String] }) notes?: string[];
  @ApiPropertyOptional() chats_in_file?: number;
  @ApiPropertyOptional() sessions_created?: number;
  @ApiPropertyOptional() messages_created?: number;
  @ApiPropertyOptional({ description: 'Chats imported before (same tool and chat id), left as they are' }) already_imported?: number;
  @ApiPropertyOptional({ type: [ImportedSessionDto] }) sessions?: ImportedSessionDto[];
}
