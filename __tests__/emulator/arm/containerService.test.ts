import { API, baseline, clusterPath, errorOf, makeArm, makeWorld, subnetPath, type Arm } from './world.js';
import type { JsonObject } from '../../../emulator/types.js';

function cluster(
  net: JsonObject = {},
  extra: { location?: string; api?: JsonObject; pool?: JsonObject } = {},
): JsonObject {
  return {
    location: extra.location ?? 'eastus',
    identity: { type: 'SystemAssigned' },
    properties: {
      dnsPrefix: 'aks1',
      agentPoolProfiles: [
        {
          name: 'nodepool1',
          count: 3,
          vmSize: 'Standard_D3_v2',
          mode: 'System',
          vnetSubnetID: subnetPath('rg', 'vnet', 'aks-subnet'),
          ...(extra.pool ?? {}),
        },
      ],
      networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10', ...net },
      ...(extra.api === undefined ? {} : { apiServerAccessProfile: extra.api }),
    },
  };
}

async function arm(): Promise<Arm> {
  const a = makeArm(makeWorld());
  await baseline(a);
  return a;
}

describe('managed cluster networkProfile validation', () => {
  const cases: [string, JsonObject, { pool?: JsonObject; location?: string }, string, string | undefined][] = [
    [
      'service CIDR overlapping another subnet of the VNet',
      { serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' },
      {},
      'ServiceCidrOverlapExistingSubnetsCidr',
      'networkProfile.serviceCIDR',
    ],
    [
      'malformed service CIDR',
      { serviceCidr: '10.2.0.0/33' },
      {},
      'CidrStringParseError',
      'networkProfile.serviceCIDR',
    ],
    [
      'malformed pod CIDR',
      { networkPluginMode: 'overlay', podCidr: 'abc' },
      {},
      'CidrStringParseError',
      'networkProfile.podCIDR',
    ],
    [
      'DNS IP outside the service CIDR',
      { dnsServiceIP: '10.3.0.10' },
      {},
      'InvalidParameter',
      'networkProfile.dnsServiceIP',
    ],
    ['DNS IP = network address', { dnsServiceIP: '10.2.0.0' }, {}, 'InvalidParameter', 'networkProfile.dnsServiceIP'],
    ['DNS IP = first IP', { dnsServiceIP: '10.2.0.1' }, {}, 'InvalidParameter', 'networkProfile.dnsServiceIP'],
    ['DNS IP = broadcast', { dnsServiceIP: '10.2.255.255' }, {}, 'InvalidParameter', 'networkProfile.dnsServiceIP'],
    [
      'service CIDR /11',
      { serviceCidr: '10.32.0.0/11', dnsServiceIP: '10.32.0.10' },
      {},
      'InvalidParameter',
      'networkProfile.serviceCIDR',
    ],
    [
      'reserved service range',
      { serviceCidr: '172.30.0.0/16', dnsServiceIP: '172.30.0.10' },
      {},
      'InvalidParameter',
      'networkProfile.serviceCIDR',
    ],
    ['pod CIDR with azure non-overlay', { podCidr: '10.244.0.0/16' }, {}, 'InvalidParameter', 'networkProfile.podCidr'],
    [
      'dockerBridgeCidr at 2026-06-01',
      { dockerBridgeCidr: '172.17.0.1/16' },
      {},
      'InvalidParameter',
      'networkProfile.dockerBridgeCidr',
    ],
    ['maxPods 9', {}, { pool: { maxPods: 9 } }, 'InvalidParameter', 'agentPoolProfiles[0].maxPods'],
    ['maxPods 251', {}, { pool: { maxPods: 251 } }, 'InvalidParameter', 'agentPoolProfiles[0].maxPods'],
    [
      'cluster in another region than the VNet',
      {},
      { location: 'westus' },
      'InvalidParameter',
      'agentPoolProfiles[0].vnetSubnetID',
    ],
  ];
  test.each(cases)('%s', async (_name, net, extra, code, target) => {
    const a = await arm();
    const res = await a.call('PUT', clusterPath('rg', 'aks1'), { body: cluster(net, extra), api: API.aks });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code, target });
    expect(a.world.resources.has(clusterPath('rg', 'aks1').toLowerCase())).toBe(false);
  });

  test('the overlap message names both CIDRs (any subnet of the VNet, not only the cluster subnet)', async () => {
    const a = await arm();
    const res = await a.call('PUT', clusterPath('rg', 'aks1'), {
      body: cluster({ serviceCidr: '10.0.2.0/24', dnsServiceIP: '10.0.2.10' }),
      api: API.aks,
    });
    expect(errorOf(res).message).toBe(
      'The specified service CIDR 10.0.2.0/24 is conflicted with an existing subnet CIDR 10.0.2.0/24',
    );
  });

  test('a /12 service CIDR is accepted (the /11 boundary is rejected above)', async () => {
    const a = await arm();
    expect(
      (
        await a.put(
          clusterPath('rg', 'aks1'),
          cluster({ serviceCidr: '10.16.0.0/12', dnsServiceIP: '10.16.0.10' }),
          API.aks,
        )
      ).status,
    ).toBe(201);
  });

  test.each([10, 250])('maxPods %s is accepted', async (maxPods) => {
    const a = await arm();
    expect((await a.put(clusterPath('rg', 'aks1'), cluster({}, { pool: { maxPods } }), API.aks)).status).toBe(201);
  });
});

