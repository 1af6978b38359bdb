// Azure ML v2 in the emulator: Microsoft.KubernetesConfiguration/extensions on managed clusters and computes of type
// Kubernetes. Expected shapes come from Azure's published examples (__fixtures__/azure-examples); expected behaviour
// from the extension and attach documentation:
// https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension (managed identity only,
// protected settings) and https://learn.microsoft.com/en-us/azure/machine-learning/how-to-attach-kubernetes-to-workspace
// (the extension comes first; namespace "default").
import { azureExample } from '../../../__fixtures__/azure-examples.js';
import { ROLE_IDS } from '../../../emulator/arm/rbac.js';
import type { JsonObject } from '../../../emulator/types.js';
import {
  API,
  assignment,
  baseline,
  clusterPath,
  computePath,
  errorOf,
  makeArm,
  makeWorld,
  rgPath,
  subnetPath,
  workspacePath,
  type Arm,
} from './world.js';
import { missingKeys } from './emulator.js';

const EXT_API = '2023-05-01';
const ML_API = '2025-09-01';
const extPath = (cluster: string, name = 'azureml'): string =>
  `${clusterPath('rg', cluster)}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`;

type Extension = JsonObject & { properties: JsonObject & { configurationSettings: JsonObject } };

function azureMl(settings: JsonObject = {}, protectedSettings: JsonObject = {}): JsonObject {
  return {
    identity: { type: 'SystemAssigned' },
    properties: {
      extensionType: 'microsoft.azureml.kubernetes',
      autoUpgradeMinorVersion: true,
      releaseTrain: 'stable',
      scope: { cluster: { releaseNamespace: 'azureml' } },
      configurationSettings: { enableInference: 'True', allowInsecureConnections: 'True', ...settings },
      configurationProtectedSettings: protectedSettings,
    },
  };
}

const ILB = {
  inferenceRouterServiceType: 'LoadBalancer',
  internalLoadBalancerProvider: 'azure',
  'scoringFe.serviceType.internalLoadBalancer': 'True',
};

async function world(opts: { servicePrincipal?: boolean } = {}): Promise<{ a: Arm; principalId: string }> {
  const a = makeArm(makeWorld());
  await baseline(a);
  await a.put(workspacePath('rg', 'ws'), { location: 'eastus', properties: { friendlyName: 'ws' } }, API.ml);
  const res = await a.put(
    clusterPath('rg', 'aks1'),
    {
      location: 'eastus',
      ...(opts.servicePrincipal ? {} : { identity: { type: 'SystemAssigned' } }),
      properties: {
        dnsPrefix: 'aks1',
        ...(opts.servicePrincipal ? { servicePrincipalProfile: { clientId: 'sp-client', secret: 'x' } } : {}),
        agentPoolProfiles: [
          {
            name: 'nodepool1',
            count: 3,
            vmSize: 'Standard_D4s_v3',
            vnetSubnetID: subnetPath('rg', 'vnet', 'aks-subnet'),
          },
        ],
        networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10' },
      },
    },
    API.aks,
  );
  if (res.status >= 300) throw new Error(`cluster: ${res.status} ${JSON.stringify(res.body)}`);
  const cluster = (await a.call('GET', clusterPath('rg', 'aks1'), { api: API.aks })).body as {
    identity?: { principalId: string };
  };
  return { a, principalId: cluster.identity?.principalId ?? '' };
}

const getExt = async (a: Arm, name = 'azureml'): Promise<Extension> =>
  (await a.call('GET', extPath('aks1', name), { api: EXT_API })).body as Extension;

