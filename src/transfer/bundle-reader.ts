import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { BundleError } from './bundle-format';

export interface BundleLine {
  text: string;
  /** 1-based. */
  line: number;
  /** False only for a last line without its "\n" (a cut file). */
  terminated: boolean;
}

export async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The file's lines (gunzipped when it starts with the gzip magic bytes), streamed. */
export async function* readLines(file: string): AsyncGenerator<BundleLine> {
  let source: Readable = createReadStream(file);
  if (await isGzip(file)) source = source.pipe(createGunzip());
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of source) {
      pending += decoder.write(chunk as Buffer);
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        line += 1;
        yield { text: pending.slice(0, newline), line, terminated: true };
        pending = pending.slice(newline + 1);
      }
    }
  } catch (error) {
    throw new BundleError(`the gzip stream is corrupt or cut short (${(error as Error).message})`, { line: line + 1 });
  } finally {
    source.destroy();
  }
  pending += decoder.end();
  if (pending) yield { text: pending, line: line + 1, terminated: false };
}
