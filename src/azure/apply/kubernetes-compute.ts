// The Azure ML v2 compute: computeType Kubernetes on a cluster whose AzureML extension is installed (the extension
// step runs first). Read, merge, write, wait: an existing compute keeps its description, identity, instance types and
// every property amlnet does not manage; the read-only and secret fields AML returns are never sent back. A compute
// of another type or on another cluster is never replaced or detached. Shape: KubernetesCompute.json in
// https://github.com/Azure/azure-rest-api-specs/tree/main/specification/machinelearningservices (examples/Compute).
import type { JsonObject, JsonValue } from '../../plan/model.js';
import { ApplyFailure } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { sameId } from '../../live/ids.js';
import { isRecord } from '../../util/records.js';
import type { Write } from './desired.js';
import { withPermissionAdvice, type ApplierDeps } from './common.js';
import { getRaw, rawFailed, rawObject, rawProps, waitRawSettled, type RawObject } from './raw-resource.js';

/** A stable Machine Learning api-version with Kubernetes computes. */
export const ML_API_VERSION = '2024-04-01';

/** Read-only or secret inner properties AML fills in: never sent back. */
const READ_ONLY_INNER = new Set([
  'extensionInstanceReleaseTrain',
  'extensionPrincipalId',
  'relayConnectionString',
  'serviceBusConnectionString',
]);

export interface DesiredKubernetesCompute {
  resourceId: string;
  namespace: string;
  location: string;
}

export function desiredKubernetesCompute(change: Write<'kubernetes-compute'>): DesiredKubernetesCompute {
  const { resourceId, namespace, location } = change.after;
  return { resourceId, namespace, location };
}

/** Pure: the PUT body, merged into what exists. */
export function kubernetesComputePutBody(existing: RawObject | undefined, d: DesiredKubernetesCompute): JsonObject {
  const p = rawProps(existing);
  const inner: JsonObject = {};
  for (const [k, v] of Object.entries(rawObject(p.properties)))
    if (!READ_ONLY_INNER.has(k) && v !== undefined) inner[k] = v as JsonValue;
  inner.namespace = d.namespace;
  const identity = rawObject(existing?.identity);
  return {
    location: typeof existing?.location === 'string' && existing.location !== '' ? existing.location : d.location,
    identity:
      typeof identity.type === 'string' && identity.type !== 'None'
        ? { type: identity.type }
        : { type: 'SystemAssigned' },
    ...(isRecord(existing?.tags) ? { tags: existing.tags as JsonObject } : {}),
    properties: {
      computeType: 'Kubernetes',
      resourceId: d.resourceId,
      description: typeof p.description === 'string' ? p.description : 'Azure ML v2 Kubernetes compute (amlnet)',
      properties: inner,
    },
  };
}

export function kubernetesComputeApplier(deps: ApplierDeps): Applier<Write<'kubernetes-compute'>> {
  return {
    async apply(change: Write<'kubernetes-compute'>, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredKubernetesCompute(change);
      const id = change.resourceId;
      const get = (): Promise<RawObject | undefined> => getRaw(deps, id, ML_API_VERSION);
      const outputs: JsonObject = {
        computeId: id,
        computeName: id.split('/').pop() ?? '',
        namespace: d.namespace,
        clusterId: d.resourceId,
      };
      const live = await waitRawSettled(ctx, deps, id, ML_API_VERSION, await get());
      if (live !== undefined) {
        const p = rawProps(live);
        const type = typeof p.computeType === 'string' ? p.computeType : '';
        const rid = typeof p.resourceId === 'string' ? p.resourceId : null;
        if (type.toLowerCase() !== 'kubernetes' || (rid !== null && !sameId(rid, d.resourceId))) {
          throw new ApplyFailure({
            code: 'ComputeConflict',
            message: `compute ${id} exists as ${type || 'an unknown type'} on ${rid ?? 'no cluster'}; amlnet never replaces or detaches a compute`,
          });
        }
        const ns = rawObject(p.properties).namespace;
        if (!rawFailed(live) && (typeof ns === 'string' ? ns : 'default') === d.namespace)
          return { detail: 'attached', outputs };
      }
      await withPermissionAdvice(
        'Contributor or AzureML Data Scientist (Microsoft.MachineLearningServices/workspaces/computes/write)',
        `the workspace of ${id}`,
        async () => {
          ctx.countWrite();
          await deps.clients.putResource(id, ML_API_VERSION, kubernetesComputePutBody(live, d), ctx.signal);
        },
      );
      const done = await ctx.whileWaiting(async () => waitRawSettled(ctx, deps, id, ML_API_VERSION, await get()));
      if (done === undefined || rawFailed(done)) {
        const errors = rawProps(done).provisioningErrors;
        const first = Array.isArray(errors) ? rawObject(rawObject(errors[0]).error) : {};
        throw new ApplyFailure({
          code: typeof first.code === 'string' ? first.code : 'ComputeProvisioningFailed',
          message: `compute ${id} ${done === undefined ? 'vanished after its PUT' : 'is in provisioning state Failed'}${
            typeof first.message === 'string' ? `: ${first.message}` : ''
          }`,
          advice: 'run amlnet plan and apply again: the compute is PUT again, never deleted',
        });
      }
      return {
        detail: live === undefined ? `attached in namespace ${d.namespace}` : `updated (namespace ${d.namespace})`,
        outputs,
      };
    },
  };
}
