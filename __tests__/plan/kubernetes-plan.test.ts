// The Azure ML v2 diff (src/plan/diff/kubernetes.ts) and its live rules (src/rules/live/kubernetes.ts), pure:
// spec + live state in, changes and findings out. Each row of a table is a live state and what must come of it.
import { diff } from '../../src/plan/diff/index.js';
import { KNOWN_AFTER_APPLY, STEP_ORDER, type Change } from '../../src/plan/model.js';
import { effectiveCluster } from '../../src/plan/diff/kubernetes.js';
import { liveRules } from '../../src/rules/live/index.js';
import { resolveKubernetesCluster } from '../../src/spec/defaults.js';
import type { KubernetesClusterSpec, Spec } from '../../src/spec/types.js';
import type { LiveKubernetesExtension, LiveState } from '../../src/live/types.js';
import { kubernetesExtensionId } from '../../src/live/ids.js';
import { extensionSettings } from '../../src/plan/kubernetes-extension.js';
import { MC_ID, RG, SUB, WS_ID, baseSpec, compute, emptyLive, managedCluster, networkContributor } from './fixtures.js';

const NEW_MC = `${RG}/providers/Microsoft.ContainerService/managedClusters/k8s`;
const EXT_NEW = kubernetesExtensionId(NEW_MC, 'azureml');
const EXT_ATTACHED = kubernetesExtensionId(MC_ID, 'azureml');

function v2Spec(over: Partial<KubernetesClusterSpec> = {}): Spec {
  const spec = baseSpec();
  delete spec.aksClusters;
  delete spec.aci;
  spec.kubernetesClusters = [
    { name: 'k8s', subnet: 'aks-subnet', sslCname: 'scoring.contoso.com', sslSecret: 'scoring-tls', ...over },
  ];
  return spec;
}
const attachSpec = (over: Partial<KubernetesClusterSpec> = {}): Spec =>
  v2Spec({ mode: 'attach', resourceId: MC_ID, ...over });

function live(over: Partial<LiveState> = {}): LiveState {
  return emptyLive({
    computes: { k8s: null },
    kubernetesExtensions: {},
    providers: { 'microsoft.kubernetesconfiguration': 'Registered' },
    workspaceComputes: [],
    ...over,
  });
}

function extension(spec: Spec, over: Partial<LiveKubernetesExtension> = {}): LiveKubernetesExtension {
  const c = resolveKubernetesCluster(spec, 0);
  const clusterId = c.mode === 'attach' ? MC_ID : NEW_MC;
  return {
    id: kubernetesExtensionId(clusterId, 'azureml'),
    name: 'azureml',
    extensionType: 'microsoft.azureml.kubernetes',
    releaseNamespace: 'azureml',
    provisioningState: 'Succeeded',
    settings: extensionSettings(effectiveCluster(c, managedCluster({ agentCount: 3 })), clusterId),
    routerAddress: null,
    ...over,
  };
}

const v2 = (changes: Change[]): Change[] => changes.filter((c) => c.address.startsWith('kubernetesClusters'));
const at = (changes: Change[], address: string): Change => {
  const c = changes.find((x) => x.address === address);
  if (c === undefined) throw new Error(`no change at ${address}`);
  return c;
};
const ruleIds = (spec: Spec, state: LiveState): string[] =>
  liveRules.flatMap((r) => r.check({ spec, live: state }).map((f) => `${r.id} ${f.severity ?? r.severity}`));