describe('managed cluster create', () => {
  test('creates with a system identity registered in the directory, msi client id and a used subnet', async () => {
    const a = await arm();
    const res = await a.call('PUT', clusterPath('rg', 'aks1'), { body: cluster(), api: API.aks });
    expect(res.status).toBe(201);
    expect((res.body as { properties: JsonObject }).properties.provisioningState).toBe('Creating');
    expect(await a.status(res)).toMatchObject({ status: 'Succeeded' });
    const got = (await a.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).body as JsonObject & {
      identity: { principalId: string };
      properties: JsonObject;
    };
    expect(got.properties.provisioningState).toBe('Succeeded');
    expect(got.properties.servicePrincipalProfile).toEqual({ clientId: 'msi' });
    expect(got.identity.principalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      a.world.principals.some((p) => p.objectId === got.identity.principalId && Date.now() - p.createdAt < 5000),
    ).toBe(true);
    expect(got.properties.fqdn).toMatch(/^aks1-[0-9a-f]{8}\.hcp\.eastus\.azmk8s\.io$/);
    const subnet = (await a.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network })).body as {
      properties: { ipConfigurations: unknown[] };
    };
    // Azure CNI: each of the 3 nodes takes one address plus maxPods (30) for its pods
    // (https://learn.microsoft.com/azure/aks/azure-cni-overview#plan-ip-addressing-for-your-cluster).
    expect(subnet.properties.ipConfigurations).toHaveLength(3 * (1 + 30));
    // ...so delegating it now fails.
    const deleg = await a.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: {
        properties: {
          addressPrefix: '10.0.1.0/24',
          delegations: [{ name: 'aci', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
        },
      },
      api: API.network,
    });
    expect(errorOf(deleg).code).toBe('SubnetDelegationsCannotChangeWhenSubnetUsedByResource');
  });

  test('a private cluster gets privateFQDN, and fqdn only with enablePrivateClusterPublicFQDN', async () => {
    const a = await arm();
    await a.put(clusterPath('rg', 'priv'), cluster({}, { api: { enablePrivateCluster: true } }), API.aks);
    const priv = (await a.call('GET', clusterPath('rg', 'priv'), { api: API.aks })).body as { properties: JsonObject };
    expect(priv.properties.privateFQDN).toMatch(/^aks1-[0-9a-f]{8}\.[0-9a-f-]{36}\.privatelink\.eastus\.azmk8s\.io$/);
    expect(priv.properties.fqdn).toBeUndefined();
    expect(priv.properties.apiServerAccessProfile).toMatchObject({
      enablePrivateCluster: true,
      enablePrivateClusterPublicFQDN: false,
      privateDNSZone: 'system',
    });
    const b = await arm();
    await b.put(
      clusterPath('rg', 'pub'),
      cluster({}, { api: { enablePrivateCluster: true, enablePrivateClusterPublicFQDN: true } }),
      API.aks,
    );
    const pub = (await b.call('GET', clusterPath('rg', 'pub'), { api: API.aks })).body as { properties: JsonObject };
    expect(pub.properties.fqdn).toMatch(/azmk8s\.io$/);
    expect(pub.properties.privateFQDN).toMatch(/privatelink/);
  });

  test('a PUT during the create is 409 AnotherOperationInProgress; service CIDR cannot change later', async () => {
    const a = makeArm(makeWorld({ lroMs: { 'Microsoft.ContainerService/managedClusters': 40 } }));
    await baseline(a);
    await a.call('PUT', clusterPath('rg', 'aks1'), { body: cluster(), api: API.aks });
    const busy = await a.call('PUT', clusterPath('rg', 'aks1'), { body: cluster(), api: API.aks });
    expect([busy.status, errorOf(busy).code]).toEqual([409, 'AnotherOperationInProgress']);
    await new Promise((r) => setTimeout(r, 50));
    const change = await a.call('PUT', clusterPath('rg', 'aks1'), {
      body: cluster({ serviceCidr: '10.3.0.0/16', dnsServiceIP: '10.3.0.10' }),
      api: API.aks,
    });
    expect([change.status, errorOf(change).code]).toEqual([400, 'PropertyChangeNotAllowed']);
    const same = await a.put(clusterPath('rg', 'aks1'), cluster(), API.aks);
    expect(same.status).toBe(200);
  });
});

