import { describe, expect, it } from '@jest/globals';
import {
  kubenetSharedSubnet,
  maxPodsMinNodes,
  maxPodsRange,
  prefixFor,
  subnetTooSmallForClusters,
} from '../../src/rules/offline/sizing.js';
import type { AksClusterSpec } from '../../src/spec/types.js';
import { minimalSpec, run, withCluster } from './spec-fixtures.js';

describe('AKS-MAX-PODS-RANGE', () => {
  it.each([
    [9, 1],
    [10, 0],
    [250, 0],
    [251, 1],
  ])('maxPods %d -> %d', (maxPods, n) => {
    const f = run(maxPodsRange, withCluster({ maxPods, agentCount: 3 }));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('aksClusters[0].maxPods');
      expect(f[0].message).toContain(`maxPods ${maxPods} of cluster myaks is outside 10..250`);
    }
  });
});

describe('AKS-MAX-PODS-MIN-NODES', () => {
  it.each([
    [10, 2, 1],
    [10, 3, 0],
    [15, 2, 0],
    [29, 1, 1],
    [30, 1, 0],
  ])('maxPods %d with agentCount %d -> %d', (maxPods, agentCount, n) => {
    const f = run(maxPodsMinNodes, withCluster({ maxPods, agentCount }));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('aksClusters[0].agentCount');
      expect(f[0].message).toContain(`maxPods ${maxPods} with agentCount ${agentCount}`);
      expect(f[0].hint).toContain(`agentCount ${Math.ceil(30 / maxPods)}`);
    }
  });
});

function sized(prefix: string, clusters: Partial<AksClusterSpec>[]) {
  const s = minimalSpec({}, [{ name: 'aks-subnet', addressPrefix: prefix }]);
  s.aksClusters = clusters.map((c, i) => ({ name: `aks${i}`, subnet: 'aks-subnet', ...c }));
  return s;
}

describe('AKS-SUBNET-TOO-SMALL', () => {
  it('Azure CNI: exactly usable passes, one over fails', () => {
    // /23: 512 - 5 = 507 usable = 3 * 169 = (2+1 nodes) * (168 pods + 1).
    expect(
      run(subnetTooSmallForClusters, sized('10.1.0.0/23', [{ agentCount: 2, maxSurge: 1, maxPods: 168 }])),
    ).toEqual([]);
    const f = run(subnetTooSmallForClusters, sized('10.1.0.0/23', [{ agentCount: 2, maxSurge: 1, maxPods: 169 }]));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.subnets[0].addressPrefix');
    expect(f[0].message).toContain(
      'subnet aks-subnet 10.1.0.0/23 has 507 usable addresses (512 minus 5 Azure reserves)',
    );
    expect(f[0].message).toContain('need 510');
    expect(f[0].message).toContain('aks0 (2+1 nodes) × (169 pods + 1) = 510');
    expect(f[0].hint).toContain('/22');
  });

  it('uses the defaults: agentCount 3, maxSurge 1, maxPods 30 -> 124 addresses', () => {
    // /25: 128 - 5 = 123 < 124; /24 fits.
    expect(run(subnetTooSmallForClusters, sized('10.1.0.0/25', [{}]))[0].message).toContain('need 124');
    expect(run(subnetTooSmallForClusters, sized('10.1.0.0/24', [{}]))).toEqual([]);
  });

  it('kubenet and overlay need only agentCount + maxSurge', () => {
    // /29: 8 - 5 = 3 usable.
    expect(
      run(subnetTooSmallForClusters, sized('10.1.0.0/29', [{ networkPlugin: 'kubenet', agentCount: 2, maxSurge: 1 }])),
    ).toEqual([]);
    expect(
      run(subnetTooSmallForClusters, sized('10.1.0.0/29', [{ networkPlugin: 'kubenet', agentCount: 3, maxSurge: 1 }])),
    ).toHaveLength(1);
    expect(
      run(
        subnetTooSmallForClusters,
        sized('10.1.0.0/29', [{ networkPlugin: 'azure', networkPluginMode: 'overlay', agentCount: 2, maxSurge: 1 }]),
      ),
    ).toEqual([]);
  });

  it('clusters sharing a subnet add up', () => {
    // Two default CNI clusters need 248 <= 251 on a /24; three need 372.
    expect(run(subnetTooSmallForClusters, sized('10.1.0.0/24', [{}, {}]))).toEqual([]);
    const f = run(subnetTooSmallForClusters, sized('10.1.0.0/24', [{}, {}, {}]));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('need 372');
    expect(f[0].message).toContain('aks0');
    expect(f[0].message).toContain('aks2');
  });

  it('does not count attached clusters', () => {
    expect(run(subnetTooSmallForClusters, sized('10.1.0.0/25', [{ mode: 'attach' }]))).toEqual([]);
  });

  it.each([
    [3, 29],
    [4, 28],
    [123, 25],
    [124, 24],
    [507, 23],
    [508, 22],
  ])('prefixFor(%d) = /%d', (needed, prefix) => {
    expect(prefixFor(needed)).toBe(prefix);
  });
});

describe('AKS-KUBENET-SHARED-SUBNET', () => {
  it('warns on the second kubenet cluster of a subnet', () => {
    const f = run(
      kubenetSharedSubnet,
      sized('10.1.0.0/22', [{ networkPlugin: 'kubenet' }, { networkPlugin: 'kubenet' }]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[1].subnet');
    expect(f[0].message).toContain('cluster aks1 shares subnet aks-subnet with cluster aks0');
  });
  it('accepts Azure CNI clusters sharing a subnet', () => {
    expect(run(kubenetSharedSubnet, sized('10.1.0.0/22', [{}, {}]))).toEqual([]);
  });
});
