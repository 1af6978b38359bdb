// Cold start of the COMMITTED bundles (what GitHub runs and what bin/amlnet.js loads), against `node -e 0`:
// the median wall time of 21 runs each of
//   - the CLI:    node bin/amlnet.js validate examples/aks-default.yml (bin/ imports dist/index.js)
//   - the action: node dist/index.js with INPUT_COMMAND=validate (as the runner starts it; summary/outputs to temp files)
// Plan up to its first ARM request is measured by bench/plan-latency.ts --cli bin/amlnet.js.
//   node bench/bundle-coldstart.mjs        prints figures; no assertions
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 21;
const tmp = mkdtempSync(join(tmpdir(), 'amlnet-coldstart-'));
const outputs = join(tmp, 'output');
const summary = join(tmp, 'summary.md');
writeFileSync(outputs, '');
writeFileSync(summary, '');
const actionEnv = {
  ...process.env,
  INPUT_COMMAND: 'validate',
  INPUT_SPEC: 'examples/aks-default.yml',
  GITHUB_OUTPUT: outputs,
  GITHUB_STEP_SUMMARY: summary,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
};

function median(label, args, env = process.env) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr || r.stdout}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(RUNS / 2)];
}

const floor = median('node -e 0', ['-e', '0']);
const cli = median('cli validate', ['bin/amlnet.js', 'validate', 'examples/aks-default.yml']);
const action = median('action validate', ['dist/index.js'], actionEnv);
console.log(`node -e 0:                      ${floor.toFixed(1)} ms (median of ${RUNS})`);
console.log(`bin/amlnet.js validate:         ${cli.toFixed(1)} ms (+${(cli - floor).toFixed(1)} ms over node)`);
console.log(`dist/index.js (action) validate: ${action.toFixed(1)} ms (+${(action - floor).toFixed(1)} ms over node)`);
