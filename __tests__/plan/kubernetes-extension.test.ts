// The AzureML extension settings amlnet derives from a kubernetesClusters entry, as the Azure CLI transforms them
// (https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py),
// and the merge that keeps the settings amlnet does not manage.
import { describe, expect, it } from '@jest/globals';
import {
  extensionBody,
  extensionConflict,
  extensionSettings,
  extensionSettingsDiff,
  kubernetesComputeBody,
  mergeExtensionSettings,
} from '../../src/plan/kubernetes-extension.js';
import { resolveKubernetesCluster } from '../../src/spec/defaults.js';
import type { InferenceRouter, KubernetesClusterSpec, Spec } from '../../src/spec/types.js';
import { minimalSpec } from '../rules/spec-fixtures.js';

const CLUSTER_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.ContainerService/managedClusters/k8s';

function resolved(over: Partial<KubernetesClusterSpec> = {}) {
  const spec: Spec = minimalSpec();
  delete spec.aksClusters;
  spec.kubernetesClusters = [
    { name: 'k8s', subnet: 'aks-subnet', sslCname: 'scoring.contoso.com', sslSecret: 'scoring-tls', ...over },
  ];
  return resolveKubernetesCluster(spec, 0);
}

describe('extensionSettings', () => {
  it('an internal load balancer: LoadBalancer service, provider azure and the scoringFe ILB key', () => {
    expect(extensionSettings(resolved(), CLUSTER_ID)).toEqual({
      enableInference: 'True',
      inferenceRouterServiceType: 'LoadBalancer',
      internalLoadBalancerProvider: 'azure',
      'scoringFe.serviceType.internalLoadBalancer': 'True',
      allowInsecureConnections: 'False',
      sslCname: 'scoring.contoso.com',
      sslSecret: 'scoring-tls',
      'scoringFe.sslSecret': 'scoring-tls',
      inferenceRouterHA: 'True',
      clusterPurpose: 'FastProd',
      cluster_name: CLUSTER_ID,
      clusterId: CLUSTER_ID,
      'prometheus.prometheusSpec.externalLabels.cluster_name': CLUSTER_ID,
      cluster_name_friendly: 'k8s',
      location: 'eastus2',
      jobSchedulerLocation: 'eastus2',
      domain: 'eastus2.cloudapp.azure.com',
    });
  });

  it.each<[InferenceRouter, string, boolean, boolean]>([
    ['internalLoadBalancer', 'LoadBalancer', true, false],
    ['loadBalancer', 'LoadBalancer', false, false],
    ['nodePort', 'NodePort', false, true],
    ['clusterIP', 'ClusterIP', false, false],
  ])('router %s: service type %s, ILB keys %s, nodePort key %s (never both)', (router, type, ilb, nodePort) => {
    const s = extensionSettings(resolved({ inferenceRouter: router }), CLUSTER_ID);
    expect(s.inferenceRouterServiceType).toBe(type);
    expect('internalLoadBalancerProvider' in s).toBe(ilb);
    expect('scoringFe.serviceType.internalLoadBalancer' in s).toBe(ilb);
    expect('scoringFe.serviceType.nodePort' in s).toBe(nodePort);
  });

  it('fewer than 3 nodes: HA off and DevTest, as the CLI does', () => {
    expect(extensionSettings(resolved({ agentCount: 2 }), CLUSTER_ID)).toMatchObject({
      inferenceRouterHA: 'False',
      clusterPurpose: 'DevTest',
    });
  });

  it('HA turned off on a large cluster is DevTest too', () => {
    expect(extensionSettings(resolved({ agentCount: 5, inferenceRouterHA: false }), CLUSTER_ID)).toMatchObject({
      inferenceRouterHA: 'False',
      clusterPurpose: 'DevTest',
    });
  });

  it('plain HTTP sends no certificate settings', () => {
    const s = extensionSettings(resolved({ allowInsecureConnections: true }), CLUSTER_ID);
    expect(s.allowInsecureConnections).toBe('True');
    for (const k of ['sslCname', 'sslSecret', 'scoringFe.sslSecret']) expect(s[k]).toBeUndefined();
  });
});

