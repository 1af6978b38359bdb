// What each applier writes, read from a plan change: its `resourceId` and its typed `after`
// (src/plan/change-kinds.ts). One spelling, no defaults: the plan resolved every value (src/spec/defaults.ts);
// a value the plan does not carry is a plan bug and fails the change with a clear message, never a guess.
import { ApplyFailure } from '../../apply/errors.js';
import { parseResourceId } from '../../live/ids.js';
import {
  isAttachBody,
  KNOWN_AFTER_APPLY,
  type Change,
  type ChangeOfKind,
  type ChangeKind,
  type Runnable,
} from '../../plan/model.js';

/** A write of one kind, as the appliers receive it. */
export type Write<K extends ChangeKind> = Runnable<ChangeOfKind<K>>;

export function planBug(change: Change, what: string): ApplyFailure {
  return new ApplyFailure({
    code: 'PlanIncomplete',
    message: `${change.address}: the plan does not say ${what}`,
    advice: 'this is an amlnet bug; re-run `amlnet plan` and report it with the plan JSON',
  });
}

/** Resource group and names along an ARM id, e.g. {rg, names: ['vnet', 'subnet']}. */
export function idParts(
  change: Change,
  depth: number,
): { subscriptionId: string; resourceGroup: string; names: string[] } {
  const parsed = parseResourceId(change.resourceId);
  if (parsed === undefined || parsed.segments.length < depth * 2)
    throw planBug(change, `a valid resource id ('${change.resourceId}')`);
  const names = parsed.segments.filter((_, i) => i % 2 === 1).slice(0, depth);
  return { subscriptionId: parsed.subscriptionId, resourceGroup: parsed.resourceGroup, names };
}

export interface DesiredSubnet {
  resourceGroup: string;
  vnet: string;
  subnet: string;
  /** Used only when the subnet does not exist yet. */
  addressPrefix?: string;
  /** Delegations (service names) that must be present; others on the subnet are kept. */
  delegations: string[];
  /** The NSG to associate when the subnet has none (never replaces an existing association). */
  networkSecurityGroupId?: string;
}

/** A subnet write: the subnet itself (kind subnet) or its NSG association (kind subnet-security-group). */
export function desiredSubnet(change: Write<'subnet'> | Write<'subnet-security-group'>): DesiredSubnet {
  const { resourceGroup, names } = idParts(change, 2);
  const desired: DesiredSubnet = { resourceGroup, vnet: names[0], subnet: names[1], delegations: [] };
  if (change.kind === 'subnet') {
    desired.delegations = [...change.after.delegations];
    if (change.after.addressPrefix !== null) desired.addressPrefix = change.after.addressPrefix;
  } else {
    if (change.after.networkSecurityGroup === null) throw planBug(change, 'the security group to associate');
    desired.networkSecurityGroupId = change.after.networkSecurityGroup;
  }
  return desired;
}

export interface DesiredNsg {
  resourceGroup: string;
  name: string;
  location: string;
}

export function desiredNsg(change: Write<'security-group'>): DesiredNsg {
  const { resourceGroup, names } = idParts(change, 1);
  return { resourceGroup, name: names[0], location: change.after.location };
}

