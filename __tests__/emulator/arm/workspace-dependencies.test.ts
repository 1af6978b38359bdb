// Private endpoints, storage accounts and container registries: the resources the workspace live rules read.
// In-process handler for shapes and rules, then the real @azure/arm-network client over HTTPS for the PE.
import { jest } from '@jest/globals';
import { azureExample } from '../../../__fixtures__/azure-examples.js';
import { NetworkManagementClient } from '@azure/arm-network';
import type { RunningEmulator } from '../../../emulator/types.js';
import { ARM_SCOPE, armFetch, missingKeys, oidcCredential, startTrustedEmulator } from './emulator.js';
import { API, READER, baseline, errorOf, makeArm, rgPath, subnetPath, workspacePath, type Arm } from './world.js';

const STORAGE_API = '2023-05-01';
const REGISTRY_API = '2023-07-01';
const pePath = (name: string): string => `${rgPath('rg')}/providers/Microsoft.Network/privateEndpoints/${name}`;
const storagePath = (name: string): string => `${rgPath('rg')}/providers/Microsoft.Storage/storageAccounts/${name}`;
const registryPath = (name: string): string =>
  `${rgPath('rg')}/providers/Microsoft.ContainerRegistry/registries/${name}`;

type Obj = Record<string, unknown>;
const o = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const propsOf = (v: unknown): Obj => o(o(v).properties);

/** A private endpoint PUT body targeting `target` (group ids as the target's RP names them). */
function peBody(subnet: string, target: string, groupIds: string[]): Obj {
  return {
    location: 'eastus',
    properties: {
      subnet: { id: subnetPath('rg', 'vnet', subnet) },
      privateLinkServiceConnections: [{ name: 'conn', properties: { privateLinkServiceId: target, groupIds } }],
    },
  };
}

async function world(): Promise<Arm> {
  const arm = makeArm();
  await baseline(arm);
  const ws = await arm.put(workspacePath('rg', 'ws'), { location: 'eastus', properties: {} }, API.ml);
  expect(ws.status).toBe(201);
  return arm;
}

