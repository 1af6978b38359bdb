// SDK responses -> the plain live-state shapes. Takes `unknown` and reads defensively: the modular
// clients return flattened models, getResource returns raw ARM JSON (`properties.*`), and the emulator
// or a future api-version may leave fields out.
import { ownedRuleNames } from '../../live/ownership.js';
import type {
  LiveCompute,
  LiveContainerRegistry,
  LiveKubernetesExtension,
  LiveManagedCluster,
  LiveNsg,
  LivePermissions,
  LivePrivateEndpoint,
  LiveRoleAssignment,
  LiveSecurityRule,
  LiveStorageAccount,
  LiveSubnet,
  LiveVnet,
  LiveWorkspace,
} from '../../live/types.js';
import { isRecord } from '../../util/records.js';
import { AZUREML_EXTENSION_TYPE } from '../../plan/kubernetes-extension.js';

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj {
  return isRecord(v) ? (v as Obj) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function strs(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string');
}
/** A field from a flattened SDK model, or from `properties` of raw ARM JSON. */
function field(o: Obj, key: string): unknown {
  if (key in o) return o[key];
  return obj(o.properties)[key];
}
function ids(v: unknown): string[] {
  return arr(v)
    .map((x) => str(obj(x).id))
    .filter((x): x is string => x !== null);
}
/** Strips SDK-only noise so `raw` is plain JSON. */
function plain(o: Obj): Record<string, unknown> {
  return JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
}

export function normaliseSubnet(v: unknown): LiveSubnet {
  const o = obj(v);
  const prefixes = strs(field(o, 'addressPrefixes'));
  const prefix = str(field(o, 'addressPrefix')) ?? prefixes[0] ?? null;
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    addressPrefix: prefix,
    addressPrefixes: prefixes.length > 0 ? prefixes : prefix !== null ? [prefix] : [],
    networkSecurityGroupId: str(obj(field(o, 'networkSecurityGroup')).id),
    delegations: arr(field(o, 'delegations'))
      .map((d) => str(field(obj(d), 'serviceName')))
      .filter((x): x is string => x !== null),
    ipConfigurationIds: ids(field(o, 'ipConfigurations')),
    privateEndpointIds: ids(field(o, 'privateEndpoints')),
    serviceAssociationLinkIds: ids(field(o, 'serviceAssociationLinks')),
    raw: plain(o),
  };
}

export function normaliseVnet(v: unknown, resourceGroup: string): LiveVnet {
  const o = obj(v);
  const subnets = arr(field(o, 'subnets')).map(normaliseSubnet);
  subnets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    resourceGroup,
    location: str(o.location) ?? '',
    addressSpace: strs(obj(field(o, 'addressSpace')).addressPrefixes),
    subnets,
  };
}

function prefixesOf(o: Obj, plural: string, singular: string): string[] {
  const many = strs(field(o, plural));
  if (many.length > 0) return many;
  const one = str(field(o, singular));
  return one !== null ? [one] : [];
}

export function normaliseSecurityRule(v: unknown): LiveSecurityRule {
  const o = obj(v);
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    direction: str(field(o, 'direction')) ?? '',
    access: str(field(o, 'access')) ?? '',
    protocol: str(field(o, 'protocol')) ?? '',
    priority: num(field(o, 'priority')) ?? 0,
    sourceAddressPrefixes: prefixesOf(o, 'sourceAddressPrefixes', 'sourceAddressPrefix'),
    sourcePortRanges: prefixesOf(o, 'sourcePortRanges', 'sourcePortRange'),
    destinationAddressPrefixes: prefixesOf(o, 'destinationAddressPrefixes', 'destinationAddressPrefix'),
    destinationPortRanges: prefixesOf(o, 'destinationPortRanges', 'destinationPortRange'),
    description: str(field(o, 'description')),
  };
}

export function normaliseNsg(v: unknown): LiveNsg {
  const o = obj(v);
  const rules = arr(field(o, 'securityRules')).map(normaliseSecurityRule);
  rules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    location: str(o.location) ?? '',
    rules,
    subnetIds: ids(field(o, 'subnets')),
    ownedRules: ownedRuleNames(stringTags(o.tags)),
  };
}

/** A tag map as Azure returns it (values are strings; anything else is dropped). */
function stringTags(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, value] of Object.entries(v)) if (typeof value === 'string') out[k] = value;
  return out;
}

