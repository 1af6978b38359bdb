// Microsoft.KubernetesConfiguration/extensions on managed clusters: the AzureML extension
// (microsoft.azureml.kubernetes) that makes an AKS cluster an Azure ML v2 Kubernetes compute.
//
// Shapes: azure-rest-api-specs specification/kubernetesconfiguration/resource-manager/
// Microsoft.KubernetesConfiguration/extensions/stable/2023-05-01/extensions.json (and its CreateExtension example).
// Behaviour, from https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension:
// - the cluster must use a managed identity ("Using a service principal with AKS is not supported");
// - the extension type of an instance cannot change;
// - protected settings are write-only (never returned);
// - with an internal load balancer (scoringFe.serviceType.internalLoadBalancer) the inference router's service only
//   gets its private address when the cluster identity may join the node subnet: without it the install fails.
import { randomUUID } from 'node:crypto';
import type { EmuResponse, JsonObject, World } from '../../types.js';
import { ArmError, asObject, asString, badRequest, clone, errorBody, type ErrorBody } from '../errors.js';
import {
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
import { T } from '../catalog.js';
import { isAllowed } from '../rbac.js';
import { formatIp, network, parseCidr } from '../cidr.js';
import { clusterPrincipalId, clusterSubnetIds } from './containerService.js';
import { findSubnet, subnetPrefixes } from './network.js';

const NS = 'Microsoft.KubernetesConfiguration';
const JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';
export const AZUREML_EXTENSION_TYPE = 'microsoft.azureml.kubernetes';

/** The managed cluster an extension request hangs off, or a 404 as ARM gives for a missing parent. */
function parentCluster(ctx: Ctx, t: Target): JsonObject {
  const scope = t.ref.scope ?? '';
  const cluster = getResource(ctx.world, scope);
  if (cluster === undefined || asString(cluster.type)?.toLowerCase() !== T.cluster.toLowerCase()) {
    throw new ArmError(
      404,
      'ParentResourceNotFound',
      `Failed to perform 'write' on resource(s) of type 'extensions', because the parent resource '${scope}' could not be found.`,
    );
  }
  return cluster;
}

const isTrue = (v: unknown): boolean => String(v).toLowerCase() === 'true';

/** True when the settings ask for the inference router on an Azure internal load balancer. */
export function wantsInternalLoadBalancer(settings: JsonObject): boolean {
  return (
    isTrue(settings['scoringFe.serviceType.internalLoadBalancer']) ||
    (asString(settings.internalLoadBalancerProvider) ?? '').toLowerCase() === 'azure'
  );
}

/** Why the router's internal load balancer never gets an address, or undefined when the cluster may create it. */
function ilbProblem(world: World, cluster: JsonObject, extensionName: string): ErrorBody | undefined {
  const subnetId = clusterSubnetIds(cluster)[0];
  const scope = subnetId === undefined ? undefined : asString(findSubnet(world, subnetId)?.subnet.id);
  if (scope === undefined) {
    return errorBody(
      'ExtensionOperationFailed',
      `Extension '${extensionName}': the inference router's internal load balancer needs the cluster to run in a virtual network subnet, and this cluster has none.`,
    );
  }
  const principal = clusterPrincipalId(cluster);
  if (principal !== undefined && isAllowed(world, principal, JOIN, scope)) return undefined;
  return errorBody(
    'ExtensionOperationFailed',
    `Extension '${extensionName}' failed: the service azureml-fe of type LoadBalancer (internal) stayed pending: ` +
      `the cluster identity '${principal ?? '(none)'}' does not have authorization to perform action '${JOIN}' over scope '${scope}'. ` +
      "Grant the cluster identity Network Contributor on the virtual network's resource group, the virtual network or the subnet.",
  );
}

/** The private address the router gets on an internal load balancer (in the node subnet). */
function routerAddress(world: World, cluster: JsonObject): string | null {
  const subnetId = clusterSubnetIds(cluster)[0];
  const ref = subnetId === undefined ? undefined : findSubnet(world, subnetId);
  const cidr = ref === undefined ? undefined : parseCidr(subnetPrefixes(ref.subnet)[0] ?? '');
  return cidr === undefined ? null : formatIp(network(cidr) + 200);
}

function put(ctx: Ctx, t: Target): EmuResponse {
  const world = ctx.world;
  const cluster = parentCluster(ctx, t);
  const name = t.names[0];
  const body = asObject(ctx.req.body);
  const p = asObject(body?.properties);
  if (body === undefined || p === undefined)
    throw badRequest('InvalidRequestContent', 'The request body must contain properties.');
  const extensionType = asString(p.extensionType);
  if (extensionType === undefined || extensionType === '')
    throw badRequest('InvalidRequestContent', 'properties.extensionType is required.');
  const existing = getResource(world, t.id);
  const oldType = asString(asObject(existing?.properties)?.extensionType);
  if (oldType !== undefined && oldType.toLowerCase() !== extensionType.toLowerCase()) {
    throw badRequest(
      'InvalidRequestContent',
      `Extension '${name}' already exists with extension type '${oldType}'; the extension type cannot be changed to '${extensionType}'.`,
    );
  }
  if (existing !== undefined && ctx.lro.busy(t.id)) {
    throw new ArmError(409, 'Conflict', `An operation on extension '${name}' is already in progress.`);
  }
  const sp = asString(asObject(props(cluster).servicePrincipalProfile)?.clientId);
  if (extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE && sp !== undefined && sp.toLowerCase() !== 'msi') {
    throw badRequest(
      'ExtensionOperationFailed',
      `Cluster '${asString(cluster.name) ?? ''}' uses a service principal. The Azure Machine Learning extension needs a cluster with a managed identity (using a service principal with AKS is not supported).`,
    );
  }
  const settings = clone(asObject(p.configurationSettings) ?? {});
  const scopeGiven = asObject(p.scope);
  const releaseNamespace =
    asString(asObject(scopeGiven?.cluster)?.releaseNamespace) ??
    asString(asObject(asObject(asObject(existing?.properties)?.scope)?.cluster)?.releaseNamespace) ??
    'azureml';
  let failure: ErrorBody | undefined =
    extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE && wantsInternalLoadBalancer(settings)
      ? ilbProblem(world, cluster, name)
      : undefined;
  const fault = takeLroFault(ctx, T.extension);
  if (fault !== undefined) failure = fault;
  const oldIdentity = asObject(existing?.identity);
  const principalId = asString(oldIdentity?.principalId) ?? randomUUID();
  const doc: JsonObject = {
    id: asString(existing?.id) ?? t.id,
    name: asString(existing?.name) ?? name,
    type: T.extension,
    identity: { type: 'SystemAssigned', principalId, tenantId: world.tenantId },
    systemData: {
      createdBy: ctx.principal.objectId,
      createdByType: 'Application',
      createdAt: asString(asObject(existing?.systemData)?.createdAt) ?? new Date(ctx.now).toISOString(),
      lastModifiedBy: ctx.principal.objectId,
      lastModifiedByType: 'Application',
      lastModifiedAt: new Date(ctx.now).toISOString(),
    },
    properties: {
      extensionType,
      autoUpgradeMinorVersion: p.autoUpgradeMinorVersion !== false,
      releaseTrain: asString(p.releaseTrain) ?? 'Stable',
      version: asString(p.version) ?? null,
      currentVersion: existing === undefined ? null : '1.1.61',
      installedVersion: existing === undefined ? null : '1.1.61',
      scope: { cluster: { releaseNamespace } },
      // configurationProtectedSettings is write-only: ARM never returns it.
      configurationSettings: settings,
      provisioningState: existing === undefined ? 'Creating' : 'Updating',
      statuses: [],
      errorInfo: null,
      isSystemExtension: false,
      aksAssignedIdentity: { type: 'SystemAssigned', principalId: randomUUID(), tenantId: world.tenantId },
      customLocationSettings: null,
      packageUri: null,
    },
  };
  const previous = existing === undefined ? undefined : clone(existing);
  putResource(world, doc);
  const headers = ctx.lro.start(
    {
      resourceId: asString(doc.id) ?? t.id,
      timingKey: T.extension,
      subscriptionId: t.subscriptionId,
      namespace: NS,
      location: asString(cluster.location) ?? '',
      apiVersion: ctx.apiVersion,
      failure,
      onSucceed: () => {
        props(doc).provisioningState = 'Succeeded';
        props(doc).currentVersion = '1.1.61';
        props(doc).installedVersion = '1.1.61';
        if (extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE && wantsInternalLoadBalancer(settings)) {
          props(doc).statuses = [
            {
              code: 'InferenceRouterAddress',
              level: 'Information',
              displayStatus: 'azureml-fe',
              message: routerAddress(world, cluster) ?? '',
            },
          ];
        }
        putResource(world, doc);
      },
      onFail: (error) => {
        // An update that fails leaves the old settings in place; a failed install stays, Failed, with its error.
        const kept = previous ?? doc;
        props(kept).provisioningState = 'Failed';
        props(kept).errorInfo = { code: error.code, message: error.message };
        putResource(world, kept);
      },
    },
    ctx.now,
    ctx.req.baseUrl,
  );
  return json(existing === undefined ? 201 : 200, doc, headers);
}

const extensionProvider: Provider = {
  get(ctx, t) {
    parentCluster(ctx, t);
    const e = getResource(ctx.world, t.id);
    if (e === undefined) {
      throw new ArmError(404, 'ResourceNotFound', `The Resource '${NS}/extensions/${t.names[0]}' was not found.`);
    }
    return json(200, e);
  },
  list(ctx, t) {
    parentCluster(ctx, t);
    const prefix = `${t.id}/providers/${NS}/extensions/`.toLowerCase();
    return json(200, {
      value: resourcesOfType(ctx.world, T.extension).filter((r) =>
        (asString(r.id) ?? '').toLowerCase().startsWith(prefix),
      ),
    });
  },
  put,
};

/** The AzureML extension installed (Succeeded) on a cluster, if any. */
export function azureMlExtensionOf(world: World, clusterId: string): JsonObject | undefined {
  const prefix = `${clusterId}/providers/${NS}/extensions/`.toLowerCase();
  return resourcesOfType(world, T.extension).find(
    (r) =>
      (asString(r.id) ?? '').toLowerCase().startsWith(prefix) &&
      (asString(props(r).extensionType) ?? '').toLowerCase() === AZUREML_EXTENSION_TYPE,
  );
}

export const kubernetesConfigurationProviders: Record<string, Provider> = {
  [T.extension]: extensionProvider,
};
