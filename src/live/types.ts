// The live state amlnet reads from Azure, normalised into plain data (no SDK types) so that the live
// rules and the diff are pure functions of (spec, live). Only what the spec names is read.
// `null` = Azure answered 404 (absent). 'unreadable' = Azure refused or failed; a rule that needs the
// value then reports a notice instead of guessing.

export type Unreadable = { unreadable: true; code: string; message: string };

export interface LiveSubnet {
  id: string;
  name: string;
  /** addressPrefix, or the first of addressPrefixes. */
  addressPrefix: string | null;
  addressPrefixes: string[];
  networkSecurityGroupId: string | null;
  /** serviceName of each delegation. */
  delegations: string[];
  /** ids of the IP configurations (NICs, load balancers, private endpoints) using the subnet. */
  ipConfigurationIds: string[];
  privateEndpointIds: string[];
  serviceAssociationLinkIds: string[];
  /** The whole subnet as GET returned it (appliers merge into it; never written by the plan). */
  raw: Record<string, unknown>;
}

export interface LiveVnet {
  id: string;
  name: string;
  resourceGroup: string;
  location: string;
  addressSpace: string[];
  subnets: LiveSubnet[];
}

export interface LiveSecurityRule {
  id: string;
  name: string;
  direction: string;
  access: string;
  protocol: string;
  priority: number;
  sourceAddressPrefixes: string[];
  sourcePortRanges: string[];
  destinationAddressPrefixes: string[];
  destinationPortRanges: string[];
  description: string | null;
}

export interface LiveNsg {
  id: string;
  name: string;
  location: string;
  rules: LiveSecurityRule[];
  subnetIds: string[];
  /** Rules amlnet created or updated earlier, as recorded in the NSG's tags (live/ownership.ts). */
  ownedRules: string[];
}

export interface LiveWorkspace {
  id: string;
  name: string;
  location: string;
  storageAccountId: string | null;
  containerRegistryId: string | null;
  /** Private endpoints of the workspace with the subnet each sits in (when Azure tells). */
  privateEndpoints: { id: string; subnetId: string | null }[];
}

export interface LiveAksNetworking {
  subnetId: string | null;
  serviceCidr: string | null;
  dnsServiceIP: string | null;
  dockerBridgeCidr: string | null;
}

export interface LiveCompute {
  id: string;
  name: string;
  computeType: string;
  /** ARM id of the managed cluster behind it. */
  resourceId: string | null;
  computeLocation: string | null;
  provisioningState: string | null;
  isAttachedCompute: boolean;
  /** computeType Kubernetes: properties.properties.namespace (absent in older fixtures). */
  namespace?: string | null;
  agentCount: number | null;
  agentVmSize: string | null;
  clusterPurpose: string | null;
  loadBalancerType: string | null;
  loadBalancerSubnet: string | null;
  aksNetworkingConfiguration: LiveAksNetworking | null;
}

export interface LiveManagedCluster {
  id: string;
  name: string;
  location: string;
  /** The identity that needs Network Contributor: system-assigned, else the (only) user-assigned one. */
  principalId: string | null;
  identityType: string | null;
  /** True when the cluster authenticates with a service principal (servicePrincipalProfile.clientId != msi). */
  usesServicePrincipal: boolean;
  networkPlugin: string | null;
  networkPluginMode: string | null;
  podCidr: string | null;
  serviceCidr: string | null;
  dnsServiceIP: string | null;
  enablePrivateCluster: boolean;
  enablePrivateClusterPublicFqdn: boolean;
  /** vnetSubnetID of each agent pool. */
  subnetIds: string[];
  /** Succeeded, Failed, Canceled, Creating, ...; absent/null when Azure did not say (taken as Succeeded). */
  provisioningState?: string | null;
  /** properties.disableLocalAccounts (absent in older fixtures: local accounts on, AKS's default). */
  disableLocalAccounts?: boolean;
  /** Nodes over all agent pools (absent in older fixtures). */
  agentCount?: number | null;
}

/** A Microsoft.KubernetesConfiguration extension on a managed cluster (Azure ML v2: the AzureML extension). */
export interface LiveKubernetesExtension {
  id: string;
  name: string;
  extensionType: string;
  /** scope.cluster.releaseNamespace; null when Azure did not say. */
  releaseNamespace: string | null;
  provisioningState: string | null;
  /** configurationSettings as stored (protected settings are write-only and never read). */
  settings: Record<string, string>;
  /**
   * The inference router's address when the extension reports one in its statuses (an internal load balancer's
   * private IP); null otherwise.
   */
  routerAddress: string | null;
}

