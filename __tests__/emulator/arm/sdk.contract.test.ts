// The real Azure SDK clients against the emulator over HTTPS, signed in through GitHub OIDC -> Entra.
import { jest } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { NetworkManagementClient } from '@azure/arm-network';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { RunningEmulator } from '../../../emulator/types.js';
import { ROLE_IDS } from '../../../emulator/arm/rbac.js';
import { ARM_SCOPE, armFetch, oidcCredential, startTrustedEmulator } from './emulator.js';

let emu: RunningEmulator;
let cred: TokenCredential;
let sub: string;
let network: NetworkManagementClient;
let aks: ContainerServiceClient;
let ml: AzureMachineLearningWorkspaces;
let authz: AuthorizationManagementClient;
const poll = { updateIntervalInMs: 0 };

const rg = (name: string) => `/subscriptions/${sub}/resourceGroups/${name}`;
const subnetId = (name: string) => `${rg('net')}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/${name}`;

/** The error a rejected SDK call throws: core-client's RestError or a poller's failure. */
async function failure(p: Promise<unknown>): Promise<{ statusCode?: number; code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { statusCode?: number; code?: string; message: string };
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  emu = await startTrustedEmulator({
    state: { timings: { lroMs: { default: 0, 'Microsoft.ContainerService/managedClusters': 20 } } },
  });
  sub = emu.info.subscriptionId;
  cred = oidcCredential(emu);
  const endpoint = emu.info.armEndpoint;
  network = new NetworkManagementClient(cred, sub, { endpoint, credentials: { scopes: [ARM_SCOPE] } });
  aks = new ContainerServiceClient(cred, sub, { endpoint, credentials: { scopes: [ARM_SCOPE] } });
  ml = new AzureMachineLearningWorkspaces(cred, sub, { endpoint, credentialScopes: [ARM_SCOPE] });
  authz = new AuthorizationManagementClient(cred, sub, { endpoint, credentialScopes: [ARM_SCOPE] });
  for (const name of ['net', 'ml']) {
    const res = await armFetch(emu, cred, 'PUT', `${rg(name)}?api-version=2021-04-01`, { location: 'eastus' });
    expect(res.status).toBe(201);
  }
  await network.virtualNetworks.createOrUpdate(
    'net',
    'vnet',
    {
      location: 'eastus',
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      subnets: [
        { name: 'aks-subnet', addressPrefix: '10.0.1.0/24' },
        { name: 'aci-subnet', addressPrefix: '10.0.2.0/24' },
      ],
    },
    poll,
  );
});

afterAll(async () => {
  jest.restoreAllMocks();
  await emu.close();
});

