// The apply fault matrix: ONE fault at a time, injected at the write of each step, against the emulator with
// the real SDK clients, each cell in its own fresh world that also carries state amlnet does not manage
// (a route table, service endpoints and an NSG association on the AKS subnet; a foreign rule in the NSG).
// Per cell: the first apply succeeds through retries (429 storm, 503, dropped connection, a concurrent writer's
// 412) or fails exactly that change and skips what depends on it (a failed long-running operation); then
// plan+apply re-runs (at most 2) converge, and the unmanaged state, the single Network Contributor assignment,
// the internal load balancer and a write-free final apply are checked. Azure ML v2 (k8s-internal-lb.yml) has the
// AzureML extension PUT and the Kubernetes compute PUT in the matrix (no ETag on those: no 412 cell).
// Not in the matrix: the GitHub ID token expiring mid-apply needs 2-second token lifetimes and a 2-second LRO,
// one case is enough (faults.emulator.test.ts).
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { Fault, FaultMatch, JsonObject } from '../../emulator/types.js';
import type { ApplyResult } from '../../src/apply/types.js';
import type { AzureClients } from '../../src/azure/clients.js';
import type { Plan } from '../../src/plan/model.js';
import {
  addFaults,
  applyFor,
  armWrites,
  clearRequestLog,
  loadSpecAsync,
  planFor,
  requestLog,
  resource,
  roleAssignments,
  startWorld,
  type TestWorld,
} from './world.js';

const ILB_SPEC = 'examples/aks-internal-lb.yml';
const V2_SPEC = 'examples/k8s-internal-lb.yml';
const ACI_SPEC = 'examples/aci-delegated.yml';
const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
const NSG = `${RG}/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;
const ROUTE_TABLE = `${RG}/providers/Microsoft.Network/routeTables/rt`;
const OTHER_ROUTE_TABLE = `${RG}/providers/Microsoft.Network/routeTables/rt-other`;
const COMPUTE = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/ilb-aks`;
const NETWORK_CONTRIBUTOR = '4d97b98b-1d4f-4787-a291-c67834d212e7';

