/**
 * The `vigil` command. Each pillar registers its sub-commands here.
 */
import { Command } from 'commander';
import { registerContentCommands } from './content.command.ts';
import { registerLegalCommands } from './legal.command.ts';
import { registerPlatformCommands } from './platform.command.ts';
import { registerScreenCommands } from './screen.command.ts';
import { registerWatchlistCommands } from './watchlist.command.ts';

const program = new Command('vigil')
  .description('Vigil — counterterrorism platform: server, imports, screening, audit verification')
  .showHelpAfterError()
  // A command's options stop at its subcommand (`vigil screen pairs --input …` are the pairs' options).
  .enablePositionalOptions();

registerPlatformCommands(program);
// (pillar commands are registered below this line)
registerWatchlistCommands(program);
registerContentCommands(program);
registerScreenCommands(program);
registerLegalCommands(program);

await program.parseAsync(process.argv);
