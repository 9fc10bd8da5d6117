import pino, { DestinationStream, Logger } from 'pino';
import pinoPretty from 'pino-pretty';
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

/**
 * The process's logger. `pretty` writes readable, coloured lines (development on a terminal); `json`
 * writes one JSON object per line for log collectors. The same redaction applies to both.
 */
export function createRootLogger(level: string, options: { destination?: DestinationStream; format?: 'pretty' | 'json'; service?: string } = {}): Logger {
  const destination = options.format === 'pretty' ? pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true }) : options.destination;
  root = pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { service: options.service ?? 'vangrail' } }, destination);
  return root;
}

/** The logger made at start; before that (and in unit tests) a JSON logger at info level. */
export function rootLogger(): Logger {
  return (root ??= createRootLogger('info'));
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
