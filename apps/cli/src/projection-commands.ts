import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { CategoryFilter, categoryList } from '@vigil/event-store';
import { ALL_PROJECTIONS } from '@vigil/platform';
import { feedStatuses, rebuildProjection } from '@vigil/projections';
import { openContext } from './cli-context';
import { projectionReport } from './projection-table';

export function registerProjectionCommands(program: Command): void {
  program
    .command('projections')
    .description('list projections with their checkpoint and how many events they trail')
    .action(async () => {
      const context = await openContext();
      try {
        console.log(projectionReport(await feedStatuses(context.dataSource, ALL_PROJECTIONS)));
      } finally {
        await context.close();
      }
    });

  program
    .command('rebuild')
    .argument('<projection>', `one of: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`)
    .description('rebuild a read model from the first event; the API keeps answering from the old rows until the swap')
    .action(async (name: string) => {
      const projection = ALL_PROJECTIONS.find((p) => p.name === name);
      if (!projection) throw new Error(`No projection "${name}"; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
      const context = await openContext();
      try {
        const total = await countEvents(context.dataSource, projection.category);
        const bar = new SingleBar({ format: `${name} |{bar}| {value}/{total} events | {eta_formatted} left` }, Presets.shades_classic);
        bar.start(total, 0);
        const result = await rebuildProjection(context.store, context.dataSource, projection, (p) => bar.update(Math.min(p.processed, total)));
        bar.update(result.processed);
        bar.stop();
        console.log(`Rebuilt ${name} from ${result.processed} events.`);
      } finally {
        await context.close();
      }
    });
}

async function countEvents(dataSource: import('typeorm').DataSource, filter?: CategoryFilter): Promise<number> {
  const categories = categoryList(filter);
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS n FROM event_store.events ${categories ? 'WHERE category = ANY($1::text[])' : ''}`,
    categories ? [categories] : [],
  );
  return row.n;
}
