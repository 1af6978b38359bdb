// Pure parts of the appliers: what a subnet PUT carries, when a rule or load balancer needs a write,
// the bodies of new clusters, whose identity gets the role, and how plan changes are read.
import type { Subnet } from '@azure/arm-network';
import type { ManagedCluster } from '@azure/arm-containerservice';
import type { ComputeResource } from '@azure/arm-machinelearning';
import { mergeSubnet, delegationName } from '../../src/azure/apply/subnet.js';
import { ruleDifferences, ruleBody } from '../../src/azure/apply/security-rule.js';
import { switchLoadBalancer } from '../../src/azure/apply/load-balancer.js';
import { computeBody } from '../../src/azure/apply/compute.js';
import { clusterPrincipal, managedClusterBody } from '../../src/azure/apply/managed-cluster.js';
import {
  desiredCompute,
  desiredLoadBalancer,
  desiredManagedCluster,
  desiredRole,
  desiredRule,
  desiredSubnet,
  type DesiredSubnet,
  type Write,
} from '../../src/azure/apply/desired.js';
import { ApplyFailure } from '../../src/apply/errors.js';
import { KNOWN_AFTER_APPLY, type ChangeKind, type ChangeOfKind } from '../../src/plan/model.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
const NSG = `${RG}/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;
const ACI = 'Microsoft.ContainerInstance/containerGroups';

function desired(extra: Partial<DesiredSubnet> = {}): DesiredSubnet {
  return { resourceGroup: 'ml-rg', vnet: 'ml-vnet', subnet: 'aci', delegations: [], ...extra };
}

/** A subnet with every property amlnet does not manage set, as the SDK returns it. */
function busySubnet(): Subnet {
  return {
    id: `${VNET}/subnets/aci`,
    name: 'aci',
    etag: 'W/"1"',
    addressPrefix: '10.1.8.0/24',
    networkSecurityGroup: { id: `${RG}/providers/Microsoft.Network/networkSecurityGroups/theirs` },
    routeTable: { id: `${RG}/providers/Microsoft.Network/routeTables/rt` },
    natGateway: { id: `${RG}/providers/Microsoft.Network/natGateways/nat` },
    serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
    serviceEndpointPolicies: [{ id: `${RG}/providers/Microsoft.Network/serviceEndpointPolicies/sep` }],
    delegations: [{ name: 'web', serviceName: 'Microsoft.Web/serverFarms' }],
    privateEndpointNetworkPolicies: 'Enabled',
    privateLinkServiceNetworkPolicies: 'Disabled',
    defaultOutboundAccess: false,
  };
}

describe('mergeSubnet', () => {
  test('adds the ACI delegation to the existing list and keeps every unmanaged property', () => {
    const live = busySubnet();
    const { body, changes } = mergeSubnet(live, desired({ delegations: [ACI] }));
    expect(changes).toEqual([`add delegation ${ACI}`]);
    expect(body).toEqual({
      ...live,
      delegations: [
        { name: 'web', serviceName: 'Microsoft.Web/serverFarms' },
        { name: delegationName(ACI), serviceName: ACI },
      ],
    });
  });

  test('never replaces an existing NSG association, and says so', () => {
    const live = busySubnet();
    const { body, kept } = mergeSubnet(live, desired({ networkSecurityGroupId: NSG }));
    expect(body).toBeUndefined();
    expect(kept.join()).toMatch(/keeps its NSG .*theirs/);
  });

  test('associates the NSG when the subnet has none, keeping the rest', () => {
    const live = { ...busySubnet(), networkSecurityGroup: undefined };
    const { body } = mergeSubnet(live, desired({ networkSecurityGroupId: NSG }));
    expect(body).toEqual({ ...live, networkSecurityGroup: { id: NSG } });
  });

  test.each([
    [
      'delegation already present (other case)',
      { delegations: [ACI.toLowerCase()] },
      { delegations: [{ name: 'x', serviceName: ACI }] },
    ],
    [
      'NSG already associated (other case)',
      { networkSecurityGroupId: NSG },
      { networkSecurityGroup: { id: NSG.toUpperCase() } },
    ],
    ['nothing managed', {}, {}],
    ['existing prefix differs: never changed', { addressPrefix: '10.9.0.0/24' }, {}],
  ])('no write when %s', (_name, want, live) => {
    expect(mergeSubnet({ ...busySubnet(), ...live }, desired(want)).body).toBeUndefined();
  });

  test('a new subnet gets its prefix, delegations and NSG', () => {
    const { body } = mergeSubnet(
      undefined,
      desired({ addressPrefix: '10.1.8.0/24', delegations: [ACI], networkSecurityGroupId: NSG }),
    );
    expect(body).toEqual({
      name: 'aci',
      addressPrefix: '10.1.8.0/24',
      delegations: [{ name: delegationName(ACI), serviceName: ACI }],
      networkSecurityGroup: { id: NSG },
    });
  });

  test('a delegation name that is taken gets a suffix', () => {
    const live = { ...busySubnet(), delegations: [{ name: delegationName(ACI), serviceName: 'Microsoft.Other/x' }] };
    const { body } = mergeSubnet(live, desired({ delegations: [ACI] }));
    expect(body?.delegations?.map((d) => d.name)).toEqual([delegationName(ACI), `${delegationName(ACI)}-2`]);
  });
});

const RESOURCE_TYPE: { [K in ChangeKind]: ChangeOfKind<K>['resourceType'] } = {
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  'subnet-security-group': 'Microsoft.Network/virtualNetworks/subnets',
  'security-group': 'Microsoft.Network/networkSecurityGroups',
  'security-rule': 'Microsoft.Network/networkSecurityGroups/securityRules',
  'managed-cluster': 'Microsoft.ContainerService/managedClusters',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  role: 'Microsoft.Authorization/roleAssignments',
  'load-balancer': 'Microsoft.MachineLearningServices/workspaces/computes',
};
const STEP: { [K in ChangeKind]: ChangeOfKind<K>['step'] } = {
  subnet: 'subnet',
  'subnet-security-group': 'security-group',
  'security-group': 'security-group',
  'security-rule': 'security-rule',
  'managed-cluster': 'managed-cluster',
  compute: 'compute',
  role: 'role',
  'load-balancer': 'load-balancer',
};
type AfterOf<K extends ChangeKind> = Extract<ChangeOfKind<K>, { action: 'create' | 'update' }>['after'];

/** A create of one kind: `after` is type-checked against the kind's shape. */
function change<K extends ChangeKind>(
  kind: K,
  resourceId: string,
  after: AfterOf<K>,
): Extract<Write<K>, { action: 'create' | 'update' }> {
  const c = {
    kind,
    address: 'x',
    resourceType: RESOURCE_TYPE[kind],
    resourceId,
    action: 'create',
    before: null,
    after,
    reason: '',
    step: STEP[kind],
    dependsOn: [],
  };
  return c as unknown as Extract<Write<K>, { action: 'create' | 'update' }>;
}

describe('security rules', () => {
  const rule = desiredRule(
    change('security-rule', `${NSG}/securityRules/allow-scoring`, {
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 200,
      sourceAddressPrefixes: ['203.0.113.0/24'],
      sourcePortRanges: ['*'],
      destinationAddressPrefixes: ['*'],
      destinationPortRanges: ['443', '80'],
      description: 'Scoring clients',
    }),
  );

  test('reads names from the id', () => {
    expect(rule).toMatchObject({ resourceGroup: 'ml-rg', nsg: 'ml-nsg', name: 'allow-scoring' });
  });

  test('singular live fields equal the plural desired ones; order and case do not matter', () => {
    const live = {
      direction: 'inbound',
      access: 'Allow',
      protocol: 'TCP',
      priority: 200,
      sourceAddressPrefix: '203.0.113.0/24',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRanges: ['80', '443'],
      description: 'Scoring clients',
    };
    expect(ruleDifferences(live, rule)).toEqual([]);
  });

  test.each([
    ['priority', { priority: 201 }, /priority 201 -> 200/],
    ['ports', { destinationPortRanges: ['443'] }, /destinationPortRanges/],
    ['access', { access: 'Deny' }, /access Deny -> Allow/],
    ['description', { description: 'other' }, /description/],
  ])('a different %s is a difference', (_n, patch, expected) => {
    const live = { ...ruleBody(rule), ...patch };
    expect(ruleDifferences(live, rule).join()).toMatch(expected);
  });

  test('the body puts a single value in the singular field (Azure rejects * in the lists)', () => {
    expect(ruleBody(rule)).toEqual({
      name: 'allow-scoring',
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 200,
      sourceAddressPrefix: '203.0.113.0/24',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRanges: ['443', '80'],
      description: 'Scoring clients',
    });
  });
});

const WS = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`;

