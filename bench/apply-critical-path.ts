// Apply parallelism: N independent clusters (own subnet each) whose AKS creation takes 3 s in the emulator, and
// M Azure ML v2 clusters (kubernetesClusters: AKS creation, Network Contributor, the AzureML extension install
// modelled at 5 s, the Kubernetes compute attach).
// Prints the wall time of the apply, its critical path (the longest chain of measured change durations along
// the executor's dependency graph: dependsOn plus the step barriers), their ratio (aim <= 1.25), and the
// ARM writes of a second apply of the same spec (must be 0).
//
//   node --experimental-transform-types --import ./scripts/ts-hooks.mjs bench/apply-critical-path.ts \
//     [--clusters 10] [--aks-ms 3000] [--concurrency 4] [--v2-clusters 2] [--extension-ms 5000]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import tls from 'node:tls';
import { stringify } from 'yaml';
import { startEmulator } from '../emulator/index.js';
import { prerequisitesOf } from '../emulator/prerequisites.js';
import type { Spec } from '../src/spec/types.js';
import { createCredential, githubOidcFromEnv } from '../src/azure/credential.js';
import { resolveEndpoints } from '../src/azure/endpoints.js';
import { createClients } from '../src/azure/clients.js';
import { planSpec } from '../src/app/plan.js';
import { applyPlanToAzure } from '../src/azure/apply/run.js';
import type { Change } from '../src/plan/model.js';
import { prerequisites } from '../src/apply/executor.js';
import type { ApplyResult } from '../src/apply/types.js';

const { values } = parseArgs({
  options: {
    clusters: { type: 'string', default: '10' },
    'aks-ms': { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '4' },
    'v2-clusters': { type: 'string', default: '2' },
    'extension-ms': { type: 'string', default: '5000' },
  },
});
const V2_CLUSTERS = Number(values['v2-clusters']);
const EXTENSION_MS = Number(values['extension-ms']);
const CLUSTERS = Number(values.clusters);
const AKS_MS = Number(values['aks-ms']);
const CONCURRENCY = Number(values.concurrency);
const SUB = '00000000-0000-0000-0000-000000000000';

const spec = {
  version: 1,
  subscriptionId: SUB,
  location: 'eastus2',
  workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
  network: {
    resourceGroup: 'ml-rg',
    name: 'ml-vnet',
    addressSpace: ['10.1.0.0/16'],
    subnets: [
      ...Array.from({ length: CLUSTERS }, (_, i) => ({ name: `aks-${i}`, addressPrefix: `10.1.${i * 4}.0/22` })),
      ...Array.from({ length: V2_CLUSTERS }, (_, i) => ({
        name: `k8s-${i}`,
        addressPrefix: `10.1.${(CLUSTERS + i) * 4}.0/22`,
      })),
    ],
  },
  aksClusters: Array.from({ length: CLUSTERS }, (_, i) => ({
    name: `aks${i}`,
    subnet: `aks-${i}`,
    agentCount: 3,
    maxPods: 30,
    networkPlugin: 'azure',
    serviceCidr: '10.0.0.0/16',
    dnsServiceIp: '10.0.0.10',
  })),
  ...(V2_CLUSTERS > 0
    ? {
        kubernetesClusters: Array.from({ length: V2_CLUSTERS }, (_, i) => ({
          name: `k8s${i}`,
          subnet: `k8s-${i}`,
          agentCount: 3,
          maxPods: 30,
          networkPlugin: 'azure',
          serviceCidr: '10.0.0.0/16',
          dnsServiceIp: '10.0.0.10',
          inferenceRouter: 'internalLoadBalancer',
          sslCname: `scoring${i}.contoso.com`,
          sslSecret: 'scoring-tls',
        })),
      }
    : {}),
};
const dir = mkdtempSync(join(tmpdir(), 'amlnet-bench-apply-'));
const specPath = join(dir, 'amlnet.yml');
writeFileSync(specPath, stringify(spec));

