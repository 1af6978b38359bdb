// Network Contributor for a cluster's identity, at the scope the spec asks (subnet or VNet resource group).
// Not planned when the cluster uses a service principal (its object id is not in ARM) or when an existing
// cluster's identity cannot be read: live rules report both. Pure.
import { isUnreadable } from '../../live/types.js';
import {
  NETWORK_CONTRIBUTOR_ROLE_GUID,
  networkContributorScopeId,
  roleAssignmentId,
  roleAssignmentName,
  roleDefinitionId,
  scopeCovers,
} from '../roles.js';
import { KNOWN_AFTER_APPLY, type RoleValues } from '../model.js';
import type { Draft } from './common.js';
import type { ClusterContext } from './cluster-context.js';
import type { ComputeOutcome } from './compute.js';

const ROLE = { kind: 'role', resourceType: 'Microsoft.Authorization/roleAssignments', step: 'role' } as const;

export function diffRole(ctx: ClusterContext, outcome: ComputeOutcome): Draft[] {
  const { c, sub, live } = ctx;
  const { principal } = outcome;
  if (ctx.mc?.usesServicePrincipal === true) return [];
  if (principal === null && !outcome.newCompute) return [];
  const scope = networkContributorScopeId(sub, ctx.net, c);
  const address = ctx.addresses.networkContributor;
  const known = principal !== null && principal !== KNOWN_AFTER_APPLY ? principal : null;
  const common = { scope, roleDefinitionId: roleDefinitionId(sub), principalType: 'ServicePrincipal' as const };
  const assignments = known !== null ? live.roleAssignments[known] : undefined;
  const existing =
    assignments !== undefined && !isUnreadable(assignments)
      ? assignments.find((a) => a.roleDefinitionGuid === NETWORK_CONTRIBUTOR_ROLE_GUID && scopeCovers(a.scope, scope))
      : undefined;
  if (existing !== undefined) {
    const before: RoleValues = { ...common, scope: existing.scope, principalId: existing.principalId };
    return [
      {
        ...ROLE,
        address,
        resourceId: existing.id,
        action: 'no-op',
        before,
        after: before,
        reason: `Network Contributor already held at ${existing.scope}`,
        needs: [],
      },
    ];
  }
  // Where the apply reads the identity from when the plan could not know it.
  const after: RoleValues =
    known !== null
      ? { ...common, principalId: known }
      : { ...common, principalId: KNOWN_AFTER_APPLY, computeId: ctx.computeId };
  const name = known !== null ? roleAssignmentName(scope, NETWORK_CONTRIBUTOR_ROLE_GUID, known) : KNOWN_AFTER_APPLY;
  return [
    {
      ...ROLE,
      address,
      resourceId: roleAssignmentId(scope, name),
      action: 'create',
      before: null,
      after,
      reason: `the cluster identity needs Network Contributor on ${c.networkContributorScope === 'subnet' ? 'the subnet' : 'the VNet resource group'}`,
      needs: [ctx.addresses.compute, ctx.addresses.managedCluster],
    },
  ];
}
