import { Command, CommandRunner, Option } from 'nest-commander';
import { stat } from 'node:fs/promises';
import { IMPORT_FORMATS, ImportFormat, TransferService } from '../transfer/transfer.service';
import { CliOutput } from './cli-output';
import { Progress } from './progress';

interface ExportOptions {
  gzip?: boolean;
  withoutCredentials?: boolean;
}

@Command({
  name: 'export',
  arguments: '<file>',
  description: 'Export the whole company to a bundle file (JSON Lines; gzip with --gzip or a .gz name); --without-credentials',
})
export class ExportCommand extends CommandRunner {
  constructor(
    private readonly transfer: TransferService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run([file]: string[], options: ExportOptions = {}): Promise<void> {
    const totals = await this.transfer.exportCounts();
    const progress = new Progress(totals);
    const gzip = options.gzip === true || file.endsWith('.gz');
    await this.transfer.exportToFile(file, {
      gzip,
      withoutCredentials: options.withoutCredentials === true,
      onProgress: (section, rows) => progress.update('export', section, rows),
    });
    const rows = Object.values(totals).reduce((a, b) => a + b, 0);
    progress.done(`Exported ${rows.toLocaleString('en')} rows to ${file}`);
    this.output.line(`${file}: ${(await stat(file)).size.toLocaleString('en')} bytes${gzip ? ' (gzip)' : ''}`);
    for (const [section, count] of Object.entries(totals)) this.output.line(`  ${section.padEnd(24)} ${String(count).padStart(9)}`);
  }

  @Option({ flags: '--gzip', description: 'Gzip the bundle (also when the file name ends in .gz)' })
  parseGzip(): boolean {
    return true;
  }

  @Option({ flags: '--without-credentials', description: 'Leave connection credentials out (exported encrypted otherwise)' })
  parseWithoutCredentials(): boolean {
    return true;
  }
}

interface ImportOptions {
  dryRun?: boolean;
  format?: string;
}

@Command({
  name: 'import',
  arguments: '<file>',
  description: 'Import a bundle (restore into an empty database, merge otherwise) or an Open WebUI / LibreChat export; --dry-run, --format',
})
export class ImportCommand extends CommandRunner {
  constructor(
    private readonly transfer: TransferService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run([file]: string[], options: ImportOptions = {}): Promise<void> {
    const format = (options.format ?? 'auto') as ImportFormat;
    if (!IMPORT_FORMATS.includes(format)) return this.output.fail(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
    const progress = new Progress({});
    try {
      const report = await this.transfer.importFile(file, format, {
        dryRun: options.dryRun === true,
        actor: 'cli',
        onProgress: (phase, section, rows) => progress.update(phase, section, rows),
      });
      progress.done(options.dryRun ? 'Dry run: nothing was written' : 'Imported');
      this.output.line(JSON.stringify(report, null, 2));
    } catch (error) {
      const body = (error as { getResponse?: () => { message?: unknown } }).getResponse?.();
      const message = body && Array.isArray(body.message) ? body.message.join('; ') : (error as Error).message;
      progress.done('Import refused: nothing was written');
      this.output.fail(message);
    }
  }

  @Option({ flags: '--dry-run', description: 'Validate and report, write nothing' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--format <format>', description: `One of ${IMPORT_FORMATS.join(', ')} (default auto)` })
  parseFormat(value: string): string {
    return value;
  }
}
