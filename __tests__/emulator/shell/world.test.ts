// The default world (emulator/README.md) and the state seed: what it overrides, its friendly role assignment
// form, verbatim resources, and clear errors (path + problem, file:line:column) on bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStateFile, StateError } from '../../../emulator/state-reader.js';
import { buildWorld, DEFAULT_SUBSCRIPTION_ID } from '../../../emulator/world.js';
import type { JsonObject } from '../../../emulator/types.js';

const ctx = { githubIssuer: 'https://127.0.0.1:1/_services/token' };
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';

describe('the default world', () => {
  const built = buildWorld(undefined, ctx);
  const { world } = built;

  test('one tenant, one empty subscription, one application with the two federated credentials', () => {
    expect(world.subscriptionIds).toEqual([DEFAULT_SUBSCRIPTION_ID]);
    expect(world.applications).toHaveLength(1);
    expect(world.applications[0].federatedCredentials.map((f) => [f.issuer, f.subject, f.audiences])).toEqual([
      [ctx.githubIssuer, 'repo:octo-org/octo-repo:pull_request', ['api://AzureADTokenExchange']],
      [ctx.githubIssuer, 'repo:octo-org/octo-repo:environment:production', ['api://AzureADTokenExchange']],
    ]);
    expect(built.clientId).toBe(world.applications[0].clientId);
  });

  test('its service principal holds Owner on the subscription through a stored role assignment', () => {
    const sub = `/subscriptions/${DEFAULT_SUBSCRIPTION_ID}`;
    const assignments = [...world.resources.entries()];
    expect(assignments).toHaveLength(1);
    const [key, ra] = assignments[0];
    expect(key).toBe(String(ra.id).toLowerCase());
    expect(ra.id).toMatch(new RegExp(`^${sub}/providers/Microsoft.Authorization/roleAssignments/[0-9a-f-]{36}$`));
    expect(ra.properties).toMatchObject({
      roleDefinitionId: `${sub}/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`,
      principalId: world.applications[0].servicePrincipalObjectId,
      principalType: 'ServicePrincipal',
      scope: sub,
    });
  });

  test('octo-org/octo-repo with open pull request #1, a write token, the pull_request OIDC subject', () => {
    const repo = world.github.repositories[0];
    expect(`${repo.owner}/${repo.name}`).toBe('octo-org/octo-repo');
    expect(repo.pulls[0]).toMatchObject({ number: 1, state: 'open', merged: false, baseRef: 'main' });
    expect(repo.pulls[0].headSha).toMatch(/^[0-9a-f]{40}$/);
    expect(world.github.tokens).toEqual([
      { token: built.githubToken, login: 'github-actions[bot]', permission: 'write' },
    ]);
    expect(world.github.oidcSubject).toBe('repo:octo-org/octo-repo:pull_request');
  });
});

describe('the seed', () => {
  test('friendly role assignments by clientId or principalId, role name or GUID', () => {
    const clientId = '44444444-4444-4444-8444-444444444444';
    const rg = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg';
    const { world } = buildWorld(
      {
        applications: [{ clientId, servicePrincipalObjectId: '66666666-6666-4666-8666-666666666666' }],
        ownerOnSubscription: false,
        principals: [{ objectId: '77777777-7777-4777-8777-777777777777', type: 'User' }],
        roleAssignments: [
          { clientId, role: 'Network Contributor', scope: rg },
          {
            principalId: '77777777-7777-4777-8777-777777777777',
            role: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
            scope: rg,
          },
        ],
      },
      ctx,
    );
    const props = [...world.resources.values()].map((r) => r.properties as JsonObject);
    expect(props).toEqual([
      expect.objectContaining({
        roleDefinitionId:
          '/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7',
        principalId: '66666666-6666-4666-8666-666666666666',
        principalType: 'ServicePrincipal',
        scope: rg,
      }),
      expect.objectContaining({ principalId: '77777777-7777-4777-8777-777777777777', principalType: 'User' }),
    ]);
  });

  test('resources are stored verbatim by lower-cased id, with an etag filled in when missing', () => {
    const id =
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ML-RG/providers/Microsoft.Network/virtualNetworks/ml-vnet';
    const vnet = {
      id,
      location: 'eastus2',
      properties: { addressSpace: { addressPrefixes: ['10.1.0.0/16'] }, custom: { keep: [1, 2] } },
    };
    const { world } = buildWorld({ resources: [vnet, { ...vnet, id: `${id}2`, etag: 'W/"given"' }] }, ctx);
    const stored = world.resources.get(id.toLowerCase());
    expect(stored).toMatchObject({ ...vnet, name: 'ml-vnet', type: 'Microsoft.Network/virtualNetworks' });
    expect(stored?.etag).toMatch(/^W\/"[0-9a-f-]{36}"$/);
    expect(world.resources.get(`${id}2`.toLowerCase())?.etag).toBe('W/"given"');
  });

  test.each([
    [{ tenantId: 'not-a-guid' }, 'state tenantId: "not-a-guid" is not a GUID'],
    [{ subscription: [] }, "state subscription: unknown key 'subscription'"],
    [
      {
        applications: [
          { clientId: '44444444-4444-4444-8444-444444444444', federatedCredentials: [{ issuer: 'https://x' }] },
        ],
      },
      'state applications[0].federatedCredentials[0].subject: expected a non-empty string, got undefined',
    ],
    [
      {
        roleAssignments: [
          { principalId: '77777777-7777-4777-8777-777777777777', role: 'Superuser', scope: '/subscriptions/x' },
        ],
      },
      'state roleAssignments[0].role: unknown role "Superuser"',
    ],
    [
      { roleAssignments: [{ role: 'Reader', scope: '/subscriptions/x' }] },
      'state roleAssignments[0]: needs principalId or clientId',
    ],
    [{ resources: [{ name: 'x' }] }, 'state resources[0].id: expected an ARM resource id'],
    [
      { github: { tokens: [{ token: 't', permission: 'admin' }] } },
      'state github.tokens[0].permission: expected one of "write", "read", got string "admin"',
    ],
    [{ faults: [{ kind: 'throttle', match: { rate: 2 } }] }, 'state faults[0].match.rate: 2 is above the maximum 1'],
    [{ timings: { lroMs: { default: -1 } } }, 'state timings.lroMs.default: -1 is below the minimum 0'],
    [{ timings: { clockSkewSeconds: -1 } }, 'state timings.clockSkewSeconds: -1 is below the minimum 0'],
    [{ timings: { accessTokenSeconds: 0 } }, 'state timings.accessTokenSeconds: 0 is below the minimum 1'],
    [{ timings: { clockSkew: 0 } }, "state timings.clockSkew: unknown key 'clockSkew'"],
  ])('%j is refused: %s', (seed, message) => {
    expect(() => buildWorld(seed, ctx)).toThrow(StateError);
    expect(() => buildWorld(seed, ctx)).toThrow(message);
  });
});

