import { actionMatches, builtInRoleDefinitions, isAllowed, ROLE_IDS } from '../../../emulator/arm/rbac.js';
import { scopeCovers } from '../../../emulator/arm/ids.js';
import { assignment, makeWorld, SUB } from './world.js';

test.each([
  ['*', 'Microsoft.Network/virtualNetworks/write', true],
  ['*/read', 'Microsoft.Network/virtualNetworks/read', true],
  ['*/read', 'Microsoft.Network/virtualNetworks/write', false],
  ['Microsoft.Network/*', 'microsoft.network/virtualNetworks/subnets/join/action', true],
  ['Microsoft.Network/*', 'Microsoft.NetworkX/foo/read', false],
  ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/roleAssignments/write', true],
  ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/roleAssignments/read', false],
])('pattern %s vs %s -> %s', (pattern, action, expected) => {
  expect(actionMatches(pattern, action)).toBe(expected);
});

test.each([
  ['/subscriptions/s', '/subscriptions/s/resourceGroups/rg', true],
  ['/subscriptions/S/resourcegroups/RG', '/subscriptions/s/resourceGroups/rg/providers/x/y/z', true],
  ['/subscriptions/s/resourceGroups/rg', '/subscriptions/s/resourceGroups/rg2', false],
  ['/', '/subscriptions/s', true],
])('scope %s covers %s -> %s', (scope, target, expected) => {
  expect(scopeCovers(scope, target)).toBe(expected);
});

describe('built-in roles', () => {
  const P = '44444444-4444-4444-4444-444444444444';
  const rg = `/subscriptions/${SUB}/resourceGroups/net`;
  const subnet = `${rg}/providers/Microsoft.Network/virtualNetworks/v/subnets/s`;
  const cases: [string, string, string, boolean][] = [
    ['Contributor', ROLE_IDS.contributor, 'Microsoft.Network/virtualNetworks/subnets/write', true],
    ['Contributor', ROLE_IDS.contributor, 'Microsoft.Authorization/roleAssignments/write', false],
    ['Reader', ROLE_IDS.reader, 'Microsoft.Network/virtualNetworks/subnets/write', false],
    ['Network Contributor', ROLE_IDS.networkContributor, 'Microsoft.Network/virtualNetworks/subnets/join/action', true],
    ['Network Contributor', ROLE_IDS.networkContributor, 'Microsoft.ContainerService/managedClusters/write', false],
    ['RBAC Administrator', ROLE_IDS.rbacAdministrator, 'Microsoft.Authorization/roleAssignments/write', true],
    ['RBAC Administrator', ROLE_IDS.rbacAdministrator, 'Microsoft.Network/virtualNetworks/write', false],
    [
      'User Access Administrator',
      ROLE_IDS.userAccessAdministrator,
      'Microsoft.Authorization/roleAssignments/write',
      true,
    ],
  ];
  test.each(cases)('%s at the resource group: %s -> %s', (_name, role, action, expected) => {
    const world = makeWorld({ resources: [assignment(rg, role, P)] });
    expect(isAllowed(world, P, action, subnet)).toBe(expected);
    // Not inherited sideways: another resource group is out of scope.
    expect(isAllowed(world, P, action, `/subscriptions/${SUB}/resourceGroups/other`)).toBe(false);
  });

  test('the six built-in roles carry their Azure GUIDs', () => {
    expect(builtInRoleDefinitions.map((r) => [r.roleName, r.name])).toContainEqual([
      'Network Contributor',
      '4d97b98b-1d4f-4787-a291-c67834d212e7',
    ]);
    expect(builtInRoleDefinitions).toHaveLength(6);
  });
});
