// How validate scales: a spec with 5,000 subnets and 500 clusters, and the ratio time(10n)/time(n) with
// n = 500 subnets + 50 clusters (10n must stay under the 4 MiB size cap, so n is the smaller spec).
// Also: the time of each offline rule on the big spec, and hostile 4 MiB inputs (every key unknown, every key
// repeated, a list of 400,000 wrong items), which must stay linear.
// Runs the bundled code: bench/validate-entry.ts is built with ncc into /tmp first (see validate-build.mjs).
//   node bench/validate-scale.mjs            prints figures; no assertions
/* global structuredClone */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { bundle } from './validate-build.mjs';

const { validateSpecText, offlineRules } = await import(
  pathToFileURL(bundle('bench/validate-entry.ts', 'validate-lib')).href
);

/** A consistent spec: subnets /27 in 10.0.0.0/8 above 10.100/16, clusters in their own /24 subnets. */
function makeSpec(subnets, clusters) {
  const list = [];
  for (let i = 0; i < clusters; i += 1) {
    list.push({ name: `aks-${i}`, addressPrefix: `10.${1 + Math.floor(i / 256)}.${i % 256}.0/24` });
  }
  for (let i = clusters; i < subnets; i += 1) {
    const k = i * 32; // /27 blocks from 10.100.0.0
    list.push({
      name: `sub-${i}`,
      addressPrefix: `10.${100 + Math.floor(k / 65536)}.${Math.floor(k / 256) % 256}.${k % 256}/27`,
    });
  }
  return {
    version: 1,
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    location: 'eastus2',
    workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
    network: { resourceGroup: 'ml-rg', name: 'ml-vnet', addressSpace: ['10.0.0.0/8'], subnets: list },
    aksClusters: Array.from({ length: clusters }, (_, i) => ({
      name: `aks${i}`,
      mode: 'create',
      vmSize: 'Standard_D3_v2',
      agentCount: 3,
      maxPods: 30,
      maxSurge: 1,
      subnet: `aks-${i}`,
      networkPlugin: 'azure',
      serviceCidr: '172.20.0.0/16',
      dnsServiceIp: '172.20.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
      loadBalancerType: 'PublicIp',
    })),
  };
}

/** One timed run: [ms, result]. */
function sample(text, options) {
  const t = performance.now();
  const result = validateSpecText(text, 'bench.yml', options);
  return [performance.now() - t, result];
}

/**
 * Times the big and the small spec in alternation (1 big run, 10 small runs, repeated), so that load from other
 * processes on the shared machine hits both alike and the ratio stays meaningful.
 */
function timePair(bigText, smallText, rounds, options = {}) {
  sample(bigText, options); // warm-up
  sample(smallText, options);
  const bigSamples = [];
  const smallSamples = [];
  let last;
  for (let r = 0; r < rounds; r += 1) {
    const [t, result] = sample(bigText, options);
    bigSamples.push(t);
    last = result;
    for (let i = 0; i < 10; i += 1) smallSamples.push(sample(smallText, options)[0]);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { big: median(bigSamples), small: median(smallSamples), result: last };
}

const big = stringify(makeSpec(5000, 500));
const small = stringify(makeSpec(500, 50));
const { big: tBig, small: tSmall, result: bigResult } = timePair(big, small, 7);
console.log(
  `spec 5,000 subnets + 500 clusters: ${(Buffer.byteLength(big) / 1024).toFixed(0)} KiB, ${bigResult.findings.length} findings (${bigResult.findings.filter((f) => f.severity === 'error').length} errors)`,
);
console.log(`validate (median of 7): ${tBig.toFixed(1)} ms`);
console.log(
  `spec 500 subnets + 50 clusters: ${(Buffer.byteLength(small) / 1024).toFixed(0)} KiB, validate (median of 70): ${tSmall.toFixed(1)} ms`,
);
console.log(`time(10n)/time(n): ${(tBig / tSmall).toFixed(2)}`);
// The same big spec without the offline rules: parse + schema + positions only, to see who spends the time.
const { big: tNoRules, small: tNoRulesSmall } = timePair(big, small, 5, { rules: [] });
// All offline rules together on one fresh copy of the parsed big spec (median of 5), measured directly: the
// difference of two noisy medians above can even come out negative.
const parsedBig = parse(big);
const allRules = [];
for (let i = 0; i < 5; i += 1) {
  const copy = structuredClone(parsedBig);
  const t = performance.now();
  for (const rule of offlineRules) rule.check({ spec: copy });
  allRules.push(performance.now() - t);
}
allRules.sort((a, b) => a - b);
console.log(
  `of which parse + schema + positions: ${tNoRules.toFixed(1)} ms; all offline rules: ${allRules[2].toFixed(1)} ms`,
);
console.log(`time(10n)/time(n) without the rules: ${(tNoRules / tNoRulesSmall).toFixed(2)}`);
const byRule = new Map();
for (const f of bigResult.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
if (byRule.size > 0) console.log('findings by rule:', Object.fromEntries(byRule));

// Each offline rule alone on the big spec (median of 5), slowest first. A fresh copy of the spec each time, so
// that a rule does not profit from analysis another run cached on the same object.
const spec = parsedBig;
const perRule = offlineRules.map((rule) => {
  const samples = [];
  for (let i = 0; i < 5; i += 1) {
    const copy = structuredClone(spec);
    const t = performance.now();
    rule.check({ spec: copy });
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return [rule.id, samples[2]];
});
perRule.sort((a, b) => b[1] - a[1]);
console.log('slowest offline rules on the big spec (ms):');
for (const [id, ms] of perRule.slice(0, 5)) console.log(`  ${id.padEnd(40)} ${ms.toFixed(1)}`);

// Hostile inputs just under the 4 MiB cap.
const CAP = 4 * 1024 * 1024 - 64;
function fill(head, line) {
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < CAP; i += 1) {
    const l = line(i);
    parts.push(l);
    size += l.length;
  }
  parts.pop();
  return parts.join('');
}
const hostile = [
  ['every key unknown', fill('version: 1\n', (i) => `key${i}: 1\n`)],
  ['every key repeated', fill('version: 1\n', (i) => `dup: ${i}\n`)],
  ['400k wrong list items', fill('version: 1\nnetwork:\n  subnets: [', (i) => `x${i}, `) + ']\n'],
];
for (const [name, text] of hostile) {
  const t = performance.now();
  const result = validateSpecText(text, 'hostile.yml');
  console.log(
    `hostile 4 MiB, ${name}: ${(performance.now() - t).toFixed(0)} ms, ${result.findings.length} findings listed`,
  );
}
