// What `amlnet import` reads from Azure, as plain data (no SDK types): the workspace, the VNet with its subnets, the
// NSG, and every compute of the workspace whose cluster sits in that VNet, each with what its kind needs. The
// mapping to a spec (import/spec.ts) is a pure function of this.
//
// Computes are adopted per compute type through `ComputeAdopter`s (azure/import/computes.ts): v1 `AKS` computes
// become ImportedAksCluster, v2 `Kubernetes` computes (an AKS cluster with the AzureML extension) become
// ImportedKubernetesCluster, with the extension's settings.
import type {
  LiveCompute,
  LiveKubernetesExtension,
  LiveManagedCluster,
  LiveNsg,
  LiveSubnet,
  LiveVnet,
  LiveWorkspace,
} from '../live/types.js';

/** The agent pool of a managed cluster that holds the nodes in the VNet (the first one with a subnet). */
export interface ImportedAgentPool {
  name: string;
  count: number | null;
  vmSize: string | null;
  maxPods: number | null;
}

/** A v1 `AKS` compute and the managed cluster behind it. */
export interface ImportedAksCluster {
  kind: 'aks';
  compute: LiveCompute;
  /** null when the compute names no cluster or the cluster could not be read (then `problem` says why). */
  managedCluster: LiveManagedCluster | null;
  agentPool: ImportedAgentPool | null;
  /** The subnet the nodes sit in (a subnet of the imported VNet). */
  subnet: LiveSubnet;
  /** Scopes of the Network Contributor assignments that hold for the cluster identity (at or above its subnet). */
  networkContributorScopes: string[];
  /** Why something could not be read (the cluster, its role assignments), when that happened. */
  problem?: string;
}

/** A v2 `Kubernetes` compute: the AKS managed cluster behind it and its AzureML extension. */
export interface ImportedKubernetesCluster {
  kind: 'kubernetes';
  /** computeType Kubernetes; `namespace` is the compute's properties.namespace. */
  compute: LiveCompute;
  /** The cluster (always read: without it the nodes' subnet is unknown and the compute is skipped). */
  managedCluster: LiveManagedCluster;
  agentPool: ImportedAgentPool | null;
  /** The subnet the nodes sit in (a subnet of the imported VNet). */
  subnet: LiveSubnet;
  /**
   * The extension of type microsoft.azureml.kubernetes on the cluster, with its configurationSettings (Azure never
   * returns the protected ones); null when none was found or it could not be read (then `problem` says why).
   */
  extension: LiveKubernetesExtension | null;
  /** Scopes of the Network Contributor assignments that hold for the cluster identity (at or above its subnet). */
  networkContributorScopes: string[];
  /** Why something could not be read (the extension, role assignments), when that happened. */
  problem?: string;
}

/** Every kind of imported cluster (one member per compute type amlnet adopts). */
export type ImportedCluster = ImportedAksCluster | ImportedKubernetesCluster;

/** An NSG rule with a property the spec has no field for (application security groups). */
export interface UnexpressibleRule {
  name: string;
  reason: string;
}

/** A compute of the workspace that is not imported, and why. */
export interface SkippedCompute {
  name: string;
  computeType: string;
  reason: string;
}

export interface ImportSource {
  subscriptionId: string;
  workspace: LiveWorkspace & { resourceGroup: string };
  vnet: LiveVnet;
  /** The NSG and its resource group; null when none was given and no subnet of the VNet has one. */
  nsg: (LiveNsg & { resourceGroup: string; unexpressible: UnexpressibleRule[] }) | null;
  clusters: ImportedCluster[];
  skippedComputes: SkippedCompute[];
}
