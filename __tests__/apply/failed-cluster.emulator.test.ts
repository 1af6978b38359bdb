// A private cluster whose managed-cluster PUT ends Failed (the apply died at that step): against the emulator
// with the real SDK clients, the re-run's plan says `update` with the reason, the applier PUTs the same body
// again, the attach, role and load-balancer switch follow it, and a third plan has no changes. An AML compute
// whose create failed is planned as an update that PUTs the create body again (src/plan/compute-state.ts),
// until it converges; amlnet never deletes.
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
    expect(first.plan.changes.find((c) => c.address === 'aksClusters[private-aks].managedCluster')?.action).toBe(
      'create',
    );
    const r1 = await applyFor(world, first.spec, first.plan);
    expect(r1.status).toBe('failed');
    expect(outcomes(r1).filter((o) => !o.startsWith('done'))).toEqual([
      'failed aksClusters[private-aks].managedCluster VMExtensionProvisioningError',
      'skipped aksClusters[private-aks]',
      'skipped aksClusters[private-aks].networkContributor',
    ]);
    expect(provisioningState(resource(world, MC_ID))).toBe('Failed');

    // 2. The re-run plans the failed cluster as an update, with its reason, ahead of everything that needs it.
    const second = await planFor(world, PRIVATE_SPEC);
    expect(second.plan.refused).toBe(false);
    expect(summary(second.plan.changes)).toEqual([
      'update aksClusters[private-aks].managedCluster',
      'create aksClusters[private-aks]',
      'create aksClusters[private-aks].networkContributor',
    ]);
    const mc = second.plan.changes.find((c) => c.address === 'aksClusters[private-aks].managedCluster');
    expect(mc).toMatchObject({
      resourceId: MC_ID,
      reason: 'the managed cluster is in state Failed; amlnet PUTs it again',
      before: { provisioningState: 'Failed' },
    });
    expect(mc?.after).toEqual(
      first.plan.changes.find((c) => c.address === 'aksClusters[private-aks].managedCluster')?.after,
    );
    expect(second.plan.changes.find((c) => c.address === 'aksClusters[private-aks]')?.dependsOn).toEqual([
      'aksClusters[private-aks].managedCluster',
    ]);
    expect(
      second.plan.changes.find((c) => c.address === 'aksClusters[private-aks].networkContributor')?.dependsOn,
    ).toContain('aksClusters[private-aks].managedCluster');

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

test('an AML compute whose create fails persistently is re-created by a PUT on each re-run, then converges', async () => {
  const spec = 'examples/aks-internal-lb.yml';
  const COMPUTE = `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/ilb-aks`;
  const world = await startWorld(await loadSpecAsync(spec));
  try {
    // The create fails twice (the first apply and the first re-run), then Azure recovers.
    await addFaults(world, [
      {
        kind: 'lro-failed',
        code: 'InternalOperationError',
        message: 'boom',
        match: { method: 'PUT', resourceType: 'Microsoft.MachineLearningServices/workspaces/computes', times: 2 },
      },
    ]);
    const first = await planFor(world, spec);
    expect(first.plan.changes.find((c) => c.address === 'aksClusters[ilb-aks]')?.action).toBe('create');
    const r1 = await applyFor(world, first.spec, first.plan);
    expect(r1.outcomes.find((o) => o.address === 'aksClusters[ilb-aks]')?.error?.code).toBe('InternalOperationError');
    expect(provisioningState(resource(world, COMPUTE))).toBe('Failed');

    const createBody = first.plan.changes.find((c) => c.address === 'aksClusters[ilb-aks]')?.after;
    for (const run of [2, 3]) {
      const next = await planFor(world, spec);
      expect(next.plan.refused).toBe(false);
      expect(summary(next.plan.changes)).toEqual([
        'update aksClusters[ilb-aks]',
        'create aksClusters[ilb-aks].networkContributor',
        'update aksClusters[ilb-aks].loadBalancer',
      ]);
      const again = next.plan.changes.find((c) => c.address === 'aksClusters[ilb-aks]');
      expect(again).toMatchObject({
        before: { provisioningState: 'Failed', resourceId: null },
        reason:
          'compute ilb-aks is in provisioning state Failed and has no working cluster behind it: its create failed; ' +
          'amlnet PUTs the create body again (the PUT creates it afresh)',
      });
      expect(again?.after).toEqual(createBody);
      expect(next.plan.changes.map((c) => c.reason).join('\n')).not.toMatch(/delete/i);
      await clearRequestLog(world);
      const r = await applyFor(world, next.spec, next.plan);
      const writes = await armWrites(world);
      expect(writes.some((w) => w.method === 'DELETE')).toBe(false);
      if (run === 2) {
        // Still failing: the one PUT of the create body failed again; the role and the switch were skipped.
        expect(outcomes(r).filter((o) => !o.startsWith('done'))).toEqual([
          'failed aksClusters[ilb-aks] InternalOperationError',
          'skipped aksClusters[ilb-aks].networkContributor',
          'skipped aksClusters[ilb-aks].loadBalancer',
        ]);
        expect(writes.filter((w) => w.path.endsWith('/computes/ilb-aks')).map((w) => w.method)).toEqual(['PUT']);
        expect(provisioningState(resource(world, COMPUTE))).toBe('Failed');
      } else {
        expect(r.status).toBe('applied');
        expect(r.outcomes.find((o) => o.address === 'aksClusters[ilb-aks]')?.detail).toBe(
          'created again (the previous create had failed)',
        );
      }
    }
    const compute = resource(world, COMPUTE) as
      | { properties?: { provisioningState?: string; resourceId?: string; properties?: { loadBalancerType?: string } } }
      | undefined;
    expect(compute?.properties?.provisioningState).toBe('Succeeded');
    expect(compute?.properties?.resourceId).toMatch(/managedClusters\//i);
    expect(compute?.properties?.properties?.loadBalancerType).toBe('InternalLoadBalancer');

    // Converged.
    const last = await planFor(world, spec);
    expect(summary(last.plan.changes)).toEqual([]);
    expect(last.plan).toMatchObject({ hasChanges: false, refused: false });
  } finally {
    await world.close();
  }
});
