// Normalisation of Azure's answers into the live state, on Azure's own documented examples
// (__fixtures__/azure-examples, raw ARM JSON with `properties`) and on the flattened shape the modular SDKs return.
import {
  normaliseCompute,
  normaliseManagedCluster,
  normaliseNsg,
  normalisePermissions,
  normaliseRoleAssignment,
  normaliseStorageAccount,
  normaliseVnet,
  normaliseWorkspace,
  normaliseKubernetesExtension,
  normaliseProviderRegistration,
} from '../../src/azure/live/normalise.js';
import { azureExample } from '../../__fixtures__/azure-examples.js';

function example(path: string, status = '200'): unknown {
  return azureExample(path).responses[status].body;
}

describe('Azure examples (raw ARM JSON)', () => {
  test('CreateExtension: type, release namespace, state and settings (protected settings never appear)', () => {
    const e = normaliseKubernetesExtension(example('kubernetesconfiguration/2022-07-01/CreateExtension.json', '201'));
    expect(e).toEqual({
      id: '/subscriptions/subId1/resourceGroups/rg1/providers/Microsoft.Kubernetes/connectedClusters/clusterName1/providers/Microsoft.KubernetesConfiguration/extensions/ClusterMonitor',
      name: 'ClusterMonitor',
      extensionType: 'azuremonitor-containers',
      releaseNamespace: 'kube-system',
      provisioningState: 'Creating',
      settings: { 'omsagent.secret.wsid': 'fakeTokenPlaceholder', 'omsagent.env.clusterName': 'clusterName1' },
      routerAddress: null,
    });
    expect(normaliseKubernetesExtension(undefined)).toBeNull();
  });

  test('KubernetesCompute: type, cluster, state and namespace', () => {
    const c = normaliseCompute(
      example('machinelearningservices/2025-09-01/Compute/createOrUpdate/KubernetesCompute.json'),
    );
    expect(c).toMatchObject({
      name: 'compute123',
      computeType: 'Kubernetes',
      provisioningState: 'Creating',
      namespace: 'default',
      aksNetworkingConfiguration: null,
    });
    expect(c.resourceId).toMatch(/\/managedClusters\/compute123-56826-c9b00420020b2$/);
  });

  test('a provider registration: its registrationState, Unknown when absent', () => {
    expect(
      normaliseProviderRegistration({
        namespace: 'Microsoft.KubernetesConfiguration',
        registrationState: 'NotRegistered',
      }),
    ).toBe('NotRegistered');
    expect(normaliseProviderRegistration(undefined)).toBe('Unknown');
  });

  test('VirtualNetworkGet: location, address space, subnets with their users', () => {
    const v = normaliseVnet(example('network/2026-01-01/VirtualNetworkGet.json'), 'rg1');
    expect(v).toMatchObject({
      name: 'test-vnet',
      location: 'westus',
      addressSpace: ['10.0.0.0/16'],
      resourceGroup: 'rg1',
    });
    expect(v.subnets).toHaveLength(1);
    expect(v.subnets[0]).toMatchObject({
      name: 'subnet1',
      addressPrefix: '10.0.1.0/24',
      addressPrefixes: ['10.0.1.0/24'],
      delegations: [],
      networkSecurityGroupId: null,
      ipConfigurationIds: [
        '/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/loadBalancers/lb/frontendIPConfigurations/fe',
      ],
    });
  });

  test('VirtualNetworkCreateSubnetWithDelegation: delegations by service name', () => {
    const v = normaliseVnet(example('network/2026-01-01/VirtualNetworkCreateSubnetWithDelegation.json'), 'rg1');
    expect(v.subnets.flatMap((s) => s.delegations)).toContain('Microsoft.Sql/managedInstances');
  });

  test('NetworkSecurityGroupGet: singular prefixes and ranges become lists; default rules are not owned rules', () => {
    const n = normaliseNsg(example('network/2026-01-01/NetworkSecurityGroupGet.json'));
    expect(n.rules).toEqual([
      expect.objectContaining({
        name: 'rule1',
        protocol: '*',
        priority: 130,
        direction: 'Inbound',
        sourceAddressPrefixes: ['*'],
        destinationPortRanges: ['80'],
        description: null,
      }),
    ]);
  });

  test('ManagedClustersCreate_PrivateClusterPublicFQDN: private flags (wire spelling FQDN)', () => {
    const m = normaliseManagedCluster(
      example('containerservice/2026-06-01/ManagedClustersCreate_PrivateClusterPublicFQDN.json'),
    );
    expect(m).toMatchObject({ enablePrivateCluster: true, enablePrivateClusterPublicFqdn: true, name: 'clustername1' });
  });

  test('ManagedClustersGet: network profile and identity', () => {
    const m = normaliseManagedCluster(example('containerservice/2026-04-01/ManagedClustersGet.json'));
    expect(m.networkPlugin).toBe('kubenet');
    expect(m.serviceCidr).toBe('10.0.0.0/16');
    expect(m.dnsServiceIP).toBe('10.0.0.10');
    expect(m.enablePrivateCluster).toBe(false);
  });

  test('agent pools naming one subnet in two casings are one subnet (ids are case-insensitive)', () => {
    const subnet =
      '/subscriptions/s/resourceGroups/Net-RG/providers/Microsoft.Network/virtualNetworks/VNet/subnets/aks';
    const m = normaliseManagedCluster({
      id: '/subscriptions/s/resourcegroups/ml/providers/Microsoft.ContainerService/managedClusters/c',
      properties: {
        agentPoolProfiles: [
          { name: 'a', vnetSubnetID: subnet },
          { name: 'b', vnetSubnetID: subnet.toLowerCase() },
          { name: 'c', vnetSubnetID: subnet.toUpperCase() },
        ],
      },
    });
    expect(m.subnetIds).toEqual([subnet]);
  });

  test('Compute get AKSCompute: type, cluster id, no networking block', () => {
    const c = normaliseCompute(example('machinelearningservices/2022-10-01/Compute/get/AKSCompute.json'));
    expect(c).toMatchObject({
      name: 'compute123',
      computeType: 'AKS',
      provisioningState: 'Succeeded',
      aksNetworkingConfiguration: null,
    });
    expect(c.resourceId).toMatch(/managedClusters\/compute123-56826-c9b00420020b2$/);
  });

  test('Workspace get: storage account and registry ids', () => {
    const w = normaliseWorkspace(example('machinelearningservices/2022-10-01/Workspace/get.json'));
    expect(w.storageAccountId).toMatch(/Microsoft\.Storage\/storageAccounts\//);
    expect(w.containerRegistryId).toMatch(/Microsoft\.ContainerRegistry\/registries\//);
  });

  test('RoleAssignments_Get: the role is compared by GUID (Azure drops the subscription prefix)', () => {
    const r = normaliseRoleAssignment(example('authorization/2022-04-01/RoleAssignments_Get.json'));
    expect(r).toMatchObject({
      roleDefinitionGuid: '0b5fe924-9a61-425c-96af-cfe6e287ca2d',
      principalId: 'ce2ce14e-85d7-4629-bdbc-454d0519d987',
    });
  });

  test('GetResourcePermissions: merged actions', () => {
    const body = example('authorization/2022-05-01-preview/GetResourcePermissions.json') as { value: unknown[] };
    expect(normalisePermissions(body.value)).toEqual({ actions: [], notActions: [] });
  });
});

describe('flattened SDK shapes', () => {
  test('a modular-SDK subnet and cluster read the same as raw JSON', () => {
    const v = normaliseVnet(
      {
        id: '/v',
        name: 'v',
        location: 'eastus2',
        addressSpace: { addressPrefixes: ['10.1.0.0/16'] },
        subnets: [
          {
            id: '/v/subnets/b',
            name: 'b',
            addressPrefixes: ['10.1.1.0/24'],
            delegations: [{ name: 'd', serviceName: 'Microsoft.ContainerInstance/containerGroups' }],
            networkSecurityGroup: { id: '/nsg' },
          },
          { id: '/v/subnets/a', name: 'a', addressPrefix: '10.1.0.0/24', privateEndpoints: [{ id: '/pe' }] },
        ],
      },
      'rg',
    );
    // Subnets are sorted by name so the plan does not depend on Azure's order.
    expect(v.subnets.map((s) => s.name)).toEqual(['a', 'b']);
    expect(v.subnets[1]).toMatchObject({
      addressPrefix: '10.1.1.0/24',
      delegations: ['Microsoft.ContainerInstance/containerGroups'],
      networkSecurityGroupId: '/nsg',
    });
    expect(v.subnets[0].privateEndpointIds).toEqual(['/pe']);

    const m = normaliseManagedCluster({
      id: '/mc',
      name: 'mc',
      location: 'eastus2',
      identity: { type: 'UserAssigned', userAssignedIdentities: { '/uai': { principalId: 'p-uai', clientId: 'c' } } },
      servicePrincipalProfile: { clientId: 'msi' },
      networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay', podCidr: '10.244.0.0/16' },
      agentPoolProfiles: [{ vnetSubnetID: '/s2' }, { vnetSubnetID: '/s1' }, { vnetSubnetID: '/s1' }],
    });
    expect(m).toMatchObject({
      principalId: 'p-uai',
      usesServicePrincipal: false,
      networkPluginMode: 'overlay',
      subnetIds: ['/s1', '/s2'],
    });
  });

  test('a service-principal cluster is recognised (clientId not msi, no identity)', () => {
    expect(normaliseManagedCluster({ servicePrincipalProfile: { clientId: '1234' } }).usesServicePrincipal).toBe(true);
    expect(normaliseManagedCluster({ servicePrincipalProfile: { clientId: 'MSI' } }).usesServicePrincipal).toBe(false);
  });

  test('a storage account: network rules and private endpoints; absent is null', () => {
    expect(
      normaliseStorageAccount({
        id: '/sa',
        properties: {
          networkAcls: { defaultAction: 'Deny', virtualNetworkRules: [{ id: '/v/subnets/a', action: 'Allow' }] },
          privateEndpointConnections: [{ properties: { privateEndpoint: { id: '/pe' } } }],
        },
      }),
    ).toEqual({
      id: '/sa',
      defaultAction: 'Deny',
      virtualNetworkSubnetIds: ['/v/subnets/a'],
      privateEndpointIds: ['/pe'],
    });
    expect(normaliseStorageAccount(undefined)).toBeNull();
  });

  test('a workspace private endpoint keeps its subnet when Azure gives it', () => {
    const w = normaliseWorkspace({
      id: '/w',
      name: 'w',
      location: 'x',
      privateEndpointConnections: [{ privateEndpoint: { id: '/pe', subnetArmId: '/v/subnets/pe' } }],
    });
    expect(w.privateEndpoints).toEqual([{ id: '/pe', subnetId: '/v/subnets/pe' }]);
  });
});
