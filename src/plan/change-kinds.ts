// The closed, typed set of changes: one kind per thing amlnet writes, each with the shape of its `before` (what
// Azure has) and `after` (what amlnet writes). The appliers read these fields and nothing else: no alternative
// spellings, no defaults (defaults are resolved once, in src/spec/defaults.ts, before the diff).
// Type aliases (not interfaces) so that every shape is also a JsonObject for the renderers and the hash.
import type { ResourceType, Step } from './model.js';

/** A subnet: created with its prefix, or given a delegation. */
/** addressPrefix: null when Azure has only addressPrefixes (never for a subnet amlnet creates). */
export type SubnetValues = { addressPrefix: string | null; delegations: string[] };

/** The NSG association of a subnet (a subnet write in the security-group step). */
export type SubnetSecurityGroupValues = { networkSecurityGroup: string | null };

export type SecurityGroupValues = { location: string };

export type SecurityRuleValues = {
  direction: string;
  access: string;
  protocol: string;
  priority: number;
  sourceAddressPrefixes: string[];
  sourcePortRanges: string[];
  destinationAddressPrefixes: string[];
  destinationPortRanges: string[];
  description: string | null;
};

/** The managed cluster body amlnet PUTs for a private cluster (AKS's API; no dockerBridgeCidr). */
export type ManagedClusterBody = {
  location: string;
  dnsPrefix: string;
  identity: { type: 'SystemAssigned' };
  agentPoolProfiles: [
    {
      name: string;
      mode: 'System';
      osType: 'Linux';
      count: number;
      vmSize: string;
      maxPods: number;
      vnetSubnetID: string;
      upgradeSettings: { maxSurge: string };
    },
  ];
  networkProfile: {
    networkPlugin: string;
    networkPluginMode: string | null;
    podCidr: string | null;
    serviceCidr: string | null;
    dnsServiceIP: string | null;
    loadBalancerSku: 'standard';
  };
  apiServerAccessProfile: { enablePrivateCluster: true; enablePrivateClusterPublicFqdn: boolean };
};

/** The managed properties of a managed cluster as Azure has them. */
export type ManagedClusterState = {
  location: string;
  agentPoolSubnetIds: string[];
  networkProfile: {
    networkPlugin: string | null;
    networkPluginMode: string | null;
    podCidr: string | null;
    serviceCidr: string | null;
    dnsServiceIP: string | null;
  };
  apiServerAccessProfile: { enablePrivateCluster: boolean; enablePrivateClusterPublicFqdn: boolean };
  /** Present only when the cluster is in a failed state (shown with the update that PUTs it again). */
  provisioningState?: string | null;
};

/** A compute's load balancer: a new compute always starts with a public IP (the load-balancer step switches). */
export type LoadBalancerValues = { loadBalancerType: string; loadBalancerSubnet: string | null };
type PublicIp = { loadBalancerType: 'PublicIp' };
type KeptLoadBalancer = PublicIp | { loadBalancerType: 'InternalLoadBalancer'; loadBalancerSubnet: string | null };

/** AML creates the cluster (computeType AKS with networking). */
export type ComputeCreateBody = {
  computeType: 'AKS';
  computeLocation: string;
  agentCount: number;
  agentVmSize: string;
  clusterPurpose: string;
  aksNetworkingConfiguration: {
    subnetId: string;
    serviceCidr: string | null;
    dnsServiceIP: string | null;
    dockerBridgeCidr: string | null;
  };
} & KeptLoadBalancer;

/** AML attaches an existing managed cluster by its ARM id. */
export type ComputeAttachBody = { computeType: 'AKS'; resourceId: string; clusterPurpose: string } & KeptLoadBalancer;

export type ComputeBody = ComputeCreateBody | ComputeAttachBody;

export function isAttachBody(body: ComputeBody): body is ComputeAttachBody {
  return 'resourceId' in body;
}

/** The managed properties of a compute as Azure has them. */
export type ComputeState = {
  computeType: string;
  resourceId: string | null;
  computeLocation: string | null;
  agentCount: number | null;
  agentVmSize: string | null;
  clusterPurpose: string | null;
  aksNetworkingConfiguration: {
    subnetId: string | null;
    serviceCidr: string | null;
    dnsServiceIP: string | null;
    dockerBridgeCidr: string | null;
  } | null;
  /** Present only when the compute is in a failed state (shown with the update that PUTs it again). */
  provisioningState?: string | null;
};

