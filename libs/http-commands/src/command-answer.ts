import { CommandMeta, CommandOutcome } from '@vigil/command-handling';
import type { Response } from 'express';
import { CommandRequestInfo, expectedRevisionOf } from './command-request';

/** Who asks and what they saw, from the request: the meta every dispatched command carries. */
export function commandMeta(actor: string, request: CommandRequestInfo, bodyRevision?: number): CommandMeta {
  const expectedRevision = expectedRevisionOf(request, bodyRevision);
  return {
    actor,
    correlationId: request.correlationId,
    ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
    ...(expectedRevision !== undefined ? { expectedRevision } : {}),
  };
}

/** The answer to every command: the new revision, also as ETag, beside what the slice adds. */
export function answer<T extends object>(response: Response, outcome: CommandOutcome, extra: T): T & { revision: number; alreadyRecorded: boolean } {
  response.setHeader('ETag', `"${outcome.revision}"`);
  return { ...extra, revision: outcome.revision, alreadyRecorded: outcome.alreadyRecorded };
}
