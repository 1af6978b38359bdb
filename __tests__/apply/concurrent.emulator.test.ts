// Two applies of one spec, planned from the same live state and started together against one emulator:
// the emulator answers the loser of each race with 409 AnotherOperationInProgress (Machine Learning,
// Container Service) or 429 RetryableErrorDueToAnotherOperation (Network), as Azure does; both applies
// wait the other operation out, re-read, and end `applied` with ONE role assignment per cluster identity.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFor, loadSpecAsync, planFor, requestLog, roleAssignments, startWorld } from './world.js';

const NETWORK_CONTRIBUTOR = '4d97b98b-1d4f-4787-a291-c67834d212e7';
const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yml'))
  .map((f) => join('examples', f))
  .filter((p) => !/^kubernetesClusters:/m.test(readFileSync(p, 'utf8')));

describe.each(EXAMPLES)('%s applied twice at once', (specPath) => {
  test('both applies end applied, one role assignment per cluster, and a re-plan has no changes', async () => {
    // Long enough LROs that the two applies overlap on the same resources.
    const world = await startWorld(await loadSpecAsync(specPath), { lroMs: { default: 150 } });
    try {
      const a = await planFor(world, specPath);
      const b = await planFor(world, specPath);
      expect(b.plan.planHash).toBe(a.plan.planHash);
      const [ra, rb] = await Promise.all([applyFor(world, a.spec, a.plan), applyFor(world, b.spec, b.plan)]);
      expect(ra.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      expect(rb.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      expect([ra.status, rb.status]).toEqual(['applied', 'applied']);

      const clusters = a.spec.aksClusters?.length ?? 0;
      const nc = roleAssignments(world).filter((r) =>
        String((r.properties as { roleDefinitionId?: string }).roleDefinitionId).endsWith(NETWORK_CONTRIBUTOR),
      );
      expect(nc).toHaveLength(clusters);

      const after = await planFor(world, specPath);
      expect(after.plan.hasChanges).toBe(false);
      const busy = (await requestLog(world)).filter(
        (r) => (r.status === 409 || r.status === 429) && r.method !== 'GET',
      ).length;
      console.log(`${specPath}: concurrent applies met ${busy} another-operation refusals`);
    } finally {
      await world.close();
    }
  }, 60_000);
});
