// Internal load balancer switch for an AML AKS compute. AML's PATCH only carries AmlCompute scale
// settings, so, like SDK v1 AksCompute.update: GET the compute, set properties.properties.loadBalancerType
// and loadBalancerSubnet, PUT the FULL body back, wait for the operation (the AKS compute update of the SDK v1,
// https://learn.microsoft.com/en-us/python/api/azureml-core/azureml.core.compute.akscompute.akscompute).
// Runs after the role step: without Network Contributor the cluster cannot create the internal LB.
import type { Aks, ComputeResource } from '@azure/arm-machinelearning';
import type { Change } from '../../plan/model.js';
import { ApplyFailure } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredLoadBalancer, type DesiredLoadBalancer } from './desired.js';
import {
  failedComputeError,
  getOrUndefined,
  hasFailed,
  waitUntilSettled,
  withPermissionAdvice,
  type ApplierDeps,
} from './common.js';

/** Pure: the full compute with only the load balancer fields changed; undefined when already so. */
export function switchLoadBalancer(live: ComputeResource, d: DesiredLoadBalancer): ComputeResource | undefined {
  const props = live.properties as Aks | undefined;
  const inner = props?.properties ?? {};
  const sameType = (inner.loadBalancerType ?? 'PublicIp').toLowerCase() === d.loadBalancerType.toLowerCase();
  const sameSubnet = (inner.loadBalancerSubnet ?? null) === d.loadBalancerSubnet || d.loadBalancerSubnet === null;
  if (sameType && sameSubnet) return undefined;
  const nextInner: NonNullable<Aks['properties']> = { ...inner, loadBalancerType: d.loadBalancerType };
  if (d.loadBalancerSubnet !== null) nextInner.loadBalancerSubnet = d.loadBalancerSubnet;
  else delete nextInner.loadBalancerSubnet;
  return { ...live, properties: { ...(props as Aks), computeType: 'AKS', properties: nextInner } };
}

export function loadBalancerApplier(deps: ApplierDeps): Applier {
  return {
    async apply(change: Change, ctx: ApplyContext): Promise<ApplierResult> {
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