export interface DesiredRule {
  resourceGroup: string;
  nsg: string;
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

export function desiredRule(change: Extract<Write<'security-rule'>, { action: 'create' | 'update' }>): DesiredRule {
  const { resourceGroup, names } = idParts(change, 2);
  const a = change.after;
  return {
    resourceGroup,
    nsg: names[0],
    name: names[1],
    direction: a.direction,
    access: a.access,
    protocol: a.protocol,
    priority: a.priority,
    sourceAddressPrefixes: [...a.sourceAddressPrefixes],
    sourcePortRanges: [...a.sourcePortRanges],
    destinationAddressPrefixes: [...a.destinationAddressPrefixes],
    destinationPortRanges: [...a.destinationPortRanges],
    description: a.description,
  };
}

export interface DesiredManagedCluster {
  resourceGroup: string;
  name: string;
  location: string;
  dnsPrefix: string;
  vmSize: string;
  agentCount: number;
  maxPods: number;
  /** upgradeSettings.maxSurge of the agent pool, e.g. "1". */
  maxSurge: string | null;
  subnetId: string;
  networkPlugin: string;
  networkPluginMode: string | null;
  podCidr: string | null;
  serviceCidr: string | null;
  dnsServiceIP: string | null;
  enablePrivateCluster: boolean;
  enablePrivateClusterPublicFqdn: boolean;
}

export function desiredManagedCluster(change: Write<'managed-cluster'>): DesiredManagedCluster {
  const { resourceGroup, names } = idParts(change, 1);
  const a = change.after;
  const [pool] = a.agentPoolProfiles;
  return {
    resourceGroup,
    name: names[0],
    location: a.location,
    dnsPrefix: a.dnsPrefix,
    vmSize: pool.vmSize,
    agentCount: pool.count,
    maxPods: pool.maxPods,
    maxSurge: pool.upgradeSettings.maxSurge,
    subnetId: pool.vnetSubnetID,
    networkPlugin: a.networkProfile.networkPlugin,
    networkPluginMode: a.networkProfile.networkPluginMode,
    podCidr: a.networkProfile.podCidr,
    serviceCidr: a.networkProfile.serviceCidr,
    dnsServiceIP: a.networkProfile.dnsServiceIP,
    enablePrivateCluster: a.apiServerAccessProfile.enablePrivateCluster,
    enablePrivateClusterPublicFqdn: a.apiServerAccessProfile.enablePrivateClusterPublicFqdn,
  };
}

export interface DesiredCompute {
  resourceGroup: string;
  workspace: string;
  name: string;
  /** Where AML creates the cluster (create only). */
  computeLocation?: string;
  /** Attach: the managed cluster's ARM id. Absent: create a new cluster through AML. */
  attachResourceId?: string;
  agentCount?: number;
  agentVmSize?: string;
  clusterPurpose: string;
  loadBalancerType: string;
  loadBalancerSubnet: string | null;
  networking?: { subnetId: string; serviceCidr?: string; dnsServiceIP?: string; dockerBridgeCidr?: string };
}

export function desiredCompute(change: Write<'compute'>): DesiredCompute {
  const { resourceGroup, names } = idParts(change, 2);
  const a = change.after;
  const desired: DesiredCompute = {
    resourceGroup,
    workspace: names[0],
    name: names[1],
    clusterPurpose: a.clusterPurpose,
    loadBalancerType: a.loadBalancerType,
    loadBalancerSubnet: a.loadBalancerType === 'InternalLoadBalancer' ? a.loadBalancerSubnet : null,
  };
  if (isAttachBody(a)) {
    desired.attachResourceId = a.resourceId;
    return desired;
  }
  desired.computeLocation = a.computeLocation;
  desired.agentCount = a.agentCount;
  desired.agentVmSize = a.agentVmSize;
  const n = a.aksNetworkingConfiguration;
  desired.networking = { subnetId: n.subnetId };
  if (n.serviceCidr !== null) desired.networking.serviceCidr = n.serviceCidr;
  if (n.dnsServiceIP !== null) desired.networking.dnsServiceIP = n.dnsServiceIP;
  if (n.dockerBridgeCidr !== null) desired.networking.dockerBridgeCidr = n.dockerBridgeCidr;
  return desired;
}

export interface DesiredRole {
  scope: string;
  /** The role definition GUID. */
  roleGuid: string;
  /** Undefined when the plan could not know it (KNOWN_AFTER_APPLY): resolved from the cluster at apply time. */
  principalId?: string;
  /** Where to find the cluster identity when principalId is not known yet. */
  computeId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function desiredRole(change: Write<'role'>): DesiredRole {
  const a = change.after;
  const roleGuid = a.roleDefinitionId.split('/').pop() ?? '';
  if (!GUID.test(roleGuid)) throw planBug(change, `a role definition id ('${a.roleDefinitionId}')`);
  const desired: DesiredRole = { scope: a.scope, roleGuid };
  if (a.principalId !== KNOWN_AFTER_APPLY) desired.principalId = a.principalId;
  if ('computeId' in a) desired.computeId = a.computeId;
  return desired;
}

export interface DesiredLoadBalancer {
  resourceGroup: string;
  workspace: string;
  name: string;
  loadBalancerType: string;
  loadBalancerSubnet: string | null;
}

export function desiredLoadBalancer(change: Write<'load-balancer'>): DesiredLoadBalancer {
  const { resourceGroup, names } = idParts(change, 2);
  return {
    resourceGroup,
    workspace: names[0],
    name: names[1],
    loadBalancerType: change.after.loadBalancerType,
    loadBalancerSubnet: change.after.loadBalancerSubnet,
  };
}
