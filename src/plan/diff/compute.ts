// The AML compute of a spec cluster: created by AML, attached, left as it is, or (one failed-compute policy,
// src/plan/compute-state.ts) PUT again. The private-cluster branch is in managed-cluster.ts. Pure.
import type { LiveCompute } from '../../live/types.js';
import type { ResolvedCluster } from '../../spec/defaults.js';
import type { ComputeVerdict } from '../compute-state.js';
import { KNOWN_AFTER_APPLY, type ComputeBody, type ComputeCreateBody, type ComputeState } from '../model.js';
import { settling, type Draft } from './common.js';
import type { ClusterContext } from './cluster-context.js';

/** What the compute part of a cluster decided, for the role and load-balancer steps. */
export interface ComputeOutcome {
  drafts: Draft[];
  /** The cluster identity: known, KNOWN_AFTER_APPLY, or null when it cannot be known (a live rule reports it). */
  principal: string | null;
  /** True when this plan creates (or re-creates) the compute: the role and switch follow it. */
  newCompute: boolean;
}

export function computeBefore(c: LiveCompute): ComputeState {
  const n = c.aksNetworkingConfiguration;
  return {
    computeType: c.computeType,
    resourceId: c.resourceId,
    computeLocation: c.computeLocation,
    agentCount: c.agentCount,
    agentVmSize: c.agentVmSize,
    clusterPurpose: c.clusterPurpose,
    aksNetworkingConfiguration: n
      ? {
          subnetId: n.subnetId,
          serviceCidr: n.serviceCidr,
          dnsServiceIP: n.dnsServiceIP,
          dockerBridgeCidr: n.dockerBridgeCidr,
        }
      : null,
  };
}

/** The compute shown with a failed-compute update: its managed properties and the state it is in. */
export function failedBefore(c: LiveCompute): ComputeState {
  return { ...computeBefore(c), provisioningState: c.provisioningState };
}

/** The body AML creates a cluster from (a new cluster starts with a public IP; the load-balancer step switches it). */
export function amlCreateBody(c: ResolvedCluster, wantSubnetId: string): ComputeCreateBody {
  return {
    computeType: 'AKS',
    computeLocation: c.location,
    agentCount: c.agentCount,
    agentVmSize: c.vmSize,
    clusterPurpose: c.clusterPurpose,
    loadBalancerType: 'PublicIp',
    aksNetworkingConfiguration: {
      subnetId: wantSubnetId,
      serviceCidr: c.serviceCidr,
      dnsServiceIP: c.dnsServiceIp,
      dockerBridgeCidr: c.dockerBridgeCidr,
    },
  };
}

/** Attaching an existing managed cluster (always with a public IP first). */
export function attachBody(c: ResolvedCluster, clusterId: string): ComputeBody {
  return { computeType: 'AKS', resourceId: clusterId, clusterPurpose: c.clusterPurpose, loadBalancerType: 'PublicIp' };
}

/**
 * The PUT that repeats a failed update of a compute whose cluster works: its create (or attach) body with the
 * load balancer it has now, so that the PUT never moves it back to a public IP (the load-balancer step switches).
 */
function retryBody(ctx: ClusterContext, compute: LiveCompute): ComputeBody {
  const lb =
    compute.loadBalancerType === 'InternalLoadBalancer'
      ? { loadBalancerType: 'InternalLoadBalancer' as const, loadBalancerSubnet: compute.loadBalancerSubnet }
      : { loadBalancerType: 'PublicIp' as const };
  const attachedTo = compute.resourceId ?? ctx.mcIdKnown;
  if ((compute.isAttachedCompute || ctx.c.mode === 'attach') && attachedTo !== null) {
    return { computeType: 'AKS', resourceId: attachedTo, clusterPurpose: ctx.c.clusterPurpose, ...lb };
  }
  const { loadBalancerType: _publicIp, ...create } = amlCreateBody(ctx.c, ctx.wantSubnetId);
  return { ...create, ...lb };
}

function computeBase(ctx: ClusterContext) {
  return {
    kind: 'compute' as const,
    address: ctx.addresses.compute,
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' as const,
    resourceId: ctx.computeId,
    step: 'compute' as const,
  };
}

/** A refusal of the compute (nothing is written for this cluster). */
export function refuseCompute(ctx: ClusterContext, before: ComputeState | null, reason: string): Draft {
  return { ...computeBase(ctx), action: 'refuse', before, after: null, reason, needs: [] };
}

/** A compute that exists: PUT again under the failed-compute policy, or left as it is. */
export function existingCompute(ctx: ClusterContext, compute: LiveCompute, verdict: ComputeVerdict): ComputeOutcome {
  const base = computeBase(ctx);
  if (verdict.kind === 'retry-update') {
    const after = retryBody(ctx, compute);
    const draft: Draft = {
      ...base,
      action: 'update',
      before: failedBefore(compute),
      after,
      reason: verdict.reason,
      needs: ctx.networkNeeds,
    };
    return { drafts: [draft], principal: ctx.mc?.principalId ?? null, newCompute: false };
  }
  if (verdict.kind === 'recreate') {
    const after = amlCreateBody(ctx.c, ctx.wantSubnetId);
    const draft: Draft = {
      ...base,
      action: 'update',
      before: failedBefore(compute),
      after,
      reason: verdict.reason,
      needs: ctx.networkNeeds,
    };
    return { drafts: [draft], principal: KNOWN_AFTER_APPLY, newCompute: true };
  }
  const before = computeBefore(compute);
  const reason = ctx.c.mode === 'attach' ? 'attached' : 'exists';
  // A compute an earlier (interrupted) run left Creating/Updating has no cluster identity to read yet: the role
  // is still planned, resolved by the apply once the compute settles, and the switch still waits for it.
  const principal = ctx.mc?.principalId ?? (settling(compute.provisioningState) ? KNOWN_AFTER_APPLY : null);
  return {
    drafts: [{ ...base, action: 'no-op', before, after: before, reason, needs: [] }],
    principal,
    newCompute: false,
  };
}

/** A compute to create: attach the given cluster, or have AML create one. */
export function newCompute(ctx: ClusterContext): ComputeOutcome {
  const base = computeBase(ctx);
  const { c } = ctx;
  if (c.mode === 'attach') {
    if (c.resourceId === null) {
      // The spec rules reject this; the plan never guesses a cluster to attach.
      return {
        drafts: [refuseCompute(ctx, null, `attach ${c.name}: no resourceId`)],
        principal: null,
        newCompute: false,
      };
    }
    const draft: Draft = {
      ...base,
      action: 'create',
      before: null,
      after: attachBody(c, c.resourceId),
      reason: `attach ${c.resourceId}`,
      needs: ctx.networkNeeds,
    };
    return { drafts: [draft], principal: ctx.mc?.principalId ?? null, newCompute: true };
  }
  const after = amlCreateBody(c, ctx.wantSubnetId);
  const draft: Draft = {
    ...base,
    action: 'create',
    before: null,
    after,
    reason: `compute ${c.name} does not exist`,
    needs: ctx.networkNeeds,
  };
  return { drafts: [draft], principal: KNOWN_AFTER_APPLY, newCompute: true };
}

/** Attaching a managed cluster amlnet creates (or created) for a private cluster. */
export function attachPrivate(ctx: ClusterContext, clusterId: string, reason: string, needs: string[]): Draft {
  return { ...computeBase(ctx), action: 'create', before: null, after: attachBody(ctx.c, clusterId), reason, needs };
}
