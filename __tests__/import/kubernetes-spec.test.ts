// The pure v2 half of `amlnet import`: an ImportedKubernetesCluster -> its kubernetesClusters entry, the AzureML
// extension's settings read back into the spec's fields (the inverse of plan/kubernetes-extension.ts), what the spec
// cannot say as findings, and the extension lookup and the cluster id checks of the adopter (with a fake getResource).
import { importedSpec } from '../../src/import/spec.js';
import { inferenceRouterOf, readExtensionSettings, settingFlag } from '../../src/import/kubernetes.js';
import { renderImportedSpec } from '../../src/import/render.js';
import { planDifferences, specPathOfAddress } from '../../src/import/findings.js';
import type { ImportedKubernetesCluster, ImportSource } from '../../src/import/source.js';
import type { LiveKubernetesExtension, LiveSubnet } from '../../src/live/types.js';
import { extensionSettings } from '../../src/plan/kubernetes-extension.js';
import { resolveKubernetesCluster } from '../../src/spec/defaults.js';
import type { InferenceRouter, KubernetesClusterSpec, Spec } from '../../src/spec/types.js';
import { validateSpecText } from '../../src/validate.js';
import { findAzureMlExtension, managedClusterRef } from '../../src/azure/import/kubernetes.js';
import type { Change } from '../../src/plan/model.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/aks-rg/providers/Microsoft.ContainerService/managedClusters/prod-aks`;
const EXT_ID = `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/aml-ext`;

function subnet(name: string, prefix: string): LiveSubnet {
  return {
    id: `${VNET}/subnets/${name}`,
    name,
    addressPrefix: prefix,
    addressPrefixes: [prefix],
    networkSecurityGroupId: null,
    delegations: [],
    ipConfigurationIds: [],
    privateEndpointIds: [],
    serviceAssociationLinkIds: [],
    raw: {},
  };
}

const AKS_SUBNET = subnet('aks-subnet', '10.1.0.0/22');

/** The settings amlnet itself sends for a cluster (plan/kubernetes-extension.ts), plus the CLI's defaults. */
function sentSettings(over: Partial<KubernetesClusterSpec> = {}): Record<string, string> {
  const spec: Spec = {
    version: 1,
    subscriptionId: SUB,
    location: 'eastus2',
    workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
    network: {
      resourceGroup: 'ml-rg',
      name: 'ml-vnet',
      subnets: [{ name: 'aks-subnet', addressPrefix: '10.1.0.0/22' }],
    },
    kubernetesClusters: [{ name: 'k8s', mode: 'attach', resourceId: CLUSTER, subnet: 'aks-subnet', ...over }],
  };
  return { ...extensionSettings(resolveKubernetesCluster(spec, 0), CLUSTER), enableTraining: 'False' };
}

function extension(settings: Record<string, string>, name = 'aml-ext'): LiveKubernetesExtension {
  return {
    id: EXT_ID.replace('aml-ext', name),
    name,
    extensionType: 'microsoft.azureml.kubernetes',
    releaseNamespace: 'azureml',
    provisioningState: 'Succeeded',
    settings,
    routerAddress: null,
  };
}

function cluster(over: Partial<ImportedKubernetesCluster> = {}): ImportedKubernetesCluster {
  return {
    kind: 'kubernetes',
    compute: {
      id: `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/k8s`,
      name: 'k8s',
      computeType: 'Kubernetes',
      resourceId: CLUSTER,
      computeLocation: 'eastus2',
      provisioningState: 'Succeeded',
      isAttachedCompute: true,
      namespace: 'scoring',
      agentCount: null,
      agentVmSize: null,
      clusterPurpose: null,
      loadBalancerType: null,
      loadBalancerSubnet: null,
      aksNetworkingConfiguration: null,
    },
    managedCluster: {
      id: CLUSTER,
      name: 'prod-aks',
      location: 'eastus2',
      principalId: 'p-1',
      identityType: 'SystemAssigned',
      usesServicePrincipal: false,
      networkPlugin: 'azure',
      networkPluginMode: null,
      podCidr: null,
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      enablePrivateCluster: false,
      enablePrivateClusterPublicFqdn: false,
      subnetIds: [AKS_SUBNET.id],
      agentCount: 3,
    },
    agentPool: { name: 'nodepool1', count: 3, vmSize: 'Standard_D4s_v3', maxPods: 30 },
    subnet: AKS_SUBNET,
    extension: extension(sentSettings({ sslCname: 'scoring.contoso.com', sslSecret: 'scoring-tls' })),
    networkContributorScopes: [AKS_SUBNET.id],
    ...over,
  };
}

