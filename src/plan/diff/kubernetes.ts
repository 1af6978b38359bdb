// The Azure ML v2 diff (kubernetesClusters): per cluster, in order, the managed cluster in its subnet (create mode;
// attach never writes it) -> Network Contributor for its identity -> the AzureML extension with the settings of
// kubernetes-extension.ts (merged into the extension's own at apply) -> the compute, computeType Kubernetes.
// Pure. Each change is idempotent and never destructive: what would need a delete, a replace or a detach is a
// refusal with the reason. The steps follow https://learn.microsoft.com/en-us/azure/machine-learning/how-to-secure-inferencing-vnet?view=azureml-api-2
// (secure the cluster, deploy the extension, attach the cluster).
import { type ResolvedKubernetesCluster, type ResolvedNetwork } from '../../spec/defaults.js';
import type { WorkspaceSpec } from '../../spec/types.js';
import type {
  LiveCompute,
  LiveKubernetesExtension,
  LiveManagedCluster,
  LiveState,
  Unreadable,
} from '../../live/types.js';
import { isUnreadable, readable } from '../../live/types.js';
import { computeId, kubernetesClusterId, kubernetesExtensionId, sameId, subnetId } from '../../live/ids.js';
import {
  NETWORK_CONTRIBUTOR_ROLE_GUID,
  networkContributorScopeId,
  roleAssignmentId,
  roleAssignmentName,
  roleDefinitionId,
  scopeCovers,
} from '../roles.js';
import { provisioningFailed } from '../compute-state.js';
import {
  AZUREML_EXTENSION_TYPE,
  AZUREML_RELEASE_NAMESPACE,
  extensionConflict,
  extensionSettings,
  extensionSettingsDiff,
  MANAGED_EXTENSION_SETTINGS,
} from '../kubernetes-extension.js';
import { kubernetesAddresses, subnetAddress, subnetSecurityGroupAddress } from '../address.js';
import {
  KNOWN_AFTER_APPLY,
  type KubernetesComputeBody,
  type KubernetesComputeState,
  type KubernetesExtensionValues,
  type KubernetesManagedClusterBody,
  type ManagedClusterState,
  type RoleValues,
} from '../model.js';
import { lower, settling, type Draft } from './common.js';

/** What the v2 diff needs besides the cluster (as diff/index.ts gives the v1 clusters). */
export interface KubernetesInputs {
  net: ResolvedNetwork;
  live: LiveState;
  workspace: WorkspaceSpec;
  /** The NSG and rule writes every cluster write waits for. */
  securityNeeds: string[];
  /** The workspace's region (for the compute), when Azure told it; else the spec's location. */
  location: string;
}

/**
 * The cluster as the extension should see it: on attach the node count is the live cluster's, so below 3 nodes
 * the inference router's HA is off and the purpose DevTest (as the Azure CLI decides,
 * https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py)
 * unless the spec says otherwise.
 */
export function effectiveCluster(
  c: ResolvedKubernetesCluster,
  mc: LiveManagedCluster | undefined,
): ResolvedKubernetesCluster {
  const nodes = mc?.agentCount;
  if (c.mode !== 'attach' || nodes === null || nodes === undefined || nodes >= 3) return c;
  if (c.defaulted.has('inferenceRouterHA')) return { ...c, inferenceRouterHA: false, clusterPurpose: 'DevTest' };
  return c;
}

