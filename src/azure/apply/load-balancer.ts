// Internal load balancer switch for an AML AKS compute. AML's PATCH only carries AmlCompute scale
// settings, so, like SDK v1 AksCompute.update: GET the compute, set properties.properties.loadBalancerType
// and loadBalancerSubnet, PUT the FULL body back, wait for the operation (the AKS compute update of the SDK v1,
// https://learn.microsoft.com/en-us/python/api/azureml-core/azureml.core.compute.akscompute.akscompute).
// Runs after the role step: without Network Contributor the cluster cannot create the internal LB.
import type { Aks, ComputeResource } from '@azure/arm-machinelearning';
import { ApplyFailure } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredLoadBalancer, type DesiredLoadBalancer, type Write } from './desired.js';
import {
  failedComputeError,
  getOrUndefined,
  hasFailed,
  waitUntilSettled,
  withPermissionAdvice,
  type ApplierDeps,
} from './common.js';

/** Drops null and undefined members, recursively (SDK v1 sends no nulls). */
function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutNulls(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
  return out as T;
}

/**
 * Pure: the compute body to PUT with only the load balancer fields changed, as SDK v1 (azureml-core
 * AksCompute.update) builds it: the compute read back, without sslConfiguration (it deletes it: the service
 * keeps the cluster's certificate), without read-only values (id, name, type, systemData, provisioningState,
 * createdOn, modifiedOn, provisioningErrors, isAttachedCompute, systemServices; readOnly in the Compute
 * definitions of https://github.com/Azure/azure-rest-api-specs/tree/main/specification/machinelearningservices)
 * and without nulls. Undefined when already so. Subnet names compare case-insensitively, as Azure's do.
 */
export function switchLoadBalancer(live: ComputeResource, d: DesiredLoadBalancer): ComputeResource | undefined {
  const props = live.properties as Aks | undefined;
  const inner = props?.properties ?? {};
  const sameType = (inner.loadBalancerType ?? 'PublicIp').toLowerCase() === d.loadBalancerType.toLowerCase();
  const sameSubnet =
    d.loadBalancerSubnet === null ||
    (inner.loadBalancerSubnet ?? '').toLowerCase() === d.loadBalancerSubnet.toLowerCase();
  if (sameType && sameSubnet) return undefined;
  const { sslConfiguration: _ssl, systemServices: _system, ...settable } = inner;
  const nextInner: NonNullable<Aks['properties']> = { ...settable, loadBalancerType: d.loadBalancerType };
  if (d.loadBalancerSubnet !== null) nextInner.loadBalancerSubnet = d.loadBalancerSubnet;
  else delete nextInner.loadBalancerSubnet;
  const outer: Aks = {
    computeType: 'AKS',
    computeLocation: props?.computeLocation,
    description: props?.description,
    resourceId: props?.resourceId,
    disableLocalAuth: props?.disableLocalAuth,
    properties: nextInner,
  };
  return withoutNulls({
    location: live.location,
    tags: live.tags,
    sku: live.sku,
    identity: live.identity,
    properties: outer,
  });
}

export function loadBalancerApplier(deps: ApplierDeps): Applier<Write<'load-balancer'>> {
  return {
    async apply(change: Write<'load-balancer'>, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredLoadBalancer(change);
      const ml = await deps.clients.machineLearning();
      const get = (): Promise<ComputeResource | undefined> =>
        getOrUndefined(() =>
          ml.computeOperations.get(d.resourceGroup, d.workspace, d.name, { abortSignal: ctx.signal }),
        );
      const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
      if (live === undefined) {
        throw new ApplyFailure({
          code: 'ComputeNotFound',
          message: `compute ${d.name} does not exist in workspace ${d.workspace}`,
          advice: 'run the apply again: the compute step creates it first',
        });
      }
      if (hasFailed(live)) throw failedComputeError(d.name, d.workspace, live);
      const body = switchLoadBalancer(live, d);
      if (body === undefined) return { detail: `already ${d.loadBalancerType}` };
      await withPermissionAdvice(
        'Contributor (Microsoft.MachineLearningServices/workspaces/computes/write)',
        `workspace ${d.workspace} (resource group ${d.resourceGroup})`,
        async () => {
          ctx.countWrite();
          const poller = await ml.computeOperations.beginCreateOrUpdate(d.resourceGroup, d.workspace, d.name, body, {
            updateIntervalInMs: deps.pollIntervalMs,
            abortSignal: ctx.signal,
          });
          await ctx.whileWaiting(() => poller.pollUntilDone());
        },
      );
      return {
        detail: `load balancer ${d.loadBalancerType}${d.loadBalancerSubnet ? ` in subnet ${d.loadBalancerSubnet}` : ''}`,
      };
    },
  };
}
