import { isStaffRef } from '@vigil/actors';
import { Params } from 'nestjs-pino';

/** Request logs name the actor's pseudonymous reference only; bodies and free text never reach the log. */
export function loggerOptions(level: string): Params {
  return {
    pinoHttp: {
      level,
      transport: process.stdout.isTTY && level !== 'silent' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
      // Only a value that passed validation: a name typed into the header must not reach the log.
      customProps: (req) => ({ actor: isStaffRef(req.headers['x-vigil-actor']) ? req.headers['x-vigil-actor'] : undefined }),
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'req.body', '*.description', '*.reason'], remove: true },
    },
  };
}
