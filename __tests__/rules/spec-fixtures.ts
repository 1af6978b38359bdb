// Specs for rule tests: the full example (valid, every field given) and small builders on top of it.
import type { AksClusterSpec, SecurityRuleSpec, Spec, SubnetSpec } from '../../src/spec/types.js';
import type { OfflineContext, RawFinding, Rule } from '../../src/rules/types.js';

import { contractSpec } from '../../__fixtures__/contract-spec.js';

export { contractSpec };

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

/** The full example with the first cluster's fields overridden. */
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

/** The full example with these NSG rules (replacing its one rule). */
export function withNsgRules(rules: SecurityRuleSpec[], restrictOutbound = false): Spec {
  const s = contractSpec();
  s.network.securityGroup = { name: 'ml-nsg', rules, restrictOutbound };
  return s;
}

export function run(rule: Rule<OfflineContext>, spec: Spec): RawFinding[] {
  return rule.check({ spec });
}
