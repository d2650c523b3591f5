import { mapDeclaredStrings } from '@vigil/event-sourcing';
import { createSecretKey, randomBytes } from 'node:crypto';
import { envelopesIn, isSealed, open, replaceEnvelopes, seal } from './sealed-text';

const key = createSecretKey(randomBytes(32));
const at = { subject: 'incident-1', streamId: 'incident-1', eventId: 'e1', field: 'description' };

describe('a sealed text', () => {
  it('opens with its key to the same text, and the same text at the same place seals to the same bytes (a retried append)', () => {
    const sealed = seal('Indsat slog ud efter betjent', at, key);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('Indsat');
    expect(open(envelopesIn(sealed)[0], key)).toBe('Indsat slog ud efter betjent');
    expect(seal('Indsat slog ud efter betjent', at, key)).toBe(sealed);
    expect(seal('Indsat slog ud efter betjent', { ...at, eventId: 'e2' }, key)).not.toBe(sealed);
  });

  it('does not open with another key, nor when its bytes or the place it names were changed', () => {
    const sealed = seal('Trussel', at, key);
    expect(() => open(envelopesIn(sealed)[0], createSecretKey(randomBytes(32)))).toThrow();
    const [, , , bound, iv, body] = /^\{\{(sealed)\.(v1)\.([^.]+)\.([^.]+)\.([^.]+)\}\}$/.exec(sealed)!.slice(0);
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => open(envelopesIn(`{{sealed.v1.${bound}.${iv}.${flipped.toString('base64url')}}}`)[0], key)).toThrow();
    const moved = Buffer.from(JSON.stringify({ s: 'incident-1', t: 'incident-1', e: 'e9', f: 'description' })).toString('base64url');
    expect(() => open(envelopesIn(`{{sealed.v1.${moved}.${iv}.${body}}}`)[0], key)).toThrow();
  });

  it('is found and replaced inside a longer line (a timeline sentence)', () => {
    const line = `Closed: ${seal('Overflyttet', at, key)}.`;
    expect(replaceEnvelopes(line, (e) => open(e, key))).toBe('Closed: Overflyttet.');
  });
});

describe('declared paths', () => {
  const data = {
    reason: { text: 'Voldsom modstand' },
    alternatives: [{ note: 'Samtale' }, { note: null }],
    changes: [
      { field: 'description', to: 'Ny tekst' },
      { field: 'severity', to: 'serious' },
    ],
  };
  it('reach nested fields, every array element, and only the elements a filter names', () => {
    const seen: string[] = [];
    const out = mapDeclaredStrings(data, ['reason.text', 'alternatives[].note', 'changes[field=description].to', 'missing.field'], (value, where) => {
      seen.push(where);
      return value.toUpperCase();
    });
    expect(seen).toEqual(['reason.text', 'alternatives[0].note', 'changes[0].to']);
    expect(out).toEqual({
      reason: { text: 'VOLDSOM MODSTAND' },
      alternatives: [{ note: 'SAMTALE' }, { note: null }],
      changes: [
        { field: 'description', to: 'NY TEKST' },
        { field: 'severity', to: 'serious' },
      ],
    });
    expect(data.reason.text).toBe('Voldsom modstand'); // a copy: the command's own data is untouched
  });
});
