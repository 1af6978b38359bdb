// Azure's own examples replayed against the emulator over HTTPS: each example's request is sent as is (names
// mapped to this world), and the response must have every key the example's response has, at the same place.
import type { TokenCredential } from '@azure/identity';
import type { RunningEmulator } from '../../../emulator/types.js';
import { azureExample, type AzureExample } from '../../../__fixtures__/azure-examples.js';
import { armFetch, missingKeys, oidcCredential, startTrustedEmulator, type Wire } from './emulator.js';

let emu: RunningEmulator;
let cred: TokenCredential;
let sub: string;

function example(path: string): AzureExample {
  return azureExample(path);
}

/** Sends a request and waits for its long-running operation, then returns the first response. */
async function send(method: string, path: string, body?: unknown): Promise<Wire> {
  const res = await armFetch(emu, cred, method, path, body);
  const op = res.headers.get('azure-asyncoperation');
  if (op !== null) {
    const status = await armFetch(emu, cred, 'GET', op.slice(emu.info.armEndpoint.length));
    expect(status.body).toMatchObject({ status: 'Succeeded' });
  }
  return res;
}

const rg = (name: string) => `/subscriptions/${sub}/resourceGroups/${name}`;

beforeAll(async () => {
  emu = await startTrustedEmulator({ state: { timings: { lroMs: { default: 0 } } } });
  sub = emu.info.subscriptionId;
  cred = oidcCredential(emu);
  for (const name of ['rg1', 'subnet-test', 'testrg123']) {
    await send('PUT', `${rg(name)}?api-version=2021-04-01`, { location: 'eastus' });
  }
});
afterAll(async () => {
  await emu.close();
});

test('resources: CreateResourceGroup and GetResourceGroups', async () => {
  const ex = example('resources/2021-04-01/CreateResourceGroup.json');
  const res = await send(
    'PUT',
    `${rg('my-resource-group')}?api-version=2021-04-01`,
    (ex.parameters as { parameters: unknown }).parameters,
  );
  expect(res.status).toBe(201);
  expect(missingKeys(ex.responses['201'].body, res.body)).toEqual([]);
  const get = await send('GET', `${rg('my-resource-group')}?api-version=2021-04-01`);
  expect(missingKeys(example('resources/2021-04-01/GetResourceGroups.json').responses['200'].body, get.body)).toEqual(
    [],
  );
});