export interface LiveRoleAssignment {
  id: string;
  name: string;
  scope: string;
  /** The role definition GUID (ids are compared by GUID; Azure normalises the prefix). */
  roleDefinitionGuid: string;
  principalId: string;
}

export interface LivePrivateEndpoint {
  id: string;
  subnetId: string | null;
  /** The resources it connects to (privateLinkServiceId of each connection). */
  targetIds: string[];
}

export interface LiveStorageAccount {
  id: string;
  /** networkAcls.defaultAction: 'Deny' means secured behind network rules. */
  defaultAction: string | null;
  /** 'Disabled' allows private endpoints only, whatever networkAcls says (absent in older fixtures). */
  publicNetworkAccess?: string | null;
  virtualNetworkSubnetIds: string[];
  privateEndpointIds: string[];
}

/** Secured in a VNet: network rules deny by default, or public access is off (private endpoints only). */
export function storageSecured(sa: LiveStorageAccount): boolean {
  return (
    (sa.defaultAction ?? '').toLowerCase() === 'deny' || (sa.publicNetworkAccess ?? '').toLowerCase() === 'disabled'
  );
}

export interface LiveContainerRegistry {
  id: string;
  privateEndpointIds: string[];
}

/** What the identity that plans may do on the VNet (permissions API). */
export interface LivePermissions {
  actions: string[];
  notActions: string[];
}

export interface LiveState {
  subscriptionId: string;
  vnet: LiveVnet | null | Unreadable;
  /** The spec's security group; undefined when the spec names none. */
  nsg?: LiveNsg | null | Unreadable;
  workspace: LiveWorkspace | null | Unreadable;
  /** By compute name (every spec'd cluster). */
  computes: Record<string, LiveCompute | null | Unreadable>;
  /** By lower-cased ARM id (clusters behind existing computes and attach resourceIds). */
  managedClusters: Record<string, LiveManagedCluster | null | Unreadable>;
  /** By principal id: assignments visible at the intended scope (principalId filter). */
  roleAssignments: Record<string, LiveRoleAssignment[] | Unreadable>;
  /** By lower-cased id: private endpoints of the workspace and of its registry. */
  privateEndpoints: Record<string, LivePrivateEndpoint | null | Unreadable>;
  storageAccount?: LiveStorageAccount | null | Unreadable;
  containerRegistry?: LiveContainerRegistry | null | Unreadable;
  /** The planning identity's permissions on the VNet. */
  permissions?: LivePermissions | Unreadable;
  /**
   * Its permissions on each subnet the clusters and ACI use, by lower-cased subnet name: read only when the
   * VNet-level permissions lack subnets/join/action (a role can be granted on a subnet alone).
   */
  subnetPermissions?: Record<string, LivePermissions | Unreadable>;
  /** Azure ML v2: the extensions the spec names, by lower-cased extension id (live/ids.ts extensionId). */
  kubernetesExtensions?: Record<string, LiveKubernetesExtension | null | Unreadable>;
  /**
   * Azure ML v2: the AzureML extensions (type microsoft.azureml.kubernetes) each existing cluster already has,
   * whatever their names, by lower-cased cluster id; from the first page of the cluster's extensions list.
   */
  azureMlExtensions?: Record<string, LiveKubernetesExtension[] | Unreadable>;
  /**
   * Registration state of the resource providers the spec needs (e.g. Microsoft.KubernetesConfiguration), by
   * lower-cased namespace: Registered, NotRegistered, Registering, ...
   */
  providers?: Record<string, string | Unreadable>;
  /** Azure ML v2: every compute of the workspace (to find a v1 AKS compute on a v2 cluster); read only with v2. */
  workspaceComputes?: LiveCompute[] | Unreadable;
}

export function isUnreadable(v: unknown): v is Unreadable {
  return typeof v === 'object' && v !== null && (v as { unreadable?: unknown }).unreadable === true;
}

/** The value when present and readable, else undefined (absent and unreadable both give undefined). */
export function readable<T extends object>(v: T | null | Unreadable | undefined): T | undefined {
  if (v === null || v === undefined || isUnreadable(v)) return undefined;
  return v;
}
