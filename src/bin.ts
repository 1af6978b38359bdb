// Runs the command line from the TypeScript sources (tests and benchmarks spawn it through scripts/ts-hooks.mjs);
// users run bin/amlnet.js, which calls the same runCli from the bundle.
import { runCli } from './cli.js';

await runCli(process.argv.slice(2));
