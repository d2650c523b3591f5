import { SubjectKey, SubjectKeyVault } from '../keys/subject-key-vault';
import { envelopesIn, open, replaceEnvelopes } from './sealed-text';

/** What a reader sees where a text was erased, is restricted, or does not open (a changed byte, a foreign key). */
export const ERASED_TEXT = '[erased]';
export const RESTRICTED_TEXT = '[restricted]';
export const UNREADABLE_TEXT = '[unreadable]';

export interface RevealOptions {
  /** Auditors read restricted records (an access request or a complaint is being decided); nobody else does. */
  readonly mayReadRestricted: boolean;
}

/**
 * Opens the sealed texts in an answer (any JSON value) for one reader: one key lookup for all the records it names,
 * then every envelope replaced by its text, "[erased]" or "[restricted]". Answers without envelopes come back as they are.
 */
export class Revealer {
  constructor(private readonly vault: SubjectKeyVault) {}

  async reveal<T>(value: T, options: RevealOptions): Promise<T> {
    const subjects = new Set<string>();
    collect(value, (text) => envelopesIn(text).forEach((e) => subjects.add(e.at.subject)));
    if (subjects.size === 0) return value;
    const keys = await this.vault.keysForReading([...subjects]);
    return transform(value, (text) => replaceEnvelopes(text, (envelope) => textFor(keys.get(envelope.at.subject), options, () => envelope))) as T;
  }
}

function textFor(key: SubjectKey | undefined, options: RevealOptions, envelope: () => Parameters<typeof open>[0]): string {
  if (!key || key.state === 'unknown') return UNREADABLE_TEXT;
  if (key.state === 'erased') return ERASED_TEXT;
  if (key.restricted && !options.mayReadRestricted) return RESTRICTED_TEXT;
  try {
    return open(envelope(), key.key);
  } catch {
    return UNREADABLE_TEXT;
  }
}

function collect(value: unknown, onText: (text: string) => void, depth = 0): void {
  if (depth > 64) return;
  if (typeof value === 'string') {
    if (value.includes('{{sealed.v1.')) onText(value);
  } else if (Array.isArray(value)) value.forEach((v) => collect(v, onText, depth + 1));
  else if (value !== null && typeof value === 'object' && isPlain(value)) for (const v of Object.values(value)) collect(v, onText, depth + 1);
}

function transform(value: unknown, onText: (text: string) => string, depth = 0): unknown {
  if (depth > 64) return value;
  if (typeof value === 'string') return value.includes('{{sealed.v1.') ? onText(value) : value;
  if (Array.isArray(value)) return value.map((v) => transform(v, onText, depth + 1));
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = transform(v, onText, depth + 1);
    return out;
  }
  return value;
}

/** Plain objects and class instances made for JSON (DTOs); not Buffers, Dates or streams. */
function isPlain(value: object): boolean {
  return !(value instanceof Date) && !Buffer.isBuffer(value) && typeof (value as { pipe?: unknown }).pipe !== 'function';
}
