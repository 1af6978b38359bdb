// The child process of the port's contract test: runs io-script.ts through the @actions/core adapter.
import { coreIO } from '../../src/github/core-io.js';
import { exercise } from './io-script.js';

await exercise(coreIO());
