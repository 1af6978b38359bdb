// Advisory NSG rules: inbound allows from the whole internet, and management ports open wider than a private range.
// Expected answers follow the cited guidance: the internet is `*`, the Internet tag or 0.0.0.0/0; private means
// RFC 1918 (https://www.rfc-editor.org/rfc/rfc1918) or the VirtualNetwork/AzureLoadBalancer tags; the management
// ports are the just-in-time defaults 22, 3389, 5985, 5986.
import { describe, expect, it } from '@jest/globals';
import {
  allScoringInternal,
  coversPort,
  inboundFromInternet,
  isPrivateSource,
  managementPortsOpen,
  scoringRuleTooWide,
} from '../../src/rules/offline/advisory-nsg.js';
import { offlineRules } from '../../src/rules/index.js';
import type { SecurityRuleSpec } from '../../src/spec/types.js';
import { contractSpec, nsgRule, run, withNsgRules } from './spec-fixtures.js';

describe('NSG-INBOUND-FROM-INTERNET', () => {
  it.each<[string, Partial<SecurityRuleSpec>, number]>([
    ['source *', { sourceAddressPrefixes: ['*'] }, 1],
    ['the Internet tag', { sourceAddressPrefixes: ['Internet'] }, 1],
    ['the Internet tag in another case', { sourceAddressPrefixes: ['INTERNET'] }, 1],
    ['0.0.0.0/0', { sourceAddressPrefixes: ['0.0.0.0/0'] }, 1],
    ['one of several sources', { sourceAddressPrefixes: ['10.0.0.0/8', 'Internet'] }, 1],
    ['a public client range', { sourceAddressPrefixes: ['203.0.113.0/24'] }, 0],
    ['0.0.0.0/1 (half the internet, not "any")', { sourceAddressPrefixes: ['0.0.0.0/1'] }, 0],
    ['VirtualNetwork', { sourceAddressPrefixes: ['VirtualNetwork'] }, 0],
    ['a Deny rule from *', { access: 'Deny', sourceAddressPrefixes: ['*'] }, 0],
    ['an Outbound allow to *', { direction: 'Outbound', sourceAddressPrefixes: ['*'] }, 0],
  ])('%s -> %i finding(s)', (_name, over, n) => {
    const f = run(inboundFromInternet, withNsgRules([nsgRule({ name: 'web', ...over })]));
    expect(f).toHaveLength(n);
    if (n === 1) {
      expect(f[0]!.path).toBe('network.securityGroup.rules[0].sourceAddressPrefixes');
      expect(f[0]!.message).toMatch(
        /^NSG rule web allows inbound traffic from "[^"]+", i\.e\. from the whole internet$/,
      );
      expect(f[0]!.hint).toContain('sourceAddressPrefixes');
    }
  });

  it('treats an absent source list as * (Azure default) and points at the rule', () => {
    const rule = nsgRule({ name: 'web' });
    delete rule.sourceAddressPrefixes;
    const f = run(inboundFromInternet, withNsgRules([rule]));
    expect(f).toEqual([expect.objectContaining({ path: 'network.securityGroup.rules[0].name' })]);
    expect(f[0]!.message).toContain('no sourceAddressPrefixes means *');
  });

  it('says nothing about a spec without an NSG, or the example spec', () => {
    const s = contractSpec();
    expect(run(inboundFromInternet, s)).toEqual([]);
    s.network.securityGroup = null;
    expect(run(inboundFromInternet, s)).toEqual([]);
  });
});

