import { describe, expect, it } from '@jest/globals';
import {
  addressPrefixTags,
  descriptionLength,
  portRanges,
  priorityRange,
  priorityUnique,
  ruleNameUnique,
  ruleRequiredFields,
} from '../../src/rules/offline/nsg.js';
import type { SecurityRuleSpec } from '../../src/spec/types.js';
import { nsgRule, run, withNsgRules } from './spec-fixtures.js';

describe('NSG-PRIORITY-RANGE', () => {
  it.each([
    [99, 1],
    [100, 0],
    [4096, 0],
    [4097, 1],
    [150.5, 1],
  ])('priority %d -> %d', (priority, n) => {
    const f = run(priorityRange, withNsgRules([nsgRule({ name: 'web', priority })]));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('network.securityGroup.rules[0].priority');
      expect(f[0].message).toContain(`NSG rule web priority ${priority} is outside 100..4096`);
    }
  });
});

describe('NSG-PRIORITY-UNIQUE', () => {
  it('names both rules when a direction repeats a priority', () => {
    const f = run(
      priorityUnique,
      withNsgRules([
        nsgRule({ name: 'a', priority: 200 }),
        nsgRule({ name: 'b', priority: 200, direction: 'Outbound' }),
        nsgRule({ name: 'c', priority: 200 }),
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.securityGroup.rules[2].priority');
    expect(f[0].message).toContain('NSG rule c has priority 200, already used by Inbound rule a');
  });
});

describe('NSG-RULE-FIELDS', () => {
  it('flags a missing or invalid enum (specs built in code)', () => {
    const bad = { ...nsgRule({ name: 'x' }), access: 'Permit' } as unknown as SecurityRuleSpec;
    const missing = { ...nsgRule({ name: 'y' }) } as Partial<SecurityRuleSpec>;
    delete missing.direction;
    const f = run(ruleRequiredFields, withNsgRules([bad, missing as SecurityRuleSpec]));
    expect(f.map((x) => x.path)).toEqual([
      'network.securityGroup.rules[0].access',
      'network.securityGroup.rules[1].direction',
    ]);
    expect(f[0].message).toContain('access "Permit" is invalid');
    expect(f[1].message).toContain('direction is missing');
  });
  it('accepts every documented protocol', () => {
    const protocols = ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'] as const;
    expect(
      run(ruleRequiredFields, withNsgRules(protocols.map((protocol, i) => nsgRule({ name: `p${i}`, protocol })))),
    ).toEqual([]);
  });
});

describe('NSG-DESCRIPTION-LENGTH', () => {
  it.each([
    [140, 0],
    [141, 1],
  ])('%d characters -> %d', (len, n) => {
    const f = run(descriptionLength, withNsgRules([nsgRule({ description: 'x'.repeat(len) })]));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('network.securityGroup.rules[0].description');
      expect(f[0].message).toContain('description is 141 characters long (at most 140)');
    }
  });
});

describe('NSG-RULE-NAME-UNIQUE', () => {
  it('flags a case-insensitive duplicate', () => {
    const f = run(
      ruleNameUnique,
      withNsgRules([nsgRule({ name: 'Web', priority: 200 }), nsgRule({ name: 'web', priority: 201 })]),
    );
    expect(f).toEqual([expect.objectContaining({ path: 'network.securityGroup.rules[1].name' })]);
  });
});

describe('NSG-ADDRESS-PREFIX', () => {
  it.each([
    'VirtualNetwork',
    'Internet',
    'AzureLoadBalancer',
    'AzureContainerRegistry',
    'AzureContainerRegistry.EastUS',
    'azurecontainerregistry.eastus2',
    'AzureFrontDoor.Frontend',
    'AzureFrontDoor.Backend',
    'AzureFrontDoor.FirstParty',
    'AzureFrontDoor.MicrosoftSecurity',
    'AzureDevOps.WestEurope',
    // AzureCloud's documented irregular regional name for FranceCentral.
    'AzureCloud.centralfrance',
    'AzureMachineLearning',
    'Storage.WestUS',
    'AzureCloud.westeurope',
    'MicrosoftContainerRegistry.EastUS2',
    'AzureKeyVault.NorthEurope',
    '*',
    '10.0.0.0/8',
  ])('accepts %s', (prefix) => {
    expect(run(addressPrefixTags, withNsgRules([nsgRule({ destinationAddressPrefixes: [prefix] })]))).toEqual([]);
  });
  it.each([
    ['LogicApps.EastUS', 'service tag LogicApps is not regional'],
    ['ServiceFabric.WestUS', 'service tag ServiceFabric is not regional'],
    ['AzurePortal', 'is not a CIDR, an IP'],
    ['AzureMachineLearning.EastUS', 'service tag AzureMachineLearning is not regional'],
    ['AzureContainerRegistry.MoonBase', 'MoonBase is not an Azure region'],
    ['AzureFrontDoor', 'is not a CIDR, an IP'],
    // Not regional per the 2021 service-tags table amlnet follows (see src/rules/service-tags.ts).
    ['AzureFrontDoor.Frontend.EastUS', 'service tag AzureFrontDoor.Frontend is not regional'],
    ['Intranet', 'is not a CIDR, an IP'],
    ['VirtualNetwork.EastUS', 'VirtualNetwork is not regional'],
  ])('rejects %s', (prefix, msg) => {
    const f = run(addressPrefixTags, withNsgRules([nsgRule({ name: 'out', sourceAddressPrefixes: ['*', prefix] })]));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.securityGroup.rules[0].sourceAddressPrefixes[1]');
    expect(f[0].message).toContain(msg);
    expect(f[0].message).toContain(prefix);
  });
});

describe('NSG-PORT-RANGE', () => {
  it.each(['*', '0', '443', '65535', '8000-8080', '0-65535', '80-80'])('accepts %s', (p) => {
    expect(run(portRanges, withNsgRules([nsgRule({ destinationPortRanges: [p] })]))).toEqual([]);
  });
  it.each([
    ['65536', 'is outside 0..65535'],
    ['0-65536', 'is outside 0..65535'],
    ['8080-8000', 'starts after it ends (8080 > 8000)'],
    ['80,443', "is not '*'"],
    ['-1', "is not '*'"],
    ['http', "is not '*'"],
    [' 443', "is not '*'"],
  ])('rejects %j', (p, msg) => {
    const f = run(portRanges, withNsgRules([nsgRule({ name: 'w', sourcePortRanges: [p] })]));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.securityGroup.rules[0].sourcePortRanges[0]');
    expect(f[0].message).toContain(`NSG rule w sourcePortRanges "${p}" ${msg}`);
  });
});
