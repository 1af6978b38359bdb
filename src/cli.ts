// The `amlnet` command line: dispatches to one module per command, loaded lazily so that
// `amlnet validate` never loads the Azure SDKs. Entry points: bin/amlnet.js (the bundle) and src/bin.ts (sources).
import type { CommandModule } from './commands/types.js';
import { errorMessage } from './util/errors.js';

const commands: Record<string, () => Promise<CommandModule>> = {
  validate: () => import('./commands/validate.js'),
  plan: () => import('./commands/plan.js'),
  apply: () => import('./commands/apply.js'),
  emulator: () => import('./commands/emulator.js'),
  demo: () => import('./commands/demo.js'),
  import: () => import('./commands/import.js'),
};

const usage = `usage: amlnet <command> [options]

commands:
  validate   offline checks of the spec (no Azure call, no credentials)
  plan       validate, read the live state and print the plan
  apply      plan, then carry it out
  import     write the spec of an existing (hand-built) setup, read from Azure
  emulator   start the local Azure + GitHub emulator
  demo       play a pull request and its merge against the emulator

run 'amlnet <command> --help' for a command's options`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (load === undefined) {
    process.stderr.write(`amlnet: unknown command '${name}'\n\n${usage}\n`);
    return 2;
  }
  const mod = await load();
  return mod.run(rest);
}

/** Runs the command line and sets the process exit code; never a stack trace for the user, only the message. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err: unknown) {
    process.stderr.write(`amlnet: ${errorMessage(err)}\n`);
    process.exitCode = 2;
  }
}
