import { BadRequestException, Injectable } from '@nestjs/common';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BundleError } from './bundle-format';
import { isGzip } from './bundle-reader';
import { ExportOptions, ExportService } from './export.service';
import { detectFormat, ForeignFormatError, parseLibreChat, parseOpenWebUi } from './foreign-chats';
import { ForeignImportReport, ForeignImportService } from './foreign-import.service';
import { ImportOptions, ImportReport, ImportService } from './import.service';

export const IMPORT_FORMATS = ['auto', 'daena', 'openwebui', 'librechat'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Foreign exports are read whole (JSON): past this size they are refused rather than risking memory. */
const MAX_FOREIGN_BYTES = 256 * 1024 * 1024;

export type AnyImportReport = ({ format: 'daena' } & ImportReport) | ForeignImportReport;

/** Export and import of the whole company, and imports of other tools' chats: the one entry for the CLI and HTTP. */
@Injectable()
export class TransferService {
  constructor(
    private readonly exporter: ExportService,
    private readonly importer: ImportService,
    private readonly foreign: ForeignImportService,
  ) {}

  exportStream(options: ExportOptions): Readable {
    return this.exporter.stream(options);
  }

  async exportToFile(file: string, options: ExportOptions): Promise<void> {
    await pipeline(this.exporter.stream(options), createWriteStream(file));
  }

  exportCounts(): Promise<Record<string, number>> {
    return this.exporter.counts();
  }

  /** Imports a file of any supported format (detected unless named); nothing is written unless all of it is valid. */
  async importFile(file: string, format: ImportFormat, options: ImportOptions & { actor?: string } = {}): Promise<AnyImportReport> {
    const kind = format === 'auto' ? await this.detect(file) : format;
    try {
      if (kind === 'daena') return { format: 'daena', ...(await this.importer.importBundle(file, options)) };
      if ((await stat(file)).size > MAX_FOREIGN_BYTES) throw new BadRequestException([`a ${kind} export over ${MAX_FOREIGN_BYTES / 2 ** 20} MB is refused`]);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        throw new BadRequestException([`the ${kind} export is not valid JSON`]);
      }
      const chats = kind === 'openwebui' ? parseOpenWebUi(json) : parseLibreChat(json);
      return await this.foreign.importChats(kind, chats, { dryRun: options.dryRun, actor: options.actor });
    } catch (error) {
      if (error instanceof BundleError || error instanceof ForeignFormatError) throw new BadRequestException([error.message]);
      throw error;
    }
  }

  /** An upload (HTTP body) is spooled to a temporary file: validation reads it once, the write once more. */
  async importUpload(body: Readable, format: ImportFormat, options: ImportOptions & { actor?: string }): Promise<AnyImportReport> {
    const dir = await mkdtemp(join(tmpdir(), 'daena-import-'));
    const file = join(dir, 'upload');
    try {
      await pipeline(body, createWriteStream(file));
      if ((await stat(file)).size === 0) throw new BadRequestException(['the request body is empty: send the bundle (or export file) as the body']);
      return await this.importFile(file, format, options);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async detect(file: string): Promise<Exclude<ImportFormat, 'auto'>> {
    if (await isGzip(file)) return 'daena';
    const head = await new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(file, { start: 0, end: 4095, encoding: 'utf8' })
        .on('data', (c) => (text += c))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    const start = head.trimStart();
    if (start.startsWith('{"bundle"')) return 'daena';
    if (start.startsWith('[')) return 'openwebui';
    if (start.startsWith('{')) {
      // A LibreChat export is one object; read it whole only once it is known not to be a bundle.
      if ((await stat(file)).size <= MAX_FOREIGN_BYTES) {
        try {
          const kind = detectFormat(JSON.parse(await readFile(file, 'utf8')));
          if (kind) return kind;
        } catch {
          // not JSON as a whole: fall through
        }
      }
    }
    throw new BadRequestException(['unknown file format: expected a Daena bundle (.jsonl / .jsonl.gz), an Open WebUI chats export or a LibreChat conversation export']);
  }
}
