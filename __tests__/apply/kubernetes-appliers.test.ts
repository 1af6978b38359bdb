// The Azure ML v2 appliers over stub clients and the executor's fake clock: the extension install is a
// long-running operation of minutes, followed only through ctx.sleep (so the executor's deadline bounds it), with
// a backoff that keeps the reads few; the PUT bodies merge into what exists (unmanaged settings, release train,
// instance types and identity kept; read-only and secret fields never sent back).
import type { AzureClients, RawResponse } from '../../src/azure/clients.js';
import { executePlan } from '../../src/apply/executor.js';
import {
  extensionPutBody,
  kubernetesExtensionApplier,
  routerAddressOf,
} from '../../src/azure/apply/kubernetes-extension.js';
import { kubernetesComputeApplier, kubernetesComputePutBody } from '../../src/azure/apply/kubernetes-compute.js';
import type { Change } from '../../src/plan/model.js';
import { FakeClock } from './fake-clock.js';
import { plan } from './helpers.js';

const CLUSTER =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.ContainerService/managedClusters/k8s';
const EXT = `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/azureml`;
const COMPUTE =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/k8s';

const extChange: Change = {
  kind: 'kubernetes-extension',
  address: 'kubernetesClusters[k8s].extension',
  resourceType: 'Microsoft.KubernetesConfiguration/extensions',
  resourceId: EXT,
  action: 'create',
  before: null,
  after: {
    extensionType: 'microsoft.azureml.kubernetes',
    releaseNamespace: 'azureml',
    configurationSettings: { enableInference: 'True', inferenceRouterServiceType: 'LoadBalancer' },
  },
  reason: 'test',
  step: 'kubernetes-extension',
  dependsOn: [],
};
const computeChange: Change = {
  kind: 'kubernetes-compute',
  address: 'kubernetesClusters[k8s]',
  resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
  resourceId: COMPUTE,
  action: 'create',
  before: null,
  after: { computeType: 'Kubernetes', resourceId: CLUSTER, namespace: 'default', location: 'eastus2' },
  reason: 'test',
  step: 'kubernetes-compute',
  dependsOn: ['kubernetesClusters[k8s].extension'],
};

/** Stub clients: the extension answers `states` to successive GETs after its PUT (the last one repeats). */
function stubClients(states: string[]): { clients: AzureClients; gets: () => number; puts: unknown[] } {
  let put = false;
  let gets = 0;
  let computePut = false;
  const puts: unknown[] = [];
  const clients = {
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    async getResource(id: string): Promise<unknown> {
      if (id === EXT) {
        if (!put) return undefined;
        const state = states[Math.min(gets, states.length - 1)];
        gets++;
        return {
          id,
          properties: {
            extensionType: 'microsoft.azureml.kubernetes',
            provisioningState: state,
            scope: { cluster: { releaseNamespace: 'azureml' } },
            configurationSettings: { enableInference: 'True', inferenceRouterServiceType: 'LoadBalancer' },
            statuses: [{ code: 'InferenceRouterAddress', message: '10.1.0.200' }],
          },
        };
      }
      if (id === COMPUTE && computePut)
        return { id, properties: { computeType: 'Kubernetes', resourceId: CLUSTER, provisioningState: 'Succeeded' } };
      return undefined;
    },
    async putResource(id: string, _v: string, body: unknown): Promise<RawResponse> {
      puts.push(body);
      if (id === EXT) put = true;
      if (id === COMPUTE) computePut = true;
      return { status: 201, body };
    },
  } as unknown as AzureClients;
  return { clients, gets: () => gets, puts };
}

