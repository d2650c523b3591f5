import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS } from './contexts';

const LIBS = join(__dirname, '../..');

/** The dependency rules find contexts by their manifest file; the apps by this list. They must agree. */
describe('the one list of contexts', () => {
  it('names every lib that has a context manifest, once, by its folder', () => {
    const withManifest = readdirSync(LIBS).filter((name) => existsSync(join(LIBS, name, 'src', `${name}.context.ts`)));
    expect(CONTEXTS.map((c) => c.name).sort()).toEqual(withManifest.sort());
  });

  it('gives every context its HTTP module, projections and migrations', () => {
    for (const context of CONTEXTS) {
      expect(context.http).toBeDefined();
      expect(context.migrations.length).toBeGreaterThan(0);
      expect(context.projections.length).toBeGreaterThan(0);
    }
  });
});
