// Refusals that happen before a route runs — an address part over the router's length limit,
// a malformed URL, a request line or headers larger than Node accepts — answered in the same
// `{ error: { code, message } }` shape and Ukrainian as every other refusal (fastify and Node
// would otherwise send their own English bodies).
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';

const body = (message: string) => JSON.stringify({ error: { code: 'VALIDATION', message } });

/** fastify `frameworkErrors`: FST_ERR_BAD_URL, FST_ERR_MAX_PARAM_LENGTH, FST_ERR_ASYNC_CONSTRAINT */
export function frameworkErrors(error: Error & { code?: string }, _req: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 414 : 400;
  const message = tooLong ? 'Адреса запиту задовга' : 'Неправильна адреса запиту';
  void reply.status(status).type('application/json; charset=utf-8').send({ error: { code: 'VALIDATION', message } });
}

/** fastify `clientErrorHandler`: the HTTP parser refused the request itself */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  // a connection reset or a socket already gone: nobody to answer
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text, message] =
    err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'Заголовки або адреса запиту завеликі']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'Запит надходив надто довго']
        : [400, 'Bad Request', 'Неправильний запит'];
  const payload = body(message);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${text}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${payload}`);
  }
  socket.destroy(err);
}
