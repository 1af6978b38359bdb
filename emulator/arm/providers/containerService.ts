// Microsoft.ContainerService/managedClusters (2026-06-01 shapes): PUT/GET/list with the AKS resource
// provider's networkProfile validation, system-assigned identities registered in the directory, and
// subnets marked as used by the cluster's nodes.
import { createHash, randomUUID } from 'node:crypto';
import type { EmuResponse, Json, JsonObject, World } from '../../types.js';
import { ArmError, asArray, asObject, asString, badRequest, clone, isObject, resourceNotFound } from '../errors.js';
import { getResource, json, props, putResource, resourcesOfType, takeLroFault, type Provider } from '../context.js';
import {
  broadcast,
  canonical,
  aligned,
  containsIp,
  network,
  overlaps,
  parseCidr,
  parseIp,
  type Cidr,
} from '../cidr.js';
import { buildId } from '../ids.js';
import { T, versionAtLeast } from '../catalog.js';
import { addSubnetUsers, findSubnet, removeSubnetUsers, subnetPrefixes, vnetSubnets } from './network.js';

const RESERVED = ['169.254.0.0/16', '172.30.0.0/16', '172.31.0.0/16', '192.0.2.0/24'].map((c) => parseCidr(c) as Cidr);
const DEFAULT_K8S = '1.33.3';
/** Azure CNI's default pods per node (https://learn.microsoft.com/azure/aks/azure-cni-overview#maximum-pods-per-node). */
const AZURE_CNI_MAX_PODS = 30;
/**
 * networkProfile.dockerBridgeCidr is in the managed cluster API before this version (older clients such as the
 * Python SDK's 2022-11-01 models send "172.17.0.1/16" by default) and is refused from it on.
 */
const DOCKER_BRIDGE_REMOVED = '2023-04-01';

const invalid = (message: string, target?: string): ArmError => badRequest('InvalidParameter', message, target);

function hashOf(text: string, length: number): string {
  return createHash('sha256').update(text.toLowerCase()).digest('hex').slice(0, length);
}