describe('@azure/arm-network', () => {
  test('subnet createOrUpdate polls the operation and replaces the whole subnet', async () => {
    const nsg = await network.networkSecurityGroups.createOrUpdate('net', 'nsg', { location: 'eastus' }, poll);
    expect(nsg.defaultSecurityRules).toHaveLength(6);
    const withNsg = await network.subnets.createOrUpdate(
      'net',
      'vnet',
      'aci-subnet',
      {
        addressPrefix: '10.0.2.0/24',
        networkSecurityGroup: { id: nsg.id },
        serviceEndpoints: [{ service: 'Microsoft.Storage' }],
      },
      poll,
    );
    expect(withNsg.provisioningState).toBe('Succeeded');
    expect(withNsg.networkSecurityGroup?.id).toBe(nsg.id);
    const replaced = await network.subnets.createOrUpdate(
      'net',
      'vnet',
      'aci-subnet',
      { addressPrefix: '10.0.2.0/24' },
      poll,
    );
    expect(replaced.networkSecurityGroup).toBeUndefined();
    expect(replaced.serviceEndpoints).toBeUndefined();
    const vnet = await network.virtualNetworks.get('net', 'vnet');
    expect(vnet.subnets?.map((s) => [s.name, s.etag !== undefined])).toEqual([
      ['aks-subnet', true],
      ['aci-subnet', true],
    ]);
  });

  test('a stale If-Match is 412 PreconditionFailed', async () => {
    const current = await network.subnets.get('net', 'vnet', 'aks-subnet');
    await network.subnets.createOrUpdate('net', 'vnet', 'aks-subnet', { addressPrefix: '10.0.1.0/24' }, poll);
    const e = await failure(
      network.subnets.createOrUpdate(
        'net',
        'vnet',
        'aks-subnet',
        { addressPrefix: '10.0.1.0/24' },
        {
          ...poll,
          requestOptions: { headers: { 'If-Match': current.etag ?? '' } },
        },
      ),
    );
    expect([e.statusCode, e.code]).toEqual([412, 'PreconditionFailed']);
  });

  test('subnet prefix errors carry the RP codes', async () => {
    const outside = await failure(
      network.subnets.createOrUpdate('net', 'vnet', 'x', { addressPrefix: '10.9.0.0/24' }, poll),
    );
    expect([outside.statusCode, outside.code]).toEqual([400, 'NetcfgSubnetRangeOutsideVnet']);
    const overlap = await failure(
      network.subnets.createOrUpdate('net', 'vnet', 'x', { addressPrefix: '10.0.1.0/25' }, poll),
    );
    expect(overlap.code).toBe('NetcfgSubnetRangesOverlap');
  });

  test('security rules: conflict, priority range, and a rule PUT leaves the others alone', async () => {
    const rule = (priority: number, direction: 'Inbound' | 'Outbound' = 'Inbound') => ({
      protocol: 'Tcp',
      access: 'Allow' as const,
      priority,
      direction,
      sourceAddressPrefix: '*',
      destinationAddressPrefix: '*',
      sourcePortRange: '*',
      destinationPortRange: '443',
    });
    await network.securityRules.createOrUpdate('net', 'nsg', 'a', rule(200), poll);
    const conflict = await failure(network.securityRules.createOrUpdate('net', 'nsg', 'b', rule(200), poll));
    expect([conflict.statusCode, conflict.code]).toEqual([400, 'SecurityRuleConflict']);
    expect(conflict.message).toContain(
      'Security rule b conflicts with rule a. Rules cannot have the same Priority and Direction.',
    );
    const low = await failure(network.securityRules.createOrUpdate('net', 'nsg', 'b', rule(99), poll));
    expect(low.code).toBe('SecurityRuleInvalidPriority');
    const before = await network.securityRules.get('net', 'nsg', 'a');
    await network.securityRules.createOrUpdate('net', 'nsg', 'b', rule(4096), poll);
    expect(await network.securityRules.get('net', 'nsg', 'a')).toEqual(before);
    const names: string[] = [];
    for await (const r of network.securityRules.list('net', 'nsg')) names.push(r.name ?? '');
    expect(names).toEqual(['a', 'b']);
  });

  test('the lro-failed fault makes the poller fail and leaves the subnet unchanged', async () => {
    await armFetch(emu, cred, 'POST', '/_emulator/faults', {
      kind: 'lro-failed',
      code: 'InternalServerError',
      message: 'injected',
      match: { resourceType: 'Microsoft.Network/virtualNetworks/subnets', times: 1 },
    });
    const e = await failure(
      network.subnets.createOrUpdate('net', 'vnet', 'aks-subnet', { addressPrefix: '10.0.1.0/25' }, poll),
    );
    expect(e.message).toContain('injected');
    expect((await network.subnets.get('net', 'vnet', 'aks-subnet')).addressPrefix).toBe('10.0.1.0/24');
  });
});

