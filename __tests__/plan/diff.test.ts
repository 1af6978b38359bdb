import { diff } from '../../src/plan/diff/index.js';
import { buildPlan } from '../../src/plan/build.js';
import { KNOWN_AFTER_APPLY, STEP_ORDER, type Change } from '../../src/plan/model.js';
import { roleAssignmentName, NETWORK_CONTRIBUTOR_ROLE_GUID } from '../../src/plan/roles.js';
import {
  ACI,
  MC_ID,
  NSG_ID,
  PRINCIPAL,
  RG,
  VNET_ID,
  baseSpec,
  cluster,
  compute,
  emptyLive,
  liveRule,
  managedCluster,
  matchingLive,
  networkContributor,
  nsg,
  subnet,
  vnet,
} from './fixtures.js';

const byAddress = (changes: Change[], address: string): Change => {
  const c = changes.find((x) => x.address === address);
  if (c === undefined) throw new Error(`no change at ${address}: ${changes.map((x) => x.address).join(', ')}`);
  return c;
};

describe('diff: a fresh environment (VNet only)', () => {
  const changes = diff(baseSpec(), emptyLive());

  test('creates subnets, the NSG, associations, the owned rule, the compute and the role, in step order', () => {
    expect(changes.map((c) => [c.address, c.action])).toEqual([
      ['network.subnets[0]', 'create'],
      ['network.subnets[1]', 'create'],
      ['network.securityGroup', 'create'],
      ['network.subnets[0].securityGroup', 'update'],
      ['network.subnets[1].securityGroup', 'update'],
      ['network.securityGroup.rules[0]', 'create'],
      ['aksClusters[0]', 'create'],
      ['aksClusters[0].networkContributor', 'create'],
    ]);
    const ranks = changes.map((c) => STEP_ORDER.indexOf(c.step));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('a new subnet carries its prefix and delegation', () => {
    expect(byAddress(changes, 'network.subnets[1]').after).toEqual({
      addressPrefix: '10.1.8.0/24',
      delegations: [ACI],
    });
    expect(byAddress(changes, 'network.subnets[0]').after).toEqual({ addressPrefix: '10.1.0.0/22', delegations: [] });
  });

  test('dependsOn names only prerequisites that write', () => {
    expect(byAddress(changes, 'network.subnets[0].securityGroup').dependsOn).toEqual([
      'network.securityGroup',
      'network.subnets[0]',
    ]);
    expect(byAddress(changes, 'network.securityGroup.rules[0]').dependsOn).toEqual(['network.securityGroup']);
    expect(byAddress(changes, 'aksClusters[0]').dependsOn).toEqual([
      'network.subnets[0]',
      'network.subnets[0].securityGroup',
      'network.securityGroup',
      'network.securityGroup.rules[0]',
    ]);
    expect(byAddress(changes, 'aksClusters[0].networkContributor').dependsOn).toEqual(['aksClusters[0]']);
  });

  test('the new compute is created with a public IP and the AML networking configuration', () => {
    expect(byAddress(changes, 'aksClusters[0]').after).toEqual({
      computeType: 'AKS',
      computeLocation: 'eastus2',
      agentCount: 3,
      agentVmSize: 'Standard_D3_v2',
      clusterPurpose: 'FastProd',
      loadBalancerType: 'PublicIp',
      aksNetworkingConfiguration: {
        subnetId: `${VNET_ID}/subnets/aks-subnet`,
        serviceCidr: '10.0.0.0/16',
        dnsServiceIP: '10.0.0.10',
        dockerBridgeCidr: '172.17.0.1/16',
      },
    });
  });

  test("a new cluster's principal and role assignment name are known after apply", () => {
    const role = byAddress(changes, 'aksClusters[0].networkContributor');
    expect(role.after).toMatchObject({ scope: RG, principalId: KNOWN_AFTER_APPLY, principalType: 'ServicePrincipal' });
    expect(role.resourceId).toBe(`${RG}/providers/Microsoft.Authorization/roleAssignments/${KNOWN_AFTER_APPLY}`);
  });
});

describe('diff: Azure already matches', () => {
  test('every change is a no-op and the plan has no changes', () => {
    const plan = buildPlan(baseSpec(), matchingLive(), []);
    expect(plan.changes.every((c) => c.action === 'no-op')).toBe(true);
    expect(plan.changes.every((c) => c.dependsOn.length === 0)).toBe(true);
    expect(plan.hasChanges).toBe(false);
    expect(plan.refused).toBe(false);
    expect(byAddress(plan.changes, 'aksClusters[0].loadBalancer').after).toEqual({
      loadBalancerType: 'PublicIp',
      loadBalancerSubnet: null,
    });
  });
});

describe('diff: subnets and delegations', () => {
  test.each([
    ['missing delegation is added', [], ACI, 'update'],
    ['same delegation is a no-op', [ACI], ACI, 'no-op'],
    ['another delegation is never replaced', ['Microsoft.Web/serverFarms'], ACI, 'refuse'],
    ['explicit null never removes one', [ACI], null, 'refuse'],
    ['undefined leaves it unmanaged', ['Microsoft.Web/serverFarms'], undefined, 'no-op'],
  ])('%s', (_name, liveDelegations, wanted, action) => {
    const spec = baseSpec();
    spec.network.subnets[1] = {
      name: 'aci-subnet',
      addressPrefix: '10.1.8.0/24',
      delegation: wanted as string | null | undefined,
    };
    if (wanted === undefined) delete spec.network.subnets[1].delegation;
    const live = matchingLive();
    (live.vnet as ReturnType<typeof vnet>).subnets[1].delegations = liveDelegations as string[];
    const c = byAddress(diff(spec, live), 'network.subnets[1]');
    expect(c.action).toBe(action);
    if (action === 'update') expect(c.after).toEqual({ addressPrefix: '10.1.8.0/24', delegations: [ACI] });
    if (action === 'refuse') expect(c.after).toBeNull();
  });

  test('a subnet with another NSG is refused, not re-associated', () => {
    const live = matchingLive({
      vnet: vnet([
        subnet('aks-subnet', '10.1.0.0/22', {
          networkSecurityGroupId: `${RG}/providers/Microsoft.Network/networkSecurityGroups/other`,
        }),
        subnet('aci-subnet', '10.1.8.0/24', { networkSecurityGroupId: NSG_ID, delegations: [ACI] }),
      ]),
    });
    const c = byAddress(diff(baseSpec(), live), 'network.subnets[0].securityGroup');
    expect(c.action).toBe('refuse');
    expect(c.reason).toMatch(/another NSG/);
  });

  test('NSG ids compare case-insensitively', () => {
    const live = matchingLive({
      vnet: vnet([
        subnet('aks-subnet', '10.1.0.0/22', { networkSecurityGroupId: NSG_ID.toLowerCase() }),
        subnet('aci-subnet', '10.1.8.0/24', { networkSecurityGroupId: NSG_ID, delegations: [ACI] }),
      ]),
    });
    expect(byAddress(diff(baseSpec(), live), 'network.subnets[0].securityGroup').action).toBe('no-op');
  });

  test('a missing VNet yields no network changes (the VNet rule refuses the plan)', () => {
    const changes = diff(baseSpec(), emptyLive({ vnet: null }));
    expect(changes.filter((c) => c.step === 'subnet' || c.address.includes('subnets'))).toEqual([]);
  });
});

describe('diff: security rules', () => {
  test('a differing owned rule is updated with before and after', () => {
    const live = matchingLive({ nsg: nsg([liveRule({ destinationPortRanges: ['80'] })]) });
    const c = byAddress(diff(baseSpec(), live), 'network.securityGroup.rules[0]');
    expect(c.action).toBe('update');
    expect(c.before).toMatchObject({ destinationPortRanges: ['80'] });
    expect(c.after).toMatchObject({ destinationPortRanges: ['443'] });
    expect(c.dependsOn).toEqual([]);
  });

  test('order of prefixes and case of enums do not make an update', () => {
    const live = matchingLive({ nsg: nsg([liveRule({ protocol: 'TCP', sourceAddressPrefixes: ['203.0.113.0/24'] })]) });
    expect(byAddress(diff(baseSpec(), live), 'network.securityGroup.rules[0]').action).toBe('no-op');
  });

  test('rules amlnet does not own are never listed', () => {
    const other = liveRule({ id: `${NSG_ID}/securityRules/ops`, name: 'ops', priority: 300 });
    const changes = diff(baseSpec(), matchingLive({ nsg: nsg([liveRule(), other]) }));
    expect(changes.some((c) => c.resourceId.endsWith('/ops'))).toBe(false);
  });

  test('an unowned rule holding the same priority and direction refuses the owned one', () => {
    const clash = liveRule({ id: `${NSG_ID}/securityRules/ops`, name: 'ops' });
    const c = byAddress(diff(baseSpec(), matchingLive({ nsg: nsg([clash]) })), 'network.securityGroup.rules[0]');
    expect(c.action).toBe('refuse');
    expect(c.reason).toMatch(/'ops'/);
  });

  test('restrictOutbound adds the required outbound allows as owned rules', () => {
    const spec = baseSpec();
    spec.network.securityGroup!.restrictOutbound = true;
    const changes = diff(spec, matchingLive());
    const outbound = changes.filter((c) => c.address.startsWith('network.securityGroup.restrictOutbound['));
    expect(outbound.length).toBeGreaterThanOrEqual(2);
    expect(
      outbound.every((c) => c.action === 'create' && (c.after as { direction: string }).direction === 'Outbound'),
    ).toBe(true);
    expect(JSON.stringify(outbound.map((c) => c.after))).toMatch(/AzureContainerRegistry\.EastUS2/);
  });

  test('an NSG that cannot be read is refused', () => {
    const c = byAddress(
      diff(baseSpec(), matchingLive({ nsg: { unreadable: true, code: 'AuthorizationFailed', message: 'no' } })),
      'network.securityGroup',
    );
    expect(c.action).toBe('refuse');
  });
});

describe('diff: clusters', () => {
  test('an existing compute of another type is refused', () => {
    const c = byAddress(
      diff(baseSpec(), matchingLive({ computes: { myaks: compute({ computeType: 'AmlCompute' }) } })),
      'aksClusters[0]',
    );
    expect(c.action).toBe('refuse');
    expect(c.reason).toMatch(/AmlCompute/);
  });

  test.each([
    ['serviceCidr', { serviceCidr: '10.5.0.0/16', dnsServiceIp: '10.5.0.10' }, /serviceCidr/],
    ['dnsServiceIp', { dnsServiceIp: '10.0.0.11' }, /dnsServiceIp/],
    ['subnet', { subnet: 'aci-subnet' }, /subnet/],
    ['networkPlugin', { networkPlugin: 'kubenet' as const }, /networkPlugin/],
    ['privateCluster', { privateCluster: true }, /privateCluster/],
  ])('changing %s of an existing cluster is a refusal with the reason', (_name, over, reason) => {
    const c = byAddress(diff(baseSpec({ aksClusters: [cluster(over)] }), matchingLive()), 'aksClusters[0]');
    expect(c.action).toBe('refuse');
    expect(c.reason).toMatch(reason);
    expect(c.after).toBeNull();
  });

  test('defaults the spec did not give never cause a refusal', () => {
    const spec = baseSpec({ aksClusters: [{ name: 'myaks', subnet: 'aks-subnet' }] });
    const live = matchingLive({
      managedClusters: {
        [MC_ID.toLowerCase()]: managedCluster({ networkPlugin: 'kubenet', serviceCidr: '10.9.0.0/16' }),
      },
    });
    live.computes.myaks = compute({ aksNetworkingConfiguration: null });
    expect(byAddress(diff(spec, live), 'aksClusters[0]').action).toBe('no-op');
  });

  test('attach: a missing cluster is refused', () => {
    const spec = baseSpec({ aksClusters: [cluster({ mode: 'attach', resourceId: MC_ID })] });
    const c = byAddress(diff(spec, emptyLive({ managedClusters: { [MC_ID.toLowerCase()]: null } })), 'aksClusters[0]');
    expect(c.action).toBe('refuse');
    expect(c.reason).toMatch(/does not exist/);
  });

  test('attach: an existing cluster is attached and its known identity gets a deterministic role name', () => {
    const spec = baseSpec({ aksClusters: [cluster({ mode: 'attach', resourceId: MC_ID })] });
    const live = matchingLive({ computes: { myaks: null }, roleAssignments: { [PRINCIPAL]: [] } });
    const changes = diff(spec, live);
    expect(byAddress(changes, 'aksClusters[0]')).toMatchObject({
      action: 'create',
      after: { computeType: 'AKS', resourceId: MC_ID },
    });
    const role = byAddress(changes, 'aksClusters[0].networkContributor');
    const name = roleAssignmentName(RG, NETWORK_CONTRIBUTOR_ROLE_GUID, PRINCIPAL);
    expect(role.resourceId).toBe(`${RG}/providers/Microsoft.Authorization/roleAssignments/${name}`);
    expect(role.after).toMatchObject({ principalId: PRINCIPAL });
    expect(role.dependsOn).toEqual(['aksClusters[0]']);
  });

  test('attach: a compute attached to another cluster is refused (never detached)', () => {
    const spec = baseSpec({
      aksClusters: [cluster({ mode: 'attach', resourceId: MC_ID.replace('existing', 'other') })],
    });
    expect(byAddress(diff(spec, matchingLive()), 'aksClusters[0]').action).toBe('refuse');
  });

  test('a private cluster is created as a managed cluster (no dockerBridgeCidr), then attached', () => {
    const spec = baseSpec({ aksClusters: [cluster({ privateCluster: true })] });
    const changes = diff(spec, emptyLive());
    const mc = byAddress(changes, 'aksClusters[0].managedCluster');
    expect(mc.action).toBe('create');
    expect(mc.step).toBe('managed-cluster');
    expect(mc.after).toMatchObject({
      apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFqdn: false },
    });
    expect(JSON.stringify(mc.after)).not.toMatch(/dockerBridge/i);
    const attach = byAddress(changes, 'aksClusters[0]');
    expect(attach.after).toMatchObject({ resourceId: mc.resourceId });
    expect(attach.dependsOn).toEqual(['aksClusters[0].managedCluster']);
    expect(byAddress(changes, 'aksClusters[0].networkContributor').dependsOn).toEqual([
      'aksClusters[0]',
      'aksClusters[0].managedCluster',
    ]);
  });
});

describe('diff: role and load balancer', () => {
  test('an assignment at the resource group covers a subnet-scoped request', () => {
    const spec = baseSpec({ aksClusters: [cluster({ networkContributorScope: 'subnet' })] });
    expect(byAddress(diff(spec, matchingLive()), 'aksClusters[0].networkContributor').action).toBe('no-op');
  });

  test('an assignment on the subnet does not cover a resource-group request', () => {
    const live = matchingLive({
      roleAssignments: { [PRINCIPAL]: [networkContributor(`${VNET_ID}/subnets/aks-subnet`)] },
    });
    expect(byAddress(diff(baseSpec(), live), 'aksClusters[0].networkContributor').action).toBe('create');
  });

  test('another role at the right scope does not count', () => {
    const live = matchingLive({
      roleAssignments: {
        [PRINCIPAL]: [networkContributor(RG, { roleDefinitionGuid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' })],
      },
    });
    expect(byAddress(diff(baseSpec(), live), 'aksClusters[0].networkContributor').action).toBe('create');
  });

  test('a new internal-load-balancer cluster is switched after its role', () => {
    const spec = baseSpec({ aksClusters: [cluster({ loadBalancerType: 'InternalLoadBalancer' })] });
    const lb = byAddress(diff(spec, emptyLive()), 'aksClusters[0].loadBalancer');
    expect(lb).toMatchObject({
      action: 'update',
      step: 'load-balancer',
      before: { loadBalancerType: 'PublicIp', loadBalancerSubnet: null },
      after: { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'aks-subnet' },
      dependsOn: ['aksClusters[0]', 'aksClusters[0].networkContributor'],
    });
  });

  test("a switch to a front-end subnet other than the cluster's waits for that subnet when the plan writes it", () => {
    const spec = baseSpec({
      aksClusters: [cluster({ loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'scoring-subnet' })],
    });
    spec.network.subnets.push({ name: 'scoring-subnet', addressPrefix: '10.1.12.0/24' });
    const changes = diff(spec, emptyLive());
    expect(byAddress(changes, 'network.subnets[2]').action).toBe('create');
    const lb = byAddress(changes, 'aksClusters[0].loadBalancer');
    expect(lb.after).toEqual({ loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'scoring-subnet' });
    expect(lb.dependsOn).toEqual(expect.arrayContaining(['aksClusters[0].networkContributor', 'network.subnets[2]']));
    // The cluster's own subnet is waited for through the compute, not named again.
    expect(lb.dependsOn).not.toContain('network.subnets[0]');
  });

  test('an existing public cluster is switched in place; an existing ILB cluster is a no-op', () => {
    const spec = baseSpec({
      aksClusters: [cluster({ loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'aks-subnet' })],
    });
    expect(byAddress(diff(spec, matchingLive()), 'aksClusters[0].loadBalancer').action).toBe('update');
    const ilb = matchingLive({
      computes: { myaks: compute({ loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'aks-subnet' }) },
    });
    expect(byAddress(diff(spec, ilb), 'aksClusters[0].loadBalancer').action).toBe('no-op');
  });

  test('a cluster authenticating with a service principal gets no role change', () => {
    const live = matchingLive({
      managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ usesServicePrincipal: true, principalId: null }) },
    });
    expect(diff(baseSpec(), live).some((c) => c.step === 'role')).toBe(false);
  });
});

describe('diff: re-running after a partial apply', () => {
  test('a private cluster made by an earlier apply (attach not done) is attached, never created again', () => {
    const spec = baseSpec({ aksClusters: [cluster({ privateCluster: true })] });
    const mcId = `${RG}/providers/Microsoft.ContainerService/managedClusters/myaks`;
    const live = emptyLive({
      managedClusters: {
        [mcId.toLowerCase()]: managedCluster({ id: mcId, name: 'myaks', enablePrivateCluster: true }),
      },
      roleAssignments: { [PRINCIPAL]: [] },
    });
    const changes = diff(spec, live);
    expect(byAddress(changes, 'aksClusters[0].managedCluster').action).toBe('no-op');
    expect(byAddress(changes, 'aksClusters[0]')).toMatchObject({ action: 'create', after: { resourceId: mcId } });
    expect(byAddress(changes, 'aksClusters[0].networkContributor').after).toMatchObject({ principalId: PRINCIPAL });
  });

  test('a private cluster that exists with a different service CIDR is refused', () => {
    const spec = baseSpec({ aksClusters: [cluster({ privateCluster: true })] });
    const mcId = `${RG}/providers/Microsoft.ContainerService/managedClusters/myaks`;
    const live = emptyLive({
      managedClusters: {
        [mcId.toLowerCase()]: managedCluster({ id: mcId, enablePrivateCluster: true, serviceCidr: '10.7.0.0/16' }),
      },
    });
    expect(byAddress(diff(spec, live), 'aksClusters[0]').action).toBe('refuse');
  });
});

describe('diff: resources an earlier apply left in state Failed', () => {
  const privateSpec = (over: Parameters<typeof cluster>[0] = {}) =>
    baseSpec({ aksClusters: [cluster({ privateCluster: true, ...over })] });
  const PRIVATE_MC = `${RG}/providers/Microsoft.ContainerService/managedClusters/myaks`;
  /** An earlier apply created the private cluster (in `state`) and stopped before the attach. */
  const privateLeftIn = (state: string | null | undefined) =>
    emptyLive({
      managedClusters: {
        [PRIVATE_MC.toLowerCase()]: managedCluster({
          id: PRIVATE_MC,
          name: 'myaks',
          enablePrivateCluster: true,
          provisioningState: state,
        }),
      },
      roleAssignments: { [PRINCIPAL]: [] },
    });

  test.each([
    ['Failed', 'update'],
    ['failed', 'update'],
    ['Canceled', 'update'],
    ['Cancelled', 'update'],
    ['Succeeded', 'no-op'],
    [null, 'no-op'],
    [undefined, 'no-op'],
  ])('a private managed cluster in state %s is planned as %s', (state, action) => {
    const mc = byAddress(diff(privateSpec(), privateLeftIn(state)), 'aksClusters[0].managedCluster');
    expect(mc.action).toBe(action);
  });

  test('a Failed private cluster is PUT again with the body a create would send, and says why', () => {
    const again = byAddress(diff(privateSpec(), privateLeftIn('Failed')), 'aksClusters[0].managedCluster');
    const fresh = byAddress(diff(privateSpec(), emptyLive()), 'aksClusters[0].managedCluster');
    expect(again).toMatchObject({
      resourceId: PRIVATE_MC,
      step: 'managed-cluster',
      reason: 'the managed cluster is in state Failed; amlnet PUTs it again',
      before: { provisioningState: 'Failed', apiServerAccessProfile: { enablePrivateCluster: true } },
    });
    expect(again.after).toEqual(fresh.after);
  });

  test('the attach, the role and the load-balancer switch all wait for the re-PUT of a Failed cluster', () => {
    const spec = privateSpec({ loadBalancerType: 'InternalLoadBalancer' });
    const changes = diff(spec, privateLeftIn('Failed'));
    expect(changes.filter((c) => c.address.startsWith('aksClusters')).map((c) => [c.address, c.action])).toEqual([
      ['aksClusters[0].managedCluster', 'update'],
      ['aksClusters[0]', 'create'],
      ['aksClusters[0].networkContributor', 'create'],
      ['aksClusters[0].loadBalancer', 'update'],
    ]);
    expect(byAddress(changes, 'aksClusters[0]')).toMatchObject({
      after: { resourceId: PRIVATE_MC },
      dependsOn: ['aksClusters[0].managedCluster'],
    });
    const role = byAddress(changes, 'aksClusters[0].networkContributor');
    expect(role.dependsOn).toEqual(['aksClusters[0]', 'aksClusters[0].managedCluster']);
    // The identity of a failed cluster is not trusted: the role takes the one the re-PUT answers with.
    expect(role.after).toMatchObject({ principalId: KNOWN_AFTER_APPLY });
    expect(byAddress(changes, 'aksClusters[0].loadBalancer').dependsOn).toEqual([
      'aksClusters[0].managedCluster',
      'aksClusters[0]',
      'aksClusters[0].networkContributor',
    ]);
    const plan = buildPlan(spec, privateLeftIn('Failed'), []);
    expect(plan).toMatchObject({ hasChanges: true, refused: false });
  });

  test.each([
    ['Failed', 'update'],
    ['Canceled', 'update'],
    ['Succeeded', 'no-op'],
    ['Creating', 'no-op'],
    [null, 'no-op'],
  ])('an AML compute (its cluster working) in state %s is planned as %s, never refused', (state, action) => {
    const live = matchingLive({ computes: { myaks: compute({ provisioningState: state }) } });
    const c = byAddress(diff(baseSpec(), live), 'aksClusters[0]');
    expect(c.action).toBe(action);
    expect(buildPlan(baseSpec(), live, []).refused).toBe(false);
  });

  test('a Failed compute whose cluster works: its last update is PUT again, keeping its load balancer; the switch follows', () => {
    const spec = baseSpec({ aksClusters: [cluster({ loadBalancerType: 'InternalLoadBalancer' })] });
    const live = matchingLive({ computes: { myaks: compute({ provisioningState: 'Failed' }) } });
    const changes = diff(spec, live);
    const fresh = byAddress(diff(spec, emptyLive()), 'aksClusters[0]');
    const c = byAddress(changes, 'aksClusters[0]');
    expect(c).toMatchObject({
      action: 'update',
      before: { provisioningState: 'Failed', computeType: 'AKS' },
      reason:
        'compute myaks is in provisioning state Failed: its last update did not complete; ' +
        'amlnet PUTs the compute again (the PUT overwrites it)',
    });
    // The create body, with the load balancer the compute has now (PublicIp here): never a switch back.
    expect(c.after).toEqual(fresh.after);
    const ilb = matchingLive({
      computes: {
        myaks: compute({
          provisioningState: 'Failed',
          loadBalancerType: 'InternalLoadBalancer',
          loadBalancerSubnet: 'aks-subnet',
        }),
      },
    });
    expect(byAddress(diff(spec, ilb), 'aksClusters[0]').after).toMatchObject({
      loadBalancerType: 'InternalLoadBalancer',
      loadBalancerSubnet: 'aks-subnet',
    });
    expect(byAddress(changes, 'aksClusters[0].loadBalancer')).toMatchObject({
      action: 'update',
      after: { loadBalancerType: 'InternalLoadBalancer' },
    });
    expect(byAddress(changes, 'aksClusters[0].loadBalancer').dependsOn).toContain('aksClusters[0]');
    expect(changes.map((x) => x.reason).join('\n')).not.toMatch(/delete/i);
    expect(buildPlan(spec, live, []).refused).toBe(false);
  });

  test('a Failed compute with no cluster behind it (its create failed) is re-created by a PUT of the create body', () => {
    const spec = baseSpec({ aksClusters: [cluster({ loadBalancerType: 'InternalLoadBalancer' })] });
    const live = emptyLive({ computes: { myaks: compute({ provisioningState: 'Failed', resourceId: null }) } });
    const changes = diff(spec, live);
    const fresh = diff(spec, emptyLive());
    const c = byAddress(changes, 'aksClusters[0]');
    expect(c).toMatchObject({ action: 'update', before: { provisioningState: 'Failed', resourceId: null } });
    expect(c.reason).toBe(
      'compute myaks is in provisioning state Failed and has no working cluster behind it: its create failed; ' +
        'amlnet PUTs the create body again (the PUT creates it afresh)',
    );
    expect(c.after).toEqual(byAddress(fresh, 'aksClusters[0]').after);
    // The rest is planned as for a new compute: the role (identity known after apply), then the switch.
    const rest = (cs: Change[]) =>
      cs.filter((x) => x.address.startsWith('aksClusters[0].')).map((x) => [x.address, x.action, x.after, x.dependsOn]);
    expect(rest(changes)).toEqual(rest(fresh));
    expect(buildPlan(spec, live, []).refused).toBe(false);
  });

  test.each([
    ['missing', {}, /attached cluster existing no longer exists/],
    ['Failed', { [MC_ID.toLowerCase()]: managedCluster({ provisioningState: 'Failed' }) }, /is in a failed state/],
  ])('a Failed attached compute whose cluster is %s is refused, with no advice to delete', (_what, clusters, why) => {
    const spec = baseSpec({ aksClusters: [cluster({ mode: 'attach', resourceId: MC_ID })] });
    const live = emptyLive({
      computes: { myaks: compute({ provisioningState: 'Failed', isAttachedCompute: true }) },
      managedClusters: clusters,
    });
    const c = byAddress(diff(spec, live), 'aksClusters[0]');
    expect(c).toMatchObject({ action: 'refuse', after: null, before: { provisioningState: 'Failed' } });
    expect(c.reason).toMatch(why);
    expect(c.reason).not.toMatch(/delete/i);
    expect(buildPlan(spec, live, []).refused).toBe(true);
  });

  test('attach: a cluster to attach in state Failed is refused (amlnet never writes a cluster it does not own)', () => {
    const spec = baseSpec({ aksClusters: [cluster({ mode: 'attach', resourceId: MC_ID })] });
    const live = emptyLive({
      managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ provisioningState: 'Failed' }) },
    });
    const c = byAddress(diff(spec, live), 'aksClusters[0]');
    expect(c.action).toBe('refuse');
    expect(c.reason).toMatch(
      /existing, is in provisioning state Failed; repair it first \(az aks update --resource-group aks-rg --name existing/,
    );
    const ok = emptyLive({
      managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ provisioningState: 'Succeeded' }) },
    });
    expect(byAddress(diff(spec, ok), 'aksClusters[0]').action).toBe('create');
  });
});
