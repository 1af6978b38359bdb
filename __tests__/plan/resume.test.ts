// Resuming under the reviewed plan: a fresh plan whose every write was reviewed (same values) is a resumption;
// anything new or different is not.
import { describe, expect, it } from '@jest/globals';
import { compareWithReviewed, changeDigest, writeDigests } from '../../src/plan/resume.js';
import type { Change, Plan, RoleChange, RoleValues, SecurityRuleValues } from '../../src/plan/model.js';
import { KNOWN_AFTER_APPLY } from '../../src/plan/model.js';

function rule(priority: number): SecurityRuleValues {
  return {
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority,
    sourceAddressPrefixes: ['*'],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: ['*'],
    destinationPortRanges: ['443'],
    description: null,
  };
}

const RULE = {
  kind: 'security-rule',
  resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
  step: 'security-rule',
  reason: 'r',
  dependsOn: [],
} as const;
const ruleId = (address: string): string =>
  `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n/securityRules/${address}`;

function create(address: string, priority: number): Change {
  return {
    ...RULE,
    dependsOn: [],
    address,
    resourceId: ruleId(address),
    action: 'create',
    before: null,
    after: rule(priority),
  };
}
function noOp(address: string): Change {
  const values = rule(100);
  return {
    ...RULE,
    dependsOn: [],
    address,
    resourceId: ruleId(address),
    action: 'no-op',
    before: values,
    after: values,
  };
}
function remove(address: string): Change {
  return {
    ...RULE,
    dependsOn: [],
    address,
    resourceId: ruleId(address),
    action: 'delete',
    before: rule(100),
    after: null,
  };
}
const plan = (changes: Change[], hash = 'f'.repeat(64), refused = false): Plan => ({
  planHash: hash,
  hasChanges: changes.some((c) => c.action !== 'no-op' && c.action !== 'refuse'),
  refused,
  findings: [],
  changes,
});

const a = create('a', 200);
const b = create('b', 210);
const roleAfter = (principalId: string, scope: string): RoleValues =>
  principalId === KNOWN_AFTER_APPLY
    ? {
        principalId: KNOWN_AFTER_APPLY,
        scope,
        roleDefinitionId: '/r',
        principalType: 'ServicePrincipal',
        computeId: '/c',
      }
    : { principalId, scope, roleDefinitionId: '/r', principalType: 'ServicePrincipal' };
const role: RoleChange = {
  kind: 'role',
  address: 'role',
  resourceType: 'Microsoft.Authorization/roleAssignments',
  resourceId: '/x/providers/Microsoft.Authorization/roleAssignments/(known after apply)',
  step: 'role',
  action: 'create',
  before: null,
  after: roleAfter(KNOWN_AFTER_APPLY, '/x'),
  reason: 'r',
  dependsOn: [],
};
const reviewed = plan([a, b, role], 'r'.repeat(64));
const R = { planHash: reviewed.planHash, writes: writeDigests(reviewed) };

describe('compareWithReviewed', () => {
  it('the same hash is the same plan', () => {
    expect(compareWithReviewed(plan([a], R.planHash), R)).toEqual({ kind: 'same' });
  });
  it('what is left of the reviewed plan resumes, a half-done create as an update of the same values', () => {
    expect(compareWithReviewed(plan([{ ...b, action: 'update', before: rule(200) } as Change, noOp('a')]), R)).toEqual({
      kind: 'resume',
      done: 2,
      total: 3,
    });
  });
  it('a role whose principal became known since the plan is the reviewed role', () => {
    const resolved = {
      ...role,
      after: roleAfter('p-123', '/x'),
      resourceId: '/x/.../guid',
    };
    expect(compareWithReviewed(plan([resolved]), R)).toMatchObject({ kind: 'resume', done: 2 });
  });
  it('nothing left to do passes, even with the hash alone', () => {
    expect(compareWithReviewed(plan([noOp('a')]), { planHash: R.planHash, writes: undefined })).toEqual({
      kind: 'resume',
      done: 0,
      total: 0,
    });
  });
  it.each([
    ['a changed value', [{ ...b, after: rule(211) }]],
    ['a new write', [create('c', 300)]],
    ['a role at another scope', [{ ...role, after: roleAfter('p', '/wider') }]],
    ['a role for another cluster (its own address)', [{ ...role, address: 'aksClusters[1].networkContributor' }]],
    ['a delete nobody reviewed', [remove('b')]],
  ])('%s is refused', (_t, changes) => {
    const v = compareWithReviewed(plan(changes as Change[]), R);
    expect(v.kind).toBe('differs');
    if (v.kind === 'differs') expect(v.unreviewed).toHaveLength(1);
  });
  it('a partial plan against a hash alone (no digests) is refused', () => {
    expect(compareWithReviewed(plan([b]), { planHash: R.planHash, writes: undefined }).kind).toBe('differs');
  });
  it('a refused fresh plan never resumes', () => {
    expect(compareWithReviewed(plan([b], 'x'.repeat(64), true), R).kind).toBe('differs');
  });
  it('digests are 16 hex digits and ignore the id casing', () => {
    expect(changeDigest(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(changeDigest({ ...a, resourceId: a.resourceId.toUpperCase() })).toBe(changeDigest(a));
  });
});
