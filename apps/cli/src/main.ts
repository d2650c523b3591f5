import 'reflect-metadata';
import { Command } from 'commander';
import { registerProjectionCommands } from './projection-commands';
import { registerVerifyCommand } from './verify-command';
import { registerCheckpointCommand } from './proof-commands';
import { openContext } from './cli-context';
import { registerDataProtectionCommands } from './data-protection-commands';

/** `npm run cli -- <command>`: operator tasks against the configured database. */
const program = new Command('vigil').description('Vigil operator tool');

program
  .command('migrate')
  .description('apply pending migrations (event store schema and read models)')
  .action(async () => {
    const context = await openContext();
    await context.close();
    console.log('Migrations are up to date.');
  });

registerVerifyCommand(program);
registerCheckpointCommand(program);
registerProjectionCommands(program);
registerDataProtectionCommands(program);

program.parseAsync().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
