import { API, errorOf, makeArm, READER, rgPath, SUB, vnetPath } from './world.js';

describe('ARM routing and errors', () => {
  test('a missing api-version is 400 MissingApiVersionParameter', async () => {
    const res = await makeArm().call('GET', rgPath('rg'), { api: null });
    expect([res.status, errorOf(res).code]).toEqual([400, 'MissingApiVersionParameter']);
  });

  test('an unsupported api-version is 400 InvalidApiVersionParameter listing the supported ones', async () => {
    const res = await makeArm().call('GET', vnetPath('rg', 'v'), { api: '1999-01-01' });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('InvalidApiVersionParameter');
    expect(errorOf(res).message).toMatch(
      /^The api-version '1999-01-01' is invalid\. The supported versions are '[^']*2026-01-01[^']*'\.$/,
    );
  });

  // Azure serves every api-version it published in Azure/azure-rest-api-specs, stable and preview; these are what
  // older clients send by default (Debian's python3-azure 20230112: network 2022-07-01, containerservice 2022-11-01,
  // resources 2022-09-01; the Azure CLI's role commands 2018-09-01-preview / 2022-04-01).
  test.each([['2015-11-01'], ['2019-05-10'], ['2020-10-01'], ['2022-09-01']])(
    'resource groups accept %s',
    async (version) => {
      const res = await makeArm().call('GET', rgPath('nope'), { api: version });
      expect([res.status, errorOf(res).code]).toEqual([404, 'ResourceGroupNotFound']);
    },
  );

  test.each([['2015-07-01'], ['2018-01-01-preview'], ['2018-09-01-preview'], ['2020-04-01-preview'], ['2022-04-01']])(
    'role assignments accept %s',
    async (version) => {
      const res = await makeArm().call(
        'GET',
        `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignments`,
        {
          api: version,
        },
      );
      expect(res.status).toBe(200);
    },
  );

  test.each([
    ['Microsoft.Network', '2015-06-15'],
    ['Microsoft.Network', '2022-07-01'],
    ['Microsoft.Network', API.network],
    ['Microsoft.ContainerService', '2017-08-31'],
    ['Microsoft.ContainerService', '2022-11-01'],
    ['Microsoft.ContainerService', '2024-10-02-preview'],
    ['Microsoft.MachineLearningServices', '2021-07-01'],
    ['Microsoft.MachineLearningServices', '2024-07-01-preview'],
    ['Microsoft.ContainerService', '2025-10-01'],
    ['Microsoft.ContainerService', API.aks],
    ['Microsoft.MachineLearningServices', API.ml],
  ])('%s accepts %s', async (ns, version) => {
    const arm = makeArm();
    await arm.call('PUT', rgPath('rg'), { body: { location: 'eastus' }, api: API.resources });
    const res = await arm.call(
      'GET',
      `${rgPath('rg')}/providers/${ns}/${ns === 'Microsoft.Network' ? 'virtualNetworks' : ns === 'Microsoft.ContainerService' ? 'managedClusters' : 'workspaces'}/x`,
      { api: version },
    );
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe('ResourceNotFound');
  });

  test('unknown subscription is 404 SubscriptionNotFound; unknown resource group is ResourceGroupNotFound', async () => {
    const arm = makeArm();
    const sub = await arm.call('GET', '/subscriptions/99999999-0000-0000-0000-000000000000/resourceGroups/rg', {
      api: API.resources,
    });
    expect([sub.status, errorOf(sub).code]).toEqual([404, 'SubscriptionNotFound']);
    const ra = await arm.call(
      'GET',
      '/subscriptions/99999999-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleAssignments',
      { api: API.authz },
    );
    expect([ra.status, errorOf(ra).code]).toEqual([404, 'SubscriptionNotFound']);
    const rg = await arm.call('GET', vnetPath('nope', 'v'), { api: API.network });
    expect([rg.status, errorOf(rg).code]).toEqual([404, 'ResourceGroupNotFound']);
  });

  test('segments are matched case-insensitively and ids keep the canonical casing', async () => {
    const arm = makeArm();
    await arm.call('PUT', rgPath('RG1'), { body: { location: 'eastus' }, api: API.resources });
    const res = await arm.put(
      `/SUBSCRIPTIONS/${SUB}/resourcegroups/rg1/PROVIDERS/microsoft.network/VIRTUALNETWORKS/v1`,
      { location: 'eastus', properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } } },
      API.network,
    );
    expect(res.status).toBe(201);
    expect((res.body as { id: string }).id).toBe(
      `/subscriptions/${SUB}/resourceGroups/RG1/providers/Microsoft.Network/virtualNetworks/v1`,
    );
  });

  test('responses carry request, correlation and rate-limit headers', async () => {
    const arm = makeArm();
    const w = await arm.call('PUT', rgPath('rg'), {
      body: { location: 'eastus' },
      api: API.resources,
      headers: { 'x-ms-correlation-request-id': 'corr-1' },
    });
    expect(w.headers).toMatchObject({
      'x-ms-correlation-request-id': 'corr-1',
      'x-ms-ratelimit-remaining-subscription-writes': expect.stringMatching(/^\d+$/),
    });
    expect(w.headers?.['x-ms-request-id']).toMatch(/^req-/);
    const r = await arm.call('GET', rgPath('rg'), { api: API.resources });
    expect(r.headers?.['x-ms-ratelimit-remaining-subscription-reads']).toMatch(/^\d+$/);
  });
});

