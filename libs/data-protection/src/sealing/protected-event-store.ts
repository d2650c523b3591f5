import { declaredStrings, mapDeclaredStrings, PersonalDataMap } from '@vigil/event-sourcing';
import type { KeyObject } from 'node:crypto';
import {
  AppendResult,
  DecoratingEventStore,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '@vigil/event-store';
import { SubjectKeyVault } from '../keys/subject-key-vault';
import { isSealed, seal } from './sealed-text';

/**
 * The event store every command appends through: each declared personal text is sealed with its record's data key
 * before it reaches the table, so the stored bytes, the hash chain and the checkpoints are over ciphertext and stay
 * valid after the key is destroyed. Reads pass stored events through unchanged: texts are opened only at the edge.
 */
export class ProtectedEventStore implements DecoratingEventStore {
  constructor(
    readonly inner: EventStore,
    private readonly vault: SubjectKeyVault,
    private readonly declarations: PersonalDataMap,
  ) {}

  async appendToStream(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const sealed = await sealEvents(streamId, events, this.vault, this.declarations);
    return this.inner.appendToStream(streamId, sealed, options);
  }

  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.inner.readStream(streamId, options);
  }

  streamRevision(streamId: string) {
    return this.inner.streamRevision(streamId);
  }

  readAll(options?: ReadAllOptions) {
    return this.inner.readAll(options);
  }

  subscribeToAll(options?: SubscribeOptions) {
    return this.inner.subscribeToAll(options);
  }

  verifyStream(streamId: string) {
    return this.inner.verifyStream(streamId);
  }

  async close(): Promise<void> {
    await this.inner.close();
  }
}

/** The events with every declared personal text sealed under the stream's record key (texts already sealed stay). */
export async function sealEvents(streamId: string, events: readonly NewEvent[], vault: SubjectKeyVault, declarations: PersonalDataMap): Promise<NewEvent[]> {
  let key: KeyObject | undefined;
  const out: NewEvent[] = [];
  for (const event of events) {
    const personal = declarations[event.type]?.personal ?? [];
    if (personal.length === 0) {
      out.push(event);
      continue;
    }
    const texts = declaredStrings(event.data, personal);
    if (!texts.some((t) => !isSealed(t.value) && t.value !== '')) {
      out.push(event);
      continue;
    }
    key ??= await vault.keyForWriting(streamId);
    const dataKey = key;
    const data = mapDeclaredStrings(event.data, personal, (value, at) =>
      isSealed(value) || value === '' ? value : seal(value, { subject: streamId, streamId, eventId: event.id, field: at }, dataKey),
    );
    out.push({ ...event, data });
  }
  return out;
}
