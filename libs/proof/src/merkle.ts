import { createHash } from 'node:crypto';

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing, pure: leaf = SHA-256(0x00 ‖ bytes), node = SHA-256(0x01 ‖ left ‖ right),
 * the tree over n leaves split at the largest power of two below n. Used by the server (proofs) and by the offline
 * verifier (which imports nothing else but node:crypto), so both agree by construction and with the RFC's vectors.
 */
export type Hash = Buffer;

const sha256 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export const EMPTY_ROOT: Hash = sha256();
export const leafHash = (leaf: Buffer): Hash => sha256(Buffer.of(0), leaf);
export const nodeHash = (left: Hash, right: Hash): Hash => sha256(Buffer.of(1), left, right);

/** The largest power of two strictly below n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** A range [start, end) of leaves whose hash a proof carries. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]) as the ranges whose hashes it lists, deepest first. */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path = (m: number, start: number, end: number): LeafRange[] => {
    const n = end - start;
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k ? [...path(m, start, start + k), { start: start + k, end }] : [...path(m - k, start + k, end), { start, end: start + k }];
  };
  return path(index, 0, size);
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) as ranges. */
export function consistencyRanges(first: number, second: number): LeafRange[] {
  if (!(first >= 0 && first <= second)) throw new RangeError(`no consistency proof from ${first} to ${second}`);
  if (first === 0 || first === second) return [];
  const sub = (m: number, start: number, end: number, whole: boolean): LeafRange[] => {
    const n = end - start;
    if (m === n) return whole ? [] : [{ start, end }];
    const k = splitPoint(n);
    return m <= k ? [...sub(m, start, start + k, whole), { start: start + k, end }] : [...sub(m - k, start + k, end, false), { start, end: start + k }];
  };
  return sub(first, 0, second, true);
}

/** A complete, aligned subtree: 2^level leaves starting at index·2^level. Stored per level, they answer any proof. */
export interface NodeKey {
  readonly level: number;
  readonly index: number;
}

/** The complete aligned subtrees whose hashes make up MTH(D[start:end]) (RFC split), left to right. */
export function rangeNodes(range: LeafRange): NodeKey[] {
  const n = range.end - range.start;
  if (n <= 0) throw new RangeError('empty range');
  if ((n & (n - 1)) === 0 && range.start % n === 0) return [{ level: Math.log2(n), index: range.start / n }];
  const k = splitPoint(n);
  return [...rangeNodes({ start: range.start, end: range.start + k }), ...rangeNodes({ start: range.start + k, end: range.end })];
}

export const nodeKeyId = (key: NodeKey) => `${key.level}:${key.index}`;

/** MTH(D[start:end]) from the hashes of its complete aligned subtrees (as `rangeNodes` lists them). */
export function rangeHash(range: LeafRange, node: (key: NodeKey) => Hash): Hash {
  const n = range.end - range.start;
  if ((n & (n - 1)) === 0 && range.start % n === 0) return node({ level: Math.log2(n), index: range.start / n });
  const k = splitPoint(n);
  return nodeHash(rangeHash({ start: range.start, end: range.start + k }, node), rangeHash({ start: range.start + k, end: range.end }, node));
}

/** Every leaf in memory, with each level's complete nodes: roots and proofs for any size up to its own. */
export class MemoryTree {
  private readonly levels: Hash[][] = [[]];

  constructor(leafHashes: readonly Hash[] = []) {
    for (const hash of leafHashes) this.append(hash);
  }

  get size(): number {
    return this.levels[0].length;
  }

  append(hash: Hash): void {
    this.levels[0].push(hash);
    let index = this.levels[0].length - 1;
    for (let level = 0; index % 2 === 1; level++) {
      const row = this.levels[level];
      (this.levels[level + 1] ??= []).push(nodeHash(row[index - 1], row[index]));
      index = (index - 1) / 2;
    }
  }

  node = (key: NodeKey): Hash => {
    const hash = this.levels[key.level]?.[key.index];
    if (!hash) throw new RangeError(`no node ${nodeKeyId(key)}`);
    return hash;
  };

  leaf(index: number): Hash {
    return this.node({ level: 0, index });
  }

  root(size = this.size): Hash {
    if (size > this.size) throw new RangeError(`tree has ${this.size} leaves, not ${size}`);
    return size === 0 ? EMPTY_ROOT : rangeHash({ start: 0, end: size }, this.node);
  }

  inclusionProof(index: number, size = this.size): Hash[] {
    return inclusionRanges(index, size).map((range) => rangeHash(range, this.node));
  }

  consistencyProof(first: number, second = this.size): Hash[] {
    return consistencyRanges(first, second).map((range) => rangeHash(range, this.node));
  }
}

/** The root of a list of leaf hashes, straight from the RFC's definition (the reference the tests hold the rest to). */
export function rootOf(leafHashes: readonly Hash[]): Hash {
  if (leafHashes.length === 0) return EMPTY_ROOT;
  if (leafHashes.length === 1) return leafHashes[0];
  const k = splitPoint(leafHashes.length);
  return nodeHash(rootOf(leafHashes.slice(0, k)), rootOf(leafHashes.slice(k)));
}

const isHash = (h: unknown): h is Hash => Buffer.isBuffer(h) && h.length === 32;
const safeSize = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** RFC 9162 §2.1.3.2: does `proof` show leaf `leaf` at `index` in the tree of `size` with `root`? */
export function verifyInclusion(index: number, size: number, leaf: Hash, proof: readonly Hash[], root: Hash): boolean {
  if (!safeSize(index) || !safeSize(size) || index >= size || !isHash(leaf) || !isHash(root) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of `first` with `firstRoot` is a prefix of the tree of `second` with `secondRoot`? */
export function verifyConsistency(first: number, second: number, firstRoot: Hash, secondRoot: Hash, proof: readonly Hash[]): boolean {
  if (!safeSize(first) || !safeSize(second) || first > second || !isHash(firstRoot) || !isHash(secondRoot) || !proof.every(isHash)) return false;
  if (first === 0) return proof.length === 0 && firstRoot.equals(EMPTY_ROOT);
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) [fn, sn] = [(fn - 1) / 2, Math.floor(sn / 2)];
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}