describe('network 2026-01-01', () => {
  const v = '?api-version=2026-01-01';
  const vnet = (name: string) => `${rg('rg1')}/providers/Microsoft.Network/virtualNetworks/${name}`;
  const nsg = (name: string) => `${rg('rg1')}/providers/Microsoft.Network/networkSecurityGroups/${name}`;

  test.each([
    ['VirtualNetworkCreate.json', 'test-vnet'],
    ['VirtualNetworkCreateSubnetWithDelegation.json', 'test-vnet-deleg'],
  ])('%s', async (file, name) => {
    const ex = example(`network/2026-01-01/${file}`);
    const res = await send('PUT', `${vnet(name)}${v}`, (ex.parameters as { parameters: unknown }).parameters);
    expect(res.status).toBe(201);
    expect(missingKeys(ex.responses['201'].body, res.body)).toEqual([]);
  });

  test('SubnetCreate.json, SubnetCreateWithDelegation.json (with its real request) and SubnetGet.json', async () => {
    await send('PUT', `${rg('subnet-test')}/providers/Microsoft.Network/virtualNetworks/vnetname${v}`, {
      location: 'eastus',
      properties: { addressSpace: { addressPrefixes: ['10.0.0.0/8'] } },
    });
    const base = `${rg('subnet-test')}/providers/Microsoft.Network/virtualNetworks/vnetname/subnets`;
    const create = example('network/2026-01-01/SubnetCreate.json');
    const res = await send(
      'PUT',
      `${base}/subnet1${v}`,
      (create.parameters as { subnetParameters: unknown }).subnetParameters,
    );
    expect(res.status).toBe(201);
    expect(missingKeys(create.responses['201'].body, res.body)).toEqual([]);
    const get = await send('GET', `${base}/subnet1${v}`);
    expect(missingKeys(example('network/2026-01-01/SubnetGet.json').responses['200'].body, get.body)).toEqual([]);
    // The example's request lacks the delegation it answers with (azure-rest-api-specs#14936): send the real one.
    const deleg = example('network/2026-01-01/SubnetCreateWithDelegation.json');
    const res2 = await send('PUT', `${base}/subnet2${v}`, {
      properties: {
        addressPrefix: '10.1.0.0/16',
        delegations: [{ name: 'myDelegation', properties: { serviceName: 'Microsoft.Provider/resourceType' } }],
      },
    });
    expect(missingKeys(deleg.responses['201'].body, res2.body)).toEqual([]);
  });

  test('VirtualNetworkGet.json (a subnet used by a load balancer, as in the example)', async () => {
    await send('PUT', `${vnet('test-vnet-get')}${v}`, {
      location: 'westus',
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [{ name: 'subnet1', properties: { addressPrefix: '10.0.1.0/24' } }],
      },
    });
    const { addSubnetUser } = await import('../../../emulator/arm/providers/network.js');
    addSubnetUser(
      emu.world,
      `${vnet('test-vnet-get')}/subnets/subnet1`,
      `${rg('rg1')}/providers/Microsoft.Network/loadBalancers/lb/frontendIPConfigurations/fe`,
    );
    const res = await send('GET', `${vnet('test-vnet-get')}${v}`);
    const expected = structuredClone(example('network/2026-01-01/VirtualNetworkGet.json').responses['200'].body) as {
      properties: Record<string, unknown>;
    };
    // A default public NAT gateway is not modelled by the emulator.
    delete expected.properties.defaultPublicNatGateway;
    expect(missingKeys(expected, res.body)).toEqual([]);
  });

  test('NetworkSecurityGroupCreate / CreateWithRule / Get, rule create and get, default rule list', async () => {
    for (const [file, name] of [
      ['NetworkSecurityGroupCreate.json', 'testnsg'],
      ['NetworkSecurityGroupCreateWithRule.json', 'testnsg2'],
    ]) {
      const ex = example(`network/2026-01-01/${file}`);
      const res = await send('PUT', `${nsg(name)}${v}`, (ex.parameters as { parameters: unknown }).parameters);
      expect(res.status).toBe(201);
      expect(missingKeys(ex.responses['201'].body, res.body)).toEqual([]);
    }
    const get = await send('GET', `${nsg('testnsg2')}${v}`);
    const expectedGet = example('network/2026-01-01/NetworkSecurityGroupGet.json').responses['200'].body;
    expect(missingKeys(expectedGet, get.body)).toEqual([]);
    const rule = example('network/2026-01-01/NetworkSecurityGroupRuleCreate.json');
    const created = await send(
      'PUT',
      `${nsg('testnsg')}/securityRules/rule1${v}`,
      (rule.parameters as { securityRuleParameters: unknown }).securityRuleParameters,
    );
    expect(created.status).toBe(201);
    expect(missingKeys(rule.responses['201'].body, created.body)).toEqual([]);
    const got = await send('GET', `${nsg('testnsg')}/securityRules/rule1${v}`);
    expect(
      missingKeys(example('network/2026-01-01/NetworkSecurityGroupRuleGet.json').responses['200'].body, got.body),
    ).toEqual([]);
    const defaults = await send('GET', `${nsg('testnsg')}/defaultSecurityRules${v}`);
    expect(
      missingKeys(example('network/2026-01-01/DefaultSecurityRuleList.json').responses['200'].body, defaults.body),
    ).toEqual([]);
  });
});

test('containerservice 2026-06-01: ManagedClustersCreate_PrivateClusterPublicFQDN.json', async () => {
  const ex = example('containerservice/2026-06-01/ManagedClustersCreate_PrivateClusterPublicFQDN.json');
  const path = `${rg('rg1')}/providers/Microsoft.ContainerService/managedClusters/clustername1?api-version=2026-06-01`;
  const created = await send('PUT', path, (ex.parameters as { parameters: unknown }).parameters);
  expect(created.status).toBe(201);
  expect(missingKeys(ex.responses['201'].body, created.body)).toEqual([]);
  const again = await send('PUT', path, (ex.parameters as { parameters: unknown }).parameters);
  expect(again.status).toBe(200);
  expect(missingKeys(ex.responses['200'].body, again.body)).toEqual([]);
  // Secrets never come back.
  expect(JSON.stringify(again.body)).not.toContain('replacePassword1234$');
  expect(JSON.stringify(again.body)).not.toContain('"secret"');
});

