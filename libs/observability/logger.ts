import pino, { DestinationStream, Logger } from 'pino';
import { LoggerService } from '@nestjs/common';

/**
 * JSON logs with the request id. Personal data never goes into a log line: we log ids, codes and
 * counts, and the redact list is a second line of defence for fields that must never appear.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.bsn',
  '*.name',
  '*.description',
  '*.text',
  '*.variables',
  '*.dateOfBirth',
];

let root: Logger | undefined;

export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  root = pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { service: process.env.VANGRAIL_PROCESS ?? 'vangrail' } }, destination);
  return root;
}

export function rootLogger(): Logger {
  return (root ??= createRootLogger(process.env.LOG_LEVEL ?? 'info'));
}

/** Nest's logger interface on top of pino, so framework and our own lines share one format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger = rootLogger()) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, context?: string, trace?: string): void {
    if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, trace, ...(message as object) });
    } else {
      this.logger[level]({ context, trace }, String(message));
    }
  }
}
