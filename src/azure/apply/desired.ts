// What each applier writes, read from a plan change (`resourceId` + `after`). The plan's `after` holds the
// managed properties; these readers accept the live-state field names (src/live/types.ts) and the
// ARM wire names, so the applier does not depend on one spelling. A missing required value is a plan
// bug and fails the change with a clear message (never a guess that could write the wrong thing).
import type { Change, JsonObject, JsonValue } from '../../plan/model.js';
import { KNOWN_AFTER_APPLY } from '../../plan/model.js';
import { ApplyFailure } from '../../apply/errors.js';
import { parseResourceId } from '../../live/ids.js';
import { isRecord } from '../../util/records.js';

type Obj = { [key: string]: JsonValue };

function obj(v: JsonValue | undefined): Obj | undefined {
  return isRecord(v) ? (v as Obj) : undefined;
}
function str(v: JsonValue | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(v: JsonValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function bool(v: JsonValue | undefined): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}
function strs(v: JsonValue | undefined): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}
/** The first present of several spellings, in `after` or in `after.properties`. */
function pick(after: JsonObject, ...keys: string[]): JsonValue | undefined {
  const props = obj(after.properties);
  for (const k of keys) {
    if (after[k] !== undefined) return after[k];
    if (props?.[k] !== undefined) return props[k];
  }
  return undefined;
}

export function planBug(change: Change, what: string): ApplyFailure {
  return new ApplyFailure({
    code: 'PlanIncomplete',
    message: `${change.address}: the plan does not say ${what}`,
    advice: 'this is an amlnet bug; re-run `amlnet plan` and report it with the plan JSON',
  });
}

