// Every example spec applied against the emulator with the real SDK clients: from an empty world (only
// the VNet, resource groups and workspace exist), then a second apply that makes ZERO writes, and a
// plan after the apply that has no changes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyFor,
  armWrites,
  clearRequestLog,
  loadSpecAsync,
  planFor,
  roleAssignments,
  securityRules,
  startWorld,
  type TestWorld,
} from './world.js';

const ALL = readdirSync('examples')
  .filter((f) => f.endsWith('.yml'))
  .map((f) => join('examples', f));
// Azure ML v2 examples (kubernetesClusters) need an existing cluster seeded for attach: kubernetes.emulator.test.ts.
const isV2 = (path: string): boolean => /^kubernetesClusters:/m.test(readFileSync(path, 'utf8'));
const EXAMPLES = ALL.filter((p) => !isV2(p));

describe.each(EXAMPLES)('%s', (specPath) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await startWorld(await loadSpecAsync(specPath));
  });
  afterAll(async () => {
    await world?.close();
  });

  test('applies from an empty world, then a second apply writes nothing and a plan shows no changes', async () => {
    const first = await planFor(world, specPath);
    expect(first.plan.refused).toBe(false);
    expect(first.plan.hasChanges).toBe(true);
    const result = await applyFor(world, first.spec, first.plan);
    expect(result.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
    expect(result.status).toBe('applied');
    expect(result.planHash).toBe(first.plan.planHash);

    // Exactly one Network Contributor assignment per cluster identity.
    const clusters = first.spec.aksClusters?.length ?? 0;
    const nc = roleAssignments(world).filter((r) =>
      String((r.properties as { roleDefinitionId?: string }).roleDefinitionId).endsWith(
        '4d97b98b-1d4f-4787-a291-c67834d212e7',
      ),
    );
    expect(nc).toHaveLength(clusters);

    // restrictOutbound: the documented outbound allows land in the NSG ahead of every outbound deny.
    if (first.spec.network.securityGroup?.restrictOutbound) {
      const rules = securityRules(world, first.spec.network.securityGroup.name);
      const acr = rules.find((r) => r.destinationAddressPrefix === 'AzureContainerRegistry.EastUS2');
      const frontDoor = rules.find((r) => r.destinationAddressPrefix === 'AzureFrontDoor.Frontend');
      expect(acr).toMatchObject({ access: 'Allow', direction: 'Outbound' });
      expect(frontDoor).toMatchObject({ access: 'Allow', direction: 'Outbound' });
      const denies = rules.filter((r) => r.direction === 'Outbound' && r.access === 'Deny');
      for (const deny of denies) expect(acr!.priority).toBeLessThan(deny.priority);
    }

    const second = await planFor(world, specPath);
    expect(second.plan.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
    expect(second.plan.hasChanges).toBe(false);
    await clearRequestLog(world);
    const again = await applyFor(world, second.spec, second.plan);
    expect(again.status).toBe('nothing-to-do');
    expect(await armWrites(world)).toEqual([]);
    if (first.spec.aci) expect(again.aci?.subnetName).toBe(first.spec.aci.subnet);
  });
});

describe.each(EXAMPLES)('%s from a partly configured world', (specPath) => {
  test('an earlier apply stopped after the network steps: the next apply finishes, then nothing is left', async () => {
    const world = await startWorld(await loadSpecAsync(specPath));
    try {
      // An apply that only got through the subnet and security-group steps.
      const { spec, plan } = await planFor(world, specPath);
      const early = new Set(['subnet', 'security-group', 'security-rule']);
      const partial = { ...plan, changes: plan.changes.filter((c) => early.has(c.step)) };
      // Every change of the cut plan is done, but the live state is not the spec's: exit 1, NotConverged.
      const cut = await applyFor(world, spec, partial);
      expect(cut.outcomes.filter((o) => o.status !== 'done')).toEqual([]);
      const left = plan.changes.filter((c) => c.action !== 'no-op' && !early.has(c.step));
      expect(cut.status).toBe(left.length > 0 ? 'failed' : 'applied');
      expect(cut.notConverged?.code).toBe(left.length > 0 ? 'NotConverged' : undefined);
      for (const c of left) expect(cut.notConverged?.message).toContain(c.address);

      const rest = await planFor(world, specPath);
      expect(rest.plan.changes.filter((c) => c.action !== 'no-op' && early.has(c.step))).toEqual([]);
      const result = await applyFor(world, rest.spec, rest.plan);
      expect(result.outcomes.filter((o) => o.status !== 'done')).toEqual([]);

      const last = await planFor(world, specPath);
      expect(last.plan.hasChanges).toBe(false);
    } finally {
      await world.close();
    }
  });
});
