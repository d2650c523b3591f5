import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { StaleRevisionError } from '@vigil/event-sourcing';
import { ProblemFilter, RETRY_AFTER_SECONDS } from './problem.filter';

/** What the filter sent: status, headers, content type and body. */
function answer(error: unknown, acceptLanguage?: string): { status: number; headers: Record<string, string>; type: string; body: Record<string, unknown> } {
  const sent = { status: 0, headers: {} as Record<string, string>, type: '', body: {} as Record<string, unknown> };
  const response = {
    setHeader: (name: string, value: string) => ((sent.headers[name.toLowerCase()] = value), response),
    status: (status: number) => ((sent.status = status), response),
    type: (type: string) => ((sent.type = type), response),
    json: (body: Record<string, unknown>) => ((sent.body = body), response),
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ originalUrl: '/incidents', headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  new ProblemFilter([]).catch(error, host);
  return sent;
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('ProblemFilter while the database is unreachable', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each([
    ['nothing listens (ECONNREFUSED)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a fast shutdown ended the connection (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['the server is starting or stopping (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['the connection closed mid-query', new Error('Connection terminated unexpectedly')],
    ['TypeORM wrapped it', Object.assign(new Error('Query failed'), { driverError: withCode('terminating connection due to administrator command', '57P01') })],
  ])('answers 503 problem+json with Retry-After when %s, never 500', (_, error) => {
    const sent = answer(error);
    expect(sent).toMatchObject({
      status: 503,
      type: 'application/problem+json',
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      body: { status: 503, type: 'https://vigil.example/problems/database-unavailable', instance: '/incidents' },
    });
    expect(JSON.stringify(sent.body)).not.toMatch(/ECONNREFUSED|administrator|127\.0\.0\.1/); // no internals
  });

  it('keeps everything else as it was: 500 for an unknown error, 404, 409 stale revision, none with Retry-After', () => {
    expect(answer(new Error('boom'))).toMatchObject({ status: 500, headers: {}, body: { type: 'https://vigil.example/problems/internal' } });
    expect(answer(withCode('duplicate key', '23505'))).toMatchObject({ status: 500, headers: {} });
    expect(answer(new NotFoundException('nope'))).toMatchObject({ status: 404, headers: {} });
    expect(answer(new StaleRevisionError('incident-1', 1, 2, {}))).toMatchObject({ status: 409, headers: {}, body: { currentRevision: 2 } });
  });
});

describe('ProblemFilter in the reader language', () => {
  const stale = new StaleRevisionError('actioncardrun-5f1c2a9e', 2, 3, {});

  it('says a lost race in words, with no stream name or revision in the text, and keeps the numbers for programs', () => {
    const da = answer(stale, 'da-DK,da;q=0.9');
    expect(da.headers['content-language']).toBe('da');
    expect(da.body).toMatchObject({
      type: 'https://vigil.example/problems/stale-revision',
      status: 409,
      title: 'Registreringen er ændret, siden du hentede den',
      detail: 'En anden har ændret registreringen, efter du åbnede den. Hent den igen for at se ændringen, og prøv så igen.',
      expectedRevision: 2,
      currentRevision: 3,
    });
    const en = answer(stale);
    expect(en.headers['content-language']).toBe('en');
    expect(en.body.detail).toBe('Someone else changed this record after you opened it. Reload it to see what they changed, then try again.');
    for (const { body } of [da, en, answer(stale, 'nb')]) expect(`${body.title} ${body.detail}`).not.toMatch(/actioncardrun|revision|Stream/i);
  });

  it('answers a lost database in Norwegian for a Norwegian reader (no, nn and nb alike)', () => {
    for (const language of ['nb', 'no', 'nn-NO']) {
      const sent = answer(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), language);
      expect(sent.headers['content-language']).toBe('nb');
      expect(sent.body).toMatchObject({ title: 'Databasen kan ikke nås akkurat nå', detail: expect.stringContaining('Prøv igjen om 5 sekunder') });
    }
  });
});
