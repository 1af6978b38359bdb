// AML compute applier (computeType AKS): creates the inference cluster through the AML compute API, or
// attaches an existing managed cluster by its resource id. Never deletes, detaches, replaces or shrinks:
// an existing compute is left as it is (AML's PUT "will overwrite a compute if it exists"), except one
// in state Failed, for which the failed-compute policy (src/plan/compute-state.ts) decides: PUT the plan's
// body again (its last update, or its create when no working cluster is behind it) or refuse.
//
// A new cluster is created with loadBalancerType PublicIp even when the spec wants an internal load
// balancer: the switch needs Network Contributor for the cluster identity, which does not exist before
// the cluster does. The plan's load-balancer step makes the switch after the role step.
import type { Aks, ComputeResource } from '@azure/arm-machinelearning';
import type { ManagedCluster } from '@azure/arm-containerservice';
import { ApplyFailure } from '../../apply/errors.js';
import { parseResourceId } from '../../live/ids.js';
import type { JsonObject } from '../../plan/model.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { computeVerdict, type ClusterHealth, type ComputeVerdict } from '../../plan/compute-state.js';
import { desiredCompute, planBug, type DesiredCompute, type Write } from './desired.js';
import { getOrUndefined, hasFailed, waitUntilSettled, withPermissionAdvice, type ApplierDeps } from './common.js';

/**
 * Pure: the PUT body for a new compute (or one whose create failed), always with a public IP (the switch needs
 * the role first); `retry`: the body that repeats a failed update, with the load balancer the plan says it has.
 * `location` is the workspace's.
 */
export function computeBody(d: DesiredCompute, location: string, retry = false): ComputeResource {
  const inner: NonNullable<Aks['properties']> = {};
  if (d.attachResourceId === undefined) {
    if (d.agentCount !== undefined) inner.agentCount = d.agentCount;
    if (d.agentVmSize !== undefined) inner.agentVmSize = d.agentVmSize;
    if (d.networking !== undefined) inner.aksNetworkingConfiguration = { ...d.networking };
  }
  if (d.clusterPurpose !== undefined) inner.clusterPurpose = d.clusterPurpose;
  if (retry && d.loadBalancerType === 'InternalLoadBalancer') {
    inner.loadBalancerType = 'InternalLoadBalancer';
    if (d.loadBalancerSubnet) inner.loadBalancerSubnet = d.loadBalancerSubnet;
  } else {
    inner.loadBalancerType = 'PublicIp';
  }
  const properties: Aks = { computeType: 'AKS', properties: inner };
  if (d.attachResourceId !== undefined) properties.resourceId = d.attachResourceId;
  else properties.computeLocation = d.computeLocation ?? location;
  return { location, properties };
}

export function computeOutputs(live: ComputeResource): JsonObject {
  const out: JsonObject = {};
  if (live.id) out.computeId = live.id;
  const resourceId = live.properties?.resourceId;
  if (resourceId) out.managedClusterId = resourceId;
  return out;
}

/**
 * The cluster to attach must exist and have provisioned: attaching a cluster whose creation failed gives
 * a compute without a working cluster (and an identity that may not exist in the directory).
 */
async function checkAttachable(clusterId: string, ctx: ApplyContext, deps: ApplierDeps): Promise<void> {
  const parsed = parseResourceId(clusterId);
  if (parsed === undefined) return; // the plan validated the id; AML reports anything else
  const aks = await deps.clients.containerService();
  const get = (): Promise<ManagedCluster | undefined> =>
    getOrUndefined(() => aks.managedClusters.get(parsed.resourceGroup, parsed.name, { abortSignal: ctx.signal }));
  const cluster = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
  if (cluster === undefined) {
    throw new ApplyFailure({
      code: 'ManagedClusterNotFound',
      message: `the cluster to attach, ${clusterId}, does not exist`,
      advice: 'check the resourceId in the spec (or run the apply again if an earlier step creates it)',
    });
  }
  if (hasFailed(cluster)) {
    throw new ApplyFailure({
      code: 'ManagedClusterProvisioningFailed',
      message: `the cluster to attach, ${parsed.name}, is in provisioning state ${cluster.provisioningState ?? 'Failed'}`,
      advice:
        `repair it first (az aks update --resource-group ${parsed.resourceGroup} --name ${parsed.name} retries the last ` +
        'operation), then run the apply again; amlnet never attaches a failed cluster',
    });
  }
}