describe('timings', () => {
  test("token timings are absent unless given (Entra's and ARM's own defaults apply), and read when given", () => {
    expect(buildWorld(undefined, ctx).world.timings).toEqual({ lroMs: { default: 10 } });
    expect(
      buildWorld({ timings: { clockSkewSeconds: 0, accessTokenSeconds: 2, lroMs: { default: 5 } } }, ctx).world.timings,
    ).toEqual({ lroMs: { default: 5 }, clockSkewSeconds: 0, accessTokenSeconds: 2 });
  });
});

describe('state files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amlnet-state-'));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('a YAML error names the file, line and column', () => {
    const path = file('broken.yml', 'seed: 1\nfaults: [\n');
    expect(() => loadStateFile(path)).toThrow(new RegExp(`^${path}:3:1: not valid YAML or JSON`));
  });

  test('a bad value names the file, line and column and the seed path', () => {
    const path = file(
      'bad.yml',
      'seed: 1\nprincipals:\n  - objectId: 77777777-7777-4777-8777-777777777777\n    type: Robot\n',
    );
    const loaded = loadStateFile(path);
    expect(() => buildWorld(loaded.value, ctx, loaded.locate)).toThrow(
      `${path}:4:11: state principals[0].type: expected one of "ServicePrincipal", "User", "Group", got string "Robot"`,
    );
  });

  test('JSON is accepted too', () => {
    const path = file(
      'world.json',
      JSON.stringify({ github: { oidcSubject: 'repo:octo-org/octo-repo:environment:production' } }),
    );
    const loaded = loadStateFile(path);
    expect(buildWorld(loaded.value, ctx, loaded.locate).world.github.oidcSubject).toBe(
      'repo:octo-org/octo-repo:environment:production',
    );
  });

  test('a missing file is a clear error', () => {
    expect(() => loadStateFile(join(dir, 'nope.yml'))).toThrow(/state file .*nope\.yml: cannot read it/);
  });

  test('the example world loads: the VNet with its subnets, the NSG, the workspace, a read-only token', () => {
    const loaded = loadStateFile(new URL('../../../emulator/examples/ml-world.yml', import.meta.url).pathname);
    const { world } = buildWorld(loaded.value, ctx, loaded.locate);
    const ids = [...world.resources.keys()];
    expect(ids).toEqual(
      expect.arrayContaining([
        '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/ml-rg',
        '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/ml-rg/providers/microsoft.network/virtualnetworks/ml-vnet',
        '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/ml-rg/providers/microsoft.network/networksecuritygroups/ml-nsg',
        '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/ml-rg/providers/microsoft.machinelearningservices/workspaces/ml-ws',
      ]),
    );
    expect(world.github.tokens.map((t) => t.permission)).toEqual(['write', 'read']);
    expect(world.seed).toBe(42);
  });
});

describe('seeded children', () => {
  const vnetId =
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet';
  test('a subnet given on its own goes inside its VNet, replacing one of the same name', () => {
    const { world } = buildWorld(
      {
        resources: [
          { id: `${vnetId}/subnets/aks-subnet`, properties: { addressPrefix: '10.1.0.0/22' } },
          {
            id: vnetId,
            location: 'eastus2',
            properties: {
              subnets: [{ name: 'aks-subnet', properties: { addressPrefix: '10.9.0.0/24' } }, { name: 'other' }],
            },
          },
        ],
      },
      ctx,
    );
    expect(world.resources.has(`${vnetId}/subnets/aks-subnet`.toLowerCase())).toBe(false);
    const subnets = (world.resources.get(vnetId.toLowerCase())?.properties as { subnets: JsonObject[] }).subnets;
    expect(subnets.map((s) => [s.name, (s.properties as JsonObject | undefined)?.addressPrefix ?? null])).toEqual([
      ['other', null],
      ['aks-subnet', '10.1.0.0/22'],
    ]);
    expect(subnets[1]).toMatchObject({ type: 'Microsoft.Network/virtualNetworks/subnets', etag: expect.any(String) });
  });
  test('a subnet without its VNet is refused', () => {
    expect(() => buildWorld({ resources: [{ id: `${vnetId}/subnets/a` }] }, ctx)).toThrow(
      `state resources[0].id: its parent ${vnetId} is not in the seed`,
    );
  });
});
