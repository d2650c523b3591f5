/** A small seeded PRNG (mulberry32) so the demo year is the same on every machine. */
export class DemoRandom {
  constructor(private seed: number) {}

  next(): number {
    let t = (this.seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: [[item, weight], ...]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let roll = this.next() * total;
    for (const [item, weight] of choices) if ((roll -= weight) < 0) return item;
    return choices[choices.length - 1][0];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  ref(prefix: string): string {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    return `${prefix}-${Array.from({ length: 6 }, () => this.pick([...alphabet])).join('')}`;
  }

  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(this.next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}
