import { createHash, randomUUID } from 'node:crypto';

/** A name-based (v5-style) UUID: the same parts always give the same id, so retries store nothing new. */
export function deterministicUuid(...parts: string[]): string {
  const bytes = createHash('sha1').update(parts.join('\u001f')).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Event ids for one command: derived from its idempotency key when given, so a retry stores nothing
 * new. `namespace` is the context's own (kept as it was, so keys sent before the kernel still match).
 */
export function eventIdsFor(namespace: string, scope: string, count: number, idempotencyKey?: string): string[] {
  return Array.from({ length: count }, (_, i) => (idempotencyKey ? deterministicUuid(namespace, scope, idempotencyKey, String(i)) : randomUUID()));
}
