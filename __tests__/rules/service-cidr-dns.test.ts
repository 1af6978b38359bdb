import { describe, expect, it } from '@jest/globals';
import { dnsInServiceCidr, dnsReservedAddress, serviceCidrDnsPair } from '../../src/rules/offline/dns.js';
import {
  serviceCidrInAddressSpace,
  serviceCidrOverlapsSubnet,
  serviceCidrReserved,
  serviceCidrTooLarge,
} from '../../src/rules/offline/service-cidr.js';
import { minimalSpec, run, withCluster } from './spec-fixtures.js';

describe('AKS-SERVICE-CIDR-OVERLAPS-SUBNET', () => {
  it('catches the DEFAULT 10.0.0.0/16 overlapping a 10.0.x subnet', () => {
    const f = run(serviceCidrOverlapsSubnet, minimalSpec({}, [{ name: 'aks-subnet', addressPrefix: '10.0.4.0/22' }]));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].serviceCidr');
    expect(f[0].message).toContain('serviceCidr 10.0.0.0/16 (the default)');
    expect(f[0].message).toContain('overlaps subnet aks-subnet 10.0.4.0/22');
  });
  it('suggests a free range of the same size in the hint', () => {
    const f = run(serviceCidrOverlapsSubnet, minimalSpec({}, [{ name: 'aks-subnet', addressPrefix: '10.0.4.0/22' }]));
    expect(f[0].hint).toContain('such as serviceCidr 10.100.0.0/16 with dnsServiceIp 10.100.0.10');
  });
  it('suggests nothing when every candidate range is taken', () => {
    const s = minimalSpec({}, [
      { name: 'aks-subnet', addressPrefix: '10.0.4.0/22' },
      { name: 'b', addressPrefix: '172.20.0.0/24' },
      { name: 'c', addressPrefix: '192.168.0.0/24' },
    ]);
    s.network.addressSpace = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
    const f = run(serviceCidrOverlapsSubnet, s);
    expect(f[0].hint).not.toContain('such as');
  });
  it('checks every subnet of the VNet, not only the cluster subnet, and counts the rest', () => {
    const f = run(
      serviceCidrOverlapsSubnet,
      minimalSpec({ serviceCidr: '10.2.0.0/16', dnsServiceIp: '10.2.0.10' }, [
        { name: 'aks-subnet', addressPrefix: '10.1.0.0/22' },
        { name: 'other', addressPrefix: '10.2.1.0/24' },
        { name: 'third', addressPrefix: '10.2.2.0/24' },
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(
      /serviceCidr 10\.2\.0\.0\/16 of cluster myaks overlaps subnet (other|third) .* \(and 1 more subnet\)/,
    );
  });
  it.each([
    ['disjoint', '10.2.0.0/16', 0],
    ['adjacent below the subnet', '10.0.252.0/22', 0],
    ['containing the subnet', '10.0.0.0/8', 1],
    ['inside the subnet', '10.1.1.0/24', 1],
  ])('%s', (_n, serviceCidr, n) => {
    const dns = serviceCidr.replace(/\.0\/\d+$/, '.10');
    expect(run(serviceCidrOverlapsSubnet, minimalSpec({ serviceCidr, dnsServiceIp: dns }))).toHaveLength(n);
  });
  it('ignores attached clusters (their network is not applied)', () => {
    expect(
      run(
        serviceCidrOverlapsSubnet,
        minimalSpec({ mode: 'attach', serviceCidr: '10.1.0.0/16', dnsServiceIp: '10.1.0.10' }),
      ),
    ).toEqual([]);
  });
});

describe('AKS-SERVICE-CIDR-IN-ADDRESS-SPACE', () => {
  it('warns when inside the address space but clear of subnets', () => {
    const f = run(
      serviceCidrInAddressSpace,
      withCluster({ serviceCidr: '10.1.128.0/20', dnsServiceIp: '10.1.128.10' }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].serviceCidr');
    expect(f[0].message).toContain('inside the VNet address space 10.1.0.0/16');
    expect(serviceCidrInAddressSpace.severity).toBe('warning');
  });
  it('stays quiet when the subnet overlap error already applies, and when outside', () => {
    expect(
      run(serviceCidrInAddressSpace, withCluster({ serviceCidr: '10.1.0.0/20', dnsServiceIp: '10.1.0.10' })),
    ).toEqual([]);
    expect(run(serviceCidrInAddressSpace, withCluster({}))).toEqual([]);
  });
});

describe('AKS-SERVICE-CIDR-TOO-LARGE', () => {
  it.each([
    ['10.16.0.0/12', 0],
    ['10.0.0.0/11', 1],
    ['10.0.0.0/8', 1],
    ['10.0.0.0/16', 0],
  ])('%s -> %d', (serviceCidr, n) => {
    const f = run(
      serviceCidrTooLarge,
      withCluster({ serviceCidr, dnsServiceIp: serviceCidr.replace(/0\/\d+$/, '10') }),
    );
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('aksClusters[0].serviceCidr');
      expect(f[0].message).toContain(`serviceCidr ${serviceCidr}`);
      expect(f[0].message).toContain('larger than /12');
    }
  });
});

describe('AKS-SERVICE-CIDR-RESERVED', () => {
  it.each([
    ['169.254.0.0/16', '169.254.0.0/16'],
    ['172.30.0.0/16', '172.30.0.0/16'],
    ['172.31.128.0/17', '172.31.0.0/16'],
    ['192.0.2.0/24', '192.0.2.0/24'],
    ['172.16.0.0/12', '172.30.0.0/16'],
  ])('%s touches %s', (serviceCidr, reserved) => {
    const f = run(serviceCidrReserved, withCluster({ serviceCidr }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].serviceCidr');
    expect(f[0].message).toContain(`overlaps the AKS-reserved range ${reserved}`);
  });
  it('accepts 172.29.0.0/16 and 192.0.3.0/24', () => {
    expect(run(serviceCidrReserved, withCluster({ serviceCidr: '172.29.0.0/16' }))).toEqual([]);
    expect(run(serviceCidrReserved, withCluster({ serviceCidr: '192.0.3.0/24' }))).toEqual([]);
  });
});

describe('AKS-DNS-IN-SERVICE-CIDR', () => {
  it('reports the contract example message', () => {
    const f = run(dnsInServiceCidr, withCluster({ serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.2.0.10' }));
    expect(f).toEqual([
      expect.objectContaining({
        path: 'aksClusters[0].dnsServiceIp',
        message: 'dnsServiceIp 10.2.0.10 is outside serviceCidr 10.0.0.0/16',
      }),
    ]);
    expect(f[0].hint).toContain('10.0.0.10');
  });
  it.each([
    ['10.0.255.255', 0],
    ['10.0.0.0', 0],
    ['10.1.0.0', 1],
    ['9.255.255.255', 1],
  ])('edge %s -> %d', (dnsServiceIp, n) => {
    expect(run(dnsInServiceCidr, withCluster({ serviceCidr: '10.0.0.0/16', dnsServiceIp }))).toHaveLength(n);
  });
});

describe('AKS-DNS-RESERVED-ADDRESS', () => {
  it.each([
    ['10.0.0.0', 'network address'],
    ['10.0.0.1', 'first address'],
    ['10.0.255.255', 'broadcast address'],
  ])('%s is the %s', (dnsServiceIp, what) => {
    const f = run(dnsReservedAddress, withCluster({ serviceCidr: '10.0.0.0/16', dnsServiceIp }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].dnsServiceIp');
    expect(f[0].message).toContain(`dnsServiceIp ${dnsServiceIp} is its ${what}`);
    expect(f[0].message).toContain('10.0.0.0/16');
  });
  it.each(['10.0.0.10', '10.0.0.2', '10.0.255.254'])('accepts %s', (dnsServiceIp) => {
    expect(run(dnsReservedAddress, withCluster({ serviceCidr: '10.0.0.0/16', dnsServiceIp }))).toEqual([]);
  });
});

describe('AKS-SERVICE-CIDR-DNS-PAIR', () => {
  it.each([
    [
      { serviceCidr: '10.3.0.0/16', dnsServiceIp: null },
      'aksClusters[0].serviceCidr',
      'gives serviceCidr 10.3.0.0/16 without dnsServiceIp',
    ],
    [
      { serviceCidr: null, dnsServiceIp: '10.3.0.10' },
      'aksClusters[0].dnsServiceIp',
      'gives dnsServiceIp 10.3.0.10 without serviceCidr',
    ],
  ])('flags a half pair %j', (over, path, msg) => {
    const f = run(serviceCidrDnsPair, withCluster(over));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe(path);
    expect(f[0].message).toContain(msg);
  });
  it('accepts both or neither', () => {
    expect(run(serviceCidrDnsPair, withCluster({}))).toEqual([]);
    expect(run(serviceCidrDnsPair, withCluster({ serviceCidr: null, dnsServiceIp: null }))).toEqual([]);
  });
});
