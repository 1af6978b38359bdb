// Network Contributor for a cluster identity. The principal is the cluster's managed identity
// (servicePrincipalProfile.clientId "msi") or its service principal's object id; a principal the plan
// could not know (KNOWN_AFTER_APPLY, a cluster created by this apply) is read from the live cluster now.
// The assignment's name is deterministic (UUID v5 of scope + role + principal, src/plan/roles.ts) so a
// re-run PUTs the same name; an equal assignment under another name (409 RoleAssignmentExists) is success.
// principalType ServicePrincipal avoids PrincipalNotFound right after a new identity is created.
// Runs before the load-balancer switch (STEP_ORDER), which fails on Azure without this role.
import type { ManagedCluster } from '@azure/arm-containerservice';
import { ApplyFailure, codeOf, statusOf } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { roleAssignmentName, scopeCovers } from '../../plan/roles.js';
import { parseResourceId } from '../../live/ids.js';
import { desiredRole, planBug, type Write } from './desired.js';
import {
  failedComputeError,
  getOrUndefined,
  hasFailed,
  waitUntilSettled,
  withPermissionAdvice,
  type ApplierDeps,
} from './common.js';
import type { ComputeResource } from '@azure/arm-machinelearning';
import { clusterPrincipal } from './managed-cluster.js';

/** PrincipalNotFound retries (directory replication of a brand-new identity). */
const PRINCIPAL_NOT_FOUND_ROUNDS = 5;

function lastSegment(id: string): string {
  return (
    id
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? ''
  );
}

async function resolvePrincipal(change: Write<'role'>, ctx: ApplyContext, deps: ApplierDeps): Promise<string> {
  const d = desiredRole(change);
  if (d.principalId !== undefined) return d.principalId;
  let managedClusterId: string | undefined;
  let computeId = d.computeId;
  for (const dep of change.dependsOn) {
    const out = ctx.outputsOf(dep);
    if (typeof out?.principalId === 'string') return out.principalId;
    if (managedClusterId === undefined && typeof out?.managedClusterId === 'string')
      managedClusterId = out.managedClusterId;
    if (computeId === undefined && typeof out?.computeId === 'string') computeId = out.computeId;
  }
  if (managedClusterId === undefined && computeId !== undefined) {
    const p = parseResourceId(computeId);
    if (p === undefined || p.segments.length < 4) throw planBug(change, `a valid compute id ('${computeId}')`);
    const ml = await deps.clients.machineLearning();
    const get = (): Promise<ComputeResource | undefined> =>
      getOrUndefined(() =>
        ml.computeOperations.get(p.resourceGroup, p.segments[1], p.segments[3], { abortSignal: ctx.signal }),
      );
    // A compute still Creating (an earlier run's, or this run's whose poll was cut off) has no cluster yet: wait.
    const compute = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
    if (compute === undefined) throw planBug(change, `the compute ${computeId} to exist`);
    if (hasFailed(compute)) throw failedComputeError(p.segments[3], p.segments[1], compute);
    managedClusterId = compute.properties?.resourceId;
  }
  if (managedClusterId === undefined) throw planBug(change, 'which cluster identity gets the role');
  const mc = parseResourceId(managedClusterId);
  if (mc === undefined) throw planBug(change, `a valid cluster id ('${managedClusterId}')`);
  const aks = await deps.clients.containerService();
  const cluster: ManagedCluster = await aks.managedClusters.get(mc.resourceGroup, mc.name, { abortSignal: ctx.signal });
  const principal = clusterPrincipal(cluster);
  if (principal.principalId !== undefined) return principal.principalId;
  if (principal.servicePrincipalClientId !== undefined) {
    const objectId = await deps.resolveServicePrincipal?.(principal.servicePrincipalClientId, ctx.signal);
    if (objectId !== undefined) return objectId;
    throw new ApplyFailure({
      code: 'ServicePrincipalUnresolved',
      message: `cluster ${mc.name} uses the service principal ${principal.servicePrincipalClientId}, whose object id amlnet cannot look up`,
      advice:
        `assign Network Contributor to it yourself: az role assignment create --assignee ${principal.servicePrincipalClientId} ` +
        `--role 4d97b98b-1d4f-4787-a291-c67834d212e7 --scope ${d.scope}; or give the cluster a managed identity`,
    });
  }
  throw new ApplyFailure({
    code: 'ClusterIdentityMissing',
    message: `cluster ${mc.name} has neither a managed identity principal nor a service principal`,
    advice: 'enable a system-assigned managed identity on the cluster and run the apply again',
  });
}

export function roleApplier(deps: ApplierDeps): Applier<Write<'role'>> {
  return {
    async apply(change: Write<'role'>, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredRole(change);
      const principalId = await resolvePrincipal(change, ctx, deps);
      const name = roleAssignmentName(d.scope, d.roleGuid, principalId);
      const subscription = /^\/subscriptions\/([^/]+)/i.exec(d.scope)?.[1] ?? deps.clients.subscriptionId;
      const roleDefinitionId = `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${d.roleGuid}`;
      const outputs = {
        principalId,
        roleAssignmentId: `${d.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      };
      const auth = await deps.clients.authorization();

      const byName = await getOrUndefined(() => auth.roleAssignments.get(d.scope, name, { abortSignal: ctx.signal }));
      if (byName !== undefined) return { detail: `already assigned to ${principalId}`, outputs };
      // The same role for the same principal under another name (made by hand or by the portal) also counts.
      for await (const ra of auth.roleAssignments.listForScope(d.scope, {
        filter: `principalId eq '${principalId}'`,
        abortSignal: ctx.signal,
      })) {
        if (
          lastSegment(ra.roleDefinitionId ?? '').toLowerCase() === d.roleGuid.toLowerCase() &&
          scopeCovers(ra.scope ?? '', d.scope)
        ) {
          return { detail: `already assigned to ${principalId} (as ${ra.name ?? 'another assignment'})`, outputs };
        }
      }

      for (let round = 1; ; round++) {
        try {
          await withPermissionAdvice(
            'Owner, User Access Administrator or Role Based Access Control Administrator (Microsoft.Authorization/roleAssignments/write)',
            d.scope,
            async () => {
              ctx.countWrite();
              await auth.roleAssignments.create(
                d.scope,
                name,
                { roleDefinitionId, principalId, principalType: 'ServicePrincipal' },
                { abortSignal: ctx.signal },
              );
            },
          );
          return { detail: `assigned Network Contributor to ${principalId}`, outputs };
        } catch (err) {
          if (statusOf(err) === 409 && codeOf(err) === 'RoleAssignmentExists') {
            return { detail: `already assigned to ${principalId} (RoleAssignmentExists)`, outputs };
          }
          if (codeOf(err) === 'PrincipalNotFound' && round < PRINCIPAL_NOT_FOUND_ROUNDS) {
            ctx.log(`principal ${principalId} not replicated yet; waiting`);
            await ctx.sleep(deps.pollIntervalMs * round);
            continue;
          }
          throw err;
        }
      }
    },
  };
}
