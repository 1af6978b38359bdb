import { ROLE_IDS } from '../../../emulator/arm/rbac.js';
import type { JsonObject } from '../../../emulator/types.js';
import {
  API,
  assignment,
  baseline,
  clusterPath,
  computePath,
  errorOf,
  makeArm,
  makeWorld,
  rgPath,
  SUB,
  subnetPath,
  workspacePath,
  type Arm,
} from './world.js';

type Compute = JsonObject & {
  properties: JsonObject & { properties: JsonObject; provisioningErrors: { error: { code: string } }[] | null };
};

const net = (serviceCidr = '10.2.0.0/16', dnsServiceIP = '10.2.0.10'): JsonObject => ({
  subnetId: subnetPath('rg', 'vnet', 'aks-subnet'),
  serviceCidr,
  dnsServiceIP,
  dockerBridgeCidr: '172.17.0.1/16',
});

function aksCompute(inner: JsonObject): JsonObject {
  return {
    location: 'eastus',
    properties: { computeType: 'AKS', properties: { agentCount: 3, agentVmSize: 'Standard_D3_v2', ...inner } },
  };
}

async function arm(): Promise<Arm> {
  const a = makeArm(makeWorld());
  await baseline(a);
  const ws = await a.put(workspacePath('rg', 'ws'), { location: 'eastus', properties: { friendlyName: 'ws' } }, API.ml);
  expect(ws.status).toBe(201);
  return a;
}

async function getCompute(a: Arm, name: string): Promise<Compute> {
  return (await a.call('GET', computePath('rg', 'ws', name), { api: API.ml })).body as Compute;
}

