// Specs for rule tests: the CONTRACT's example (valid) and small builders on top of it.
import type { AksClusterSpec, SecurityRuleSpec, Spec, SubnetSpec } from '../../src/spec/types.js';
import type { OfflineContext, RawFinding, Rule } from '../../src/rules/types.js';

const CONTRACT_EXAMPLE: Spec = {
  version: 1,
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  location: 'eastus2',
  workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
  network: {
    resourceGroup: 'ml-rg',
    name: 'ml-vnet',
    location: 'eastus2',
    addressSpace: ['10.1.0.0/16'],
    subnets: [
      { name: 'aks-subnet', addressPrefix: '10.1.0.0/22' },
      { name: 'aci-subnet', addressPrefix: '10.1.8.0/24', delegation: 'Microsoft.ContainerInstance/containerGroups' },
    ],
    securityGroup: {
      name: 'ml-nsg',
      rules: [
        {
          name: 'allow-scoring-inbound',
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          priority: 200,
          sourceAddressPrefixes: ['203.0.113.0/24'],
          sourcePortRanges: ['*'],
          destinationAddressPrefixes: ['*'],
          destinationPortRanges: ['443'],
          description: 'Scoring clients',
        },
      ],
      restrictOutbound: false,
    },
  },
  aksClusters: [
    {
      name: 'myaks',
      mode: 'create',
      resourceId: null,
      location: 'eastus2',
      vmSize: 'Standard_D3_v2',
      agentCount: 3,
      maxPods: 30,
      maxSurge: 1,
      clusterPurpose: 'FastProd',
      subnet: 'aks-subnet',
      networkPlugin: 'azure',
      networkPluginMode: null,
      podCidr: null,
      serviceCidr: '10.0.0.0/16',
      dnsServiceIp: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
      privateCluster: false,
      privateClusterPublicFqdn: false,
      loadBalancerType: 'PublicIp',
      loadBalancerSubnet: null,
      networkContributorScope: 'resourceGroup',
    },
  ],
  aci: { subnet: 'aci-subnet' },
};

/** A fresh copy of the CONTRACT example (rules memoize per spec object, so never share one between cases). */
export function contractSpec(): Spec {
  return structuredClone(CONTRACT_EXAMPLE);
}

/** A minimal valid spec: one subnet, one cluster with only its required fields, no NSG, no ACI. */
export function minimalSpec(cluster: Partial<AksClusterSpec> = {}, subnets?: SubnetSpec[]): Spec {
  return {
    version: 1,
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    location: 'eastus2',
    workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
    network: {
      resourceGroup: 'ml-rg',
      name: 'ml-vnet',
      subnets: subnets ?? [{ name: 'aks-subnet', addressPrefix: '10.1.0.0/22' }],
    },
    aksClusters: [{ name: 'myaks', subnet: 'aks-subnet', ...cluster }],
  };
}

/** The CONTRACT example with the first cluster's fields overridden. */
export function withCluster(over: Partial<AksClusterSpec>): Spec {
  const s = contractSpec();
  const clusters = s.aksClusters ?? [];
  clusters[0] = { ...clusters[0], ...over };
  return s;
}

export function nsgRule(over: Partial<SecurityRuleSpec> = {}): SecurityRuleSpec {
  return {
    name: 'r',
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority: 300,
    sourceAddressPrefixes: ['*'],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: ['*'],
    destinationPortRanges: ['443'],
    ...over,
  };
}

/** The CONTRACT example with these NSG rules (replacing its one rule). */
export function withNsgRules(rules: SecurityRuleSpec[], restrictOutbound = false): Spec {
  const s = contractSpec();
  s.network.securityGroup = { name: 'ml-nsg', rules, restrictOutbound };
  return s;
}

export function run(rule: Rule<OfflineContext>, spec: Spec): RawFinding[] {
  return rule.check({ spec });
}
