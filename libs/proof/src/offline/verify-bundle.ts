import { hashEvent } from '@vigil/event-store/hash-chain';
import { leafHashOf } from '../leaf';
import { verifyConsistency, verifyInclusion } from '../merkle';
import { parseNote, ParsedNote, readPublicKeyText, verifyNote } from '../note';

/**
 * The offline check of a case bundle: nothing but the bundle, the public key the auditor holds, and optionally a checkpoint
 * note the auditor kept from before. No database, no network; it imports only node:crypto through the pure modules.
 */
export interface BundleVerification {
  readonly ok: boolean;
  readonly verified: string[];
  readonly failures: string[];
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const isStr = (s: unknown): s is string => typeof s === 'string';
const b64 = (s: unknown, what: string): Buffer => {
  if (!isStr(s)) throw new Error(`${what} is missing`);
  const bytes = Buffer.from(s, 'base64');
  if (bytes.toString('base64') !== s) throw new Error(`${what} is not base64`);
  return bytes;
};

export function verifyBundle(input: unknown, keyText: string, previousNoteText?: string): BundleVerification {
  const verified: string[] = [];
  const failures: string[] = [];
  const fail = (message: string) => failures.push(message);
  const done = () => ({ ok: failures.length === 0, verified, failures });
  try {
    const bundle = input as Record<string, unknown>;
    if (!bundle || typeof bundle !== 'object' || bundle.format !== 'vigil-bundle/1') return (fail('not a vigil-bundle/1 file'), done());
    const key = readPublicKeyText(keyText);
    if (!isStr(bundle.checkpoint)) return (fail('the bundle carries no checkpoint'), done());
    let note: ParsedNote;
    try {
      note = parseNote(bundle.checkpoint);
    } catch (error) {
      return (fail(`the checkpoint does not parse: ${(error as Error).message}`), done());
    }
    const signedBy = verifyNote(note, key.publicKey, key.keyName);
    if (!signedBy) fail('the checkpoint is not signed by the given key');
    else verified.push(`checkpoint signature by ${signedBy}: tree of ${note.checkpoint.size} events, root ${note.checkpoint.root.toString('hex')}`);
    const { size, root } = note.checkpoint;
    if (bundle.treeSize !== size) fail(`the bundle says tree size ${String(bundle.treeSize)}, its checkpoint ${size}`);

    const events = Array.isArray(bundle.events) ? (bundle.events as Record<string, unknown>[]) : [];
    const streams = Array.isArray(bundle.streams) ? (bundle.streams as Record<string, unknown>[]) : [];
    if (events.length === 0) fail('the bundle holds no events');
    if (streams.length === 0) fail('the bundle names no streams');

    const byStream = new Map<string, Record<string, unknown>[]>();
    const indexes = new Set<number>();
    let proven = 0;
    for (const event of events) {
      const label = `event ${String(event.eventId)} (${String(event.streamId)} #${String(event.revision)})`;
      try {
        if (
          !isStr(event.streamId) ||
          !isInt(event.revision) ||
          !isStr(event.eventId) ||
          !isStr(event.type) ||
          !isStr(event.dataText) ||
          !isStr(event.metadataText)
        )
          throw new Error('has missing or malformed fields');
        if (!isInt(event.leafIndex) || event.leafIndex >= size) throw new Error(`leaf index ${String(event.leafIndex)} is outside the tree of ${size}`);
        if (indexes.has(event.leafIndex)) throw new Error(`leaf index ${event.leafIndex} appears twice`);
        indexes.add(event.leafIndex);
        const hash = b64(event.hash, 'hash');
        const previous = event.previousHash === null ? null : b64(event.previousHash, 'previous hash');
        const recomputed = hashEvent(previous, {
          streamId: event.streamId,
          revision: event.revision,
          eventId: event.eventId,
          type: event.type,
          dataText: event.dataText,
          metadataText: event.metadataText,
        });
        if (!recomputed.equals(hash)) throw new Error('its content does not match its hash');
        const proof = Array.isArray(event.inclusionProof) ? event.inclusionProof.map((p, i) => b64(p, `proof step ${i}`)) : [];
        const leaf = leafHashOf({ index: event.leafIndex, streamId: event.streamId, revision: event.revision, eventId: event.eventId, eventHash: hash });
        if (!verifyInclusion(event.leafIndex, size, leaf, proof, root))
          throw new Error(`its inclusion proof does not lead to the checkpoint's root at leaf ${event.leafIndex}`);
        proven++;
        byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
      } catch (error) {
        fail(`${label}: ${(error as Error).message}`);
      }
    }
    if (proven) verified.push(`${proven} event(s) re-hashed and each proven included in the checkpoint's tree`);

    const listed = new Set<string>();
    for (const stream of streams) {
      const streamId = stream.streamId;
      if (!isStr(streamId) || !isInt(stream.eventCount)) {
        fail('a stream entry is malformed');
        continue;
      }
      listed.add(streamId);
      const own = (byStream.get(streamId) ?? []).sort((a, b) => (a.revision as number) - (b.revision as number));
      if (own.length !== stream.eventCount) {
        fail(`stream ${streamId}: the checkpoint's tree holds ${stream.eventCount} event(s), the bundle ${own.length}: events are missing`);
        continue;
      }
      let chained = true;
      own.forEach((event, revision) => {
        const expectedPrevious = revision === 0 ? null : (own[revision - 1].hash as string);
        if (event.revision !== revision) chained = (fail(`stream ${streamId}: revision ${revision} is missing`), false);
        else if (event.previousHash !== expectedPrevious)
          chained = (fail(`stream ${streamId}: revision ${revision} does not link to revision ${revision - 1}`), false);
      });
      if (chained) verified.push(`stream ${streamId}: ${own.length} event(s), revisions 0 to ${own.length - 1}, chain linked`);
    }
    for (const streamId of byStream.keys()) if (!listed.has(streamId)) fail(`stream ${streamId} has events in the bundle but no count`);

    if (previousNoteText !== undefined) {
      try {
        const kept = parseNote(previousNoteText);
        if (!verifyNote(kept, key.publicKey, key.keyName)) throw new Error('is not signed by the given key');
        if (kept.checkpoint.origin !== note.checkpoint.origin) throw new Error(`is for origin ${kept.checkpoint.origin}, not ${note.checkpoint.origin}`);
        if (kept.checkpoint.size > size) throw new Error(`has ${kept.checkpoint.size} events, more than this bundle's ${size}: the log shrank`);
        if (kept.checkpoint.size === size && !kept.checkpoint.root.equals(root)) throw new Error(`has the same size and another root: the log forked`);
        const consistency = bundle.consistency as { fromSize?: unknown; proof?: unknown } | undefined;
        if (kept.checkpoint.size === size) verified.push(`the kept checkpoint (${size}) is this one`);
        else if (consistency && consistency.fromSize === kept.checkpoint.size && Array.isArray(consistency.proof)) {
          const proof = consistency.proof.map((p, i) => b64(p, `consistency step ${i}`));
          if (!verifyConsistency(kept.checkpoint.size, size, kept.checkpoint.root, root, proof))
            throw new Error(`is not consistent with this checkpoint (${kept.checkpoint.size} → ${size}): history was rewritten`);
          verified.push(`the kept checkpoint (${kept.checkpoint.size}) is a prefix of this one (${size}): consistency proof verified`);
        } else
          verified.push(
            `the tree grew from the kept checkpoint (${kept.checkpoint.size}) to ${size}; no consistency proof in the bundle (export with ?since=${kept.checkpoint.size})`,
          );
      } catch (error) {
        fail(`the kept earlier checkpoint ${(error as Error).message}`);
      }
    }
  } catch (error) {
    fail((error as Error).message);
  }
  return done();
}
