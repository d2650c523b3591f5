import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { RequestValidationException } from '@vigil/http-problems';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const IF_MATCH = /^(?:W\/)?"?(\d+)"?$/;

/** Idempotency-Key, correlation id and the If-Match revision of a command request (shared by the contexts' command controllers). */
export interface CommandRequestInfo {
  idempotencyKey?: string;
  correlationId: string;
  ifMatch?: number;
}

export const CommandRequest = createParamDecorator((_: unknown, context: ExecutionContext): CommandRequestInfo => {
  const request = context.switchToHttp().getRequest<Request>();
  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
    throw new RequestValidationException([{ field: 'Idempotency-Key', message: 'must be 8-100 letters, digits or . _ : -' }]);
  }
  const ifMatchHeader = request.header('if-match');
  const match = ifMatchHeader === undefined ? null : IF_MATCH.exec(ifMatchHeader.trim());
  if (ifMatchHeader !== undefined && !match) throw new RequestValidationException([{ field: 'If-Match', message: 'must be the ETag you read, e.g. "3"' }]);
  const correlationId = request.header('x-correlation-id');
  return {
    idempotencyKey,
    correlationId: correlationId && KEY.test(correlationId) ? correlationId : randomUUID(),
    ...(match ? { ifMatch: Number(match[1]) } : {}),
  };
});

/** The revision the client saw: If-Match or the body's expectedRevision, which must agree when both are sent. */
export function expectedRevisionOf(request: CommandRequestInfo, bodyRevision: number | undefined): number | undefined {
  if (request.ifMatch !== undefined && bodyRevision !== undefined && request.ifMatch !== bodyRevision) {
    throw new RequestValidationException([{ field: 'expectedRevision', message: `disagrees with If-Match ${request.ifMatch}` }]);
  }
  return request.ifMatch ?? bodyRevision;
}
