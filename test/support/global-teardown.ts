export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __vigilEmbeddedPg?: { stop(): Promise<void> } }).__vigilEmbeddedPg;
  (globalThis as { __vigilEmbeddedPg?: unknown }).__vigilEmbeddedPg = undefined;
  await handle?.stop();
}
