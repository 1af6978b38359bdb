// One spec cluster (aksClusters[]): the refusals that stop it, then its compute (compute.ts) or private
// managed cluster (managed-cluster.ts), its Network Contributor role (role.ts) and its load balancer
// (load-balancer.ts). Never deletes or replaces: what cannot be reached by a create or an in-place update is a
// refusal with the reason. Pure.
import type { LiveCompute, LiveManagedCluster, LiveState } from '../../live/types.js';
import { isUnreadable, readable } from '../../live/types.js';
import { computeId, managedClusterId, parseResourceId, sameId, subnetId } from '../../live/ids.js';
import type { ResolvedCluster, ResolvedNetwork } from '../../spec/defaults.js';
import { clusterAddresses, subnetAddress, subnetSecurityGroupAddress } from '../address.js';
import { computeVerdict, provisioningFailed, type ClusterHealth, type ComputeVerdict } from '../compute-state.js';
import { lower, type Draft } from './common.js';
import type { ClusterContext } from './cluster-context.js';
import {
  computeBefore,
  existingCompute,
  failedBefore,
  newCompute,
  refuseCompute,
  type ComputeOutcome,
} from './compute.js';
import { privateCluster } from './managed-cluster.js';
import { diffRole } from './role.js';
import { diffLoadBalancer } from './load-balancer.js';

/** Immutable differences between what the spec gives and what exists: each is a refusal reason. */
export function immutableDifferences(
  c: ResolvedCluster,
  wantSubnetId: string,
  compute: LiveCompute | undefined,
  mc: LiveManagedCluster | undefined,
): string[] {
  const reasons: string[] = [];
  const given = (k: Parameters<ResolvedCluster['defaulted']['has']>[0]): boolean => !c.defaulted.has(k);
  const cfg = compute?.aksNetworkingConfiguration ?? null;
  const liveSubnet = cfg?.subnetId ?? mc?.subnetIds[0] ?? null;
  if (liveSubnet !== null && !sameId(liveSubnet, wantSubnetId)) {
    reasons.push(
      `subnet: the cluster is in ${liveSubnet}, the spec says ${wantSubnetId} (a cluster's subnet cannot change)`,
    );
  }
  const liveService = cfg?.serviceCidr ?? mc?.serviceCidr ?? null;
  if (given('serviceCidr') && c.serviceCidr !== null && liveService !== null && liveService !== c.serviceCidr) {
    reasons.push(`serviceCidr: ${liveService} in Azure, ${c.serviceCidr} in the spec (immutable after creation)`);
  }
  const liveDns = cfg?.dnsServiceIP ?? mc?.dnsServiceIP ?? null;
  if (given('dnsServiceIp') && c.dnsServiceIp !== null && liveDns !== null && liveDns !== c.dnsServiceIp) {
    reasons.push(`dnsServiceIp: ${liveDns} in Azure, ${c.dnsServiceIp} in the spec (immutable after creation)`);
  }
  if (mc !== undefined) {
    if (given('networkPlugin') && mc.networkPlugin !== null && lower(mc.networkPlugin) !== lower(c.networkPlugin)) {
      reasons.push(
        `networkPlugin: ${mc.networkPlugin} in Azure, ${c.networkPlugin} in the spec (immutable after creation)`,
      );
    }
    if (given('privateCluster') && mc.enablePrivateCluster !== c.privateCluster) {
      reasons.push(
        `privateCluster: ${mc.enablePrivateCluster} in Azure, ${c.privateCluster} in the spec (immutable after creation)`,
      );
    }
  }
  return reasons;
}

function clusterHealth(mc: LiveState['managedClusters'][string] | undefined): ClusterHealth {
  if (mc === undefined || mc === null) return 'missing';
  if (isUnreadable(mc)) return 'unreadable';
  return provisioningFailed(mc.provisioningState) ? 'failed' : 'working';
}

export interface ClusterInputs {
  net: ResolvedNetwork;
  live: LiveState;
  workspace: { resourceGroup: string; name: string };
  /** The NSG and rule changes every cluster write waits for (those that write are kept by the orchestrator). */
  securityNeeds: string[];
}

function clusterContext(c: ResolvedCluster, inputs: ClusterInputs): ClusterContext {
  const { net, live, workspace } = inputs;
  const sub = live.subscriptionId;
  const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(c.subnet));
  const ownSubnetNeeds =
    subnetIdx >= 0 ? [subnetAddress(c.subnet, subnetIdx), subnetSecurityGroupAddress(c.subnet, subnetIdx)] : [];
  const compute = readable(live.computes[c.name]);
  // A private cluster amlnet creates has a known id: after a partial apply (cluster made, attach failed) it
  // exists without a compute, and a re-run must attach it, never create it again.
  const privateMcId =
    c.mode === 'create' && c.privateCluster ? managedClusterId(sub, workspace.resourceGroup, c.name) : null;
  const mcIdKnown = compute?.resourceId ?? (c.mode === 'attach' ? c.resourceId : privateMcId);
  const liveMc = mcIdKnown !== null ? live.managedClusters[mcIdKnown.toLowerCase()] : undefined;
  return {
    c,
    net,
    live,
    sub,
    workspaceResourceGroup: workspace.resourceGroup,
    addresses: clusterAddresses(c.name, c.index),
    computeId: computeId(sub, workspace.resourceGroup, workspace.name, c.name),
    wantSubnetId: subnetId(sub, net.resourceGroup, net.name, c.subnet),
    compute,
    liveMc,
    mc: readable(liveMc),
    mcIdKnown,
    privateMcId,
    networkNeeds: [...ownSubnetNeeds, ...inputs.securityNeeds],
    ownSubnetNeeds,
  };
}

