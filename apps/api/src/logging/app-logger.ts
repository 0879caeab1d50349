import pino, { type DestinationStream, type Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The API's one logger: JSON lines (pino). The default destination writes asynchronously in the background (pino
 * flushes it on exit), so a log line costs the request path a string build and a buffer append, not a write(2).
 */
export function createAppLogger(level: LogLevel, destination: DestinationStream = pino.destination({ sync: false })): Logger {
  return pino({ level, base: { service: 'policygraph-api' } }, destination);
}

/** Log levels the Neo4j driver uses. */
export type DriverLogLevel = 'error' | 'warn' | 'info' | 'debug';

/** The Neo4j driver's own log (pool and routing warnings, …) as lines of the API's log. */
export function driverLog(logger: Logger): (level: DriverLogLevel, message: string) => void {
  const child = logger.child({ context: 'Neo4jDriver' });
  return (level, message) => child[level](message);
}
