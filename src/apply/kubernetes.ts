// What a Kubernetes online deployment needs once an Azure ML v2 cluster is attached: the compute to name in the
// endpoint (compute: azureml:<name>), the namespace its deployments land in, and the inference router's address when
// the extension reported one during this apply (an internal load balancer's private IP). Reported for a cluster
// whose compute is in place (done now, or unchanged), never before. Pure.
// The endpoint YAML: https://learn.microsoft.com/en-us/azure/machine-learning/reference-yaml-endpoint-online
import type { Spec } from '../spec/types.js';
import { resolveKubernetesClusters } from '../spec/defaults.js';
import { kubernetesAddresses } from '../plan/address.js';
import type { ApplyResult, KubernetesDeploymentValues } from './types.js';

export function withKubernetesValues(result: ApplyResult, spec: Spec): ApplyResult {
  if (result.status === 'refused') return result;
  const values: KubernetesDeploymentValues[] = [];
  for (const c of resolveKubernetesClusters(spec)) {
    const address = kubernetesAddresses(c.name).compute;
    const compute = result.outcomes.find((o) => o.address === address);
    const inPlace = compute !== undefined ? compute.status === 'done' : result.unchanged.includes(address);
    if (!inPlace) continue;
    const ext = result.outcomes.find((o) => o.address === `${address}.extension`);
    const scoring = ext?.status === 'done' ? ext.outputs?.scoringAddress : undefined;
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