describe('load balancer switch', () => {
  const live: ComputeResource = {
    id: `${WS}/computes/myaks`,
    location: 'eastus2',
    tags: { team: 'ml' },
    properties: {
      computeType: 'AKS',
      description: 'keep me',
      resourceId: `${RG}/providers/Microsoft.ContainerService/managedClusters/myaks`,
      properties: {
        agentCount: 3,
        agentVmSize: 'Standard_D3_v2',
        clusterPurpose: 'FastProd',
        loadBalancerType: 'PublicIp',
      },
    },
  };
  const want = desiredLoadBalancer(
    change('load-balancer', `${WS}/computes/myaks`, {
      loadBalancerType: 'InternalLoadBalancer',
      loadBalancerSubnet: 'aks-subnet',
    }),
  );

  test('changes only the two load balancer fields of the full body', () => {
    expect(switchLoadBalancer(live, want)).toEqual({
      location: live.location,
      tags: live.tags,
      properties: {
        ...live.properties,
        properties: {
          agentCount: 3,
          agentVmSize: 'Standard_D3_v2',
          clusterPurpose: 'FastProd',
          loadBalancerType: 'InternalLoadBalancer',
          loadBalancerSubnet: 'aks-subnet',
        },
      },
    });
  });

  // SDK v1 (azureml-core AksCompute.update) deletes sslConfiguration before its PUT and sends no nulls; read-only
  // members (readOnly in the ML spec's Compute definitions) are not the client's to send.
  test('sends the body SDK v1 sends: no sslConfiguration, no nulls, no read-only values', () => {
    const read = {
      id: `${WS}/computes/myaks`,
      name: 'myaks',
      type: 'Microsoft.MachineLearningServices/workspaces/computes',
      location: 'eastus2',
      tags: null,
      systemData: { createdBy: 'someone' },
      properties: {
        computeType: 'AKS',
        computeLocation: 'eastus2',
        provisioningState: 'Succeeded',
        provisioningErrors: null,
        createdOn: '2026-01-01T00:00:00Z',
        modifiedOn: '2026-01-02T00:00:00Z',
        isAttachedCompute: true,
        description: null,
        resourceId: `${RG.replace('resourceGroups', 'resourcegroups')}/providers/Microsoft.ContainerService/managedClusters/myaks`,
        disableLocalAuth: false,
        properties: {
          agentCount: 3,
          agentVmSize: null,
          clusterFqdn: 'myaks.hcp.eastus2.azmk8s.io',
          sslConfiguration: { status: 'Disabled', cert: null, key: null, cname: null },
          systemServices: [{ systemServiceType: 'ScoringFrontEnd', publicIpAddress: '20.0.0.1' }],
          loadBalancerType: 'PublicIp',
          loadBalancerSubnet: null,
          aksNetworkingConfiguration: { subnetId: null, serviceCidr: '10.2.0.0/16' },
        },
      },
    } as unknown as ComputeResource;
    expect(switchLoadBalancer(read, want)).toEqual({
      location: 'eastus2',
      properties: {
        computeType: 'AKS',
        computeLocation: 'eastus2',
        resourceId: `${RG.replace('resourceGroups', 'resourcegroups')}/providers/Microsoft.ContainerService/managedClusters/myaks`,
        disableLocalAuth: false,
        properties: {
          agentCount: 3,
          clusterFqdn: 'myaks.hcp.eastus2.azmk8s.io',
          loadBalancerType: 'InternalLoadBalancer',
          loadBalancerSubnet: 'aks-subnet',
          aksNetworkingConfiguration: { serviceCidr: '10.2.0.0/16' },
        },
      },
    });
  });

  test('subnet names compare case-insensitively: AKS-Subnet is already aks-subnet', () => {
    const switched = {
      ...live,
      properties: {
        ...live.properties,
        properties: { loadBalancerType: 'internalloadbalancer', loadBalancerSubnet: 'AKS-Subnet' },
      },
    } as ComputeResource;
    expect(switchLoadBalancer(switched, want)).toBeUndefined();
  });

  test('no write when already switched', () => {
    const switched = switchLoadBalancer(live, want) as ComputeResource;
    expect(switchLoadBalancer(switched, want)).toBeUndefined();
  });
});

