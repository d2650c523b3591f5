import { logLevel, LogEntry } from 'kafkajs';

export interface BusLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * kafkajs logs retriable broker errors (coordinator loading, broker gone) as ERROR; they are
 * expected during restarts, so they go out as warnings and only non-retriable ones as errors.
 */
export function kafkajsLogCreator(logger: BusLogger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const retriable = (fields as { retriable?: boolean }).retriable !== false;
      if (level === logLevel.ERROR && !retriable) logger.error({ kafkajs: fields }, message);
      else if (level <= logLevel.WARN) logger.warn({ kafkajs: fields }, message);
    };
}

export const consoleBusLogger: BusLogger = {
  info: (fields, message) => console.info(message, fields),
  warn: (fields, message) => console.warn(message, fields),
  error: (fields, message) => console.error(message, fields),
};
