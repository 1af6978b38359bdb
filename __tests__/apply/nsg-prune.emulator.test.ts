// The plan tells the whole truth about NSG rules amlnet owns. Ownership is recorded in the NSG's tags when amlnet
// writes a rule; a rule amlnet owns that the spec drops is a warning (prune: false) or a `delete` (prune: true);
// a rule amlnet did not write is never deleted, and a second run writes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { NSG_SPEC_SUBSCRIPTION, nsgSpecText, type NsgTestRule } from '../../__fixtures__/nsg-spec.js';
import { join } from 'node:path';
import {
  applyFor,
  armWrites,
  clearRequestLog,
  loadSpecAsync,
  planFor,
  resource,
  securityRules,
  startWorld,
  type TestWorld,
} from './world.js';

const SUB = NSG_SPEC_SUBSCRIPTION;
const NSG = `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;
const dir = mkdtempSync(join(tmpdir(), 'amlnet-prune-'));

function rule(name: string, priority: number, port: string): NsgTestRule {
  return { name, priority, port, source: '*' };
}

function spec(name: string, rules: NsgTestRule[], prune?: boolean): string {
  const file = join(dir, name);
  writeFileSync(file, nsgSpecText(rules, prune === undefined ? {} : { prune }));
  return file;
}

const TWO = spec('two.yml', [rule('allow-scoring', 200, '443'), rule('allow-ssh', 210, '22')]);
const ONE = spec('one.yml', [rule('allow-scoring', 200, '443')]);
const ONE_PRUNE = spec('one-prune.yml', [rule('allow-scoring', 200, '443')], true);
// The dropped rule's priority taken by a new rule: the delete must happen before the create.
const REUSE_PRUNE = spec('reuse.yml', [rule('allow-scoring', 200, '443'), rule('allow-https-alt', 210, '8443')], true);

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld(await loadSpecAsync(TWO));
});
afterAll(async () => {
  await world.close();
});

async function applyFile(file: string): Promise<void> {
  const { spec: s, plan } = await planFor(world, file);
  const result = await applyFor(world, s, plan);
  expect(result.status).not.toBe('failed');
}

function tags(): Record<string, string> {
  return (resource(world, NSG)?.tags ?? {}) as Record<string, string>;
}

test('rules amlnet creates are recorded as owned in the NSG tags; a re-run writes nothing', async () => {
  await applyFile(TWO);
  expect(tags()['amlnet-owned-rules']).toBe('allow-scoring,allow-ssh');
  await clearRequestLog(world);
  const { spec: s, plan } = await planFor(world, TWO);
  expect(plan.hasChanges).toBe(false);
  await applyFor(world, s, plan);
  expect(await armWrites(world)).toEqual([]);
});

test('a foreign rule is never claimed and a foreign tag survives', async () => {
  // Someone adds a rule and a tag by hand.
  const nsg = resource(world, NSG) as { tags?: Record<string, string>; properties: { securityRules: unknown[] } };
  nsg.tags = { ...nsg.tags, owner: 'platform-team' };
  nsg.properties.securityRules.push({
    name: 'hand-made',
    id: `${NSG}/securityRules/hand-made`,
    etag: 'W/"x"',
    properties: {
      provisioningState: 'Succeeded',
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 300,
      sourceAddressPrefix: '10.0.0.0/8',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRange: '8080',
    },
  });
  const { plan } = await planFor(world, ONE_PRUNE);
  expect(plan.changes.filter((c) => c.action === 'delete').map((c) => c.address)).toEqual([
    'network.securityGroup.prune[allow-ssh]',
  ]);
});

test('prune: false — a dropped owned rule is a warning, stays in Azure, and is not a change', async () => {
  const { plan } = await planFor(world, ONE);
  expect(plan.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
  // (The advisory NSG rules also warn about these test rules open to '*'; only ownership is under test here.)
  expect(plan.findings.filter((f) => f.ruleId.startsWith('NSG-OWNED'))).toEqual([
    expect.objectContaining({
      ruleId: 'NSG-OWNED-RULE-REMOVED',
      severity: 'warning',
      message: expect.stringContaining('rule allow-ssh (Allow Inbound, priority 210) was created by amlnet'),
    }),
  ]);
  expect(securityRules(world, 'ml-nsg').map((r) => r.name)).toContain('allow-ssh');
});

test('prune: true — the dropped owned rule is deleted, its record cleared; foreign rules stay; a re-run writes nothing', async () => {
  const { spec: s, plan } = await planFor(world, ONE_PRUNE);
  expect(plan.hasChanges).toBe(true);
  const del = plan.changes.find((c) => c.action === 'delete');
  expect(del).toMatchObject({ resourceId: `${NSG}/securityRules/allow-ssh`, after: null });
  await clearRequestLog(world);
  const result = await applyFor(world, s, plan);
  expect(result.status).toBe('applied');
  const writes = await armWrites(world);
  expect(writes.filter((w) => w.method === 'DELETE').map((w) => w.path)).toEqual([
    expect.stringMatching(/\/securityRules\/allow-ssh$/),
  ]);
  const names = securityRules(world, 'ml-nsg').map((r) => r.name);
  expect(names).toEqual(expect.arrayContaining(['allow-scoring', 'hand-made']));
  expect(names).not.toContain('allow-ssh');
  expect(tags()).toMatchObject({ 'amlnet-owned-rules': 'allow-scoring', owner: 'platform-team' });

  await clearRequestLog(world);
  const again = await planFor(world, ONE_PRUNE);
  expect(again.plan.hasChanges).toBe(false);
  expect(again.plan.findings.filter((f) => f.ruleId.startsWith('NSG-OWNED'))).toEqual([]);
});

test("a new rule taking a pruned rule's priority waits for the delete", async () => {
  await applyFile(TWO);
  const { spec: s, plan } = await planFor(world, REUSE_PRUNE);
  const create = plan.changes.find((c) => c.address === 'network.securityGroup.rules[allow-https-alt]');
  expect(create).toMatchObject({
    action: 'create',
    dependsOn: expect.arrayContaining(['network.securityGroup.prune[allow-ssh]']),
  });
  const result = await applyFor(world, s, plan);
  expect(result.status).toBe('applied');
  expect(securityRules(world, 'ml-nsg').find((r) => r.priority === 210)?.name).toBe('allow-https-alt');
});