describe('cluster bodies', () => {
  test('an AML-created cluster is created with a public IP and the full networking config', () => {
    const d = desiredCompute(
      change('compute', `${WS}/computes/myaks`, {
        computeType: 'AKS',
        computeLocation: 'eastus2',
        agentCount: 3,
        agentVmSize: 'Standard_D3_v2',
        clusterPurpose: 'DevTest',
        loadBalancerType: 'InternalLoadBalancer',
        loadBalancerSubnet: null,
        aksNetworkingConfiguration: {
          subnetId: `${VNET}/subnets/aks`,
          serviceCidr: '10.0.0.0/16',
          dnsServiceIP: '10.0.0.10',
          dockerBridgeCidr: '172.17.0.1/16',
        },
      }),
    );
    expect(computeBody(d, 'westus')).toEqual({
      location: 'westus',
      properties: {
        computeType: 'AKS',
        computeLocation: 'eastus2',
        properties: {
          agentCount: 3,
          agentVmSize: 'Standard_D3_v2',
          clusterPurpose: 'DevTest',
          loadBalancerType: 'PublicIp',
          aksNetworkingConfiguration: {
            subnetId: `${VNET}/subnets/aks`,
            serviceCidr: '10.0.0.0/16',
            dnsServiceIP: '10.0.0.10',
            dockerBridgeCidr: '172.17.0.1/16',
          },
        },
      },
    });
  });

  test('a retried update of a Failed compute keeps the internal load balancer the plan says it has', () => {
    const after = {
      computeType: 'AKS' as const,
      computeLocation: 'eastus2',
      agentCount: 3,
      agentVmSize: 'Standard_D3_v2',
      clusterPurpose: 'DevTest',
      loadBalancerType: 'InternalLoadBalancer' as const,
      loadBalancerSubnet: 'aks',
      aksNetworkingConfiguration: {
        subnetId: `${VNET}/subnets/aks`,
        serviceCidr: null,
        dnsServiceIP: null,
        dockerBridgeCidr: null,
      },
    };
    const d = desiredCompute(change('compute', `${WS}/computes/myaks`, after));
    const inner = (retry: boolean): unknown =>
      (computeBody(d, 'westus', retry).properties as { properties?: unknown } | undefined)?.properties;
    expect(inner(true)).toMatchObject({
      loadBalancerType: 'InternalLoadBalancer',
      loadBalancerSubnet: 'aks',
    });
    // A create (and a re-create) always starts with a public IP.
    expect(inner(false)).toMatchObject({ loadBalancerType: 'PublicIp' });
    expect(inner(false)).not.toHaveProperty('loadBalancerSubnet');
  });

  test('an attach carries the resource id and no networking', () => {
    const mc = `${RG}/providers/Microsoft.ContainerService/managedClusters/x`;
    const d = desiredCompute(
      change('compute', `${WS}/computes/x`, {
        computeType: 'AKS',
        resourceId: mc,
        clusterPurpose: 'FastProd',
        loadBalancerType: 'PublicIp',
      }),
    );
    expect(computeBody(d, 'eastus2')).toEqual({
      location: 'eastus2',
      properties: {
        computeType: 'AKS',
        resourceId: mc,
        properties: { clusterPurpose: 'FastProd', loadBalancerType: 'PublicIp' },
      },
    });
  });

  test('a private managed cluster: private API server, pool in the subnet, no dockerBridgeCidr', () => {
    const subnet = `${VNET}/subnets/aks`;
    const d = desiredManagedCluster(
      change('managed-cluster', `${RG}/providers/Microsoft.ContainerService/managedClusters/priv`, {
        location: 'eastus2',
        dnsPrefix: 'priv',
        identity: { type: 'SystemAssigned' },
        agentPoolProfiles: [
          {
            name: 'agentpool',
            mode: 'System',
            osType: 'Linux',
            count: 3,
            vmSize: 'Standard_D3_v2',
            maxPods: 30,
            vnetSubnetID: subnet,
            upgradeSettings: { maxSurge: '1' },
          },
        ],
        networkProfile: {
          networkPlugin: 'azure',
          networkPluginMode: null,
          podCidr: null,
          serviceCidr: '10.0.0.0/16',
          dnsServiceIP: '10.0.0.10',
          loadBalancerSku: 'standard',
        },
        apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFqdn: false },
      }),
    );
    const body = managedClusterBody(d);
    expect(body.apiServerAccessProfile).toEqual({ enablePrivateCluster: true, enablePrivateClusterPublicFqdn: false });
    expect(body.agentPoolProfiles?.[0]).toMatchObject({
      vnetSubnetID: subnet,
      maxPods: 30,
      count: 3,
      upgradeSettings: { maxSurge: '1' },
    });
    expect(body.identity).toEqual({ type: 'SystemAssigned' });
    expect(body.networkProfile).toEqual({
      networkPlugin: 'azure',
      loadBalancerSku: 'standard',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
    });
    expect(JSON.stringify(body)).not.toMatch(/dockerBridge/i);
  });
});