type RoleCommon = { scope: string; roleDefinitionId: string; principalType: 'ServicePrincipal' };
/**
 * A Network Contributor assignment. When the plan cannot know the cluster identity (the cluster is created by
 * this apply), principalId is KNOWN_AFTER_APPLY and computeId says where the apply reads it from.
 */
export type RoleValues =
  (RoleCommon & { principalId: string }) | (RoleCommon & { principalId: '(known after apply)'; computeId: string });

interface ChangeCommon {
  /** Where in the spec the change comes from, by name (src/plan/address.ts), e.g. "aksClusters[myaks]". */
  address: string;
  /** ARM id of the resource written (for a role assignment: its full id with the deterministic GUID name). */
  resourceId: string;
  /** For people only: why this action (never read by the apply). */
  reason: string;
  /** Addresses of the changes that must succeed before this one starts. */
  dependsOn: string[];
}

/**
 * One kind of change. `before`: the managed properties as Azure has them now (null when the resource does not
 * exist); `after`: what amlnet writes (create, update), the same as before (no-op), null (refuse, delete).
 */
type KindOf<K extends string, R extends ResourceType, S extends Step, B, A> = ChangeCommon & {
  kind: K;
  resourceType: R;
  step: S;
} & (
    | { action: 'create' | 'update'; before: B | null; after: A }
    | { action: 'no-op'; before: B; after: B }
    | { action: 'refuse'; before: B | null; after: null }
  );

export type SubnetChange = KindOf<
  'subnet',
  'Microsoft.Network/virtualNetworks/subnets',
  'subnet',
  SubnetValues,
  SubnetValues
>;
export type SubnetSecurityGroupChange = KindOf<
  'subnet-security-group',
  'Microsoft.Network/virtualNetworks/subnets',
  'security-group',
  SubnetSecurityGroupValues,
  SubnetSecurityGroupValues
>;
export type SecurityGroupChange = KindOf<
  'security-group',
  'Microsoft.Network/networkSecurityGroups',
  'security-group',
  SecurityGroupValues,
  SecurityGroupValues
>;
type RuleCommon = ChangeCommon & {
  kind: 'security-rule';
  resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules';
  step: 'security-rule';
};
/** The only delete amlnet makes: an NSG rule it created itself that the spec no longer lists (prune: true). */
export type SecurityRuleChange =
  | KindOf<
      'security-rule',
      'Microsoft.Network/networkSecurityGroups/securityRules',
      'security-rule',
      SecurityRuleValues,
      SecurityRuleValues
    >
  | (RuleCommon & { action: 'delete'; before: SecurityRuleValues; after: null });
export type ManagedClusterChange = KindOf<
  'managed-cluster',
  'Microsoft.ContainerService/managedClusters',
  'managed-cluster',
  ManagedClusterState,
  ManagedClusterBody
>;
export type ComputeChange = KindOf<
  'compute',
  'Microsoft.MachineLearningServices/workspaces/computes',
  'compute',
  ComputeState,
  ComputeBody
>;
export type RoleChange = KindOf<'role', 'Microsoft.Authorization/roleAssignments', 'role', RoleValues, RoleValues>;
export type LoadBalancerChange = KindOf<
  'load-balancer',
  'Microsoft.MachineLearningServices/workspaces/computes',
  'load-balancer',
  LoadBalancerValues,
  LoadBalancerValues
>;

/** Every change amlnet can plan: a closed union keyed by `kind`. */
export type Change =
  | SubnetChange
  | SubnetSecurityGroupChange
  | SecurityGroupChange
  | SecurityRuleChange
  | ManagedClusterChange
  | ComputeChange
  | RoleChange
  | LoadBalancerChange;

export type ChangeKind = Change['kind'];
export type ChangeOfKind<K extends ChangeKind> = Extract<Change, { kind: K }>;
/** The changes the executor runs (they write): create, update, delete. */
export type Runnable<C extends Change = Change> = Extract<C, { action: 'create' | 'update' | 'delete' }>;