describe('the extension install under the executor', () => {
  test('minutes of Creating are waited out on the clock with a growing poll, then the compute attaches', async () => {
    const clock = new FakeClock();
    // 20 reads of Creating: with 2 s growing to 30 s, more than 8 minutes of virtual time.
    const stub = stubClients([...new Array<string>(20).fill('Creating'), 'Succeeded']);
    const deps = { clients: stub.clients, pollIntervalMs: 2000 };
    const result = await executePlan(plan([extChange, computeChange]), {
      appliers: {
        'kubernetes-extension': kubernetesExtensionApplier(deps),
        'kubernetes-compute': kubernetesComputeApplier(deps),
      },
      clock,
    });
    expect(result.status).toBe('applied');
    expect(stub.gets()).toBe(21);
    // (The first sleep is the executor's deadline timer.)
    expect(clock.sleeps.slice(1, 7)).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
    expect(clock.now()).toBeGreaterThan(8 * 60_000);
    const ext = result.outcomes.find((o) => o.address === extChange.address)!;
    expect(ext.outputs).toEqual({ extensionId: EXT, scoringAddress: '10.1.0.200' });
    expect(ext.writes).toBe(1);
    const compute = result.outcomes.find((o) => o.address === computeChange.address)!;
    expect(compute.startedAt!).toBeGreaterThanOrEqual(ext.finishedAt!);
    expect(stub.puts).toHaveLength(2);
  });

  test('an install that outlasts the deadline fails DeadlineExceeded and the compute is never attached', async () => {
    const clock = new FakeClock();
    const stub = stubClients(['Creating']);
    const deps = { clients: stub.clients, pollIntervalMs: 2000 };
    const result = await executePlan(plan([extChange, computeChange]), {
      appliers: {
        'kubernetes-extension': kubernetesExtensionApplier(deps),
        'kubernetes-compute': kubernetesComputeApplier(deps),
      },
      clock,
      deadlineMs: 10 * 60_000,
    });
    expect(result.status).toBe('failed');
    const ext = result.outcomes.find((o) => o.address === extChange.address)!;
    expect([ext.status, ext.error?.code]).toEqual(['failed', 'DeadlineExceeded']);
    const compute = result.outcomes.find((o) => o.address === computeChange.address)!;
    expect(compute.status).toBe('skipped');
    expect(stub.puts).toHaveLength(1);
    // 10 minutes at most 30 s apart: a few dozen reads, not hundreds.
    expect(stub.gets()).toBeLessThan(30);
  });
});

describe('PUT bodies merge into what exists', () => {
  test('the extension keeps its own settings, release train and pinned version', () => {
    const body = extensionPutBody(
      {
        properties: {
          releaseTrain: 'preview',
          autoUpgradeMinorVersion: false,
          version: '1.1.50',
          configurationSettings: {
            installNvidiaDevicePlugin: 'True',
            inferenceRouterServiceType: 'NodePort',
            'relayserver.enabled': 'true',
          },
        },
      },
      { inferenceRouterServiceType: 'LoadBalancer' },
    );
    expect(body).toEqual({
      identity: { type: 'SystemAssigned' },
      properties: {
        extensionType: 'microsoft.azureml.kubernetes',
        autoUpgradeMinorVersion: false,
        releaseTrain: 'preview',
        version: '1.1.50',
        scope: { cluster: { releaseNamespace: 'azureml' } },
        configurationSettings: {
          installNvidiaDevicePlugin: 'True',
          inferenceRouterServiceType: 'LoadBalancer',
          'relayserver.enabled': 'true',
          enableTraining: 'False',
          'servicebus.enabled': 'false',
          'nginxIngress.enabled': 'true',
        },
      },
    });
  });

  test('a new extension gets the CLI defaults and the stable train', () => {
    expect(extensionPutBody(undefined, { enableInference: 'True' }).properties).toMatchObject({
      releaseTrain: 'stable',
      autoUpgradeMinorVersion: true,
      configurationSettings: { enableInference: 'True', enableTraining: 'False', 'relayserver.enabled': 'false' },
    });
  });

  test('the compute keeps description, identity, tags and instance types; secrets and read-only fields are dropped', () => {
    const body = kubernetesComputePutBody(
      {
        location: 'eastus2',
        identity: { type: 'UserAssigned', principalId: 'p' },
        tags: { team: 'ml' },
        properties: {
          computeType: 'Kubernetes',
          resourceId: CLUSTER,
          description: 'ours',
          provisioningState: 'Failed',
          properties: {
            namespace: 'old',
            defaultInstanceType: 'gpu',
            instanceTypes: { gpu: { nodeSelector: null } },
            relayConnectionString: 'secret',
            serviceBusConnectionString: 'secret',
            extensionPrincipalId: 'x',
            extensionInstanceReleaseTrain: 'stable',
          },
        },
      },
      { resourceId: CLUSTER, namespace: 'default', location: 'westus' },
    );
    expect(body).toEqual({
      location: 'eastus2',
      identity: { type: 'UserAssigned' },
      tags: { team: 'ml' },
      properties: {
        computeType: 'Kubernetes',
        resourceId: CLUSTER,
        description: 'ours',
        properties: {
          namespace: 'default',
          defaultInstanceType: 'gpu',
          instanceTypes: { gpu: { nodeSelector: null } },
        },
      },
    });
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  test('the router address comes from the extension statuses only', () => {
    expect(routerAddressOf({ properties: { statuses: [{ code: 'Other', message: 'x' }] } })).toBeUndefined();
    expect(
      routerAddressOf({ properties: { statuses: [{ code: 'InferenceRouterAddress', message: '10.0.0.5' }] } }),
    ).toBe('10.0.0.5');
  });
});
