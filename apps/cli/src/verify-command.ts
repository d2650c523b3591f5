import { Command } from 'commander';
import { positionToString } from '@vigil/event-store';
import { openContext } from './cli-context';
import { verifyAgainstCheckpoints } from './proof-commands';

/** `verify [stream]`: recompute hash chains; exit code 2 when any stream is broken. */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .argument('[stream]', 'one stream id; all streams when left out')
    .description('verify the hash chains and, for the whole store, the global Merkle tree against every signed checkpoint published')
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
        console.log(`${streams.length} stream(s), ${events} event(s) checked: ${broken === 0 ? 'all chains intact' : `${broken} broken`}`);
        // The whole store (not one stream) is also held to the signed checkpoints: deleted tails and streams, recomputed chains, old backups.
        const findings = stream ? 0 : await verifyAgainstCheckpoints(context);
        if (!stream)
          console.log(findings === 0 ? 'The store agrees with every published checkpoint.' : `${findings} finding(s) against the published checkpoints.`);
        if (broken > 0 || findings > 0) process.exitCode = 2;
      } finally {
        await context.close();
      }
    });
}
