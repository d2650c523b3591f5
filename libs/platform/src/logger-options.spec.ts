import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Params } from 'nestjs-pino';
import pino, { DestinationStream, LoggerOptions } from 'pino';
import { loggerOptions } from './logger-options';

type Props = (req: { headers: Record<string, string>; principal?: { staffRef: string } }) => { actor?: string };

/** The pino logger nestjs-pino builds from these parameters, writing JSON into `sink` unless the options bring their own stream. */
function loggerFrom(params: Params, sink: PassThrough) {
  const [options, stream] = Array.isArray(params.pinoHttp) ? params.pinoHttp : [params.pinoHttp, undefined];
  return pino(options as LoggerOptions, (stream as DestinationStream | undefined) ?? sink);
}

function capture(): { sink: PassThrough; text(): string } {
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { sink, text: () => text };
}

describe('request logs', () => {
  const optionsOf = (params: Params) => (Array.isArray(params.pinoHttp) ? params.pinoHttp[0] : params.pinoHttp) as unknown as { customProps: Props };

  it.each([false, true])('name an actor only by a reference that passed validation (pretty: %s)', (pretty) => {
    const props = optionsOf(loggerOptions('info', { pretty })).customProps;
    expect(props({ headers: {}, principal: { staffRef: 'ST-7K3Q9P' } }).actor).toBe('ST-7K3Q9P');
    expect(props({ headers: { 'x-vigil-actor': 'ST-7K3Q9P' } }).actor).toBeUndefined(); // asserted, not signed in
    expect(props({ headers: {}, principal: { staffRef: 'Jensen, Mette' } }).actor).toBeUndefined();
  });
});

describe('log output', () => {
  it('is JSON lines when not a terminal', () => {
    const out = capture();
    loggerFrom(loggerOptions('info', { pretty: false }), out.sink).info({ context: 'ProjectionWorker' }, 'Running projections');
    const line = JSON.parse(out.text().trim());
    expect(line).toMatchObject({ level: 30, context: 'ProjectionWorker', msg: 'Running projections' });
  });

  it('is one readable line per entry in a terminal, written at once (before whatever the process prints next)', () => {
    const out = capture();
    const logger = loggerFrom(loggerOptions('info', { pretty: true, destination: out.sink }), out.sink);
    logger.info({ context: 'ProjectionWorker' }, 'Running projections');
    logger.info({ req: { method: 'GET', url: '/health' }, res: { statusCode: 200 }, responseTime: 3 }, 'request completed');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/INFO.*\[ProjectionWorker\] Running projections$/);
    expect(lines[1]).toMatch(/INFO.*GET \/health 200 3 ms$/);
    expect(() => JSON.parse(lines[0])).toThrow();
  });

  it("keeps Nest's start-up chatter (a line per module and route) out of a terminal at info, and shows it at debug", () => {
    const chatter = (level: string) => {
      const out = capture();
      const logger = loggerFrom(loggerOptions(level, { pretty: true, destination: out.sink }), out.sink);
      logger.info({ context: 'RouterExplorer' }, 'Mapped {/incidents, GET} route');
      logger.info({ context: 'InstanceLoader' }, 'ApiModule dependencies initialized');
      logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
      return out.text();
    };
    expect(chatter('info')).not.toMatch(/Mapped|dependencies initialized/);
    expect(chatter('info')).toMatch(/Nest application successfully started/);
    expect(chatter('debug')).toMatch(/Mapped \{\/incidents, GET\} route/);
  });

  it('chooses by whether stdout is a terminal', () => {
    const isTTY = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
    try {
      Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
      expect(Array.isArray(loggerOptions('info').pinoHttp)).toBe(true);
      Object.defineProperty(process.stdout, 'isTTY', { value: undefined, configurable: true });
      expect(Array.isArray(loggerOptions('info').pinoHttp)).toBe(false);
    } finally {
      if (isTTY) Object.defineProperty(process.stdout, 'isTTY', isTTY);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
    }
  });

  it('pretty-prints with a package installed for production, not a dev dependency', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
    expect(manifest.dependencies).toHaveProperty('pino-pretty');
    expect(manifest.devDependencies ?? {}).not.toHaveProperty('pino-pretty');
  });
});
