import { readAhead } from './read-ahead';

describe('readAhead', () => {
  it('yields every page in order while asking for the next one before the current is handled', async () => {
    const asked: number[] = [];
    async function* pages() {
      for (let i = 1; i <= 3; i++) {
        asked.push(i);
        yield i;
      }
    }
    const seen: [number, number[]][] = [];
    for await (const page of readAhead(pages())) seen.push([page, [...asked]]);
    expect(seen.map(([p]) => p)).toEqual([1, 2, 3]);
    expect(seen[0][1]).toEqual([1, 2]); // page 2 was requested before page 1 was handled
  });

  it('passes on a failure of the source', async () => {
    async function* failing() {
      yield 1;
      throw new Error('database away');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const page of readAhead(failing())) seen.push(page);
      })(),
    ).rejects.toThrow('database away');
    expect(seen).toEqual([1]);
  });

  it('reads on only after a page that says more may follow', async () => {
    const asked: number[] = [];
    async function* pages() {
      for (const size of [3, 1, 3]) {
        asked.push(size);
        yield size;
      }
    }
    const seen: [number, number][] = [];
    for await (const page of readAhead(pages(), (size) => size === 3)) seen.push([page, asked.length]);
    expect(seen).toEqual([
      [3, 2], // full: the next was asked for before this one was handled
      [1, 2], // short (the head): nothing asked for until it was handled
      [3, 3],
    ]);
  });
});
