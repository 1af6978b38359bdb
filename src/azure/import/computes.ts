// How each compute type of the workspace is adopted: one `ComputeAdopter` per computeType. An adopter reads what
// the spec needs about one compute (its cluster, the subnet its nodes use, the identity's Network Contributor
// assignments) and answers an ImportedCluster, or why the compute is not imported. Only reads: Reader is enough.
//
// v1 `AKS` computes are adopted here. A v2 `Kubernetes` compute (an Arc/AKS cluster with the AzureML extension)
// gets an adopter of its own in this record, reading the extension's settings, with its member in ImportedCluster.
import type { AzureClients } from '../clients.js';
import type { LiveCompute, LiveRoleAssignment, LiveVnet } from '../../live/types.js';
import { normaliseManagedCluster, normaliseRoleAssignment } from '../live/normalise.js';
import { parseResourceId, sameId } from '../../live/ids.js';
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

/** Why a read failed, in one line (never a token: Azure's error code and message). */
function failure(err: unknown): string {
  if (err instanceof LoginError) throw err;
  const info = toAzureError(err);
  return `${info.status ?? ''} ${info.code}: ${info.message}`.trim();
}

function agentPoolIn(raw: unknown, subnetId: string): ImportedAgentPool | null {
  const pools = (raw as { agentPoolProfiles?: unknown }).agentPoolProfiles;
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

async function networkContributorScopes(
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

/** A v1 AKS compute (AML SDK v1 `AksCompute`, created or attached). */
export const aksAdopter: ComputeAdopter = {
  async adopt(compute, { clients, vnet }) {
    const skip = (reason: string): Adopted => ({
      skipped: { name: compute.name, computeType: compute.computeType, reason },
    });
    const inVnet = (id: string | null | undefined): boolean =>
      typeof id === 'string' && vnet.subnets.some((s) => sameId(s.id, id));
    const cfgSubnet = compute.aksNetworkingConfiguration?.subnetId ?? null;
    if (compute.resourceId === null) {
      if (!inVnet(cfgSubnet)) return skip('it names no managed cluster in this virtual network');
    }
    let mc = null;
    let raw: unknown;
    let problem: string | undefined;
    if (compute.resourceId !== null) {
      const p = parseResourceId(compute.resourceId);
      if (p === undefined || p.segments.length !== 2) {
        problem = `its resourceId ${compute.resourceId} is not a managed cluster id`;
      } else {
        try {
          const cs = await clients.containerService();
          raw = await cs.managedClusters.get(p.resourceGroup, p.name);
          mc = normaliseManagedCluster(raw);
        } catch (err) {
          problem = `its managed cluster could not be read (${failure(err)})`;
        }
      }
    }
    const subnetId = cfgSubnet ?? mc?.subnetIds[0] ?? null;
    if (!inVnet(subnetId)) {
      return skip(
        subnetId === null
          ? (problem ?? 'its nodes use no subnet Azure reports (a cluster without a custom VNet)')
          : `its nodes are in ${subnetId}, outside this virtual network`,
      );
    }
    const subnet = vnet.subnets.find((s) => sameId(s.id, subnetId))!;
    let scopes: string[] = [];
    if (mc?.principalId) {
      try {
        scopes = (await networkContributorScopes(clients, mc.principalId, subnet.id)).map((a) => a.scope);
      } catch (err) {
        problem = `the role assignments of its identity could not be read (${failure(err)})`;
      }
    }
    return {
      imported: {
        kind: 'aks',
        compute,
        managedCluster: mc,
        agentPool: raw === undefined ? null : agentPoolIn(raw, subnet.id),
        subnet,
        networkContributorScopes: scopes,
        ...(problem !== undefined ? { problem } : {}),
      },
    };
  },
};

/** The adopter of each compute type amlnet imports, by computeType as Azure ML reports it. */
export const ADOPTERS: Readonly<Record<string, ComputeAdopter>> = {
  AKS: aksAdopter,
};

/** The compute types where the nodes may sit in a customer VNet, that a future amlnet may adopt (reported when skipped). */
export const KNOWN_CLUSTER_TYPES = ['AKS', 'Kubernetes'] as const;
