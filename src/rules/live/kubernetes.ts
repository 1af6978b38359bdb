// Azure ML v2 (kubernetesClusters) live rules: what must hold in Azure before amlnet installs the AzureML extension
// and attaches the cluster (https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension,
// "Limitations" and "Prerequisites"). The plan (plan/diff/kubernetes.ts) refuses the same conflicts as changes; the
// rules say why, with the spec path, line and column.
import { resolveKubernetesClusters, type ResolvedKubernetesCluster } from '../../spec/defaults.js';
import { isUnreadable, readable, type LiveManagedCluster, type LiveState } from '../../live/types.js';
import { kubernetesClusterId, kubernetesExtensionId, sameId } from '../../live/ids.js';
import { extensionConflict } from '../../plan/kubernetes-extension.js';
import { cite, DOC } from '../offline/sources.js';
import type { RawFinding } from '../types.js';
import { liveRule } from './define.js';

export const KUBERNETES_CONFIGURATION = 'Microsoft.KubernetesConfiguration';

/** The existing managed cluster of a v2 entry (attach: the one named; create: one amlnet made earlier). */
function clusterOf(live: LiveState, c: ResolvedKubernetesCluster): LiveManagedCluster | undefined {
  return readable(live.managedClusters[kubernetesClusterId(live.subscriptionId, c).toLowerCase()]);
}

export const kubernetesProviderRegistered = liveRule({
  id: 'LIVE-K8S-PROVIDER',
  severity: 'error',
  title: 'The Microsoft.KubernetesConfiguration resource provider is registered',
  source: cite(
    DOC.amlKubernetesExtension,
    'Prerequisites: register the Microsoft.KubernetesConfiguration resource provider on the subscription',
  ),
  check({ spec, live }) {
    const clusters = resolveKubernetesClusters(spec);
    const state = live.providers?.[KUBERNETES_CONFIGURATION.toLowerCase()];
    if (clusters.length === 0 || state === undefined) return [];
    if (isUnreadable(state)) {
      return [
        {
          path: 'kubernetesClusters',
          severity: 'notice',
          message: `could not read the registration of ${KUBERNETES_CONFIGURATION} (${state.code}); the extension install fails if it is not registered`,
        },
      ];
    }
    if (state.toLowerCase() === 'registered') return [];
    return [
      {
        path: 'kubernetesClusters',
        message: `the resource provider ${KUBERNETES_CONFIGURATION} is ${state} in subscription ${live.subscriptionId}; the AzureML extension cannot be installed`,
        hint: `Register it once (az provider register --namespace ${KUBERNETES_CONFIGURATION}; it needs */register/action on the subscription), wait until it is Registered, then plan again.`,
      },
    ];
  },
});

export const kubernetesClusterIdentity = liveRule({
  id: 'LIVE-K8S-CLUSTER-IDENTITY',
  severity: 'error',
  title: 'A cluster for the AzureML extension uses a managed identity and keeps local accounts',
  source: cite(
    DOC.amlKubernetesExtension,
    'Limitations: "Using a service principal with AKS is not supported"; local accounts must stay enabled',
  ),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    for (const c of resolveKubernetesClusters(spec)) {
      const mc = clusterOf(live, c);
      if (mc === undefined) continue;
      const path = c.mode === 'attach' ? `kubernetesClusters[${c.index}].resourceId` : `kubernetesClusters[${c.index}]`;
      if (mc.usesServicePrincipal || mc.principalId === null) {
        out.push({
          path,
          message: `cluster ${mc.name} ${mc.usesServicePrincipal ? 'authenticates with a service principal' : 'has no managed identity'}; the AzureML extension needs a cluster with a managed identity`,
          hint: `Move the cluster to a managed identity (az aks update --resource-group ${c.resourceGroup} --name ${mc.name} --enable-managed-identity), then plan again.`,
        });
      }
      if (mc.disableLocalAccounts === true) {
        out.push({
          path,
          message: `cluster ${mc.name} has local accounts disabled (disableLocalAccounts: true); the AzureML extension needs them`,
          hint: `Enable them (az aks update --resource-group ${c.resourceGroup} --name ${mc.name} --enable-local-accounts), then plan again.`,
        });
      }
    }
    return out;
  },
});

