import { Agent, request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON body, or null when the body is not JSON. */
  body: Record<string, unknown> | null;
}

export interface RawRequest {
  method: string;
  /** Sent byte for byte: no URL normalisation (supertest would resolve `..` and re-encode). */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body with Transfer-Encoding: chunked instead of Content-Length. */
  chunked?: boolean;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** One HTTP request with full control over the path, headers and body bytes. */
export function rawRequest(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const headers: Record<string, string> = { ...req.headers };
  if (req.body !== undefined && !req.chunked) headers['content-length'] = String(Buffer.byteLength(req.body));
  return new Promise((resolve, reject) => {
    const r = request({ host: hostname, port, method: req.method, path: req.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, unknown> | null = null;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          body = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
      });
      res.on('error', reject);
    });
    // The server may answer (413) and close before the whole body is written: the answer is what counts.
    r.on('error', reject);
    if (req.body !== undefined) {
      if (req.chunked) {
        const data = Buffer.from(req.body);
        for (let i = 0; i < data.length; i += 64 * 1024) r.write(data.subarray(i, i + 64 * 1024));
      } else r.write(req.body);
    }
    r.end();
  });
}
