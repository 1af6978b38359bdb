// Plan addresses: where in the spec a change comes from, by NAME, never by list position, so that adding a
// cluster, subnet or rule before another does not rename the other's changes in the plan (nor invalidate the
// reviewed digests of a resumed apply). Built here only, so that the diff, dependsOn, the resume digests and the
// renderers agree on one spelling. Pure.
//
//   network.subnets[aks-subnet]                 network.subnets[aks-subnet].securityGroup
//   network.securityGroup                       network.securityGroup.rules[allow-scoring]
//   network.securityGroup.restrictOutbound[NAME]  network.securityGroup.prune[NAME]
//   aksClusters[myaks]  aksClusters[myaks].managedCluster  .networkContributor  .loadBalancer

export const SECURITY_GROUP_ADDRESS = 'network.securityGroup';

export function subnetAddress(name: string): string {
  return `network.subnets[${name}]`;
}

export function subnetSecurityGroupAddress(name: string): string {
  return `${subnetAddress(name)}.securityGroup`;
}

export function ruleAddress(name: string): string {
  return `${SECURITY_GROUP_ADDRESS}.rules[${name}]`;
}

/** An outbound allow amlnet adds with restrictOutbound. */
export function outboundRuleAddress(name: string): string {
  return `${SECURITY_GROUP_ADDRESS}.restrictOutbound[${name}]`;
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

/** The addresses of one spec cluster's changes (`list` is its spec list, e.g. aksClusters). */
export function clusterAddresses(name: string, list = 'aksClusters'): ClusterAddresses {
  const compute = `${list}[${name}]`;
  return {
    compute,
    managedCluster: `${compute}.managedCluster`,
    networkContributor: `${compute}.networkContributor`,
    loadBalancer: `${compute}.loadBalancer`,
  };
}

export interface KubernetesAddresses {
  compute: string;
  managedCluster: string;
  networkContributor: string;
  extension: string;
}

/** Azure ML v2 (kubernetesClusters): the compute, its cluster, the role and the AzureML extension. */
export function kubernetesAddresses(name: string): KubernetesAddresses {
  const compute = `kubernetesClusters[${name}]`;
  return {
    compute,
    managedCluster: `${compute}.managedCluster`,
    networkContributor: `${compute}.networkContributor`,
    extension: `${compute}.extension`,
  };
}

/** The track of a change whose address names a cluster (the executor orders steps per track). */
export const NETWORK_TRACK = 'network';

/** The track of a change: the cluster its address names (`aksClusters[x]`, `kubernetesClusters[x]`), or the network. */
export function trackOf(address: string): string {
  return /^(?:aksClusters|kubernetesClusters)\[[^\]]*\]/.exec(address)?.[0] ?? NETWORK_TRACK;
}
