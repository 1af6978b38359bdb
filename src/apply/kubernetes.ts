// What a Kubernetes online deployment needs once an Azure ML v2 cluster is attached: the compute to name in the
// endpoint (compute: azureml:<name>), the namespace its deployments land in, and the inference router's address
// once the extension reports one (an internal load balancer's private IP): from this apply's extension write, else
// from the live state read after the apply (so a later run, with nothing to do, still gives it). Reported for a
// cluster whose compute is in place (done now, or unchanged), never before. Pure.
// The endpoint YAML: https://learn.microsoft.com/en-us/azure/machine-learning/reference-yaml-endpoint-online
import type { Spec } from '../spec/types.js';
import { resolveKubernetesClusters } from '../spec/defaults.js';
import { kubernetesAddresses } from '../plan/address.js';
import type { ApplyResult, KubernetesDeploymentValues } from './types.js';
import type { LiveState } from '../live/types.js';
import { isUnreadable } from '../live/types.js';
import { kubernetesClusterId, kubernetesExtensionId } from '../live/ids.js';

/** The router address the live extension reports, if any. */
function liveRouterAddress(live: LiveState | undefined, extensionId: string): string | null {
  const ext = live?.kubernetesExtensions?.[extensionId.toLowerCase()];
  return ext === undefined || ext === null || isUnreadable(ext) ? null : ext.routerAddress;
}

export function withKubernetesValues(result: ApplyResult, spec: Spec, live?: LiveState): ApplyResult {
  if (result.status === 'refused') return result;
  const values: KubernetesDeploymentValues[] = [];
  for (const c of resolveKubernetesClusters(spec)) {
    const address = kubernetesAddresses(c.name).compute;
    const compute = result.outcomes.find((o) => o.address === address);
    const inPlace = compute !== undefined ? compute.status === 'done' : result.unchanged.includes(address);
    if (!inPlace) continue;
    const ext = result.outcomes.find((o) => o.address === `${address}.extension`);
    const written = ext?.status === 'done' ? ext.outputs?.scoringAddress : undefined;
    const extensionId =
      live === undefined ? '' : kubernetesExtensionId(kubernetesClusterId(live.subscriptionId, c), c.extensionName);
    const scoring = typeof written === 'string' ? written : liveRouterAddress(live, extensionId);
    values.push({
      computeName: c.name,
      namespace: c.namespace,
      workspace: spec.workspace.name,
      resourceGroup: spec.workspace.resourceGroup,
      inferenceRouter: c.inferenceRouter,
      scoringAddress: typeof scoring === 'string' ? scoring : null,
    });
  }
  return values.length === 0 ? result : { ...result, kubernetes: values };
}
