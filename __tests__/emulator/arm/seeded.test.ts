// Resources seeded in GET shape (as state files give them) behave like ones created through the API.
import { ROLE_IDS } from '../../../emulator/arm/rbac.js';
import type { JsonObject } from '../../../emulator/types.js';
import {
  API,
  assignment,
  clusterPath,
  computePath,
  errorOf,
  makeArm,
  makeWorld,
  rgPath,
  SUB,
  subnetPath,
  vnetPath,
  workspacePath,
} from './world.js';

const PID = '77777777-7777-7777-7777-777777777777';

function seed(): JsonObject[] {
  return [
    { id: rgPath('rg'), name: 'rg', type: 'Microsoft.Resources/resourceGroups', location: 'eastus' },
    {
      id: vnetPath('rg', 'vnet'),
      name: 'vnet',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'eastus',
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [{ name: 'aks-subnet', properties: { addressPrefix: '10.0.1.0/24' } }],
      },
    },
    {
      id: clusterPath('rg', 'aks1'),
      name: 'aks1',
      type: 'Microsoft.ContainerService/managedClusters',
      location: 'eastus',
      identity: { type: 'SystemAssigned', principalId: PID },
      properties: {
        agentPoolProfiles: [{ name: 'nodepool1', count: 3, vnetSubnetID: subnetPath('rg', 'vnet', 'aks-subnet') }],
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10' },
      },
    },
    {
      id: workspacePath('rg', 'ws'),
      name: 'ws',
      type: 'Microsoft.MachineLearningServices/workspaces',
      location: 'eastus',
      properties: {},
    },
    {
      id: computePath('rg', 'ws', 'inf'),
      name: 'inf',
      type: 'Microsoft.MachineLearningServices/workspaces/computes',
      location: 'eastus',
      properties: {
        computeType: 'AKS',
        resourceId: clusterPath('rg', 'aks1'),
        properties: { loadBalancerType: 'PublicIp' },
      },
    },
  ];
}

test('a seeded cluster uses its subnet, so the subnet cannot be delegated', async () => {
  const arm = makeArm(makeWorld({ resources: seed() }));
  const res = await arm.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
    body: {
      properties: {
        addressPrefix: '10.0.1.0/24',
        delegations: [{ name: 'd', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
      },
    },
    api: API.network,
  });
  expect(errorOf(res).code).toBe('SubnetDelegationsCannotChangeWhenSubnetUsedByResource');
});

test('a seeded cluster identity is in the directory: a role assignment without principalType works', async () => {
  const arm = makeArm(makeWorld({ resources: seed() }));
  const res = await arm.call(
    'PUT',
    `${rgPath('rg')}/providers/Microsoft.Authorization/roleAssignments/0b5fe924-9a61-425c-96af-cfe6e287ca2d`,
    {
      body: {
        properties: {
          roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.networkContributor}`,
          principalId: PID,
        },
      },
      api: API.authz,
    },
  );
  expect(res.status).toBe(201);
});

test('a seeded compute GET has every field SDK v1 checks, and ILB works once the seeded identity has the role', async () => {
  const arm = makeArm(
    makeWorld({ resources: [...seed(), assignment(rgPath('rg'), ROLE_IDS.networkContributor, PID)] }),
  );
  const c = (await arm.call('GET', computePath('rg', 'ws', 'inf'), { api: API.ml })).body as {
    properties: JsonObject & { properties: JsonObject };
  };
  expect(c).toHaveProperty('tags');
  for (const k of ['provisioningState', 'provisioningErrors', 'description', 'resourceId'])
    expect(c.properties).toHaveProperty([k]);
  for (const k of ['agentVmSize', 'agentCount', 'clusterPurpose', 'clusterFqdn', 'systemServices'])
    expect(c.properties.properties).toHaveProperty([k]);
  const body = structuredClone(c);
  body.properties.properties.loadBalancerType = 'InternalLoadBalancer';
  const res = await arm.call('PUT', computePath('rg', 'ws', 'inf'), { body, api: API.ml });
  expect(await arm.status(res)).toMatchObject({ status: 'Succeeded' });
});

test('compute DELETE needs underlyingResourceAction; Delete removes the cluster and frees its subnet', async () => {
  const arm = makeArm(makeWorld({ resources: seed() }));
  const missing = await arm.call('DELETE', computePath('rg', 'ws', 'inf'), { api: API.ml });
  expect(missing.status).toBe(400);
  // Detach keeps the cluster.
  const det = await arm.call('DELETE', `${computePath('rg', 'ws', 'inf')}?underlyingResourceAction=Detach`, {
    api: API.ml,
  });
  expect(det.status).toBe(200);
  expect((await arm.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).status).toBe(200);
  expect((await arm.call('GET', computePath('rg', 'ws', 'inf'), { api: API.ml })).status).toBe(404);
  await arm.put(
    computePath('rg', 'ws', 'inf'),
    { location: 'eastus', properties: { computeType: 'AKS', resourceId: clusterPath('rg', 'aks1') } },
    API.ml,
  );
  const del = await arm.call('DELETE', `${computePath('rg', 'ws', 'inf')}?underlyingResourceAction=Delete`, {
    api: API.ml,
  });
  expect(del.status).toBe(200);
  expect((await arm.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).status).toBe(404);
  const subnet = (await arm.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network })).body as {
    properties: JsonObject;
  };
  expect(subnet.properties.ipConfigurations).toBeUndefined();
  expect(
    (await arm.call('DELETE', `${computePath('rg', 'ws', 'inf')}?underlyingResourceAction=Delete`, { api: API.ml }))
      .status,
  ).toBe(204);
});
