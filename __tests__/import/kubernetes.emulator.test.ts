// `amlnet import` of Azure ML v2 Kubernetes computes against the emulator: worlds set up the way amlnet itself does
// it (the v2 examples applied with the real clients, from the existing cluster k8s-attach.yml names), then the
// import through the CLI: reads only, the written spec validates with no error, plans with no change, and holds the
// kubernetesClusters entry with the extension's settings read back. Also a workspace with a v1 AKS compute and a
// v2 one, and a v2 compute whose cluster sits in another virtual network (skipped, with the reason).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/commands/import.js';
import { runPlan } from '../../src/commands/plan.js';
import { runValidate } from '../../src/commands/validate.js';
import { parseSpecText } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/types.js';
import type { JsonObject } from '../../emulator/types.js';
import { attachSeed } from '../apply/v2-seed.js';
import {
  applyFor,
  loadSpecAsync,
  planFor,
  prerequisites,
  requestLog,
  resource,
  startWorld,
  type TestWorld,
} from '../apply/world.js';
import { EXTENSION_API_VERSION } from '../../src/azure/live/read-kubernetes.js';

const dir = mkdtempSync(join(tmpdir(), 'amlnet-import-k8s-'));
let counter = 0;
const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const ATTACHED_ID = `/subscriptions/${SUB}/resourceGroups/aks-rg/providers/Microsoft.ContainerService/managedClusters/existing-aks`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  fn: (
    args: string[],
    out: { stdout(t: string): void; stderr(t: string): void },
    env: Record<string, string>,
  ) => Promise<number>,
  args: string[],
  w: TestWorld,
  withLogin = true,
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: w.emu.info.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: w.emu.info.oidcRequestToken,
    AZURE_TENANT_ID: w.emu.info.tenantId,
    AZURE_CLIENT_ID: w.emu.info.clientId,
  };
  const login = ['--arm-endpoint', w.emu.info.armEndpoint, '--authority-host', w.emu.info.authorityHost];
  const code = await fn(
    withLogin ? [...args, ...login] : args,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env,
  );
  return { code, stdout, stderr };
}

interface Imported {
  spec: Spec;
  text: string;
  stderr: string;
  /** The ARM requests the import sent. */
  requests: { method: string; path: string }[];
}

