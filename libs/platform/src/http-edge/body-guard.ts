import { said } from '@vigil/event-sourcing';
import { FieldError, localizeProblem, problem, ProblemDetails, readerOf, saidProblem, WORDS } from '@vigil/http-problems';
import type { NextFunction, Request, Response } from 'express';

/** Deeper than any command needs; deep enough bodies otherwise overflow the validator's stack. */
export const MAX_BODY_DEPTH = 16;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The first thing wrong with a parsed body's shape, walked without recursion: too deep, or a prototype key. */
export function bodyShapeProblem(body: unknown, maxDepth = MAX_BODY_DEPTH): FieldError | null {
  const stack: [unknown, number, string][] = [[body, 0, '']];
  while (stack.length) {
    const [value, depth, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth)
      return { field: path || '(body)', message: `nested more than ${maxDepth} levels deep`, [WORDS]: said('validation.too-deep', { max: maxDepth }) };
    for (const key of Object.keys(value)) {
      const field = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return { field, message: `"${key}" is not a field of any request`, [WORDS]: said('validation.unknown-field') };
      stack.push([(value as Record<string, unknown>)[key], depth + 1, field]);
    }
  }
  return null;
}

/** Answered here, before Nest: in the reader's language as the ProblemFilter's answers are. */
function send(response: Response, request: Request, body: ProblemDetails): void {
  response
    .status(body.status)
    .type('application/problem+json')
    .json(localizeProblem({ ...body, instance: request.originalUrl }, readerOf(request, response)));
}

/** Where a CSV file is the body: an import of another register's export. */
export const CSV_UPLOADS = ['/statistics/imports'];

/** Commands take JSON only (415 otherwise, never a silently empty body), of a sane depth and without prototype keys. */
export function bodyGuard(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const csv = CSV_UPLOADS.includes(request.path) && request.method === 'POST';
  if (WRITES.has(request.method) && hasBody && !request.is(csv ? ['text/csv'] : ['application/json', 'application/*+json'])) {
    const sent = request.headers['content-type'] ?? 'no Content-Type';
    const wanted = csv ? 'text/csv' : 'application/json';
    return send(
      response,
      request,
      saidProblem(415, 'unsupported-media-type', said('problem.unsupported-media-type.detail', { wanted, sent }), `Send the body as ${wanted}, not ${sent}`),
    );
  }
  const shape = bodyShapeProblem(request.body);
  if (shape) return send(response, request, problem(400, 'validation', 'The request is not valid', `${shape.field}: ${shape.message}`, { errors: [shape] }));
  next();
}
