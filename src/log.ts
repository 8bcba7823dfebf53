/** Structured logging: pino, JSON lines to stderr, with secrets redacted. */
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/** Paths that may hold a secret in a logged object; pino replaces them with "[redacted]". */
const REDACT = ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization', 'Authorization'];

/**
 * Creates the process logger. Writes synchronously to stderr (fd 2) so that the last lines before an exit are kept.
 * `destination` lets tests capture the lines.
 */
export function createLogger(level: LogLevel = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { app: 'citebot' }, redact: { paths: REDACT, censor: '[redacted]' } },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

/** A logger that drops everything (tests). */
export const silentLogger = (): Logger => pino({ level: 'silent' });
