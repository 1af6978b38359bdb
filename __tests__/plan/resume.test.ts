// Resuming under the reviewed plan: a fresh plan whose every write was reviewed (same values) is a resumption;
// anything new or different is not.
import { describe, expect, it } from '@jest/globals';
import { compareWithReviewed, changeDigest, writeDigests } from '../../src/plan/resume.js';
import type { Change, Plan } from '../../src/plan/model.js';
import { KNOWN_AFTER_APPLY } from '../../src/plan/model.js';

function change(address: string, action: Change['action'], after: Change['after'], over: Partial<Change> = {}): Change {
  return {
    address,
    resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
    resourceId: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n/securityRules/${address}`,
    action,
    before: null,
    after,
    reason: 'r',
    step: 'security-rule',
    dependsOn: [],
    ...over,
  };
}
const plan = (changes: Change[], hash = 'f'.repeat(64), refused = false): Plan => ({
  planHash: hash,
  hasChanges: changes.some((c) => c.action !== 'no-op' && c.action !== 'refuse'),
  refused,
  findings: [],
  changes,
});

const a = change('a', 'create', { priority: 200 });
const b = change('b', 'create', { priority: 210 });
const role = change(
  'role',
  'create',
  { principalId: KNOWN_AFTER_APPLY, scope: '/x', computeId: '/c' },
  {
    resourceType: 'Microsoft.Authorization/roleAssignments',
    resourceId: '/x/providers/Microsoft.Authorization/roleAssignments/(known after apply)',
    step: 'role',
  },
);
const reviewed = plan([a, b, role], 'r'.repeat(64));
const R = { planHash: reviewed.planHash, writes: writeDigests(reviewed) };

describe('compareWithReviewed', () => {
  it('the same hash is the same plan', () => {
    expect(compareWithReviewed(plan([a], R.planHash), R)).toEqual({ kind: 'same' });
  });
  it('what is left of the reviewed plan resumes, a half-done create as an update of the same values', () => {
    expect(compareWithReviewed(plan([{ ...b, action: 'update', before: {} }, change('a', 'no-op', {})]), R)).toEqual({
      kind: 'resume',
      done: 2,
      total: 3,
    });
  });
  it('a role whose principal became known since the plan is the reviewed role', () => {
    const resolved = {
      ...role,
      after: { principalId: 'p-123', scope: '/x', computeId: '/c' },
      resourceId: '/x/.../guid',
    };
    expect(compareWithReviewed(plan([resolved]), R)).toMatchObject({ kind: 'resume', done: 2 });
  });
  it('nothing left to do passes, even with the hash alone', () => {
    expect(compareWithReviewed(plan([change('a', 'no-op', {})]), { planHash: R.planHash, writes: undefined })).toEqual({
      kind: 'resume',
      done: 0,
      total: 0,
    });
  });
  it.each([
    ['a changed value', [{ ...b, after: { priority: 211 } }]],
    ['a new write', [change('c', 'create', { priority: 300 })]],
    ['a role at another scope', [{ ...role, after: { principalId: 'p', scope: '/wider', computeId: '/c' } }]],
    ['a role for another cluster (its own address)', [{ ...role, address: 'aksClusters[1].networkContributor' }]],
    ['a delete nobody reviewed', [change('b', 'delete', null)]],
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
