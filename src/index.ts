// The one bundle's entry (dist/index.js). Run as a process (action.yml: `node dist/index.js`), it is the GitHub
// Action; imported (bin/amlnet.js), it only exports the command line. The action's code is loaded lazily so the
// command line never pays for @actions/* at start-up.
// First: on a Node older than 24 this prints "amlnet needs Node 24 or later" and exits 2.
import './require-node.js';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { runCli } from './cli.js';

function isProcessEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isProcessEntry()) {
  // The action on the runner: its I/O is @actions/core's (the demo and the tests pass an in-memory port).
  const [{ run }, { coreIO }] = await Promise.all([import('./main.js'), import('./github/core-io.js')]);
  await run(coreIO());
}
