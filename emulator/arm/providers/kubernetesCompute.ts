// Azure ML v2 computes of type Kubernetes: an AKS cluster with the AzureML extension, attached to a workspace.
//
// Shapes: azure-rest-api-specs specification/machinelearningservices/resource-manager/
// Microsoft.MachineLearningServices/stable/2025-09-01/examples/Compute/createOrUpdate/KubernetesCompute.json.
// Behaviour, from https://learn.microsoft.com/en-us/azure/machine-learning/how-to-attach-kubernetes-to-workspace:
// attach names an existing cluster by resourceId; the AzureML extension must be deployed on it first; attach does not
// create or check the namespace (default "default"); the response fills in extensionInstanceReleaseTrain,
// extensionPrincipalId and vcName, and the relay/service bus connection strings are secrets (never returned here).
import type { EmuResponse, JsonObject } from '../../types.js';
import { asObject, asString, badRequest, clone } from '../errors.js';
import { getResource, json, props, putResource, takeLroFault, type Ctx, type Target } from '../context.js';
import { T } from '../catalog.js';
import { parseResourceId } from '../ids.js';
import { azureMlExtensionOf } from './kubernetesConfiguration.js';

const ML = 'Microsoft.MachineLearningServices';

export interface KubernetesComputeRequest {
  ws: JsonObject;
  existing: JsonObject | undefined;
  body: JsonObject;
  properties: JsonObject;
  /** Throws the 409 AML gives while another operation runs on the compute. */
  busy(): void;
}

export function putKubernetesCompute(ctx: Ctx, t: Target, r: KubernetesComputeRequest): EmuResponse {
  const world = ctx.world;
  const name = t.names[1];
  const resourceId = asString(r.properties.resourceId);
  const oldProps = asObject(r.existing?.properties);
  const oldResourceId = asString(oldProps?.resourceId);
  if (r.existing !== undefined) r.busy();
  if (resourceId === undefined || resourceId === '') {
    throw badRequest(
      'BadArgument',
      `Compute '${name}' of type Kubernetes needs properties.resourceId (the AKS cluster to attach).`,
    );
  }
  if (oldResourceId !== undefined && oldResourceId.toLowerCase() !== resourceId.toLowerCase()) {
    throw badRequest('BadArgument', `The resourceId of compute '${name}' cannot be changed (it is ${oldResourceId}).`);
  }
  const parsed = parseResourceId(resourceId);
  const cluster =
    parsed?.fullType.toLowerCase() === T.cluster.toLowerCase() ? getResource(world, resourceId) : undefined;
  if (cluster === undefined) {
    throw badRequest(
      'BadArgument',
      `Invalid resource id ${resourceId}: no managed cluster exists with this id, so it cannot be attached.`,
    );
  }
  const extension = azureMlExtensionOf(world, asString(cluster.id) ?? resourceId);
  if (extension === undefined || asString(props(extension).provisioningState) !== 'Succeeded') {
    throw badRequest(
      'BadArgument',
      `Cluster ${asString(cluster.id) ?? resourceId} has no Azure Machine Learning extension in state Succeeded ` +
        `(${extension === undefined ? 'none installed' : `it is ${asString(props(extension).provisioningState) ?? 'unknown'}`}). ` +
        'Deploy the microsoft.azureml.kubernetes extension on the cluster before attaching it.',
    );
  }
  const inner = asObject(r.properties.properties) ?? {};
  const nowIso = new Date(ctx.now).toISOString();
  const location = asString(r.body.location) ?? asString(r.existing?.location) ?? asString(r.ws.location) ?? '';
  const id = asString(r.existing?.id) ?? t.id;
  const doc = (provisioningState: string, errors: JsonObject[] | null): JsonObject => ({
    id,
    name: asString(r.existing?.name) ?? name,
    type: T.compute,
    location,
    tags: (r.body.tags ?? null) as JsonObject | null,
    identity: clone(asObject(r.body.identity) ?? asObject(r.existing?.identity) ?? { type: 'None' }),
    properties: {
      computeType: 'Kubernetes',
      computeLocation: asString(cluster.location) ?? location,
      provisioningState,
      provisioningErrors: errors,
      description: asString(r.properties.description) ?? null,
      createdOn: asString(oldProps?.createdOn) ?? nowIso,
      modifiedOn: nowIso,
      resourceId: asString(cluster.id) ?? resourceId,
      isAttachedCompute: true,
      disableLocalAuth: r.properties.disableLocalAuth === true,
      properties: {
        namespace: asString(inner.namespace) ?? 'default',
        defaultInstanceType: asString(inner.defaultInstanceType) ?? 'defaultinstancetype',
        instanceTypes: clone(asObject(inner.instanceTypes) ?? {}),
        extensionInstanceReleaseTrain: asString(props(extension).releaseTrain) ?? 'stable',
        extensionPrincipalId: asString(asObject(extension.identity)?.principalId) ?? null,
        vcName: asString(inner.vcName) ?? null,
        relayConnectionString: null,
        serviceBusConnectionString: null,
      },
    },
  });
  const pending = doc(r.existing === undefined ? 'Creating' : 'Updating', null);
  putResource(world, pending);
  const previous = r.existing === undefined ? undefined : clone(r.existing);
  const headers = ctx.lro.start(
    {
      resourceId: id,
      timingKey: T.compute,
      subscriptionId: t.subscriptionId,
      namespace: ML,
      location,
      statusCollection: 'computeOperationsStatus',
      apiVersion: ctx.apiVersion,
      failure: takeLroFault(ctx, T.compute),
      onSucceed: () => putResource(world, doc('Succeeded', null)),
      onFail: (error) => {
        const kept = previous ?? doc('Failed', null);
        props(kept).provisioningState = 'Failed';
        props(kept).provisioningErrors = [{ error: { code: error.code, message: error.message } }];
        putResource(world, kept);
      },
    },
    ctx.now,
    ctx.req.baseUrl,
  );
  return json(r.existing === undefined ? 201 : 200, pending, headers);
}
