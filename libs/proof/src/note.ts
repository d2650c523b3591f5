import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * C2SP signed notes (signed-note.md) carrying tlog checkpoints (tlog-checkpoint.md), Ed25519 only:
 * body = origin, tree size, base64 root, each ending in a newline; then a blank line and `— <name> <base64(key id ‖ signature)>`.
 */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: Buffer;
}

export interface NoteSignature {
  readonly keyName: string;
  readonly keyId: Buffer;
  readonly signature: Buffer;
}

export interface ParsedNote {
  readonly text: string;
  readonly body: string;
  readonly checkpoint: Checkpoint;
  readonly signatures: NoteSignature[];
}

const ED25519 = 0x01;
const EM_DASH = '\u2014';

export function checkpointBody(checkpoint: Checkpoint): string {
  if (!checkpoint.origin || checkpoint.origin.includes('\n')) throw new Error(`bad origin ${checkpoint.origin}`);
  return `${checkpoint.origin}\n${checkpoint.size}\n${checkpoint.root.toString('base64')}\n`;
}

/** The raw 32-byte Ed25519 public key of a key object (private or public). */
export function rawPublicKey(key: KeyObject): Buffer {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'der', type: 'spki' });
  return Buffer.from(spki.subarray(spki.length - 32));
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
}

/** Key id = first 4 bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key). */
export function keyIdOf(keyName: string, rawPublic: Buffer): Buffer {
  return createHash('sha256').update(keyName, 'utf8').update(Buffer.of(0x0a, ED25519)).update(rawPublic).digest().subarray(0, 4);
}

/** The note verifier key string: `<name>+<hex key id>+<base64(0x01 ‖ public key)>`. */
export function verifierKey(keyName: string, rawPublic: Buffer): string {
  return `${keyName}+${keyIdOf(keyName, rawPublic).toString('hex')}+${Buffer.concat([Buffer.of(ED25519), rawPublic]).toString('base64')}`;
}

export function parseVerifierKey(vkey: string): { keyName: string; keyId: Buffer; publicKey: Buffer } {
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey.trim());
  const [keyName, idHex, material] = match ? match.slice(1) : [];
  const bytes = Buffer.from(material ?? '', 'base64');
  if (!match || !keyName || !/^[0-9a-f]{8}$/.test(idHex ?? '') || bytes.length !== 33 || bytes[0] !== ED25519)
    throw new Error('not an Ed25519 note verifier key');
  const publicKey = bytes.subarray(1);
  const keyId = Buffer.from(idHex, 'hex');
  if (!keyId.equals(keyIdOf(keyName, publicKey))) throw new Error('verifier key id does not match its name and key');
  return { keyName, keyId, publicKey };
}

export function signNote(body: string, keyName: string, privateKey: KeyObject): string {
  const signature = sign(null, Buffer.from(body, 'utf8'), privateKey);
  const keyId = keyIdOf(keyName, rawPublicKey(privateKey));
  return `${body}\n${EM_DASH} ${keyName} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
}

export function signCheckpoint(checkpoint: Checkpoint, keyName: string, privateKey: KeyObject): string {
  return signNote(checkpointBody(checkpoint), keyName, privateKey);
}

/** Parses a signed checkpoint note strictly; throws naming what is wrong. */
export function parseNote(text: string): ParsedNote {
  const split = text.indexOf('\n\n');
  if (split < 0 || !text.endsWith('\n')) throw new Error('not a signed note (no blank line before the signatures, or no final newline)');
  const body = text.slice(0, split + 1);
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new Error('checkpoint body needs origin, tree size and root hash');
  const [origin, sizeText, rootText] = lines;
  if (!/^(0|[1-9][0-9]{0,15})$/.test(sizeText)) throw new Error(`checkpoint tree size "${sizeText}" is not a decimal number`);
  const root = Buffer.from(rootText, 'base64');
  if (root.length !== 32 || root.toString('base64') !== rootText) throw new Error('checkpoint root hash is not 32 bytes of base64');
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new Error('checkpoint tree size too large');
  const signatures = text
    .slice(split + 2, -1)
    .split('\n')
    .map((line) => {
      const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
      if (!match) throw new Error(`malformed signature line "${line}"`);
      const bytes = Buffer.from(match[2], 'base64');
      if (bytes.length < 5) throw new Error('signature line too short');
      return { keyName: match[1], keyId: bytes.subarray(0, 4), signature: bytes.subarray(4) };
    });
  if (signatures.length === 0) throw new Error('note carries no signature');
  return { text, body, checkpoint: { origin, size, root }, signatures };
}

/**
 * Whether the note is signed by this Ed25519 public key (under any key name whose key id matches). Returns the key name it
 * verified under, or null.
 */
export function verifyNote(note: ParsedNote, rawPublic: Buffer, keyName?: string): string | null {
  const key = publicKeyFromRaw(rawPublic);
  for (const line of note.signatures) {
    if (keyName !== undefined && line.keyName !== keyName) continue;
    if (!line.keyId.equals(keyIdOf(line.keyName, rawPublic)) || line.signature.length !== 64) continue;
    if (verify(null, Buffer.from(note.body, 'utf8'), key, line.signature)) return line.keyName;
  }
  return null;
}

/** A public key file: a PEM SPKI key or a note verifier key string. */
export function readPublicKeyText(text: string): { publicKey: Buffer; keyName?: string } {
  if (text.includes('BEGIN PUBLIC KEY')) return { publicKey: rawPublicKey(createPublicKey(text)) };
  const { publicKey, keyName } = parseVerifierKey(text);
  return { publicKey, keyName };
}

export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the checkpoint key must be an Ed25519 key (PKCS#8 PEM)');
  return key;
}
