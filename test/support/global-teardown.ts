import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __vigilEmbeddedPg?: { stop(): Promise<void> } }).__vigilEmbeddedPg;
  const directory = (globalThis as { __vigilEmbeddedPgDir?: string }).__vigilEmbeddedPgDir;
  (globalThis as { __vigilEmbeddedPg?: unknown }).__vigilEmbeddedPg = undefined;
  await handle?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true }); // this run's own cluster, gone with it
}
