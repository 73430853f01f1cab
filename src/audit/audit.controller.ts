import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { AuditService } from './audit.service';
import { AuditPageDto, AuditStatsDto, ChainVerificationDto } from './dto/audit-response.dto';
import { AuditRangeQueryDto, ExportAuditQueryDto, ListAuditQueryDto } from './dto/audit-query.dto';

@ApiTags('Audit')
@ApiBearerAuth()
@FounderOnly()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Event log rows newest first, filtered; keyset pages via `next_cursor`. */
  @Get('events')
  findAll(@Query() query: ListAuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }

  /** Counts by type, by actor and per UTC hour over `since`..`until`. */
  @Get('stats')
  stats(@Query() query: AuditRangeQueryDto): Promise<AuditStatsDto> {
    return this.audit.stats(query);
  }

  /** The filtered rows as a streamed CSV or JSONL download, ascending by id. */
  @Get('export')
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({
    description: 'CSV (RFC 4180, a header line) or JSON Lines: one audit row per line, ascending by id; sent as an attachment.',
    content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } },
  })
  export(@Query() query: ExportAuditQueryDto): Promise<StreamableFile> {
    return this.audit.export(query);
  }

  /** Walks the hash chain and names the first row that does not match. */
  @Get('verify')
  verify(): Promise<ChainVerificationDto> {
    return this.audit.verify();
  }
}
