// What the per-kind cluster modules (compute, managed-cluster, role, load-balancer) know about one spec
// cluster: its addresses, ids, live state and the prerequisites its writes wait for. Built once per cluster
// by cluster.ts. Pure.
import type { LiveCompute, LiveManagedCluster, LiveState } from '../../live/types.js';
import type { ResolvedCluster, ResolvedNetwork } from '../../spec/defaults.js';
import type { ClusterAddresses } from '../address.js';

export interface ClusterContext {
  c: ResolvedCluster;
  net: ResolvedNetwork;
  live: LiveState;
  /** The subscription everything is in. */
  sub: string;
  /** The workspace's resource group. */
  workspaceResourceGroup: string;
  addresses: ClusterAddresses;
  /** ARM id of the AML compute. */
  computeId: string;
  /** ARM id of the subnet the spec puts the cluster in. */
  wantSubnetId: string;
  /** The compute as Azure has it (undefined when it does not exist). */
  compute: LiveCompute | undefined;
  /** The managed cluster entry for the id amlnet knows (the compute's, the attach id, or its private cluster's). */
  liveMc: LiveState['managedClusters'][string] | undefined;
  /** The same, when it could be read. */
  mc: LiveManagedCluster | undefined;
  /** The managed cluster id amlnet knows before the apply, null when AML will create the cluster. */
  mcIdKnown: string | null;
  /** The id of the private cluster amlnet creates for this spec cluster (create mode, privateCluster). */
  privateMcId: string | null;
  /** The subnet, association and NSG changes a cluster write waits for. */
  networkNeeds: string[];
  /** The addresses of the cluster's own subnet (and its association): the load-balancer step need not repeat them. */
  ownSubnetNeeds: string[];
}
