// A private cluster whose managed-cluster PUT ends Failed (the apply died at that step): against the emulator
// with the real SDK clients, the re-run's plan says `update` with the reason, the applier PUTs the same body
// again, the attach, role and load-balancer switch follow it, and a third plan has no changes. An AML compute
// left Failed is refused by the plan with what to do (amlnet never deletes), and nothing is written.
import type { ApplyResult } from '../../src/apply/types.js';
import type { Change } from '../../src/plan/model.js';
import {
  addFaults,
  applyFor,
  armWrites,
  clearRequestLog,
  loadSpecAsync,
  planFor,
  resource,
  startWorld,
} from './world.js';

const PRIVATE_SPEC = 'examples/aks-private.yml';
const SUB = '00000000-0000-0000-0000-000000000000';
const MC_ID = `/subscriptions/${SUB}/resourceGroups/ml-prod-rg/providers/Microsoft.ContainerService/managedClusters/private-aks`;

const summary = (changes: Change[]): string[] =>
  changes.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`);
const outcomes = (r: ApplyResult): string[] =>
  r.outcomes.map((o) => `${o.status} ${o.address}${o.error ? ` ${o.error.code}` : ''}`);
const provisioningState = (r: unknown): unknown =>
  (r as { properties?: { provisioningState?: unknown } } | undefined)?.properties?.provisioningState;

test('a private cluster left Failed is planned as update, PUT again, attached; the third plan has no changes', async () => {
  const world = await startWorld(await loadSpecAsync(PRIVATE_SPEC));
  try {
    await addFaults(world, [
      {
        kind: 'lro-failed',
        code: 'VMExtensionProvisioningError',
        message: 'the agent pool could not be provisioned',
        match: { method: 'PUT', resourceType: 'Microsoft.ContainerService/managedClusters', times: 1 },
      },
    ]);

    // 1. The first apply fails at the managed cluster; what depends on it is skipped.
    const first = await planFor(world, PRIVATE_SPEC);
    expect(first.plan.changes.find((c) => c.address === 'aksClusters[0].managedCluster')?.action).toBe('create');
    const r1 = await applyFor(world, first.spec, first.plan);
    expect(r1.status).toBe('failed');
    expect(outcomes(r1).filter((o) => !o.startsWith('done'))).toEqual([
      'failed aksClusters[0].managedCluster VMExtensionProvisioningError',
      'skipped aksClusters[0]',
      'skipped aksClusters[0].networkContributor',
    ]);
    expect(provisioningState(resource(world, MC_ID))).toBe('Failed');

    // 2. The re-run plans the failed cluster as an update, with its reason, ahead of everything that needs it.
    const second = await planFor(world, PRIVATE_SPEC);
    expect(second.plan.refused).toBe(false);
    expect(summary(second.plan.changes)).toEqual([
      'update aksClusters[0].managedCluster',
      'create aksClusters[0]',
      'create aksClusters[0].networkContributor',
    ]);
    const mc = second.plan.changes.find((c) => c.address === 'aksClusters[0].managedCluster');
    expect(mc).toMatchObject({
      resourceId: MC_ID,
      reason: 'the managed cluster is in state Failed; amlnet PUTs it again',
      before: { provisioningState: 'Failed' },
    });
    expect(mc?.after).toEqual(first.plan.changes.find((c) => c.address === 'aksClusters[0].managedCluster')?.after);
    expect(second.plan.changes.find((c) => c.address === 'aksClusters[0]')?.dependsOn).toEqual([
      'aksClusters[0].managedCluster',
    ]);
    expect(second.plan.changes.find((c) => c.address === 'aksClusters[0].networkContributor')?.dependsOn).toContain(
      'aksClusters[0].managedCluster',
    );

    await clearRequestLog(world);
    const r2 = await applyFor(world, second.spec, second.plan);
    expect(outcomes(r2).filter((o) => !o.startsWith('done'))).toEqual([]);
    expect(r2.status).toBe('applied');
    // The cluster was PUT exactly once more (never deleted), then attached.
    const writes = await armWrites(world);
    expect(writes.filter((w) => /managedClusters\/private-aks$/i.test(w.path)).map((w) => w.method)).toEqual(['PUT']);
    expect(writes.some((w) => w.method === 'DELETE')).toBe(false);
    expect(provisioningState(resource(world, MC_ID))).toBe('Succeeded');
    const compute = resource(
      world,
      `/subscriptions/${SUB}/resourceGroups/ml-prod-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-prod-ws/computes/private-aks`,
    ) as { properties?: { resourceId?: string } } | undefined;
    expect(compute?.properties?.resourceId?.toLowerCase()).toBe(MC_ID.toLowerCase());

    // 3. Converged.
    const third = await planFor(world, PRIVATE_SPEC);
    expect(summary(third.plan.changes)).toEqual([]);
    expect(third.plan).toMatchObject({ hasChanges: false, refused: false });
  } finally {
    await world.close();
  }
});

test('an AML compute left Failed is refused by the plan with the advice to delete it; nothing is written', async () => {
  const spec = 'examples/aks-internal-lb.yml';
  const world = await startWorld(await loadSpecAsync(spec));
  try {
    await addFaults(world, [
      {
        kind: 'lro-failed',
        code: 'InternalOperationError',
        message: 'boom',
        match: { method: 'PUT', resourceType: 'Microsoft.MachineLearningServices/workspaces/computes', times: 1 },
      },
    ]);
    const first = await planFor(world, spec);
    const r1 = await applyFor(world, first.spec, first.plan);
    expect(r1.outcomes.find((o) => o.address === 'aksClusters[0]')?.error?.code).toBe('InternalOperationError');

    const second = await planFor(world, spec);
    expect(second.plan.refused).toBe(true);
    expect(summary(second.plan.changes)).toEqual(['refuse aksClusters[0]']);
    expect(second.plan.changes.find((c) => c.address === 'aksClusters[0]')?.reason).toMatch(
      /compute ilb-aks is in provisioning state Failed; amlnet never deletes a compute: delete it \(az ml compute delete --name ilb-aks --workspace-name ml-ws/,
    );
    await clearRequestLog(world);
    const r2 = await applyFor(world, second.spec, second.plan);
    expect(r2.status).toBe('refused');
    expect(await armWrites(world)).toEqual([]);
  } finally {
    await world.close();
  }
});
