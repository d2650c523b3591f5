import { Command } from 'commander';
import { positionToString } from '@vigil/event-store';
import { openContext } from './cli-context';

/** `verify [stream]`: recompute hash chains; exit code 2 when any stream is broken. */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .argument('[stream]', 'one stream id; all streams when left out')
    .description('verify the hash chain of one stream or of every stream, naming the first broken position')
    .action(async (stream?: string) => {
      const context = await openContext();
      try {
        const streams = stream ? [stream] : await context.store.streamIds();
        let broken = 0;
        let events = 0;
        for (const id of streams) {
          const result = await context.store.verifyStream(id);
          events += result.eventsChecked;
          if (!result.intact) {
            broken++;
            console.log(`BROKEN ${id} at revision ${result.firstBrokenRevision} (position ${positionToString(result.firstBrokenPosition!)}): ${result.reason}`);
          }
        }
        console.log(`${streams.length} stream(s), ${events} event(s) checked: ${broken === 0 ? 'all intact' : `${broken} broken`}`);
        if (broken > 0) process.exitCode = 2;
      } finally {
        await context.close();
      }
    });
}