describe('AKS compute create', () => {
  test('creates the managed cluster in the workspace resource group, without dockerBridgeCidr', async () => {
    const a = await arm();
    const res = await a.call('PUT', computePath('rg', 'ws', 'inf1'), {
      body: aksCompute({ aksNetworkingConfiguration: net() }),
      api: API.ml,
    });
    expect(res.status).toBe(201);
    expect(res.headers?.['Azure-AsyncOperation']).toMatch(
      /\/providers\/Microsoft\.MachineLearningServices\/locations\/eastus\/computeOperationsStatus\//,
    );
    expect(await a.status(res)).toMatchObject({ status: 'Succeeded' });
    const c = await getCompute(a, 'inf1');
    expect(c.properties.provisioningState).toBe('Succeeded');
    const resourceId = c.properties.resourceId as string;
    expect(resourceId).toMatch(
      // AML answers "resourcegroups" in lower case, as its official compute example
      // (specification/machinelearningservices/.../stable/2022-10-01/examples/Compute/get/AKSCompute.json).
      new RegExp(
        `^/subscriptions/${SUB}/resourcegroups/rg/providers/Microsoft.ContainerService/managedClusters/inf1-\\d{5}-[0-9a-f]{13}$`,
      ),
    );
    const cluster = (await a.call('GET', resourceId, { api: API.aks })).body as {
      properties: { networkProfile: JsonObject; agentPoolProfiles: JsonObject[]; fqdn: string };
    };
    expect(cluster.properties.networkProfile).toMatchObject({ serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10' });
    expect(cluster.properties.networkProfile.dockerBridgeCidr).toBeUndefined();
    expect(cluster.properties.agentPoolProfiles[0].vnetSubnetID).toBe(subnetPath('rg', 'vnet', 'aks-subnet'));
    // The fields SDK v1 requires in a GET are present (null allowed).
    for (const key of ['location', 'id', 'tags']) expect(c).toHaveProperty([key]);
    for (const key of ['properties', 'provisioningErrors', 'description', 'provisioningState', 'resourceId'])
      expect(c.properties).toHaveProperty([key]);
    for (const key of ['agentVmSize', 'agentCount', 'clusterPurpose', 'clusterFqdn', 'systemServices'])
      expect(c.properties.properties).toHaveProperty([key]);
    expect(c.properties.properties.clusterFqdn).toBe(cluster.properties.fqdn);
    expect(c.properties.properties.aksNetworkingConfiguration).toEqual(net());
  });

  test('a service CIDR overlapping a VNet subnet surfaces as a failed operation and provisioningErrors', async () => {
    const a = await arm();
    const res = await a.call('PUT', computePath('rg', 'ws', 'bad'), {
      body: aksCompute({ aksNetworkingConfiguration: net('10.0.0.0/16', '10.0.0.10') }),
      api: API.ml,
    });
    expect(res.status).toBe(201);
    expect(await a.status(res)).toMatchObject({
      status: 'Failed',
      error: { code: 'ServiceCidrOverlapExistingSubnetsCidr' },
    });
    const c = await getCompute(a, 'bad');
    expect(c.properties.provisioningState).toBe('Failed');
    expect(c.properties.provisioningErrors?.[0].error.code).toBe('ServiceCidrOverlapExistingSubnetsCidr');
    expect(c.properties.resourceId).toBeNull();
  });

  test.each([['a'], ['seventeen-chars-x'], ['1abc']])('compute name %s is rejected', async (name) => {
    const a = await arm();
    const res = await a.call('PUT', computePath('rg', 'ws', name), { body: aksCompute({}), api: API.ml });
    expect(res.status).toBe(400);
  });

  test('a compute in a missing workspace is ParentResourceNotFound', async () => {
    const a = await arm();
    const res = await a.call('PUT', computePath('rg', 'nows', 'inf1'), { body: aksCompute({}), api: API.ml });
    expect([res.status, errorOf(res).code]).toEqual([404, 'ParentResourceNotFound']);
  });
});

async function withCluster(): Promise<{ a: Arm; clusterId: string; principalId: string }> {
  const a = await arm();
  await a.put(
    clusterPath('rg', 'aks1'),
    {
      location: 'eastus',
      identity: { type: 'SystemAssigned' },
      properties: {
        dnsPrefix: 'aks1',
        agentPoolProfiles: [
          {
            name: 'nodepool1',
            count: 3,
            vmSize: 'Standard_D3_v2',
            vnetSubnetID: subnetPath('rg', 'vnet', 'aks-subnet'),
          },
        ],
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10' },
      },
    },
    API.aks,
  );
  const cluster = (await a.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).body as {
    id: string;
    identity: { principalId: string };
  };
  return { a, clusterId: cluster.id, principalId: cluster.identity.principalId };
}

describe('AKS compute attach, update and the internal load balancer', () => {
  test('attach needs an existing cluster', async () => {
    const a = await arm();
    const res = await a.call('PUT', computePath('rg', 'ws', 'att'), {
      body: { location: 'eastus', properties: { computeType: 'AKS', resourceId: clusterPath('rg', 'missing') } },
      api: API.ml,
    });
    expect(res.status).toBe(400);
  });

  test('switching to ILB fails without the role and keeps PublicIp; succeeds once the identity has Network Contributor', async () => {
    const { a, clusterId, principalId } = await withCluster();
    const attach = await a.put(
      computePath('rg', 'ws', 'att'),
      { location: 'eastus', properties: { computeType: 'AKS', resourceId: clusterId } },
      API.ml,
    );
    expect(attach.status).toBe(201);
    const attached = await getCompute(a, 'att');
    expect(attached.properties).toMatchObject({
      provisioningState: 'Succeeded',
      resourceId: clusterId.replace('/resourceGroups/', '/resourcegroups/'),
      isAttachedCompute: true,
    });
    expect(attached.properties.properties.loadBalancerType).toBe('PublicIp');

    const update = structuredClone(attached);
    update.properties.properties.loadBalancerType = 'InternalLoadBalancer';
    const failed = await a.call('PUT', computePath('rg', 'ws', 'att'), { body: update, api: API.ml });
    expect(failed.status).toBe(200);
    const op = await a.status(failed);
    expect(op).toMatchObject({ status: 'Failed', error: { code: 'InternalLoadBalancerPermissionDenied' } });
    expect((op.error as { message: string }).message).toContain(
      `'${principalId}' with object id '${principalId}' does not have authorization to perform action 'Microsoft.Network/virtualNetworks/subnets/join/action'`,
    );
    const after = await getCompute(a, 'att');
    expect(after.properties.properties.loadBalancerType).toBe('PublicIp');
    expect(after.properties.provisioningState).toBe('Failed');

    // Network Contributor for the cluster identity on the VNet's resource group.
    const ra = assignment(rgPath('rg'), ROLE_IDS.networkContributor, principalId);
    a.world.resources.set(String(ra.id).toLowerCase(), ra);
    const ok = await a.call('PUT', computePath('rg', 'ws', 'att'), { body: update, api: API.ml });
    expect(await a.status(ok)).toMatchObject({ status: 'Succeeded' });
    const ilb = await getCompute(a, 'att');
    expect(ilb.properties.properties.loadBalancerType).toBe('InternalLoadBalancer');
    const services = ilb.properties.properties.systemServices as { publicIpAddress: string }[];
    expect(services[0].publicIpAddress).toMatch(/^10\.0\.1\./);
  });

  test('a role on another resource group does not help; the subnet scope does', async () => {
    const { a, clusterId, principalId } = await withCluster();
    const ilb = {
      location: 'eastus',
      properties: {
        computeType: 'AKS',
        resourceId: clusterId,
        properties: { loadBalancerType: 'InternalLoadBalancer' },
      },
    };
    const other = assignment(rgPath('other'), ROLE_IDS.networkContributor, principalId);
    a.world.resources.set(String(other.id).toLowerCase(), other);
    const res = await a.call('PUT', computePath('rg', 'ws', 'c1'), { body: ilb, api: API.ml });
    expect(await a.status(res)).toMatchObject({ status: 'Failed' });
    const onSubnet = assignment(subnetPath('rg', 'vnet', 'aks-subnet'), ROLE_IDS.networkContributor, principalId);
    a.world.resources.set(String(onSubnet.id).toLowerCase(), onSubnet);
    const res2 = await a.call('PUT', computePath('rg', 'ws', 'c2'), { body: ilb, api: API.ml });
    expect(await a.status(res2)).toMatchObject({ status: 'Succeeded' });
  });

  test('loadBalancerSubnet must name a subnet of the cluster VNet', async () => {
    const { a, clusterId, principalId } = await withCluster();
    const ra = assignment(rgPath('rg'), ROLE_IDS.networkContributor, principalId);
    a.world.resources.set(String(ra.id).toLowerCase(), ra);
    const body = (subnet: string) => ({
      location: 'eastus',
      properties: {
        computeType: 'AKS',
        resourceId: clusterId,
        properties: { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: subnet },
      },
    });
    const bad = await a.call('PUT', computePath('rg', 'ws', 'c1'), { body: body('nope'), api: API.ml });
    expect(await a.status(bad)).toMatchObject({ status: 'Failed', error: { code: 'LoadBalancerSubnetNotFound' } });
    const good = await a.call('PUT', computePath('rg', 'ws', 'c2'), { body: body('aci-subnet'), api: API.ml });
    expect(await a.status(good)).toMatchObject({ status: 'Succeeded' });
  });

  test('ILB at create fails (the new cluster identity has no role yet) but the cluster exists', async () => {
    const a = await arm();
    const res = await a.call('PUT', computePath('rg', 'ws', 'ilb'), {
      body: aksCompute({ aksNetworkingConfiguration: net(), loadBalancerType: 'InternalLoadBalancer' }),
      api: API.ml,
    });
    expect(await a.status(res)).toMatchObject({
      status: 'Failed',
      error: { code: 'InternalLoadBalancerPermissionDenied' },
    });
    const c = await getCompute(a, 'ilb');
    expect(c.properties.properties.loadBalancerType).toBe('PublicIp');
    expect(a.world.resources.get(String(c.properties.resourceId).toLowerCase())).toBeDefined();
  });

  test('a PUT with another computeType is 409; the list returns the computes', async () => {
    const { a, clusterId } = await withCluster();
    await a.put(
      computePath('rg', 'ws', 'att'),
      { location: 'eastus', properties: { computeType: 'AKS', resourceId: clusterId } },
      API.ml,
    );
    const res = await a.call('PUT', computePath('rg', 'ws', 'att'), {
      body: { location: 'eastus', properties: { computeType: 'AmlCompute' } },
      api: API.ml,
    });
    expect(res.status).toBe(409);
    const list = await a.call('GET', `${computePath('rg', 'ws', 'x').replace(/\/x$/, '')}`, { api: API.ml });
    expect((list.body as { value: { name: string }[] }).value.map((c) => c.name)).toEqual(['att']);
  });

  test('the lro-failed fault fails a compute update without applying it', async () => {
    const world = makeWorld({
      faults: [
        {
          kind: 'lro-failed',
          match: { resourceType: 'Microsoft.MachineLearningServices/workspaces/computes', method: 'PUT', nth: 2 },
        },
      ],
    });
    const a = makeArm(world);
    await baseline(a);
    await a.put(workspacePath('rg', 'ws'), { location: 'eastus', properties: {} }, API.ml);
    await a.put(computePath('rg', 'ws', 'c1'), aksCompute({ clusterPurpose: 'DevTest' }), API.ml);
    const res = await a.call('PUT', computePath('rg', 'ws', 'c1'), {
      body: aksCompute({ clusterPurpose: 'FastProd' }),
      api: API.ml,
    });
    expect(await a.status(res)).toMatchObject({ status: 'Failed', error: { code: 'InternalServerError' } });
    expect((await getCompute(a, 'c1')).properties.properties.clusterPurpose).toBe('DevTest');
  });
});