export function normaliseWorkspace(v: unknown): LiveWorkspace {
  const o = obj(v);
  const pes = arr(field(o, 'privateEndpointConnections'))
    .map((c) => obj(field(obj(c), 'privateEndpoint')))
    .map((pe) => ({ id: str(pe.id), subnetId: str(pe.subnetArmId) }))
    .filter((pe): pe is { id: string; subnetId: string | null } => pe.id !== null);
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    location: str(o.location) ?? '',
    storageAccountId: str(field(o, 'storageAccount')),
    containerRegistryId: str(field(o, 'containerRegistry')),
    privateEndpoints: pes,
  };
}

export function normaliseCompute(v: unknown): LiveCompute {
  const o = obj(v);
  const p = obj(o.properties);
  const aks = obj(p.properties);
  const netCfg = p.properties !== undefined ? obj(aks.aksNetworkingConfiguration) : {};
  const hasNet = Object.keys(netCfg).length > 0;
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    computeType: str(p.computeType) ?? '',
    resourceId: str(p.resourceId),
    computeLocation: str(p.computeLocation),
    provisioningState: str(p.provisioningState),
    isAttachedCompute: p.isAttachedCompute === true,
    agentCount: num(aks.agentCount),
    agentVmSize: str(aks.agentVmSize),
    clusterPurpose: str(aks.clusterPurpose),
    loadBalancerType: str(aks.loadBalancerType),
    loadBalancerSubnet: str(aks.loadBalancerSubnet),
    aksNetworkingConfiguration: hasNet
      ? {
          subnetId: str(netCfg.subnetId),
          serviceCidr: str(netCfg.serviceCidr),
          dnsServiceIP: str(netCfg.dnsServiceIP),
          dockerBridgeCidr: str(netCfg.dockerBridgeCidr),
        }
      : null,
    ...(str(p.computeType)?.toLowerCase() === 'kubernetes' ? { namespace: str(aks.namespace) } : {}),
  };
}

export function normaliseManagedCluster(v: unknown): LiveManagedCluster {
  const o = obj(v);
  const identity = obj(o.identity);
  const uai = Object.values(obj(identity.userAssignedIdentities)).map((x) => str(obj(x).principalId));
  const sp = obj(field(o, 'servicePrincipalProfile'));
  const clientId = str(sp.clientId);
  const np = obj(field(o, 'networkProfile'));
  const api = obj(field(o, 'apiServerAccessProfile'));
  const pools = arr(field(o, 'agentPoolProfiles')).map(obj);
  // Ids are case-insensitive: pools naming one subnet in two casings are one subnet.
  const byLower = new Map<string, string>();
  for (const id of pools.map((p) => str(p.vnetSubnetID)))
    if (id !== null && !byLower.has(id.toLowerCase())) byLower.set(id.toLowerCase(), id);
  const subnetIds = [...byLower.values()].sort();
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    location: str(o.location) ?? '',
    principalId: str(identity.principalId) ?? uai.find((x) => x !== null) ?? null,
    identityType: str(identity.type),
    usesServicePrincipal: clientId !== null && clientId.toLowerCase() !== 'msi' && Object.keys(identity).length === 0,
    networkPlugin: str(np.networkPlugin),
    networkPluginMode: str(np.networkPluginMode),
    podCidr: str(np.podCidr),
    serviceCidr: str(np.serviceCidr),
    dnsServiceIP: str(np.dnsServiceIP),
    enablePrivateCluster: api.enablePrivateCluster === true,
    enablePrivateClusterPublicFqdn:
      api.enablePrivateClusterPublicFqdn === true || api.enablePrivateClusterPublicFQDN === true,
    subnetIds,
    provisioningState: str(field(o, 'provisioningState')),
    agentCount: pools.length === 0 ? null : pools.reduce((n, p) => n + (num(p.count) ?? 0), 0),
    // Only when Azure says it: absent means AKS's default, local accounts enabled.
    ...(typeof field(o, 'disableLocalAccounts') === 'boolean'
      ? { disableLocalAccounts: field(o, 'disableLocalAccounts') === true }
      : {}),
  };
}

/**
 * A Microsoft.KubernetesConfiguration extension (raw ARM JSON, 2023-05-01: extensions.json in
 * https://github.com/Azure/azure-rest-api-specs/tree/main/specification/kubernetesconfiguration). Only string
 * settings are kept (ARM stores them as strings); protected settings are never returned by Azure.
 */
