import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody } from './filters/all-exceptions.filter';

const STATUS_OF: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 };
const MESSAGE_OF: Record<number, string> = {
  431: 'Request headers are too large',
  408: 'The request was not received in time',
  400: 'The request is not valid HTTP',
};

/**
 * Requests Node's HTTP parser refuses (headers over its limit, a malformed request line, a bad
 * Content-Length) never reach Express; Node's own answer has no body. This writes the one error body
 * instead, on the raw socket, then closes it (the connection's framing can no longer be trusted).
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    // Only when nothing of a response has been written on this connection yet (as Node's default does).
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const status = STATUS_OF[error.code ?? ''] ?? 400;
    const path = /^[A-Z]+ (\/\S{0,500})/.exec(error.rawPacket?.toString('latin1') ?? '')?.[1] ?? '';
    const body = JSON.stringify(errorBody(status, MESSAGE_OF[status], path, randomUUID()));
    socket.end(
      `HTTP/1.1 ${status} ${errorBody(status, '', '', null).error}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