function source(clusters: ImportedKubernetesCluster[], over: Partial<ImportSource> = {}): ImportSource {
  return {
    subscriptionId: SUB,
    workspace: {
      id: `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`,
      name: 'ml-ws',
      resourceGroup: 'ml-rg',
      location: 'East US 2',
      storageAccountId: null,
      containerRegistryId: null,
      privateEndpoints: [],
    },
    vnet: {
      id: VNET,
      name: 'ml-vnet',
      resourceGroup: 'ml-rg',
      location: 'eastus2',
      addressSpace: ['10.1.0.0/16'],
      subnets: [AKS_SUBNET],
    },
    nsg: null,
    clusters,
    skippedComputes: [],
    ...over,
  };
}

describe('extension settings -> spec fields (the inverse of what the plan sends)', () => {
  test.each<[InferenceRouter]>([['internalLoadBalancer'], ['loadBalancer'], ['nodePort'], ['clusterIP']])(
    'inferenceRouter %s survives the round trip through the settings amlnet sends',
    (router) => {
      const settings = sentSettings({ inferenceRouter: router, allowInsecureConnections: true });
      expect(inferenceRouterOf(settings)).toBe(router);
      const read = readExtensionSettings(settings, 'azureml', 'eastus2');
      expect(read.fields).toEqual({ inferenceRouter: router, inferenceRouterHA: true, allowInsecureConnections: true });
      expect(read.gaps).toEqual([]);
      expect(read.location).toBeUndefined();
    },
  );

  test('the router from the CLI keys: LoadBalancer + internalLoadBalancerProvider azure is internal; unknown types are null', () => {
    expect(
      inferenceRouterOf({ inferenceRouterServiceType: 'loadBalancer', internalLoadBalancerProvider: 'Azure' }),
    ).toBe('internalLoadBalancer');
    expect(inferenceRouterOf({ inferenceRouterServiceType: 'LoadBalancer' })).toBe('loadBalancer');
    expect(inferenceRouterOf({ inferenceRouterServiceType: 'nodeport' })).toBe('nodePort');
    expect(inferenceRouterOf({})).toBeUndefined();
    expect(inferenceRouterOf({ inferenceRouterServiceType: 'ExternalName' })).toBeNull();
    expect(settingFlag('TRUE')).toBe(true);
    expect(settingFlag('False')).toBe(false);
    expect(settingFlag(undefined)).toBeUndefined();
    expect(settingFlag('yes')).toBeNull();
  });

  test('HTTPS: sslCname and sslSecret come back; the unmanaged keys are listed, never their values', () => {
    const settings = { ...sentSettings({ sslCname: 'a.contoso.com', sslSecret: 'tls-a' }), nodeSelector: 'pool=gpu' };
    const read = readExtensionSettings(settings, 'azureml', 'eastus2');
    expect(read.fields).toEqual({
      inferenceRouter: 'internalLoadBalancer',
      inferenceRouterHA: true,
      allowInsecureConnections: false,
      sslCname: 'a.contoso.com',
      sslSecret: 'tls-a',
    });
    expect(read.unmanaged).toEqual(['enableTraining', 'nodeSelector']);
  });

  test('a location setting other than the network region becomes location', () => {
    const read = readExtensionSettings({ ...sentSettings(), location: 'West Europe' }, 'azureml', 'eastus2');
    expect(read.location).toBe('westeurope');
  });

  test('what the spec cannot say is a gap: protected certificate, key-like secret, insecure with TLS names, purpose, inference off', () => {
    const protectedCert = readExtensionSettings(sentSettings({ sslCname: 'a.contoso.com' }), 'azureml', 'eastus2');
    expect(protectedCert.fields.sslSecret).toBeUndefined();
    expect(protectedCert.gaps.map((g) => g.message)).toEqual([
      expect.stringMatching(/serves HTTPS but names no sslSecret: .*protected settings, which Azure never returns/),
    ]);

    const pem = '-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
    const keyLike = readExtensionSettings({ ...sentSettings(), sslSecret: pem }, 'azureml', 'eastus2');
    expect(keyLike.fields.sslSecret).toBeUndefined();
    expect(JSON.stringify(keyLike.gaps)).not.toContain('BEGIN');
    expect(keyLike.gaps[0].message).toMatch(/not a Kubernetes secret name \(\d+ characters; value not shown\)/);

    const insecure = readExtensionSettings(
      { ...sentSettings({ allowInsecureConnections: true }), sslCname: 'old.contoso.com' },
      'azureml',
      'eastus2',
    );
    expect(insecure.fields).toMatchObject({ allowInsecureConnections: true });
    expect(insecure.fields.sslCname).toBeUndefined();
    expect(insecure.gaps).toEqual([
      { field: 'allowInsecureConnections', message: expect.stringMatching(/holds sslCname but allows insecure/) },
    ]);

    const purpose = readExtensionSettings(
      { ...sentSettings({ allowInsecureConnections: true }), clusterPurpose: 'DevTest' },
      'azureml',
      'eastus2',
    );
    expect(purpose.gaps).toEqual([
      {
        field: 'inferenceRouterHA',
        message: expect.stringMatching(/clusterPurpose DevTest with inferenceRouterHA True/),
      },
    ]);

    const off = readExtensionSettings(
      { ...sentSettings({ allowInsecureConnections: true }), enableInference: 'False' },
      'azureml',
      'eastus2',
    );
    expect(off.gaps[0].message).toMatch(/does not enable inference/);
  });
});

