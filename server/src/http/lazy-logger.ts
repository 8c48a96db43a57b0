// Fastify makes a pino child logger (bound to the request id) for every request, even with
// request logging off, where most requests never log a line: ~1 % of the server's time while
// kiosks issue tickets (docs/benchmarks.md). This child is made on the first line actually
// written, with the same bindings and options, so every log line still carries its reqId.
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
/** pino's log functions take overloaded arguments: they are passed on unchanged */
type AnyLog = (...args: unknown[]) => void;

class LazyChildLogger implements FastifyBaseLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  private get real(): FastifyBaseLogger {
    return (this.made ??= this.parent.child(this.bindings, this.options));
  }

  get level(): FastifyBaseLogger['level'] {
    return this.real.level;
  }
  set level(level: FastifyBaseLogger['level']) {
    this.real.level = level;
  }

  // methods on the prototype: nothing allocated per request beyond the object itself
  fatal(...args: unknown[]): void {
    (this.real.fatal as AnyLog)(...args);
  }
  error(...args: unknown[]): void {
    (this.real.error as AnyLog)(...args);
  }
  warn(...args: unknown[]): void {
    (this.real.warn as AnyLog)(...args);
  }
  info(...args: unknown[]): void {
    (this.real.info as AnyLog)(...args);
  }
  debug(...args: unknown[]): void {
    (this.real.debug as AnyLog)(...args);
  }
  trace(...args: unknown[]): void {
    (this.real.trace as AnyLog)(...args);
  }
  silent(...args: unknown[]): void {
    (this.real.silent as AnyLog)(...args);
  }

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }
}

/** for `Fastify({ childLoggerFactory })`: only when a real logger is configured */
export const lazyChildLoggerFactory: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) =>
  new LazyChildLogger(logger, bindings, options);
