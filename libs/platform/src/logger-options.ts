import { Params } from 'nestjs-pino';

/** Request logs name the actor's pseudonymous reference only; bodies and free text never reach the log. */
export function loggerOptions(level: string): Params {
  return {
    pinoHttp: {
      level,
      transport: process.stdout.isTTY && level !== 'silent' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
      customProps: (req) => ({ actor: req.headers['x-vigil-actor'] }),
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'req.body', '*.description', '*.reason'], remove: true },
    },
  };
}