describe('clusterPrincipal', () => {
  const table: Array<[string, ManagedCluster, ReturnType<typeof clusterPrincipal>]> = [
    [
      'msi',
      { location: 'x', servicePrincipalProfile: { clientId: 'msi' }, identity: { principalId: 'p1' } },
      { principalId: 'p1' },
    ],
    [
      'MSI (any case)',
      { location: 'x', servicePrincipalProfile: { clientId: 'MSI' }, identity: { principalId: 'p1' } },
      { principalId: 'p1' },
    ],
    ['no profile', { location: 'x', identity: { principalId: 'p1' } }, { principalId: 'p1' }],
    [
      'service principal',
      { location: 'x', servicePrincipalProfile: { clientId: 'app-1' }, identity: { principalId: 'p1' } },
      { servicePrincipalClientId: 'app-1' },
    ],
    [
      'one user-assigned identity',
      {
        location: 'x',
        servicePrincipalProfile: { clientId: 'msi' },
        identity: { userAssignedIdentities: { '/id/u': { principalId: 'u1' } } },
      },
      { principalId: 'u1' },
    ],
    ['no identity at all', { location: 'x' }, {}],
  ];
  test.each(table)('%s', (_name, cluster, expected) => {
    expect(clusterPrincipal(cluster)).toEqual(expected);
  });
});

