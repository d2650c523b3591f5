import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { problem, ProblemMapper } from '@vigil/http-problems';
import { StaleRevisionError } from './command-handling/stale-revision.error';
import { ActionCardError } from './domain/action-card.errors';

const STATUS: Record<ActionCardError['code'], number> = {
  'invalid-value': 400,
  'template-not-found': 404,
  'template-already-exists': 409,
  'template-retired': 409,
  'nothing-to-publish': 409,
  'run-not-found': 404,
  'run-already-started': 409,
  'run-completed': 409,
  'step-not-found': 404,
  'step-not-open': 409,
  'step-not-closed': 409,
  'prerequisites-open': 409,
  'note-required': 400,
  'justification-required': 400,
  'reason-required': 400,
  'no-change': 422,
};

/** Action-card errors as HTTP problems; a lost race or stale If-Match answers 409 with the current state. */
export const actionCardProblems: ProblemMapper = (error) => {
  if (error instanceof StaleRevisionError) {
    return problem(409, 'stale-revision', 'The record changed since you read it', `${error.message}. Reload and try again.`, {
      expectedRevision: error.expectedRevision,
      currentRevision: error.currentRevision,
      current: error.current,
    });
  }
  if (!(error instanceof ActionCardError)) return null;
  const status = STATUS[error.code];
  const current = status === 409 && error.current ? { currentRevision: error.current.revision, current: error.current.state } : {};
  return problem(status, error.code, error.code.replace(/-/g, ' '), error.message, { ...(error.field ? { errors: [{ field: error.field, message: error.message }] } : {}), ...current });
};

/**
 * Applied to this context's controllers: the app-wide PROBLEM_MAPPERS token holds one context's
 * list only, so registering ours there would silently displace the incident register's.
 */
@Catch(ActionCardError, StaleRevisionError)
export class ActionCardProblemFilter implements ExceptionFilter {
  catch(error: ActionCardError | StaleRevisionError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = { ...actionCardProblems(error)!, instance: http.getRequest<Request>().originalUrl };
    http.getResponse<Response>().status(body.status).type('application/problem+json').json(body);
  }
}
