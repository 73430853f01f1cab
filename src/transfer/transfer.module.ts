import { Module } from '@nestjs/common';
import { ExportService } from './export.service';
import { ForeignImportService } from './foreign-import.service';
import { ImportService } from './import.service';
import { TransferController } from './transfer.controller';
import { TransferRepository } from './transfer.repository';
import { TransferService } from './transfer.service';

/** Export / import of the whole company (bundle) and imports of other tools' chats. */
@Module({
  controllers: [TransferController],
  providers: [TransferRepository, ExportService, ImportService, ForeignImportService, TransferService],
  exports: [TransferService],
})
export class TransferModule {}