/** import, then validate and plan the written file, as a user runs them: no error, no change. */
async function roundTrip(w: TestWorld): Promise<Imported> {
  const before = (await requestLog(w)).length;
  const file = join(dir, `imported-${++counter}.yml`);
  const imported = await run(
    runImport,
    ['--workspace', 'ml-rg/ml-ws', '--network', 'ml-rg/ml-vnet', '--subscription', SUB, '--out', file],
    w,
  );
  const requests = (await requestLog(w)).slice(before).filter((r) => r.service === 'arm');
  // Reads only: nothing but GETs reached ARM while importing.
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(imported.stderr).toContain('it validates with no error and its plan has no change');
  expect(imported.code).toBe(0);
  const text = readFileSync(file, 'utf8');

  const v = await run(runValidate, ['--workspace', dir, '--spec', file, '--format', 'json'], w, false);
  const validated = JSON.parse(v.stdout) as { findings: { severity: string }[] };
  expect(validated.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(v.code).toBe(0);

  const p = await run(runPlan, ['--workspace', dir, '--spec', file, '--format', 'json'], w);
  const plan = JSON.parse(p.stdout) as { hasChanges: boolean; changes: { action: string; address: string }[] };
  expect(plan.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
  expect(plan.hasChanges).toBe(false);
  // The v2 steps were planned (and found in place), not left out.
  expect(plan.changes.filter((c) => c.address.startsWith('kubernetesClusters[')).length).toBeGreaterThanOrEqual(4);
  expect(p.code).toBe(0);
  return { spec: parseSpecText(text).value as Spec, text, stderr: imported.stderr, requests };
}

/** Plans and applies a spec file in the world; every change done. */
async function applied(w: TestWorld, specPath: string): Promise<void> {
  const { spec, plan } = await planFor(w, specPath);
  expect(plan.refused).toBe(false);
  const result = await applyFor(w, spec, plan);
  expect(result.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
}

/** A variant of an example, written to a temporary file. */
function variant(example: string, edit: (text: string) => string): string {
  const path = join(dir, `variant-${++counter}.yml`);
  writeFileSync(path, edit(readFileSync(example, 'utf8')));
  return path;
}

/** The same world from several specs: each one's prerequisites and existing clusters. */
async function worldFor(...specs: Spec[]): Promise<TestWorld> {
  const resources: JsonObject[] = specs.slice(1).flatMap((s) => [...prerequisites(s), ...attachSeed(s)]);
  return startWorld(specs[0], { resources: [...attachSeed(specs[0]), ...resources] });
}

describe('v2 Kubernetes computes as amlnet set them up round-trip to zero changes', () => {
  let w: TestWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  test('k8s-attach.yml: the existing cluster, NodePort router, HTTPS with a named secret, role on the subnet', async () => {
    const specPath = 'examples/k8s-attach.yml';
    w = await worldFor(await loadSpecAsync(specPath));
    await applied(w, specPath);
    const { spec, text, requests } = await roundTrip(w);

    expect(spec.kubernetesClusters).toEqual([
      {
        name: 'k8s-attached',
        mode: 'attach',
        resourceId: ATTACHED_ID,
        subnet: 'aks-subnet',
        namespace: 'default',
        extensionName: 'azureml',
        inferenceRouter: 'nodePort',
        inferenceRouterHA: true,
        allowInsecureConnections: false,
        sslCname: 'scoring.contoso.com',
        sslSecret: 'scoring-tls',
        networkContributorScope: 'subnet',
      },
    ]);
    expect(spec.aksClusters).toBeUndefined();
    expect(spec.network.subnets).toEqual([{ name: 'aks-subnet', addressPrefix: '10.1.0.0/22' }]);
    // The extension was found by listing the cluster's extensions.
    expect(requests.map((r) => r.path.split('?')[0].toLowerCase())).toContain(
      `${ATTACHED_ID}/providers/Microsoft.KubernetesConfiguration/extensions`.toLowerCase(),
    );
    // The comment says what the entry is and which extension settings amlnet leaves alone.
    expect(text).toMatch(
      /^ *# compute k8s-attached \(Azure ML v2, computeType Kubernetes\) on managed cluster existing-aks,\n *# AzureML extension azureml \(release namespace azureml\)\.$/m,
    );
    expect(text).toMatch(/^ *# +.*nginxIngress\.enabled.*relayserver\.enabled/m);
    expect(text).toMatch(/^ *# +networkPlugin: azure, serviceCidr: 10\.0\.0\.0\/16, dnsServiceIp: 10\.0\.0\.10$/m);
  });

  test('k8s-internal-lb.yml: the cluster amlnet created, internal load balancer, HA, role on the resource group', async () => {
    const specPath = 'examples/k8s-internal-lb.yml';
    w = await worldFor(await loadSpecAsync(specPath));
    await applied(w, specPath);
    const { spec } = await roundTrip(w);

    expect(spec.kubernetesClusters).toEqual([
      {
        name: 'k8s-scoring',
        mode: 'attach',
        resourceId: `${RG}/providers/Microsoft.ContainerService/managedClusters/k8s-scoring`,
        subnet: 'aks-subnet',
        namespace: 'default',
        extensionName: 'azureml',
        inferenceRouter: 'internalLoadBalancer',
        inferenceRouterHA: true,
        allowInsecureConnections: false,
        sslCname: 'scoring.contoso.com',
        sslSecret: 'scoring-tls',
        networkContributorScope: 'resourceGroup',
      },
    ]);
    expect(spec.network.securityGroup?.rules?.map((r) => r.name)).toEqual(['allow-vnet-scoring']);
  });

  test('a workspace with a v1 AKS compute and a v2 one (its own extension name): both imported, each in its list', async () => {
    const specPath = variant(
      'examples/k8s-internal-lb.yml',
      (t) =>
        t
          // An extension name of the user's: the import finds it by listing the cluster's extensions.
          .replace('extensionName: azureml', 'extensionName: aml-inference')
          .replace(
            '      addressPrefix: 10.1.0.0/22\n',
            '      addressPrefix: 10.1.0.0/22\n    - name: v1-subnet\n      addressPrefix: 10.1.4.0/22\n',
          ) +
        [
          '',
          'aksClusters:',
          '  - name: v1-aks',
          '    mode: create',
          '    agentCount: 3',
          '    maxPods: 30',
          '    clusterPurpose: FastProd',
          '    subnet: v1-subnet',
          '    networkPlugin: azure',
          '    serviceCidr: 10.3.0.0/16',
          '    dnsServiceIp: 10.3.0.10',
          '    loadBalancerType: PublicIp',
          '    networkContributorScope: resourceGroup',
          '',
        ].join('\n'),
    );
    w = await worldFor(await loadSpecAsync(specPath));
    await applied(w, specPath);
    const { spec } = await roundTrip(w);

    expect(spec.aksClusters).toEqual([
      expect.objectContaining({ name: 'v1-aks', mode: 'attach', subnet: 'v1-subnet', loadBalancerType: 'PublicIp' }),
    ]);
    expect(spec.kubernetesClusters).toEqual([
      expect.objectContaining({
        name: 'k8s-scoring',
        mode: 'attach',
        subnet: 'aks-subnet',
        extensionName: 'aml-inference',
        inferenceRouter: 'internalLoadBalancer',
      }),
    ]);
    expect(spec.network.subnets.map((s) => s.name).sort()).toEqual(['aks-subnet', 'v1-subnet']);
  });

  test('a v2 compute whose cluster sits in another virtual network is skipped, with the reason', async () => {
    const inside = 'examples/k8s-internal-lb.yml';
    const outside = variant('examples/k8s-attach.yml', (t) =>
      t
        .replace('  name: ml-vnet\n  addressSpace: [10.1.0.0/16]', '  name: other-vnet\n  addressSpace: [10.2.0.0/16]')
        .replace('addressPrefix: 10.1.0.0/22', 'addressPrefix: 10.2.0.0/22')
        .replace('- name: k8s-attached', '- name: k8s-elsewhere'),
    );
    w = await worldFor(await loadSpecAsync(inside), await loadSpecAsync(outside));
    await applied(w, inside);
    await applied(w, outside);
    const { spec, stderr } = await roundTrip(w);

    expect(spec.kubernetesClusters?.map((c) => c.name)).toEqual(['k8s-scoring']);
    expect(stderr).toContain('IMPORT-NOT-IMPORTED');
    expect(stderr).toMatch(
      /compute k8s-elsewhere \(Kubernetes\) is not imported: its nodes are in \S+\/virtualNetworks\/other-vnet\/subnets\/aks-subnet, outside this virtual network/,
    );
  });
});

interface FindingJson {
  ruleId: string;
  severity: string;
  message: string;
  path: string;
  line: number;
  column: number;
}

/** import with JSON findings, without expecting the round trip to hold. */
async function importJson(w: TestWorld): Promise<{ code: number; text: string; findings: FindingJson[] }> {
  const file = join(dir, `imported-${++counter}.yml`);
  const r = await run(
    runImport,
    [
      '--workspace',
      'ml-rg/ml-ws',
      '--network',
      'ml-rg/ml-vnet',
      '--subscription',
      SUB,
      '--out',
      file,
      '--format',
      'json',
    ],
    w,
  );
  const json = r.stderr.slice(0, r.stderr.lastIndexOf('amlnet import:'));
  return {
    code: r.code,
    text: readFileSync(file, 'utf8'),
    findings: (JSON.parse(json) as { findings: FindingJson[] }).findings,
  };
}

describe('when a v2 round trip cannot hold', () => {
  let w: TestWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  test('HTTPS with the certificate as protected settings: written, exit 1, the findings placed at the entry', async () => {
    const specPath = 'examples/k8s-attach.yml';
    w = await worldFor(await loadSpecAsync(specPath));
    await applied(w, specPath);
    // The extension re-installed the other documented way: the certificate and key as protected settings
    // (write-only: Azure never returns them), no sslSecret.
    const extId = `${ATTACHED_ID}/providers/Microsoft.KubernetesConfiguration/extensions/azureml`;
    const props = resource(w, extId)!.properties as JsonObject;
    const settings = { ...(props.configurationSettings as Record<string, string>) };
    delete settings.sslSecret;
    delete settings['scoringFe.sslSecret'];
    await w.newClients().putResource(extId, EXTENSION_API_VERSION, {
      identity: { type: 'SystemAssigned' },
      properties: {
        extensionType: 'microsoft.azureml.kubernetes',
        scope: { cluster: { releaseNamespace: 'azureml' } },
        configurationSettings: settings,
        configurationProtectedSettings: {
          'scoringFe.sslCert': 'c2VjcmV0LWNlcnQ=',
          'scoringFe.sslKey': 'c2VjcmV0LWtleQ==',
        },
      },
    });
    // The emulator settles an operation at the first request after it is due.
    await new Promise((r) => setTimeout(r, 60));
    await w.newClients().getResource(extId, EXTENSION_API_VERSION);
    expect(resource(w, extId)!.properties).toMatchObject({ provisioningState: 'Succeeded' });

    const { code, text, findings } = await importJson(w);
    expect(code).toBe(1);
    expect(parseSpecText(text).value).toMatchObject({
      kubernetesClusters: [{ name: 'k8s-attached', allowInsecureConnections: false, sslCname: 'scoring.contoso.com' }],
    });
    expect(text).not.toContain('sslSecret:');
    // Protected settings never reach the file or the findings.
    expect(text + JSON.stringify(findings)).not.toMatch(/c2VjcmV0|sslCert|sslKey/);
    const entryLine = text.split('\n').findIndex((l) => l.includes('- name: k8s-attached')) + 1;
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'IMPORT-NOT-EXPRESSIBLE',
          path: 'kubernetesClusters[0]',
          line: entryLine,
          message: expect.stringMatching(/serves HTTPS but names no sslSecret/),
        }),
        expect.objectContaining({ ruleId: 'AML-K8S-HTTPS', severity: 'error' }),
      ]),
    );
  });
});
