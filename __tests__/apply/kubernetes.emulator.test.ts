// Azure ML v2 (kubernetesClusters) against the emulator with the real clients: each v2 example from an empty world
// (plus, for attach, the existing cluster it names) and from a partly configured one, then a second apply with ZERO
// writes and a plan without changes; the extension's unmanaged settings survive; the refusals (v1 compute on the
// cluster, another extension under the name, an unregistered provider, a service-principal cluster) write nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonObject } from '../../emulator/types.js';
import type { Spec } from '../../src/spec/types.js';
import { resolveKubernetesClusters } from '../../src/spec/defaults.js';
import { attachSeed, existingCluster } from './v2-seed.js';
import { kubernetesClusterId, kubernetesExtensionId } from '../../src/live/ids.js';
import { renderApplyMarkdown, renderApplyText } from '../../src/apply/render.js';
import { renderPlanComment } from '../../src/render/plan-markdown.js';
import {
  applyFor,
  armWrites,
  clearRequestLog,
  loadSpecAsync,
  planFor,
  resource,
  roleAssignments,
  startWorld,
  type TestWorld,
} from './world.js';

const V2_EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yml'))
  .map((f) => join('examples', f))
  .filter((p) => /^kubernetesClusters:/m.test(readFileSync(p, 'utf8')));

const NETWORK_CONTRIBUTOR = '4d97b98b-1d4f-4787-a291-c67834d212e7';
async function v2World(specPath: string, extra: JsonObject[] = []): Promise<{ world: TestWorld; spec: Spec }> {
  const spec = await loadSpecAsync(specPath);
  const world = await startWorld(spec, { resources: [...attachSeed(spec), ...extra] });
  return { world, spec };
}

function ncFor(world: TestWorld): JsonObject[] {
  return roleAssignments(world).filter((r) =>
    String((r.properties as { roleDefinitionId?: string }).roleDefinitionId).endsWith(NETWORK_CONTRIBUTOR),
  );
}