export const kubernetesExtensionConflict = liveRule({
  id: 'LIVE-K8S-EXTENSION-CONFLICT',
  severity: 'error',
  title: 'The extension name is free or already holds the AzureML extension',
  source: cite(
    DOC.amlKubernetesExtension,
    'one extension per name; the AzureML extension is released cluster-wide in the azureml namespace (and the extension type of an instance cannot change)',
  ),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    for (const c of resolveKubernetesClusters(spec)) {
      const extId = kubernetesExtensionId(kubernetesClusterId(live.subscriptionId, c), c.extensionName);
      const ext = readable(live.kubernetesExtensions?.[extId.toLowerCase()]);
      if (ext === undefined) continue;
      const conflict = extensionConflict(ext);
      if (conflict === undefined) continue;
      out.push({
        path: c.defaulted.has('extensionName')
          ? `kubernetesClusters[${c.index}]`
          : `kubernetesClusters[${c.index}].extensionName`,
        message: `extension ${c.extensionName} on cluster ${c.clusterName} exists and ${conflict}; amlnet never overwrites it`,
        hint: 'Give the AzureML extension another name (extensionName), or remove the other extension yourself.',
      });
    }
    return out;
  },
});

export const kubernetesSecondExtension = liveRule({
  id: 'LIVE-K8S-EXTENSION-NAME',
  severity: 'error',
  title: 'The spec names the AzureML extension the cluster already has',
  source: cite(
    DOC.amlKubernetesExtension,
    'the AzureML extension is deployed once per cluster, cluster-wide in the azureml namespace; it is managed by its name (az k8s-extension show/update --name)',
  ),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    for (const c of resolveKubernetesClusters(spec)) {
      const list = live.azureMlExtensions?.[kubernetesClusterId(live.subscriptionId, c).toLowerCase()];
      if (list === undefined || isUnreadable(list)) continue;
      const others = list.filter((e) => e.name.toLowerCase() !== c.extensionName.toLowerCase());
      if (others.length === 0 || others.length < list.length) continue;
      const names = others.map((e) => e.name);
      out.push({
        path: c.defaulted.has('extensionName')
          ? `kubernetesClusters[${c.index}]`
          : `kubernetesClusters[${c.index}].extensionName`,
        message: `cluster ${c.clusterName} already has the AzureML extension as ${names.join(', ')}; the spec's extensionName ${c.extensionName} would install a second one`,
        hint: `Set extensionName: ${names[0]} so that amlnet manages the extension that is there (its settings you do not manage are kept).`,
      });
    }
    return out;
  },
});

export const kubernetesLegacyCompute = liveRule({
  id: 'LIVE-K8S-V1-ATTACHED',
  severity: 'error',
  title: 'The cluster is not still attached to the workspace as an Azure ML v1 (AKS) compute',
  source: cite(
    DOC.amlKubernetesExtension,
    'Limitations: a cluster used as a v1 inference cluster needs its legacy azureml-fe cleaned up before the extension is deployed',
  ),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    const computes = live.workspaceComputes;
    if (computes === undefined || isUnreadable(computes)) return out;
    for (const c of resolveKubernetesClusters(spec)) {
      const clusterId = kubernetesClusterId(live.subscriptionId, c);
      for (const v1 of computes) {
        if (v1.computeType.toLowerCase() !== 'aks' || !sameId(v1.resourceId, clusterId)) continue;
        out.push({
          path: c.mode === 'attach' ? `kubernetesClusters[${c.index}].resourceId` : `kubernetesClusters[${c.index}]`,
          message: `cluster ${c.clusterName} is still attached as the Azure ML v1 compute ${v1.name} (computeType AKS, azureml-fe v1)`,
          hint:
            `Migrate first: move its web services to Kubernetes online endpoints, detach ${v1.name} (az ml computetarget detach) ` +
            'and remove the legacy azureml-fe resources, as the extension documentation asks; then plan again. amlnet never detaches a compute.',
        });
      }
    }
    return out;
  },
});
