// How each compute type of the workspace is adopted: one `ComputeAdopter` per computeType. An adopter reads what
// the spec needs about one compute (its cluster, the subnet its nodes use, the identity's Network Contributor
// assignments) and answers an ImportedCluster, or why the compute is not imported. Only reads: Reader is enough.
//
// v1 `AKS` computes are adopted here; v2 `Kubernetes` computes (an AKS cluster with the AzureML extension) by
// `kubernetesAdopter` (kubernetes.ts), which also reads the extension's settings. The contract and the shared
// reads are in adopt.ts.
import { normaliseManagedCluster } from '../live/normalise.js';
import { parseResourceId, sameId } from '../../live/ids.js';
import { agentPoolIn, failure, networkContributorScopes, skipped, type Adopted, type ComputeAdopter } from './adopt.js';
import { kubernetesAdopter } from './kubernetes.js';

export type { AdoptContext, Adopted, ComputeAdopter } from './adopt.js';
export { kubernetesAdopter } from './kubernetes.js';

/** A v1 AKS compute (AML SDK v1 `AksCompute`, created or attached). */
export const aksAdopter: ComputeAdopter = {
  async adopt(compute, { clients, vnet }) {
    const skip = (reason: string): Adopted => skipped(compute, reason);
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

/**
 * The compute types whose nodes may sit in a customer VNet: the inferencing clusters amlnet manages. Every one has
 * its adopter (the record below is typed by this list); any other computeType (compute instances, AML compute
 * clusters...) is not an inferencing cluster and is left out of the import silently.
 */
export const KNOWN_CLUSTER_TYPES = ['AKS', 'Kubernetes'] as const;
export type KnownClusterType = (typeof KNOWN_CLUSTER_TYPES)[number];

/** The adopter of each compute type amlnet imports, by computeType as Azure ML reports it. */
export const ADOPTERS: Readonly<Record<KnownClusterType, ComputeAdopter>> = {
  AKS: aksAdopter,
  Kubernetes: kubernetesAdopter,
};

/** The adopter of a computeType (Azure ML's casing or not), or undefined when amlnet does not import that type. */
export function adopterFor(computeType: string): ComputeAdopter | undefined {
  const known = KNOWN_CLUSTER_TYPES.find((t) => t.toLowerCase() === computeType.toLowerCase());
  return known === undefined ? undefined : ADOPTERS[known];
}
