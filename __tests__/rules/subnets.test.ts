import { describe, expect, it } from '@jest/globals';
import {
  subnetInAddressSpace,
  subnetMinimumSize,
  subnetNameUnique,
  subnetOverlap,
} from '../../src/rules/offline/subnets.js';
import type { SubnetSpec } from '../../src/spec/types.js';
import { contractSpec, run } from './spec-fixtures.js';

function withSubnets(subnets: SubnetSpec[], addressSpace?: string[]) {
  const s = contractSpec();
  s.network.subnets = subnets;
  if (addressSpace) s.network.addressSpace = addressSpace;
  else delete s.network.addressSpace;
  s.aci = null;
  return s;
}

describe('SUBNET-TOO-SMALL', () => {
  it.each([
    ['10.1.0.0/28', 0],
    ['10.1.0.0/29', 0],
    ['10.1.0.0/30', 1],
    ['10.1.0.0/32', 1],
  ])('%s -> %d finding', (prefix, n) => {
    const f = run(subnetMinimumSize, withSubnets([{ name: 'a', addressPrefix: prefix }]));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('network.subnets[0].addressPrefix');
      expect(f[0].message).toContain(`subnet a ${prefix} is smaller than /29`);
    }
  });
});

describe('SUBNET-OUTSIDE-ADDRESS-SPACE', () => {
  it.each([
    ['inside', '10.1.4.0/24', ['10.1.0.0/16'], 0],
    ['exactly the space', '10.1.0.0/16', ['10.1.0.0/16'], 0],
    ['inside the second space', '10.2.4.0/24', ['10.1.0.0/16', '10.2.0.0/16'], 0],
    ['outside', '10.3.0.0/24', ['10.1.0.0/16', '10.2.0.0/16'], 1],
    ['straddling', '10.1.0.0/15', ['10.1.0.0/16'], 1],
  ])('%s', (_name, prefix, space, n) => {
    const f = run(subnetInAddressSpace, withSubnets([{ name: 'a', addressPrefix: prefix }], space));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('network.subnets[0].addressPrefix');
      expect(f[0].message).toContain(`subnet a ${prefix} is outside the VNet address space`);
    }
  });
  it('is silent without an address space', () => {
    expect(run(subnetInAddressSpace, withSubnets([{ name: 'a', addressPrefix: '192.168.0.0/24' }]))).toEqual([]);
  });
});

describe('SUBNET-OVERLAP', () => {
  it('reports the later subnet and names both', () => {
    const f = run(
      subnetOverlap,
      withSubnets([
        { name: 'a', addressPrefix: '10.1.0.0/22' },
        { name: 'b', addressPrefix: '10.1.4.0/24' },
        { name: 'c', addressPrefix: '10.1.2.0/24' },
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.subnets[2].addressPrefix');
    expect(f[0].message).toBe('subnet c 10.1.2.0/24 overlaps subnet a 10.1.0.0/22');
  });
  it('accepts adjacent subnets', () => {
    expect(
      run(
        subnetOverlap,
        withSubnets([
          { name: 'a', addressPrefix: '10.1.0.0/24' },
          { name: 'b', addressPrefix: '10.1.1.0/24' },
        ]),
      ),
    ).toEqual([]);
  });
});

describe('SUBNET-NAME-UNIQUE', () => {
  it('flags a case-insensitive duplicate at its name', () => {
    const f = run(
      subnetNameUnique,
      withSubnets([
        { name: 'aks', addressPrefix: '10.1.0.0/24' },
        { name: 'AKS', addressPrefix: '10.1.1.0/24' },
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.subnets[1].name');
    expect(f[0].message).toContain('network.subnets[0]');
  });
});
