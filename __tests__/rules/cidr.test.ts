import { describe, expect, it } from '@jest/globals';
import { cidrHostBits, cidrSyntax } from '../../src/rules/offline/cidr.js';
import { contractSpec, nsgRule, run, withCluster, withNsgRules } from './spec-fixtures.js';
import type { Spec } from '../../src/spec/types.js';

function withSubnetPrefix(prefix: string): Spec {
  const s = contractSpec();
  s.network.subnets[0].addressPrefix = prefix;
  return s;
}

describe('CIDR-SYNTAX', () => {
  it.each([
    [
      'subnet prefix over 32',
      withSubnetPrefix('10.1.0.0/33'),
      'network.subnets[0].addressPrefix',
      ['aks-subnet', '/33', '0..32'],
    ],
    ['subnet without mask', withSubnetPrefix('10.1.0.0'), 'network.subnets[0].addressPrefix', ['has no mask']],
    ['subnet octet 256', withSubnetPrefix('10.256.0.0/16'), 'network.subnets[0].addressPrefix', ['octet 256']],
    ['subnet leading zero', withSubnetPrefix('10.01.0.0/16'), 'network.subnets[0].addressPrefix', ['leading zero']],
    ['subnet whitespace', withSubnetPrefix('10.1.0.0/22 '), 'network.subnets[0].addressPrefix', ['whitespace']],
    [
      'serviceCidr',
      withCluster({ serviceCidr: '10.0.0.0/40' }),
      'aksClusters[0].serviceCidr',
      ['myaks serviceCidr', '/40'],
    ],
    ['podCidr', withCluster({ podCidr: '10.244.0.0' }), 'aksClusters[0].podCidr', ['myaks podCidr', 'no mask']],
    [
      'dockerBridgeCidr',
      withCluster({ dockerBridgeCidr: '172.17.0.1' }),
      'aksClusters[0].dockerBridgeCidr',
      ['no mask'],
    ],
    ['dnsServiceIp', withCluster({ dnsServiceIp: '10.0.0.300' }), 'aksClusters[0].dnsServiceIp', ['octet 300']],
    [
      'NSG CIDR prefix',
      withNsgRules([nsgRule({ sourceAddressPrefixes: ['203.0.113.0/33'] })]),
      'network.securityGroup.rules[0].sourceAddressPrefixes[0]',
      ['NSG rule r', '/33'],
    ],
    [
      'NSG IP prefix',
      withNsgRules([nsgRule({ destinationAddressPrefixes: ['10.0.0.999'] })]),
      'network.securityGroup.rules[0].destinationAddressPrefixes[0]',
      ['octet 999'],
    ],
  ])('%s', (_name, spec, path, parts) => {
    const f = run(cidrSyntax, spec);
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe(path);
    for (const p of parts) expect(f[0].message).toContain(p);
  });

  it('addressSpace entries', () => {
    const s = contractSpec();
    s.network.addressSpace = ['10.1.0.0/16', '10.2.0.0/8/1'];
    const f = run(cidrSyntax, s);
    expect(f.map((x) => x.path)).toEqual(['network.addressSpace[1]']);
  });

  it.each([
    [
      'boundaries /0 and /32',
      withNsgRules([nsgRule({ sourceAddressPrefixes: ['0.0.0.0/0', '1.2.3.4/32', '1.2.3.4'] })]),
    ],
    ['service tags and * are not addresses', withNsgRules([nsgRule({ sourceAddressPrefixes: ['*', 'Internet'] })])],
    ['the contract example', contractSpec()],
  ])('accepts %s', (_name, spec) => {
    expect(run(cidrSyntax, spec)).toEqual([]);
  });
});

describe('CIDR-HOST-BITS', () => {
  it.each([
    ['subnet', withSubnetPrefix('10.1.0.1/22'), 'network.subnets[0].addressPrefix', '10.1.0.0/22'],
    ['serviceCidr', withCluster({ serviceCidr: '10.0.0.5/16' }), 'aksClusters[0].serviceCidr', '10.0.0.0/16'],
    [
      'NSG prefix',
      withNsgRules([nsgRule({ sourceAddressPrefixes: ['203.0.113.7/24'] })]),
      'network.securityGroup.rules[0].sourceAddressPrefixes[0]',
      '203.0.113.0/24',
    ],
  ])('warns for %s with host bits set', (_name, spec, path, network) => {
    const f = run(cidrHostBits, spec);
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe(path);
    expect(f[0].message).toContain('host bits set');
    expect(f[0].message).toContain(network);
    expect(cidrHostBits.severity).toBe('warning');
  });

  it('does not warn for the documented docker bridge form 172.17.0.1/16', () => {
    expect(run(cidrHostBits, withCluster({ dockerBridgeCidr: '172.17.0.1/16' }))).toEqual([]);
  });

  it('does not warn for single NSG IPs or /32s', () => {
    expect(run(cidrHostBits, withNsgRules([nsgRule({ sourceAddressPrefixes: ['10.0.0.7', '10.0.0.7/32'] })]))).toEqual(
      [],
    );
  });
});