describe('Microsoft.KubernetesConfiguration/extensions on a managed cluster', () => {
  test("install: 201 with Azure-AsyncOperation, Creating then Succeeded, with the shape of Azure's example", async () => {
    const { a } = await world();
    // Azure's own request, replayed on an AKS cluster.
    const example = azureExample('kubernetesconfiguration/2022-07-01/CreateExtension.json');
    const res = await a.call('PUT', extPath('aks1', 'ClusterMonitor'), {
      body: example.parameters['extension'],
      api: EXT_API,
    });
    expect(res.status).toBe(201);
    expect(res.headers?.['Azure-AsyncOperation']).toBeDefined();
    expect(missingKeys(example.responses['201'].body, res.body)).toEqual([]);
    expect((res.body as Extension).properties.provisioningState).toBe('Creating');
    expect(await a.status(res)).toMatchObject({ status: 'Succeeded' });
    const ext = await getExt(a, 'ClusterMonitor');
    expect(missingKeys(example.responses['200'].body, ext)).toEqual([]);
    expect(ext).toMatchObject({
      type: 'Microsoft.KubernetesConfiguration/extensions',
      name: 'ClusterMonitor',
      properties: { provisioningState: 'Succeeded', extensionType: 'azuremonitor-containers' },
    });
    expect(String(ext.id)).toBe(
      `${clusterPath('rg', 'aks1')}/providers/Microsoft.KubernetesConfiguration/extensions/ClusterMonitor`,
    );
    // The protected setting of the request is never echoed.
    expect(JSON.stringify(ext)).not.toContain('secretKeyValue01');
  });

  test.each(['2022-03-01', '2023-05-01', '2024-11-01', '2025-03-01'])('is served at api-version %s', async (api) => {
    const { a } = await world();
    expect((await a.put(extPath('aks1'), azureMl(), api)).status).toBe(201);
  });

  test('an api-version the specs do not publish is refused', async () => {
    const { a } = await world();
    const res = await a.call('PUT', extPath('aks1'), { body: azureMl(), api: '2021-01-01' });
    expect([res.status, errorOf(res).code]).toEqual([400, 'InvalidApiVersionParameter']);
  });

  test('protected settings are write-only (never returned)', async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl({}, { 'scoringFe.sslKey': 'c2VjcmV0LWtleQ==' }), EXT_API);
    const text = JSON.stringify(await getExt(a));
    expect(text).not.toContain('c2VjcmV0LWtleQ==');
    expect(text).not.toContain('configurationProtectedSettings');
  });

  test('lists the extensions of the cluster', async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl(), EXT_API);
    const list = await a.call(
      'GET',
      `${clusterPath('rg', 'aks1')}/providers/Microsoft.KubernetesConfiguration/extensions`,
      {
        api: EXT_API,
      },
    );
    expect((list.body as { value: JsonObject[] }).value.map((e) => e.name)).toEqual(['azureml']);
  });

  test('on a missing cluster: 404 ParentResourceNotFound', async () => {
    const { a } = await world();
    const res = await a.call(
      'PUT',
      `${clusterPath('rg', 'nope')}/providers/Microsoft.KubernetesConfiguration/extensions/azureml`,
      {
        body: azureMl(),
        api: EXT_API,
      },
    );
    expect([res.status, errorOf(res).code]).toEqual([404, 'ParentResourceNotFound']);
  });

  test('a cluster with a service principal instead of a managed identity is refused', async () => {
    const { a } = await world({ servicePrincipal: true });
    const res = await a.call('PUT', extPath('aks1'), { body: azureMl(), api: EXT_API });
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toMatch(/service principal/);
  });

  test('the extension type of an instance cannot change', async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl(), EXT_API);
    const other = azureMl();
    (other.properties as JsonObject).extensionType = 'microsoft.flux';
    const res = await a.call('PUT', extPath('aks1'), { body: other, api: EXT_API });
    expect(res.status).toBe(400);
    expect((await getExt(a)).properties.extensionType).toBe('microsoft.azureml.kubernetes');
  });

  test('a PUT replaces the settings (callers merge what they do not manage themselves)', async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl({ 'nodeSelector.pool': 'inference' }), EXT_API);
    await a.put(extPath('aks1'), azureMl({ inferenceRouterHA: 'False' }), EXT_API);
    const settings = (await getExt(a)).properties.configurationSettings;
    expect(settings).toMatchObject({ inferenceRouterHA: 'False' });
    expect(settings['nodeSelector.pool']).toBeUndefined();
  });

  test('an internal load balancer fails until the cluster identity may join the subnet, then gets a private address', async () => {
    const { a, principalId } = await world();
    const first = await a.call('PUT', extPath('aks1'), { body: azureMl(ILB), api: EXT_API });
    expect(first.status).toBe(201);
    const op = await a.status(first);
    expect(op).toMatchObject({ status: 'Failed' });
    expect(JSON.stringify(op.error)).toContain(
      `'${principalId}' does not have authorization to perform action 'Microsoft.Network/virtualNetworks/subnets/join/action'`,
    );
    expect((await getExt(a)).properties.provisioningState).toBe('Failed');

    // Network Contributor on the VNet's resource group, as the documentation asks.
    const nc = assignment(rgPath('rg'), ROLE_IDS.networkContributor, principalId);
    a.world.resources.set(String(nc.id).toLowerCase(), nc);
    const again = await a.call('PUT', extPath('aks1'), { body: azureMl(ILB), api: EXT_API });
    expect(await a.status(again)).toMatchObject({ status: 'Succeeded' });
    const ext = await getExt(a);
    expect(ext.properties.provisioningState).toBe('Succeeded');
    // aks-subnet is 10.0.1.0/24: the router's address is a private one inside it.
    expect(JSON.stringify(ext.properties.statuses)).toMatch(/10\.0\.1\.\d+/);
  });

  test('a public load balancer needs no subnet permission', async () => {
    const { a } = await world();
    const res = await a.call('PUT', extPath('aks1'), {
      body: azureMl({ inferenceRouterServiceType: 'LoadBalancer' }),
      api: EXT_API,
    });
    expect(await a.status(res)).toMatchObject({ status: 'Succeeded' });
  });
});