describe('machinelearningservices 2022-10-01', () => {
  const ws = () => `${rg('testrg123')}/providers/Microsoft.MachineLearningServices/workspaces/workspaces123`;
  const v = '?api-version=2022-10-01';

  test('Workspace create (2022-05-01 example request) answers with the get.json keys that follow from it', async () => {
    const ex = example('machinelearningservices/2022-05-01/Workspace/create.json');
    const res = await send('PUT', `${ws()}${v}`, (ex.parameters as { parameters: unknown }).parameters);
    expect(missingKeys(ex.responses['200'].body, res.body)).toEqual([]);
  });

  test('Compute BasicAKSCompute create, AKSCompute update and get, list', async () => {
    const basic = example('machinelearningservices/2022-10-01/Compute/createOrUpdate/BasicAKSCompute.json');
    const created = await send(
      'PUT',
      `${ws()}/computes/compute123${v}`,
      (basic.parameters as { parameters: unknown }).parameters,
    );
    expect(created.status).toBe(201);
    expect(missingKeys(basic.responses['201'].body, created.body)).toEqual([]);
    const current = (await send('GET', `${ws()}/computes/compute123${v}`)).body as {
      properties: { resourceId: string };
    };
    const update = example('machinelearningservices/2022-10-01/Compute/createOrUpdate/AKSCompute.json');
    const body = structuredClone(
      (update.parameters as { parameters: { properties: { resourceId: string } } }).parameters,
    );
    body.properties.resourceId = current.properties.resourceId;
    const updated = await send('PUT', `${ws()}/computes/compute123${v}`, body);
    expect(updated.status).toBe(200);
    expect(
      missingKeys(update.responses['200'].body, (await send('GET', `${ws()}/computes/compute123${v}`)).body),
    ).toEqual([]);
    const get = await send('GET', `${ws()}/computes/compute123${v}`);
    expect(
      missingKeys(
        example('machinelearningservices/2022-10-01/Compute/get/AKSCompute.json').responses['200'].body,
        get.body,
      ),
    ).toEqual([]);
    const list = await send('GET', `${ws()}/computes${v}`);
    const listEx = example('machinelearningservices/2022-10-01/Compute/list.json').responses['200'].body as {
      value: { properties: Record<string, unknown> }[];
    };
    // The list example holds an AmlCompute (scaleSettings etc.); compare the keys every compute has.
    const common = {
      value: listEx.value.map((c) => ({
        ...c,
        properties: { computeType: c.properties.computeType, provisioningState: c.properties.provisioningState },
      })),
    };
    expect(missingKeys(common, list.body)).toEqual([]);
  });
});

describe('authorization 2022-04-01', () => {
  const name = '05c5a614-a7d6-4502-b150-c2fb455033ff';
  test('RoleAssignments_CreateForResourceGroup, _Get, _ListForResourceGroup, _ListForScope; role definition; permissions', async () => {
    const ex = example('authorization/2022-04-01/RoleAssignments_CreateForResourceGroup.json');
    const params = structuredClone(
      (ex.parameters as { parameters: { properties: { roleDefinitionId: string; principalId: string } } }).parameters,
    );
    // The example's role (0b5fe924...) is not built in here: use Reader; its principal is added to the directory.
    params.properties.roleDefinitionId = `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
    emu.world.principals.push({ objectId: params.properties.principalId, type: 'User', createdAt: 0 });
    const path = `${rg('testrg123')}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`;
    const created = await send('PUT', path, params);
    expect(created.status).toBe(201);
    expect(missingKeys(ex.responses['201'].body, created.body)).toEqual([]);
    expect(
      missingKeys(
        example('authorization/2022-04-01/RoleAssignments_Get.json').responses['200'].body,
        (await send('GET', path)).body,
      ),
    ).toEqual([]);
    const listRg = await send(
      'GET',
      `${rg('testrg123')}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01`,
    );
    expect(
      missingKeys(
        example('authorization/2022-04-01/RoleAssignments_ListForResourceGroup.json').responses['200'].body,
        listRg.body,
      ),
    ).toEqual([]);
    const listScope = await send(
      'GET',
      `/subscriptions/${sub}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01`,
    );
    expect(
      missingKeys(
        example('authorization/2022-04-01/RoleAssignments_ListForScope.json').responses['200'].body,
        listScope.body,
      ),
    ).toEqual([]);
    const def = await send(
      'GET',
      `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7?api-version=2022-04-01`,
    );
    expect(
      missingKeys(example('authorization/2022-04-01/GetRoleDefinitionById.json').responses['200'].body, def.body),
    ).toEqual([]);
    const perms = await send(
      'GET',
      `${rg('testrg123')}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`,
    );
    expect(
      missingKeys(
        example('authorization/2022-05-01-preview/GetResourcePermissions.json').responses['200'].body,
        perms.body,
      ),
    ).toEqual([]);
  });
});
