// The load balancer of a compute: a new cluster is created with a public IP and switched after the role (an
// internal load balancer fails on Azure without Network Contributor on the subnet). Pure.
import { subnetAddress, subnetSecurityGroupAddress } from '../address.js';
import type { LoadBalancerValues } from '../model.js';
import { lower, type Draft } from './common.js';
import type { ClusterContext } from './cluster-context.js';
import type { ComputeOutcome } from './compute.js';
import type { ComputeVerdict } from '../compute-state.js';

/**
 * The switch puts the front end in its subnet: it waits for that subnet (and its NSG association) when the plan
 * writes them, so that a failed subnet skips the switch instead of failing it. The cluster's own subnet is
 * already waited for through the compute.
 */
function lbSubnetNeeds(ctx: ClusterContext, lbSubnet: string | null): string[] {
  if (lbSubnet === null) return [];
  const i = ctx.net.subnets.findIndex((s) => lower(s.name) === lower(lbSubnet));
  if (i < 0) return [];
  const own = subnetAddress(ctx.net.subnets[i].name, i);
  if (ctx.ownSubnetNeeds.includes(own)) return [];
  return [own, subnetSecurityGroupAddress(ctx.net.subnets[i].name, i)];
}

export function diffLoadBalancer(ctx: ClusterContext, outcome: ComputeOutcome, verdict: ComputeVerdict): Draft[] {
  const { c, compute, addresses } = ctx;
  const wantType = c.loadBalancerType;
  const wantSubnet = wantType === 'InternalLoadBalancer' ? (c.loadBalancerSubnet ?? c.subnet) : null;
  const after: LoadBalancerValues = { loadBalancerType: wantType, loadBalancerSubnet: wantSubnet };
  const base = {
    kind: 'load-balancer' as const,
    address: addresses.loadBalancer,
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' as const,
    resourceId: ctx.computeId,
    step: 'load-balancer' as const,
  };
  const subnetNeeds = lbSubnetNeeds(ctx, wantSubnet);
  if (outcome.newCompute) {
    if (wantType !== 'InternalLoadBalancer') return [];
    return [
      {
        ...base,
        action: 'update',
        before: { loadBalancerType: 'PublicIp', loadBalancerSubnet: null },
        after,
        reason: 'switch the new cluster to an internal load balancer once its identity holds the role',
        needs: [addresses.managedCluster, addresses.compute, addresses.networkContributor, ...subnetNeeds],
      },
    ];
  }
  if (compute === undefined) return [];
  const before: LoadBalancerValues = {
    loadBalancerType: compute.loadBalancerType ?? 'PublicIp',
    loadBalancerSubnet: compute.loadBalancerType === 'InternalLoadBalancer' ? compute.loadBalancerSubnet : null,
  };
  if (before.loadBalancerType === after.loadBalancerType && before.loadBalancerSubnet === after.loadBalancerSubnet) {
    return [{ ...base, action: 'no-op', before, after: before, reason: 'matches', needs: [] }];
  }
  return [
    {
      ...base,
      action: 'update',
      before,
      after,
      reason: `load balancer ${before.loadBalancerType} -> ${wantType}`,
      needs: [
        ...(verdict.kind === 'retry-update' ? [addresses.compute] : []),
        addresses.networkContributor,
        ...subnetNeeds,
      ],
    },
  ];
}