const emu = await startEmulator({
  state: {
    resources: prerequisitesOf(spec as unknown as Spec),
    timings: {
      lroMs: {
        default: 20,
        'retry-after': 0,
        'Microsoft.ContainerService/managedClusters': AKS_MS,
        'Microsoft.MachineLearningServices/workspaces/computes': AKS_MS,
        'Microsoft.KubernetesConfiguration/extensions': EXTENSION_MS,
      },
    },
  },
});
tls.setDefaultCACertificates([...tls.getCACertificates('default'), emu.caCertPem]);

try {
  const endpoints = resolveEndpoints({ armEndpoint: emu.info.armEndpoint, authorityHost: emu.info.authorityHost });
  // The request @actions/core makes, against the emulator's OIDC token service.
  const getIdToken = githubOidcFromEnv({
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken,
  })!;
  const login = await createCredential({
    endpoints,
    tenantId: emu.info.tenantId,
    clientId: emu.info.clientId,
    getIdToken,
  });
  const clients = (): ReturnType<typeof createClients> =>
    createClients({ credential: login.credential, endpoints, subscriptionId: SUB, pollIntervalMs: 10 });

  const apply = async (): Promise<{ result: ApplyResult; changes: Change[]; writes: number }> => {
    const planned = await planSpec({ specPath, clients: clients(), mode: 'apply' });
    if (planned.status !== 'planned') throw new Error('the bench spec does not validate');
    if (planned.plan.refused) throw new Error(`refused: ${JSON.stringify(planned.plan.findings)}`);
    await fetch(`${emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
    const result = await applyPlanToAzure(planned.plan, planned.spec, {
      clients: clients(),
      concurrency: CONCURRENCY,
      pollIntervalMs: 10,
      // BENCH_DEBUG=1 prints the executor's progress.
      log: (m) => void (process.env.BENCH_DEBUG && console.error(m)),
    });
    const log = (await (await fetch(`${emu.info.armEndpoint}/_emulator/requests`)).json()) as {
      requests: Array<{ method: string; service: string }>;
    };
    const writes = log.requests.filter(
      (r) => r.service === 'arm' && ['PUT', 'PATCH', 'POST', 'DELETE'].includes(r.method),
    ).length;
    return { result, changes: planned.plan.changes, writes };
  };

  const first = await apply();
  if (first.result.status !== 'applied')
    throw new Error(`apply failed: ${JSON.stringify(first.result.outcomes.filter((o) => o.status !== 'done'))}`);
  const wall = first.result.finishedAt - first.result.startedAt;
  const critical = criticalPath(first.result, first.changes);
  const second = await apply();

  console.log(`clusters                 ${CLUSTERS} (AKS creation ${AKS_MS} ms, concurrency ${CONCURRENCY})`);
  console.log(`v2 clusters              ${V2_CLUSTERS} (extension install ${EXTENSION_MS} ms)`);
  console.log(`changes applied          ${first.result.outcomes.length} (${first.result.writes} writes)`);
  console.log(`wall                     ${wall} ms`);
  console.log(`critical path            ${critical} ms`);
  console.log(`wall / critical path     ${(wall / critical).toFixed(3)} (aim <= 1.25)`);
  console.log(`second apply             ${second.result.status}, ${second.writes} ARM writes (must be 0)`);
} finally {
  await emu.close();
}

/** Longest chain of measured durations through dependsOn + step barriers (the executor's own prerequisites). */
function criticalPath(result: ApplyResult, changes: Change[]): number {
  const duration = new Map(result.outcomes.map((o) => [o.address, (o.finishedAt ?? 0) - (o.startedAt ?? 0)]));
  const runnable = changes.filter((c) => duration.has(c.address));
  const memo = new Map<string, number>();
  const finish = (c: Change): number => {
    const known = memo.get(c.address);
    if (known !== undefined) return known;
    const { required, barrier } = prerequisites(c, runnable);
    const before = [...required, ...barrier];
    const value = Math.max(0, ...before.map(finish)) + (duration.get(c.address) ?? 0);
    memo.set(c.address, value);
    return value;
  };
  return Math.max(...runnable.map(finish));
}
