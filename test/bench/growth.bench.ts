import { PostgresEventStore } from '@vigil/event-store';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { BenchContext } from './bench-context';
import { createBenchDatabase } from './bench-database';
import { EVENTS_PER_STREAM } from './bench-events';
import { readGrowthConfig } from './growth-config';
import { growChainedEvents, migrateGrowthDatabase, storeFacts, vacuumAnalyze } from './growth-fill';
import { AppendRep, appendReadStream, ExistingStreams, measureAppends, measureReads, measureRebuild, RebuildRep } from './growth-measure';
import { growthTable, SizeResult, soakTable } from './growth-report';
import { memorySoak } from './growth-soak';
import { waitUntilLogReadable } from './proof-fill';
import { fmtCount } from './report-table';
import { LatencySummary } from './stats';

export function growthSteps(ctx: Pick<BenchContext, 'config'>): number {
  const growth = readGrowthConfig();
  const rebuilt = growth.sizes.filter((size) => size <= growth.rebuildMax).length;
  return growth.sizes.length * (1 + 2 * ctx.config.reps) + rebuilt * ctx.config.reps + 3;
}

/**
 * Issue 18, "as the store grows": append, read and rebuild figures at each of BENCH_GROWTH_SIZES, then a memory soak of the
 * whole app on the largest store. The first table is printed as soon as it is known (a later soak failure cannot lose it).
 */
export async function growthGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress } = ctx;
  const growth = readGrowthConfig();
  const database = await createBenchDatabase(ctx.server, 'bench_growth', 'empty');
  try {
    await migrateGrowthDatabase(database.url);
    const existing = new ExistingStreams();
    const results: SizeResult[] = [];
    for (const [index, size] of growth.sizes.entries()) {
      const label = `growth ${fmtCount(size)}`;
      progress.step(`${label}: filling`);
      const before = (await storeFacts(database.url)).events;
      // Whole streams only, so every filled stream can take an append at revision 10.
      const streams = Math.max(0, Math.ceil((size - before) / EVENTS_PER_STREAM));
      const fillStarted = performance.now();
      await growChainedEvents(database.url, existing.full, streams * EVENTS_PER_STREAM, (line) => progress.step(`${label}: filling, ${line}`));
      const fillSeconds = (performance.now() - fillStarted) / 1000;
      existing.full += streams;
      const store = new PostgresEventStore({ connectionString: database.url });
      const dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [] }).initialize();
      try {
        if (index === 0) await appendReadStream(store);
        const vacuumSeconds = await vacuumAnalyze(database.url);
        const facts = await storeFacts(database.url);
        progress.tick();
        const appends: AppendRep[] = [];
        const reads: LatencySummary[] = [];
        const rebuilds: RebuildRep[] = [];
        for (let rep = 1; rep <= config.reps; rep++) {
          progress.step(`${label}: ${fmtCount(growth.appends)} appends of each kind, rep ${rep}/${config.reps}`);
          appends.push(await measureAppends(store, existing, `${index}r${rep}`, growth.appends));
          progress.tick();
          progress.step(`${label}: reading the 1,000-event stream, rep ${rep}/${config.reps}`);
          reads.push(await measureReads(store));
          progress.tick();
          if (size > growth.rebuildMax) continue;
          progress.step(`${label}: rebuilding the projection, rep ${rep}/${config.reps}`);
          await waitUntilLogReadable(database.url, (line) => progress.note(`growth: ${line}`));
          const expected = (await storeFacts(database.url)).events;
          let shown = 0;
          rebuilds.push(
            await measureRebuild(store, dataSource, expected, (processed) => {
              if (processed - shown < 1_000_000) return;
              shown = processed;
              progress.step(`${label}: rebuilding the projection, rep ${rep}/${config.reps}, ${fmtCount(processed)} of ${fmtCount(expected)} events`);
            }),
          );
          progress.tick();
        }
        if (size > growth.rebuildMax) progress.note(`${label}: rebuild skipped (above BENCH_GROWTH_REBUILD_MAX=${growth.rebuildMax})`);
        results.push({ size, stored: facts.events, tableSize: facts.bytes, fillSeconds, vacuumSeconds, appends, reads, rebuilds });
      } finally {
        await store.close();
        await dataSource.destroy();
      }
    }
    progress.print(growthTable(results, config, growth));

    await waitUntilLogReadable(database.url, (line) => progress.note(`growth: ${line}`));
    return [soakTable(await memorySoak(ctx, database.url, growth), growth)];
  } finally {
    await database.drop().catch(() => undefined);
  }
}
