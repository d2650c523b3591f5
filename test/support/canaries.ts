import { randomBytes } from 'node:crypto';

/**
 * Canary texts for one test run: each starts with the run's needle and holds a random token of its own, so a canary is
 * found (and named) in an answer, a dump or raw table bytes even where it sits next to another one.
 */
export class Canaries {
  readonly run = randomBytes(4).toString('hex');
  /** Everything this run writes starts so: one needle finds any canary, whatever field it came from. */
  readonly needle = `CANARY-${this.run}`;
  private readonly texts = new Map<string, string>();
  private readonly tokens = new Map<string, string>();

  /** A new canary for a field (by label); prose has spaces in it, as real notes have. */
  write(label: string, prose = false): string {
    if (this.texts.has(label)) throw new Error(`canary ${label} written twice`);
    const token = randomBytes(6).toString('hex');
    const text = prose ? `${this.needle}-${label}-${token} seen on the wing at night` : `${this.needle}-${label}-${token}`;
    this.texts.set(label, text);
    this.tokens.set(label, token);
    return text;
  }

  get size(): number {
    return this.texts.size;
  }

  labels(): string[] {
    return [...this.texts.keys()];
  }

  token(label: string): string {
    return this.tokens.get(label) ?? this.needle;
  }

  /** The canaries (by label) a text holds; the needle alone without a known token counts too. */
  hitsIn(text: string): string[] {
    const found = [...this.tokens].filter(([, token]) => text.includes(token)).map(([label]) => label);
    if (found.length === 0 && text.includes(this.needle)) found.push('(needle without a known token)');
    return found;
  }

  hitsInBytes(bytes: Buffer): string[] {
    const found = [...this.tokens].filter(([, token]) => bytes.includes(token, 0, 'latin1')).map(([label]) => label);
    if (found.length === 0 && bytes.includes(this.needle, 0, 'latin1')) found.push('(needle without a known token)');
    return found;
  }
}
