import { maxHeaderSize, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE } from './problem-details.filter.js';

const statusOf = (code: string | undefined): number =>
  code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;

const detailOf = (status: number): string =>
  status === 431
    ? `the request line and headers exceed ${maxHeaderSize} bytes (a query string that long belongs in a body)`
    : status === 408
      ? 'the request was not received in time'
      : 'the request is not well-formed HTTP/1.1';

/** A whole HTTP response, written straight to the socket: there is no request or response object at this point. */
export const clientErrorResponse = (code: string | undefined): string => {
  const status = statusOf(code);
  const title = STATUS_CODES[status] ?? 'Error';
  const detail = detailOf(status);
  const body = JSON.stringify({ type: 'about:blank', title, status, detail, message: detail });
  return (
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
};

/**
 * What Node's HTTP parser refuses before Express sees it (headers over the size limit, broken HTTP) is answered
 * as a problem document too; Node's own answer is a bare status line without a body.
 */
export const answerClientErrors = (server: Server): void => {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's own handler: nothing to answer on a connection that is gone or already in the middle of a response.
    const responding = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || responding) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
};
