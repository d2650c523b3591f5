import { createHash, randomUUID } from 'node:crypto';

/** A name-based (v5-style) UUID: the same parts always give the same id, so retries store nothing new. */
export function deterministicUuid(...parts: string[]): string {
  const bytes = createHash('sha1').update(parts.join('\u001f')).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Event ids for one command: from its idempotency key when given, random otherwise. */
export function eventIdsFor(count: number, idempotencyKey: string | undefined, scope: string): string[] {
  return Array.from({ length: count }, (_, i) => (idempotencyKey ? deterministicUuid('vigil-crisis-command', scope, idempotencyKey, String(i)) : randomUUID()));
}

/** An id the command creates (activation, log entry, evaluation): stable under a retried Idempotency-Key. */
export function newIdFor(kind: string, actor: string, idempotencyKey: string | undefined): string {
  return idempotencyKey ? deterministicUuid('vigil-crisis', kind, actor, idempotencyKey) : randomUUID();
}
