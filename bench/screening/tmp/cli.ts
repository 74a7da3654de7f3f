import { Command } from 'commander';
import { registerScreenCommands } from '../../../src/cli/screen.command.ts';
const program = new Command('vigil');
registerScreenCommands(program);
await program.parseAsync(process.argv);
