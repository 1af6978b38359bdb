import {
  API,
  baseline,
  errorOf,
  makeArm,
  makeWorld,
  nsgPath,
  rgPath,
  subnetPath,
  vnetPath,
  type Arm,
} from './world.js';
import type { JsonObject } from '../../../emulator/types.js';

type Subnet = { etag: string; properties: JsonObject & { addressPrefix?: string } };

async function arm(): Promise<Arm> {
  const a = makeArm(makeWorld());
  await baseline(a);
  return a;
}

async function putNsg(a: Arm, name: string, location = 'eastus', rules: unknown[] = []): Promise<void> {
  const res = await a.put(nsgPath('rg', name), { location, properties: { securityRules: rules } }, API.network);
  expect(res.status).toBe(201);
}

describe('virtual networks', () => {
  test('GET returns the subnets with ids, etags and provisioningState, and the VNet etag', async () => {
    const a = await arm();
    const res = await a.call('GET', vnetPath('rg', 'vnet'), { api: API.network });
    expect(res.status).toBe(200);
    const body = res.body as JsonObject & { properties: { subnets: (Subnet & { id: string })[] } };
    expect(body.etag).toMatch(/^W\/"[0-9a-f-]{36}"$/);
    expect(body.properties.subnets.map((s) => s.id)).toEqual([
      `${vnetPath('rg', 'vnet')}/subnets/aks-subnet`,
      `${vnetPath('rg', 'vnet')}/subnets/aci-subnet`,
    ]);
    expect(
      body.properties.subnets.every((s) => /^W\/"/.test(s.etag) && s.properties.provisioningState === 'Succeeded'),
    ).toBe(true);
  });

  test.each([
    ['10.1.0.0/24', 'NetcfgSubnetRangeOutsideVnet'],
    ['10.0.1.128/25', 'NetcfgSubnetRangesOverlap'],
    ['10.0.3.5/24', 'InvalidCIDRNotation'],
    ['10.0.3/24', 'InvalidAddressPrefixFormat'],
  ])('a subnet %s is rejected with %s', async (prefix, code) => {
    const a = await arm();
    const res = await a.call('PUT', subnetPath('rg', 'vnet', 'new'), {
      body: { properties: { addressPrefix: prefix } },
      api: API.network,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe(code);
  });

  test('a VNet PUT that drops a subnet in use fails with InUseSubnetCannotBeDeleted', async () => {
    const a = await arm();
    const { addSubnetUser } = await import('../../../emulator/arm/providers/network.js');
    addSubnetUser(
      a.world,
      subnetPath('rg', 'vnet', 'aks-subnet'),
      '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/networkInterfaces/n/ipConfigurations/c',
    );
    const res = await a.call('PUT', vnetPath('rg', 'vnet'), {
      body: { location: 'eastus', properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, subnets: [] } },
      api: API.network,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('InUseSubnetCannotBeDeleted');
  });
});

describe('subnet PUT', () => {
  test('replaces the whole subnet: omitted NSG, service endpoints and delegations are cleared', async () => {
    const a = await arm();
    await putNsg(a, 'nsg1');
    const nsgId = `${nsgPath('rg', 'nsg1')}`;
    const full = await a.put(
      subnetPath('rg', 'vnet', 'aci-subnet'),
      {
        properties: {
          addressPrefix: '10.0.2.0/24',
          networkSecurityGroup: { id: nsgId },
          serviceEndpoints: [{ service: 'Microsoft.Storage' }],
          delegations: [{ name: 'aci', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
        },
      },
      API.network,
    );
    expect(full.status).toBe(200);
    const got = (await a.call('GET', subnetPath('rg', 'vnet', 'aci-subnet'), { api: API.network })).body as Subnet;
    expect(got.properties.networkSecurityGroup).toEqual({ id: nsgId });
    expect(got.properties.delegations).toEqual([
      expect.objectContaining({
        name: 'aci',
        id: `${subnetPath('rg', 'vnet', 'aci-subnet')}/delegations/aci`,
        properties: expect.objectContaining({ serviceName: 'Microsoft.ContainerInstance/containerGroups' }),
      }),
    ]);
    await a.put(subnetPath('rg', 'vnet', 'aci-subnet'), { properties: { addressPrefix: '10.0.2.0/24' } }, API.network);
    const after = (await a.call('GET', subnetPath('rg', 'vnet', 'aci-subnet'), { api: API.network })).body as Subnet;
    expect(after.properties.networkSecurityGroup).toBeUndefined();
    expect(after.properties.serviceEndpoints).toBeUndefined();
    expect(after.properties.delegations).toEqual([]);
    expect(after.properties.addressPrefix).toBe('10.0.2.0/24');
  });

  test('every write changes the subnet and VNet etags; a stale If-Match gets 412 PreconditionFailed', async () => {
    const a = await arm();
    const before = (await a.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network })).body as Subnet;
    const vnetBefore = (await a.call('GET', vnetPath('rg', 'vnet'), { api: API.network })).body as JsonObject;
    const ok = await a.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/24' } },
      api: API.network,
      headers: { 'if-match': before.etag },
    });
    expect(ok.status).toBe(200);
    const after = (await a.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network })).body as Subnet;
    const vnetAfter = (await a.call('GET', vnetPath('rg', 'vnet'), { api: API.network })).body as JsonObject;
    expect(after.etag).not.toBe(before.etag);
    expect(vnetAfter.etag).not.toBe(vnetBefore.etag);
    const stale = await a.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/24' } },
      api: API.network,
      headers: { 'if-match': before.etag },
    });
    expect(stale.status).toBe(412);
    expect(errorOf(stale).code).toBe('PreconditionFailed');
  });

  test('an NSG must exist in the same region (InvalidResourceReference)', async () => {
    const a = await arm();
    await putNsg(a, 'far', 'westus');
    for (const id of [nsgPath('rg', 'missing'), nsgPath('rg', 'far')]) {
      const res = await a.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
        body: { properties: { addressPrefix: '10.0.1.0/24', networkSecurityGroup: { id } } },
        api: API.network,
      });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'InvalidResourceReference', message: expect.stringContaining(id) });
    }
  });

  test('delegations cannot change while the subnet is used, with the RP message', async () => {
    const a = await arm();
    const { addSubnetUser } = await import('../../../emulator/arm/providers/network.js');
    const user =
      '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/networkInterfaces/nic/ipConfigurations/ipconfig1';
    addSubnetUser(a.world, subnetPath('rg', 'vnet', 'aci-subnet'), user);
    const res = await a.call('PUT', subnetPath('rg', 'vnet', 'aci-subnet'), {
      body: {
        properties: {
          addressPrefix: '10.0.2.0/24',
          delegations: [{ name: 'aci', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
        },
      },
      api: API.network,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toEqual({
      code: 'SubnetDelegationsCannotChangeWhenSubnetUsedByResource',
      message:
        `Delegations of subnet ${subnetPath('rg', 'vnet', 'aci-subnet')} cannot be changed from [] to ` +
        `[Microsoft.ContainerInstance/containerGroups] because it is being used by the resource ${user}.`,
    });
    // The ipConfigurations are server-owned: the PUT body cannot clear them.
    const got = (await a.call('GET', subnetPath('rg', 'vnet', 'aci-subnet'), { api: API.network })).body as Subnet;
    expect(got.properties.ipConfigurations).toEqual([{ id: user }]);
  });

  test('a service association link keeps its delegation', async () => {
    const a = await arm();
    await a.put(
      subnetPath('rg', 'vnet', 'aci-subnet'),
      {
        properties: {
          addressPrefix: '10.0.2.0/24',
          delegations: [{ name: 'aci', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
        },
      },
      API.network,
    );
    const vnet = a.world.resources.get(vnetPath('rg', 'vnet').toLowerCase()) as JsonObject & {
      properties: { subnets: { properties: JsonObject }[] };
    };
    const salId = `${subnetPath('rg', 'vnet', 'aci-subnet')}/serviceAssociationLinks/acisal`;
    vnet.properties.subnets[1].properties.serviceAssociationLinks = [
      { id: salId, name: 'acisal', properties: { linkedResourceType: 'Microsoft.ContainerInstance/containerGroups' } },
    ];
    const res = await a.call('PUT', subnetPath('rg', 'vnet', 'aci-subnet'), {
      body: { properties: { addressPrefix: '10.0.2.0/24' } },
      api: API.network,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toBe(
      `Subnet ${subnetPath('rg', 'vnet', 'aci-subnet')} requires any of the following delegation(s) ` +
        `[Microsoft.ContainerInstance/containerGroups] to reference service association link ${salId}.`,
    );
  });

  test('create answers 201, update 200, both with Azure-AsyncOperation; the operation ends Succeeded', async () => {
    const a = makeArm(makeWorld({ lroMs: { 'Microsoft.Network/virtualNetworks/subnets': 40 } }));
    await baseline(a);
    const created = await a.call('PUT', subnetPath('rg', 'vnet', 's3'), {
      body: { properties: { addressPrefix: '10.0.3.0/24' } },
      api: API.network,
    });
    expect(created.status).toBe(201);
    expect((created.body as Subnet).properties.provisioningState).toBe('Updating');
    expect(await a.status(created)).toMatchObject({ status: 'InProgress' });
    // Network answers a write during a running operation with 429 RetryableErrorDueToAnotherOperation.
    const busy = await a.call('PUT', subnetPath('rg', 'vnet', 's3'), {
      body: { properties: { addressPrefix: '10.0.3.0/24' } },
      api: API.network,
    });
    expect(busy.status).toBe(429);
    expect(errorOf(busy).code).toBe('RetryableErrorDueToAnotherOperation');
    await new Promise((r) => setTimeout(r, 50));
    expect(await a.status(created)).toMatchObject({ status: 'Succeeded' });
    const got = (await a.call('GET', subnetPath('rg', 'vnet', 's3'), { api: API.network })).body as Subnet;
    expect(got.properties.provisioningState).toBe('Succeeded');
    const updated = await a.call('PUT', subnetPath('rg', 'vnet', 's3'), {
      body: { properties: { addressPrefix: '10.0.3.0/24' } },
      api: API.network,
    });
    expect(updated.status).toBe(200);
  });

  test('Retry-After comes from lroMs["retry-after"] (ms, rounded up to seconds), 0 by default', async () => {
    const slow = makeArm(makeWorld({ lroMs: { 'retry-after': 1500 } }));
    await baseline(slow);
    const res = await slow.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/24' } },
      api: API.network,
    });
    expect(res.headers?.['Retry-After']).toBe('2');
    const fast = await arm();
    const res2 = await fast.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/24' } },
      api: API.network,
    });
    expect(res2.headers?.['Retry-After']).toBe('0');
  });

  // Without lroMs['retry-after'], operations answer the Retry-After Azure's Network RP sends (10 s), never more than
  // the time the operation still needs, and a finished operation's status asks for no further wait.
  test('Retry-After without a fixed value: 10 s for a long operation, the remaining seconds for a short one', async () => {
    const long = makeArm(makeWorld({ lroMs: { 'Microsoft.Network/virtualNetworks/subnets': 60_000 } }));
    await baseline(long);
    const res = await long.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/24' } },
      api: API.network,
    });
    expect(res.headers?.['Retry-After']).toBe('10');
    const short = makeArm(makeWorld({ lroMs: { 'Microsoft.Network/virtualNetworks/subnets': 3_500 } }));
    await baseline(short);
    const res2 = await short.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/24' } },
      api: API.network,
    });
    expect(Number(res2.headers?.['Retry-After'])).toBeGreaterThanOrEqual(2);
    expect(Number(res2.headers?.['Retry-After'])).toBeLessThanOrEqual(3);
  });

  test('the lro-failed fault ends the operation Failed and leaves the subnet as it was', async () => {
    const a = makeArm(
      makeWorld({
        faults: [
          {
            kind: 'lro-failed',
            code: 'InternalServerError',
            message: 'boom',
            match: { resourceType: 'Microsoft.Network/virtualNetworks/subnets' },
          },
        ],
      }),
    );
    await baseline(a);
    const res = await a.call('PUT', subnetPath('rg', 'vnet', 'aks-subnet'), {
      body: { properties: { addressPrefix: '10.0.1.0/25' } },
      api: API.network,
    });
    expect(res.status).toBe(200);
    expect(await a.status(res)).toMatchObject({
      status: 'Failed',
      error: { code: 'InternalServerError', message: 'boom' },
    });
    const got = (await a.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network })).body as Subnet;
    expect(got.properties.addressPrefix).toBe('10.0.1.0/24');
    expect(got.properties.provisioningState).toBe('Failed');
  });

  test('subnet GET under a missing VNet is ParentResourceNotFound; a missing subnet is 404', async () => {
    const a = await arm();
    const parent = await a.call('GET', subnetPath('rg', 'nope', 'x'), { api: API.network });
    expect([parent.status, errorOf(parent).code]).toEqual([404, 'ParentResourceNotFound']);
    const missing = await a.call('GET', subnetPath('rg', 'vnet', 'x'), { api: API.network });
    expect(missing.status).toBe(404);
  });
});