describe('v2 plan: create mode from nothing', () => {
  const changes = diff(v2Spec(), live());

  test('cluster -> role -> extension -> compute, in step order, each waiting for the one before', () => {
    expect(v2(changes).map((c) => [c.address, c.step, c.action])).toEqual([
      ['kubernetesClusters[k8s].managedCluster', 'managed-cluster', 'create'],
      ['kubernetesClusters[k8s].networkContributor', 'role', 'create'],
      ['kubernetesClusters[k8s].extension', 'kubernetes-extension', 'create'],
      ['kubernetesClusters[k8s]', 'kubernetes-compute', 'create'],
    ]);
    const ranks = changes.map((c) => STEP_ORDER.indexOf(c.step));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(at(changes, 'kubernetesClusters[k8s].networkContributor').dependsOn).toEqual([
      'kubernetesClusters[k8s].managedCluster',
    ]);
    expect(at(changes, 'kubernetesClusters[k8s].extension').dependsOn).toEqual(
      expect.arrayContaining(['kubernetesClusters[k8s].managedCluster', 'kubernetesClusters[k8s].networkContributor']),
    );
    expect(at(changes, 'kubernetesClusters[k8s]').dependsOn).toEqual(['kubernetesClusters[k8s].extension']);
  });

  test('the new cluster sits in the subnet with a system-assigned identity; its principal is known after apply', () => {
    const mc = at(changes, 'kubernetesClusters[k8s].managedCluster');
    expect(mc.resourceId).toBe(NEW_MC);
    expect(mc.after).toMatchObject({
      identity: { type: 'SystemAssigned' },
      agentPoolProfiles: [expect.objectContaining({ vnetSubnetID: expect.stringMatching(/\/subnets\/aks-subnet$/) })],
    });
    expect(at(changes, 'kubernetesClusters[k8s].networkContributor').after).toMatchObject({
      principalId: KNOWN_AFTER_APPLY,
      managedClusterId: NEW_MC,
      scope: RG,
    });
  });

  test('the extension carries the internal-load-balancer settings; the compute its cluster and namespace', () => {
    const ext = at(changes, 'kubernetesClusters[k8s].extension');
    expect(ext.resourceId).toBe(EXT_NEW);
    expect(ext.after).toMatchObject({
      extensionType: 'microsoft.azureml.kubernetes',
      releaseNamespace: 'azureml',
      configurationSettings: expect.objectContaining({
        internalLoadBalancerProvider: 'azure',
        'scoringFe.serviceType.internalLoadBalancer': 'True',
      }),
    });
    expect(at(changes, 'kubernetesClusters[k8s]').after).toEqual({
      computeType: 'Kubernetes',
      resourceId: NEW_MC,
      namespace: 'default',
      location: 'eastus2',
    });
    expect(at(changes, 'kubernetesClusters[k8s]').resourceId).toBe(`${WS_ID}/computes/k8s`);
  });
});

describe('v2 plan: attach mode', () => {
  const spec = attachSpec({ inferenceRouter: 'nodePort' });
  const mcs = { [MC_ID.toLowerCase()]: managedCluster({ agentCount: 3 }) };

  test('the cluster is never written; the role names its known principal', () => {
    const changes = diff(spec, live({ managedClusters: mcs }));
    expect(v2(changes).map((c) => [c.address, c.action])).toEqual([
      ['kubernetesClusters[k8s].managedCluster', 'no-op'],
      ['kubernetesClusters[k8s].networkContributor', 'create'],
      ['kubernetesClusters[k8s].extension', 'create'],
      ['kubernetesClusters[k8s]', 'create'],
    ]);
    expect(at(changes, 'kubernetesClusters[k8s].networkContributor').after).toMatchObject({
      principalId: 'aaaaaaaa-0000-4000-8000-000000000001',
    });
  });

  test('everything in place: only no-ops', () => {
    const state = live({
      managedClusters: mcs,
      roleAssignments: { 'aaaaaaaa-0000-4000-8000-000000000001': [networkContributor(RG)] },
      kubernetesExtensions: { [EXT_ATTACHED.toLowerCase()]: extension(spec) },
      computes: {
        k8s: compute({ name: 'k8s', computeType: 'Kubernetes', resourceId: MC_ID, namespace: 'default' }),
      },
    });
    expect(v2(diff(spec, state)).map((c) => c.action)).toEqual(['no-op', 'no-op', 'no-op', 'no-op']);
  });

  test('fewer than 3 nodes: HA off and DevTest, as the CLI decides, unless the spec says otherwise', () => {
    const changes = diff(spec, live({ managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ agentCount: 1 }) } }));
    expect(at(changes, 'kubernetesClusters[k8s].extension').after).toMatchObject({
      configurationSettings: expect.objectContaining({ inferenceRouterHA: 'False', clusterPurpose: 'DevTest' }),
    });
    const explicit = diff(
      attachSpec({ inferenceRouter: 'nodePort', inferenceRouterHA: true }),
      live({ managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ agentCount: 1 }) } }),
    );
    expect(at(explicit, 'kubernetesClusters[k8s].extension').after).toMatchObject({
      configurationSettings: expect.objectContaining({ inferenceRouterHA: 'True' }),
    });
  });
});

