#!/usr/bin/env node
// Golden event fixtures: one stored example per event type version, taken from a store that holds the demo data
// (`npm start` loads it), written to libs/<context>/src/domain/__golden__/<type>.json. The unit spec
// libs/platform/src/golden-events.spec.ts reads them back. Run once per new event type version; an existing golden
// file is never overwritten (it is what an older version stored, and must keep reading). Types the demo data never
// reaches get theirs from real decider output instead: the scenarios in libs/platform/src/golden-events.test-kit.ts,
// written by `VIGIL_WRITE_GOLDEN=1 npx jest --selectProjects unit --testPathPattern golden-events`. Run
// `npx prettier --write` on the new files afterwards.
//
//   DATABASE_URL=postgres://… node tools/golden-events.mjs          # lists what it would write
//   DATABASE_URL=postgres://… node tools/golden-events.mjs --write  # writes the missing ones
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a store with the demo data (npm start loads it).');
  process.exit(2);
}
const write = process.argv.includes('--write');
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  // The earliest stored example of each type: the one most likely written by the type's first code.
  const { rows } = await client.query(
    `SELECT DISTINCT ON (type) type, data FROM event_store.events ORDER BY type, global_position`,
  );
  for (const { type, data } of rows) {
    const context = type.split('.')[0];
    const dir = join('libs', context, 'src', 'domain', '__golden__');
    if (!existsSync(join('libs', context))) {
      console.log(`skip ${type}: no libs/${context}`);
      continue;
    }
    const file = join(dir, `${type}.json`);
    if (existsSync(file)) continue;
    console.log(`${write ? 'write' : 'would write'} ${file}`);
    if (write) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify({ type, data }, null, 2) + '\n');
    }
  }
} finally {
  await client.end();
}