describe('mergeExtensionSettings', () => {
  const desired = extensionSettings(resolved({ inferenceRouter: 'nodePort' }), CLUSTER_ID);

  it("keeps the user's own keys, replaces managed ones and drops managed keys the spec no longer implies", () => {
    const existing = {
      'nodeSelector.pool': 'inference',
      installNvidiaDevicePlugin: 'True',
      inferenceRouterServiceType: 'LoadBalancer',
      internalLoadBalancerProvider: 'azure',
      'scoringFe.serviceType.internalLoadBalancer': 'True',
      'nginxIngress.enabled': 'false',
    };
    const merged = mergeExtensionSettings(existing, desired);
    expect(merged).toMatchObject({
      'nodeSelector.pool': 'inference',
      installNvidiaDevicePlugin: 'True',
      inferenceRouterServiceType: 'NodePort',
      'scoringFe.serviceType.nodePort': 'True',
      // A default the user changed stays changed.
      'nginxIngress.enabled': 'false',
    });
    expect(merged.internalLoadBalancerProvider).toBeUndefined();
    expect(merged['scoringFe.serviceType.internalLoadBalancer']).toBeUndefined();
  });

  it('adds the CLI defaults on a fresh install', () => {
    expect(mergeExtensionSettings({}, desired)).toMatchObject({
      enableTraining: 'False',
      'relayserver.enabled': 'false',
      'servicebus.enabled': 'false',
      'nginxIngress.enabled': 'true',
    });
  });

  it('is idempotent: merging again changes nothing, and the diff is then empty', () => {
    const once = mergeExtensionSettings({ custom: 'x' }, desired);
    expect(mergeExtensionSettings(once, desired)).toEqual(once);
    expect(extensionSettingsDiff(once, desired)).toEqual({});
  });

  it('the diff names each managed key that differs, booleans compared as the extension reads them', () => {
    const existing = { ...desired, inferenceRouterHA: 'true', sslCname: 'old.contoso.com' };
    expect(extensionSettingsDiff(existing, desired)).toEqual({ sslCname: ['old.contoso.com', 'scoring.contoso.com'] });
  });
});

describe('extensionConflict', () => {
  it.each([
    [{ extensionType: 'microsoft.azureml.kubernetes', releaseNamespace: 'azureml' }, undefined],
    [{ extensionType: 'Microsoft.AzureML.Kubernetes', releaseNamespace: null }, undefined],
    [{ extensionType: 'microsoft.flux', releaseNamespace: 'flux-system' }, /of type microsoft\.flux/],
    [{ extensionType: 'microsoft.azureml.kubernetes', releaseNamespace: 'other' }, /namespace other/],
  ])('%j', (existing, expected) => {
    const r = extensionConflict(existing);
    if (expected === undefined) expect(r).toBeUndefined();
    else expect(r).toMatch(expected);
  });
});

describe('request bodies', () => {
  it('the extension: cluster scope in azureml, system-assigned identity, stable train', () => {
    expect(extensionBody({ a: 'b' })).toEqual({
      identity: { type: 'SystemAssigned' },
      properties: {
        extensionType: 'microsoft.azureml.kubernetes',
        autoUpgradeMinorVersion: true,
        releaseTrain: 'stable',
        scope: { cluster: { releaseNamespace: 'azureml' } },
        configurationSettings: { a: 'b' },
      },
    });
  });

  it('the compute: computeType Kubernetes with resourceId and namespace', () => {
    expect(kubernetesComputeBody(resolved({ namespace: 'scoring' }), CLUSTER_ID, 'eastus2')).toMatchObject({
      location: 'eastus2',
      properties: { computeType: 'Kubernetes', resourceId: CLUSTER_ID, properties: { namespace: 'scoring' } },
    });
  });
});