describe('v2 plan: never destructive', () => {
  const mcs = { [MC_ID.toLowerCase()]: managedCluster({ agentCount: 3 }) };
  const table: [string, Spec, Partial<LiveState>, string, RegExp][] = [
    ['the cluster to attach is missing', attachSpec(), {}, 'kubernetesClusters[k8s].managedCluster', /does not exist/],
    [
      'a v1 AKS compute under the name',
      attachSpec(),
      { managedClusters: mcs, computes: { k8s: compute({ name: 'k8s', computeType: 'AKS', resourceId: MC_ID }) } },
      'kubernetesClusters[k8s]',
      /type AKS .*Migrate it first/,
    ],
    [
      'a Kubernetes compute on another cluster',
      attachSpec(),
      {
        managedClusters: mcs,
        computes: { k8s: compute({ name: 'k8s', computeType: 'Kubernetes', resourceId: NEW_MC }) },
      },
      'kubernetesClusters[k8s]',
      /never detaches/,
    ],
    [
      'another extension type under the name',
      attachSpec(),
      {
        managedClusters: mcs,
        kubernetesExtensions: {
          [EXT_ATTACHED.toLowerCase()]: extension(attachSpec(), { extensionType: 'microsoft.flux' }),
        },
      },
      'kubernetesClusters[k8s].extension',
      /type microsoft\.flux.*never overwrites/,
    ],
    [
      'the cluster sits in another subnet',
      attachSpec(),
      {
        managedClusters: {
          [MC_ID.toLowerCase()]: managedCluster({
            subnetIds: [`${RG}/providers/Microsoft.Network/virtualNetworks/x/subnets/y`],
          }),
        },
      },
      'kubernetesClusters[k8s].managedCluster',
      /would need a new cluster: subnet/,
    ],
    [
      'a created cluster whose service CIDR changed in the spec',
      v2Spec({ serviceCidr: '10.2.0.0/16', dnsServiceIp: '10.2.0.10' }),
      { managedClusters: { [NEW_MC.toLowerCase()]: managedCluster({ id: NEW_MC, name: 'k8s' }) } },
      'kubernetesClusters[k8s].managedCluster',
      /serviceCidr: 10\.0\.0\.0\/16 in Azure/,
    ],
  ];
  test.each(table)('%s: a refusal', (_name, spec, state, address, reason) => {
    const changes = diff(spec, live(state));
    const c = at(changes, address);
    expect(c.action).toBe('refuse');
    expect(c.after).toBeNull();
    expect(c.reason).toMatch(reason);
    // Nothing at or after the refusal is written (and a refusal refuses the whole plan: apply/executor.ts).
    const from = v2(changes).findIndex((x) => x.address === address);
    expect(
      v2(changes)
        .slice(from)
        .filter((x) => x.action === 'create' || x.action === 'update'),
    ).toEqual([]);
  });
});

describe('v2 plan: resuming', () => {
  const spec = attachSpec({ inferenceRouter: 'nodePort' });
  const mcs = { [MC_ID.toLowerCase()]: managedCluster({ agentCount: 3 }) };
  const roles = { 'aaaaaaaa-0000-4000-8000-000000000001': [networkContributor(RG)] };
  const table: [string, Partial<LiveKubernetesExtension>, RegExp][] = [
    ['a Failed extension is PUT again', { provisioningState: 'Failed' }, /state Failed/],
    ['an extension still Creating is waited for', { provisioningState: 'Creating' }, /still Creating/],
    [
      'a changed managed setting is updated (only that key named)',
      { settings: { ...extension(spec).settings, inferenceRouterServiceType: 'LoadBalancer' } },
      /settings differ: inferenceRouterServiceType \(settings amlnet does not manage are kept\)/,
    ],
  ];
  test.each(table)('%s', (_name, ext, reason) => {
    const changes = diff(
      spec,
      live({
        managedClusters: mcs,
        roleAssignments: roles,
        kubernetesExtensions: { [EXT_ATTACHED.toLowerCase()]: extension(spec, ext) },
      }),
    );
    const c = at(changes, 'kubernetesClusters[k8s].extension');
    expect(c.action).toBe('update');
    expect(c.reason).toMatch(reason);
    expect(at(changes, 'kubernetesClusters[k8s]').dependsOn).toEqual(['kubernetesClusters[k8s].extension']);
  });

  test('a cluster still Creating (an interrupted apply) is waited for, and its identity read after', () => {
    const changes = diff(
      spec,
      live({ managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ provisioningState: 'Creating' }) } }),
    );
    const mc = at(changes, 'kubernetesClusters[k8s].managedCluster');
    expect([mc.action, mc.reason]).toEqual(['update', 'the managed cluster is still Creating; the apply waits for it']);
    expect(at(changes, 'kubernetesClusters[k8s].networkContributor').after).toMatchObject({
      principalId: KNOWN_AFTER_APPLY,
      managedClusterId: MC_ID,
    });
  });

  test('unmanaged settings on the extension do not make a change', () => {
    const ext = extension(spec, { settings: { ...extension(spec).settings, installNvidiaDevicePlugin: 'True' } });
    const changes = diff(
      spec,
      live({
        managedClusters: mcs,
        roleAssignments: roles,
        kubernetesExtensions: { [EXT_ATTACHED.toLowerCase()]: ext },
      }),
    );
    expect(at(changes, 'kubernetesClusters[k8s].extension').action).toBe('no-op');
  });

  test('a Failed compute is PUT again; a new namespace is an update', () => {
    const base = {
      managedClusters: mcs,
      roleAssignments: roles,
      kubernetesExtensions: { [EXT_ATTACHED.toLowerCase()]: extension(spec) },
    };
    const failed = compute({
      name: 'k8s',
      computeType: 'Kubernetes',
      resourceId: MC_ID,
      namespace: 'default',
      provisioningState: 'Failed',
    });
    expect(at(diff(spec, live({ ...base, computes: { k8s: failed } })), 'kubernetesClusters[k8s]').action).toBe(
      'update',
    );
    const other = compute({ name: 'k8s', computeType: 'Kubernetes', resourceId: MC_ID, namespace: 'scoring' });
    const c = at(diff(spec, live({ ...base, computes: { k8s: other } })), 'kubernetesClusters[k8s]');
    expect([c.action, c.reason]).toEqual(['update', 'namespace scoring -> default']);
  });
});