const T = {
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  rule: 'Microsoft.Network/networkSecurityGroups/securityRules',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  role: 'Microsoft.Authorization/roleAssignments',
  extension: 'Microsoft.KubernetesConfiguration/extensions',
};
const V2_CLUSTER = `${RG}/providers/Microsoft.ContainerService/managedClusters/k8s-scoring`;
const V2_COMPUTE = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/k8s-scoring`;
const V2_EXTENSION = `${V2_CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/azureml`;

const FOREIGN_RULE = {
  name: 'ops-allow-bastion',
  properties: {
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority: 900,
    sourceAddressPrefix: '10.9.0.0/24',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '22',
    description: 'owned by the ops team, not by amlnet',
  },
};

/** What the world holds before amlnet runs, beyond the VNet and workspace: state amlnet must not lose. */
function unmanagedState(subnet: string, addressPrefix: string, withNsg: boolean): JsonObject[] {
  const out: JsonObject[] = [
    { id: ROUTE_TABLE, name: 'rt', type: 'Microsoft.Network/routeTables', location: 'eastus2', properties: {} },
    {
      id: OTHER_ROUTE_TABLE,
      name: 'rt-other',
      type: 'Microsoft.Network/routeTables',
      location: 'eastus2',
      properties: {},
    },
    {
      id: `${VNET}/subnets/${subnet}`,
      name: subnet,
      type: T.subnet,
      properties: {
        addressPrefix,
        routeTable: { id: ROUTE_TABLE },
        serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
        ...(withNsg ? { networkSecurityGroup: { id: NSG } } : {}),
      },
    },
  ];
  if (withNsg) {
    out.push({
      id: NSG,
      name: 'ml-nsg',
      type: 'Microsoft.Network/networkSecurityGroups',
      location: 'eastus2',
      properties: { securityRules: [FOREIGN_RULE] },
    });
  }
  return out;
}

/** A second writer that changes a subnet between amlnet's GET and PUT: its `nth` PUT of that subnet meets a new ETag. */
interface ConcurrentWriter {
  subnet: string;
  nth: number;
}

interface Scenario {
  spec: string;
  /** The subnet carrying the unmanaged state. */
  keptSubnet: string;
  keptPrefix: string;
  resources: JsonObject[];
  /** Checks beyond the subnet's unmanaged state, once converged. */
  ilb: boolean;
  /** Azure ML v2 (kubernetesClusters): the extension and the Kubernetes compute are checked instead of the v1 compute. */
  v2?: boolean;
}

const ILB: Scenario = {
  spec: ILB_SPEC,
  keptSubnet: 'aks-subnet',
  keptPrefix: '10.1.0.0/22',
  resources: unmanagedState('aks-subnet', '10.1.0.0/22', true),
  ilb: true,
};
// Azure ML v2 in the same kind of world: the AzureML extension (internal load balancer) and the Kubernetes compute.
const V2: Scenario = {
  spec: V2_SPEC,
  keptSubnet: 'aks-subnet',
  keptPrefix: '10.1.0.0/22',
  resources: unmanagedState('aks-subnet', '10.1.0.0/22', true),
  ilb: true,
  v2: true,
};
// The ACI subnet exists with unmanaged state and no delegation: amlnet's delegation PUT is a GET-merge-PUT on it.
const ACI: Scenario = {
  spec: ACI_SPEC,
  keptSubnet: 'aci-subnet',
  keptPrefix: '10.1.8.0/24',
  resources: unmanagedState('aci-subnet', '10.1.8.0/24', false),
  ilb: false,
};

interface StepCell {
  /** What the step writes (names the cell). */
  name: string;
  scenario: Scenario;
  /** Which request the fault hits. */
  match: FaultMatch;
  /** The path of the resource written (to check where the faults landed). */
  target: RegExp;
  /** The plan change this write belongs to. */
  address: string;
  /** Whether the write is a long-running operation (a failed LRO is possible). */
  lro: boolean;
  /** Set when the write is a GET-merge-PUT with If-Match (a concurrent writer gives a 412). */
  concurrent?: ConcurrentWriter;
}

// In the internal-LB world the AKS subnet already has all amlnet manages, so the subnet writes are the scoring
// subnet's: its creation, then its NSG association (a merge PUT on the live subnet, with If-Match).
const STEPS: StepCell[] = [
  {
    name: 'subnet PUT (create scoring-subnet)',
    scenario: ILB,
    match: { method: 'PUT', resourceType: T.subnet, path: '/subnets/scoring-subnet', nth: 1 },
    target: /\/subnets\/scoring-subnet$/i,
    address: 'network.subnets[scoring-subnet]',
    lro: true,
  },
  {
    name: 'subnet PUT (NSG association of scoring-subnet)',
    scenario: ILB,
    match: { method: 'PUT', resourceType: T.subnet, path: '/subnets/scoring-subnet', nth: 2 },
    target: /\/subnets\/scoring-subnet$/i,
    address: 'network.subnets[scoring-subnet].securityGroup',
    lro: true,
    concurrent: { subnet: 'scoring-subnet', nth: 2 },
  },
  {
    name: 'security rule PUT',
    scenario: ILB,
    match: { method: 'PUT', resourceType: T.rule },
    target: /\/securityRules\/allow-vnet-scoring$/i,
    address: 'network.securityGroup.rules[allow-vnet-scoring]',
    lro: true,
  },
  {
    name: 'AML compute PUT (create)',
    scenario: ILB,
    match: { method: 'PUT', resourceType: T.compute, nth: 1 },
    target: /\/computes\/ilb-aks$/i,
    address: 'aksClusters[ilb-aks]',
    lro: true,
  },
  {
    name: 'role assignment PUT',
    scenario: ILB,
    match: { method: 'PUT', resourceType: T.role },
    target: /\/roleAssignments\/[^/]+$/i,
    address: 'aksClusters[ilb-aks].networkContributor',
    lro: false,
  },
  {
    name: 'compute PUT (internal load balancer switch)',
    scenario: ILB,
    match: { method: 'PUT', resourceType: T.compute, nth: 2 },
    target: /\/computes\/ilb-aks$/i,
    address: 'aksClusters[ilb-aks].loadBalancer',
    lro: true,
  },
  {
    name: 'AzureML extension PUT (v2)',
    scenario: V2,
    match: { method: 'PUT', resourceType: T.extension, nth: 1 },
    target: /\/extensions\/azureml$/i,
    address: 'kubernetesClusters[k8s-scoring].extension',
    lro: true,
  },
  {
    name: 'Kubernetes compute PUT (v2 attach)',
    scenario: V2,
    match: { method: 'PUT', resourceType: T.compute, nth: 1 },
    target: /\/computes\/k8s-scoring$/i,
    address: 'kubernetesClusters[k8s-scoring]',
    lro: true,
  },
  {
    name: 'ACI delegation subnet PUT',
    scenario: ACI,
    match: { method: 'PUT', resourceType: T.subnet, path: '/subnets/aci-subnet', nth: 1 },
    target: /\/subnets\/aci-subnet$/i,
    address: 'network.subnets[aci-subnet]',
    lro: true,
    concurrent: { subnet: 'aci-subnet', nth: 1 },
  },
];

type FaultKind = '429 storm' | '503' | 'dropped connection' | 'failed LRO' | '412 concurrent writer';

/** The fault (with `times`; `nth` kept, so retries of the same write are hit too) for one step. */
function faultsFor(kind: FaultKind, match: FaultMatch): Fault[] {
  const at = (times: number): FaultMatch => ({ ...match, times });
  switch (kind) {
    case '429 storm':
      // Five 429s in a row: the first asks for 1 s, the rest for 0 s (ARM sends Retry-After on every 429). The
      // test clients cap Retry-After at 0 s (world.ts, maxRetryAfterSeconds), so the storm costs no real seconds.
      return [
        { kind: 'throttle', retryAfterSeconds: 1, match: at(1) },
        { kind: 'throttle', retryAfterSeconds: 0, match: { ...at(4), nth: (match.nth ?? 1) + 1 } },
      ];
    case '503':
      return [{ kind: 'error', status: 503, match: at(2) }];
    case 'dropped connection':
      return [{ kind: 'drop', match: at(1) }];
    case 'failed LRO':
      return [{ kind: 'lro-failed', code: 'InjectedFailure', message: 'injected by the fault matrix', match: at(1) }];
    case '412 concurrent writer':
      return [];
  }
}

/** How many requests each transient fault fails. */
const FAULT_COUNT: Record<'429 storm' | '503' | 'dropped connection', number> = {
  '429 storm': 5,
  '503': 2,
  'dropped connection': 1,
};

const KINDS: FaultKind[] = ['429 storm', '503', 'dropped connection', 'failed LRO', '412 concurrent writer'];

const CELLS: Array<[string, FaultKind, StepCell]> = STEPS.flatMap((step) =>
  KINDS.filter((k) => (k === 'failed LRO' ? step.lro : k === '412 concurrent writer' ? !!step.concurrent : true)).map(
    (k): [string, FaultKind, StepCell] => [step.name, k, step],
  ),
);

/** Clients whose network client lets another writer change the subnet just before our `nth` PUT of it. */
function withConcurrentWriter(
  world: TestWorld,
  clients: AzureClients,
  w: ConcurrentWriter,
): { clients: AzureClients; edits: () => number } {
  let puts = 0;
  let edits = 0;
  const policy: PipelinePolicy = {
    name: 'matrixConcurrentWriter',
    async sendRequest(request, next) {
      if (
        request.method === 'PUT' &&
        new RegExp(`/subnets/${w.subnet}\\?`, 'i').test(request.url) &&
        ++puts === w.nth
      ) {
        const subnet = resource(world, `${VNET}/subnets/${w.subnet}`) as {
          etag?: string;
          properties: Record<string, unknown>;
        };
        // The other writer's properties: one more service endpoint, and a route table where there was none.
        const endpoints = (subnet.properties.serviceEndpoints ?? []) as JsonObject[];
        subnet.properties.serviceEndpoints = [...endpoints, { service: 'Microsoft.KeyVault', locations: ['*'] }];
        subnet.properties.routeTable ??= { id: OTHER_ROUTE_TABLE };
        subnet.etag = `W/"other-writer-${edits}"`;
        edits++;
      }
      return next(request);
    },
  };
  return {
    edits: () => edits,
    clients: {
      ...clients,
      network: async () => {
        const c = await clients.network();
        if (!c.pipeline.getOrderedPolicies().some((p) => p.name === policy.name)) c.pipeline.addPolicy(policy);
        return c;
      },
    },
  };
}

const APPLY = { pollIntervalMs: 0, backoff: { baseDelayMs: 2, maxDelayMs: 20 } };

async function applyOnce(
  world: TestWorld,
  specPath: string,
  clients?: AzureClients,
): Promise<{ plan: Plan; result: ApplyResult }> {
  const { spec, plan } = await planFor(world, specPath);
  const result = await applyFor(world, spec, plan, { ...APPLY, ...(clients ? { clients } : {}) });
  return { plan, result };
}

const notDone = (r: ApplyResult): string[] =>
  r.outcomes
    .filter((o) => o.status !== 'done')
    .map((o) => `${o.status} ${o.address}${o.error ? ` ${o.error.code}` : ''}`);

/** Every change that depends on `address`, directly or through others. */
function dependentsOf(plan: Plan, address: string): string[] {
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of plan.changes) {
      if (out.has(c.address) || c.action === 'no-op') continue;
      if (c.dependsOn.some((d) => d === address || out.has(d))) {
        out.add(c.address);
        grew = true;
      }
    }
  }
  return [...out].sort();
}

/** The managed identity of the cluster the compute points at. */
function clusterPrincipalId(world: TestWorld): string {
  const compute = resource(world, COMPUTE) as { properties: { resourceId?: string } };
  const cluster = resource(world, String(compute.properties.resourceId)) as { identity?: { principalId?: string } };
  return String(cluster.identity?.principalId);
}

/** v2: the extension installed with the internal load balancer, the compute attached, one role for the cluster. */
function expectV2Converged(world: TestWorld): void {
  const cluster = resource(world, V2_CLUSTER) as { identity?: { principalId?: string } };
  const nc = roleAssignments(world).filter((r) => {
    const p = r.properties as { roleDefinitionId?: string; principalId?: string };
    return String(p.roleDefinitionId).endsWith(NETWORK_CONTRIBUTOR) && p.principalId === cluster.identity?.principalId;
  });
  expect(nc).toHaveLength(1);
  expect(resource(world, V2_EXTENSION)?.properties).toMatchObject({
    provisioningState: 'Succeeded',
    configurationSettings: expect.objectContaining({ 'scoringFe.serviceType.internalLoadBalancer': 'True' }),
  });
  expect(resource(world, V2_COMPUTE)?.properties).toMatchObject({
    computeType: 'Kubernetes',
    provisioningState: 'Succeeded',
    resourceId: V2_CLUSTER,
  });
}

function expectUnmanagedStateKept(world: TestWorld, scenario: Scenario): void {
  const subnet = resource(world, `${VNET}/subnets/${scenario.keptSubnet}`) as { properties: Record<string, unknown> };
  expect(subnet.properties).toMatchObject({
    addressPrefix: scenario.keptPrefix,
    routeTable: { id: ROUTE_TABLE },
    serviceEndpoints: expect.arrayContaining([
      expect.objectContaining({ service: 'Microsoft.Storage', locations: ['eastus2'] }),
    ]),
  });
  if (scenario.ilb) {
    expect(subnet.properties.networkSecurityGroup).toEqual({ id: NSG });
    const rule = resource(world, `${NSG}/securityRules/${FOREIGN_RULE.name}`) as { properties: JsonObject };
    expect(rule.properties).toMatchObject(FOREIGN_RULE.properties);
  } else {
    expect(subnet.properties.delegations).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ serviceName: 'Microsoft.ContainerInstance/containerGroups' }),
      }),
    ]);
  }
}

function expectIlbConverged(world: TestWorld): void {
  const principalId = clusterPrincipalId(world);
  const nc = roleAssignments(world).filter((r) => {
    const p = r.properties as { roleDefinitionId?: string; principalId?: string };
    return String(p.roleDefinitionId).endsWith(NETWORK_CONTRIBUTOR) && p.principalId === principalId;
  });
  expect(nc).toHaveLength(1);
  const compute = resource(world, COMPUTE) as { properties: { properties: { loadBalancerType?: string } } };
  expect(compute.properties.properties.loadBalancerType).toBe('InternalLoadBalancer');
}

describe('apply fault matrix: one fault at one step, then re-runs converge', () => {
  test.each(CELLS)('%s / %s', async (_step, kind, step) => {
    const { scenario } = step;
    const world = await startWorld(await loadSpecAsync(scenario.spec), {
      resources: scenario.resources,
      lroMs: { default: 10 },
    });
    try {
      await addFaults(world, faultsFor(kind, step.match));
      const writer = step.concurrent ? withConcurrentWriter(world, world.newClients(), step.concurrent) : undefined;

      // 1. The first apply, with the fault.
      const first = await applyOnce(world, scenario.spec, writer?.clients);
      const log = await requestLog(world);
      const target = first.result.outcomes.find((o) => o.address === step.address);
      expect(target).toBeDefined();
      if (kind === 'failed LRO') {
        expect(first.result.status).toBe('failed');
        const dependents = dependentsOf(first.plan, step.address);
        expect(notDone(first.result).sort()).toEqual(
          [`failed ${step.address} InjectedFailure`, ...dependents.map((d) => `skipped ${d}`)].sort(),
        );
        for (const o of first.result.outcomes.filter((x) => x.status === 'skipped')) expect(o.writes).toBe(0);
      } else {
        // Transient: retried to success within this one apply, and the fault was really met at this step.
        expect(notDone(first.result)).toEqual([]);
        expect(first.result.status).toBe('applied');
        if (kind === '412 concurrent writer') {
          expect(writer?.edits()).toBe(1);
          const puts = log.filter((r) => r.method === 'PUT' && r.path.endsWith(`/subnets/${step.concurrent?.subnet}`));
          expect(puts.map((p) => p.status)).toContain(412);
        } else {
          // Exactly the injected faults were met, all at this step's write (the nth PUT of it and its retries).
          const count = FAULT_COUNT[kind];
          const faulted = log.filter((r) => r.fault !== null);
          expect(faulted).toHaveLength(count);
          const puts = log.filter((r) => r.service === 'arm' && r.method === 'PUT' && step.target.test(r.path));
          const skip = (step.match.nth ?? 1) - 1;
          expect(puts.slice(0, skip).map((r) => r.fault)).toEqual(new Array(skip).fill(null));
          expect(puts.slice(skip, skip + count)).toEqual(faulted);
          expect(puts.at(-1)?.status).toBeLessThan(300);
          expect(target?.attempts).toBe(count + 1);
        }
      }

      // 2. Re-runs until the plan has no changes (at most two). A compute left Failed is never refused and never
      // deleted: the plan PUTs its create (or its last update) again (src/plan/compute-state.ts), visibly.
      let reruns = 0;
      for (;;) {
        const { plan } = await planFor(world, scenario.spec);
        expect(plan.refused).toBe(false);
        if (!plan.hasChanges) break;
        reruns++;
        expect(reruns).toBeLessThanOrEqual(2);
        if (kind === 'failed LRO' && step.scenario === ILB && step.match.resourceType === T.compute && reruns === 1) {
          const again = plan.changes.find((c) => c.address === 'aksClusters[ilb-aks]');
          expect(again?.action).toBe('update');
          expect(again?.reason).toMatch(/^compute ilb-aks is in provisioning state Failed/);
        }
        for (const c of plan.changes) expect(c.reason).not.toMatch(/az ml compute delete/);
        const { result } = await applyOnce(world, scenario.spec);
        expect(notDone(result)).toEqual([]);
      }
      if (kind !== 'failed LRO') expect(reruns).toBe(0);
      expect(
        (await requestLog(world)).filter((r) => r.method === 'DELETE' && /computes|managedClusters/i.test(r.path)),
      ).toEqual([]);

      // 3. Converged, and nothing amlnet does not manage was lost.
      const final = await planFor(world, scenario.spec);
      expect(final.plan.changes.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`)).toEqual([]);
      expectUnmanagedStateKept(world, scenario);
      if (step.concurrent && kind === '412 concurrent writer') {
        // Both writers' properties are on the subnet: the other writer's route table and endpoint, and ours.
        const s = resource(world, `${VNET}/subnets/${step.concurrent.subnet}`) as {
          properties: Record<string, unknown>;
        };
        const routeTable = step.concurrent.subnet === scenario.keptSubnet ? ROUTE_TABLE : OTHER_ROUTE_TABLE;
        expect(s.properties.routeTable).toEqual({ id: routeTable });
        expect((s.properties.serviceEndpoints as Array<{ service: string }>).map((e) => e.service)).toContain(
          'Microsoft.KeyVault',
        );
        if (scenario.ilb) expect(s.properties.networkSecurityGroup).toEqual({ id: NSG });
        else expect(s.properties.delegations).toHaveLength(1);
      }
      if (scenario.v2) expectV2Converged(world);
      else if (scenario.ilb) expectIlbConverged(world);

      // 4. A final apply writes nothing to ARM.
      await clearRequestLog(world);
      const last = await applyOnce(world, scenario.spec);
      expect(last.result.status).toBe('nothing-to-do');
      expect(await armWrites(world)).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
