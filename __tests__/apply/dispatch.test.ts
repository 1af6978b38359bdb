// The one dispatch: every kind of change reaches the applier of its kind, and nothing that does not write runs.
import { describe, expect, test } from '@jest/globals';
import { dispatch, stepRegistry } from '../../src/apply/dispatch.js';
import { ApplyFailure } from '../../src/apply/errors.js';
import type { Applier, ApplyContext, CompleteAppliers } from '../../src/apply/types.js';
import { STEP_ORDER, type Change, type ChangeKind } from '../../src/plan/model.js';
import { change } from './helpers.js';

const ctx: ApplyContext = {
  signal: new AbortController().signal,
  outputsOf: () => undefined,
  whileWaiting: (work) => work(),
  sleep: () => Promise.resolve(),
  countWrite: () => undefined,
  log: () => undefined,
};

function recording(): { appliers: CompleteAppliers; calls: Array<[ChangeKind, string]> } {
  const calls: Array<[ChangeKind, string]> = [];
  const one = (kind: ChangeKind): Applier<never> => ({
    apply: (c: Change) => {
      calls.push([kind, c.address]);
      return Promise.resolve({ detail: kind });
    },
  });
  const appliers: CompleteAppliers = {
    subnet: one('subnet'),
    'subnet-security-group': one('subnet-security-group'),
    'security-group': one('security-group'),
    'security-rule': one('security-rule'),
    'managed-cluster': one('managed-cluster'),
    compute: one('compute'),
    role: one('role'),
    'load-balancer': one('load-balancer'),
  };
  return { appliers, calls };
}

describe('dispatch', () => {
  test.each(STEP_ORDER)('a %s change reaches the applier of its kind only', async (step) => {
    const { appliers, calls } = recording();
    const c = change(`x.${step}`, step);
    await expect(dispatch(appliers, c, ctx)).resolves.toEqual({ detail: c.kind });
    expect(calls).toEqual([[c.kind, `x.${step}`]]);
  });

  test('an NSG association (a subnet write in the security-group step) goes to its own applier', async () => {
    const { appliers, calls } = recording();
    const association: Change = {
      kind: 'subnet-security-group',
      address: 'network.subnets[0].securityGroup',
      resourceType: 'Microsoft.Network/virtualNetworks/subnets',
      resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a',
      step: 'security-group',
      action: 'update',
      before: { networkSecurityGroup: null },
      after: { networkSecurityGroup: '/nsg' },
      reason: 'associate',
      dependsOn: [],
    };
    await dispatch(appliers, association, ctx);
    expect(calls).toEqual([['subnet-security-group', association.address]]);
  });

  test.each(['no-op', 'refuse'] as const)('a %s change is never applied', async (action) => {
    const { appliers, calls } = recording();
    const run = dispatch(appliers, change('x', 'subnet', [], action), ctx);
    await expect(run).rejects.toBeInstanceOf(ApplyFailure);
    await expect(run).rejects.toMatchObject({ applyError: { code: 'PlanIncomplete' } });
    expect(calls).toEqual([]);
  });

  test('the executor registry has the dispatch for every step', async () => {
    const { appliers, calls } = recording();
    const registry = stepRegistry(appliers);
    expect(Object.keys(registry).sort()).toEqual([...STEP_ORDER].sort());
    await registry.role.apply(change('r', 'role'), ctx);
    expect(calls).toEqual([['role', 'r']]);
  });
});
