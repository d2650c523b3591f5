import { deterministicUuid } from '@vigil/event-sourcing';
import { randomUUID } from 'node:crypto';

/** A new review, finding, factor, action or addendum id: stable across retries of one request. */
export function newId(kind: string, actor: string, idempotencyKey?: string): string {
  return idempotencyKey ? deterministicUuid(`vigil-learning-${kind}`, actor, idempotencyKey) : randomUUID();
}
