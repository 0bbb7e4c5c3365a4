import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

const STACK = /\n[ \t]+at .+/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Error);

/**
 * Nest's logger contract over pino. Nest passes the logger context ("RoutesResolver", a class name)
 * as the last string argument, and for errors a stack before it; both become fields, not text.
 */
export class PinoLoggerService implements LoggerService {
  constructor(readonly logger: Logger) {}

  log(message: unknown, ...optionalParams: unknown[]): void {
    this.write('info', message, optionalParams, false);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams, true);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams, false);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams, false);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams, false);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams, true);
  }

  private write(level: Level, message: unknown, optionalParams: unknown[], mayHaveStack: boolean): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const params = [...optionalParams];
    const fields: Record<string, unknown> = {};
    // Nest appends the context last; a lone string after an error message is a stack, not a context.
    const last = params.at(-1);
    if (typeof last === 'string' && !(mayHaveStack && STACK.test(last))) {
      fields.context = last;
      params.pop();
    }
    if (mayHaveStack) {
      const stackIndex = params.findIndex((param) => typeof param === 'string' && STACK.test(param));
      if (stackIndex >= 0) fields.stack = params.splice(stackIndex, 1)[0];
      else if (params.length > 0 && params.at(-1) === undefined) params.pop();
    }
    for (const param of params) {
      if (param instanceof Error) fields.err = param;
      else if (isRecord(param)) Object.assign(fields, param);
      else if (param !== undefined) fields.params = [...((fields.params as unknown[] | undefined) ?? []), param];
    }
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (isRecord(message)) {
      const { msg, message: text, ...rest } = message;
      const line = typeof msg === 'string' ? msg : typeof text === 'string' ? text : undefined;
      this.logger[level]({ ...fields, ...rest }, line);
    } else {
      this.logger[level](fields, typeof message === 'string' ? message : String(message));
    }
  }
}
