import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Logger, Optional } from '@nestjs/common';
import { EventIdConflictError, InvalidEventError, WrongExpectedRevisionError } from '@vigil/event-store';
import { StaleRevisionError } from '@vigil/event-sourcing';
import { isConnectionError } from '@vigil/postgres';
import type { Request, Response } from 'express';
import { said } from '@vigil/event-sourcing';
import { localizeProblem, readerOf } from './localize-problem';
import { problem, ProblemDetails, saidProblem } from './problem-details';
import { PROBLEM_MAPPERS, PROBLEM_REVEALER, ProblemMapper, ProblemRevealer } from './problem-mapper';

/** Seconds a client is asked to wait before retrying while the database is unreachable (a restart takes a few). */
export const RETRY_AFTER_SECONDS = 5;

/** The English detail of a lost race (the catalogue's `problem.stale-revision.detail`), for logs. */
const STALE_DETAIL = 'Someone else changed this record after you opened it. Reload it to see what they changed, then try again.';

/** Log a 503 for a lost database at most this often: an outage under load is thousands of refused requests. */
const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/**
 * Every error leaves as application/problem+json; unknown ones as a 500 without internals. A database
 * that cannot be reached is a 503 with Retry-After (the request may succeed later), never a 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');
  private unavailableLoggedAt = 0;
  private unavailableSinceLog = 0;

  constructor(
    @Optional() @Inject(PROBLEM_MAPPERS) private readonly mappers: ProblemMapper[] = [],
    @Optional() @Inject(PROBLEM_REVEALER) private readonly reveal?: ProblemRevealer,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // Title, detail and field messages in the reader's language (Accept-Language); type, status and fields stay as they are.
    const body = localizeProblem({ ...this.toProblem(error), instance: request.originalUrl }, readerOf(request, response));
    if (body.status === 503) {
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      if (isConnectionError(error)) this.logUnavailable(error);
    } else if (body.status >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    // A refused command answers with the state it was refused against, whose personal texts are stored sealed.
    if (this.reveal && body.status === 409 && 'current' in body) {
      void this.reveal(body, request).then(
        (opened) => response.status(body.status).type('application/problem+json').json(opened),
        () => response.status(body.status).type('application/problem+json').json(body),
      );
      return;
    }
    response.status(body.status).type('application/problem+json').json(body);
  }

  private logUnavailable(error: unknown): void {
    this.unavailableSinceLog++;
    if (Date.now() - this.unavailableLoggedAt < UNAVAILABLE_LOG_INTERVAL_MS) return;
    this.logger.warn(`Answered ${this.unavailableSinceLog} request(s) with 503: the database is unreachable (${(error as Error).message})`);
    this.unavailableLoggedAt = Date.now();
    this.unavailableSinceLog = 0;
  }

  private toProblem(error: unknown): ProblemDetails {
    if (isConnectionError(error)) {
      return saidProblem(
        503,
        'database-unavailable',
        said('problem.database-unavailable.detail', { seconds: RETRY_AFTER_SECONDS }),
        `Try again after ${RETRY_AFTER_SECONDS} seconds. A command may or may not have been recorded: repeat it with the same Idempotency-Key and it is recorded once.`,
      );
    }
    for (const map of this.mappers ?? []) {
      const mapped = map(error);
      if (mapped) return mapped;
    }
    // A lost race is told in words: someone else changed it, reload and try again; no stream names or revisions.
    const stale = said('problem.stale-revision.detail');
    if (error instanceof StaleRevisionError) {
      return saidProblem(409, 'stale-revision', stale, STALE_DETAIL, {
        expectedRevision: error.expectedRevision,
        currentRevision: error.currentRevision,
        current: error.current,
      });
    }
    if (error instanceof WrongExpectedRevisionError) {
      return saidProblem(409, 'stale-revision', stale, STALE_DETAIL, {
        expectedRevision: error.expected,
        currentRevision: error.actual,
      });
    }
    if (error instanceof EventIdConflictError) return problem(409, 'command-id-conflict', 'This command id was already used', error.message);
    if (error instanceof InvalidEventError) return problem(400, 'invalid-event', 'The request cannot be recorded', error.message);
    const bodyParser = error as { type?: string; status?: number; limit?: number; message?: string };
    if (bodyParser.type === 'entity.too.large') {
      return saidProblem(
        413,
        'too-large',
        said('problem.too-large.detail', { limit: bodyParser.limit ?? 0 }),
        `The body may be at most ${bodyParser.limit} bytes`,
      );
    }
    if (bodyParser.type === 'entity.parse.failed') {
      return saidProblem(400, 'malformed-json', said('problem.malformed-json.detail'), bodyParser.message ?? 'Malformed JSON');
    }
    if (error instanceof HttpException) {
      const response = error.getResponse();
      if (typeof response === 'object' && response && 'type' in response && 'status' in response) return response as ProblemDetails;
      const status = error.getStatus();
      return problem(status, status === 404 ? 'not-found' : 'http-error', error.name, error.message);
    }
    return saidProblem(500, 'internal', said('problem.internal.detail'), 'The server failed to handle this request; it has been logged.');
  }
}
