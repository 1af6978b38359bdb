import { describe, expect, it } from '@jest/globals';
import { attachSubscription, attachSubscriptionFindings } from '../../src/rules/offline/attach-subscription.js';
import { minimalSpec, run } from './spec-fixtures.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const OTHER = '11111111-1111-1111-1111-111111111111';
const id = (sub: string, rg = 'aks-rg'): string =>
  `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/aks1`;

describe('AML-ATTACH-SUBSCRIPTION', () => {
  it.each([
    ['same subscription', id(SUB), 0],
    [
      'same subscription, other casing and resourcegroups in lower case',
      id(SUB.toUpperCase()).replace('resourceGroups', 'resourcegroups'),
      0,
    ],
    ['another subscription', id(OTHER), 1],
  ])('%s', (_title, resourceId, count) => {
    const findings = run(attachSubscription, minimalSpec({ mode: 'attach', resourceId }));
    expect(findings).toHaveLength(count);
    if (count > 0) {
      expect(findings[0]).toMatchObject({ path: 'aksClusters[0].resourceId' });
      expect(findings[0].message).toContain(`subscription ${OTHER}`);
    }
  });

  it('ignores created clusters', () => {
    expect(run(attachSubscription, minimalSpec({ mode: 'create' }))).toEqual([]);
  });

  it('checks against an overriding subscription too (subscription-id input, --subscription)', () => {
    const spec = minimalSpec({ mode: 'attach', resourceId: id(SUB) });
    expect(attachSubscriptionFindings(spec, SUB)).toEqual([]);
    expect(attachSubscriptionFindings(spec, OTHER)).toHaveLength(1);
  });
});
