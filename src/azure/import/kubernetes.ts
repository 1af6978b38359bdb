// The adopter of Azure ML v2 `Kubernetes` computes: an AKS managed cluster with the AzureML extension
// (microsoft.azureml.kubernetes), attached to the workspace as computeType Kubernetes
// (https://learn.microsoft.com/en-us/azure/machine-learning/how-to-attach-kubernetes-anywhere). It reads the
// managed cluster (its nodes' subnet, its identity), the extension of that type on the cluster (found by listing
// {cluster}/providers/Microsoft.KubernetesConfiguration/extensions, as in extensions.json of
// https://github.com/Azure/azure-rest-api-specs/tree/main/specification/kubernetesconfiguration; when the list
// cannot be read, the extension under the default name) and the Network Contributor assignments of the identity.
// GETs and lists only. Azure Arc clusters (Microsoft.Kubernetes/connectedClusters) and clusters whose nodes are
// not in the imported VNet are skipped, with the reason.
import type { AzureClients } from '../clients.js';
import type { LiveCompute, LiveKubernetesExtension, LiveManagedCluster } from '../../live/types.js';
import { azureMlExtensionsOf, normaliseKubernetesExtension, normaliseManagedCluster } from '../live/normalise.js';
import { kubernetesExtensionId, parseResourceId, sameId } from '../../live/ids.js';
import { EXTENSION_API_VERSION, KUBERNETES_CONFIGURATION } from '../live/read-kubernetes.js';
import { AZUREML_EXTENSION_TYPE } from '../../plan/kubernetes-extension.js';
import { KUBERNETES_DEFAULTS } from '../../spec/defaults.js';
import { agentPoolIn, failure, networkContributorScopes, skipped, type ComputeAdopter } from './adopt.js';

/** The managed cluster a Kubernetes compute names, or why amlnet cannot adopt it. */
export function managedClusterRef(resourceId: string | null): { resourceGroup: string; name: string } | string {
  if (resourceId === null) return 'it names no cluster (resourceId)';
  const p = parseResourceId(resourceId);
  if (p === undefined) return `its resourceId ${resourceId} is not an Azure resource id`;
  const type = `${p.provider}/${p.segments[0] ?? ''}`.toLowerCase();
  if (type === 'microsoft.kubernetes/connectedclusters') {
    return 'it is an Azure Arc-enabled cluster (Microsoft.Kubernetes/connectedClusters); amlnet manages AKS clusters only';
  }
  if (type !== 'microsoft.containerservice/managedclusters' || p.segments.length !== 2) {
    return `its resourceId ${resourceId} is not an AKS managed cluster (Microsoft.ContainerService/managedClusters)`;
  }
  return { resourceGroup: p.resourceGroup, name: p.name };
}

/** The one client call the extension reads need (raw ARM GETs). */
export type ExtensionReader = Pick<AzureClients, 'getResource'>;

export interface FoundExtension {
  extension: LiveKubernetesExtension | null;
  problem?: string;
}

/** The extension under the default name, after the list could not say (`why`). */
async function extensionByDefaultName(
  clients: ExtensionReader,
  clusterId: string,
  why: string,
): Promise<FoundExtension> {
  const name = KUBERNETES_DEFAULTS.extensionName;
  try {
    const raw = await clients.getResource(kubernetesExtensionId(clusterId, name), EXTENSION_API_VERSION);
    const e = normaliseKubernetesExtension(raw);
    if (e !== null && e.extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE) return { extension: e };
    return {
      extension: null,
      problem: `${why}, and it has no ${AZUREML_EXTENSION_TYPE} extension named ${name}`,
    };
  } catch (err) {
    return { extension: null, problem: `${why}, and its extension ${name} could not be read (${failure(err)})` };
  }
}

/** The AzureML extension of a cluster: by listing its extensions, else under the default name. */
export async function findAzureMlExtension(clients: ExtensionReader, clusterId: string): Promise<FoundExtension> {
  let why: string;
  try {
    const page = await clients.getResource(
      `${clusterId}/providers/${KUBERNETES_CONFIGURATION}/extensions`,
      EXTENSION_API_VERSION,
    );
    const { extensions, morePages } = azureMlExtensionsOf(page);
    if (extensions.length === 1) return { extension: extensions[0] };
    if (extensions.length > 1) {
      return {
        extension: extensions[0],
        problem: `it has ${extensions.length} ${AZUREML_EXTENSION_TYPE} extensions (${extensions.map((e) => e.name).join(', ')}); ${extensions[0].name} is imported`,
      };
    }
    if (!morePages) return { extension: null, problem: `it has no ${AZUREML_EXTENSION_TYPE} extension` };
    why = 'the first page of its extensions holds no AzureML extension (amlnet reads one page)';
  } catch (err) {
    why = `its extensions could not be listed (${failure(err)})`;
  }
  return extensionByDefaultName(clients, clusterId, why);
}

/** The Network Contributor scopes of the cluster identity at its subnet, or why they could not be read. */
async function contributorScopes(
  clients: AzureClients,
  mc: LiveManagedCluster,
  subnetId: string,
): Promise<{ scopes: string[]; problem?: string }> {
  if (mc.principalId === null) return { scopes: [] };
  try {
    return { scopes: (await networkContributorScopes(clients, mc.principalId, subnetId)).map((a) => a.scope) };
  } catch (err) {
    return { scopes: [], problem: `the role assignments of its identity could not be read (${failure(err)})` };
  }
}

/** A v2 Kubernetes compute on an AKS cluster (AzureML extension, computeType Kubernetes). */
export const kubernetesAdopter: ComputeAdopter = {
  async adopt(compute: LiveCompute, { clients, vnet }) {
    const ref = managedClusterRef(compute.resourceId);
    if (typeof ref === 'string') return skipped(compute, ref);
    let raw: unknown;
    let mc: LiveManagedCluster;
    try {
      raw = await (await clients.containerService()).managedClusters.get(ref.resourceGroup, ref.name);
      mc = normaliseManagedCluster(raw);
    } catch (err) {
      return skipped(compute, `its managed cluster could not be read (${failure(err)})`);
    }
    // The plan checks the cluster's first subnet (a cluster's subnet cannot change): import that one.
    const subnetId = mc.subnetIds[0] ?? null;
    const subnet = vnet.subnets.find((s) => sameId(s.id, subnetId));
    if (subnet === undefined) {
      return skipped(
        compute,
        subnetId === null
          ? 'its nodes use no subnet Azure reports (a cluster without a custom VNet)'
          : `its nodes are in ${subnetId}, outside this virtual network`,
      );
    }
    const clusterId = compute.resourceId ?? mc.id;
    const [found, roles] = await Promise.all([
      findAzureMlExtension(clients, clusterId),
      contributorScopes(clients, mc, subnet.id),
    ]);
    const problems = [found.problem, roles.problem].filter((p): p is string => p !== undefined);
    return {
      imported: {
        kind: 'kubernetes',
        compute,
        managedCluster: mc,
        agentPool: agentPoolIn(raw, subnet.id),
        subnet,
        extension: found.extension,
        networkContributorScopes: roles.scopes,
        ...(problems.length > 0 ? { problem: problems.join('; ') } : {}),
      },
    };
  },
};
