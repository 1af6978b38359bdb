// Microsoft.MachineLearningServices (2022-10-01 shapes): workspaces and AKS computes. Creating an AKS
// compute also creates its managed cluster (with the same networkProfile validation, surfacing as a
// failed operation); attaching needs an existing cluster; switching to an internal load balancer fails
// unless the cluster identity may join the subnet.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EmuResponse, JsonObject, World } from '../../types.js';
import {
  ArmError,
  asObject,
  asString,
  badRequest,
  clone,
  errorBody,
  isObject,
  parentNotFound,
  resourceNotFound,
  type ErrorBody,
} from '../errors.js';
import {
  deleteResource,
  getResource,
  json,
  props,
  putResource,
  resourcesOfType,
  takeLroFault,
  type Ctx,
  type Provider,
  type Target,
} from '../context.js';
import { buildId, parseResourceId } from '../ids.js';
import { T } from '../catalog.js';
import { isAllowed } from '../rbac.js';
import { formatIp, network, parseCidr } from '../cidr.js';
import {
  clusterPrincipalId,
  clusterSubnetIds,
  commitCluster,
  prepareCluster,
  releaseClusterSubnets,
  stampEtags,
} from './containerService.js';
import { findSubnet, subnetPrefixes, vnetSubnets } from './network.js';
import { putKubernetesCompute } from './kubernetesCompute.js';

const ML = 'Microsoft.MachineLearningServices';
const COMPUTE_NAME = /^[A-Za-z][A-Za-z0-9-]{0,14}[A-Za-z0-9]$/;
const JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';

function workspaceId(t: Target): string {
  return buildId(t.subscriptionId, t.resourceGroup, T.workspace, t.names.slice(0, 1));
}

// ---------- workspaces ----------

