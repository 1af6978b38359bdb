// The Azure ML v2 diff (kubernetesClusters): per cluster, in order, the managed cluster in its subnet (create mode;
// attach never writes it) -> Network Contributor for its identity -> the AzureML extension with the settings of
// kubernetes-extension.ts (merged into the extension's own at apply) -> the compute, computeType Kubernetes.
// Pure. Each change is idempotent and never destructive: what would need a delete, a replace or a detach is a
// refusal with the reason. The steps follow https://learn.microsoft.com/en-us/azure/machine-learning/how-to-secure-inferencing-vnet?view=azureml-api-2
// (secure the cluster, deploy the extension, attach the cluster).
import type { Spec } from '../spec/types.js';
import { resolveKubernetesClusters, type ResolvedKubernetesCluster, type ResolvedNetwork } from '../spec/defaults.js';
import type { LiveCompute, LiveKubernetesExtension, LiveManagedCluster, LiveState, Unreadable } from '../live/types.js';
import { isUnreadable, readable } from '../live/types.js';
import { computeId, kubernetesClusterId, kubernetesExtensionId, sameId, subnetId } from '../live/ids.js';
import {
  NETWORK_CONTRIBUTOR_ROLE_GUID,
  networkContributorScopeId,
  roleAssignmentId,
  roleAssignmentName,
  roleDefinitionId,
  scopeCovers,
} from './roles.js';
import { provisioningFailed } from './compute-state.js';
import {
  AZUREML_EXTENSION_TYPE,
  AZUREML_RELEASE_NAMESPACE,
  extensionConflict,
  extensionSettings,
  extensionSettingsDiff,
  MANAGED_EXTENSION_SETTINGS,
} from './kubernetes-extension.js';
import { KNOWN_AFTER_APPLY, type Change, type JsonObject } from './model.js';

/** A v2 change before dependsOn is filled in (diff.ts `finish` keeps the prerequisites that write). */
export type KubernetesDraft = Omit<Change, 'dependsOn'> & { needs: string[] };

/** What the extension change writes: amlnet's managed settings; the applier merges them into the live ones. */
export interface ExtensionAfter {
  extensionType: typeof AZUREML_EXTENSION_TYPE;
  releaseNamespace: typeof AZUREML_RELEASE_NAMESPACE;
  /** The managed settings (MANAGED_EXTENSION_SETTINGS) the spec implies; every other key on Azure survives. */
  configurationSettings: Record<string, string>;
}

/** What the compute change writes. */
export interface KubernetesComputeAfter {
  computeType: 'Kubernetes';
  resourceId: string;
  namespace: string;
  /** The compute resource's location: the workspace's. */
  location: string;
}

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** A provisioning state an operation is still working towards. */
function settling(state: string | null | undefined): boolean {
  const s = lower(state);
  return s !== '' && s !== 'succeeded' && !provisioningFailed(s);
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

function managedClusterBefore(mc: LiveManagedCluster): JsonObject {
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
    apiServerAccessProfile: { enablePrivateCluster: mc.enablePrivateCluster },
  };
}