export function normaliseKubernetesExtension(v: unknown): LiveKubernetesExtension | null {
  if (v === undefined || v === null) return null;
  const o = obj(v);
  const p = obj(o.properties);
  const settings: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(p.configurationSettings))) if (typeof val === 'string') settings[k] = val;
  const router = arr(p.statuses)
    .map(obj)
    .find((st) => str(st.code) === 'InferenceRouterAddress' && str(st.message) !== '');
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    extensionType: str(p.extensionType) ?? '',
    releaseNamespace: str(obj(obj(p.scope).cluster).releaseNamespace),
    provisioningState: str(p.provisioningState),
    settings,
    routerAddress: router !== undefined ? str(router.message) : null,
  };
}

/** Every extension of one page of a cluster's extensions list (raw ARM JSON), and whether more pages follow. */
export function extensionsOf(page: unknown): { all: LiveKubernetesExtension[]; morePages: boolean } {
  const o = obj(page);
  const all = arr(o.value)
    .map(normaliseKubernetesExtension)
    .filter((e): e is LiveKubernetesExtension => e !== null);
  return { all, morePages: typeof o.nextLink === 'string' && o.nextLink !== '' };
}

/** The AzureML extensions (microsoft.azureml.kubernetes) among `all`, by name. */
export function azureMlOnly(all: readonly LiveKubernetesExtension[]): LiveKubernetesExtension[] {
  return all
    .filter((e) => e.extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The AzureML extensions of one page of the extensions list (raw ARM JSON), and whether more pages follow. */
export function azureMlExtensionsOf(page: unknown): { extensions: LiveKubernetesExtension[]; morePages: boolean } {
  const { all, morePages } = extensionsOf(page);
  return { extensions: azureMlOnly(all), morePages };
}

/** A resource provider's registration (GET /subscriptions/{s}/providers/{namespace}): its registrationState. */
export function normaliseProviderRegistration(v: unknown): string {
  return str(obj(v).registrationState) ?? 'Unknown';
}

export function roleDefinitionGuid(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').pop() ?? '').toLowerCase();
}

export function normaliseRoleAssignment(v: unknown): LiveRoleAssignment {
  const o = obj(v);
  return {
    id: str(o.id) ?? '',
    name: str(o.name) ?? '',
    scope: str(field(o, 'scope')) ?? '',
    roleDefinitionGuid: roleDefinitionGuid(str(field(o, 'roleDefinitionId')) ?? ''),
    principalId: str(field(o, 'principalId')) ?? '',
  };
}

export function normalisePrivateEndpoint(v: unknown): LivePrivateEndpoint {
  const o = obj(v);
  const conns = [
    ...arr(field(o, 'privateLinkServiceConnections')),
    ...arr(field(o, 'manualPrivateLinkServiceConnections')),
  ];
  return {
    id: str(o.id) ?? '',
    subnetId: str(obj(field(o, 'subnet')).id),
    targetIds: conns.map((c) => str(field(obj(c), 'privateLinkServiceId'))).filter((x): x is string => x !== null),
  };
}

export function normaliseStorageAccount(v: unknown): LiveStorageAccount | null {
  if (v === undefined) return null;
  const o = obj(v);
  const acls = obj(field(o, 'networkAcls'));
  const publicAccess = str(field(o, 'publicNetworkAccess'));
  return {
    id: str(o.id) ?? '',
    defaultAction: str(acls.defaultAction),
    virtualNetworkSubnetIds: arr(acls.virtualNetworkRules)
      .map((r) => str(obj(r).id))
      .filter((x): x is string => x !== null),
    privateEndpointIds: arr(field(o, 'privateEndpointConnections'))
      .map((c) => str(obj(field(obj(c), 'privateEndpoint')).id))
      .filter((x): x is string => x !== null),
    // Only when Azure says it (the field is optional, so older live states compare equal).
    ...(publicAccess !== null ? { publicNetworkAccess: publicAccess } : {}),
  };
}

export function normaliseContainerRegistry(v: unknown): LiveContainerRegistry | null {
  if (v === undefined) return null;
  const o = obj(v);
  return {
    id: str(o.id) ?? '',
    privateEndpointIds: arr(field(o, 'privateEndpointConnections'))
      .map((c) => str(obj(field(obj(c), 'privateEndpoint')).id))
      .filter((x): x is string => x !== null),
  };
}

export function normalisePermissions(perms: unknown[]): LivePermissions {
  const actions = new Set<string>();
  const notActions = new Set<string>();
  for (const p of perms) {
    for (const a of strs(obj(p).actions)) actions.add(a);
    for (const a of strs(obj(p).notActions)) notActions.add(a);
  }
  return { actions: [...actions].sort(), notActions: [...notActions].sort() };
}
