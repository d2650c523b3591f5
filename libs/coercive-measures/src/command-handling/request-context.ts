import { createParamDecorator, ExecutionContext, ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationException } from '@vigil/http-problems';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

export interface CommandRequestInfo {
  idempotencyKey?: string;
  correlationId: string;
}

/** Idempotency-Key and correlation id of a command request. */
export const CommandRequest = createParamDecorator((_: unknown, context: ExecutionContext): CommandRequestInfo => {
  const request = context.switchToHttp().getRequest<Request>();
  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
    throw new RequestValidationException([{ field: 'Idempotency-Key', message: 'must be 8-100 letters, digits or . _ : -' }]);
  }
  const correlationId = request.header('x-correlation-id');
  return { idempotencyKey, correlationId: correlationId && KEY.test(correlationId) ? correlationId : randomUUID() };
});

/** The `:id` path parameter as a UUID, or 400 naming `id`. */
export const placementIdParam = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });
