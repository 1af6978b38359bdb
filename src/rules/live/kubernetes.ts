// Azure ML v2 (kubernetesClusters) at plan time. The spec, the offline rules, the extension settings
// (plan/kubernetes-extension.ts) and the emulator's extension and Kubernetes compute exist; the live reading, the
// diff and the appliers for the v2 steps (managed cluster -> Network Contributor -> extension -> compute) do not
// yet. Until they do, a spec with kubernetesClusters is refused at plan time rather than planned without them:
// applying only its network part would leave a reviewer believing the clusters were set up.
import { resolveKubernetesClusters } from '../../spec/defaults.js';
import { cite, DOC } from '../offline/sources.js';
import { liveRule } from './define.js';

export const kubernetesNotPlanned = liveRule({
  id: 'LIVE-K8S-NOT-PLANNED',
  severity: 'error',
  title: 'kubernetesClusters are validated, but amlnet does not plan or apply them yet',
  source: cite(
    DOC.amlAttachKubernetes,
    'deploy the AzureML extension, then attach the cluster as a Kubernetes compute: steps amlnet cannot apply yet',
  ),
  check({ spec }) {
    return resolveKubernetesClusters(spec).map((c) => ({
      path: `kubernetesClusters[${c.index}]`,
      message: `cluster ${c.name}: amlnet validates kubernetesClusters but cannot plan or apply them yet, so this plan is refused and nothing is written`,
      hint: 'Validate the spec with `amlnet validate`, and install the AzureML extension and attach the cluster with the Azure CLI (az k8s-extension create, az ml compute attach --type Kubernetes) until amlnet applies them.',
    }));
  },
});
