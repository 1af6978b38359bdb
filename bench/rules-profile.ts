// Per-rule timings at n and 10n, to find a rule that scales worse than the others.
// Run: node --import ./scripts/ts-hooks.mjs bench/rules-profile.ts
import { performance } from 'node:perf_hooks';
import { analysisOf } from '../src/rules/analysis.js';
import { offlineRules } from '../src/rules/index.js';
import { buildSpec } from './rules-scale-spec.js';

function perRule(subnets: number, clusters: number, rules: number): Map<string, number> {
  const spec = buildSpec(subnets, clusters, rules);
  const out = new Map<string, number>();
  const t0 = performance.now();
  analysisOf(spec);
  out.set('(analysis)', performance.now() - t0);
  for (const rule of offlineRules) {
    const t = performance.now();
    rule.check({ spec });
    out.set(rule.id, performance.now() - t);
  }
  return out;
}

perRule(5000, 500, 200);
const small = perRule(5000, 500, 200);
const large = perRule(50000, 5000, 2000);
const rows = [...small.keys()].map((id) => ({ id, n: small.get(id) ?? 0, tenN: large.get(id) ?? 0 }));
rows.sort((a, b) => b.tenN - a.tenN);
for (const r of rows.slice(0, 15))
  console.log(
    `${r.id.padEnd(36)} n ${r.n.toFixed(2).padStart(8)} ms   10n ${r.tenN.toFixed(2).padStart(8)} ms   x${(r.tenN / Math.max(r.n, 0.01)).toFixed(1)}`,
  );
