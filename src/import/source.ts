// What `amlnet import` reads from Azure, as plain data (no SDK types): the workspace, the VNet with its subnets, the
// NSG, and every compute of the workspace whose cluster sits in that VNet, each with what its kind needs. The
// mapping to a spec (import/spec.ts) is a pure function of this.
//
// Computes are adopted per compute type through `ComputeAdopter`s (import/computes.ts): v1 `AKS` computes today;
// a v2 `Kubernetes` adopter (the AzureML extension's settings) slots in as one more entry of that record.
import type { LiveCompute, LiveManagedCluster, LiveNsg, LiveSubnet, LiveVnet, LiveWorkspace } from '../live/types.js';

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

/** Every kind of imported cluster (one member per compute type amlnet adopts). */
export type ImportedCluster = ImportedAksCluster;

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
