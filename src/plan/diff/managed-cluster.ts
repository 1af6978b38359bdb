// A private cluster: AML cannot create one, so amlnet creates the managed cluster (AKS's API) and then attaches
// it. One that exists (an earlier apply stopped before the attach) is attached; one left Failed by an earlier
// apply is PUT again with the same body. Pure.
import type { LiveManagedCluster } from '../../live/types.js';
import { managedClusterId } from '../../live/ids.js';
import type { ResolvedCluster } from '../../spec/defaults.js';
import { provisioningFailed } from '../compute-state.js';
import { KNOWN_AFTER_APPLY, type ManagedClusterBody, type ManagedClusterState } from '../model.js';
import type { Draft } from './common.js';
import type { ClusterContext } from './cluster-context.js';
import { attachPrivate, type ComputeOutcome } from './compute.js';

export function managedClusterBefore(mc: LiveManagedCluster): ManagedClusterState {
  return {
    location: mc.location,
    agentPoolSubnetIds: [...mc.subnetIds],
    networkProfile: {
      networkPlugin: mc.networkPlugin,
      networkPluginMode: mc.networkPluginMode,
      podCidr: mc.podCidr,
      serviceCidr: mc.serviceCidr,
      dnsServiceIP: mc.dnsServiceIP,
    },
    apiServerAccessProfile: {
      enablePrivateCluster: mc.enablePrivateCluster,
      enablePrivateClusterPublicFqdn: mc.enablePrivateClusterPublicFqdn,
    },
  };
}

/** The managed cluster amlnet PUTs for a private cluster (no dockerBridgeCidr: AKS's API dropped it). */
export function privateClusterBody(c: ResolvedCluster, wantSubnetId: string): ManagedClusterBody {
  return {
    location: c.location,
    dnsPrefix: c.name,
    identity: { type: 'SystemAssigned' },
    agentPoolProfiles: [
      {
        name: 'agentpool',
        mode: 'System',
        osType: 'Linux',
        count: c.agentCount,
        vmSize: c.vmSize,
        maxPods: c.maxPods,
        vnetSubnetID: wantSubnetId,
        upgradeSettings: { maxSurge: String(c.maxSurge) },
      },
    ],
    networkProfile: {
      networkPlugin: c.networkPlugin,
      networkPluginMode: c.networkPluginMode,
      podCidr: c.podCidr,
      serviceCidr: c.serviceCidr,
      dnsServiceIP: c.dnsServiceIp,
      loadBalancerSku: 'standard',
    },
    apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFqdn: c.privateClusterPublicFqdn },
  };
}

const MANAGED_CLUSTER = {
  kind: 'managed-cluster',
  resourceType: 'Microsoft.ContainerService/managedClusters',
  step: 'managed-cluster',
} as const;

/** The managed cluster change: created, or (left Failed by an earlier apply) PUT again with the same body. */
function managedClusterDraft(ctx: ClusterContext, mc: LiveManagedCluster | undefined, id: string): Draft {
  const base = { ...MANAGED_CLUSTER, address: ctx.addresses.managedCluster, resourceId: id, needs: ctx.networkNeeds };
  const after = privateClusterBody(ctx.c, ctx.wantSubnetId);
  if (mc === undefined) {
    return {
      ...base,
      action: 'create',
      before: null,
      after,
      reason: `private cluster ${ctx.c.name}: created as a managed cluster, then attached`,
    };
  }
  return {
    ...base,
    action: 'update',
    before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
    after,
    reason: `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
  };
}

/** A private cluster without its compute. */
export function privateCluster(ctx: ClusterContext): ComputeOutcome {
  const { mc, c } = ctx;
  if (mc !== undefined && !provisioningFailed(mc.provisioningState)) {
    // The managed cluster exists (an earlier apply stopped before the attach): attach it.
    const before = managedClusterBefore(mc);
    const existing: Draft = {
      ...MANAGED_CLUSTER,
      address: ctx.addresses.managedCluster,
      resourceId: mc.id,
      action: 'no-op',
      before,
      after: before,
      reason: 'exists',
      needs: [],
    };
    const attach = attachPrivate(ctx, mc.id, `attach the existing private cluster ${mc.name}`, ctx.networkNeeds);
    return { drafts: [existing, attach], principal: mc.principalId, newCompute: true };
  }
  // A failed cluster's identity may change, so the role waits for the cluster's own answer.
  const id = mc?.id ?? managedClusterId(ctx.sub, ctx.workspaceResourceGroup, c.name);
  const attach = attachPrivate(ctx, id, `attach the private cluster ${c.name}`, [ctx.addresses.managedCluster]);
  return { drafts: [managedClusterDraft(ctx, mc, id), attach], principal: KNOWN_AFTER_APPLY, newCompute: true };
}