function managedClusterBefore(mc: LiveManagedCluster): ManagedClusterState {
  return {
    location: mc.location,
    agentPoolSubnetIds: [...mc.subnetIds],
    agentCount: mc.agentCount ?? null,
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

/** The AKS body amlnet PUTs for a new v2 cluster (the managed-cluster applier reads it: azure/apply/desired.ts). */
export function kubernetesManagedClusterBody(
  c: ResolvedKubernetesCluster,
  wantSubnetId: string,
): KubernetesManagedClusterBody {
  return {
    location: c.location,
    dnsPrefix: c.clusterName,
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
    apiServerAccessProfile: { enablePrivateCluster: c.privateCluster, enablePrivateClusterPublicFqdn: false },
  };
}

/** What cannot change on an existing cluster without a new one: each is a refusal reason. */
function immutableDifferences(c: ResolvedKubernetesCluster, wantSubnetId: string, mc: LiveManagedCluster): string[] {
  const reasons: string[] = [];
  const given = (k: Parameters<ResolvedKubernetesCluster['defaulted']['has']>[0]): boolean => !c.defaulted.has(k);
  const liveSubnet = mc.subnetIds[0] ?? null;
  if (liveSubnet !== null && !sameId(liveSubnet, wantSubnetId))
    reasons.push(
      `subnet: the cluster is in ${liveSubnet}, the spec says ${wantSubnetId} (a cluster's subnet cannot change)`,
    );
  if (c.mode === 'attach') return reasons;
  if (given('serviceCidr') && c.serviceCidr !== null && mc.serviceCidr !== null && mc.serviceCidr !== c.serviceCidr)
    reasons.push(`serviceCidr: ${mc.serviceCidr} in Azure, ${c.serviceCidr} in the spec (immutable after creation)`);
  if (
    given('dnsServiceIp') &&
    c.dnsServiceIp !== null &&
    mc.dnsServiceIP !== null &&
    mc.dnsServiceIP !== c.dnsServiceIp
  )
    reasons.push(`dnsServiceIp: ${mc.dnsServiceIP} in Azure, ${c.dnsServiceIp} in the spec (immutable after creation)`);
  if (given('networkPlugin') && mc.networkPlugin !== null && lower(mc.networkPlugin) !== lower(c.networkPlugin))
    reasons.push(
      `networkPlugin: ${mc.networkPlugin} in Azure, ${c.networkPlugin} in the spec (immutable after creation)`,
    );
  if (given('privateCluster') && mc.enablePrivateCluster !== c.privateCluster)
    reasons.push(
      `privateCluster: ${mc.enablePrivateCluster} in Azure, ${c.privateCluster} in the spec (immutable after creation)`,
    );
  return reasons;
}

function managedSettings(settings: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of MANAGED_EXTENSION_SETTINGS) if (settings[k] !== undefined) out[k] = settings[k];
  return out;
}

function extensionBefore(e: LiveKubernetesExtension): KubernetesExtensionValues {
  return {
    extensionType: e.extensionType,
    releaseNamespace: e.releaseNamespace,
    configurationSettings: managedSettings(e.settings),
  };
}

function computeBefore(c: LiveCompute): KubernetesComputeState {
  return {
    computeType: c.computeType,
    resourceId: c.resourceId,
    namespace: c.namespace ?? null,
    provisioningState: c.provisioningState,
  };
}

/** Why the spec's compute name cannot become this cluster's Kubernetes compute, or undefined. */
function computeRefusal(c: ResolvedKubernetesCluster, compute: LiveCompute, clusterId: string): string | undefined {
  if (lower(compute.computeType) === 'aks')
    return (
      `a compute named ${c.name} exists with type AKS (Azure ML v1); amlnet never replaces a compute. ` +
      'Migrate it first (https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension: ' +
      'clean up the legacy azureml-fe of a v1 inference cluster), or give the v2 compute another name'
    );
  if (lower(compute.computeType) !== 'kubernetes')
    return `a compute named ${c.name} exists with type ${compute.computeType}, not Kubernetes; amlnet never replaces a compute`;
  if (compute.resourceId !== null && !sameId(compute.resourceId, clusterId))
    return `compute ${c.name} is attached to ${compute.resourceId}, not ${clusterId}; amlnet never detaches a compute`;
  return undefined;
}

function unreadableReason(what: string, v: Unreadable): string {
  return `could not read ${what}: ${v.code}`;
}

/** The v2 changes of one cluster, in order. */
export function diffKubernetesCluster(resolved: ResolvedKubernetesCluster, inputs: KubernetesInputs): Draft[] {
  const { net, live, workspace: ws } = inputs;
  const sub = live.subscriptionId;
  const addr = kubernetesAddresses(resolved.name);
  const clusterId = kubernetesClusterId(sub, resolved);
  const cid = computeId(sub, ws.resourceGroup, ws.name, resolved.name);
  const extId = kubernetesExtensionId(clusterId, resolved.extensionName);
  const wantSubnetId = subnetId(sub, net.resourceGroup, net.name, resolved.subnet);
  const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(resolved.subnet));
  const subnetNeeds =
    subnetIdx >= 0 ? [subnetAddress(resolved.subnet), subnetSecurityGroupAddress(resolved.subnet)] : [];
  const out: Draft[] = [];

  const mcBase = {
    kind: 'managed-cluster' as const,
    address: addr.managedCluster,
    resourceType: 'Microsoft.ContainerService/managedClusters' as const,
    resourceId: clusterId,
    step: 'managed-cluster' as const,
  };
  const computeBase = {
    kind: 'kubernetes-compute' as const,
    address: addr.compute,
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' as const,
    resourceId: cid,
    step: 'kubernetes-compute' as const,
  };
  const extBase = {
    kind: 'kubernetes-extension' as const,
    address: addr.extension,
    resourceType: 'Microsoft.KubernetesConfiguration/extensions' as const,
    resourceId: extId,
    step: 'kubernetes-extension' as const,
  };
  const refuseCompute = (reason: string, before: KubernetesComputeState | null = null): Draft => ({
    ...computeBase,
    action: 'refuse',
    before,
    after: null,
    reason,
    needs: [],
  });
  const refuseCluster = (reason: string, before: ManagedClusterState | null = null): Draft => ({
    ...mcBase,
    action: 'refuse',
    before,
    after: null,
    reason,
    needs: [],
  });
  const refuseExtension = (reason: string, before: KubernetesExtensionValues | null = null): Draft => ({
    ...extBase,
    action: 'refuse',
    before,
    after: null,
    reason,
    needs: [],
  });

  // The compute first: a compute under the spec's name that cannot become this cluster's stops everything.
  const liveCompute = live.computes[resolved.name];
  if (isUnreadable(liveCompute)) return [refuseCompute(unreadableReason(`compute ${resolved.name}`, liveCompute))];
  const compute = readable(liveCompute);
  if (compute !== undefined) {
    const why = computeRefusal(resolved, compute, clusterId);
    if (why !== undefined) return [refuseCompute(why, computeBefore(compute))];
  }

  // 1. The managed cluster.
  const liveMc = live.managedClusters[clusterId.toLowerCase()];
  if (isUnreadable(liveMc)) return [refuseCluster(unreadableReason(`the managed cluster ${clusterId}`, liveMc))];
  const mc = readable(liveMc);
  if (resolved.mode === 'attach' && mc === undefined)
    return [
      refuseCluster(
        `the cluster to attach (${clusterId}) does not exist; amlnet creates clusters only in mode: create`,
      ),
    ];
  if (mc !== undefined) {
    const immutable = immutableDifferences(resolved, wantSubnetId, mc);
    if (immutable.length > 0)
      return [refuseCluster(`would need a new cluster: ${immutable.join('; ')}`, managedClusterBefore(mc))];
    if (resolved.mode === 'attach' && provisioningFailed(mc.provisioningState))
      return [
        refuseCluster(
          `the cluster to attach, ${mc.name}, is in provisioning state ${mc.provisioningState ?? 'Failed'}; repair it first ` +
            `(az aks update retries its last operation), then run amlnet again`,
          managedClusterBefore(mc),
        ),
      ];
  }
  const c = effectiveCluster(resolved, mc);
  const clusterNeeds = [...subnetNeeds, ...inputs.securityNeeds];
  let clusterWritten = false;
  if (mc === undefined) {
    clusterWritten = true;
    out.push({
      ...mcBase,
      action: 'create',
      before: null,
      after: kubernetesManagedClusterBody(c, wantSubnetId),
      reason: `cluster ${c.clusterName} does not exist: created in ${c.subnet} with a system-assigned identity`,
      needs: clusterNeeds,
    });
  } else if (provisioningFailed(mc.provisioningState) || settling(mc.provisioningState)) {
    // Failed (amlnet's own cluster, from an earlier apply): PUT again with the same body, never deleted.
    // Still Creating/Updating (an interrupted apply, an upgrade): the apply waits for it and writes nothing (the
    // managed-cluster applier never writes a cluster that exists and has not failed).
    clusterWritten = true;
    out.push({
      ...mcBase,
      action: 'update',
      before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
      after: kubernetesManagedClusterBody(c, wantSubnetId),
      reason: provisioningFailed(mc.provisioningState)
        ? `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`
        : `the managed cluster is still ${mc.provisioningState ?? 'in progress'}; the apply waits for it`,
      needs: clusterNeeds,
    });
  } else {
    const before = managedClusterBefore(mc);
    out.push({
      ...mcBase,
      action: 'no-op',
      before,
      after: before,
      reason: c.mode === 'attach' ? 'the cluster to attach exists (amlnet never writes it)' : 'exists',
      needs: [],
    });
  }

  // 2. Network Contributor for the cluster identity (a service-principal cluster is refused by LIVE-K8S-CLUSTER-IDENTITY).
  const scope = networkContributorScopeId(sub, net, c);
  if (mc?.usesServicePrincipal !== true) {
    const known = !clusterWritten && mc?.principalId ? mc.principalId : null;
    const assignments = known !== null ? live.roleAssignments[known] : undefined;
    const existing =
      assignments !== undefined && !isUnreadable(assignments)
        ? assignments.find((a) => a.roleDefinitionGuid === NETWORK_CONTRIBUTOR_ROLE_GUID && scopeCovers(a.scope, scope))
        : undefined;
    const roleBase = {
      kind: 'role' as const,
      address: addr.networkContributor,
      resourceType: 'Microsoft.Authorization/roleAssignments' as const,
      step: 'role' as const,
    };
    const common = { roleDefinitionId: roleDefinitionId(sub), principalType: 'ServicePrincipal' as const };
    if (existing !== undefined) {
      const before: RoleValues = { ...common, scope: existing.scope, principalId: existing.principalId };
      out.push({
        ...roleBase,
        resourceId: existing.id,
        action: 'no-op',
        before,
        after: before,
        reason: `Network Contributor already held at ${existing.scope}`,
        needs: [],
      });
    } else {
      const name = known !== null ? roleAssignmentName(scope, NETWORK_CONTRIBUTOR_ROLE_GUID, known) : KNOWN_AFTER_APPLY;
      // Where the apply reads the identity from when the plan could not know it.
      const after: RoleValues =
        known !== null
          ? { ...common, scope, principalId: known }
          : { ...common, scope, principalId: KNOWN_AFTER_APPLY, managedClusterId: clusterId };
      out.push({
        ...roleBase,
        resourceId: roleAssignmentId(scope, name),
        action: 'create',
        before: null,
        after,
        reason: `the cluster identity needs Network Contributor on ${c.networkContributorScope === 'subnet' ? 'the subnet' : 'the VNet resource group'}`,
        needs: [addr.managedCluster],
      });
    }
  }

  // 3. The AzureML extension.
  const liveExt = live.kubernetesExtensions?.[extId.toLowerCase()];
  if (isUnreadable(liveExt)) {
    out.push(refuseExtension(unreadableReason(`extension ${c.extensionName}`, liveExt)));
    return out;
  }
  const ext = readable(liveExt);
  const desired = extensionSettings(c, clusterId);
  const extAfter: KubernetesExtensionValues = {
    extensionType: AZUREML_EXTENSION_TYPE,
    releaseNamespace: AZUREML_RELEASE_NAMESPACE,
    configurationSettings: desired,
  };
  const extNeeds = [addr.managedCluster, addr.networkContributor, ...subnetNeeds];
  if (ext === undefined) {
    out.push({
      ...extBase,
      action: 'create',
      before: null,
      after: extAfter,
      reason: `install ${AZUREML_EXTENSION_TYPE} as ${c.extensionName} (inference router: ${c.inferenceRouter})`,
      needs: extNeeds,
    });
  } else {
    const conflict = extensionConflict(ext);
    if (conflict !== undefined) {
      out.push(
        refuseExtension(
          `an extension named ${c.extensionName} exists on ${c.clusterName} and ${conflict}; amlnet never overwrites or removes ` +
            'another extension: name the AzureML extension differently (extensionName)',
          extensionBefore(ext),
        ),
      );
      return out;
    }
    const keys = Object.keys(extensionSettingsDiff(ext.settings, desired));
    if (provisioningFailed(ext.provisioningState)) {
      out.push({
        ...extBase,
        action: 'update',
        before: { ...extensionBefore(ext), provisioningState: ext.provisioningState },
        after: extAfter,
        reason: `the extension is in state ${ext.provisioningState ?? 'Failed'}; amlnet PUTs its settings again`,
        needs: extNeeds,
      });
    } else if (keys.length > 0 || settling(ext.provisioningState)) {
      out.push({
        ...extBase,
        action: 'update',
        before: extensionBefore(ext),
        after: extAfter,
        reason:
          keys.length > 0
            ? `settings differ: ${keys.join(', ')} (settings amlnet does not manage are kept)`
            : `the extension is still ${ext.provisioningState ?? 'in progress'}; the apply waits for it`,
        needs: extNeeds,
      });
    } else {
      const before = extensionBefore(ext);
      out.push({ ...extBase, action: 'no-op', before, after: before, reason: 'installed, settings match', needs: [] });
    }
  }

  // 4. The Kubernetes compute (after the extension: attaching a cluster without it fails).
  const location = inputs.location;
  const computeAfter: KubernetesComputeBody = {
    computeType: 'Kubernetes',
    resourceId: clusterId,
    namespace: c.namespace,
    location,
  };
  if (compute === undefined) {
    out.push({
      ...computeBase,
      action: 'create',
      before: null,
      after: computeAfter,
      reason: `attach ${c.clusterName} as a Kubernetes compute in namespace ${c.namespace}`,
      needs: [addr.extension],
    });
  } else if (provisioningFailed(compute.provisioningState)) {
    out.push({
      ...computeBase,
      action: 'update',
      before: computeBefore(compute),
      after: computeAfter,
      reason: `compute ${c.name} is in state ${compute.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
      needs: [addr.extension],
    });
  } else if ((compute.namespace ?? 'default') !== c.namespace) {
    out.push({
      ...computeBase,
      action: 'update',
      before: computeBefore(compute),
      after: computeAfter,
      reason: `namespace ${compute.namespace ?? 'default'} -> ${c.namespace}`,
      needs: [addr.extension],
    });
  } else {
    const before: KubernetesComputeState = {
      computeType: 'Kubernetes',
      resourceId: compute.resourceId,
      namespace: c.namespace,
      location,
    };
    out.push({ ...computeBase, action: 'no-op', before, after: before, reason: 'attached', needs: [] });
  }
  return out;
}

/** Every v2 change of the spec (none without kubernetesClusters). */
export function diffKubernetes(clusters: ResolvedKubernetesCluster[], inputs: KubernetesInputs): Draft[] {
  return clusters.flatMap((c) => diffKubernetesCluster(c, inputs));
}
