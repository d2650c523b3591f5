import { generateKeyPairSync } from 'node:crypto';
import { encodeLeaf } from './leaf';
import { EMPTY_ROOT, leafHash, MemoryTree, rootOf, verifyConsistency, verifyInclusion } from './merkle';
import { keyIdOf, parseNote, rawPublicKey, signCheckpoint, verifierKey, verifyNote, parseVerifierKey } from './note';

const hex = (b: Buffer) => b.toString('hex');
const h = (s: string) => Buffer.from(s, 'hex');

// RFC 6962 test vectors, as certificate-transparency-go / transparency-dev/merkle publish them.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((x) => leafHash(h(x)));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('the RFC 6962 Merkle tree', () => {
  it('matches the reference roots for the empty tree and every size to 8', () => {
    expect(hex(EMPTY_ROOT)).toBe(ROOTS[0]);
    const tree = new MemoryTree(LEAVES);
    for (let n = 0; n <= 8; n++) {
      expect(hex(tree.root(n))).toBe(ROOTS[n]);
      expect(hex(rootOf(LEAVES.slice(0, n)))).toBe(ROOTS[n]);
    }
  });

  it('gives the reference inclusion and consistency proofs', () => {
    const tree = new MemoryTree(LEAVES);
    expect(tree.inclusionProof(0, 8).map(hex)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(tree.inclusionProof(5, 8).map(hex)).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(tree.consistencyProof(2, 8).map(hex)).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
  });

  it('every proof in every tree up to 40 verifies, and no altered one does', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => leafHash(Buffer.of(i, i * 3)));
    const tree = new MemoryTree(leaves);
    for (let n = 1; n <= 40; n++) {
      const root = tree.root(n);
      expect(root.equals(rootOf(leaves.slice(0, n)))).toBe(true);
      for (let i = 0; i < n; i++) {
        const proof = tree.inclusionProof(i, n);
        expect(verifyInclusion(i, n, leaves[i], proof, root)).toBe(true);
        if (n > 1) {
          expect(verifyInclusion((i + 1) % n, n, leaves[i], proof, root)).toBe(false);
          expect(verifyInclusion(n, n, leaves[i], proof, root)).toBe(false); // the root binds the size: the checkpoint signs both
          expect(verifyInclusion(i, n, leaves[(i + 1) % n], proof, root)).toBe(false);
          expect(verifyInclusion(i, n, leaves[i], [...proof, leaves[0]], root)).toBe(false);
          expect(verifyInclusion(i, n, leaves[i], proof.slice(0, -1), root)).toBe(false);
        }
      }
      for (let m = 0; m <= n; m++) {
        const proof = tree.consistencyProof(m, n);
        expect(verifyConsistency(m, n, tree.root(m), root, proof)).toBe(true);
        if (m > 0 && m < n) {
          expect(verifyConsistency(m, n, leafHash(Buffer.of(99)), root, proof)).toBe(false);
          expect(verifyConsistency(m, n, tree.root(m), leafHash(Buffer.of(99)), proof)).toBe(false);
          expect(
            verifyConsistency(
              m,
              n,
              tree.root(m),
              root,
              proof.map((p, k) => (k === 0 ? leafHash(p) : p)),
            ),
          ).toBe(false);
          expect(verifyConsistency(n, m, root, tree.root(m), proof)).toBe(false);
        }
      }
    }
  });
});

describe('leaf encoding', () => {
  const base = { index: 7, streamId: 'incident-1', revision: 2, eventId: '3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10', eventHash: Buffer.alloc(32, 9) };
  it('changes with every field', () => {
    const variants = [
      { ...base, index: 8 },
      { ...base, streamId: 'incident-2' },
      { ...base, revision: 3 },
      { ...base, eventId: '3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f11' },
      { ...base, eventHash: Buffer.alloc(32, 8) },
    ];
    for (const v of variants) expect(encodeLeaf(v).equals(encodeLeaf(base))).toBe(false);
  });
});

describe('C2SP signed checkpoints', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519').privateKey;
  const root = Buffer.alloc(32, 1);

  it('writes the tlog-checkpoint body and an Ed25519 signature line that verifies', () => {
    const text = signCheckpoint({ origin: 'example.org/log', size: 12, root }, 'example.org/log', privateKey);
    expect(text.startsWith(`example.org/log\n12\n${root.toString('base64')}\n\n\u2014 example.org/log `)).toBe(true);
    const note = parseNote(text);
    expect(note.checkpoint.size).toBe(12);
    expect(note.signatures[0].keyId.equals(keyIdOf('example.org/log', rawPublicKey(privateKey)))).toBe(true);
    expect(verifyNote(note, rawPublicKey(privateKey))).toBe('example.org/log');
    expect(verifyNote(note, rawPublicKey(other))).toBeNull();
    expect(verifyNote(parseNote(text.replace('\n12\n', '\n13\n')), rawPublicKey(privateKey))).toBeNull();
  });

  it('round-trips the verifier key', () => {
    const vkey = verifierKey('example.org/log', rawPublicKey(privateKey));
    expect(parseVerifierKey(vkey).publicKey.equals(rawPublicKey(privateKey))).toBe(true);
    expect(() => parseVerifierKey(vkey.replace('example', 'exemple'))).toThrow(/key id/);
  });

  it('computes the key id as C2SP specifies (cross-checked against the sum by hand)', () => {
    const pub = Buffer.alloc(32, 0);
    const id = keyIdOf('a', pub);
    expect(id).toHaveLength(4);
    // SHA-256("a" ‖ 0x0A ‖ 0x01 ‖ 32 zero bytes)[:4]
    const { createHash } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    expect(
      id.equals(
        createHash('sha256')
          .update(Buffer.concat([Buffer.from('a\n'), Buffer.of(1), pub]))
          .digest()
          .subarray(0, 4),
      ),
    ).toBe(true);
  });
});