describe('resource groups', () => {
  test('PUT creates (201) then updates (200); GET, HEAD and list', async () => {
    const arm = makeArm();
    const created = await arm.call('PUT', rgPath('rg'), {
      body: { location: 'eastus', tags: { a: '1' } },
      api: API.resources,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: rgPath('rg'),
      name: 'rg',
      type: 'Microsoft.Resources/resourceGroups',
      location: 'eastus',
      tags: { a: '1' },
      properties: { provisioningState: 'Succeeded' },
    });
    expect((await arm.call('PUT', rgPath('rg'), { body: { location: 'eastus' }, api: API.resources })).status).toBe(
      200,
    );
    expect((await arm.call('HEAD', rgPath('rg'), { api: API.resources })).status).toBe(204);
    expect((await arm.call('HEAD', rgPath('none'), { api: API.resources })).status).toBe(404);
    const list = await arm.call('GET', `/subscriptions/${SUB}/resourcegroups`, { api: API.resources });
    expect((list.body as { value: { name: string }[] }).value.map((r) => r.name)).toEqual(['rg']);
  });

  test('moving a resource group to another location is 409 InvalidResourceGroupLocation', async () => {
    const arm = makeArm();
    await arm.call('PUT', rgPath('rg'), { body: { location: 'eastus' }, api: API.resources });
    const res = await arm.call('PUT', rgPath('rg'), { body: { location: 'westus' }, api: API.resources });
    expect([res.status, errorOf(res).code]).toEqual([409, 'InvalidResourceGroupLocation']);
  });
});

describe('authorization of requests', () => {
  test('a Reader may read but gets 403 AuthorizationFailed on writes, with the ARM message', async () => {
    const arm = makeArm();
    await arm.call('PUT', rgPath('rg'), { body: { location: 'eastus' }, api: API.resources });
    expect((await arm.call('GET', rgPath('rg'), { api: API.resources, as: READER })).status).toBe(200);
    const res = await arm.call('PUT', vnetPath('rg', 'v'), {
      body: { location: 'eastus', properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } } },
      api: API.network,
      as: READER,
    });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toEqual({
      code: 'AuthorizationFailed',
      message:
        `The client '${READER}' with object id '${READER}' does not have authorization to perform action ` +
        `'Microsoft.Network/virtualNetworks/write' over scope '${vnetPath('rg', 'v')}' or the scope is invalid. ` +
        'If access was recently granted, please refresh your credentials.',
    });
  });

  test('a principal with no role at all cannot even read', async () => {
    const res = await makeArm().call('GET', rgPath('rg'), {
      api: API.resources,
      as: '33333333-3333-3333-3333-333333333333',
    });
    expect([res.status, errorOf(res).code]).toEqual([403, 'AuthorizationFailed']);
  });
});
