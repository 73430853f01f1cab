import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { AuditService } from './audit.service';
import { AuditRangeQueryDto, ExportAuditQueryDto, ListAuditQueryDto } from './dto/audit-query.dto';

@ApiTags('Audit')
@ApiBearerAuth()
@FounderOnly()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Event log rows newest first, filtered; keyset pages via `next_cursor`. */
  @Get('events')
  findAll(@Query() query: ListAuditQueryDto) {
    return this.audit.list(query);
  }

  /** Counts by type, by actor and per UTC hour over `since`..`until`. */
  @Get('stats')
  stats(@Query() query: AuditRangeQueryDto) {
    return this.audit.stats(query);
  }

  /** The filtered rows as a streamed CSV or JSONL download, ascending by id. */
  @Get('export')
  export(@Query() query: ExportAuditQueryDto) {
    return this.audit.export(query);
  }

  /** Walks the hash chain and names the first row that does not match. */
  @Get('verify')
  verify() {
    return this.audit.verify();
  }
}
