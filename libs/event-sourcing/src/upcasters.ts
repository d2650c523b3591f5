import { DomainEvent } from './domain-event';

/**
 * One step of a versioned event type: the data stored under one type (say `….v1`) read as the next
 * version. Pure: no clock, no I/O, no other events, so the same stored bytes always read the same.
 */
export type UpcastStep = (data: unknown) => DomainEvent;

/** A context's steps, keyed by the stored type each one reads (`incidents.incident-closed.v1` → its v2). */
export type UpcasterMap = Readonly<Record<string, UpcastStep>>;

/** Anything with a type and data (a stored event, a domain event): upcasting keeps every other field. */
export type Upcastable = { readonly type: string; readonly data: unknown };

/** The composed chain: reads any stored event as its newest version; a current type passes unchanged. */
export type UpcastChain = <T extends Upcastable>(event: T) => T;

/** More steps than any sane chain of versions: a longer one is a cycle (v2 → v1 → v2 …). */
const MAX_STEPS = 32;

/**
 * Composes the contexts' upcasters into one chain. Stored bytes are never rewritten: the chain is
 * applied on every read, after the hash chain has been checked against what is stored. Two contexts
 * claiming the same stored type is a programming error, refused at start.
 */
export function composeUpcasters(...maps: readonly UpcasterMap[]): UpcastChain {
  const steps = new Map<string, UpcastStep>();
  for (const map of maps) {
    for (const [type, step] of Object.entries(map)) {
      if (steps.has(type)) throw new Error(`Two upcasters claim the stored event type ${type}`);
      steps.set(type, step);
    }
  }
  return <T extends Upcastable>(event: T): T => {
    let current: Upcastable = event;
    for (let i = 0; ; i++) {
      const step = steps.get(current.type);
      if (!step) return current === event ? event : ({ ...event, type: current.type, data: current.data } as T);
      if (i >= MAX_STEPS) throw new Error(`Upcasting ${event.type} does not end (a cycle through ${current.type}?)`);
      const next = step(current.data);
      if (next.type === current.type) throw new Error(`The upcaster of ${current.type} returns the same type`);
      current = next;
    }
  };
}

/** The chain with no steps: everything reads as stored. */
export const NO_UPCASTING: UpcastChain = composeUpcasters();
