import { deterministicUuid } from '@vigil/event-sourcing';
import { randomUUID } from 'node:crypto';

/** A new case, assessment or plan id: stable across retries of one request, under the namespace it always had. */
export function newId(kind: 'risk-case' | 'risk-assessment' | 'safety-plan', actor: string, idempotencyKey?: string): string {
  return idempotencyKey ? deterministicUuid(`vigil-${kind}`, actor, idempotencyKey) : randomUUID();
}
