import { isStaffRef } from '@vigil/actors';
import { Params } from 'nestjs-pino';
import type { DestinationStream, Logger } from 'pino';
import type { Options } from 'pino-http';
import PinoPretty from 'pino-pretty';

/** Where logs go: one readable line each for a person at a terminal, JSON lines for anything that collects them. */
export interface LogOutput {
  readonly pretty: boolean;
  /** Pretty output's stream (stdout unless a test captures it). */
  readonly destination?: NodeJS.WritableStream;
}

/** Nest's start-up chatter (one line per module and per route, some 80 in all): debug in a terminal, so the start banner stays on screen. */
const START_UP_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Pretty in a terminal, JSON when stdout is a file or a pipe (a container's log collector, a test that reads the output). */
export const defaultLogOutput = (): LogOutput => ({ pretty: process.stdout.isTTY === true });

/** Request logs name the actor's pseudonymous reference only; bodies and free text never reach the log. */
export function loggerOptions(level: string, output: LogOutput = defaultLogOutput()): Params {
  const options: Options = {
    level,
    // Only the reference of a verified sign-in (the AuthGuard's principal, set by the time the answer is logged): nothing a client asserts.
    customProps: (req) => {
      const actor = (req as { principal?: { staffRef?: unknown } }).principal?.staffRef;
      return { actor: isStaffRef(actor) ? actor : undefined };
    },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'req.body', '*.description', '*.reason'], remove: true },
  };
  if (!output.pretty || level === 'silent') return { pinoHttp: options };
  const hooks = {
    logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...args: Parameters<Logger['info']>) => void, levelValue: number) {
      const context = (args[0] as { context?: unknown } | undefined)?.context;
      if (levelValue === 30 && typeof context === 'string' && START_UP_CHATTER.has(context)) return this.debug(...args);
      return method.apply(this, args);
    },
  };
  // Written synchronously in this thread (no transport worker), so a line logged before the start banner prints before it.
  const pretty: DestinationStream = PinoPretty({
    destination: output.destination ?? 1,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: prettyMessage,
  });
  return { pinoHttp: [{ ...options, hooks }, pretty] };
}

/** `[Context] message`, and a request as `GET /path 200 3 ms`. */
function prettyMessage(log: Record<string, unknown>, messageKey: string): string {
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  const request = req && res ? `${req.method} ${req.url} ${res.statusCode}${typeof log.responseTime === 'number' ? ` ${log.responseTime} ms` : ''}` : '';
  const message = String(log[messageKey] ?? '');
  const text = request && message === 'request completed' ? request : [message, request].filter(Boolean).join(' · ');
  return typeof log.context === 'string' ? `[${log.context}] ${text}` : text;
}