/** The failed-compute policy (plan/compute-state.ts) applied to what the compute applier reads now. */
async function verdictOf(
  live: ComputeResource,
  name: string,
  ctx: ApplyContext,
  deps: ApplierDeps,
): Promise<ComputeVerdict> {
  if (!hasFailed(live)) return { kind: 'healthy' };
  const aks = live.properties as Aks | undefined;
  const clusterId = aks?.resourceId ?? null;
  let cluster: ClusterHealth = 'missing';
  const parsed = clusterId === null ? undefined : parseResourceId(clusterId);
  if (parsed !== undefined) {
    const client = await deps.clients.containerService();
    try {
      const mc = await getOrUndefined(() =>
        client.managedClusters.get(parsed.resourceGroup, parsed.name, { abortSignal: ctx.signal }),
      );
      cluster = mc === undefined ? 'missing' : hasFailed(mc) ? 'failed' : 'working';
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      cluster = 'unreadable';
    }
  }
  return computeVerdict({
    name,
    provisioningState: aks?.provisioningState ?? 'Failed',
    attached: aks?.isAttachedCompute === true,
    clusterId,
    cluster,
  });
}

export function computeApplier(deps: ApplierDeps): Applier<Write<'compute'>> {
  return {
    async apply(change: Write<'compute'>, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredCompute(change);
      const ml = await deps.clients.machineLearning();
      const get = (): Promise<ComputeResource | undefined> =>
        getOrUndefined(() =>
          ml.computeOperations.get(d.resourceGroup, d.workspace, d.name, { abortSignal: ctx.signal }),
        );
      const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
      const verdict = live === undefined ? undefined : await verdictOf(live, d.name, ctx, deps);
      if (verdict?.kind === 'refuse') {
        throw new ApplyFailure({
          code: 'ComputeProvisioningFailed',
          message: verdict.reason,
          advice: 'amlnet never deletes or detaches a compute or a cluster',
        });
      }
      if (live !== undefined && verdict?.kind === 'healthy') {
        const attachedTo = live.properties?.resourceId;
        const note =
          d.attachResourceId !== undefined &&
          attachedTo &&
          attachedTo.toLowerCase() !== d.attachResourceId.toLowerCase()
            ? `; it is attached to ${attachedTo}, not ${d.attachResourceId} (never replaced)`
            : '';
        return { detail: `already exists${note}`, outputs: computeOutputs(live) };
      }
      // The compute resource lives where its workspace does (SDK v1 sends the workspace location).
      const location =
        (await ml.workspaces.get(d.resourceGroup, d.workspace, { abortSignal: ctx.signal })).location ??
        d.computeLocation;
      if (location === undefined) throw planBug(change, `the location of workspace ${d.workspace}`);
      if (d.attachResourceId !== undefined) await checkAttachable(d.attachResourceId, ctx, deps);
      const body = computeBody(d, location, verdict?.kind === 'retry-update');
      const done = await withPermissionAdvice(
        'Contributor (Microsoft.MachineLearningServices/workspaces/computes/write)',
        `workspace ${d.workspace} (resource group ${d.resourceGroup})`,
        async () => {
          ctx.countWrite();
          const poller = await ml.computeOperations.beginCreateOrUpdate(d.resourceGroup, d.workspace, d.name, body, {
            updateIntervalInMs: deps.pollIntervalMs,
            abortSignal: ctx.signal,
          });
          return ctx.whileWaiting(() => poller.pollUntilDone());
        },
      );
      const verb = d.attachResourceId !== undefined ? `attached ${d.attachResourceId}` : 'created';
      const again =
        verdict?.kind === 'recreate'
          ? `${verb} again (the previous create had failed)`
          : verdict?.kind === 'retry-update'
            ? 'updated again (the previous update had failed)'
            : verb;
      return {
        detail: again,
        outputs: computeOutputs(done),
      };
    },
  };
}