/** Why the cluster to attach cannot be attached, if it cannot. */
function attachRefusal(ctx: ClusterContext): string | undefined {
  const { c, compute, liveMc } = ctx;
  if (c.mode !== 'attach') return undefined;
  if (compute !== undefined) {
    if (c.resourceId !== null && compute.resourceId !== null && !sameId(compute.resourceId, c.resourceId))
      return `compute ${c.name} is attached to ${compute.resourceId}, not ${c.resourceId}; amlnet never detaches a compute`;
    return undefined;
  }
  if (liveMc === null || liveMc === undefined)
    return `the cluster to attach (${c.resourceId ?? 'no resourceId'}) does not exist`;
  if (isUnreadable(liveMc)) return `could not read the cluster to attach: ${liveMc.code}`;
  if (provisioningFailed(liveMc.provisioningState)) {
    // Not amlnet's cluster: it never writes it, and attaching a failed cluster gives a compute without a
    // working cluster (the compute applier refuses it too: ManagedClusterProvisioningFailed).
    return (
      `the cluster to attach, ${liveMc.name}, is in provisioning state ${liveMc.provisioningState ?? 'Failed'}; ` +
      `repair it first (az aks update --resource-group ${parseResourceId(liveMc.id)?.resourceGroup ?? '?'} ` +
      `--name ${liveMc.name} retries its last operation), then run amlnet again`
    );
  }
  return undefined;
}

/** The refusal that stops this cluster, if any (nothing is written for it then). */
function clusterRefusal(ctx: ClusterContext): Draft | undefined {
  const { c, compute, liveMc, live } = ctx;
  const liveCompute = live.computes[c.name];
  if (isUnreadable(liveCompute))
    return refuseCompute(ctx, null, `could not read compute ${c.name}: ${liveCompute.code}`);
  if (compute !== undefined && compute.computeType !== 'AKS') {
    const reason = `a compute named ${c.name} exists with type ${compute.computeType}, not AKS; amlnet never replaces a compute`;
    return refuseCompute(ctx, computeBefore(compute), reason);
  }
  const attach = attachRefusal(ctx);
  if (attach !== undefined) return refuseCompute(ctx, compute ? computeBefore(compute) : null, attach);
  if (compute === undefined && ctx.privateMcId !== null && isUnreadable(liveMc))
    return refuseCompute(ctx, null, `could not read the private cluster ${ctx.privateMcId}: ${liveMc.code}`);
  const immutable =
    compute !== undefined || c.mode === 'attach' || ctx.mc !== undefined
      ? immutableDifferences(c, ctx.wantSubnetId, compute, ctx.mc)
      : [];
  if (immutable.length > 0)
    return refuseCompute(
      ctx,
      compute ? computeBefore(compute) : null,
      `would need a new cluster: ${immutable.join('; ')}`,
    );
  return undefined;
}

/** The failed-compute policy (compute-state.ts) applied to this cluster's compute. */
function verdictOf(ctx: ClusterContext): ComputeVerdict {
  const { c, compute } = ctx;
  if (compute === undefined) return { kind: 'healthy' };
  return computeVerdict({
    name: c.name,
    provisioningState: compute.provisioningState,
    attached: c.mode === 'attach' || compute.isAttachedCompute,
    clusterId: compute.resourceId ?? ctx.mcIdKnown,
    cluster: clusterHealth(ctx.liveMc),
  });
}

export function diffCluster(c: ResolvedCluster, inputs: ClusterInputs): Draft[] {
  const ctx = clusterContext(c, inputs);
  const refusal = clusterRefusal(ctx);
  if (refusal !== undefined) return [refusal];
  const verdict = verdictOf(ctx);
  if (verdict.kind === 'refuse' && ctx.compute !== undefined)
    return [refuseCompute(ctx, failedBefore(ctx.compute), verdict.reason)];
  const outcome: ComputeOutcome =
    ctx.compute !== undefined
      ? existingCompute(ctx, ctx.compute, verdict)
      : c.mode === 'create' && c.privateCluster
        ? privateCluster(ctx)
        : newCompute(ctx);
  return [...outcome.drafts, ...diffRole(ctx, outcome), ...diffLoadBalancer(ctx, outcome, verdict)];
}
