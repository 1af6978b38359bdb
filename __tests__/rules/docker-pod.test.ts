import { describe, expect, it } from '@jest/globals';
import { dockerBridgeOverlap } from '../../src/rules/offline/docker-bridge.js';
import {
  overlayNeedsAzure,
  podCidrNeedsPlugin,
  podCidrOverlap,
  podCidrReserved,
  vnetReservedRange,
} from '../../src/rules/offline/pod-cidr.js';
import { minimalSpec, run, withCluster, contractSpec } from './spec-fixtures.js';

describe('AKS-DOCKER-BRIDGE-OVERLAP', () => {
  it.each([
    ['a subnet', '10.1.0.1/24', 'overlaps subnet aks-subnet 10.1.0.0/22'],
    ['the address space', '10.1.200.1/24', 'is inside the VNet address space 10.1.0.0/16'],
    ['the service CIDR', '10.0.5.1/24', 'overlaps serviceCidr 10.0.0.0/16'],
  ])('flags overlap with %s', (_n, dockerBridgeCidr, msg) => {
    const f = run(dockerBridgeOverlap, withCluster({ dockerBridgeCidr }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].dockerBridgeCidr');
    expect(f[0].message).toContain(`dockerBridgeCidr ${dockerBridgeCidr} of cluster myaks`);
    expect(f[0].message).toContain(msg);
  });
  it('names the default when the default collides', () => {
    const f = run(dockerBridgeOverlap, minimalSpec({}, [{ name: 'aks-subnet', addressPrefix: '172.17.0.0/22' }]));
    expect(f[0].message).toContain('dockerBridgeCidr 172.17.0.1/16 (the default)');
  });
  it('accepts the documented 172.17.0.1/16 and 172.18.0.1/16', () => {
    expect(run(dockerBridgeOverlap, withCluster({ dockerBridgeCidr: '172.17.0.1/16' }))).toEqual([]);
    expect(run(dockerBridgeOverlap, withCluster({ dockerBridgeCidr: '172.18.0.1/16' }))).toEqual([]);
  });
});

describe('AKS-POD-CIDR-PLUGIN and AKS-PLUGIN-MODE-OVERLAY', () => {
  it.each([
    [{ networkPlugin: 'azure', podCidr: '10.244.0.0/16' }, 1],
    [{ networkPlugin: null, podCidr: '10.244.0.0/16' }, 1],
    [{ networkPlugin: 'azure', networkPluginMode: 'overlay', podCidr: '10.244.0.0/16' }, 0],
    [{ networkPlugin: 'kubenet', podCidr: '10.244.0.0/16' }, 0],
    [{ networkPlugin: 'azure', podCidr: null }, 0],
  ] as const)('podCidr with %j -> %d', (over, n) => {
    const f = run(podCidrNeedsPlugin, withCluster(over));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('aksClusters[0].podCidr');
      expect(f[0].message).toContain('podCidr 10.244.0.0/16 of cluster myaks needs networkPlugin kubenet');
    }
  });
  it('overlay needs azure', () => {
    const f = run(overlayNeedsAzure, withCluster({ networkPlugin: 'kubenet', networkPluginMode: 'overlay' }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].networkPluginMode');
    expect(f[0].message).toContain('needs networkPlugin azure, not kubenet');
    expect(run(overlayNeedsAzure, withCluster({ networkPlugin: 'azure', networkPluginMode: 'overlay' }))).toEqual([]);
  });
});

describe('AKS-POD-CIDR-RESERVED', () => {
  it.each([
    ['172.16.0.0/12', '172.30.0.0/16'],
    ['169.254.0.0/16', '169.254.0.0/16'],
  ])('%s overlaps %s', (podCidr, reserved) => {
    const f = run(podCidrReserved, withCluster({ networkPlugin: 'kubenet', podCidr }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].podCidr');
    expect(f[0].message).toContain(`overlaps the AKS-reserved range ${reserved}`);
  });
  it('accepts the default 10.244.0.0/16', () => {
    expect(run(podCidrReserved, withCluster({ networkPlugin: 'kubenet' }))).toEqual([]);
  });
});

describe('AKS-VNET-RESERVED-RANGE', () => {
  it('flags an address space entry', () => {
    const s = contractSpec();
    s.network.addressSpace = ['10.1.0.0/16', '172.30.0.0/16'];
    const f = run(vnetReservedRange, s);
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.addressSpace[1]');
    expect(f[0].message).toContain('VNet address space 172.30.0.0/16 overlaps the AKS-reserved range 172.30.0.0/16');
  });
  it('falls back to subnets without an address space', () => {
    const f = run(vnetReservedRange, minimalSpec({}, [{ name: 'aks-subnet', addressPrefix: '192.0.2.0/24' }]));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.subnets[0].addressPrefix');
  });
  it('is silent when no cluster is created', () => {
    const s = minimalSpec({ mode: 'attach' }, [{ name: 'aks-subnet', addressPrefix: '192.0.2.0/24' }]);
    expect(run(vnetReservedRange, s)).toEqual([]);
  });
});

describe('AKS-POD-CIDR-OVERLAP', () => {
  it.each([
    ['10.1.0.0/16', 'overlaps subnet aci-subnet 10.1.8.0/24 (and 1 more subnet)'],
    ['10.1.128.0/20', 'is inside the VNet address space 10.1.0.0/16'],
    ['10.0.128.0/17', 'overlaps serviceCidr 10.0.0.0/16'],
  ])('%s: %s', (podCidr, msg) => {
    const f = run(podCidrOverlap, withCluster({ networkPlugin: 'kubenet', podCidr }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].podCidr');
    expect(f[0].message).toContain(msg);
  });
  it('catches the DEFAULT pod CIDR 10.244.0.0/16 against a 10.244.x subnet', () => {
    const f = run(
      podCidrOverlap,
      minimalSpec({ networkPlugin: 'kubenet' }, [{ name: 'aks-subnet', addressPrefix: '10.244.1.0/24' }]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('podCidr 10.244.0.0/16 (the default)');
  });
  it('has no pod CIDR to check for plain Azure CNI', () => {
    expect(
      run(
        podCidrOverlap,
        minimalSpec({ networkPlugin: 'azure' }, [{ name: 'aks-subnet', addressPrefix: '10.244.1.0/24' }]),
      ),
    ).toEqual([]);
  });
});