function guidOf(text: string): string {
  const h = hashOf(text + '#guid', 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export interface ClusterTarget {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

function parseCidrField(value: string, target: string): Cidr {
  const c = parseCidr(value);
  if (c === undefined) throw badRequest('CidrStringParseError', `Cidr ${value} is invalid.`, target);
  if (!aligned(c)) {
    throw invalid(`The CIDR ${value} of ${target} is not a network address; use ${canonical(c)}.`, target);
  }
  return c;
}

function checkReserved(c: Cidr, target: string, what: string): void {
  const hit = RESERVED.find((r) => overlaps(r, c));
  if (hit !== undefined) {
    throw invalid(
      `The ${what} ${c.text} overlaps with the reserved range ${hit.text}. The ranges 169.254.0.0/16, 172.30.0.0/16, ` +
        '172.31.0.0/16 and 192.0.2.0/24 are reserved and cannot be used.',
      target,
    );
  }
}

interface PoolSubnet {
  pool: string;
  index: number;
  subnetId: string;
  vnet: JsonObject;
}

/** Resolves and checks each agent pool's vnetSubnetID (exists, not delegated, same region). */
function poolSubnets(world: World, pools: JsonObject[], location: string): PoolSubnet[] {
  const out: PoolSubnet[] = [];
  pools.forEach((pool, index) => {
    const subnetId = asString(pool.vnetSubnetID);
    if (subnetId === undefined || subnetId === '') return;
    const poolName = asString(pool.name) ?? `pool${index}`;
    const target = `agentPoolProfiles[${index}].vnetSubnetID`;
    const ref = findSubnet(world, subnetId);
    if (ref === undefined) {
      throw invalid(`The subnet '${subnetId}' of agent pool '${poolName}' could not be found.`, target);
    }
    const delegations = asArray(props(ref.subnet).delegations) ?? [];
    if (delegations.length > 0) {
      throw invalid(
        `The subnet '${subnetId}' of agent pool '${poolName}' is delegated to another service; an AKS subnet cannot be delegated.`,
        target,
      );
    }
    const vnetLocation = asString(ref.vnet.location) ?? '';
    if (vnetLocation.toLowerCase() !== location.toLowerCase()) {
      throw invalid(
        `The Agentpool ${poolName}'s vnet ${asString(ref.vnet.id) ?? ''} is in location '${vnetLocation}', which is ` +
          `different from the cluster location '${location}'. The virtual network and the cluster must be in the same region.`,
        target,
      );
    }
    out.push({ pool: poolName, index, subnetId: asString(ref.subnet.id) ?? subnetId, vnet: ref.vnet });
  });
  return out;
}

const IMMUTABLE_NETWORK = ['networkPlugin', 'networkPluginMode', 'serviceCidr', 'dnsServiceIP', 'podCidr'];

/**
 * Validates a managed cluster PUT body the way the AKS RP does and returns the document to store.
 * Throws ArmError (400) on the first problem; `existing` is the current cluster for updates.
 */
export function prepareCluster(
  world: World,
  t: ClusterTarget,
  body: JsonObject,
  existing: JsonObject | undefined,
  apiVersion = '2026-06-01',
): JsonObject {
  const location = asString(body.location);
  if (location === undefined || location === '') {
    throw badRequest('LocationRequired', 'The location property is required for this definition.');
  }
  const id = asString(existing?.id) ?? buildId(t.subscriptionId, t.resourceGroup, T.cluster, [t.name]);
  const name = asString(existing?.name) ?? t.name;
  const given = asObject(body.properties) ?? {};
  const old = asObject(existing?.properties) ?? {};
  const np = asObject(given.networkProfile) ?? {};
  if (np.dockerBridgeCidr !== undefined && versionAtLeast(apiVersion, DOCKER_BRIDGE_REMOVED)) {
    throw invalid(
      "The property 'dockerBridgeCidr' is not allowed in networkProfile: it was removed from the managed cluster API " +
        `in version ${DOCKER_BRIDGE_REMOVED} and is not part of this api-version.`,
      'networkProfile.dockerBridgeCidr',
    );
  }
  const oldNp = asObject(old.networkProfile) ?? {};
  // Omitted network settings keep the cluster's current values on update (they cannot change anyway).
  const pick = (key: string): string | undefined => asString(np[key]) ?? asString(oldNp[key]);
  const plugin = pick('networkPlugin') ?? 'kubenet';
  if (!['azure', 'kubenet', 'none'].includes(plugin)) {
    throw invalid(
      `The value '${plugin}' of networkProfile.networkPlugin is invalid. Allowed: azure, kubenet, none.`,
      'networkProfile.networkPlugin',
    );
  }
  const pluginMode = pick('networkPluginMode');
  const overlay = pluginMode?.toLowerCase() === 'overlay';

  const pools = (asArray(given.agentPoolProfiles) ?? []).filter(isObject);
  if (pools.length === 0)
    throw invalid('At least one agent pool is required in agentPoolProfiles.', 'agentPoolProfiles');
  const defaultMaxPods = plugin === 'azure' && !overlay ? 30 : overlay ? 250 : 110;
  pools.forEach((pool, i) => {
    const maxPods = pool.maxPods;
    if (maxPods !== undefined && maxPods !== null && (typeof maxPods !== 'number' || maxPods < 10 || maxPods > 250)) {
      throw invalid(
        `The value ${String(maxPods)} of agentPoolProfiles[${i}].maxPods is invalid: it must be between 10 and 250.`,
        `agentPoolProfiles[${i}].maxPods`,
      );
    }
    if (asString(pool.name) === undefined)
      throw invalid(`agentPoolProfiles[${i}].name is required.`, `agentPoolProfiles[${i}].name`);
  });
  const subnets = poolSubnets(world, pools, location);

  const svcText = asString(np.serviceCidr) ?? asString(oldNp.serviceCidr);
  const dnsText = asString(np.dnsServiceIP) ?? asString(oldNp.dnsServiceIP);
  if ((svcText === undefined) !== (dnsText === undefined) && existing === undefined) {
    throw invalid(
      'networkProfile.serviceCidr and networkProfile.dnsServiceIP must be specified together.',
      svcText === undefined ? 'networkProfile.serviceCIDR' : 'networkProfile.dnsServiceIP',
    );
  }
  const serviceCidr = parseCidrField(svcText ?? '10.0.0.0/16', 'networkProfile.serviceCIDR');
  if (serviceCidr.prefix < 12) {
    throw invalid(
      `The service CIDR ${serviceCidr.text} is too large: the mask must be /12 or longer (at most 1,048,576 addresses).`,
      'networkProfile.serviceCIDR',
    );
  }
  checkReserved(serviceCidr, 'networkProfile.serviceCIDR', 'service CIDR');
  for (const ps of subnets) {
    for (const s of vnetSubnets(ps.vnet)) {
      for (const text of subnetPrefixes(s)) {
        const sc = parseCidr(text);
        if (sc !== undefined && overlaps(sc, serviceCidr)) {
          throw badRequest(
            'ServiceCidrOverlapExistingSubnetsCidr',
            `The specified service CIDR ${serviceCidr.text} is conflicted with an existing subnet CIDR ${text}`,
            'networkProfile.serviceCIDR',
          );
        }
      }
    }
  }
  const dnsIp = parseIp(dnsText ?? '10.0.0.10');
  if (dnsIp === undefined) {
    throw invalid(`The DNS service IP ${dnsText ?? ''} is not a valid IPv4 address.`, 'networkProfile.dnsServiceIP');
  }
  if (!containsIp(serviceCidr, dnsIp)) {
    throw invalid(
      `The DNS service IP ${dnsText ?? ''} is not within the service CIDR ${serviceCidr.text}.`,
      'networkProfile.dnsServiceIP',
    );
  }
  if (dnsIp === network(serviceCidr) || dnsIp === network(serviceCidr) + 1 || dnsIp === broadcast(serviceCidr)) {
    throw invalid(
      `The DNS service IP ${dnsText ?? ''} cannot be the network address, the first IP (used by the kubernetes ` +
        `service) or the broadcast address of the service CIDR ${serviceCidr.text}.`,
      'networkProfile.dnsServiceIP',
    );
  }
  const podGiven = asString(np.podCidr);
  if (podGiven !== undefined && plugin === 'azure' && !overlay) {
    throw invalid(
      "networkProfile.podCidr cannot be set when networkPlugin is 'azure' unless networkPluginMode is 'overlay'. " +
        'See https://aka.ms/aksoverlay',
      'networkProfile.podCidr',
    );
  }
  const podText = pick('podCidr') ?? (plugin === 'kubenet' || overlay ? '10.244.0.0/16' : undefined);
  let podCidr: Cidr | undefined;
  if (podText !== undefined) {
    podCidr = parseCidrField(podText, 'networkProfile.podCIDR');
    checkReserved(podCidr, 'networkProfile.podCIDR', 'pod CIDR');
    if (overlaps(podCidr, serviceCidr)) {
      throw invalid(
        `The pod CIDR ${podCidr.text} overlaps with the service CIDR ${serviceCidr.text}.`,
        'networkProfile.podCIDR',
      );
    }
  }

  const apiGiven = asObject(given.apiServerAccessProfile) ?? {};
  const oldApi = asObject(old.apiServerAccessProfile) ?? {};
  const privateCluster = apiGiven.enablePrivateCluster === true;
  if (existing !== undefined) {
    const wanted: Record<string, unknown> = {
      networkPlugin: plugin,
      networkPluginMode: pluginMode,
      serviceCidr: serviceCidr.text,
      dnsServiceIP: dnsText,
      podCidr: podText,
    };
    const changes: [string, unknown, unknown][] = [
      ...IMMUTABLE_NETWORK.map((k): [string, unknown, unknown] => [`networkProfile.${k}`, wanted[k], oldNp[k]]),
      ['apiServerAccessProfile.enablePrivateCluster', privateCluster, oldApi.enablePrivateCluster === true],
      ['dnsPrefix', asString(given.dnsPrefix) ?? old.dnsPrefix, old.dnsPrefix],
    ];
    for (const [path, now, before] of changes) {
      if (String(now ?? '').toLowerCase() !== String(before ?? '').toLowerCase()) {
        throw badRequest('PropertyChangeNotAllowed', `Changing property '${path}' is not allowed.`, path);
      }
    }
    const oldPools = (asArray(old.agentPoolProfiles) ?? []).filter(isObject);
    for (const p of pools) {
      const before = oldPools.find((o) => asString(o.name) === asString(p.name));
      if (
        before !== undefined &&
        (asString(before.vnetSubnetID) ?? '').toLowerCase() !==
          (asString(p.vnetSubnetID) ?? asString(before.vnetSubnetID) ?? '').toLowerCase()
      ) {
        throw badRequest(
          'PropertyChangeNotAllowed',
          "Changing property 'vnetSubnetID' is not allowed.",
          'agentPoolProfiles.vnetSubnetID',
        );
      }
    }
  }

  // ----- the stored document -----
  const dnsPrefix =
    asString(old.dnsPrefix) ??
    asString(given.dnsPrefix) ??
    `${name}-${t.resourceGroup}-${t.subscriptionId.slice(0, 6)}`;
  const k8s = asString(given.kubernetesVersion) || asString(old.kubernetesVersion) || DEFAULT_K8S;
  const networkProfile: JsonObject = {
    ...clone(np),
    networkPlugin: plugin,
    serviceCidr: serviceCidr.text,
    serviceCidrs: [serviceCidr.text],
    dnsServiceIP: dnsText ?? '10.0.0.10',
    outboundType: asString(np.outboundType) ?? 'loadBalancer',
    loadBalancerSku: asString(np.loadBalancerSku) ?? 'standard',
    ipFamilies: (asArray(np.ipFamilies) as Json[] | undefined) ?? ['IPv4'],
  };
  if (pluginMode !== undefined) networkProfile.networkPluginMode = pluginMode;
  if (networkProfile.outboundType === 'loadBalancer') {
    const lbGiven = asObject(np.loadBalancerProfile) ?? {};
    const count = asObject(lbGiven.managedOutboundIPs)?.count;
    const ips = typeof count === 'number' && count > 0 ? count : 1;
    const nodeRgFor =
      asString(old.nodeResourceGroup) ??
      asString(given.nodeResourceGroup) ??
      `MC_${t.resourceGroup}_${name}_${location}`;
    networkProfile.loadBalancerProfile = {
      ...clone(lbGiven),
      managedOutboundIPs: { count: ips },
      effectiveOutboundIPs: Array.from({ length: ips }, (_, i) => ({
        id: `/subscriptions/${t.subscriptionId}/resourceGroups/${nodeRgFor}/providers/Microsoft.Network/publicIPAddresses/mgdoutboundip${i + 1}`,
      })),
      allocatedOutboundPorts: typeof lbGiven.allocatedOutboundPorts === 'number' ? lbGiven.allocatedOutboundPorts : 0,
      idleTimeoutInMinutes: typeof lbGiven.idleTimeoutInMinutes === 'number' ? lbGiven.idleTimeoutInMinutes : 30,
    };
  }
  if (podCidr !== undefined) {
    networkProfile.podCidr = podCidr.text;
    networkProfile.podCidrs = [podCidr.text];
  }
  const properties: JsonObject = {};
  for (const [k, v] of Object.entries(given)) properties[k] = clone(v);
  properties.provisioningState = 'Succeeded';
  properties.powerState = { code: 'Running' };
  properties.kubernetesVersion = k8s;
  properties.currentKubernetesVersion = k8s;
  properties.dnsPrefix = dnsPrefix;
  properties.agentPoolProfiles = pools.map((p) => ({
    ...clone(p),
    count: typeof p.count === 'number' ? p.count : 3,
    maxPods: typeof p.maxPods === 'number' ? p.maxPods : defaultMaxPods,
    type: asString(p.type) ?? 'VirtualMachineScaleSets',
    mode: asString(p.mode) ?? 'System',
    osType: asString(p.osType) ?? 'Linux',
    orchestratorVersion: k8s,
    currentOrchestratorVersion: k8s,
    nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202511.07.0',
    provisioningState: 'Succeeded',
    powerState: { code: 'Running' },
  }));
  properties.networkProfile = networkProfile;
  properties.nodeResourceGroup =
    asString(old.nodeResourceGroup) ?? asString(given.nodeResourceGroup) ?? `MC_${t.resourceGroup}_${name}_${location}`;
  properties.enableRBAC = given.enableRBAC !== false;
  properties.maxAgentPools = 100;
  properties.supportPlan = asString(given.supportPlan) ?? 'KubernetesOfficial';
  const hash = hashOf(id, 8);
  const publicFqdn = !privateCluster || apiGiven.enablePrivateClusterPublicFQDN === true;
  if (publicFqdn) properties.fqdn = `${dnsPrefix}-${hash}.hcp.${location}.azmk8s.io`;
  else delete properties.fqdn;
  properties.azurePortalFQDN = `${dnsPrefix}-${hash}.portal.hcp.${location}.azmk8s.io`;
  if (privateCluster) {
    properties.apiServerAccessProfile = {
      ...clone(apiGiven),
      enablePrivateCluster: true,
      enablePrivateClusterPublicFQDN: apiGiven.enablePrivateClusterPublicFQDN === true,
      privateDNSZone: asString(apiGiven.privateDNSZone) ?? 'system',
    };
    properties.privateFQDN = `${dnsPrefix}-${hashOf(id + '#private', 8)}.${guidOf(id)}.privatelink.${location}.azmk8s.io`;
  } else {
    delete properties.privateFQDN;
  }
  // Secrets are write-only: responses never echo them.
  const spGiven = asObject(given.servicePrincipalProfile);
  const identityGiven = asObject(body.identity);
  const oldIdentity = asObject(existing?.identity);
  const useSp = spGiven !== undefined && (asString(spGiven.clientId) ?? 'msi').toLowerCase() !== 'msi';
  properties.servicePrincipalProfile = { clientId: useSp ? (asString(spGiven?.clientId) ?? '') : 'msi' };
  const windows = asObject(given.windowsProfile);
  if (windows !== undefined)
    properties.windowsProfile = { adminUsername: asString(windows.adminUsername) ?? 'azureuser' };

  const doc: JsonObject = { id, name, type: T.cluster, location, properties };
  const tags = asObject(body.tags);
  if (tags !== undefined) doc.tags = clone(tags);
  doc.sku = clone(asObject(body.sku) ?? { name: 'Base', tier: 'Free' });
  if (!useSp) {
    const type = asString(identityGiven?.type) ?? 'SystemAssigned';
    const identity: JsonObject = { type };
    if (type === 'SystemAssigned') {
      identity.principalId = asString(oldIdentity?.principalId) ?? randomUUID();
      identity.tenantId = world.tenantId;
    } else if (type === 'UserAssigned') {
      const uais = asObject(identityGiven?.userAssignedIdentities) ?? {};
      const out: JsonObject = {};
      for (const key of Object.keys(uais)) {
        const prev = asObject(asObject(oldIdentity?.userAssignedIdentities)?.[key]);
        out[key] = {
          principalId: asString(prev?.principalId) ?? guidOf(key + '#principal'),
          clientId: asString(prev?.clientId) ?? guidOf(key + '#client'),
        };
      }
      identity.userAssignedIdentities = out;
    }
    doc.identity = identity;
  }
  return doc;
}

/** The identity the cluster acts as toward Azure (system-assigned, else the first user-assigned one). */
export function clusterPrincipalId(cluster: JsonObject): string | undefined {
  const identity = asObject(cluster.identity);
  const system = asString(identity?.principalId);
  if (system !== undefined) return system;
  const uais = asObject(identity?.userAssignedIdentities) ?? {};
  for (const v of Object.values(uais)) {
    const pid = asString(asObject(v)?.principalId);
    if (pid !== undefined) return pid;
  }
  return undefined;
}

export function clusterSubnetIds(cluster: JsonObject): string[] {
  return (asArray(props(cluster).agentPoolProfiles) ?? [])
    .map((p) => asString(asObject(p)?.vnetSubnetID))
    .filter((s): s is string => s !== undefined && s !== '');
}

/** Makes a prepared cluster real: Succeeded, identity in the directory, subnets marked as used. */
export function commitCluster(world: World, doc: JsonObject, now: number): void {
  props(doc).provisioningState = 'Succeeded';
  putResource(world, doc);
  const pid = asString(asObject(doc.identity)?.principalId);
  if (pid !== undefined && !world.principals.some((p) => p.objectId.toLowerCase() === pid.toLowerCase())) {
    world.principals.push({ objectId: pid, type: 'ServicePrincipal', createdAt: now, displayName: asString(doc.name) });
  }
  const name = asString(doc.name) ?? 'cluster';
  const nodeRg = asString(props(doc).nodeResourceGroup) ?? `MC_${name}`;
  const sub = /^\/subscriptions\/([^/]+)/i.exec(asString(doc.id) ?? '')?.[1] ?? '';
  // As on Azure, every node takes an address in its pool's subnet, and with Azure CNI (not overlay) every node also
  // reserves maxPods addresses for its pods (https://learn.microsoft.com/azure/aks/azure-cni-overview#plan-ip-addressing-for-your-cluster).
  const np = asObject(props(doc).networkProfile) ?? {};
  const podIpsInSubnet = asString(np.networkPlugin) === 'azure' && asString(np.networkPluginMode) !== 'overlay';
  releaseClusterSubnets(world, doc);
  (asArray(props(doc).agentPoolProfiles) ?? []).filter(isObject).forEach((pool) => {
    const subnetId = asString(pool.vnetSubnetID);
    if (subnetId === undefined) return;
    const poolName = asString(pool.name) ?? 'nodepool1';
    const vmss = `aks-${poolName}-${hashOf(asString(doc.id) ?? '', 8)}-vmss`;
    const nodes = typeof pool.count === 'number' ? pool.count : 3;
    const perNode = 1 + (podIpsInSubnet ? (typeof pool.maxPods === 'number' ? pool.maxPods : AZURE_CNI_MAX_PODS) : 0);
    const ids: string[] = [];
    for (let node = 0; node < nodes; node++) {
      for (let ip = 1; ip <= perNode; ip++) {
        ids.push(
          `/subscriptions/${sub}/resourceGroups/${nodeRg}/providers/Microsoft.Compute/virtualMachineScaleSets/${vmss}` +
            `/virtualMachines/${node}/networkInterfaces/${vmss}/ipConfigurations/ipconfig${ip}`,
        );
      }
    }
    addSubnetUsers(world, subnetId, ids);
  });
}

/** Forgets the cluster's nodes in its subnets (when AML deletes the cluster with its compute). */
export function releaseClusterSubnets(world: World, cluster: JsonObject): void {
  const marker = `/virtualMachineScaleSets/aks-`;
  const suffix = `-${hashOf(asString(cluster.id) ?? '', 8)}-vmss/`;
  for (const subnetId of clusterSubnetIds(cluster)) {
    removeSubnetUsers(world, subnetId, (id) => id.includes(marker) && id.includes(suffix));
  }
}

/**
 * AKS's optimistic concurrency (https://learn.microsoft.com/azure/aks/concurrency-control): every write gives the
 * cluster and each agent pool a new eTag; a PUT with If-Match must name the current one, and If-None-Match: *
 * refuses to overwrite an existing cluster. Both answer 412 PreconditionFailed.
 */
function checkPreconditions(headers: Record<string, string>, existing: JsonObject | undefined, name: string): void {
  const ifMatch = headers['if-match'];
  const ifNoneMatch = headers['if-none-match'];
  const current = asString(existing?.eTag);
  const unquote = (v: string): string => v.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (ifMatch !== undefined && ifMatch !== '') {
    const wanted = ifMatch.split(',').map(unquote);
    const ok = existing !== undefined && (wanted.includes('*') || (current !== undefined && wanted.includes(current)));
    if (!ok) {
      throw new ArmError(
        412,
        'PreconditionFailed',
        existing === undefined
          ? `The managed cluster '${name}' does not exist, so the If-Match condition '${ifMatch}' cannot be met.`
          : `The If-Match eTag '${ifMatch}' does not match the current eTag '${current ?? ''}' of managed cluster '${name}'.`,
      );
    }
  }
  if (ifNoneMatch !== undefined && unquote(ifNoneMatch) === '*' && existing !== undefined) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      `The managed cluster '${name}' already exists and the If-None-Match condition '*' forbids replacing it.`,
    );
  }
}

/** New eTags for the cluster and every agent pool (AKS answers them on GET and PUT). */
export function stampEtags(doc: JsonObject): void {
  doc.eTag = randomUUID();
  for (const pool of (asArray(props(doc).agentPoolProfiles) ?? []).filter(isObject)) pool.eTag = randomUUID();
}

function anotherOperation(name: string): ArmError {
  return new ArmError(
    409,
    'AnotherOperationInProgress',
    `Operation is not allowed because there's an in progress operation on the managed cluster ${name}. Please wait ` +
      'for it to finish before starting a new operation. See https://aka.ms/aks-pending-operation for more details.',
  );
}

export const containerServiceProviders: Record<string, Provider> = {
  [T.cluster]: {
    get(ctx, t) {
      const c = getResource(ctx.world, t.id);
      if (c === undefined) throw resourceNotFound(T.cluster, t.names[0], t.resourceGroup);
      return json(200, c);
    },
    list(ctx, t) {
      const prefix = (
        t.ref.resourceGroup === undefined ? `/subscriptions/${t.subscriptionId}/` : `${t.id}/`
      ).toLowerCase();
      return json(200, {
        value: resourcesOfType(ctx.world, T.cluster).filter((r) =>
          (asString(r.id) ?? '').toLowerCase().startsWith(prefix),
        ),
      });
    },
    put(ctx, t): EmuResponse {
      const body = asObject(ctx.req.body);
      if (body === undefined) throw badRequest('InvalidRequestContent', 'The request content must be a JSON object.');
      const existing = getResource(ctx.world, t.id);
      if (existing !== undefined && ctx.lro.busy(t.id)) throw anotherOperation(t.names[0]);
      checkPreconditions(ctx.req.headers, existing, t.names[0]);
      const doc = prepareCluster(
        ctx.world,
        { subscriptionId: t.subscriptionId, resourceGroup: t.resourceGroup, name: t.names[0] },
        body,
        existing,
        ctx.apiVersion,
      );
      stampEtags(doc);
      const fault = takeLroFault(ctx, T.cluster);
      props(doc).provisioningState = existing === undefined ? 'Creating' : 'Updating';
      putResource(ctx.world, doc);
      const world = ctx.world;
      const headers = ctx.lro.start(
        {
          resourceId: asString(doc.id) ?? t.id,
          timingKey: T.cluster,
          subscriptionId: t.subscriptionId,
          namespace: 'Microsoft.ContainerService',
          location: asString(doc.location) ?? '',
          apiVersion: ctx.apiVersion,
          failure: fault,
          onSucceed: (now) => commitCluster(world, doc, now),
          onFail: () => {
            const restored = existing === undefined ? doc : clone(existing);
            props(restored).provisioningState = 'Failed';
            putResource(world, restored);
          },
        },
        ctx.now,
        ctx.req.baseUrl,
      );
      return json(existing === undefined ? 201 : 200, doc, headers);
    },
  },
};
