// Plan latency against the emulator with 50 ms per ARM request and a spec with 20 existing clusters.
// Prints: wall time / (dependency depth x 50 ms), distinct requests vs resources read, and, for the CLI as its
// own process, the time from process start to its first ARM request. --token-latency adds that much to each of
// the two login requests (GitHub's OIDC token, Entra's token exchange), which answer in milliseconds in the
// emulator and in hundreds of milliseconds in a real job: the CLI figure then shows whether the login overlaps
// validation and module loading.
//
//   node --experimental-transform-types --import ./scripts/ts-hooks.mjs bench/plan-latency.ts [--clusters 20] [--latency 50] [--token-latency 0]
import { spawn } from 'node:child_process';
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
import { DEFAULT_CONCURRENCY } from '../src/azure/live/read.js';

const { values } = parseArgs({
  options: {
    clusters: { type: 'string', default: '20' },
    latency: { type: 'string', default: '50' },
    'token-latency': { type: 'string', default: '0' },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    // A bundled CLI (e.g. bin/amlnet.js, which runs dist/index.js) to time instead of the TypeScript sources.
    cli: { type: 'string' },
  },
});
const CLUSTERS = Number(values.clusters);
const LATENCY = Number(values.latency);
const TOKEN_LATENCY = Number(values['token-latency']);
const CONCURRENCY = Number(values.concurrency);
const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;

const subnets = Array.from({ length: CLUSTERS }, (_, i) => ({ name: `aks-${i}`, addressPrefix: `10.1.${i * 4}.0/22` }));
const spec = {
  version: 1,
  subscriptionId: SUB,
  location: 'eastus2',
  workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
  network: {
    resourceGroup: 'ml-rg',
    name: 'ml-vnet',
    addressSpace: ['10.1.0.0/16'],
    subnets,
    securityGroup: { name: 'ml-nsg', rules: [] },
  },
  aksClusters: subnets.map((s, i) => ({
    name: `aks${i}`,
    subnet: s.name,
    networkPlugin: 'azure',
    agentCount: 3,
    serviceCidr: '10.0.0.0/16',
    dnsServiceIp: '10.0.0.10',
  })),
};
const specText = stringify(spec);

const emu = await startEmulator({
  state: {
    resources: prerequisitesOf(spec as unknown as Spec, {
      subnets: subnets.map((s) => ({ name: s.name, properties: { addressPrefix: s.addressPrefix } })),
    }),
    timings: { lroMs: { default: 0 } },
  },
  onRequest: (e) => {
    if (e.service === 'arm' && firstArmAt === undefined && childStartedAt !== undefined)
      firstArmAt = Date.now() - e.durationMs;
  },
});
let childStartedAt: number | undefined;
let firstArmAt: number | undefined;
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
    env: {},
  });

  // Setup (no latency): the clusters exist, so every read chain is compute -> managed cluster -> role assignments.
  const setup = createClients({
    credential: login.credential,
    endpoints,
    subscriptionId: SUB,
    pollIntervalMs: 0,
    maxRetryAfterSeconds: 0,
  });
  const ml = await setup.machineLearning();
  await Promise.all(
    spec.aksClusters.map((c) =>
      ml.computeOperations.beginCreateOrUpdateAndWait(
        'ml-rg',
        'ml-ws',
        c.name,
        {
          location: 'eastus2',
          properties: {
            computeType: 'AKS',
            properties: {
              agentCount: 3,
              aksNetworkingConfiguration: {
                subnetId: `${VNET}/subnets/${c.subnet}`,
                serviceCidr: '10.0.0.0/16',
                dnsServiceIP: '10.0.0.10',
                dockerBridgeCidr: '172.17.0.1/16',
              },
            },
          },
        },
        { updateIntervalInMs: 0 },
      ),
    ),
  );
  await fetch(`${emu.info.armEndpoint}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      faults: [
        { kind: 'latency', ms: LATENCY },
        ...(TOKEN_LATENCY > 0
          ? (['oidc', 'entra'] as const).map((service) => ({ kind: 'latency', ms: TOKEN_LATENCY, match: { service } }))
          : []),
      ],
    }),
  });

  const DEPTH = 3; // compute -> managed cluster -> role assignments of its identity
  for (const run of ['cold (SDKs load)', 'warm']) {
    let requests = 0;
    const clients = createClients({
      credential: login.credential,
      endpoints,
      subscriptionId: SUB,
      onRequest: () => requests++,
    });
    const t0 = performance.now();
    const r = await planSpec({ specPath: 'bench.yml', specText, clients, concurrency: CONCURRENCY });
    const wall = performance.now() - t0;
    if (r.status !== 'planned') throw new Error('bench spec did not validate');
    const resources =
      3 /* vnet, nsg, workspace */ +
      1 /* permissions */ +
      Object.keys(r.live.computes).length +
      Object.keys(r.live.managedClusters).length +
      Object.keys(r.live.roleAssignments).length;
    console.log(
      `${run}: ${CLUSTERS} clusters, ${LATENCY} ms/request, ${CONCURRENCY} reads in parallel: wall ${wall.toFixed(0)} ms = ${(wall / (DEPTH * LATENCY)).toFixed(2)} x (depth ${DEPTH} x ${LATENCY} ms); ` +
        `HTTP requests ${requests}, distinct reads ${r.reads}, resources read ${resources}; changes ${r.plan.changes.length}, refused ${r.plan.refused}`,
    );
  }

  // The CLI as its own process: start -> first ARM request.
  const dir = mkdtempSync(join(tmpdir(), 'amlnet-bench-'));
  const specFile = join(dir, 'amlnet.yml');
  writeFileSync(specFile, specText);
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, emu.caCertPem);
  childStartedAt = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        ...(values.cli !== undefined
          ? [values.cli]
          : ['--experimental-transform-types', '--no-warnings', '--import', './scripts/ts-hooks.mjs', 'src/bin.ts']),
        'plan',
        '--spec',
        specFile,
        // The spec is written to a temporary folder: that folder is the workspace it must stay in.
        '--workspace',
        dir,
        '--arm-endpoint',
        emu.info.armEndpoint,
        '--authority-host',
        emu.info.authorityHost,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: caFile,
          ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken,
          AZURE_TENANT_ID: emu.info.tenantId,
          AZURE_CLIENT_ID: emu.info.clientId,
        },
      },
    );
    child.on('exit', (c) => resolve(c ?? -1));
  });
  const total = Date.now() - childStartedAt;
  console.log(
    `CLI process (${values.cli ?? 'TypeScript sources via type stripping'}${TOKEN_LATENCY > 0 ? `, login requests +${TOKEN_LATENCY} ms each` : ''}): exit ${code}, start -> first ARM request ${firstArmAt === undefined ? 'n/a' : `${(firstArmAt - childStartedAt).toFixed(0)} ms`}, total ${total} ms`,
  );
} finally {
  await emu.close();
}