describe('managed cluster eTags and api-version shapes', () => {
  // https://learn.microsoft.com/azure/aks/concurrency-control: the cluster and each agent pool carry an eTag that
  // changes on every write; If-Match must name the current one, If-None-Match: * refuses to replace a cluster.
  test('eTags on the cluster and its agent pools; If-Match and If-None-Match are honoured', async () => {
    const a = await arm();
    const created = await a.put(clusterPath('rg', 'aks1'), cluster(), API.aks);
    const first = (await a.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).body as {
      eTag: string;
      properties: { agentPoolProfiles: { eTag: string }[] };
    };
    expect(created.status).toBe(201);
    expect(first.eTag).toMatch(/\S/);
    expect(first.properties.agentPoolProfiles[0].eTag).toMatch(/\S/);

    const stale = await a.call('PUT', clusterPath('rg', 'aks1'), {
      body: cluster(),
      api: API.aks,
      headers: { 'if-match': '"not-the-etag"' },
    });
    expect([stale.status, errorOf(stale).code]).toEqual([412, 'PreconditionFailed']);
    const exists = await a.call('PUT', clusterPath('rg', 'aks1'), {
      body: cluster(),
      api: API.aks,
      headers: { 'if-none-match': '*' },
    });
    expect([exists.status, errorOf(exists).code]).toEqual([412, 'PreconditionFailed']);

    const ok = await a.call('PUT', clusterPath('rg', 'aks1'), {
      body: cluster(),
      api: API.aks,
      headers: { 'if-match': first.eTag },
    });
    expect(ok.status).toBe(200);
    await a.status(ok);
    const second = (await a.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).body as { eTag: string };
    expect(second.eTag).not.toBe(first.eTag);
    const old = await a.call('PUT', clusterPath('rg', 'aks1'), {
      body: cluster(),
      api: API.aks,
      headers: { 'if-match': first.eTag },
    });
    expect([old.status, errorOf(old).code]).toEqual([412, 'PreconditionFailed']);
  });

  // networkProfile.dockerBridgeCidr is in the managed cluster API up to 2023-03-01 (older clients send its default
  // "172.17.0.1/16") and is refused from 2023-04-01 on.
  test('dockerBridgeCidr is accepted by the versions that still have it and refused by newer ones', async () => {
    const a = await arm();
    const body = cluster({ dockerBridgeCidr: '172.17.0.1/16' });
    const older = await a.put(clusterPath('rg', 'aks1'), body, '2022-11-01');
    expect(older.status).toBe(201);
    expect((older.body as { properties: { networkProfile: JsonObject } }).properties.networkProfile).toMatchObject({
      dockerBridgeCidr: '172.17.0.1/16',
    });
    const newer = await a.call('PUT', clusterPath('rg', 'aks2'), { body, api: '2023-04-01' });
    expect([newer.status, errorOf(newer).code]).toEqual([400, 'InvalidParameter']);
  });
});
