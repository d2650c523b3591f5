#!/usr/bin/env node
// The offline bundle verifier: no database, no network. Runs the TypeScript entry with tsx (a devDependency).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const result = spawnSync(
  process.execPath,
  [tsx, '--tsconfig', join(root, 'tsconfig.json'), join(root, 'libs/proof/src/offline/verify-bundle.main.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
