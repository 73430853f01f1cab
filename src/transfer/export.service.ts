import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleHeader, Manifest, SectionHasher, SECTIONS } from './bundle-format';
import { TransferRepository } from './transfer.repository';

export interface ExportOptions {
  gzip?: boolean;
  withoutCredentials?: boolean;
  /** Called after every row with the section and how many rows of it are out (CLI progress). */
  onProgress?: (section: string, rows: number) => void;
}

/** Lines per chunk handed to the stream: big enough to amortise, small enough to keep memory flat. */
const LINES_PER_CHUNK = 256;

@Injectable()
export class ExportService {
  constructor(private readonly repository: TransferRepository) {}

  /** The whole company as a bundle stream, read from one snapshot; gzip optional. */
  stream(options: ExportOptions = {}): Readable {
    const lines = Readable.from(this.lines(options), { objectMode: false, highWaterMark: 1 << 16 });
    return options.gzip ? lines.pipe(createGzip()) : lines;
  }

  /** Row counts per section as they stand now (what an export would hold). */
  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const section of SECTIONS) counts[section] = await this.repository.count(section);
    return counts;
  }

  private async *lines(options: ExportOptions): AsyncGenerator<string> {
    const exportedAt = new Date().toISOString();
    const header: BundleHeader = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exported_at: exportedAt,
      source: { dialect: this.repository.dialect, app: 'daena-backend' },
      sections: [...SECTIONS],
      options: { credentials: !options.withoutCredentials },
    };
    yield `${JSON.stringify({ bundle: header })}\n`;
    const manifest: Manifest = { version: BUNDLE_VERSION, exported_at: exportedAt, sections: {} };
    const snapshot = await this.repository.openSnapshot();
    try {
      for (const section of SECTIONS) {
        yield `${JSON.stringify({ section })}\n`;
        const hasher = new SectionHasher();
        let chunk = '';
        let inChunk = 0;
        for await (const row of this.repository.readSection(snapshot, section)) {
          if (section === 'connections' && options.withoutCredentials) row.credentials_encrypted = null;
          const line = `${JSON.stringify({ row })}\n`;
          hasher.add(line);
          chunk += line;
          options.onProgress?.(section, hasher.count);
          if (++inChunk >= LINES_PER_CHUNK) {
            yield chunk;
            chunk = '';
            inChunk = 0;
          }
        }
        if (chunk) yield chunk;
        const summary = { count: hasher.count, sha256: hasher.digest() };
        manifest.sections[section] = summary;
        yield `${JSON.stringify({ end: { section, ...summary } })}\n`;
      }
    } finally {
      await snapshot.close();
    }
    yield `${JSON.stringify({ manifest })}\n`;
  }
}