describe('network security groups', () => {
  const rule = (name: string, priority: unknown, direction = 'Inbound', extra: JsonObject = {}): JsonObject => ({
    name,
    properties: {
      protocol: 'Tcp',
      access: 'Allow',
      priority,
      direction,
      sourceAddressPrefix: '*',
      destinationAddressPrefix: '*',
      sourcePortRange: '*',
      destinationPortRange: '443',
      ...extra,
    } as JsonObject,
  });

  test('NSG GET carries the six default rules', async () => {
    const a = await arm();
    await putNsg(a, 'nsg');
    const res = await a.call('GET', nsgPath('rg', 'nsg'), { api: API.network });
    const p = (res.body as { properties: { defaultSecurityRules: { name: string }[]; securityRules: unknown[] } })
      .properties;
    expect(p.defaultSecurityRules.map((r) => r.name)).toEqual([
      'AllowVnetInBound',
      'AllowAzureLoadBalancerInBound',
      'DenyAllInBound',
      'AllowVnetOutBound',
      'AllowInternetOutBound',
      'DenyAllOutBound',
    ]);
    expect(p.securityRules).toEqual([]);
  });

  test.each([
    [99, 'SecurityRuleInvalidPriority'],
    [4097, 'SecurityRuleInvalidPriority'],
    [undefined, 'SecurityRuleInvalidPriority'],
  ])('priority %s is rejected with %s', async (priority, code) => {
    const a = await arm();
    await putNsg(a, 'nsg');
    const res = await a.call('PUT', `${nsgPath('rg', 'nsg')}/securityRules/r`, {
      body: rule('r', priority),
      api: API.network,
    });
    expect([res.status, errorOf(res).code]).toEqual([400, code]);
  });

  test.each([100, 4096])('priority %s is accepted', async (priority) => {
    const a = await arm();
    await putNsg(a, 'nsg');
    const res = await a.put(`${nsgPath('rg', 'nsg')}/securityRules/r`, rule('r', priority), API.network);
    expect(res.status).toBe(201);
  });

  test.each([
    ['protocol', 'SecurityRuleInvalidProtocol'],
    ['access', 'SecurityRuleInvalidAccess'],
    ['direction', 'SecurityRuleInvalidDirection'],
  ])('a rule without %s is rejected with %s', async (field, code) => {
    const a = await arm();
    await putNsg(a, 'nsg');
    const body = rule('r', 200);
    delete (body.properties as JsonObject)[field];
    const res = await a.call('PUT', `${nsgPath('rg', 'nsg')}/securityRules/r`, { body, api: API.network });
    expect([res.status, errorOf(res).code]).toEqual([400, code]);
  });

  test('same priority and direction conflicts with the exact message; other direction is fine', async () => {
    const a = await arm();
    await putNsg(a, 'nsg', 'eastus', [rule('first', 200)]);
    const res = await a.call('PUT', `${nsgPath('rg', 'nsg')}/securityRules/second`, {
      body: rule('second', 200),
      api: API.network,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toEqual({
      code: 'SecurityRuleConflict',
      message:
        'Security rule second conflicts with rule first. Rules cannot have the same Priority and Direction. To learn more, see aka.ms/nsgrules.',
    });
    expect(
      (await a.put(`${nsgPath('rg', 'nsg')}/securityRules/second`, rule('second', 200, 'Outbound'), API.network))
        .status,
    ).toBe(201);
  });

  test('a rule PUT never touches the other rules', async () => {
    const a = await arm();
    await putNsg(a, 'nsg', 'eastus', [rule('keep', 300, 'Inbound', { description: 'kept' })]);
    const before = (await a.call('GET', `${nsgPath('rg', 'nsg')}/securityRules/keep`, { api: API.network })).body;
    await a.put(`${nsgPath('rg', 'nsg')}/securityRules/new`, rule('new', 310), API.network);
    const after = (await a.call('GET', `${nsgPath('rg', 'nsg')}/securityRules/keep`, { api: API.network })).body;
    expect(after).toEqual(before);
    const list = (await a.call('GET', `${nsgPath('rg', 'nsg')}/securityRules`, { api: API.network })).body as {
      value: { name: string }[];
    };
    expect(list.value.map((r) => r.name)).toEqual(['keep', 'new']);
  });
});

describe('seeded resources', () => {
  test('a VNet seeded without etags or provisioningState is filled in when read', async () => {
    const id = `/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/seeded`;
    const world = makeWorld({
      resources: [
        {
          id: rgPath('rg'),
          name: 'rg',
          type: 'Microsoft.Resources/resourceGroups',
          location: 'eastus',
          properties: {},
        },
        {
          id,
          name: 'seeded',
          type: 'Microsoft.Network/virtualNetworks',
          location: 'eastus',
          properties: {
            addressSpace: { addressPrefixes: ['10.9.0.0/16'] },
            subnets: [{ name: 'a', properties: { addressPrefix: '10.9.0.0/24' } }],
          },
        },
      ],
    });
    const a = makeArm(world);
    const res = await a.call('GET', `${id}/subnets/a`, { api: API.network });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: `${id}/subnets/a`,
      etag: expect.stringMatching(/^W\//),
      properties: { provisioningState: 'Succeeded' },
    });
  });
});
