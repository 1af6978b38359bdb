import { azureExample } from '../../../__fixtures__/azure-examples.js';
import { ROLE_IDS } from '../../../emulator/arm/rbac.js';
import { API, errorOf, makeArm, makeWorld, OWNER, READER, rgPath, SUB } from './world.js';

const NEW_SP = '55555555-5555-5555-5555-555555555555';
const raPath = (scope: string, name: string) => `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
const NAME1 = '0b5fe924-9a61-425c-96af-cfe6e287ca2d';
const NAME2 = '96786e4b-dede-4c2e-8736-8ab911987f08';

function body(principalId: string, principalType?: string, role: string = ROLE_IDS.networkContributor) {
  return {
    properties: {
      roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId,
      ...(principalType === undefined ? {} : { principalType }),
    },
  };
}

async function armWithRg(now = 0) {
  const world = makeWorld();
  world.principals.push({ objectId: NEW_SP, type: 'ServicePrincipal', createdAt: now });
  const arm = makeArm(world);
  await arm.call('PUT', rgPath('net'), { body: { location: 'eastus' }, api: API.resources });
  return arm;
}

function keysDeep(v: unknown, prefix = ''): string[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => [prefix + k, ...keysDeep(x, `${prefix}${k}.`)]);
}

describe('role assignments', () => {
  test('PUT creates (201) with the example shape; an identical re-PUT under the same name is 200', async () => {
    const arm = await armWithRg();
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME1), {
      body: body(NEW_SP, 'ServicePrincipal'),
      api: API.authz,
    });
    expect(res.status).toBe(201);
    const example = azureExample('authorization/2022-04-01/RoleAssignments_CreateForResourceGroup.json');
    expect(keysDeep(res.body)).toEqual(expect.arrayContaining(keysDeep(example.responses['201'].body)));
    expect(res.body).toMatchObject({
      id: raPath(rgPath('net'), NAME1),
      name: NAME1,
      type: 'Microsoft.Authorization/roleAssignments',
      properties: {
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.networkContributor}`,
        principalId: NEW_SP,
        principalType: 'ServicePrincipal',
        scope: rgPath('net'),
      },
    });
    const again = await arm.call('PUT', raPath(rgPath('net'), NAME1), {
      body: body(NEW_SP, 'ServicePrincipal'),
      api: API.authz,
    });
    expect(again.status).toBe(200);
  });

  test('the same (scope, role, principal) under another name is 409 RoleAssignmentExists', async () => {
    const arm = await armWithRg();
    await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(NEW_SP, 'ServicePrincipal'), api: API.authz });
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME2), {
      body: body(NEW_SP, 'ServicePrincipal'),
      api: API.authz,
    });
    expect(res.status).toBe(409);
    expect(errorOf(res)).toEqual({ code: 'RoleAssignmentExists', message: 'The role assignment already exists.' });
  });

  test('the name must be a GUID; roleDefinitionId and principalId are required; the role must exist', async () => {
    const arm = await armWithRg();
    const cases: [string, unknown, string][] = [
      ['not-a-guid', body(NEW_SP, 'ServicePrincipal'), 'InvalidRoleAssignmentId'],
      [NAME1, { properties: { principalId: NEW_SP } }, 'InvalidRoleAssignmentRequest'],
      [
        NAME1,
        { properties: { roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.reader}` } },
        'InvalidRoleAssignmentRequest',
      ],
      [NAME1, body(NEW_SP, 'ServicePrincipal', '99999999-9999-9999-9999-999999999999'), 'RoleDefinitionDoesNotExist'],
    ];
    for (const [name, b, code] of cases) {
      const res = await arm.call('PUT', raPath(rgPath('net'), name), { body: b, api: API.authz });
      expect([res.status, errorOf(res).code]).toEqual([400, code]);
    }
  });

  test('an unknown principal without principalType is PrincipalNotFound with the directory message', async () => {
    const arm = await armWithRg();
    const unknown = '66666666-6666-6666-6666-666666666666';
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(unknown), api: API.authz });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('PrincipalNotFound');
    expect(errorOf(res).message).toContain('does not exist in the directory');
    expect(errorOf(res).message).toContain('set the role assignment principalType property');
  });

  // https://learn.microsoft.com/azure/role-based-access-control/role-assignments-template#new-service-principal:
  // with principalType set, ARM does not wait for the directory to know the principal.
  test('an unknown principal WITH principalType is created with the given type', async () => {
    const arm = await armWithRg();
    const unknown = '66666666-6666-6666-6666-666666666666';
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME1), {
      body: body(unknown, 'ServicePrincipal'),
      api: API.authz,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ properties: { principalId: unknown, principalType: 'ServicePrincipal' } });
  });

  test('a principalType that contradicts the directory is 400 UnmatchedPrincipalType', async () => {
    const arm = await armWithRg();
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(NEW_SP, 'User'), api: API.authz });
    expect([res.status, errorOf(res).code]).toEqual([400, 'UnmatchedPrincipalType']);
    expect(errorOf(res).message).toContain("which is different from specified PrincipalType 'User'");
    const list = await arm.call('GET', `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignments`, {
      api: API.authz,
    });
    expect(JSON.stringify(list.body)).not.toContain(NAME1);
  });

  test('a fresh principal without principalType hits PrincipalNotFound; with principalType it works', async () => {
    const arm = await armWithRg(Date.now());
    const without = await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(NEW_SP), api: API.authz });
    expect([without.status, errorOf(without).code]).toEqual([400, 'PrincipalNotFound']);
    const withType = await arm.call('PUT', raPath(rgPath('net'), NAME1), {
      body: body(NEW_SP, 'ServicePrincipal'),
      api: API.authz,
    });
    expect(withType.status).toBe(201);
  });

  test('after the replication window principalType may be omitted and is filled from the directory', async () => {
    const world = makeWorld({ lroMs: { 'principal-replication': 0 } });
    world.principals.push({ objectId: NEW_SP, type: 'ServicePrincipal', createdAt: Date.now() });
    const arm = makeArm(world);
    await arm.call('PUT', rgPath('net'), { body: { location: 'eastus' }, api: API.resources });
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(NEW_SP), api: API.authz });
    expect(res.status).toBe(201);
    expect((res.body as { properties: { principalType: string } }).properties.principalType).toBe('ServicePrincipal');
  });

  test('list with $filter principalId and atScope()', async () => {
    const arm = await armWithRg();
    await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(NEW_SP, 'ServicePrincipal'), api: API.authz });
    const byPrincipal = await arm.call(
      'GET',
      `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${NEW_SP}'`)}`,
      { api: API.authz },
    );
    expect((byPrincipal.body as { value: { name: string }[] }).value.map((r) => r.name)).toEqual([NAME1]);
    const atSub = await arm.call(
      'GET',
      `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()`,
      { api: API.authz },
    );
    const names = (atSub.body as { value: { properties: { principalId: string } }[] }).value.map(
      (r) => r.properties.principalId,
    );
    expect(names.sort()).toEqual([OWNER, READER].sort());
    const atRg = await arm.call(
      'GET',
      `${rgPath('net')}/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()`,
      { api: API.authz },
    );
    expect((atRg.body as { value: unknown[] }).value).toHaveLength(3);
  });

  test('a Reader cannot assign roles (AuthorizationFailed on roleAssignments/write)', async () => {
    const arm = await armWithRg();
    const res = await arm.call('PUT', raPath(rgPath('net'), NAME1), {
      body: body(NEW_SP, 'ServicePrincipal'),
      api: API.authz,
      as: READER,
    });
    expect(res.status).toBe(403);
    expect(errorOf(res).message).toContain("'Microsoft.Authorization/roleAssignments/write'");
  });

  test('role definitions by id and by roleName filter; permissions for a resource', async () => {
    const arm = await armWithRg();
    const def = await arm.call(
      'GET',
      `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.networkContributor}`,
      { api: API.authz },
    );
    expect(def.body).toMatchObject({
      id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.networkContributor}`,
      properties: { roleName: 'Network Contributor', type: 'BuiltInRole' },
    });
    const list = await arm.call(
      'GET',
      `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions?$filter=${encodeURIComponent("roleName eq 'Reader'")}`,
      { api: API.authz },
    );
    expect((list.body as { value: { name: string }[] }).value.map((d) => d.name)).toEqual([ROLE_IDS.reader]);
    await arm.call('PUT', raPath(rgPath('net'), NAME1), { body: body(READER, 'ServicePrincipal'), api: API.authz });
    const perms = await arm.call('GET', `${rgPath('net')}/providers/Microsoft.Authorization/permissions`, {
      api: API.authz,
      as: READER,
    });
    const actions = (perms.body as { value: { actions: string[] }[] }).value.flatMap((p) => p.actions);
    expect(actions).toEqual(expect.arrayContaining(['*/read', 'Microsoft.Network/*']));
  });
});