/** The AKS body amlnet PUTs for a new v2 cluster (the managed-cluster applier reads it: azure/apply/desired.ts). */
export function kubernetesManagedClusterBody(c: ResolvedKubernetesCluster, wantSubnetId: string): JsonObject {
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

function extensionBefore(e: LiveKubernetesExtension): JsonObject {
  return {
    extensionType: e.extensionType,
    releaseNamespace: e.releaseNamespace,
    configurationSettings: managedSettings(e.settings),
  };
}

export function extensionAfterJson(a: ExtensionAfter): JsonObject {
  return { ...a, configurationSettings: { ...a.configurationSettings } };
}

function computeAfterJson(a: KubernetesComputeAfter): JsonObject {
  return { ...a };
}

function computeBefore(c: LiveCompute): JsonObject {
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

function refuse(
  base: Omit<KubernetesDraft, 'action' | 'before' | 'after' | 'reason' | 'needs'>,
  reason: string,
  before: JsonObject | null = null,
): KubernetesDraft {
  return { ...base, action: 'refuse', before, after: null, reason, needs: [] };
}

function unreadableReason(what: string, v: Unreadable): string {
  return `could not read ${what}: ${v.code}`;
}

/** The v2 changes of one cluster, in order. */
function diffKubernetesCluster(
  spec: Spec,
  net: ResolvedNetwork,
  live: LiveState,
  resolved: ResolvedKubernetesCluster,
): KubernetesDraft[] {
  const sub = live.subscriptionId;
  const ws = spec.workspace;
  const address = `kubernetesClusters[${resolved.index}]`;
  const mcAddress = `${address}.managedCluster`;
  const roleAddress = `${address}.networkContributor`;
  const extAddress = `${address}.extension`;
  const clusterId = kubernetesClusterId(sub, resolved);
  const cid = computeId(sub, ws.resourceGroup, ws.name, resolved.name);
  const extId = kubernetesExtensionId(clusterId, resolved.extensionName);
  const wantSubnetId = subnetId(sub, net.resourceGroup, net.name, resolved.subnet);
  const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(resolved.subnet));
  const subnetNeeds =
    subnetIdx >= 0 ? [`network.subnets[${subnetIdx}]`, `network.subnets[${subnetIdx}].securityGroup`] : [];
  const ruleNeeds = ['network.securityGroup', '*security-rule'];
  const out: KubernetesDraft[] = [];

  const mcBase = {
    address: mcAddress,
    resourceType: 'Microsoft.ContainerService/managedClusters' as const,
    resourceId: clusterId,
    step: 'managed-cluster' as const,
  };
  const computeBase = {
    address,
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' as const,
    resourceId: cid,
    step: 'kubernetes-compute' as const,
  };

  // The compute first: a compute under the spec's name that cannot become this cluster's stops everything.
  const liveCompute = live.computes[resolved.name];
  if (isUnreadable(liveCompute))
    return [refuse(computeBase, unreadableReason(`compute ${resolved.name}`, liveCompute))];
  const compute = readable(liveCompute);
  if (compute !== undefined) {
    const why = computeRefusal(resolved, compute, clusterId);
    if (why !== undefined) return [refuse(computeBase, why, computeBefore(compute))];
  }

  // 1. The managed cluster.
  const liveMc = live.managedClusters[clusterId.toLowerCase()];
  if (isUnreadable(liveMc)) return [refuse(mcBase, unreadableReason(`the managed cluster ${clusterId}`, liveMc))];
  const mc = readable(liveMc);
  if (resolved.mode === 'attach' && mc === undefined)
    return [
      refuse(
        mcBase,
        `the cluster to attach (${clusterId}) does not exist; amlnet creates clusters only in mode: create`,
      ),
    ];
  if (mc !== undefined) {
    const immutable = immutableDifferences(resolved, wantSubnetId, mc);
    if (immutable.length > 0)
      return [refuse(mcBase, `would need a new cluster: ${immutable.join('; ')}`, managedClusterBefore(mc))];
    if (resolved.mode === 'attach' && provisioningFailed(mc.provisioningState))
      return [
        refuse(
          mcBase,
          `the cluster to attach, ${mc.name}, is in provisioning state ${mc.provisioningState ?? 'Failed'}; repair it first ` +
            `(az aks update retries its last operation), then run amlnet again`,
          managedClusterBefore(mc),
        ),
      ];
  }
  const c = effectiveCluster(resolved, mc);
  let clusterWritten = false;
  if (mc === undefined) {
    clusterWritten = true;
    out.push({
      ...mcBase,
      action: 'create',
      before: null,
      after: kubernetesManagedClusterBody(c, wantSubnetId),
      reason: `cluster ${c.clusterName} does not exist: created in ${c.subnet} with a system-assigned identity`,
      needs: [...subnetNeeds, ...ruleNeeds],
    });
  } else if (provisioningFailed(mc.provisioningState)) {
    // amlnet's own cluster, left Failed by an earlier apply: PUT again with the same body (never deleted).
    clusterWritten = true;
    out.push({
      ...mcBase,
      action: 'update',
      before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
      after: kubernetesManagedClusterBody(c, wantSubnetId),
      reason: `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
      needs: [...subnetNeeds, ...ruleNeeds],
    });
  } else if (settling(mc.provisioningState)) {
    // Another operation (an interrupted apply's create, an upgrade) still runs on it: the apply waits for it and
    // writes nothing (the managed-cluster applier never writes a cluster that exists and has not failed).
    clusterWritten = true;
    out.push({
      ...mcBase,
      action: 'update',
      before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
      after: kubernetesManagedClusterBody(c, wantSubnetId),
      reason: `the managed cluster is still ${mc.provisioningState ?? 'in progress'}; the apply waits for it`,
      needs: [...subnetNeeds, ...ruleNeeds],
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
      address: roleAddress,
      resourceType: 'Microsoft.Authorization/roleAssignments' as const,
      step: 'role' as const,
    };
    if (existing !== undefined) {
      const before: JsonObject = {
        scope: existing.scope,
        roleDefinitionId: roleDefinitionId(sub),
        principalId: existing.principalId,
        principalType: 'ServicePrincipal',
      };
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
      out.push({
        ...roleBase,
        resourceId: roleAssignmentId(scope, name),
        action: 'create',
        before: null,
        after: {
          scope,
          roleDefinitionId: roleDefinitionId(sub),
          principalId: known ?? KNOWN_AFTER_APPLY,
          principalType: 'ServicePrincipal',
          // Where the apply reads the identity from when the plan could not know it.
          ...(known === null ? { managedClusterId: clusterId } : {}),
        },
        reason: `the cluster identity needs Network Contributor on ${c.networkContributorScope === 'subnet' ? 'the subnet' : 'the VNet resource group'}`,
        needs: [mcAddress],
      });
    }
  }

  // 3. The AzureML extension.
  const extBase = {
    address: extAddress,
    resourceType: 'Microsoft.KubernetesConfiguration/extensions' as const,
    resourceId: extId,
    step: 'kubernetes-extension' as const,
  };
  const liveExt = live.kubernetesExtensions?.[extId.toLowerCase()];
  if (isUnreadable(liveExt)) {
    out.push(refuse(extBase, unreadableReason(`extension ${c.extensionName}`, liveExt)));
    return out;
  }
  const ext = readable(liveExt);
  const desired = extensionSettings(c, clusterId);
  const extAfter = extensionAfterJson({
    extensionType: AZUREML_EXTENSION_TYPE,
    releaseNamespace: AZUREML_RELEASE_NAMESPACE,
    configurationSettings: desired,
  });
  const extNeeds = [mcAddress, roleAddress, ...subnetNeeds];
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
        refuse(
          extBase,
          `an extension named ${c.extensionName} exists on ${c.clusterName} and ${conflict}; amlnet never overwrites or removes ` +
            'another extension: name the AzureML extension differently (extensionName)',
          extensionBefore(ext),
        ),
      );
      return out;
    }
    const changed = extensionSettingsDiff(ext.settings, desired);
    const keys = Object.keys(changed);
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
  const location = readable(live.workspace)?.location || spec.location;
  const computeAfter = computeAfterJson({
    computeType: 'Kubernetes',
    resourceId: clusterId,
    namespace: c.namespace,
    location,
  });
  if (compute === undefined) {
    out.push({
      ...computeBase,
      action: 'create',
      before: null,
      after: computeAfter,
      reason: `attach ${c.clusterName} as a Kubernetes compute in namespace ${c.namespace}`,
      needs: [extAddress],
    });
  } else if (provisioningFailed(compute.provisioningState)) {
    out.push({
      ...computeBase,
      action: 'update',
      before: computeBefore(compute),
      after: computeAfter,
      reason: `compute ${c.name} is in state ${compute.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
      needs: [extAddress],
    });
  } else if ((compute.namespace ?? 'default') !== c.namespace) {
    out.push({
      ...computeBase,
      action: 'update',
      before: computeBefore(compute),
      after: computeAfter,
      reason: `namespace ${compute.namespace ?? 'default'} -> ${c.namespace}`,
      needs: [extAddress],
    });
  } else {
    const before = { computeType: 'Kubernetes', resourceId: compute.resourceId, namespace: c.namespace, location };
    out.push({ ...computeBase, action: 'no-op', before, after: before, reason: 'attached', needs: [] });
  }
  return out;
}

/** Every v2 change of the spec (none without kubernetesClusters). */
export function diffKubernetes(spec: Spec, net: ResolvedNetwork, live: LiveState): KubernetesDraft[] {
  return resolveKubernetesClusters(spec).flatMap((c) => diffKubernetesCluster(spec, net, live, c));
}
