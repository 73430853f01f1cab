import { Controller, Get, HttpCode, HttpStatus, Post, Query, Req, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { AllowDuringMaintenance } from '../common/decorators/maintenance.decorator';
import { STREAMED_UPLOAD_TYPES } from '../common/middleware/input-guard.middleware';
import { ExportQueryDto, ImportQueryDto, ImportReportDto } from './dto/transfer.dto';
import { AnyImportReport, TransferService } from './transfer.service';

@ApiTags('Founder')
@ApiBearerAuth()
@FounderOnly()
@AllowDuringMaintenance()
@Controller('founder')
export class TransferController {
  constructor(private readonly transfer: TransferService) {}

  @Get('export')
  @ApiOperation({
    summary: 'Export the whole company as a bundle (JSON Lines, optionally gzipped), streamed',
    description: 'Sections in dependency order, each with its row count and SHA-256, then a manifest. Read from one database snapshot. See docs/export-import.md.',
  })
  @ApiProduces('application/x-ndjson', 'application/gzip')
  @ApiOkResponse({ description: 'The bundle', schema: { type: 'string', format: 'binary' } })
  export(@Query() query: ExportQueryDto): StreamableFile {
    return new StreamableFile(this.transfer.exportStream({ gzip: query.gzip, withoutCredentials: query.without_credentials }), {
      type: query.gzip ? 'application/gzip' : 'application/x-ndjson',
      disposition: `attachment; filename="daena-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl${query.gzip ? '.gz' : ''}"`,
    });
  }

  @Post('import')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import a bundle, or an Open WebUI / LibreChat chat export, sent as the raw body',
    description:
      'Validates everything before writing (version, checksums, references, hash chain); then one transaction. ' +
      'Into an empty database: restores every row with its id. Otherwise: merges by natural keys and reports conflicts. ' +
      `Body content type: ${STREAMED_UPLOAD_TYPES.join(', ')}.`,
  })
  @ApiBody({ required: true, schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportReportDto })
  import(@Query() query: ImportQueryDto, @Req() request: Request, @CurrentPrincipal() principal: Principal): Promise<AnyImportReport> {
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!STREAMED_UPLOAD_TYPES.includes(type)) throw new UnsupportedMediaTypeException(`Send the file as the body with Content-Type ${STREAMED_UPLOAD_TYPES.join(', ')}`);
    return this.transfer.importUpload(request, query.format ?? 'auto', { dryRun: query.dry_run, actor: actorOf(principal) });
  }
}
