// Role assignment identity: the Network Contributor role for a cluster identity at the scope the spec
// asks for, under a deterministic name (UUID v5 of scope + role + principal) so that a re-run writes the
// same assignment instead of a duplicate.
import { v5 as uuidv5 } from 'uuid';
import type { ResolvedCluster, ResolvedNetwork } from '../spec/defaults.js';
import { rgId, subnetId } from '../live/ids.js';

/** Built-in Network Contributor (https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/networking#network-contributor). */
export const NETWORK_CONTRIBUTOR_ROLE_GUID = '4d97b98b-1d4f-4787-a291-c67834d212e7';
/** Namespace of amlnet's deterministic names (a fixed random UUID; changing it renames every assignment). */
export const AMLNET_UUID_NAMESPACE = '5b0f4c55-8f6e-4b1a-9d43-2c3e7a4f9b61';

export function roleDefinitionId(subscriptionId: string, roleGuid: string = NETWORK_CONTRIBUTOR_ROLE_GUID): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}

/** The scope of the Network Contributor assignment: the VNet's resource group (the docs) or the cluster subnet. */
export function networkContributorScopeId(
  subscriptionId: string,
  net: Pick<ResolvedNetwork, 'resourceGroup' | 'name'>,
  cluster: Pick<ResolvedCluster, 'networkContributorScope' | 'subnet'>,
): string {
  return cluster.networkContributorScope === 'subnet'
    ? subnetId(subscriptionId, net.resourceGroup, net.name, cluster.subnet)
    : rgId(subscriptionId, net.resourceGroup);
}

/** Deterministic role assignment name; ids are compared case-insensitively, so the input is lower-cased. */
export function roleAssignmentName(scope: string, roleGuid: string, principalId: string): string {
  return uuidv5(`${scope.toLowerCase()}|${roleGuid.toLowerCase()}|${principalId.toLowerCase()}`, AMLNET_UUID_NAMESPACE);
}

export function roleAssignmentId(scope: string, name: string): string {
  return `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
}

/** True when an assignment at `assignedScope` covers `targetScope` (same or an ancestor). */
export function scopeCovers(assignedScope: string, targetScope: string): boolean {
  const a = assignedScope.toLowerCase().replace(/\/+$/, '');
  const t = targetScope.toLowerCase().replace(/\/+$/, '');
  return t === a || t.startsWith(a + '/');
}
