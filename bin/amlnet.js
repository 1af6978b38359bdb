#!/usr/bin/env node
// The command-line entry: the committed ncc bundle of src/cli.ts.
import '../dist/cli/index.js';
