#!/usr/bin/env node
// The command-line entry: the committed bundle (dist/index.js) exports the command line; run as a process
// of its own, the same bundle is the GitHub Action. The Node check comes before the bundle is even read, so an
// older Node gets one clear line (the bundle's entry checks again, for `node dist/index.js`).
// Node's on-disk compile cache (https://nodejs.org/api/module.html#module-compile-cache) keeps V8's compiled
// code of the bundle between runs, so only the first run of a version pays for compiling it. It is enabled
// before the bundle is imported, hence the dynamic import.
import module from 'node:module';

const major = Number.parseInt(process.versions.node, 10);
if (!(major >= 24)) {
  process.stderr.write(`amlnet needs Node 24 or later; this is Node ${process.versions.node}\n`);
  process.exit(2);
}
module.enableCompileCache?.();
const { runCli } = await import('../dist/index.js');
await runCli(process.argv.slice(2));