function afterOf(change: Change): JsonObject {
  if (change.after === null) throw planBug(change, 'what to write (after is null)');
  return change.after;
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

export function desiredSubnet(change: Change): DesiredSubnet {
  const after = afterOf(change);
  const { resourceGroup, names } = idParts(change, 2);
  const rawDelegations = pick(after, 'delegations');
  const delegations: string[] = [];
  if (Array.isArray(rawDelegations)) {
    for (const d of rawDelegations) {
      const name = typeof d === 'string' ? d : str(pick(obj(d) ?? {}, 'serviceName'));
      if (name !== undefined) delegations.push(name);
    }
  }
  const single = str(pick(after, 'delegation'));
  if (single !== undefined && !delegations.includes(single)) delegations.push(single);
  const nsg = pick(after, 'networkSecurityGroupId', 'networkSecurityGroup');
  const nsgId = typeof nsg === 'string' ? nsg : str(obj(nsg)?.id);
  const desired: DesiredSubnet = { resourceGroup, vnet: names[0], subnet: names[1], delegations };
  const prefix = str(pick(after, 'addressPrefix')) ?? strs(pick(after, 'addressPrefixes'))?.[0];
  if (prefix !== undefined) desired.addressPrefix = prefix;
  if (nsgId !== undefined) desired.networkSecurityGroupId = nsgId;
  return desired;
}

export interface DesiredNsg {
  resourceGroup: string;
  name: string;
  location: string;
}

export function desiredNsg(change: Change): DesiredNsg {
  const after = afterOf(change);
  const { resourceGroup, names } = idParts(change, 1);
  const location = str(pick(after, 'location'));
  if (location === undefined) throw planBug(change, 'the security group location');
  return { resourceGroup, name: names[0], location };
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

/** Single-value fields (sourceAddressPrefix) folded into the list form (sourceAddressPrefixes). */
function listOf(after: JsonObject, plural: string, singular: string): string[] {
  const many = strs(pick(after, plural));
  if (many !== undefined && many.length > 0) return many;
  const one = str(pick(after, singular));
  return one !== undefined ? [one] : ['*'];
}

export function desiredRule(change: Change): DesiredRule {
  const after = afterOf(change);
  const { resourceGroup, names } = idParts(change, 2);
  const direction = str(pick(after, 'direction'));
  const access = str(pick(after, 'access'));
  const protocol = str(pick(after, 'protocol'));
  const priority = num(pick(after, 'priority'));
  if (direction === undefined || access === undefined || protocol === undefined || priority === undefined) {
    throw planBug(change, 'the rule direction, access, protocol and priority');
  }
  return {
    resourceGroup,
    nsg: names[0],
    name: names[1],
    direction,
    access,
    protocol,
    priority,
    sourceAddressPrefixes: listOf(after, 'sourceAddressPrefixes', 'sourceAddressPrefix'),
    sourcePortRanges: listOf(after, 'sourcePortRanges', 'sourcePortRange'),
    destinationAddressPrefixes: listOf(after, 'destinationAddressPrefixes', 'destinationAddressPrefix'),
    destinationPortRanges: listOf(after, 'destinationPortRanges', 'destinationPortRange'),
    description: str(pick(after, 'description')) ?? null,
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
  /** upgradeSettings.maxSurge of the agent pool, e.g. "1"; null = AKS's default. */
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

export function desiredManagedCluster(change: Change): DesiredManagedCluster {
  const after = afterOf(change);
  const { resourceGroup, names } = idParts(change, 1);
  // The plan writes an AKS body: agentPoolProfiles[0], networkProfile, apiServerAccessProfile.
  const pool = obj(Array.isArray(after.agentPoolProfiles) ? after.agentPoolProfiles[0] : undefined) ?? {};
  const network = obj(pick(after, 'networkProfile', 'aksNetworkingConfiguration')) ?? {};
  const api = obj(pick(after, 'apiServerAccessProfile')) ?? {};
  const from = (...keys: string[]): JsonValue | undefined =>
    pick(after, ...keys) ?? pick(pool, ...keys) ?? pick(network, ...keys) ?? pick(api, ...keys);
  const location = str(pick(after, 'location'));
  const subnetId = str(from('vnetSubnetID', 'vnetSubnetId', 'subnetId'));
  if (location === undefined || subnetId === undefined) throw planBug(change, 'the cluster location and subnet');
  return {
    resourceGroup,
    name: names[0],
    location,
    dnsPrefix: str(pick(after, 'dnsPrefix')) ?? names[0],
    vmSize: str(from('vmSize', 'agentVmSize')) ?? 'Standard_D3_v2',
    agentCount: num(from('count', 'agentCount')) ?? 3,
    maxPods: num(from('maxPods')) ?? 30,
    maxSurge: str(obj(pool.upgradeSettings)?.maxSurge) ?? null,
    subnetId,
    networkPlugin: str(from('networkPlugin')) ?? 'azure',
    networkPluginMode: str(from('networkPluginMode')) ?? null,
    podCidr: str(from('podCidr')) ?? null,
    serviceCidr: str(from('serviceCidr')) ?? null,
    dnsServiceIP: str(from('dnsServiceIP', 'dnsServiceIp')) ?? null,
    enablePrivateCluster: bool(from('enablePrivateCluster', 'privateCluster')) ?? true,
    enablePrivateClusterPublicFqdn:
      bool(from('enablePrivateClusterPublicFqdn', 'enablePrivateClusterPublicFQDN', 'privateClusterPublicFqdn')) ??
      false,
  };
}

export interface DesiredCompute {
  resourceGroup: string;
  workspace: string;
  name: string;
  /** The compute resource's location (the workspace's); absent = read from the workspace at apply time. */
  location?: string;
  /** Where AML creates the cluster (create only). */
  computeLocation?: string;
  /** Attach: the managed cluster's ARM id. Absent: create a new cluster through AML. */
  attachResourceId?: string;
  agentCount?: number;
  agentVmSize?: string;
  clusterPurpose?: string;
  loadBalancerType?: string;
  loadBalancerSubnet?: string | null;
  networking?: { subnetId: string; serviceCidr?: string; dnsServiceIP?: string; dockerBridgeCidr?: string };
}

export function desiredCompute(change: Change): DesiredCompute {
  const after = afterOf(change);
  const { resourceGroup, names } = idParts(change, 2);
  const inner = obj(pick(after, 'properties')) ?? {};
  const get = (...keys: string[]): JsonValue | undefined => pick(after, ...keys) ?? pick(inner, ...keys);
  const desired: DesiredCompute = { resourceGroup, workspace: names[0], name: names[1] };
  const location = str(after.location);
  if (location !== undefined) desired.location = location;
  const computeLocation = str(get('computeLocation'));
  if (computeLocation !== undefined) desired.computeLocation = computeLocation;
  const attach = str(get('resourceId', 'attachResourceId', 'managedClusterId'));
  if (attach !== undefined) desired.attachResourceId = attach;
  const agentCount = num(get('agentCount'));
  if (agentCount !== undefined) desired.agentCount = agentCount;
  const vmSize = str(get('agentVmSize', 'vmSize'));
  if (vmSize !== undefined) desired.agentVmSize = vmSize;
  const purpose = str(get('clusterPurpose'));
  if (purpose !== undefined) desired.clusterPurpose = purpose;
  const lb = str(get('loadBalancerType'));
  if (lb !== undefined) desired.loadBalancerType = lb;
  const lbSubnet = get('loadBalancerSubnet');
  if (lbSubnet !== undefined) desired.loadBalancerSubnet = str(lbSubnet) ?? null;
  const net = obj(get('aksNetworkingConfiguration'));
  const subnetId = str(net?.subnetId) ?? str(get('subnetId'));
  if (subnetId !== undefined) {
    desired.networking = { subnetId };
    const serviceCidr = str(net?.serviceCidr) ?? str(get('serviceCidr'));
    const dns = str(net?.dnsServiceIP) ?? str(get('dnsServiceIP', 'dnsServiceIp'));
    const bridge = str(net?.dockerBridgeCidr) ?? str(get('dockerBridgeCidr'));
    if (serviceCidr !== undefined) desired.networking.serviceCidr = serviceCidr;
    if (dns !== undefined) desired.networking.dnsServiceIP = dns;
    if (bridge !== undefined) desired.networking.dockerBridgeCidr = bridge;
  }
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
  managedClusterId?: string;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export function desiredRole(change: Change): DesiredRole {
  const after = afterOf(change);
  const scope =
    str(pick(after, 'scope')) ??
    /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i.exec(change.resourceId)?.[1];
  const roleDef = str(pick(after, 'roleDefinitionId', 'roleDefinitionGuid', 'roleGuid'));
  const roleGuid = roleDef !== undefined ? GUID.exec(roleDef.split('/').pop() ?? '')?.[0] : undefined;
  if (scope === undefined || roleGuid === undefined) throw planBug(change, 'the role assignment scope and role');
  const desired: DesiredRole = { scope, roleGuid };
  const principal = str(pick(after, 'principalId'));
  if (principal !== undefined && principal !== KNOWN_AFTER_APPLY) desired.principalId = principal;
  const computeId = str(pick(after, 'computeId', 'computeResourceId'));
  if (computeId !== undefined) desired.computeId = computeId;
  const mc = str(pick(after, 'managedClusterId', 'clusterResourceId', 'clusterId'));
  if (mc !== undefined) desired.managedClusterId = mc;
  return desired;
}

export interface DesiredLoadBalancer {
  resourceGroup: string;
  workspace: string;
  name: string;
  loadBalancerType: string;
  loadBalancerSubnet: string | null;
}

export function desiredLoadBalancer(change: Change): DesiredLoadBalancer {
  const after = afterOf(change);
  const { resourceGroup, names } = idParts(change, 2);
  const type = str(pick(after, 'loadBalancerType'));
  if (type === undefined) throw planBug(change, 'the load balancer type');
  return {
    resourceGroup,
    workspace: names[0],
    name: names[1],
    loadBalancerType: type,
    loadBalancerSubnet: str(pick(after, 'loadBalancerSubnet')) ?? null,
  };
}
