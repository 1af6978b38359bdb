#!/usr/bin/env node
// The command-line entry: the committed bundle (dist/index.js) exports the command line; run as a process
// of its own, the same bundle is the GitHub Action.
import { runCli } from '../dist/index.js';

await runCli(process.argv.slice(2));