const workspaceProvider: Provider = {
  get(ctx, t) {
    const ws = getResource(ctx.world, t.id);
    if (ws === undefined) throw resourceNotFound(T.workspace, t.names[0], t.resourceGroup);
    return json(200, ws);
  },
  list(ctx, t) {
    const prefix = (
      t.ref.resourceGroup === undefined ? `/subscriptions/${t.subscriptionId}/` : `${t.id}/`
    ).toLowerCase();
    return json(200, {
      value: resourcesOfType(ctx.world, T.workspace).filter((r) =>
        (asString(r.id) ?? '').toLowerCase().startsWith(prefix),
      ),
    });
  },
  put(ctx, t) {
    const body = asObject(ctx.req.body);
    const location = asString(body?.location);
    if (body === undefined || location === undefined || location === '') {
      throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    const existing = getResource(ctx.world, t.id);
    if (ctx.lro.busy(t.id)) throw anotherOperation(t.names[0]);
    const given = asObject(body.properties) ?? {};
    const old = asObject(existing?.properties) ?? {};
    const properties: JsonObject = { ...clone(given) };
    properties.workspaceId = asString(old.workspaceId) ?? randomUUID();
    properties.discoveryUrl = `https://${location}.api.azureml.ms/discovery`;
    properties.privateEndpointConnections = clone(
      old.privateEndpointConnections ?? given.privateEndpointConnections ?? [],
    );
    properties.privateLinkCount = Array.isArray(properties.privateEndpointConnections)
      ? properties.privateEndpointConnections.length
      : 0;
    properties.hbiWorkspace = given.hbiWorkspace === true;
    properties.allowPublicAccessWhenBehindVnet = given.allowPublicAccessWhenBehindVnet === true;
    properties.publicNetworkAccess = asString(given.publicNetworkAccess) ?? 'Enabled';
    properties.serviceProvisionedResourceGroup =
      asString(old.serviceProvisionedResourceGroup) ?? `${t.names[0]}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    properties.provisioningState = existing === undefined ? 'Creating' : 'Updating';
    const doc: JsonObject = {
      id: asString(existing?.id) ?? t.id,
      name: asString(existing?.name) ?? t.names[0],
      type: T.workspace,
      location,
      properties,
    };
    if (body.tags !== undefined) doc.tags = clone(body.tags);
    if (body.sku !== undefined) doc.sku = clone(body.sku);
    const identity = asObject(body.identity);
    if (identity !== undefined) {
      const out: JsonObject = {
        ...clone(identity),
        principalId: asString(asObject(existing?.identity)?.principalId) ?? randomUUID(),
        tenantId: ctx.world.tenantId,
      };
      const uais = asObject(identity.userAssignedIdentities);
      if (uais !== undefined) {
        const filled: JsonObject = {};
        for (const key of Object.keys(uais)) filled[key] = { principalId: randomUUID(), clientId: randomUUID() };
        out.userAssignedIdentities = filled;
      }
      doc.identity = out;
    }
    putResource(ctx.world, doc);
    const world = ctx.world;
    const headers = ctx.lro.start(
      {
        resourceId: asString(doc.id) ?? t.id,
        timingKey: T.workspace,
        subscriptionId: t.subscriptionId,
        namespace: ML,
        location,
        apiVersion: ctx.apiVersion,
        failure: takeLroFault(ctx, T.workspace),
        onSucceed: () => {
          props(doc).provisioningState = 'Succeeded';
        },
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
};

// ---------- computes ----------

function anotherOperation(name: string): ArmError {
  return new ArmError(
    409,
    'AnotherOperationInProgress',
    `Another operation is in progress on '${name}'. Retry when it has finished.`,
  );
}

interface AksSettings {
  agentCount: number | null;
  agentVmSize: string | null;
  clusterPurpose: string;
  loadBalancerType: string;
  loadBalancerSubnet: string | null;
  aksNetworkingConfiguration: JsonObject | null;
  sslConfiguration: JsonObject | null;
}

function readSettings(inner: JsonObject | undefined): AksSettings {
  const i = inner ?? {};
  const lbType = asString(i.loadBalancerType) ?? 'PublicIp';
  if (lbType !== 'PublicIp' && lbType !== 'InternalLoadBalancer') {
    throw badRequest(
      'BadArgument',
      `Invalid load balancer type '${lbType}'. It should be either "PublicIp" or "InternalLoadBalancer".`,
    );
  }
  const count = i.agentCount;
  if (count !== undefined && count !== null && (typeof count !== 'number' || count < 0 || !Number.isInteger(count))) {
    throw badRequest('BadArgument', `Invalid agentCount ${String(count)}: it must be an integer of at least 0.`);
  }
  return {
    agentCount: typeof count === 'number' ? count : null,
    agentVmSize: asString(i.agentVmSize) ?? null,
    clusterPurpose: asString(i.clusterPurpose) ?? 'FastProd',
    loadBalancerType: lbType,
    loadBalancerSubnet: asString(i.loadBalancerSubnet) ?? null,
    aksNetworkingConfiguration: asObject(i.aksNetworkingConfiguration) ?? null,
    sslConfiguration: asObject(i.sslConfiguration) ?? null,
  };
}

/** The error a switch to an internal load balancer ends with, or undefined when the cluster may do it. */
function ilbProblem(
  world: World,
  cluster: JsonObject | undefined,
  principalId: string | undefined,
  lbSubnet: string | null,
  computeName: string,
): ErrorBody | undefined {
  const subnetIds = cluster === undefined ? [] : clusterSubnetIds(cluster);
  const nodeSubnet = subnetIds.length > 0 ? findSubnet(world, subnetIds[0]) : undefined;
  if (nodeSubnet === undefined) {
    return errorBody(
      'LoadBalancerSubnetNotFound',
      `Compute '${computeName}': an internal load balancer needs the cluster to run in a virtual network subnet, and this cluster has none.`,
    );
  }
  let target = nodeSubnet.subnet;
  if (lbSubnet !== null) {
    const found = vnetSubnets(nodeSubnet.vnet).find((s) => asString(s.name)?.toLowerCase() === lbSubnet.toLowerCase());
    if (found === undefined) {
      return errorBody(
        'LoadBalancerSubnetNotFound',
        `Compute '${computeName}': the load balancer subnet '${lbSubnet}' is not a subnet of the cluster's virtual network ${asString(nodeSubnet.vnet.id) ?? ''}.`,
      );
    }
    target = found;
  }
  const scope = asString(target.id) ?? '';
  if (principalId !== undefined && isAllowed(world, principalId, JOIN, scope)) return undefined;
  const who = principalId ?? '(none)';
  const authz =
    `The client '${who}' with object id '${who}' does not have authorization to perform action '${JOIN}' over scope ` +
    `'${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`;
  return errorBody(
    'InternalLoadBalancerPermissionDenied',
    `Failed to create the internal load balancer of compute '${computeName}': the cluster identity '${who}' may not ` +
      `join the load balancer subnet (${authz}) ` +
      "Grant the cluster identity Network Contributor on the virtual network's resource group, the virtual network or the subnet.",
    undefined,
    [errorBody('AuthorizationFailed', authz)],
  );
}

