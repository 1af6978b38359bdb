import { buildPlan } from '../../src/plan/build.js';
import { canonicalJson, planHash } from '../../src/plan/canonical.js';
import type { LiveState } from '../../src/live/types.js';
import type { Change } from '../../src/plan/model.js';
import { ACI, NSG_ID, baseSpec, emptyLive, liveRule, matchingLive, nsg, subnet, vnet } from './fixtures.js';

describe('canonical JSON', () => {
  test.each([
    [{ b: 1, a: [2, { d: null, c: 'x' }] }, '{"a":[2,{"c":"x","d":null}],"b":1}'],
    [{ z: undefined, y: 'é"' }, '{"y":"é\\""}'],
    [[], '[]'],
    ['s', '"s"'],
  ])('%j -> %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  test('rejects non-finite numbers', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('plan hash', () => {
  test('same spec and same state give the same hash, across fresh objects', () => {
    const a = buildPlan(baseSpec(), emptyLive(), []);
    const b = buildPlan(baseSpec(), emptyLive(), []);
    expect(a.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.planHash).toBe(a.planHash);
  });

  test('the order in which Azure lists subnets, rules and records does not change the hash', () => {
    const other = liveRule({ id: `${NSG_ID}/securityRules/ops`, name: 'ops', priority: 300 });
    const one = matchingLive({
      vnet: vnet([
        subnet('aks-subnet', '10.1.0.0/22', { networkSecurityGroupId: NSG_ID }),
        subnet('aci-subnet', '10.1.8.0/24', { delegations: [ACI] }),
      ]),
      nsg: nsg([liveRule({ destinationPortRanges: ['80'] }), other]),
    });
    const two: LiveState = {
      ...one,
      vnet: vnet([...(one.vnet as ReturnType<typeof vnet>).subnets].reverse()),
      nsg: nsg([other, liveRule({ destinationPortRanges: ['80'] })]),
      computes: Object.fromEntries(Object.entries(one.computes).reverse()),
      roleAssignments: Object.fromEntries(Object.entries(one.roleAssignments).reverse()),
    };
    expect(buildPlan(baseSpec(), two, []).planHash).toBe(buildPlan(baseSpec(), one, []).planHash);
  });

  test('reasons are not hashed; before, after, action and refusal are', () => {
    const plan = buildPlan(baseSpec(), emptyLive(), []);
    const reworded = plan.changes.map((c) => ({ ...c, reason: `${c.reason} (reworded)` }));
    expect(planHash(reworded, plan.refused)).toBe(plan.planHash);
    const changedAfter = plan.changes.map((c, i) =>
      i === 0 ? ({ ...c, after: { addressPrefix: '10.1.4.0/22', delegations: [] } } as Change) : c,
    );
    expect(planHash(changedAfter, plan.refused)).not.toBe(plan.planHash);
    expect(planHash(plan.changes, true)).not.toBe(plan.planHash);
  });

  test('a change in Azure (drift) changes the hash', () => {
    const drifted = matchingLive({ nsg: nsg([liveRule({ destinationPortRanges: ['8443'] })]) });
    expect(buildPlan(baseSpec(), drifted, []).planHash).not.toBe(buildPlan(baseSpec(), matchingLive(), []).planHash);
  });

  test('error findings refuse the plan; warnings do not', () => {
    const f = { ruleId: 'X', message: 'm', path: '', line: 1, column: 1 };
    expect(buildPlan(baseSpec(), matchingLive(), [{ ...f, severity: 'error' }]).refused).toBe(true);
    expect(buildPlan(baseSpec(), matchingLive(), [{ ...f, severity: 'warning' }]).refused).toBe(false);
  });
});
