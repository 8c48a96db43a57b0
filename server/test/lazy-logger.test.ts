// The request's child logger made on its first line writes exactly what pino's own child
// writes (request id, redaction, level), and is not made at all when nothing is logged.
import { Writable } from 'node:stream';
import pino from 'pino';
import { expect, it } from 'vitest';
import { lazyChildLoggerFactory } from '../src/http/lazy-logger';
import type { FastifyInstance } from 'fastify';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info', redact: ['req.headers.authorization'], base: null, timestamp: false }, stream);
  return { lines, logger };
}

const factory = (logger: pino.Logger, reqId: string) => lazyChildLoggerFactory.call({} as FastifyInstance, logger, { reqId }, {}, {} as never);

it('writes the same lines as a pino child, with the request id and redaction', () => {
  const a = capture();
  const b = capture();
  const lazy = factory(a.logger, 'req-7');
  const real = b.logger.child({ reqId: 'req-7' });
  for (const l of [lazy, real]) {
    l.debug('not at this level');
    l.error({ err: new Error('boom'), req: { headers: { authorization: 'Bearer secret' } } }, 'unhandled error');
    l.warn('constraint refused a write');
    l.child({ part: 'x' }).info('from a grandchild');
  }
  expect(a.lines).toEqual(b.lines);
  expect(a.lines.map((l) => l.reqId)).toEqual(['req-7', 'req-7', 'req-7']);
  expect(JSON.stringify(a.lines)).not.toContain('secret');
  expect(lazy.level).toBe('info');
});

it('makes no pino child while nothing is logged', () => {
  const { logger } = capture();
  let made = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    made++;
    return child(...args);
  }) as typeof logger.child;
  const lazy = factory(logger, 'req-8');
  expect(made).toBe(0);
  lazy.error('now');
  lazy.error('again');
  expect(made).toBe(1);
});