/** The scoring front end's address: a private IP in the LB subnet for an ILB, a public-looking one otherwise. */
function scoringAddress(world: World, cluster: JsonObject | undefined, settings: AksSettings): string {
  if (settings.loadBalancerType === 'InternalLoadBalancer' && cluster !== undefined) {
    const ids = clusterSubnetIds(cluster);
    const ref = ids.length > 0 ? findSubnet(world, ids[0]) : undefined;
    const sub =
      settings.loadBalancerSubnet === null || ref === undefined
        ? ref?.subnet
        : vnetSubnets(ref.vnet).find(
            (s) => asString(s.name)?.toLowerCase() === settings.loadBalancerSubnet?.toLowerCase(),
          );
    const cidr = sub === undefined ? undefined : parseCidr(subnetPrefixes(sub)[0] ?? '');
    if (cidr !== undefined) return formatIp(network(cidr) + 100);
  }
  return `20.${(asString(cluster?.id)?.length ?? 0) % 250}.10.${(asString(cluster?.name)?.length ?? 1) % 250}`;
}

function computeDoc(
  world: World,
  base: {
    id: string;
    name: string;
    location: string;
    tags: unknown;
    description: string | null;
    computeLocation: string;
    createdOn: string;
    attached: boolean;
  },
  settings: AksSettings,
  cluster: JsonObject | undefined,
  state: { provisioningState: string; errors: ErrorBody[] | null; now: number },
): JsonObject {
  const cp = cluster === undefined ? undefined : props(cluster);
  const pools = (cp?.agentPoolProfiles as JsonObject[] | undefined) ?? [];
  const pool = pools.find(isObject);
  const fqdn = asString(cp?.fqdn) ?? asString(cp?.privateFQDN) ?? null;
  const inner: JsonObject = {
    agentVmSize: settings.agentVmSize ?? asString(pool?.vmSize) ?? null,
    agentCount: settings.agentCount ?? (typeof pool?.count === 'number' ? pool.count : null),
    clusterPurpose: settings.clusterPurpose,
    clusterFqdn: fqdn,
    systemServices:
      cluster === undefined
        ? null
        : [
            {
              systemServiceType: 'ScoringFrontEnd',
              publicIpAddress: scoringAddress(world, cluster, settings),
              version: '2.0.0',
            },
          ],
    loadBalancerType: settings.loadBalancerType,
    loadBalancerSubnet: settings.loadBalancerSubnet,
    aksNetworkingConfiguration:
      settings.aksNetworkingConfiguration === null ? null : clone(settings.aksNetworkingConfiguration),
  };
  if (settings.sslConfiguration !== null) {
    const ssl = clone(settings.sslConfiguration);
    delete ssl.cert;
    delete ssl.key;
    inner.sslConfiguration = ssl;
  }
  return {
    id: base.id,
    name: base.name,
    type: T.compute,
    location: base.location,
    tags: (base.tags ?? null) as JsonObject | null,
    properties: {
      computeType: 'AKS',
      computeLocation: base.computeLocation,
      provisioningState: state.provisioningState,
      provisioningErrors:
        state.errors === null ? null : state.errors.map((e) => ({ error: { code: e.code, message: e.message } })),
      description: base.description,
      createdOn: base.createdOn,
      modifiedOn: new Date(state.now).toISOString(),
      resourceId: amlCasing(asString(cluster?.id)),
      isAttachedCompute: base.attached,
      disableLocalAuth: false,
      properties: inner,
    },
  };
}

/**
 * AML answers the cluster's id with "resourcegroups" in lower case, whatever casing the cluster has in ARM (the
 * official compute example, https://github.com/Azure/azure-rest-api-specs/blob/main/specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2022-10-01/examples/Compute/get/AKSCompute.json):
 * clients must compare ids case-insensitively.
 */
