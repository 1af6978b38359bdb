// The synthetic spec the rules benchmarks run on.
import type { AksClusterSpec, SecurityRuleSpec, Spec, SubnetSpec } from '../src/spec/types.js';

function ip(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** `subnets` /24 subnets in 10.0.0.0/8 (a few overlapping), `clusters` clusters (some sharing subnets), NSG rules. */
export function buildSpec(subnets: number, clusters: number, rules: number): Spec {
  const base = 10 << 24;
  const subnetSpecs: SubnetSpec[] = [];
  for (let i = 0; i < subnets; i++) {
    // Every 1,000th subnet is a /23 that overlaps its neighbour, so the overlap rules have work to report.
    const prefix = i % 1000 === 999 ? 23 : 24;
    subnetSpecs.push({
      name: `snet-${i}`,
      addressPrefix: `${ip(base + ((i & ~(prefix === 23 ? 1 : 0)) << 8))}/${prefix}`,
    });
  }
  const clusterSpecs: AksClusterSpec[] = [];
  for (let i = 0; i < clusters; i++) {
    clusterSpecs.push({
      name: `aks-${i}`,
      subnet: `snet-${(i * 7) % subnets}`,
      agentCount: 3,
      maxPods: i % 50 === 0 ? 100 : 30, // some subnets too small
      networkPlugin: i % 10 === 0 ? 'kubenet' : 'azure',
      // A service CIDR inside the VNet for some clusters: an overlap to find among thousands of subnets.
      serviceCidr: i % 25 === 0 ? '10.3.0.0/16' : '192.168.0.0/16',
      dnsServiceIp: i % 25 === 0 ? '10.3.0.10' : '192.168.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
  }
  const ruleSpecs: SecurityRuleSpec[] = [];
  for (let i = 0; i < rules; i++)
    ruleSpecs.push({
      name: `rule-${i}`,
      direction: i % 2 ? 'Outbound' : 'Inbound',
      access: i % 2 ? 'Deny' : 'Allow',
      protocol: 'Tcp',
      priority: 200 + Math.floor(i / 2) * 3,
      sourceAddressPrefixes: ['VirtualNetwork'],
      sourcePortRanges: ['*'],
      destinationAddressPrefixes: [i % 3 ? 'Internet' : `10.${i % 256}.0.0/16`],
      destinationPortRanges: ['443', '8000-8080'],
      description: 'bench',
    });
  return {
    version: 1,
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    location: 'eastus2',
    workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
    network: {
      resourceGroup: 'ml-rg',
      name: 'ml-vnet',
      addressSpace: ['10.0.0.0/8'],
      subnets: subnetSpecs,
      securityGroup: { name: 'nsg', rules: ruleSpecs, restrictOutbound: true },
    },
    aksClusters: clusterSpecs,
  };
}