describe('reading plan changes', () => {
  test('role: KNOWN_AFTER_APPLY means "resolve at apply time"', () => {
    const scope = RG;
    const d = desiredRole(
      change('role', `${scope}/providers/Microsoft.Authorization/roleAssignments/${KNOWN_AFTER_APPLY}`, {
        scope,
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7`,
        principalId: KNOWN_AFTER_APPLY,
        principalType: 'ServicePrincipal',
        computeId: `${WS}/computes/myaks`,
      }),
    );
    expect(d).toEqual({
      scope,
      roleGuid: '4d97b98b-1d4f-4787-a291-c67834d212e7',
      computeId: `${WS}/computes/myaks`,
    });
  });

  test('subnet: the NSG association change carries the NSG id as a string', () => {
    expect(
      desiredSubnet(change('subnet-security-group', `${VNET}/subnets/aks`, { networkSecurityGroup: NSG })),
    ).toEqual({
      resourceGroup: 'ml-rg',
      vnet: 'ml-vnet',
      subnet: 'aks',
      delegations: [],
      networkSecurityGroupId: NSG,
    });
  });

  test('a change with a value missing or spelt otherwise does not compile (no alternative spellings, no defaults)', () => {
    const nsgRule = `${NSG}/securityRules/r`;
    // @ts-expect-error a rule without priority, ports and prefixes is not a security-rule after
    const noPriority = change('security-rule', nsgRule, { direction: 'Inbound', access: 'Allow', protocol: 'Tcp' });
    // @ts-expect-error the load balancer's type is required
    const noType = change('load-balancer', `${WS}/computes/c`, { loadBalancerSubnet: null });
    // @ts-expect-error 'agentVMSize' is not the spelling of a compute body
    const otherSpelling = change('compute', `${WS}/computes/c`, { computeType: 'AKS', agentVMSize: 'x' });
    expect([noPriority, noType, otherSpelling].every((c) => c.after !== null)).toBe(true);
  });

  test.each([
    ['a bad id', () => desiredSubnet(change('subnet', '/not/an/id', { addressPrefix: null, delegations: [] }))],
    [
      'an association without an NSG id',
      () => desiredSubnet(change('subnet-security-group', `${VNET}/subnets/a`, { networkSecurityGroup: null })),
    ],
    [
      'a role definition id without a GUID',
      () =>
        desiredRole(
          change('role', `${RG}/providers/Microsoft.Authorization/roleAssignments/x`, {
            scope: RG,
            roleDefinitionId: 'Network Contributor',
            principalId: 'p',
            principalType: 'ServicePrincipal',
          }),
        ),
    ],
  ])('%s is a PlanIncomplete failure, not a guess', (_name, read) => {
    expect(read).toThrow(ApplyFailure);
    try {
      read();
    } catch (err) {
      expect((err as ApplyFailure).applyError.code).toBe('PlanIncomplete');
    }
  });
});
