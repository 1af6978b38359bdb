// What amlnet sends for an Azure ML v2 cluster: the AzureML extension's settings and the Kubernetes compute body.
// Pure. Over raw ARM the client-side transform of the Azure CLI (k8s-extension's AzureMLKubernetes.py,
// https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py)
// is amlnet's to do: cluster scope in the azureml namespace, the scoringFe.* keys the Helm chart reads, HA off and
// DevTest below 3 nodes, and the AKS defaults (no relay, no service bus, the ingress controller on). Setting names
// and meanings: https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension.
import type { ResolvedKubernetesCluster } from '../spec/defaults.js';
import type { InferenceRouter } from '../spec/types.js';
import type { JsonObject } from './model.js';

export const AZUREML_EXTENSION_TYPE = 'microsoft.azureml.kubernetes';
/** The CLI forces this release namespace (cluster scope); sslSecret names a secret in it. */
export const AZUREML_RELEASE_NAMESPACE = 'azureml';

/** Setting keys amlnet decides from the spec. Every other key on an existing extension is the user's and survives. */
export const MANAGED_EXTENSION_SETTINGS = [
  'enableInference',
  'inferenceRouterServiceType',
  'internalLoadBalancerProvider',
  'scoringFe.serviceType.internalLoadBalancer',
  'scoringFe.serviceType.nodePort',
  'allowInsecureConnections',
  'sslCname',
  'sslSecret',
  'scoringFe.sslSecret',
  'inferenceRouterHA',
  'clusterPurpose',
  'cluster_name',
  'clusterId',
  'prometheus.prometheusSpec.externalLabels.cluster_name',
  'cluster_name_friendly',
  'location',
  'jobSchedulerLocation',
  'domain',
] as const;

/** Settings amlnet sets on install only when absent: the CLI's AKS defaults, which a user may have changed. */
export const DEFAULT_EXTENSION_SETTINGS: Readonly<Record<string, string>> = {
  enableTraining: 'False',
  'relayserver.enabled': 'false',
  'servicebus.enabled': 'false',
  'nginxIngress.enabled': 'true',
};

const ROUTER_SERVICE_TYPE: Record<InferenceRouter, string> = {
  loadBalancer: 'LoadBalancer',
  internalLoadBalancer: 'LoadBalancer',
  nodePort: 'NodePort',
  clusterIP: 'ClusterIP',
};

const flag = (b: boolean): string => (b ? 'True' : 'False');

/** The managed settings a cluster implies (a NodePort router never carries internal-load-balancer keys). */
export function extensionSettings(c: ResolvedKubernetesCluster, clusterId: string): Record<string, string> {
  const s: Record<string, string> = {
    enableInference: 'True',
    inferenceRouterServiceType: ROUTER_SERVICE_TYPE[c.inferenceRouter],
    allowInsecureConnections: flag(c.allowInsecureConnections),
    inferenceRouterHA: flag(c.inferenceRouterHA),
    clusterPurpose: c.inferenceRouterHA ? c.clusterPurpose : 'DevTest',
    cluster_name: clusterId,
    clusterId,
    'prometheus.prometheusSpec.externalLabels.cluster_name': clusterId,
    cluster_name_friendly: c.clusterName,
    location: c.location,
    jobSchedulerLocation: c.location,
    domain: `${c.location}.cloudapp.azure.com`,
  };
  if (c.inferenceRouter === 'internalLoadBalancer') {
    s.internalLoadBalancerProvider = 'azure';
    s['scoringFe.serviceType.internalLoadBalancer'] = 'True';
  }
  if (c.inferenceRouter === 'nodePort') s['scoringFe.serviceType.nodePort'] = 'True';
  if (!c.allowInsecureConnections) {
    if (c.sslCname !== null) s.sslCname = c.sslCname;
    if (c.sslSecret !== null) {
      s.sslSecret = c.sslSecret;
      s['scoringFe.sslSecret'] = c.sslSecret;
    }
  }
  return s;
}

/**
 * The settings to PUT over an existing extension's: the user's own keys kept, amlnet's managed keys set to what the
 * spec implies (and removed where the spec no longer implies them, e.g. the ILB keys after a switch to NodePort),
 * the CLI's defaults added only where absent.
 */
export function mergeExtensionSettings(
  existing: Readonly<Record<string, string>>,
  desired: Readonly<Record<string, string>>,
): Record<string, string> {
  const managed = new Set<string>(MANAGED_EXTENSION_SETTINGS);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(existing)) if (!managed.has(k)) out[k] = v;
  for (const [k, v] of Object.entries(DEFAULT_EXTENSION_SETTINGS)) if (!(k in out)) out[k] = v;
  for (const [k, v] of Object.entries(desired)) out[k] = v;
  return out;
}

/** The managed settings that differ between an existing extension and the spec (key -> [before, after]). */
export function extensionSettingsDiff(
  existing: Readonly<Record<string, string>>,
  desired: Readonly<Record<string, string>>,
): Record<string, [string | null, string | null]> {
  const out: Record<string, [string | null, string | null]> = {};
  for (const k of MANAGED_EXTENSION_SETTINGS) {
    const before = existing[k] ?? null;
    const after = desired[k] ?? null;
    // Azure stores what it was sent; booleans compare case-insensitively as the extension reads them.
    if ((before ?? '').toLowerCase() !== (after ?? '').toLowerCase()) out[k] = [before, after];
  }
  return out;
}

/** Why an existing extension under the spec's name must not be overwritten, or undefined when it may be updated. */
export function extensionConflict(existing: {
  extensionType: string;
  releaseNamespace: string | null;
}): string | undefined {
  if (existing.extensionType.toLowerCase() !== AZUREML_EXTENSION_TYPE)
    return `it is an extension of type ${existing.extensionType}, not ${AZUREML_EXTENSION_TYPE}`;
  if (existing.releaseNamespace !== null && existing.releaseNamespace !== AZUREML_RELEASE_NAMESPACE)
    return `it is released in namespace ${existing.releaseNamespace}, not ${AZUREML_RELEASE_NAMESPACE}`;
  return undefined;
}

/** The extension PUT body (cluster scope, system-assigned identity, the stable train with minor upgrades). */
export function extensionBody(settings: Readonly<Record<string, string>>): JsonObject {
  return {
    identity: { type: 'SystemAssigned' },
    properties: {
      extensionType: AZUREML_EXTENSION_TYPE,
      autoUpgradeMinorVersion: true,
      releaseTrain: 'stable',
      scope: { cluster: { releaseNamespace: AZUREML_RELEASE_NAMESPACE } },
      configurationSettings: { ...settings },
    },
  };
}

/** The compute PUT body: computeType Kubernetes on the cluster, in the spec's namespace. */
export function kubernetesComputeBody(c: ResolvedKubernetesCluster, clusterId: string, location: string): JsonObject {
  return {
    location,
    identity: { type: 'SystemAssigned' },
    properties: {
      computeType: 'Kubernetes',
      resourceId: clusterId,
      description: `Azure ML v2 Kubernetes compute on ${c.clusterName} (amlnet)`,
      properties: { namespace: c.namespace },
    },
  };
}