function amlCasing(id: string | undefined): string | null {
  return id === undefined ? null : id.replace(/\/resourceGroups\//i, '/resourcegroups/');
}

function clusterName(computeName: string): string {
  const digits = String(10000 + (randomBytes(2).readUInt16BE(0) % 90000));
  return `${computeName}-${digits}-${randomBytes(7).toString('hex').slice(0, 13)}`;
}

/** The managed cluster AML asks AKS for; dockerBridgeCidr stays with AML (AKS no longer has it). */
function clusterRequest(location: string, name: string, settings: AksSettings): JsonObject {
  const net = settings.aksNetworkingConfiguration;
  const subnetId = asString(net?.subnetId);
  const pool: JsonObject = {
    name: 'agentpool',
    count: settings.agentCount ?? 3,
    vmSize: settings.agentVmSize ?? 'Standard_D3_v2',
    mode: 'System',
    osType: 'Linux',
    type: 'VirtualMachineScaleSets',
  };
  const networkProfile: JsonObject = { networkPlugin: subnetId === undefined ? 'kubenet' : 'azure' };
  if (subnetId !== undefined) {
    pool.vnetSubnetID = subnetId;
    for (const key of ['serviceCidr', 'dnsServiceIP']) {
      const v = asString(net?.[key]);
      if (v !== undefined) networkProfile[key] = v;
    }
  }
  return {
    location,
    identity: { type: 'SystemAssigned' },
    properties: { dnsPrefix: name.slice(0, 40), agentPoolProfiles: [pool], networkProfile, enableRBAC: true },
  };
}

function sameNetworking(a: JsonObject | null, b: JsonObject | null): boolean {
  if (a === null || b === null) return true;
  return ['subnetId', 'serviceCidr', 'dnsServiceIP', 'dockerBridgeCidr'].every(
    (k) => (asString(a[k]) ?? '').toLowerCase() === (asString(b[k]) ?? '').toLowerCase(),
  );
}

function putCompute(ctx: Ctx, t: Target): EmuResponse {
  const world = ctx.world;
  const ws = getResource(world, workspaceId(t));
  if (ws === undefined) throw parentNotFound(t.names[0]);
  const name = t.names[1];
  if (!COMPUTE_NAME.test(name)) {
    throw badRequest(
      'BadArgument',
      `Compute name '${name}' is invalid: it must be between 2 and 16 characters long, start with a letter, end with a ` +
        "letter or digit, and contain only letters, digits and '-'.",
    );
  }
  const body = asObject(ctx.req.body);
  const p = asObject(body?.properties);
  if (body === undefined || p === undefined)
    throw badRequest('BadArgument', 'The request body must contain properties.');
  const computeType = asString(p.computeType);
  const existing = getResource(world, t.id);
  const oldProps = asObject(existing?.properties);
  if (
    existing !== undefined &&
    (asString(oldProps?.computeType) ?? '').toLowerCase() !== (computeType ?? '').toLowerCase()
  ) {
    throw new ArmError(
      409,
      'Conflict',
      `Compute '${name}' already exists with compute type '${asString(oldProps?.computeType) ?? ''}'; it cannot be changed to '${computeType ?? ''}'.`,
    );
  }
  if (computeType === 'Kubernetes') {
    return putKubernetesCompute(ctx, t, {
      ws,
      existing,
      body,
      properties: p,
      busy: () => {
        if (ctx.lro.busy(t.id)) throw anotherOperation(name);
      },
    });
  }
  if (computeType !== 'AKS') {
    throw badRequest(
      'BadArgument',
      `The emulator serves computes of type 'AKS' and 'Kubernetes' only, not '${computeType ?? '(none)'}'.`,
    );
  }
  if (existing !== undefined && ctx.lro.busy(t.id)) throw anotherOperation(name);
  // A compute whose create failed, with no cluster behind it: Azure's PUT creates it afresh.
  if (existing !== undefined && failedCreate(world, existing)) {
    return putAksCompute(ctx, t, ws, body, p, undefined, existing);
  }
  return putAksCompute(ctx, t, ws, body, p, existing, existing);
}

/** A compute in state Failed that AML created (not attached) and that has no managed cluster behind it. */
function failedCreate(world: World, existing: JsonObject): boolean {
  const old = asObject(existing.properties);
  if (old === undefined || old.isAttachedCompute === true) return false;
  if ((asString(old.provisioningState) ?? '').toLowerCase() !== 'failed') return false;
  const clusterId = asString(old.resourceId);
  return clusterId === undefined || getResource(world, clusterId) === undefined;
}

/**
 * The PUT of an AKS compute. `existing` is the compute the PUT updates (undefined: a create); `stored` is the
 * document in the store, if any (a failed create being created afresh keeps its id and answers 200).
 */
function putAksCompute(
  ctx: Ctx,
  t: Target,
  ws: JsonObject,
  body: JsonObject,
  p: JsonObject,
  existing: JsonObject | undefined,
  stored: JsonObject | undefined,
): EmuResponse {
  const world = ctx.world;
  const name = t.names[1];
  const oldProps = asObject(existing?.properties);
  const settings = readSettings(asObject(p.properties));
  if (settings.loadBalancerSubnet !== null && settings.loadBalancerType !== 'InternalLoadBalancer') {
    throw badRequest('BadArgument', 'Invalid configuration, load balancer subnet cannot be used with a Public IP.');
  }
  const location = asString(body.location) ?? asString(existing?.location) ?? asString(ws.location) ?? '';
  const id = asString(existing?.id) ?? t.id;
  const nowIso = new Date(ctx.now).toISOString();
  const base = {
    id,
    name: asString(existing?.name) ?? name,
    location,
    tags: body.tags ?? null,
    description: asString(p.description) ?? null,
    computeLocation: asString(p.computeLocation) ?? asString(oldProps?.computeLocation) ?? location,
    createdOn: asString(oldProps?.createdOn) ?? nowIso,
    attached: oldProps?.isAttachedCompute === true,
  };
  const oldSettings = existing === undefined ? undefined : readSettings(asObject(oldProps?.properties));
  let cluster: JsonObject | undefined;
  let newCluster: JsonObject | undefined;
  let failure: ErrorBody | undefined;
  const resourceId = asString(p.resourceId);
  if (existing !== undefined) {
    const oldResourceId = asString(oldProps?.resourceId);
    if (
      resourceId !== undefined &&
      oldResourceId !== undefined &&
      resourceId.toLowerCase() !== oldResourceId.toLowerCase()
    ) {
      throw badRequest(
        'BadArgument',
        `The resourceId of compute '${name}' cannot be changed (it is ${oldResourceId}).`,
      );
    }
    if (!sameNetworking(settings.aksNetworkingConfiguration, oldSettings?.aksNetworkingConfiguration ?? null)) {
      throw badRequest(
        'BadArgument',
        `The aksNetworkingConfiguration of compute '${name}' cannot be changed after creation.`,
      );
    }
    if (settings.aksNetworkingConfiguration === null)
      settings.aksNetworkingConfiguration = oldSettings?.aksNetworkingConfiguration ?? null;
    cluster = oldResourceId === undefined ? undefined : getResource(world, oldResourceId);
  } else if (resourceId !== undefined) {
    // Attach: the cluster must already exist.
    const parsed = parseResourceId(resourceId);
    cluster = parsed?.fullType.toLowerCase() === T.cluster.toLowerCase() ? getResource(world, resourceId) : undefined;
    if (cluster === undefined) {
      throw badRequest(
        'BadArgument',
        `Invalid resource id ${resourceId}: no managed cluster exists with this id, so it cannot be attached.`,
      );
    }
    base.attached = true;
    const np = asObject(props(cluster).networkProfile);
    const subnetIds = clusterSubnetIds(cluster);
    if (settings.aksNetworkingConfiguration === null && subnetIds.length > 0) {
      settings.aksNetworkingConfiguration = {
        subnetId: subnetIds[0],
        serviceCidr: asString(np?.serviceCidr) ?? null,
        dnsServiceIP: asString(np?.dnsServiceIP) ?? null,
        dockerBridgeCidr: null,
      };
    }
  } else {
    // Create: AML creates the managed cluster in the workspace's resource group.
    const net = settings.aksNetworkingConfiguration;
    if (
      net !== null &&
      asString(net.subnetId) !== undefined &&
      findSubnet(world, asString(net.subnetId) ?? '') === undefined
    ) {
      throw badRequest(
        'BadArgument',
        `The subnet ${asString(net.subnetId) ?? ''} of aksNetworkingConfiguration does not exist.`,
      );
    }
    const cName = clusterName(name);
    try {
      newCluster = prepareCluster(
        world,
        { subscriptionId: t.subscriptionId, resourceGroup: t.resourceGroup, name: cName },
        clusterRequest(base.computeLocation, cName, settings),
        undefined,
      );
      stampEtags(newCluster);
      cluster = newCluster;
    } catch (e) {
      if (!(e instanceof ArmError)) throw e;
      failure = e.body();
    }
  }
  const switchingToIlb =
    settings.loadBalancerType === 'InternalLoadBalancer' &&
    (oldSettings?.loadBalancerType !== 'InternalLoadBalancer' ||
      oldSettings.loadBalancerSubnet !== settings.loadBalancerSubnet);
  if (failure === undefined && switchingToIlb) {
    failure = ilbProblem(
      world,
      cluster,
      cluster === undefined ? undefined : clusterPrincipalId(cluster),
      settings.loadBalancerSubnet,
      name,
    );
  }
  const fault = takeLroFault(ctx, T.compute);
  if (fault !== undefined) failure = fault;

  const pending = computeDoc(world, base, settings, existing === undefined ? undefined : cluster, {
    provisioningState: existing === undefined ? 'Creating' : 'Updating',
    errors: null,
    now: ctx.now,
  });
  putResource(world, pending);
  const lro = ctx.lro;
  const headers = lro.start(
    {
      resourceId: id,
      timingKey: T.compute,
      durationMs:
        newCluster === undefined
          ? lro.durationMs(T.compute)
          : Math.max(lro.durationMs(T.compute), lro.durationMs(T.cluster)),
      subscriptionId: t.subscriptionId,
      namespace: ML,
      location: base.computeLocation,
      statusCollection: 'computeOperationsStatus',
      apiVersion: ctx.apiVersion,
      failure,
      onSucceed: (now) => {
        if (newCluster !== undefined) commitCluster(world, newCluster, now);
        putResource(
          world,
          computeDoc(world, base, settings, cluster, { provisioningState: 'Succeeded', errors: null, now }),
        );
      },
      onFail: (error, now) => {
        // The cluster exists when only the load balancer step failed; the compute keeps its old settings.
        const clusterMade =
          newCluster !== undefined && fault === undefined && error.code === 'InternalLoadBalancerPermissionDenied';
        if (clusterMade && newCluster !== undefined) commitCluster(world, newCluster, now);
        const kept: AksSettings = oldSettings ?? {
          ...settings,
          loadBalancerType: 'PublicIp',
          loadBalancerSubnet: null,
        };
        const keptCluster = existing !== undefined || clusterMade || base.attached ? cluster : undefined;
        putResource(
          world,
          computeDoc(world, base, kept, keptCluster, { provisioningState: 'Failed', errors: [error], now }),
        );
      },
    },
    ctx.now,
    ctx.req.baseUrl,
  );
  return json(stored === undefined ? 201 : 200, pending, headers);
}

const computeProvider: Provider = {
  get(ctx, t) {
    if (getResource(ctx.world, workspaceId(t)) === undefined) throw parentNotFound(t.names[0]);
    const c = getResource(ctx.world, t.id);
    if (c === undefined) throw resourceNotFound(T.compute, `${t.names[0]}/${t.names[1]}`, t.resourceGroup);
    return json(200, c);
  },
  list(ctx, t) {
    if (getResource(ctx.world, workspaceId(t)) === undefined) throw parentNotFound(t.names[0]);
    const prefix = `${t.id}/`.toLowerCase();
    return json(200, {
      value: resourcesOfType(ctx.world, T.compute).filter((r) =>
        (asString(r.id) ?? '').toLowerCase().startsWith(prefix),
      ),
    });
  },
  put: putCompute,
  delete(ctx, t) {
    const action = ctx.req.query.get('underlyingResourceAction');
    if (action === null || !['delete', 'detach'].includes(action.toLowerCase())) {
      throw badRequest(
        'BadArgument',
        "The query parameter 'underlyingResourceAction' is required: use Delete or Detach.",
      );
    }
    const c = getResource(ctx.world, t.id);
    if (c === undefined) return { status: 204 };
    if (ctx.lro.busy(t.id)) throw anotherOperation(t.names[1]);
    const clusterId = asString(props(c).resourceId);
    deleteResource(ctx.world, t.id);
    const cluster = clusterId === undefined ? undefined : getResource(ctx.world, clusterId);
    if (action.toLowerCase() === 'delete' && cluster !== undefined && clusterId !== undefined) {
      releaseClusterSubnets(ctx.world, cluster);
      deleteResource(ctx.world, clusterId);
    }
    return json(200, {});
  },
};

export const machineLearningProviders: Record<string, Provider> = {
  [T.workspace]: workspaceProvider,
  [T.compute]: computeProvider,
};
