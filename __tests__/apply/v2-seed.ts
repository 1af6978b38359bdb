// The Azure ML v2 world a spec presupposes: the existing AKS clusters its `kubernetesClusters` attach entries name,
// shaped as GET managedClusters returns them (managedClusters.json in
// https://github.com/Azure/azure-rest-api-specs/tree/main/specification/containerservice). Used by the v2 emulator
// tests and the crash matrices.
import type { JsonObject } from '../../emulator/types.js';
import type { Spec } from '../../src/spec/types.js';
import { resolveKubernetesClusters } from '../../src/spec/defaults.js';

const EXISTING_PRINCIPAL = '11111111-2222-4333-8444-555555555555';

/** An existing AKS cluster (as GET returns it) in the spec's subnet, for the attach entries. */
export function existingCluster(
  spec: Spec,
  id: string,
  extra: {
    principalId?: string | null;
    servicePrincipal?: string;
    disableLocalAccounts?: boolean;
    nodes?: number;
  } = {},
): JsonObject[] {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/.*\/([^/]+)$/i.exec(id)!;
  const subnet = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.network.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${spec.network.name}/subnets/${spec.kubernetesClusters![0].subnet}`;
  const principal = extra.principalId === undefined ? EXISTING_PRINCIPAL : extra.principalId;
  return [
    {
      id: `/subscriptions/${m[1]}/resourceGroups/${m[2]}`,
      name: m[2],
      type: 'Microsoft.Resources/resourceGroups',
      location: spec.location,
      properties: { provisioningState: 'Succeeded' },
    },
    {
      id,
      name: m[3],
      type: 'Microsoft.ContainerService/managedClusters',
      location: spec.location,
      ...(principal !== null ? { identity: { type: 'SystemAssigned', principalId: principal, tenantId: 't' } } : {}),
      properties: {
        provisioningState: 'Succeeded',
        dnsPrefix: m[3],
        disableLocalAccounts: extra.disableLocalAccounts ?? false,
        servicePrincipalProfile: { clientId: extra.servicePrincipal ?? 'msi' },
        agentPoolProfiles: [
          { name: 'nodepool1', count: extra.nodes ?? 3, vmSize: 'Standard_D4s_v3', vnetSubnetID: subnet },
        ],
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' },
      },
    },
  ];
}

/** The existing clusters a spec's attach entries name (what k8s-attach.yml presupposes). */
export function attachSeed(spec: Spec): JsonObject[] {
  return resolveKubernetesClusters(spec)
    .filter((c) => c.mode === 'attach' && c.resourceId !== null)
    .flatMap((c) => existingCluster(spec, c.resourceId!));
}
