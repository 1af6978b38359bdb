import { liveRules } from '../../src/rules/live/index.js';
import { DOC } from '../../src/rules/offline/sources.js';
import type { LiveContext } from '../../src/rules/live/define.js';
import { actionMatches, permitted } from '../../src/rules/live/clusters.js';
import type { LiveState } from '../../src/live/types.js';
import type { Spec } from '../../src/spec/types.js';
import {
  ACI,
  MC_ID,
  RG,
  emptyLive,
  VNET_ID,
  baseSpec,
  cluster,
  compute,
  managedCluster,
  matchingLive,
  nsg,
  subnet,
  vnet,
  workspace,
} from './fixtures.js';

function run(id: string, spec: Spec, live: LiveState, mode?: LiveContext['mode']) {
  const rule = liveRules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no live rule ${id}`);
  return rule.check({ spec, live, mode }).map((f) => ({ ...f, severity: f.severity ?? rule.severity }));
}

const OTHER_VNET = `/subscriptions/x/resourceGroups/other/providers/Microsoft.Network/virtualNetworks/other`;

describe('live rule registry', () => {
  test('every live rule has a unique id, a source and kind live', () => {
    const ids = liveRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of liveRules) {
      expect(r.kind).toBe('live');
      expect(Object.values(DOC)).toContain(r.source.document);
    }
  });

  test('a matching environment has no findings at all', () => {
    const findings = liveRules.flatMap((r) => r.check({ spec: baseSpec(), live: matchingLive() }));
    expect(findings).toEqual([]);
  });
});

describe('LIVE-VNET-EXISTS and LIVE-READ-FAILED', () => {
  const unreadable = {
    unreadable: true as const,
    code: 'ServiceUnavailable',
    message: 'overloaded (HTTP 503, correlation id c0ffee)',
  };
  test('an absent VNet (404) is LIVE-VNET-EXISTS: does not exist', () => {
    const [f] = run('LIVE-VNET-EXISTS', baseSpec(), matchingLive({ vnet: null }));
    expect(f).toMatchObject({ path: 'network.name', severity: 'error' });
    expect(f.message).toMatch(/does not exist/);
    expect(run('LIVE-READ-FAILED', baseSpec(), matchingLive({ vnet: null }))).toEqual([]);
  });
  test('an unreadable VNet is never "does not exist": LIVE-READ-FAILED names it, the code and the correlation id', () => {
    expect(run('LIVE-VNET-EXISTS', baseSpec(), matchingLive({ vnet: unreadable }))).toEqual([]);
    const [f] = run('LIVE-READ-FAILED', baseSpec(), matchingLive({ vnet: unreadable }));
    expect(f).toMatchObject({ path: 'network.name', severity: 'error' });
    expect(f.message).toMatch(
      /^could not read virtual network ml-vnet \(resource group ml-rg\): ServiceUnavailable: .*correlation id c0ffee/,
    );
    expect(f.message).not.toMatch(/does not exist/);
  });
  test('an unreadable workspace likewise', () => {
    expect(run('LIVE-WORKSPACE-EXISTS', baseSpec(), matchingLive({ workspace: unreadable }))).toEqual([]);
    const [f] = run('LIVE-READ-FAILED', baseSpec(), matchingLive({ workspace: unreadable }));
    expect(f).toMatchObject({ path: 'workspace.name', severity: 'error' });
    expect(f.message).toMatch(/^could not read workspace ml-ws/);
  });
});

describe('LIVE-VNET-REGION', () => {
  test('cluster region (defaulted) differing from the VNet points at the cluster', () => {
    const f = run('LIVE-VNET-REGION', baseSpec(), matchingLive({ vnet: vnet([], { location: 'westeurope' }) }));
    expect(f.map((x) => x.path)).toEqual(['aksClusters[0]']);
  });
  test('an explicit cluster location points at the field; "East US 2" equals eastus2', () => {
    const spec = baseSpec({ aksClusters: [cluster({ location: 'westus' })] });
    expect(run('LIVE-VNET-REGION', spec, matchingLive()).map((x) => x.path)).toEqual(['aksClusters[0].location']);
    const spaced = baseSpec({ aksClusters: [cluster({ location: 'East US 2' })] });
    expect(run('LIVE-VNET-REGION', spaced, matchingLive())).toEqual([]);
  });
});

describe('LIVE-SUBNET-PREFIX', () => {
  test('a declared prefix different from Azure is an error, never a change', () => {
    const live = matchingLive({
      vnet: vnet([subnet('aks-subnet', '10.1.0.0/23'), subnet('aci-subnet', '10.1.8.0/24', { delegations: [ACI] })]),
    });
    const [f] = run('LIVE-SUBNET-PREFIX', baseSpec(), live);
    expect(f).toMatchObject({ path: 'network.subnets[0].addressPrefix', severity: 'error' });
    expect(f.hint).toMatch(/10\.1\.0\.0\/23/);
  });
  test('a new subnet overlapping an existing one, or outside the address space, is an error', () => {
    const live = matchingLive({ vnet: vnet([subnet('legacy', '10.1.0.0/24')]) });
    const f = run('LIVE-SUBNET-PREFIX', baseSpec(), live);
    expect(f.map((x) => x.path)).toEqual(['network.subnets[0].addressPrefix']);
    const outside = baseSpec();
    outside.network.subnets[1].addressPrefix = '10.2.0.0/24';
    outside.network.addressSpace = undefined;
    expect(run('LIVE-SUBNET-PREFIX', outside, matchingLive({ vnet: vnet([]) })).map((x) => x.message)).toEqual([
      expect.stringMatching(/outside the address space/),
    ]);
  });
  test('a declared address space that differs from Azure is an error', () => {
    const spec = baseSpec();
    spec.network.addressSpace = ['10.1.0.0/17'];
    expect(run('LIVE-SUBNET-PREFIX', spec, matchingLive()).map((x) => x.path)).toEqual(['network.addressSpace']);
  });
});

describe('LIVE-AKS-SUBNET-DELEGATED', () => {
  test('a delegated AKS subnet is an error on the cluster subnet', () => {
    const live = matchingLive({
      vnet: vnet([subnet('aks-subnet', '10.1.0.0/22', { delegations: ['Microsoft.Web/serverFarms'] })]),
    });
    expect(run('LIVE-AKS-SUBNET-DELEGATED', baseSpec(), live).map((x) => x.path)).toEqual(['aksClusters[0].subnet']);
  });
});

describe('LIVE-ACI-SUBNET-IN-USE', () => {
  const spec = baseSpec({ aci: { subnet: 'aci-subnet' } });
  test.each([
    ['NIC in it', { ipConfigurationIds: ['/x/nic/ipConfigurations/1'] }, 1],
    ['private endpoint in it', { privateEndpointIds: ['/x/pe'] }, 1],
    ['another delegation', { delegations: ['Microsoft.Web/serverFarms'] }, 1],
    ['empty', {}, 0],
  ])('%s', (_n, over, count) => {
    const live = matchingLive({
      vnet: vnet([subnet('aks-subnet', '10.1.0.0/22'), subnet('aci-subnet', '10.1.8.0/24', over)]),
    });
    expect(run('LIVE-ACI-SUBNET-IN-USE', spec, live)).toHaveLength(count);
  });
  test('already delegated to ACI: its container groups are fine', () => {
    const live = matchingLive({
      vnet: vnet([subnet('aci-subnet', '10.1.8.0/24', { delegations: [ACI], ipConfigurationIds: ['/x/cg'] })]),
    });
    expect(run('LIVE-ACI-SUBNET-IN-USE', spec, live)).toEqual([]);
  });
  test('a cluster using the ACI subnet is an error', () => {
    const live = matchingLive({
      managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ subnetIds: [`${VNET_ID}/subnets/aci-subnet`] }) },
    });
    expect(run('LIVE-ACI-SUBNET-IN-USE', spec, live).map((x) => x.message)).toEqual([
      expect.stringMatching(/used by cluster/),
    ]);
  });
});

describe('LIVE-ACI-VNET-RESOURCE-GROUP', () => {
  test('ACI with the VNet in another resource group is an error; without ACI it is fine', () => {
    const spec = baseSpec({ aci: { subnet: 'aci-subnet' } });
    const live = matchingLive({ vnet: vnet([], { resourceGroup: 'net-rg' }) });
    expect(run('LIVE-ACI-VNET-RESOURCE-GROUP', spec, live).map((x) => x.path)).toEqual(['network.resourceGroup']);
    expect(run('LIVE-ACI-VNET-RESOURCE-GROUP', baseSpec(), live)).toEqual([]);
  });
});

describe('workspace rules', () => {
  const aci = baseSpec({ aci: { subnet: 'aci-subnet' } });
  test('LIVE-WORKSPACE-EXISTS', () => {
    expect(run('LIVE-WORKSPACE-EXISTS', aci, matchingLive({ workspace: null })).map((x) => x.path)).toEqual([
      'workspace.name',
    ]);
  });
  test('LIVE-WORKSPACE-PE-VNET: the endpoint in another VNet is an error', () => {
    const ws = workspace({ privateEndpoints: [{ id: '/pe/1', subnetId: `${OTHER_VNET}/subnets/pe` }] });
    expect(run('LIVE-WORKSPACE-PE-VNET', aci, matchingLive({ workspace: ws }))).toHaveLength(1);
    const same = workspace({ privateEndpoints: [{ id: '/pe/1', subnetId: `${VNET_ID}/subnets/pe` }] });
    expect(run('LIVE-WORKSPACE-PE-VNET', aci, matchingLive({ workspace: same }))).toEqual([]);
  });
  test('LIVE-WORKSPACE-PE-VNET reads the subnet from the endpoint when the workspace omits it', () => {
    const ws = workspace({ privateEndpoints: [{ id: '/PE/1', subnetId: null }] });
    const live = matchingLive({
      workspace: ws,
      privateEndpoints: { '/pe/1': { id: '/PE/1', subnetId: `${OTHER_VNET}/subnets/x`, targetIds: [] } },
    });
    expect(run('LIVE-WORKSPACE-PE-VNET', aci, live)).toHaveLength(1);
  });
  test('LIVE-PE-OUTBOUND-OPEN: a workspace behind a private endpoint with outbound open is a warning', () => {
    const pe = workspace({ privateEndpoints: [{ id: '/pe/1', subnetId: `${VNET_ID}/subnets/pe` }] });
    const open = run('LIVE-PE-OUTBOUND-OPEN', baseSpec(), matchingLive({ workspace: pe }));
    expect(open).toEqual([expect.objectContaining({ path: 'network.securityGroup.name', severity: 'warning' })]);
    expect(open[0]!.message).toContain('restrictOutbound is off on NSG ml-nsg');
    const explicitOff = baseSpec();
    explicitOff.network.securityGroup = { ...explicitOff.network.securityGroup!, restrictOutbound: false };
    expect(run('LIVE-PE-OUTBOUND-OPEN', explicitOff, matchingLive({ workspace: pe })).map((f) => f.path)).toEqual([
      'network.securityGroup.restrictOutbound',
    ]);
    const noNsg = baseSpec();
    noNsg.network.securityGroup = null;
    expect(run('LIVE-PE-OUTBOUND-OPEN', noNsg, matchingLive({ workspace: pe })).map((f) => f.path)).toEqual([
      'network.name',
    ]);
    const restricted = baseSpec();
    restricted.network.securityGroup = { ...restricted.network.securityGroup!, restrictOutbound: true };
    expect(run('LIVE-PE-OUTBOUND-OPEN', restricted, matchingLive({ workspace: pe }))).toEqual([]);
    // No private endpoint: the workspace is public anyway, nothing to say.
    expect(run('LIVE-PE-OUTBOUND-OPEN', baseSpec(), matchingLive())).toEqual([]);
  });
  test('LIVE-REGISTRY-IN-VNET', () => {
    const live = matchingLive({
      containerRegistry: { id: '/acr', privateEndpointIds: ['/acr-pe'] },
      privateEndpoints: { '/acr-pe': { id: '/acr-pe', subnetId: `${VNET_ID}/subnets/pe`, targetIds: ['/acr'] } },
    });
    expect(run('LIVE-REGISTRY-IN-VNET', aci, live)).toHaveLength(1);
    expect(run('LIVE-REGISTRY-IN-VNET', baseSpec(), live)).toEqual([]);
  });
  test('LIVE-PE-CLUSTER-REGION and LIVE-ACI-WITH-WORKSPACE-PE', () => {
    const ws = workspace({ location: 'westus', privateEndpoints: [{ id: '/pe', subnetId: null }] });
    expect(run('LIVE-PE-CLUSTER-REGION', baseSpec(), matchingLive({ workspace: ws }))).toHaveLength(1);
    expect(run('LIVE-ACI-WITH-WORKSPACE-PE', aci, matchingLive({ workspace: ws }))[0].severity).toBe('warning');
  });
  test.each([
    ['open storage', { id: '/sa', defaultAction: 'Allow', virtualNetworkSubnetIds: [], privateEndpointIds: [] }, 0],
    [
      'secured, VNet rule for our VNet',
      {
        id: '/sa',
        defaultAction: 'Deny',
        virtualNetworkSubnetIds: [`${VNET_ID}/subnets/aks-subnet`],
        privateEndpointIds: [],
      },
      0,
    ],
    [
      'secured elsewhere',
      {
        id: '/sa',
        defaultAction: 'Deny',
        virtualNetworkSubnetIds: [`${OTHER_VNET}/subnets/a`],
        privateEndpointIds: [],
      },
      1,
    ],
  ])('LIVE-STORAGE-VNET: %s', (_n, sa, count) => {
    expect(run('LIVE-STORAGE-VNET', baseSpec(), matchingLive({ storageAccount: sa }))).toHaveLength(count);
  });
  test('LIVE-STORAGE-VNET: an unreadable storage account is a notice', () => {
    const [f] = run(
      'LIVE-STORAGE-VNET',
      baseSpec(),
      matchingLive({ storageAccount: { unreadable: true, code: 'AuthorizationFailed', message: '' } }),
    );
    expect(f.severity).toBe('notice');
  });
});

describe('cluster and identity rules', () => {
  test('LIVE-COMPUTE-TYPE', () => {
    expect(
      run(
        'LIVE-COMPUTE-TYPE',
        baseSpec(),
        matchingLive({ computes: { myaks: compute({ computeType: 'Kubernetes' }) } }),
      ).map((x) => x.path),
    ).toEqual(['aksClusters[0].name']);
  });
  test('LIVE-CLUSTER-IDENTITY: a service-principal cluster is a warning with a hint', () => {
    const live = matchingLive({
      managedClusters: { [MC_ID.toLowerCase()]: managedCluster({ usesServicePrincipal: true, principalId: null }) },
    });
    const [f] = run('LIVE-CLUSTER-IDENTITY', baseSpec(), live);
    expect(f.severity).toBe('warning');
    expect(f.hint).toMatch(/Network Contributor/);
  });
  test.each([
    [['*'], [], true],
    [['Microsoft.Network/*'], [], true],
    [['Microsoft.Network/virtualNetworks/*/action'], [], true],
    [['Microsoft.Network/*'], ['Microsoft.Network/virtualNetworks/subnets/join/action'], false],
    [['*/read'], [], false],
  ])('permission %j minus %j allows subnet join: %p', (actions, notActions, ok) => {
    expect(permitted({ actions, notActions }, 'Microsoft.Network/virtualNetworks/subnets/join/action')).toBe(ok);
  });
  test('actionMatches is case-insensitive and treats dots literally', () => {
    expect(actionMatches('microsoft.network/*', 'Microsoft.Network/x')).toBe(true);
    expect(actionMatches('Microsoft.Network/a.b', 'Microsoft.Network/aXb')).toBe(false);
  });
  test('LIVE-JOIN-PERMISSION: a reader may plan (warning), not apply (error)', () => {
    const live = matchingLive({ permissions: { actions: ['*/read'], notActions: [] } });
    expect(run('LIVE-JOIN-PERMISSION', baseSpec(), live)[0].severity).toBe('warning');
    expect(run('LIVE-JOIN-PERMISSION', baseSpec(), live, 'apply')[0].severity).toBe('error');
    expect(run('LIVE-JOIN-PERMISSION', baseSpec(), matchingLive())).toEqual([]);
  });
  test('LIVE-JOIN-PERMISSION: subnet join granted on the subnet alone is enough; lacking it names the subnet', () => {
    const vnetOnly = { actions: ['Microsoft.Network/virtualNetworks/join/action', '*/read'], notActions: [] };
    const granted = matchingLive({
      permissions: vnetOnly,
      subnetPermissions: { 'aks-subnet': { actions: ['Microsoft.Network/virtualNetworks/subnets/*'], notActions: [] } },
    });
    expect(run('LIVE-JOIN-PERMISSION', baseSpec(), granted)).toEqual([]);
    const lacking = matchingLive({
      permissions: vnetOnly,
      subnetPermissions: { 'aks-subnet': { actions: ['*/read'], notActions: [] } },
    });
    const [f] = run('LIVE-JOIN-PERMISSION', baseSpec(), lacking);
    expect(f.message).toMatch(/subnets\/join\/action on subnet\(s\) aks-subnet/);
    expect(f.message).not.toMatch(/virtualNetworks\/join\/action/);
  });
});

describe('runLiveRules', () => {
  test('positions each finding from the spec source and uses the rule severity unless overridden', async () => {
    const { runLiveRules } = await import('../../src/findings/run.js');
    const { positionResolver } = await import('../../src/plan/pipeline.js');
    const { parseSpecText } = await import('../../src/spec/parse.js');
    const text = 'version: 1\nnetwork:\n  name: ml-vnet\n';
    const rules = [
      {
        id: 'A',
        severity: 'error' as const,
        title: 't',
        source: { document: 'https://learn.microsoft.com/en-us/azure/aks/' },
        kind: 'live' as const,
        check: () => [{ path: 'network.name', message: 'm' }],
      },
      {
        id: 'B',
        severity: 'error' as const,
        title: 't',
        source: { document: 'https://learn.microsoft.com/en-us/azure/aks/' },
        kind: 'live' as const,
        check: () => [{ path: 'network.missing', message: 'n', severity: 'notice' as const }],
      },
    ];
    const findings = runLiveRules(
      rules,
      { spec: baseSpec(), live: matchingLive() },
      positionResolver(parseSpecText(text).sourceMap),
    );
    expect(findings).toEqual([
      { ruleId: 'A', severity: 'error', message: 'm', path: 'network.name', line: 3, column: 9 },
      { ruleId: 'B', severity: 'notice', message: 'n', path: 'network.missing', line: 3, column: 3 },
    ]);
  });

  test('a rule that throws becomes one error finding naming it', async () => {
    const { runLiveRules } = await import('../../src/findings/run.js');
    const boom = {
      id: 'BOOM',
      severity: 'warning' as const,
      title: 't',
      source: { document: 'https://learn.microsoft.com/en-us/azure/aks/' },
      kind: 'live' as const,
      check: (): never => {
        throw new Error('bad state');
      },
    };
    const [f] = runLiveRules([boom], { spec: baseSpec(), live: matchingLive() }, () => ({ line: 1, column: 1 }));
    expect(f).toMatchObject({ ruleId: 'BOOM', severity: 'error', message: 'rule BOOM failed: bad state' });
  });
});

describe('LIVE-NSG-REGION', () => {
  test('an NSG in another region than the VNet is an error before any write; same region (any casing) is fine', () => {
    const spec = baseSpec();
    const [f] = run('LIVE-NSG-REGION', spec, matchingLive({ nsg: nsg([], { location: 'westeurope' }) }));
    expect(f).toMatchObject({ path: 'network.securityGroup.name', severity: 'error' });
    expect(f.message).toMatch(/is in westeurope but VNet ml-vnet is in eastus2/);
    expect(run('LIVE-NSG-REGION', spec, matchingLive({ nsg: nsg([], { location: 'EastUS2' }) }))).toEqual([]);
  });
});

describe('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', () => {
  const withOther = (prefix: string, over: Partial<LiveState> = {}): LiveState =>
    emptyLive({
      vnet: vnet([
        subnet('aks-subnet', '10.1.0.0/22'),
        subnet('aci-subnet', '10.1.8.0/24', { delegations: [ACI] }),
        subnet('jumpbox', prefix),
      ]),
      ...over,
    });

  test.each([
    ['10.0.4.0/24', true], // inside 10.0.0.0/16
    ['10.0.255.240/28', true], // the range's last block
    ['10.1.16.0/24', false], // outside
    ['9.255.255.0/24', false], // just below
  ])('a subnet %s the spec does not list: overlap %p', (prefix, hits) => {
    const found = run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', baseSpec(), withOther(prefix));
    if (!hits) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'aksClusters[0].serviceCidr', severity: 'error' });
    expect(found[0].message).toBe(
      `serviceCidr 10.0.0.0/16 of cluster myaks overlaps subnet jumpbox (${prefix}) of VNet ml-vnet in Azure: AKS would refuse to create the cluster (ServiceCidrOverlapExistingSubnetsCidr) after the network writes`,
    );
  });

  test('a defaulted serviceCidr points at the cluster and says it is the default', () => {
    const spec = baseSpec({ aksClusters: [cluster({ serviceCidr: undefined, dnsServiceIp: undefined })] });
    const [f] = run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', spec, withOther('10.0.4.0/24'));
    expect(f).toMatchObject({ path: 'aksClusters[0]' });
    expect(f.message).toMatch(/^the default serviceCidr 10\.0\.0\.0\/16 of cluster myaks overlaps subnet jumpbox/);
  });

  test('nothing for a cluster that exists, one that is attached, a spec subnet (the offline rule), or no VNet', () => {
    expect(
      run(
        'LIVE-SERVICE-CIDR-OVERLAPS-SUBNET',
        baseSpec(),
        withOther('10.0.4.0/24', { computes: { myaks: compute() } }),
      ),
    ).toEqual([]);
    const attach = baseSpec({ aksClusters: [cluster({ mode: 'attach', resourceId: MC_ID })] });
    expect(run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', attach, withOther('10.0.4.0/24'))).toEqual([]);
    const listed = baseSpec();
    listed.network.subnets.push({ name: 'jumpbox', addressPrefix: '10.0.4.0/24' });
    expect(run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', listed, withOther('10.0.4.0/24'))).toEqual([]);
    expect(run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', baseSpec(), withOther('10.0.4.0/24', { vnet: null }))).toEqual([]);
  });

  test('a private cluster an interrupted run already created is not refused', () => {
    const spec = baseSpec({ aksClusters: [cluster({ privateCluster: true })] });
    const id = `${RG}/providers/Microsoft.ContainerService/managedClusters/myaks`;
    expect(run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', spec, withOther('10.0.4.0/24'))).toHaveLength(1);
    const created = withOther('10.0.4.0/24', { managedClusters: { [id.toLowerCase()]: managedCluster({ id }) } });
    expect(run('LIVE-SERVICE-CIDR-OVERLAPS-SUBNET', spec, created)).toEqual([]);
  });
});
