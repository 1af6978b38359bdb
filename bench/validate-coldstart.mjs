// Cold start of the bundled CLI: median wall time of `amlnet validate examples/aks-default.yml` over 21 runs,
// against `node -e 0` (the floor). The CLI is built with ncc into /tmp (see validate-build.mjs), like dist/cli.
//   node bench/validate-coldstart.mjs        prints figures; no assertions
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { bundle } from './validate-build.mjs';

const cli = bundle('src/cli.ts', 'cli', 'bench/validate-cli-entry.ts');
const RUNS = 21;

function median(args) {
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    samples.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(RUNS / 2)];
}

const floor = median(['-e', '0']);
const validate = median([cli, 'validate', 'examples/aks-default.yml']);
console.log(`node -e 0:                                 median ${floor.toFixed(1)} ms (${RUNS} runs)`);
console.log(`amlnet validate examples/aks-default.yml:  median ${validate.toFixed(1)} ms (${RUNS} runs)`);
console.log(`validate above the node floor:             ${(validate - floor).toFixed(1)} ms`);