describe.each(V2_EXAMPLES)('%s (Azure ML v2)', (specPath) => {
  /** The plan address of the example's first v2 cluster (addresses name clusters, not list indexes). */
  const K = `kubernetesClusters[${/^\s*- name: (\S+)/m.exec(readFileSync(specPath, 'utf8').split(/^kubernetesClusters:/m)[1] ?? '')?.[1] ?? '?'}]`;
  test('applies from an empty world in order (cluster -> role -> extension -> compute); a second apply writes nothing', async () => {
    const { world, spec } = await v2World(specPath);
    try {
      const first = await planFor(world, specPath);
      expect(first.plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(first.plan.refused).toBe(false);
      const v2 = first.plan.changes.filter((c) => c.address.startsWith(K));
      expect(v2.map((c) => c.step)).toEqual(['managed-cluster', 'role', 'kubernetes-extension', 'kubernetes-compute']);
      const c = resolveKubernetesClusters(spec)[0];
      expect(v2[0].action).toBe(c.mode === 'attach' ? 'no-op' : 'create');

      // The PR comment shows the v2 changes like the v1 ones.
      const comment = renderPlanComment(first.plan, { specPath, commit: 'c0ffee' });
      for (const change of v2.filter((x) => x.action !== 'no-op')) expect(comment).toContain(change.address);

      const result = await applyFor(world, first.spec, first.plan);
      expect(result.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      expect(result.status).toBe('applied');
      // The summary gives what a Kubernetes online deployment needs next.
      expect(result.kubernetes).toEqual([
        expect.objectContaining({ computeName: c.name, namespace: c.namespace, inferenceRouter: c.inferenceRouter }),
      ]);
      if (c.inferenceRouter === 'internalLoadBalancer')
        expect(result.kubernetes![0].scoringAddress).toMatch(/^10\.1\./);
      else expect(result.kubernetes![0].scoringAddress).toBeNull();
      expect(renderApplyMarkdown(result)).toContain(`compute: azureml:${c.name}`);
      expect(renderApplyText(result)).toContain(`compute: azureml:${c.name} (namespace ${c.namespace}`);
      // The extension started only after the role, the compute only after the extension.
      const at = (addr: string) => result.outcomes.find((o) => o.address === addr)!;
      expect(at(`${K}.extension`).startedAt!).toBeGreaterThanOrEqual(at(`${K}.networkContributor`).finishedAt!);
      expect(at(K).startedAt!).toBeGreaterThanOrEqual(at(`${K}.extension`).finishedAt!);

      const clusterId = kubernetesClusterId(spec.subscriptionId, c);
      const ext = resource(world, kubernetesExtensionId(clusterId, c.extensionName))!;
      const props = ext.properties as JsonObject;
      expect(props).toMatchObject({ extensionType: 'microsoft.azureml.kubernetes', provisioningState: 'Succeeded' });
      expect((props.scope as JsonObject).cluster).toEqual({ releaseNamespace: 'azureml' });
      const compute = resource(
        world,
        `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.workspace.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${spec.workspace.name}/computes/${c.name}`,
      )!;
      expect(compute.properties).toMatchObject({
        computeType: 'Kubernetes',
        resourceId: clusterId,
        provisioningState: 'Succeeded',
        properties: expect.objectContaining({ namespace: c.namespace }),
      });
      expect(ncFor(world)).toHaveLength(1);

      const second = await planFor(world, specPath);
      expect(second.plan.changes.filter((x) => x.action !== 'no-op')).toEqual([]);
      await clearRequestLog(world);
      const again = await applyFor(world, second.spec, second.plan);
      expect(again.status).toBe('nothing-to-do');
      expect(await armWrites(world)).toEqual([]);
      // A later run with nothing to do still gives the deployment values, the router's address read from Azure.
      expect(again.kubernetes).toEqual([
        expect.objectContaining({ computeName: c.name, scoringAddress: result.kubernetes![0].scoringAddress }),
      ]);
    } finally {
      await world.close();
    }
  });

  test('from a partly configured world (cluster and role done, extension not): the next apply finishes it', async () => {
    const { world, spec } = await v2World(specPath);
    try {
      const { plan } = await planFor(world, specPath);
      const early = new Set(['subnet', 'security-group', 'security-rule', 'managed-cluster', 'role']);
      const cut = await applyFor(world, spec, { ...plan, changes: plan.changes.filter((c) => early.has(c.step)) });
      expect(cut.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      expect(cut.notConverged?.message).toContain(`${K}.extension`);

      const rest = await planFor(world, specPath);
      expect(rest.plan.changes.filter((c) => c.action !== 'no-op').map((c) => c.step)).toEqual([
        'kubernetes-extension',
        'kubernetes-compute',
      ]);
      const result = await applyFor(world, rest.spec, rest.plan);
      expect(result.status).toBe('applied');
      expect(ncFor(world)).toHaveLength(1);
      const last = await planFor(world, specPath);
      expect(last.plan.hasChanges).toBe(false);
    } finally {
      await world.close();
    }
  });
});

const ATTACH = 'examples/k8s-attach.yml';

describe('Azure ML v2 refusals and merges (k8s-attach.yml)', () => {
  async function refusedWith(extra: JsonObject[], ruleId: string, seedCluster?: Parameters<typeof existingCluster>[2]) {
    const spec = await loadSpecAsync(ATTACH);
    const clusterId = spec.kubernetesClusters![0].resourceId!;
    const world = await startWorld(spec, { resources: [...existingCluster(spec, clusterId, seedCluster), ...extra] });
    try {
      const { plan } = await planFor(world, ATTACH);
      expect(plan.refused).toBe(true);
      expect(plan.findings).toEqual(
        expect.arrayContaining([expect.objectContaining({ ruleId, severity: 'error', line: expect.any(Number) })]),
      );
      await clearRequestLog(world);
      const result = await applyFor(world, spec, plan);
      expect(result.status).toBe('refused');
      expect(await armWrites(world)).toEqual([]);
    } finally {
      await world.close();
    }
  }

  test('an unregistered Microsoft.KubernetesConfiguration is a refusal', async () => {
    await refusedWith(
      [
        {
          id: '/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.KubernetesConfiguration',
          type: 'Microsoft.Resources/providers',
          name: 'Microsoft.KubernetesConfiguration',
          namespace: 'Microsoft.KubernetesConfiguration',
          registrationState: 'NotRegistered',
        },
      ],
      'LIVE-K8S-PROVIDER',
    );
  });

  test('a cluster with a service principal is a refusal', async () => {
    await refusedWith([], 'LIVE-K8S-CLUSTER-IDENTITY', {
      principalId: null,
      servicePrincipal: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    });
  });

  test('a cluster with local accounts disabled is a refusal', async () => {
    await refusedWith([], 'LIVE-K8S-CLUSTER-IDENTITY', { disableLocalAccounts: true });
  });

  test('another extension type under the name is a refusal, not an overwrite', async () => {
    const spec = await loadSpecAsync(ATTACH);
    const clusterId = spec.kubernetesClusters![0].resourceId!;
    await refusedWith(
      [
        {
          id: kubernetesExtensionId(clusterId, 'azureml'),
          name: 'azureml',
          type: 'Microsoft.KubernetesConfiguration/extensions',
          properties: {
            extensionType: 'microsoft.flux',
            provisioningState: 'Succeeded',
            scope: { cluster: { releaseNamespace: 'flux-system' } },
            configurationSettings: {},
          },
        },
      ],
      'LIVE-K8S-EXTENSION-CONFLICT',
    );
  });

  test('the AzureML extension already on the cluster under another name is a refusal, never a second install', async () => {
    const spec = await loadSpecAsync(ATTACH);
    const clusterId = spec.kubernetesClusters![0].resourceId!;
    await refusedWith(
      [
        {
          id: kubernetesExtensionId(clusterId, 'ml-ext'),
          name: 'ml-ext',
          type: 'Microsoft.KubernetesConfiguration/extensions',
          properties: {
            extensionType: 'microsoft.azureml.kubernetes',
            provisioningState: 'Succeeded',
            scope: { cluster: { releaseNamespace: 'azureml' } },
            configurationSettings: { enableInference: 'True', inferenceRouterServiceType: 'NodePort' },
          },
        },
      ],
      'LIVE-K8S-EXTENSION-NAME',
    );
  });

  test('a cluster still attached as a v1 AKS compute is a refusal with the migration note', async () => {
    const spec = await loadSpecAsync(ATTACH);
    const clusterId = spec.kubernetesClusters![0].resourceId!;
    await refusedWith(
      [
        {
          id: `/subscriptions/${spec.subscriptionId}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/old-aks`,
          name: 'old-aks',
          type: 'Microsoft.MachineLearningServices/workspaces/computes',
          location: spec.location,
          properties: {
            computeType: 'AKS',
            resourceId: clusterId,
            isAttachedCompute: true,
            provisioningState: 'Succeeded',
            properties: { agentCount: 3, clusterPurpose: 'FastProd', loadBalancerType: 'PublicIp' },
          },
        },
      ],
      'LIVE-K8S-V1-ATTACHED',
    );
  });

  test('an existing AzureML extension is updated in place: settings amlnet does not manage survive', async () => {
    const spec = await loadSpecAsync(ATTACH);
    const clusterId = spec.kubernetesClusters![0].resourceId!;
    const extId = kubernetesExtensionId(clusterId, 'azureml');
    const world = await startWorld(spec, {
      resources: [
        ...existingCluster(spec, clusterId),
        {
          id: extId,
          name: 'azureml',
          type: 'Microsoft.KubernetesConfiguration/extensions',
          identity: { type: 'SystemAssigned', principalId: '99999999-2222-4333-8444-555555555555' },
          properties: {
            extensionType: 'microsoft.azureml.kubernetes',
            provisioningState: 'Succeeded',
            releaseTrain: 'preview',
            autoUpgradeMinorVersion: true,
            scope: { cluster: { releaseNamespace: 'azureml' } },
            configurationSettings: {
              enableInference: 'True',
              inferenceRouterServiceType: 'LoadBalancer',
              installNvidiaDevicePlugin: 'True',
              'nodeSelector.pool': 'gpu',
              'relayserver.enabled': 'true',
            },
          },
        },
      ],
    });
    try {
      const { plan } = await planFor(world, ATTACH);
      const ext = plan.changes.find((c) => c.address === 'kubernetesClusters[k8s-attached].extension')!;
      expect(ext.action).toBe('update');
      expect(ext.reason).toContain('inferenceRouterServiceType');
      const result = await applyFor(world, spec, plan);
      expect(result.status).toBe('applied');
      const props = resource(world, extId)!.properties as JsonObject;
      expect(props.releaseTrain).toBe('preview');
      expect(props.configurationSettings).toMatchObject({
        inferenceRouterServiceType: 'NodePort',
        'scoringFe.serviceType.nodePort': 'True',
        installNvidiaDevicePlugin: 'True',
        'nodeSelector.pool': 'gpu',
        // A default amlnet sets only when absent: the user's value stays.
        'relayserver.enabled': 'true',
      });
      const again = await planFor(world, ATTACH);
      expect(again.plan.hasChanges).toBe(false);
    } finally {
      await world.close();
    }
  });
});
