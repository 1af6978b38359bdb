// No orphan (issue #15, item 3): a private cluster's managed cluster that an interrupted apply created (its PUT was
// accepted, then the process died before the attach) is found by the next run and attached, never created a second
// time nor left unreferenced: whether the re-run meets it still Creating or already Succeeded. Against the emulator
// with the real SDK clients; the interrupted run's request is the managed-cluster applier's own PUT body.
import { desiredManagedCluster, type Write } from '../../src/azure/apply/desired.js';
import { managedClusterBody } from '../../src/azure/apply/managed-cluster.js';
import type { JsonObject } from '../../emulator/types.js';
import { orphans, roleAssignmentIds } from './inventory.js';
import { applyFor, armWrites, clearRequestLog, loadSpecAsync, planFor, resource, startWorld } from './world.js';

const PRIVATE_SPEC = 'examples/aks-private.yml';
const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-prod-rg`;
const MC_ID = `${RG}/providers/Microsoft.ContainerService/managedClusters/private-aks`;
const COMPUTE_ID = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-prod-ws/computes/private-aks`;

const stateOf = (r: JsonObject | undefined): unknown =>
  (r as { properties?: { provisioningState?: unknown } } | undefined)?.properties?.provisioningState;

test.each(['Creating', 'Succeeded'])(
  'a managed cluster an interrupted run left %s is attached by the re-run, never created twice',
  async (leftIn) => {
    const world = await startWorld(await loadSpecAsync(PRIVATE_SPEC), {
      lroMs: { 'Microsoft.ContainerService/managedClusters': 400 },
    });
    try {
      const resources = (): JsonObject[] => [...world.emu.world.resources.values()] as JsonObject[];
      const preexisting = roleAssignmentIds(resources());
      const first = await planFor(world, PRIVATE_SPEC);
      const mcChange = first.plan.changes.find((c) => c.address === 'aksClusters[private-aks].managedCluster');
      expect(mcChange?.action).toBe('create');

      // The interrupted run: the network steps done, its managed-cluster PUT accepted, then the process is gone
      // (no attach, no role).
      const network = first.plan.changes.filter((c) => !c.address.startsWith('aksClusters['));
      const before = await applyFor(world, first.spec, { ...first.plan, changes: network }, { verify: false });
      expect(before.status).toBe('applied');
      const aks = await world.newClients().containerService();
      const d = desiredManagedCluster(mcChange as Write<'managed-cluster'>);
      const poller = aks.managedClusters.createOrUpdate(d.resourceGroup, d.name, managedClusterBody(d), {
        updateIntervalInMs: 5,
      });
      await poller.submitted();
      if (leftIn === 'Succeeded') await poller.pollUntilDone();
      expect(stateOf(resource(world, MC_ID))).toBe(leftIn);
      expect(orphans(resources(), preexisting)).toEqual([`managed cluster ${MC_ID} is attached by no compute`]);

      // The re-run finds it: no create of the managed cluster; the attach and the role follow it.
      const second = await planFor(world, PRIVATE_SPEC);
      expect(second.plan.changes.find((c) => c.address === 'aksClusters[private-aks].managedCluster')?.action).not.toBe(
        'create',
      );
      await clearRequestLog(world);
      const result = await applyFor(world, second.spec, second.plan);
      expect(result.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      expect(result.status).toBe('applied');
      const writes = await armWrites(world);
      expect(writes.filter((w) => /managedClusters\//i.test(w.path))).toEqual([]);
      expect(writes.some((w) => w.method === 'DELETE')).toBe(false);

      const clusters = resources().filter(
        (r) => String(r['type']).toLowerCase() === 'microsoft.containerservice/managedclusters',
      );
      expect(clusters.map((c) => String(c['id']).toLowerCase())).toEqual([MC_ID.toLowerCase()]);
      expect(stateOf(clusters[0])).toBe('Succeeded');
      const compute = resource(world, COMPUTE_ID) as { properties?: { resourceId?: string } } | undefined;
      expect(compute?.properties?.resourceId?.toLowerCase()).toBe(MC_ID.toLowerCase());
      expect(orphans(resources(), preexisting)).toEqual([]);

      const third = await planFor(world, PRIVATE_SPEC);
      expect(third.plan.changes.filter((c) => c.action !== 'no-op').map((c) => c.address)).toEqual([]);
    } finally {
      await world.close();
    }
  },
  60_000,
);
