import { createCipheriv, createDecipheriv, createHmac, KeyObject } from 'node:crypto';

/**
 * A personal text as stored: `{{sealed.v1.<bound>.<iv>.<ciphertext>}}`, AES-256-GCM under its record's data key, with
 * where it was written (subject, stream, event, field) as the authenticated data, base64url in the envelope so a reader
 * that holds only the envelope (a read model's column) can still check where it came from. A string, so read models,
 * timelines and upcasters carry it unchanged; only the HTTP edge opens it, for a reader allowed to see it.
 */
export interface SealedAt {
  /** The data subject: the record whose key seals it (its stream, `incident-<uuid>`). */
  readonly subject: string;
  readonly streamId: string;
  readonly eventId: string;
  /** The field inside the event's data, `involved[2].note`. */
  readonly field: string;
}

/** How every sealed text begins: what a guard looks for in anything that must carry none (contracts, logs). */
export const SEALED_MARK = '{{sealed.v1.';

const ENVELOPE = /\{\{sealed\.v1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\}\}/g;
const WHOLE = new RegExp(`^${ENVELOPE.source}$`);

export function isSealed(value: string): boolean {
  return WHOLE.test(value);
}

/** Seals one text. The IV is derived from the key, the place and the text, so a retried append stores the same bytes. */
export function seal(text: string, at: SealedAt, dataKey: KeyObject | Buffer): string {
  const bound = Buffer.from(JSON.stringify({ s: at.subject, t: at.streamId, e: at.eventId, f: at.field }), 'utf8').toString('base64url');
  const iv = createHmac('sha256', dataKey).update(`${bound}\u0000${text}`, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(Buffer.from(bound, 'ascii'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `{{sealed.v1.${bound}.${iv.toString('base64url')}.${body.toString('base64url')}}}`;
}

export interface Envelope {
  readonly at: SealedAt;
  readonly bound: string;
  readonly iv: Buffer;
  readonly body: Buffer;
}

/** Every envelope in a string (usually the whole string; a timeline line may embed one). */
export function envelopesIn(value: string): Envelope[] {
  return [...value.matchAll(ENVELOPE)].map((m) => parseEnvelope(m[1], m[2], m[3]));
}

function parseEnvelope(bound: string, iv: string, body: string): Envelope {
  const raw = JSON.parse(Buffer.from(bound, 'base64url').toString('utf8')) as { s: string; t: string; e: string; f: string };
  return {
    at: { subject: raw.s, streamId: raw.t, eventId: raw.e, field: raw.f },
    bound,
    iv: Buffer.from(iv, 'base64url'),
    body: Buffer.from(body, 'base64url'),
  };
}

/** Opens an envelope; throws when the key is not the one it was sealed with or a byte was changed. */
export function open(envelope: Envelope, dataKey: KeyObject | Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', dataKey, envelope.iv);
  decipher.setAAD(Buffer.from(envelope.bound, 'ascii'));
  decipher.setAuthTag(envelope.body.subarray(envelope.body.length - 16));
  return Buffer.concat([decipher.update(envelope.body.subarray(0, envelope.body.length - 16)), decipher.final()]).toString('utf8');
}

/** An envelope and the full stop a sentence may put after it ("Reason: {{sealed…}}."). */
const ENVELOPE_THEN_STOP = new RegExp(`${ENVELOPE.source}(\\.?)`, 'g');
/** Text that ends its own sentence (a full stop, ?, ! or …, perhaps inside quotes or brackets). */
const ENDS_SENTENCE = /[.!?…]["'’”)\]]*$/u;

/**
 * Replaces every envelope in a string by what `reveal` gives for it. A line that puts a full stop after a text drops it
 * when the text ends its own sentence: "Reason: {{sealed…}}." with "Fire in the workshop." reads "Reason: Fire in the workshop."
 */
export function replaceEnvelopes(value: string, reveal: (envelope: Envelope) => string): string {
  if (!value.includes('{{sealed.v1.')) return value;
  return value.replace(ENVELOPE_THEN_STOP, (_, bound: string, iv: string, body: string, stop: string) => {
    const text = reveal(parseEnvelope(bound, iv, body));
    return stop && ENDS_SENTENCE.test(text) ? text : text + stop;
  });
}
