// The failed-compute policy table (src/plan/compute-state.ts), shared by the plan and the compute applier.
import {
  computeVerdict,
  provisioningFailed,
  type ClusterHealth,
  type ComputeState,
} from '../../src/plan/compute-state.js';

const MC = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1';
const state = (over: Partial<ComputeState>): ComputeState => ({
  name: 'aks1',
  provisioningState: 'Failed',
  attached: false,
  clusterId: MC,
  cluster: 'working',
  ...over,
});

test.each([
  ['Failed', true],
  ['failed', true],
  ['Canceled', true],
  ['Cancelled', true],
  ['Succeeded', false],
  ['Creating', false],
  ['Updating', false],
  [null, false],
  [undefined, false],
])('provisioningFailed(%s) = %s', (s, failed) => {
  expect(provisioningFailed(s)).toBe(failed);
});

// [provisioningState, attached, cluster] -> verdict
test.each<[string | null, boolean, ClusterHealth, string]>([
  ['Succeeded', false, 'working', 'healthy'],
  ['Succeeded', true, 'missing', 'healthy'],
  ['Creating', false, 'missing', 'healthy'],
  [null, false, 'missing', 'healthy'],
  ['Failed', false, 'working', 'retry-update'],
  ['Failed', true, 'working', 'retry-update'],
  ['Canceled', false, 'working', 'retry-update'],
  ['Failed', false, 'missing', 'recreate'],
  ['Failed', false, 'failed', 'recreate'],
  ['Failed', true, 'missing', 'refuse'],
  ['Failed', true, 'failed', 'refuse'],
  ['Failed', false, 'unreadable', 'refuse'],
  ['Failed', true, 'unreadable', 'refuse'],
])('a compute in state %s (attached: %s, cluster %s) -> %s', (provisioningState, attached, cluster, kind) => {
  expect(computeVerdict(state({ provisioningState, attached, cluster })).kind).toBe(kind);
});

test('no verdict ever advises deleting a compute or a cluster', () => {
  const healths: ClusterHealth[] = ['working', 'failed', 'missing', 'unreadable'];
  for (const attached of [false, true]) {
    for (const cluster of healths) {
      const v = computeVerdict(state({ attached, cluster }));
      expect(v.kind).not.toBe('healthy');
      if (v.kind !== 'healthy') expect(v.reason).not.toMatch(/delete|az ml compute/i);
    }
  }
});

test('the reasons say what happened and what amlnet does', () => {
  expect(computeVerdict(state({ cluster: 'missing', clusterId: null }))).toEqual({
    kind: 'recreate',
    reason:
      'compute aks1 is in provisioning state Failed and has no working cluster behind it: its create failed; ' +
      'amlnet PUTs the create body again (the PUT creates it afresh)',
  });
  expect(computeVerdict(state({ provisioningState: 'Canceled' }))).toEqual({
    kind: 'retry-update',
    reason:
      'compute aks1 is in provisioning state Canceled: its last update did not complete; amlnet PUTs the compute again ' +
      '(the PUT overwrites it)',
  });
  const refused = computeVerdict(state({ attached: true, cluster: 'missing' }));
  expect(refused.kind).toBe('refuse');
  if (refused.kind === 'refuse')
    expect(refused.reason).toMatch(
      /the attached cluster aks1 no longer exists; amlnet never creates, repairs or detaches/,
    );
});