describe('Microsoft.Network/privateEndpoints', () => {
  test('PUT then GET has the shape of the REST spec example (PrivateEndpointGet.json)', async () => {
    const arm = await world();
    const put = await arm.call('PUT', pePath('ws-pe'), {
      body: peBody('aks-subnet', workspacePath('rg', 'ws'), ['amlworkspace']),
      api: API.network,
    });
    expect(put.status).toBe(201);
    const get = await arm.call('GET', pePath('ws-pe'), { api: API.network });
    expect(get.status).toBe(200);
    // Key paths of Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/stable/
    // 2024-05-01/examples/PrivateEndpointGet.json @ 132b90d1 (values shortened; DNS configs, static IP configs, the
    // custom NIC name and the request message are left out: the emulator does not model them).
    const example = {
      name: '',
      id: '',
      type: '',
      location: '',
      properties: {
        provisioningState: '',
        privateLinkServiceConnections: [
          {
            id: '',
            properties: {
              privateLinkServiceId: '',
              groupIds: [''],
              privateLinkServiceConnectionState: { status: '', description: '', actionsRequired: '' },
            },
          },
        ],
        manualPrivateLinkServiceConnections: [],
        subnet: { id: '' },
        networkInterfaces: [{ id: '' }],
        customDnsConfigs: [],
        applicationSecurityGroups: [],
        ipConfigurations: [],
      },
    };
    expect(missingKeys(example, get.body)).toEqual([]);
    const p = propsOf(get.body);
    expect(o(p.subnet).id).toBe(subnetPath('rg', 'vnet', 'aks-subnet'));
    expect(p.provisioningState).toBe('Succeeded');
    const conn = propsOf((p.privateLinkServiceConnections as unknown[])[0]);
    expect(conn.privateLinkServiceId).toBe(workspacePath('rg', 'ws'));
    expect(conn.groupIds).toEqual(['amlworkspace']);
    expect(o(conn.privateLinkServiceConnectionState).status).toBe('Approved');
    expect(String(o((p.networkInterfaces as unknown[])[0]).id)).toMatch(/\/networkInterfaces\/ws-pe\.nic\./);
  });

  test("registers in the subnet's read-only privateEndpoints and in the workspace's connections", async () => {
    const arm = await world();
    await arm.call('PUT', pePath('ws-pe'), {
      body: peBody('aks-subnet', workspacePath('rg', 'ws'), ['amlworkspace']),
      api: API.network,
    });
    const subnet = await arm.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network });
    expect(propsOf(subnet.body).privateEndpoints).toEqual([{ id: pePath('ws-pe') }]);
    const other = await arm.call('GET', subnetPath('rg', 'vnet', 'aci-subnet'), { api: API.network });
    expect(propsOf(other.body).privateEndpoints).toBeUndefined();
    const ws = await arm.call('GET', workspacePath('rg', 'ws'), { api: API.ml });
    const conns = propsOf(ws.body).privateEndpointConnections as unknown[];
    expect(conns).toHaveLength(1);
    expect(o(propsOf(conns[0]).privateEndpoint)).toEqual({ id: pePath('ws-pe') });
    // The connection has every key of the workspace GET example's (machinelearningservices/2022-10-01/Workspace/get.json).
    const example = azureExample('machinelearningservices/2022-10-01/Workspace/get.json');
    const exampleConn = (propsOf(example.responses['200'].body).privateEndpointConnections as unknown[])[0];
    expect(missingKeys(exampleConn, conns[0])).toEqual([]);
    expect(propsOf(ws.body).privateLinkCount).toBe(1);
    // A re-PUT of the same endpoint does not duplicate the back-references.
    await arm.call('PUT', pePath('ws-pe'), {
      body: peBody('aks-subnet', workspacePath('rg', 'ws'), ['amlworkspace']),
      api: API.network,
    });
    const again = await arm.call('GET', workspacePath('rg', 'ws'), { api: API.ml });
    expect(propsOf(again.body).privateEndpointConnections).toHaveLength(1);
  });

  test('a subnet PUT cannot clear privateEndpoints, and its delegation cannot change while the PE is there', async () => {
    const arm = await world();
    await arm.call('PUT', pePath('pe1'), {
      body: peBody('aci-subnet', workspacePath('rg', 'ws'), ['amlworkspace']),
      api: API.network,
    });
    const plain = await arm.put(
      subnetPath('rg', 'vnet', 'aci-subnet'),
      { properties: { addressPrefix: '10.0.2.0/24' } },
      API.network,
    );
    expect(plain.status).toBe(200);
    expect(propsOf(plain.body).privateEndpoints).toEqual([{ id: pePath('pe1') }]);
    const delegate = await arm.call('PUT', subnetPath('rg', 'vnet', 'aci-subnet'), {
      body: {
        properties: {
          addressPrefix: '10.0.2.0/24',
          delegations: [{ name: 'aci', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
        },
      },
      api: API.network,
    });
    expect(delegate.status).toBe(400);
    expect(errorOf(delegate).code).toBe('SubnetDelegationsCannotChangeWhenSubnetUsedByResource');
    expect(errorOf(delegate).message).toContain(pePath('pe1'));
    // Once the endpoint is gone the subnet is free again.
    expect((await arm.call('DELETE', pePath('pe1'), { api: API.network })).status).toBe(200);
    const freed = await arm.call('GET', subnetPath('rg', 'vnet', 'aci-subnet'), { api: API.network });
    expect(propsOf(freed.body).privateEndpoints).toBeUndefined();
  });

  test.each([
    ['no subnet', { location: 'eastus', properties: {} }, 400, 'InvalidRequestFormat'],
    [
      'an unknown subnet',
      { location: 'eastus', properties: { subnet: { id: subnetPath('rg', 'vnet', 'nope') } } },
      400,
      'InvalidResourceReference',
    ],
    [
      'no location',
      { properties: { subnet: { id: subnetPath('rg', 'vnet', 'aks-subnet') } } },
      400,
      'LocationRequired',
    ],
  ])('PUT with %s is refused', async (_label, body, status, code) => {
    const arm = await world();
    const res = await arm.call('PUT', pePath('bad'), { body, api: API.network });
    expect(res.status).toBe(status);
    expect(errorOf(res).code).toBe(code);
  });

  test('a delegated subnet cannot take a private endpoint', async () => {
    const arm = await world();
    await arm.put(
      subnetPath('rg', 'vnet', 'aci-subnet'),
      {
        properties: {
          addressPrefix: '10.0.2.0/24',
          delegations: [{ name: 'aci', properties: { serviceName: 'Microsoft.ContainerInstance/containerGroups' } }],
        },
      },
      API.network,
    );
    const res = await arm.call('PUT', pePath('pe'), {
      body: peBody('aci-subnet', workspacePath('rg', 'ws'), ['amlworkspace']),
      api: API.network,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('PrivateEndpointCreationNotAllowedAsSubnetIsDelegated');
  });

  test('RBAC: Reader may read endpoints, storage and registries but not write them', async () => {
    const arm = await world();
    await arm.call('PUT', pePath('pe'), {
      body: peBody('aks-subnet', workspacePath('rg', 'ws'), ['amlworkspace']),
      api: API.network,
    });
    await arm.call('PUT', storagePath('mlstore'), { body: { location: 'eastus' }, api: STORAGE_API });
    await arm.call('PUT', registryPath('mlacr01'), {
      body: { location: 'eastus', sku: { name: 'Premium' } },
      api: REGISTRY_API,
    });
    for (const [path, api] of [
      [pePath('pe'), API.network],
      [storagePath('mlstore'), STORAGE_API],
      [registryPath('mlacr01'), REGISTRY_API],
    ] as const) {
      expect((await arm.call('GET', path, { api, as: READER })).status).toBe(200);
      const write = await arm.call('PUT', path, { body: { location: 'eastus' }, api, as: READER });
      expect(write.status).toBe(403);
      expect(errorOf(write).code).toBe('AuthorizationFailed');
    }
  });

  test('a seeded endpoint gets the same back-references as one created through the API', async () => {
    const arm = await world();
    const id = pePath('seeded');
    arm.world.resources.set(id.toLowerCase(), {
      id,
      name: 'seeded',
      type: 'Microsoft.Network/privateEndpoints',
      location: 'eastus',
      properties: {
        subnet: { id: subnetPath('rg', 'vnet', 'aks-subnet') },
        privateLinkServiceConnections: [
          { name: 'c', properties: { privateLinkServiceId: workspacePath('rg', 'ws'), groupIds: ['amlworkspace'] } },
        ],
      },
    });
    const subnet = await arm.call('GET', subnetPath('rg', 'vnet', 'aks-subnet'), { api: API.network });
    expect(propsOf(subnet.body).privateEndpoints).toEqual([{ id }]);
    const ws = await arm.call('GET', workspacePath('rg', 'ws'), { api: API.ml });
    expect(propsOf(ws.body).privateEndpointConnections).toHaveLength(1);
  });
});

describe('Microsoft.Storage/storageAccounts', () => {
  test('networkAcls round-trip with defaults; privateEndpointConnections come from endpoints only', async () => {
    const arm = await world();
    const rule = subnetPath('rg', 'vnet', 'aks-subnet');
    const put = await arm.call('PUT', storagePath('mlstore'), {
      body: {
        location: 'eastus',
        sku: { name: 'Standard_LRS' },
        kind: 'StorageV2',
        properties: {
          networkAcls: { defaultAction: 'Deny', virtualNetworkRules: [{ id: rule }], ipRules: [{ value: '1.2.3.4' }] },
          privateEndpointConnections: [{ properties: { privateEndpoint: { id: 'forged' } } }],
        },
      },
      api: STORAGE_API,
    });
    expect(put.status).toBe(200);
    const get = await arm.call('GET', storagePath('mlstore'), { api: STORAGE_API });
    const p = propsOf(get.body);
    expect(p.networkAcls).toEqual({
      bypass: 'AzureServices',
      defaultAction: 'Deny',
      ipRules: [{ value: '1.2.3.4', action: 'Allow' }],
      virtualNetworkRules: [{ id: rule, action: 'Allow', state: 'Succeeded' }],
    });
    expect(p.privateEndpointConnections).toEqual([]);
    await arm.call('PUT', pePath('blob-pe'), {
      body: peBody('aks-subnet', storagePath('mlstore'), ['blob']),
      api: API.network,
    });
    const after = propsOf((await arm.call('GET', storagePath('mlstore'), { api: STORAGE_API })).body);
    const conn = (after.privateEndpointConnections as unknown[])[0];
    expect(o(conn).type).toBe('Microsoft.Storage/storageAccounts/privateEndpointConnections');
    expect(o(propsOf(conn).privateEndpoint)).toEqual({ id: pePath('blob-pe') });
  });

  test.each([
    ['2023-05-01', 200],
    ['2099-01-01', 400],
  ])('api-version %s answers %i', async (api, status) => {
    const arm = await world();
    const res = await arm.call('PUT', storagePath('mlstore'), { body: { location: 'eastus' }, api });
    expect(res.status).toBe(status);
  });

  test.each(['ab', 'UPPERCASE1', 'has-dash'])('account name %s is refused', async (name) => {
    const arm = await world();
    const res = await arm.call('PUT', storagePath(name), { body: { location: 'eastus' }, api: STORAGE_API });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('AccountNameInvalid');
  });

  test('GET of a missing account is 404 ResourceNotFound', async () => {
    const arm = await world();
    const res = await arm.call('GET', storagePath('absent'), { api: STORAGE_API });
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe('ResourceNotFound');
  });
});

describe('Microsoft.ContainerRegistry/registries', () => {
  test('has the keys of the REST spec example (RegistryGet.json) and records its endpoints', async () => {
    const arm = await world();
    const put = await arm.call('PUT', registryPath('mlacr01'), {
      body: {
        location: 'eastus',
        sku: { name: 'Premium' },
        properties: { publicNetworkAccess: 'Disabled', networkRuleSet: { defaultAction: 'Deny' } },
      },
      api: REGISTRY_API,
    });
    expect(put.status).toBe(201);
    const example = {
      id: '',
      name: '',
      type: '',
      location: '',
      sku: { name: '', tier: '' },
      properties: {
        loginServer: '',
        creationDate: '',
        provisioningState: '',
        adminUserEnabled: false,
        networkRuleSet: { defaultAction: '', ipRules: [] },
        privateEndpointConnections: [],
        publicNetworkAccess: '',
        networkRuleBypassOptions: '',
      },
    };
    const get = await arm.call('GET', registryPath('mlacr01'), { api: REGISTRY_API });
    expect(missingKeys(example, get.body)).toEqual([]);
    expect(propsOf(get.body).publicNetworkAccess).toBe('Disabled');
    expect(propsOf(get.body).networkRuleSet).toEqual({ defaultAction: 'Deny', ipRules: [] });
    await arm.call('PUT', pePath('acr-pe'), {
      body: peBody('aci-subnet', registryPath('mlacr01'), ['registry']),
      api: API.network,
    });
    const conns = propsOf((await arm.call('GET', registryPath('mlacr01'), { api: REGISTRY_API })).body)
      .privateEndpointConnections as unknown[];
    expect(conns.map((c) => o(propsOf(c).privateEndpoint).id)).toEqual([pePath('acr-pe')]);
  });

  test('sku is required', async () => {
    const arm = await world();
    const res = await arm.call('PUT', registryPath('mlacr01'), { body: { location: 'eastus' }, api: REGISTRY_API });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('InvalidSku');
  });
});

describe('the real @azure/arm-network client', () => {
  let emu: RunningEmulator;
  afterAll(async () => emu?.close());

  test('creates and reads a private endpoint; the subnet shows it', async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    emu = await startTrustedEmulator({ state: { timings: { lroMs: { default: 0 } } } });
    const sub = emu.info.subscriptionId;
    const cred = oidcCredential(emu);
    const rg = `/subscriptions/${sub}/resourceGroups/net`;
    expect((await armFetch(emu, cred, 'PUT', `${rg}?api-version=2021-04-01`, { location: 'eastus' })).status).toBe(201);
    const network = new NetworkManagementClient(cred, sub, {
      endpoint: emu.info.armEndpoint,
      credentials: { scopes: [ARM_SCOPE] },
    });
    await network.virtualNetworks.createOrUpdate(
      'net',
      'vnet',
      {
        location: 'eastus',
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [{ name: 'pe-subnet', addressPrefix: '10.0.0.0/24' }],
      },
      { updateIntervalInMs: 0 },
    );
    const subnetId = `${rg}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe-subnet`;
    const target = `${rg}/providers/Microsoft.Storage/storageAccounts/mlstore`;
    await network.privateEndpoints.createOrUpdate(
      'net',
      'pe',
      {
        location: 'eastus',
        subnet: { id: subnetId },
        privateLinkServiceConnections: [{ name: 'c', privateLinkServiceId: target, groupIds: ['blob'] }],
      },
      { updateIntervalInMs: 0 },
    );
    const pe = await network.privateEndpoints.get('net', 'pe');
    expect(pe.subnet?.id).toBe(subnetId);
    expect(pe.provisioningState).toBe('Succeeded');
    expect(pe.privateLinkServiceConnections?.[0].privateLinkServiceId).toBe(target);
    expect(pe.privateLinkServiceConnections?.[0].groupIds).toEqual(['blob']);
    expect(pe.networkInterfaces).toHaveLength(1);
    const subnet = await network.subnets.get('net', 'vnet', 'pe-subnet');
    expect(subnet.privateEndpoints?.map((x) => x.id)).toEqual([pe.id]);
  });
});
