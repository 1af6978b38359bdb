// The amlnet.yml spec, version 1 (docs/spec-reference.md). These are the types AFTER parsing and schema
// validation; defaults are NOT applied here (see spec/defaults.ts) so that rules can tell "absent" from "given".

export type Direction = 'Inbound' | 'Outbound';
export type Access = 'Allow' | 'Deny';
export type Protocol = 'Tcp' | 'Udp' | 'Icmp' | 'Esp' | 'Ah' | '*';
export type ClusterMode = 'create' | 'attach';
export type ClusterPurpose = 'FastProd' | 'DenseProd' | 'DevTest';
export type NetworkPlugin = 'azure' | 'kubenet';
export type NetworkPluginMode = 'overlay';
export type LoadBalancerType = 'PublicIp' | 'InternalLoadBalancer';
export type NetworkContributorScope = 'resourceGroup' | 'subnet';
/** How the AzureML extension exposes its inference router (azureml-fe). */
export type InferenceRouter = 'loadBalancer' | 'internalLoadBalancer' | 'nodePort' | 'clusterIP';

export interface WorkspaceSpec {
  resourceGroup: string;
  name: string;
}

export interface SubnetSpec {
  name: string;
  addressPrefix: string;
  delegation?: string | null;
}

export interface SecurityRuleSpec {
  name: string;
  direction: Direction;
  access: Access;
  protocol: Protocol;
  priority: number;
  sourceAddressPrefixes?: string[];
  sourcePortRanges?: string[];
  destinationAddressPrefixes?: string[];
  destinationPortRanges?: string[];
  description?: string | null;
}

export interface SecurityGroupSpec {
  name: string;
  /** Defaults to network.resourceGroup. */
  resourceGroup?: string | null;
  rules?: SecurityRuleSpec[];
  restrictOutbound?: boolean;
  /** true: owned rules the spec no longer lists are deleted (action delete); false: a warning finding. */
  prune?: boolean;
}

export interface NetworkSpec {
  resourceGroup: string;
  name: string;
  location?: string | null;
  addressSpace?: string[];
  subnets: SubnetSpec[];
  securityGroup?: SecurityGroupSpec | null;
}

export interface AksClusterSpec {
  name: string;
  mode?: ClusterMode;
  resourceId?: string | null;
  location?: string | null;
  vmSize?: string | null;
  agentCount?: number | null;
  maxPods?: number | null;
  maxSurge?: number | null;
  clusterPurpose?: ClusterPurpose | null;
  subnet: string;
  networkPlugin?: NetworkPlugin | null;
  networkPluginMode?: NetworkPluginMode | null;
  podCidr?: string | null;
  serviceCidr?: string | null;
  dnsServiceIp?: string | null;
  dockerBridgeCidr?: string | null;
  privateCluster?: boolean | null;
  privateClusterPublicFqdn?: boolean | null;
  loadBalancerType?: LoadBalancerType | null;
  loadBalancerSubnet?: string | null;
  networkContributorScope?: NetworkContributorScope | null;
}

/** Azure ML v2: an AKS cluster with the AzureML extension, attached as computeType Kubernetes. */
export interface KubernetesClusterSpec {
  name: string;
  mode?: ClusterMode;
  /** attach only. */
  resourceId?: string | null;
  /** create only: the AKS resource's name (default: the compute name). */
  clusterName?: string | null;
  /** create only: the AKS resource's group (default: the workspace's). */
  resourceGroup?: string | null;
  location?: string | null;
  vmSize?: string | null;
  agentCount?: number | null;
  maxPods?: number | null;
  maxSurge?: number | null;
  subnet: string;
  networkPlugin?: NetworkPlugin | null;
  networkPluginMode?: NetworkPluginMode | null;
  podCidr?: string | null;
  serviceCidr?: string | null;
  dnsServiceIp?: string | null;
  privateCluster?: boolean | null;
  extensionName?: string | null;
  namespace?: string | null;
  inferenceRouter?: InferenceRouter | null;
  inferenceRouterHA?: boolean | null;
  allowInsecureConnections?: boolean | null;
  sslCname?: string | null;
  /** The NAME of a Kubernetes secret; never certificate or key material. */
  sslSecret?: string | null;
  networkContributorScope?: NetworkContributorScope | null;
}

export interface AciSpec {
  subnet: string;
}

/** A severity a policy can give a rule's findings; `off` drops them. */
export type PolicySeverity = 'error' | 'warning' | 'notice' | 'off';

export interface PolicySpec {
  /** Rule id -> severity override (docs/rules.md; spec/policy.ts applies it). */
  severity?: Record<string, PolicySeverity> | null;
}

export interface Spec {
  version: 1;
  subscriptionId: string;
  location: string;
  workspace: WorkspaceSpec;
  network: NetworkSpec;
  /** Legacy (Azure ML v1, computeType AKS). */
  aksClusters?: AksClusterSpec[];
  kubernetesClusters?: KubernetesClusterSpec[];
  aci?: AciSpec | null;
  policy?: PolicySpec | null;
}

/** A 1-based position in the spec file. */
export type { SourcePosition } from '../findings/finding.js';
