// The pure live -> spec mapping of `amlnet import` on setups the emulator cannot build (application security
// groups, several delegations, IPv6, amlnet's own restrictOutbound rules), and the written text's comments.
import { importedSpec } from '../../src/import/spec.js';
import { renderImportedSpec, SCHEMA_URL } from '../../src/import/render.js';
import { specPathOfAddress } from '../../src/import/findings.js';
import type { ImportSource } from '../../src/import/source.js';
import type { LiveSecurityRule, LiveSubnet } from '../../src/live/types.js';
import { requiredOutboundRules } from '../../src/rules/outbound.js';
import { validateSpecText } from '../../src/validate.js';
import type { Spec } from '../../src/spec/types.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
const NSG = `${RG}/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;

function subnet(name: string, prefixes: string[], extra: Partial<LiveSubnet> = {}): LiveSubnet {
  return {
    id: `${VNET}/subnets/${name}`,
    name,
    addressPrefix: prefixes[0] ?? null,
    addressPrefixes: prefixes,
    networkSecurityGroupId: NSG,
    delegations: [],
    ipConfigurationIds: [],
    privateEndpointIds: [],
    serviceAssociationLinkIds: [],
    raw: {},
    ...extra,
  };
}

function rule(name: string, priority: number, extra: Partial<LiveSecurityRule> = {}): LiveSecurityRule {
  return {
    id: `${NSG}/securityRules/${name}`,
    name,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority,
    sourceAddressPrefixes: ['*'],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: ['*'],
    destinationPortRanges: ['443'],
    description: null,
    ...extra,
  };
}

function source(over: Partial<ImportSource> = {}): ImportSource {
  return {
    subscriptionId: SUB,
    workspace: {
      id: `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`,
      name: 'ml-ws',
      resourceGroup: 'ml-rg',
      location: 'East US 2',
      storageAccountId: null,
      containerRegistryId: null,
      privateEndpoints: [],
    },
    vnet: {
      id: VNET,
      name: 'ml-vnet',
      resourceGroup: 'ml-rg',
      location: 'eastus2',
      addressSpace: ['10.1.0.0/16'],
      subnets: [subnet('a', ['10.1.0.0/24'])],
    },
    nsg: {
      id: NSG,
      name: 'ml-nsg',
      resourceGroup: 'ml-rg',
      location: 'eastus2',
      rules: [],
      subnetIds: [],
      ownedRules: [],
      unexpressible: [],
    },
    clusters: [],
    skippedComputes: [],
    ...over,
  };
}

const byRule = (issues: { ruleId: string }[], id: string): number => issues.filter((i) => i.ruleId === id).length;

test("location display names become names; the workspace's region is the spec's", () => {
  const { spec } = importedSpec(source());
  expect(spec.location).toBe('eastus2');
  expect(spec.network.location).toBeUndefined();
});

test('a rule with application security groups is left out, with a warning that names it', () => {
  const src = source();
  src.nsg!.rules = [rule('web', 200), rule('asg-rule', 300, { sourceAddressPrefixes: [] })];
  src.nsg!.unexpressible = [{ name: 'asg-rule', reason: 'it uses sourceApplicationSecurityGroups' }];
  const { spec, issues } = importedSpec(src);
  expect(spec.network.securityGroup?.rules?.map((r) => r.name)).toEqual(['web']);
  expect(issues).toEqual([
    expect.objectContaining({
      ruleId: 'IMPORT-NOT-EXPRESSIBLE',
      message: expect.stringMatching(/asg-rule is left out: it uses sourceApplicationSecurityGroups/),
    }),
  ]);
});

test('several delegations, extra and IPv6 prefixes: what the spec cannot hold is reported, not guessed', () => {
  const src = source();
  src.vnet.subnets = [
    subnet('two-delegations', ['10.1.0.0/24'], { delegations: ['Microsoft.Web/serverFarms', 'Microsoft.Sql/x'] }),
    subnet('dual', ['10.1.1.0/24', 'fd00::/64']),
    subnet('v6only', ['fd00:1::/64']),
  ];
  src.vnet.addressSpace = ['10.1.0.0/16', 'fd00::/48'];
  const { spec, issues } = importedSpec(src);
  expect(spec.network.subnets).toEqual([
    { name: 'two-delegations', addressPrefix: '10.1.0.0/24' },
    { name: 'dual', addressPrefix: '10.1.1.0/24' },
  ]);
  expect(spec.network.addressSpace).toBeUndefined();
  expect(byRule(issues, 'IMPORT-NOT-EXPRESSIBLE')).toBe(4);
});

test("amlnet's own restrictOutbound allows become restrictOutbound: true when they are exactly amlnet's", () => {
  const deny = rule('deny-internet', 4000, {
    direction: 'Outbound',
    access: 'Deny',
    protocol: '*',
    destinationAddressPrefixes: ['Internet'],
    destinationPortRanges: ['*'],
  });
  const base: Spec = {
    version: 1,
    subscriptionId: SUB,
    location: 'eastus2',
    workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
    network: {
      resourceGroup: 'ml-rg',
      name: 'ml-vnet',
      subnets: [{ name: 'a', addressPrefix: '10.1.0.0/24' }],
      securityGroup: {
        name: 'ml-nsg',
        restrictOutbound: true,
        rules: [
          {
            name: 'deny-internet',
            direction: 'Outbound',
            access: 'Deny',
            protocol: '*',
            priority: 4000,
            destinationAddressPrefixes: ['Internet'],
          },
        ],
      },
    },
  };
  const amlnets = requiredOutboundRules(base).map((r) =>
    rule(r.name, r.priority, {
      direction: r.direction,
      access: r.access,
      protocol: r.protocol,
      sourceAddressPrefixes: r.sourceAddressPrefixes ?? ['*'],
      sourcePortRanges: r.sourcePortRanges ?? ['*'],
      destinationAddressPrefixes: r.destinationAddressPrefixes ?? ['*'],
      destinationPortRanges: r.destinationPortRanges ?? ['*'],
      description: r.description,
    }),
  );
  expect(amlnets).toHaveLength(2);
  const src = source();
  src.nsg!.rules = [deny, ...amlnets];
  const sg = importedSpec(src).spec.network.securityGroup;
  expect(sg?.restrictOutbound).toBe(true);
  expect(sg?.rules?.map((r) => r.name)).toEqual(['deny-internet']);

  // The same names with another priority are the user's own rules now: listed as they are.
  src.nsg!.rules = [deny, { ...amlnets[0], priority: 3500 }, amlnets[1]];
  const kept = importedSpec(src).spec.network.securityGroup;
  expect(kept?.restrictOutbound).toBeUndefined();
  expect(kept?.rules).toHaveLength(3);
});

test('the written file: modeline first, the owned-rules note, findings placed at the keys they name', () => {
  const src = source();
  src.nsg!.rules = [rule('web', 200)];
  src.nsg!.ownedRules = ['web'];
  src.vnet.subnets.push(subnet('other', ['10.1.9.0/24'], { networkSecurityGroupId: null }));
  src.skippedComputes = [
    {
      name: 'k8s',
      computeType: 'Kubernetes',
      reason: 'its nodes use no subnet Azure reports (a cluster without a custom VNet)',
    },
  ];
  const { spec, notes, issues } = importedSpec(src);
  const text = renderImportedSpec({ spec, notes, header: ['test'] });
  const lines = text.split('\n');
  expect(lines[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
  expect(text).toMatch(/^ *# Recorded as amlnet's today: web\.$/m);
  expect(text).toMatch(/^ *# +other \(no NSG\)$/m);
  expect(issues).toEqual([expect.objectContaining({ ruleId: 'IMPORT-NOT-IMPORTED', path: '' })]);
  const v = validateSpecText(text, 'x.yml');
  expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(v.spec).toEqual(spec);
  const pos = v.sourceMap!.valuePosition(
    specPathOfAddress(`network.subnets[${spec.network.subnets[0].name}].securityGroup`, spec),
  );
  expect(lines[pos.line - 1]).toMatch(/- name: a$/);
});

test('plan addresses (by name) map to the spec keys (by index) they come from', () => {
  const spec = {
    aksClusters: [{ name: 'a' }, { name: 'b' }, { name: 'myaks' }],
    network: {
      subnets: [{ name: 's0' }, { name: 's1' }],
      securityGroup: { rules: [{ name: 'r0' }, { name: 'allow' }] },
    },
  };
  expect(specPathOfAddress('aksClusters[myaks].loadBalancer', spec)).toBe('aksClusters[2].loadBalancerType');
  expect(specPathOfAddress('aksClusters[a].networkContributor', spec)).toBe('aksClusters[0].networkContributorScope');
  expect(specPathOfAddress('aksClusters[b]', spec)).toBe('aksClusters[1]');
  expect(specPathOfAddress('network.securityGroup.rules[allow]', spec)).toBe('network.securityGroup.rules[1]');
  expect(specPathOfAddress('network.subnets[s1].securityGroup', spec)).toBe('network.subnets[1].name');
  expect(specPathOfAddress('network.securityGroup.restrictOutbound[x]', spec)).toBe(
    'network.securityGroup.restrictOutbound',
  );
  // A name the spec does not list points at the list.
  expect(specPathOfAddress('aksClusters[gone]', spec)).toBe('aksClusters');
});