describe('NSG-MANAGEMENT-PORTS-OPEN', () => {
  it.each<[string, Partial<SecurityRuleSpec>, string | null]>([
    ['SSH from *', { destinationPortRanges: ['22'] }, '22 (SSH)'],
    [
      'RDP from a public range',
      { sourceAddressPrefixes: ['203.0.113.0/24'], destinationPortRanges: ['3389'] },
      '3389 (RDP)',
    ],
    ['WinRM range 5985-5986', { destinationPortRanges: ['5985-5986'] }, '5985 (WinRM), 5986 (WinRM over HTTPS)'],
    ['a range ending at 22', { destinationPortRanges: ['1-22'] }, '22 (SSH)'],
    ['a range starting at 22', { destinationPortRanges: ['22-80'] }, '22 (SSH)'],
    ['a range just after 22', { destinationPortRanges: ['23-80'] }, null],
    ['a range just before 22', { destinationPortRanges: ['1-21'] }, null],
    ['5984 and 5987 (neighbours of WinRM)', { destinationPortRanges: ['5984', '5987'] }, null],
    [
      'all ports from *',
      { destinationPortRanges: ['*'] },
      '22 (SSH), 3389 (RDP), 5985 (WinRM), 5986 (WinRM over HTTPS)',
    ],
    ['443 from *', { destinationPortRanges: ['443'] }, null],
    ['SSH from 10.0.0.0/8', { sourceAddressPrefixes: ['10.0.0.0/8'], destinationPortRanges: ['22'] }, null],
    [
      'SSH from 10.0.0.0/7 (wider than 10/8)',
      { sourceAddressPrefixes: ['10.0.0.0/7'], destinationPortRanges: ['22'] },
      '22 (SSH)',
    ],
    ['SSH from 172.16.0.0/12', { sourceAddressPrefixes: ['172.16.0.0/12'], destinationPortRanges: ['22'] }, null],
    [
      'SSH from 172.32.0.0/16 (just past 172.16/12)',
      { sourceAddressPrefixes: ['172.32.0.0/16'], destinationPortRanges: ['22'] },
      '22 (SSH)',
    ],
    ['SSH from one private host', { sourceAddressPrefixes: ['192.168.1.10'], destinationPortRanges: ['22'] }, null],
    ['SSH from VirtualNetwork', { sourceAddressPrefixes: ['VirtualNetwork'], destinationPortRanges: ['22'] }, null],
    [
      'SSH from AzureCloud (a public tag)',
      { sourceAddressPrefixes: ['AzureCloud'], destinationPortRanges: ['22'] },
      '22 (SSH)',
    ],
    ['SSH denied from *', { access: 'Deny', destinationPortRanges: ['22'] }, null],
  ])('%s', (_name, over, ports) => {
    const f = run(managementPortsOpen, withNsgRules([nsgRule({ name: 'mgmt', ...over })]));
    if (ports === null) {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('network.securityGroup.rules[0].destinationPortRanges');
    expect(f[0]!.message).toContain(`NSG rule mgmt opens management port(s) ${ports} to `);
  });

  it('treats absent destination ports as * and names only the wide sources', () => {
    const rule = nsgRule({ name: 'mgmt', sourceAddressPrefixes: ['10.1.0.0/16', 'Internet'] });
    delete rule.destinationPortRanges;
    const f = run(managementPortsOpen, withNsgRules([rule]));
    expect(f).toEqual([expect.objectContaining({ path: 'network.securityGroup.rules[0].name' })]);
    expect(f[0]!.message).toMatch(/to "Internet", wider than a private range$/);
  });
});

describe('helpers', () => {
  it.each<[string, number, boolean]>([
    ['*', 22, true],
    ['22', 22, true],
    ['21', 22, false],
    ['0-65535', 65535, true],
    ['abc', 22, false],
  ])('coversPort(%s, %i) = %s', (range, port, expected) => {
    expect(coversPort(range, port)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['10.255.255.255', true],
    ['11.0.0.0', false],
    ['172.15.255.255', false],
    ['192.168.0.0/16', true],
    ['192.168.0.0/15', false],
    ['azureloadbalancer', true],
    ['Internet', false],
    ['not-an-address', false],
  ])('isPrivateSource(%s) = %s', (source, expected) => {
    expect(isPrivateSource(source)).toBe(expected);
  });

  it('registers both rules as warnings in the offline registry', () => {
    const ids = offlineRules.filter((r) => r.id.startsWith('NSG-') && r.severity === 'warning').map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['NSG-INBOUND-FROM-INTERNET', 'NSG-MANAGEMENT-PORTS-OPEN']));
  });
});

describe('NSG-SCORING-RULE-TOO-WIDE', () => {
  const ilb = (rules: SecurityRuleSpec[]) => {
    const s = withNsgRules(rules);
    s.aksClusters = (s.aksClusters ?? []).map((c) => ({ ...c, loadBalancerType: 'InternalLoadBalancer' }));
    return s;
  };
  it.each<[string, Partial<SecurityRuleSpec>, string | null]>([
    ['443 from *', { destinationPortRanges: ['443'] }, '443'],
    ['80 from Internet', { sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['80'] }, '80'],
    ['all ports from 0.0.0.0/0', { sourceAddressPrefixes: ['0.0.0.0/0'], destinationPortRanges: ['*'] }, '80, 443'],
    ['a range 80-443 from *', { destinationPortRanges: ['80-443'] }, '80, 443'],
    ['444 from * (not a scoring port)', { destinationPortRanges: ['444'] }, null],
    ['443 from VirtualNetwork', { sourceAddressPrefixes: ['VirtualNetwork'] }, null],
    ['443 from a client range', { sourceAddressPrefixes: ['203.0.113.0/24'] }, null],
    ['443 denied from *', { access: 'Deny' }, null],
  ])('%s with an internal load balancer', (_name, over, ports) => {
    const f = run(scoringRuleTooWide, ilb([nsgRule({ name: 'score', ...over })]));
    if (ports === null) {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('network.securityGroup.rules[0].sourceAddressPrefixes');
    expect(f[0]!.message).toContain(`NSG rule score opens scoring port(s) ${ports} to `);
  });

  it('says nothing when a cluster scores on a public IP (the internet may be its audience)', () => {
    const s = withNsgRules([nsgRule({ name: 'score' })]);
    s.aksClusters = (s.aksClusters ?? []).map((c) => ({ ...c, loadBalancerType: 'PublicIp' }));
    expect(run(scoringRuleTooWide, s)).toEqual([]);
    // One internal and one public cluster: still not "every cluster is private".
    s.aksClusters = [...s.aksClusters, { ...s.aksClusters[0]!, name: 'ilb', loadBalancerType: 'InternalLoadBalancer' }];
    expect(run(scoringRuleTooWide, s)).toEqual([]);
  });

  it('counts a v2 cluster by its inference router (internalLoadBalancer is the default)', () => {
    const s = withNsgRules([nsgRule({ name: 'score' })]);
    s.aksClusters = [];
    s.kubernetesClusters = [{ name: 'k8s', subnet: 'aks-subnet' }];
    expect(allScoringInternal(s)).toBe(true);
    expect(run(scoringRuleTooWide, s)).toHaveLength(1);
    s.kubernetesClusters = [{ name: 'k8s', subnet: 'aks-subnet', inferenceRouter: 'loadBalancer' }];
    expect(run(scoringRuleTooWide, s)).toEqual([]);
  });

  it('a spec without clusters has nothing to protect', () => {
    const s = withNsgRules([nsgRule({ name: 'score' })]);
    s.aksClusters = [];
    expect(allScoringInternal(s)).toBe(false);
    expect(run(scoringRuleTooWide, s)).toEqual([]);
  });
});
