// amlnet needs Node 24 or later (package.json `engines`, action.yml `runs.using: node24`). Imported first by the
// bundle's entry, so on an older Node the process says so and exits 2 before any other module of amlnet loads,
// instead of failing later with a bundler or API error.
import { nodeVersionProblem } from './node-version.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem !== undefined) {
  // In a workflow run the line also becomes an error annotation.
  process.stderr.write(process.env['GITHUB_ACTIONS'] === 'true' ? `::error::${problem}\n` : `${problem}\n`);
  process.exit(2);
}
