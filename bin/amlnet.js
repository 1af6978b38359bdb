#!/usr/bin/env node
// The command-line entry: the committed bundle (dist/index.js) exports the command line; run as a process
// of its own, the same bundle is the GitHub Action. The Node check comes before the bundle is even read, so an
// older Node gets one clear line (the bundle's entry checks again, for `node dist/index.js`).
const major = Number.parseInt(process.versions.node, 10);
if (!(major >= 24)) {
  process.stderr.write(`amlnet needs Node 24 or later; this is Node ${process.versions.node}\n`);
  process.exit(2);
}
const { runCli } = await import('../dist/index.js');
await runCli(process.argv.slice(2));
