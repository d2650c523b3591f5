import { Command } from 'commander';
import { validateConfig } from '@vigil/config';
import { Checkpointer, FileCheckpointSink, loadSigner, proofSettings, sqlOf, verifyStore } from '@vigil/proof';
import { CliContext, openContext } from './cli-context';

function proofOf(context: CliContext) {
  const settings = proofSettings(validateConfig(process.env));
  const signer = loadSigner(settings.keyFile, settings.origin, settings.generateKey, (path) => console.log(`Generated a checkpoint signing key at ${path}`));
  const files = new FileCheckpointSink(settings.checkpointDir);
  return { settings, signer, files, checkpointer: new Checkpointer(context.dataSource, signer, settings.origin, files) };
}

/** `checkpoint`: bring the tree up to date and sign a checkpoint now (refused if it contradicts a published one). */
export function registerCheckpointCommand(program: Command): void {
  program
    .command('checkpoint')
    .description('sign a checkpoint of the global Merkle tree now and publish it to the checkpoint directory')
    .action(async () => {
      const context = await openContext();
      try {
        const { checkpointer, settings } = proofOf(context);
        const result = await checkpointer.checkpoint();
        if (!result) console.log('The event store is empty: nothing to sign.');
        else
          console.log(
            `${result.created ? 'Signed' : 'Unchanged since'} checkpoint ${result.note.checkpoint.size} (${settings.checkpointDir}):\n${result.note.text}`,
          );
      } catch (error) {
        console.error(`REFUSED: ${(error as Error).message}`);
        process.exitCode = 2;
      } finally {
        await context.close();
      }
    });
}

/** The whole-store part of `verify`: the tree rebuilt from the events against every published checkpoint. Returns the findings count. */
export async function verifyAgainstCheckpoints(context: CliContext): Promise<number> {
  const { files, signer, settings } = proofOf(context);
  const published = files.read();
  for (const entry of published) if (entry.error) console.log(`UNREADABLE checkpoint ${entry.file}: ${entry.error}`);
  const notes = published.flatMap((entry) => (entry.note ? [entry.note] : []));
  const result = await verifyStore(sqlOf(context.dataSource), notes, signer.publicKey);
  for (const finding of result.findings) console.log(`${finding.kind.toUpperCase()} ${finding.message}`);
  console.log(
    notes.length
      ? `${result.events} event(s) in ${result.streams} stream(s) against ${result.checkpointsChecked} checkpoint(s) in ${settings.checkpointDir} (latest: ${result.latestCheckpoint})`
      : `No published checkpoint in ${settings.checkpointDir}: chains checked, the tree could not be compared (run \`npm run cli -- checkpoint\`)`,
  );
  return result.findings.length + published.filter((e) => e.error).length;
}