describe('ImportedKubernetesCluster -> kubernetesClusters entry', () => {
  test('attach entry with the extension name, namespace, settings and role scope; the file validates', () => {
    const { spec, notes, issues } = importedSpec(source([cluster()]));
    expect(issues).toEqual([]);
    expect(spec.kubernetesClusters).toEqual([
      {
        name: 'k8s',
        mode: 'attach',
        resourceId: CLUSTER,
        subnet: 'aks-subnet',
        namespace: 'scoring',
        extensionName: 'aml-ext',
        inferenceRouter: 'internalLoadBalancer',
        inferenceRouterHA: true,
        allowInsecureConnections: false,
        sslCname: 'scoring.contoso.com',
        sslSecret: 'scoring-tls',
        networkContributorScope: 'subnet',
      },
    ]);
    expect(spec.aksClusters).toBeUndefined();
    expect(spec.network.subnets).toEqual([{ name: 'aks-subnet', addressPrefix: '10.1.0.0/22' }]);
    const text = renderImportedSpec({ spec, notes, header: ['test'] });
    expect(text).toMatch(/^ *# +networkPlugin: azure, serviceCidr: 10\.0\.0\.0\/16, dnsServiceIp: 10\.0\.0\.10$/m);
    expect(text).toMatch(/^ *# +enableTraining$/m);
    const v = validateSpecText(text, 'x.yml');
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.spec).toEqual(spec);
    // The extension settings the written spec implies are the ones Azure holds: nothing to update.
    const again = extensionSettings(resolveKubernetesCluster(v.spec!, 0), CLUSTER);
    for (const [k, value] of Object.entries(again)) expect(cluster().extension!.settings[k]).toBe(value);
  });

  test('a role at the resource group (or none at all) gives networkContributorScope resourceGroup', () => {
    for (const scopes of [[RG], []]) {
      const { spec } = importedSpec(source([cluster({ networkContributorScopes: scopes })]));
      expect(spec.kubernetesClusters?.[0].networkContributorScope).toBe('resourceGroup');
    }
  });

  test('an extension that could not be found: the entry without its settings, and IMPORT-NOT-READ at it', () => {
    const { spec, issues } = importedSpec(
      source([cluster({ extension: null, problem: 'it has no microsoft.azureml.kubernetes extension' })]),
    );
    expect(spec.kubernetesClusters?.[0]).toEqual({
      name: 'k8s',
      mode: 'attach',
      resourceId: CLUSTER,
      subnet: 'aks-subnet',
      namespace: 'scoring',
      networkContributorScope: 'subnet',
    });
    expect(issues).toEqual([
      expect.objectContaining({
        ruleId: 'IMPORT-NOT-READ',
        path: 'kubernetesClusters[0]',
        message: 'cluster k8s: it has no microsoft.azureml.kubernetes extension',
      }),
    ]);
  });

  test('gaps are placed at the field they concern when the entry has it, else at the entry', () => {
    const settings = { ...sentSettings({ allowInsecureConnections: true }), sslCname: 'x.contoso.com' };
    const { issues } = importedSpec(source([cluster({ extension: extension(settings) })]));
    expect(issues).toEqual([
      expect.objectContaining({
        ruleId: 'IMPORT-NOT-EXPRESSIBLE',
        path: 'kubernetesClusters[0].allowInsecureConnections',
      }),
    ]);
  });

  test('a skipped Kubernetes compute is reported at kubernetesClusters when the file has that list', () => {
    const skippedComputes = [{ name: 'arc', computeType: 'Kubernetes', reason: 'it is an Azure Arc-enabled cluster' }];
    const { issues } = importedSpec(source([cluster()], { skippedComputes }));
    expect(issues).toEqual([
      expect.objectContaining({
        ruleId: 'IMPORT-NOT-IMPORTED',
        path: 'kubernetesClusters',
        message: 'compute arc (Kubernetes) is not imported: it is an Azure Arc-enabled cluster',
      }),
    ]);
    expect(importedSpec(source([], { skippedComputes })).issues[0].path).toBe('');
  });

  test('plan addresses of v2 clusters map to the spec keys they come from', () => {
    const spec = { kubernetesClusters: [{ name: 'a' }, { name: 'k8s' }], network: { subnets: [] } };
    expect(specPathOfAddress('kubernetesClusters[k8s].extension', spec)).toBe('kubernetesClusters[1].extensionName');
    expect(specPathOfAddress('kubernetesClusters[a].networkContributor', spec)).toBe(
      'kubernetesClusters[0].networkContributorScope',
    );
    expect(specPathOfAddress('kubernetesClusters[k8s].managedCluster', spec)).toBe('kubernetesClusters[1].resourceId');
    expect(specPathOfAddress('kubernetesClusters[k8s]', spec)).toBe('kubernetesClusters[1]');
    const change = {
      action: 'update',
      address: 'kubernetesClusters[k8s].extension',
      reason: 'settings differ',
    } as Change;
    expect(planDifferences([change], spec)).toEqual([
      expect.objectContaining({ ruleId: 'IMPORT-PLAN-DIFFERS', path: 'kubernetesClusters[1].extensionName' }),
    ]);
  });
});

describe('the adopter: which cluster ids it adopts, and how it finds the extension', () => {
  test('only AKS managed clusters; Arc clusters and other ids are skipped with the reason', () => {
    expect(managedClusterRef(CLUSTER)).toEqual({ resourceGroup: 'aks-rg', name: 'prod-aks' });
    expect(managedClusterRef(null)).toBe('it names no cluster (resourceId)');
    expect(
      managedClusterRef(
        `/subscriptions/${SUB}/resourceGroups/arc/providers/Microsoft.Kubernetes/connectedClusters/edge`,
      ),
    ).toMatch(/Azure Arc-enabled cluster \(Microsoft\.Kubernetes\/connectedClusters\)/);
    expect(managedClusterRef(`${RG}/providers/Microsoft.Compute/virtualMachines/vm`)).toMatch(
      /is not an AKS managed cluster/,
    );
  });

  const raw = (name: string, type: string) => ({
    id: `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`,
    name,
    properties: { extensionType: type, scope: { cluster: { releaseNamespace: 'azureml' } }, configurationSettings: {} },
  });
  const forbidden = Object.assign(new Error('no list permission'), { statusCode: 403, code: 'AuthorizationFailed' });

  test('by listing: the one extension of type microsoft.azureml.kubernetes, whatever its name', async () => {
    const asked: string[] = [];
    const found = await findAzureMlExtension(
      {
        getResource: async (id) => {
          asked.push(id);
          return { value: [raw('flux', 'microsoft.flux'), raw('aml-ext', 'Microsoft.AzureML.Kubernetes')] };
        },
      },
      CLUSTER,
    );
    expect(found.extension?.name).toBe('aml-ext');
    expect(found.problem).toBeUndefined();
    expect(asked).toEqual([`${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions`]);
  });

  test('when the list cannot be read: the default name, else a problem that says both', async () => {
    const fallback = await findAzureMlExtension(
      {
        getResource: async (id) => {
          if (id.endsWith('/extensions')) throw forbidden;
          return raw('azureml', 'microsoft.azureml.kubernetes');
        },
      },
      CLUSTER,
    );
    expect(fallback.extension?.name).toBe('azureml');
    expect(fallback.problem).toBeUndefined();

    const none = await findAzureMlExtension(
      {
        getResource: async (id) => {
          if (id.endsWith('/extensions')) throw forbidden;
          return undefined; // 404
        },
      },
      CLUSTER,
    );
    expect(none.extension).toBeNull();
    expect(none.problem).toBe(
      'its extensions could not be listed (403 AuthorizationFailed: no list permission), and it has no microsoft.azureml.kubernetes extension named azureml',
    );

    const empty = await findAzureMlExtension(
      { getResource: async () => ({ value: [raw('flux', 'microsoft.flux')] }) },
      CLUSTER,
    );
    expect(empty).toEqual({ extension: null, problem: 'it has no microsoft.azureml.kubernetes extension' });
  });
});
