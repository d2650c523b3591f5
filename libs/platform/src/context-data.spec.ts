import { INestApplicationContext } from '@nestjs/common';
import { loadContextData } from './context-data';

// jest.mock is hoisted above the module's own lines: the factory may use only `mock`-prefixed names, read when it runs.
const mockCalls: string[] = [];
const calls = mockCalls;

jest.mock('./contexts', () => {
  const loader = (name: string) => async () => void mockCalls.push(name);
  return {
    CONTEXTS: [
      { name: 'incidents', demo: loader('incidents demo') },
      { name: 'action-cards', reference: loader('action-cards reference'), demo: loader('action-cards demo') },
    ],
  };
});

/** The app as the loaders see it: only the data-protection runtime their stores seal with. */
const app = { get: () => ({ vault: {}, declarations: {} }) } as unknown as INestApplicationContext;

describe('start-up data', () => {
  beforeEach(() => (calls.length = 0));

  it("loads a context's reference data before its demo (the demo runs start from the starter cards), after earlier contexts' demos", async () => {
    await loadContextData(app, 'postgres://x', true, () => undefined);
    expect(calls).toEqual(['incidents demo', 'action-cards reference', 'action-cards demo']);
  });

  it('loads reference data only, without demo data', async () => {
    await loadContextData(app, 'postgres://x', false, () => undefined);
    expect(calls).toEqual(['action-cards reference']);
  });
});
