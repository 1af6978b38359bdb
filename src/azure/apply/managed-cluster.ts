// Managed cluster applier, for PRIVATE clusters only (AML cannot create those itself): creates the AKS
// cluster with a private API server, its agent pool in the spec's subnet and a system-assigned identity;
// the compute step then attaches it to the workspace by resource id. An existing cluster is never
// written (no replace, no shrink); one in state Failed is PUT again with the same body.
//
// No dockerBridgeCidr here: the AKS API dropped it in 2023-04-01 and the SDK sends 2026-06-01
// (https://github.com/Azure/AKS/issues/3534). AML keeps it in aksNetworkingConfiguration for clusters IT creates.
import type { ManagedCluster } from '@azure/arm-containerservice';
import type { JsonObject } from '../../plan/model.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredManagedCluster, type DesiredManagedCluster, type Write } from './desired.js';
import { getOrUndefined, hasFailed, waitUntilSettled, withPermissionAdvice, type ApplierDeps } from './common.js';

/** Pure: the PUT body of a new private cluster. */
export function managedClusterBody(d: DesiredManagedCluster): ManagedCluster {
  const networkProfile: NonNullable<ManagedCluster['networkProfile']> = {
    networkPlugin: d.networkPlugin,
    loadBalancerSku: 'standard',
  };
  if (d.networkPluginMode !== null) networkProfile.networkPluginMode = d.networkPluginMode;
  if (d.podCidr !== null) networkProfile.podCidr = d.podCidr;
  if (d.serviceCidr !== null) networkProfile.serviceCidr = d.serviceCidr;
  if (d.dnsServiceIP !== null) networkProfile.dnsServiceIP = d.dnsServiceIP;
  return {
    location: d.location,
    identity: { type: 'SystemAssigned' },
    dnsPrefix: d.dnsPrefix,
    agentPoolProfiles: [
      {
        name: 'agentpool',
        mode: 'System',
        osType: 'Linux',
        type: 'VirtualMachineScaleSets',
        count: d.agentCount,
        vmSize: d.vmSize,
        maxPods: d.maxPods,
        vnetSubnetID: d.subnetId,
        ...(d.maxSurge !== null ? { upgradeSettings: { maxSurge: d.maxSurge } } : {}),
      },
    ],
    networkProfile,
    apiServerAccessProfile: {
      enablePrivateCluster: d.enablePrivateCluster,
      enablePrivateClusterPublicFqdn: d.enablePrivateClusterPublicFqdn,
    },
  };
}

/** The identity that needs Network Contributor, as later steps want it. */
export function clusterOutputs(live: ManagedCluster): JsonObject {
  const out: JsonObject = {};
  if (live.id) out.managedClusterId = live.id;
  const principal = clusterPrincipal(live);
  if (principal.principalId !== undefined) out.principalId = principal.principalId;
  if (principal.servicePrincipalClientId !== undefined)
    out.servicePrincipalClientId = principal.servicePrincipalClientId;
  return out;
}

/**
 * Whose identity the cluster uses: with servicePrincipalProfile.clientId "msi" (any case) or no
 * service principal, the managed identity (system-assigned, else the one user-assigned); otherwise
 * the service principal, whose OBJECT id still has to be looked up from its client id.
 */
export function clusterPrincipal(live: ManagedCluster): { principalId?: string; servicePrincipalClientId?: string } {
  const clientId = live.servicePrincipalProfile?.clientId;
  if (clientId !== undefined && clientId !== '' && clientId.toLowerCase() !== 'msi')
    return { servicePrincipalClientId: clientId };
  const system = live.identity?.principalId;
  if (system) return { principalId: system };
  const users = Object.values(live.identity?.userAssignedIdentities ?? {});
  const user = users.length === 1 ? users[0].principalId : undefined;
  return user ? { principalId: user } : {};
}

export function managedClusterApplier(deps: ApplierDeps): Applier<Write<'managed-cluster'>> {
  return {
    async apply(change: Write<'managed-cluster'>, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredManagedCluster(change);
      const aks = await deps.clients.containerService();
      const get = (): Promise<ManagedCluster | undefined> =>
        getOrUndefined(() => aks.managedClusters.get(d.resourceGroup, d.name, { abortSignal: ctx.signal }));
      const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
      if (live !== undefined && !hasFailed(live)) {
        return { detail: 'already exists (left as it is)', outputs: clusterOutputs(live) };
      }
      const created = await withPermissionAdvice(
        'Contributor (Microsoft.ContainerService/managedClusters/write) and Network Contributor on the subnet (subnets/join/action)',
        `resource group ${d.resourceGroup}`,
        async () => {
          ctx.countWrite();
          const poller = aks.managedClusters.createOrUpdate(d.resourceGroup, d.name, managedClusterBody(d), {
            updateIntervalInMs: deps.pollIntervalMs,
            abortSignal: ctx.signal,
          });
          await poller.submitted();
          return ctx.whileWaiting(() => poller.pollUntilDone());
        },
      );
      return {
        detail: `created private cluster${live !== undefined ? ' (the previous attempt had failed)' : ''}`,
        outputs: clusterOutputs(created),
      };
    },
  };
}
