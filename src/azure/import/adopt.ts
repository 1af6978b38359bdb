// What every compute adopter shares: the contract (`ComputeAdopter`: one compute in, an ImportedCluster or why it
// is skipped out), the one-line reason of a failed read, the agent pool in a subnet and the Network Contributor
// assignments of a cluster identity. Reads only.
import type { AzureClients } from '../clients.js';
import type { LiveCompute, LiveRoleAssignment, LiveVnet } from '../../live/types.js';
import { normaliseRoleAssignment } from '../live/normalise.js';
import { sameId } from '../../live/ids.js';
import { toAzureError } from '../errors.js';
import { LoginError } from '../credential.js';
import { NETWORK_CONTRIBUTOR_ROLE_GUID, scopeCovers } from '../../plan/roles.js';
import type { ImportedAgentPool, ImportedCluster, SkippedCompute } from '../../import/source.js';

export interface AdoptContext {
  clients: AzureClients;
  vnet: LiveVnet;
}

export type Adopted = { imported: ImportedCluster } | { skipped: SkippedCompute };

export interface ComputeAdopter {
  adopt(compute: LiveCompute, ctx: AdoptContext): Promise<Adopted>;
}

/** The skipped answer for a compute. */
export function skipped(compute: LiveCompute, reason: string): Adopted {
  return { skipped: { name: compute.name, computeType: compute.computeType, reason } };
}

/** Why a read failed, in one line (never a token: Azure's error code and message). A failed login is rethrown. */
export function failure(err: unknown): string {
  if (err instanceof LoginError) throw err;
  const info = toAzureError(err);
  return `${info.status ?? ''} ${info.code}: ${info.message}`.trim();
}

/** The agent pool of a raw managed cluster whose nodes use `subnetId`, if any. */
export function agentPoolIn(raw: unknown, subnetId: string): ImportedAgentPool | null {
  const pools = (raw as { agentPoolProfiles?: unknown } | null | undefined)?.agentPoolProfiles;
  if (!Array.isArray(pools)) return null;
  const pool = (pools as Record<string, unknown>[]).find(
    (p) => typeof p.vnetSubnetID === 'string' && sameId(p.vnetSubnetID, subnetId),
  );
  if (pool === undefined) return null;
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    name: typeof pool.name === 'string' ? pool.name : '',
    count: num(pool.count),
    vmSize: typeof pool.vmSize === 'string' ? pool.vmSize : null,
    maxPods: num(pool.maxPods),
  };
}

/** The Network Contributor assignments of `principalId` that hold at `subnetId` (at it or above it). */
export async function networkContributorScopes(
  clients: AzureClients,
  principalId: string,
  subnetId: string,
): Promise<LiveRoleAssignment[]> {
  const auth = await clients.authorization();
  const out: LiveRoleAssignment[] = [];
  // Listing at the subnet returns the assignments at it and above it (the resource group, the subscription).
  for await (const ra of auth.roleAssignments.listForScope(subnetId, { filter: `principalId eq '${principalId}'` })) {
    const a = normaliseRoleAssignment(ra);
    if (a.roleDefinitionGuid === NETWORK_CONTRIBUTOR_ROLE_GUID && scopeCovers(a.scope, subnetId)) out.push(a);
  }
  return out;
}
