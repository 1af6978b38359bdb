// Plan addresses: where in the spec a change comes from. Built here only, so that the diff, dependsOn, the
// resume digests and the renderers agree on one spelling. Pure.

export const SECURITY_GROUP_ADDRESS = 'network.securityGroup';

export function subnetAddress(name: string, index: number): string {
  void name;
  return `network.subnets[${index}]`;
}

export function subnetSecurityGroupAddress(name: string, index: number): string {
  return `${subnetAddress(name, index)}.securityGroup`;
}

export function ruleAddress(name: string, index: number): string {
  void name;
  return `${SECURITY_GROUP_ADDRESS}.rules[${index}]`;
}

export function outboundRuleAddress(name: string, index: number): string {
  void name;
  return `${SECURITY_GROUP_ADDRESS}.restrictOutbound[${index}]`;
}

/** An NSG rule amlnet created that the spec no longer lists (deleted with prune). */
export function prunedRuleAddress(name: string): string {
  return `${SECURITY_GROUP_ADDRESS}.prune[${name}]`;
}

export interface ClusterAddresses {
  compute: string;
  managedCluster: string;
  networkContributor: string;
  loadBalancer: string;
}

export function clusterAddresses(name: string, index: number): ClusterAddresses {
  void name;
  const compute = `aksClusters[${index}]`;
  return {
    compute,
    managedCluster: `${compute}.managedCluster`,
    networkContributor: `${compute}.networkContributor`,
    loadBalancer: `${compute}.loadBalancer`,
  };
}