describe('computes of type Kubernetes', () => {
  const kubernetes = (resourceId: string, namespace?: string): JsonObject => ({
    location: 'eastus',
    identity: { type: 'SystemAssigned' },
    properties: {
      computeType: 'Kubernetes',
      resourceId,
      properties: namespace === undefined ? {} : { namespace },
    },
  });

  test('attaching a cluster without the AzureML extension fails', async () => {
    const { a } = await world();
    const res = await a.call('PUT', computePath('rg', 'ws', 'k8s'), {
      body: kubernetes(clusterPath('rg', 'aks1')),
      api: ML_API,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toMatch(/extension/);
  });

  test('attaching a cluster whose extension failed fails too', async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl(ILB), EXT_API); // fails: no Network Contributor
    const res = await a.call('PUT', computePath('rg', 'ws', 'k8s'), {
      body: kubernetes(clusterPath('rg', 'aks1')),
      api: ML_API,
    });
    expect(res.status).toBe(400);
  });

  test("attach after the extension: 201, Succeeded, with the shape of Azure's example and namespace default", async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl(), EXT_API);
    const res = await a.call('PUT', computePath('rg', 'ws', 'k8s'), {
      body: kubernetes(clusterPath('rg', 'aks1')),
      api: ML_API,
    });
    expect(res.status).toBe(201);
    expect(await a.status(res)).toMatchObject({ status: 'Succeeded' });
    const c = (await a.call('GET', computePath('rg', 'ws', 'k8s'), { api: ML_API })).body as JsonObject;
    const example = azureExample('machinelearningservices/2025-09-01/Compute/createOrUpdate/KubernetesCompute.json');
    const expectedBody = structuredClone(example.responses['200'].body) as { properties: { properties: JsonObject } };
    // instanceTypes are the caller's own; the example's are an illustration, not a default.
    delete expectedBody.properties.properties.instanceTypes;
    expect(missingKeys(expectedBody, c)).toEqual([]);
    expect(c).toMatchObject({
      properties: {
        computeType: 'Kubernetes',
        provisioningState: 'Succeeded',
        isAttachedCompute: true,
        resourceId: clusterPath('rg', 'aks1'),
        properties: { namespace: 'default', extensionInstanceReleaseTrain: 'stable' },
      },
    });
  });

  test('keeps the namespace given, and refuses a new resourceId on an existing compute', async () => {
    const { a } = await world();
    await a.put(extPath('aks1'), azureMl(), EXT_API);
    await a.put(computePath('rg', 'ws', 'k8s'), kubernetes(clusterPath('rg', 'aks1'), 'scoring'), ML_API);
    const c = (await a.call('GET', computePath('rg', 'ws', 'k8s'), { api: ML_API })).body as {
      properties: { properties: JsonObject };
    };
    expect(c.properties.properties.namespace).toBe('scoring');
    const moved = await a.call('PUT', computePath('rg', 'ws', 'k8s'), {
      body: kubernetes(clusterPath('rg', 'other')),
      api: ML_API,
    });
    expect(moved.status).toBe(400);
  });

  test('a compute attached as AKS cannot become Kubernetes under the same name', async () => {
    const { a } = await world();
    await a.put(
      computePath('rg', 'ws', 'v1'),
      { location: 'eastus', properties: { computeType: 'AKS', resourceId: clusterPath('rg', 'aks1') } },
      API.ml,
    );
    await a.put(extPath('aks1'), azureMl(), EXT_API);
    const res = await a.call('PUT', computePath('rg', 'ws', 'v1'), {
      body: kubernetes(clusterPath('rg', 'aks1')),
      api: ML_API,
    });
    expect(res.status).toBe(409);
  });
});
