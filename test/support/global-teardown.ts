export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __vigilEmbeddedPg?: { stop(): Promise<void> } }).__vigilEmbeddedPg;
  await handle?.stop();
}