describe('v2 live rules', () => {
  const spec = attachSpec();
  const mcs = (over: Parameters<typeof managedCluster>[0] = {}) => ({ [MC_ID.toLowerCase()]: managedCluster(over) });
  const table: [string, Partial<LiveState>, string[]][] = [
    ['all in order', { managedClusters: mcs() }, []],
    [
      'provider not registered',
      { managedClusters: mcs(), providers: { 'microsoft.kubernetesconfiguration': 'NotRegistered' } },
      ['LIVE-K8S-PROVIDER error'],
    ],
    [
      'provider registration unreadable',
      {
        managedClusters: mcs(),
        providers: {
          'microsoft.kubernetesconfiguration': { unreadable: true, code: 'AuthorizationFailed', message: 'no' },
        },
      },
      ['LIVE-K8S-PROVIDER notice'],
    ],
    [
      'service principal',
      { managedClusters: mcs({ usesServicePrincipal: true, principalId: null }) },
      ['LIVE-K8S-CLUSTER-IDENTITY error'],
    ],
    [
      'local accounts disabled',
      { managedClusters: mcs({ disableLocalAccounts: true }) },
      ['LIVE-K8S-CLUSTER-IDENTITY error'],
    ],
    [
      'an extension in another namespace under the name',
      {
        managedClusters: mcs(),
        kubernetesExtensions: { [EXT_ATTACHED.toLowerCase()]: extension(spec, { releaseNamespace: 'other' }) },
      },
      ['LIVE-K8S-EXTENSION-CONFLICT error'],
    ],
    [
      'the AzureML extension already on the cluster under another name',
      {
        managedClusters: mcs(),
        azureMlExtensions: { [MC_ID.toLowerCase()]: [extension(spec, { name: 'ml-ext' })] },
      },
      ['LIVE-K8S-EXTENSION-NAME error'],
    ],
    [
      "the AzureML extension on the cluster under the spec's name is the one amlnet manages",
      {
        managedClusters: mcs(),
        azureMlExtensions: { [MC_ID.toLowerCase()]: [extension(spec)] },
        kubernetesExtensions: { [EXT_ATTACHED.toLowerCase()]: extension(spec) },
      },
      [],
    ],
    [
      'no AzureML extension on the cluster yet, or the list unreadable: no finding',
      {
        managedClusters: mcs(),
        azureMlExtensions: { [MC_ID.toLowerCase()]: { unreadable: true, code: 'AuthorizationFailed', message: 'no' } },
      },
      [],
    ],
    [
      'a v1 compute on the cluster',
      {
        managedClusters: mcs(),
        workspaceComputes: [compute({ name: 'old', computeType: 'AKS', resourceId: MC_ID.toUpperCase() })],
      },
      ['LIVE-K8S-V1-ATTACHED error'],
    ],
    [
      'a v1 compute on another cluster is no concern',
      { managedClusters: mcs(), workspaceComputes: [compute({ name: 'old', computeType: 'AKS', resourceId: NEW_MC })] },
      [],
    ],
  ];
  test.each(table)('%s', (_name, state, expected) => {
    expect(ruleIds(spec, live(state)).filter((r) => r.startsWith('LIVE-K8S'))).toEqual(expected);
  });

  test('without kubernetesClusters the v2 rules say nothing', () => {
    expect(
      ruleIds(baseSpec(), live({ providers: { 'microsoft.kubernetesconfiguration': 'NotRegistered' } })).filter((r) =>
        r.startsWith('LIVE-K8S'),
      ),
    ).toEqual([]);
  });
});

test('the subscription id of the fixtures is the one the ids use', () => {
  expect(NEW_MC.startsWith(`/subscriptions/${SUB}/`)).toBe(true);
});