describe('@azure/arm-containerservice', () => {
  test('networkProfile errors: service CIDR overlap with the exact message, bad CIDR, DNS outside', async () => {
    const base = {
      location: 'eastus',
      identity: { type: 'SystemAssigned' as const },
      dnsPrefix: 'bad',
      agentPoolProfiles: [
        {
          name: 'nodepool1',
          count: 1,
          vmSize: 'Standard_D3_v2',
          mode: 'System' as const,
          vnetSubnetID: subnetId('aks-subnet'),
        },
      ],
    };
    const overlap = await failure(
      aks.managedClusters.createOrUpdate(
        'net',
        'bad',
        { ...base, networkProfile: { networkPlugin: 'azure', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' } },
        poll,
      ),
    );
    expect([overlap.statusCode, overlap.code]).toEqual([400, 'ServiceCidrOverlapExistingSubnetsCidr']);
    expect(overlap.message).toBe(
      'The specified service CIDR 10.0.0.0/16 is conflicted with an existing subnet CIDR 10.0.1.0/24',
    );
    const parse = await failure(
      aks.managedClusters.createOrUpdate(
        'net',
        'bad',
        { ...base, networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/40', dnsServiceIP: '10.2.0.10' } },
        poll,
      ),
    );
    expect(parse.code).toBe('CidrStringParseError');
    const dns = await failure(
      aks.managedClusters.createOrUpdate(
        'net',
        'bad',
        { ...base, networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.3.0.10' } },
        poll,
      ),
    );
    expect(dns.code).toBe('InvalidParameter');
  });

  test('dockerBridgeCidr (which the SDK cannot send any more) is rejected on the wire', async () => {
    const res = await armFetch(
      emu,
      cred,
      'PUT',
      `${rg('net')}/providers/Microsoft.ContainerService/managedClusters/old?api-version=2026-06-01`,
      {
        location: 'eastus',
        properties: {
          dnsPrefix: 'old',
          agentPoolProfiles: [{ name: 'np', count: 1, vmSize: 'Standard_D3_v2' }],
          networkProfile: { dockerBridgeCidr: '172.17.0.1/16' },
        },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'InvalidParameter', target: 'networkProfile.dockerBridgeCidr' } });
  });

  test('a private cluster with a system identity: privateFQDN, msi, principalId', async () => {
    const c = await aks.managedClusters.createOrUpdate(
      'net',
      'aks1',
      {
        location: 'eastus',
        identity: { type: 'SystemAssigned' },
        dnsPrefix: 'aks1',
        agentPoolProfiles: [
          {
            name: 'nodepool1',
            count: 3,
            vmSize: 'Standard_D3_v2',
            mode: 'System',
            vnetSubnetID: subnetId('aks-subnet'),
          },
        ],
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10' },
        apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFqdn: true },
      },
      poll,
    );
    expect(c.provisioningState).toBe('Succeeded');
    expect(c.servicePrincipalProfile?.clientId).toBe('msi');
    expect(c.identity?.principalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.privateFqdn).toMatch(/^aks1-[0-9a-f]{8}\.[0-9a-f-]{36}\.privatelink\.eastus\.azmk8s\.io$/);
    expect(c.fqdn).toMatch(/\.hcp\.eastus\.azmk8s\.io$/);
    expect(c.apiServerAccessProfile?.enablePrivateClusterPublicFqdn).toBe(true);
  });
});

describe('@azure/arm-authorization', () => {
  test('role assignment create, duplicate (409), PrincipalNotFound, list by principal', async () => {
    const cluster = await aks.managedClusters.get('net', 'aks1');
    const principalId = cluster.identity?.principalId ?? '';
    const roleDefinitionId = `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.networkContributor}`;
    // The identity is milliseconds old: without principalType the directory does not know it yet (replication delay).
    const fresh = await failure(
      authz.roleAssignments.create(rg('net'), '1b2c3d4e-0000-4000-8000-000000000001', {
        roleDefinitionId,
        principalId,
      }),
    );
    expect([fresh.statusCode, fresh.code]).toEqual([400, 'PrincipalNotFound']);
    const ra = await authz.roleAssignments.create(rg('net'), '1b2c3d4e-0000-4000-8000-000000000001', {
      roleDefinitionId,
      principalId,
      principalType: 'ServicePrincipal',
    });
    expect(ra.roleDefinitionId).toBe(roleDefinitionId);
    expect(ra.scope).toBe(rg('net'));
    const dup = await failure(
      authz.roleAssignments.create(rg('net'), '1b2c3d4e-0000-4000-8000-000000000002', {
        roleDefinitionId,
        principalId,
        principalType: 'ServicePrincipal',
      }),
    );
    expect([dup.statusCode, dup.code, dup.message]).toEqual([
      409,
      'RoleAssignmentExists',
      'The role assignment already exists.',
    ]);
    const found: string[] = [];
    for await (const x of authz.roleAssignments.listForScope(rg('net'), { filter: `principalId eq '${principalId}'` }))
      found.push(x.name ?? '');
    expect(found).toEqual(['1b2c3d4e-0000-4000-8000-000000000001']);
    const def = await authz.roleDefinitions.get(`/subscriptions/${sub}`, ROLE_IDS.networkContributor);
    expect(def.roleName).toBe('Network Contributor');
  });

  test('permissions for a subnet list the caller’s actions', async () => {
    const perms: { actions?: string[] }[] = [];
    for await (const p of authz.permissions.listForResource(
      'net',
      'Microsoft.Network',
      'virtualNetworks/vnet',
      'subnets',
      'aks-subnet',
    ))
      perms.push(p);
    expect(perms.flatMap((p) => p.actions ?? [])).toContain('*');
  });
});

describe('@azure/arm-machinelearning', () => {
  test('AKS compute: create with VNet, attach, ILB failing without the role then succeeding with it', async () => {
    await ml.workspaces.beginCreateOrUpdateAndWait('ml', 'ws', { location: 'eastus', friendlyName: 'ws' }, poll);
    const created = await ml.computeOperations.beginCreateOrUpdateAndWait(
      'ml',
      'ws',
      'inf1',
      {
        location: 'eastus',
        properties: {
          computeType: 'AKS',
          properties: {
            agentCount: 3,
            agentVmSize: 'Standard_D3_v2',
            aksNetworkingConfiguration: {
              subnetId: subnetId('aci-subnet'),
              serviceCidr: '10.3.0.0/16',
              dnsServiceIP: '10.3.0.10',
              dockerBridgeCidr: '172.17.0.1/16',
            },
          },
        },
      },
      poll,
    );
    expect(created.properties?.provisioningState).toBe('Succeeded');
    const clusterId = created.properties?.resourceId ?? '';
    // AML answers "resourcegroups" in lower case (its official Compute/get/AKSCompute.json example).
    expect(clusterId).toContain(
      `${rg('ml').replace('/resourceGroups/', '/resourcegroups/')}/providers/Microsoft.ContainerService/managedClusters/inf1-`,
    );

    // Attach the private cluster and ask for an internal load balancer: its identity has no role yet.
    const aks1 = await aks.managedClusters.get('net', 'aks1');
    await ml.computeOperations.beginCreateOrUpdateAndWait(
      'ml',
      'ws',
      'att',
      { location: 'eastus', properties: { computeType: 'AKS', resourceId: aks1.id } },
      poll,
    );
    const current = await ml.computeOperations.get('ml', 'ws', 'att');
    const ilb = {
      ...current,
      properties: {
        ...current.properties,
        computeType: 'AKS' as const,
        properties: { loadBalancerType: 'InternalLoadBalancer' as const },
      },
    };
    // aks1's identity got Network Contributor on 'net' in the authorization test above; take it away for this step.
    const ra = await authz.roleAssignments.delete(rg('net'), '1b2c3d4e-0000-4000-8000-000000000001');
    expect(ra.principalId).toBe(aks1.identity?.principalId);
    const denied = await failure(ml.computeOperations.beginCreateOrUpdateAndWait('ml', 'ws', 'att', ilb, poll));
    expect(denied.message).toContain(
      "does not have authorization to perform action 'Microsoft.Network/virtualNetworks/subnets/join/action'",
    );
    expect((await ml.computeOperations.get('ml', 'ws', 'att')).properties).toMatchObject({
      properties: { loadBalancerType: 'PublicIp' },
    });

    await authz.roleAssignments.create(
      `${rg('net')}/providers/Microsoft.Network/virtualNetworks/vnet`,
      '1b2c3d4e-0000-4000-8000-000000000003',
      {
        roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.networkContributor}`,
        principalId: aks1.identity?.principalId ?? '',
        principalType: 'ServicePrincipal',
      },
    );
    const ok = await ml.computeOperations.beginCreateOrUpdateAndWait('ml', 'ws', 'att', ilb, poll);
    expect(ok.properties).toMatchObject({
      provisioningState: 'Succeeded',
      properties: { loadBalancerType: 'InternalLoadBalancer' },
    });
    const names: string[] = [];
    for await (const c of ml.computeOperations.list('ml', 'ws')) names.push(c.name ?? '');
    expect(names.sort()).toEqual(['att', 'inf1']);
  });
});

describe('authorization of SDK calls', () => {
  test('with only Reader on the subscription, a write is 403 AuthorizationFailed', async () => {
    const owner = [...emu.world.resources.values()].find(
      (r) =>
        (r.properties as { principalId?: string } | undefined)?.principalId ===
        emu.world.applications[0].servicePrincipalObjectId,
    );
    if (owner === undefined) throw new Error('no owner assignment in the default world');
    const props = owner.properties as { roleDefinitionId: string };
    const saved = props.roleDefinitionId;
    props.roleDefinitionId = `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.reader}`;
    try {
      expect((await network.subnets.get('net', 'vnet', 'aks-subnet')).name).toBe('aks-subnet');
      const e = await failure(
        network.subnets.createOrUpdate('net', 'vnet', 'aks-subnet', { addressPrefix: '10.0.1.0/24' }, poll),
      );
      expect([e.statusCode, e.code]).toEqual([403, 'AuthorizationFailed']);
      expect(e.message).toContain(
        "does not have authorization to perform action 'Microsoft.Network/virtualNetworks/subnets/write'",
      );
    } finally {
      props.roleDefinitionId = saved;
    }
  });

  test('api-version errors reach the caller as ARM errors', async () => {
    const missing = await armFetch(emu, cred, 'GET', `${rg('net')}`);
    expect(missing.body).toMatchObject({ error: { code: 'MissingApiVersionParameter' } });
    const bad = await armFetch(
      emu,
      cred,
      'GET',
      `${rg('net')}/providers/Microsoft.Network/virtualNetworks/vnet?api-version=2010-01-01`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'InvalidApiVersionParameter' } });
  });
});
