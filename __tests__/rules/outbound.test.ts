import { describe, expect, it } from '@jest/globals';
import { restrictOutboundOrder } from '../../src/rules/offline/nsg.js';
import { isBlockingOutboundDeny, planOutboundRules, requiredOutboundRules } from '../../src/rules/outbound.js';
import type { SecurityRuleSpec } from '../../src/spec/types.js';
import { nsgRule, run, withNsgRules } from './spec-fixtures.js';

const deny = (over: Partial<SecurityRuleSpec>) =>
  nsgRule({
    name: 'deny-internet',
    direction: 'Outbound',
    access: 'Deny',
    protocol: '*',
    destinationAddressPrefixes: ['Internet'],
    destinationPortRanges: ['*'],
    ...over,
  });

describe('requiredOutboundRules', () => {
  it('is empty when restrictOutbound is off', () => {
    expect(requiredOutboundRules(withNsgRules([deny({ priority: 4000 })], false))).toEqual([]);
  });

  it('returns the registry allow with the region in tag form and the Front Door allow, just below the deny', () => {
    const rules = requiredOutboundRules(withNsgRules([deny({ priority: 4000 })], true));
    expect(rules).toEqual([
      expect.objectContaining({
        name: 'amlnet-allow-acr-outbound',
        direction: 'Outbound',
        access: 'Allow',
        protocol: 'Tcp',
        priority: 3998,
        destinationAddressPrefixes: ['AzureContainerRegistry.EastUS2'],
        destinationPortRanges: ['443'],
      }),
      expect.objectContaining({
        name: 'amlnet-allow-frontdoor-outbound',
        priority: 3999,
        destinationAddressPrefixes: ['AzureFrontDoor.Frontend'],
      }),
    ]);
    for (const r of rules) expect(r.description.length).toBeLessThanOrEqual(140);
  });

  it('skips priorities the user already uses, and uses 4095/4096 without a deny', () => {
    const used = [deny({ priority: 500 }), nsgRule({ name: 'a', direction: 'Outbound', priority: 499 })];
    expect(requiredOutboundRules(withNsgRules(used, true)).map((r) => r.priority)).toEqual([497, 498]);
    expect(requiredOutboundRules(withNsgRules([], true)).map((r) => r.priority)).toEqual([4095, 4096]);
  });

  it('ignores inbound rules and allows when placing', () => {
    const rules = [nsgRule({ name: 'in', priority: 3999 }), deny({ priority: 4000 })];
    expect(requiredOutboundRules(withNsgRules(rules, true)).map((r) => r.priority)).toEqual([3998, 3999]);
  });

  it('places them before the FIRST blocking deny', () => {
    const rules = [
      deny({ name: 'd1', priority: 3000 }),
      deny({ name: 'd2', priority: 1000, destinationAddressPrefixes: ['*'] }),
    ];
    const plan = planOutboundRules(withNsgRules(rules, true));
    expect(plan.firstDeny).toMatchObject({ name: 'd2', priority: 1000 });
    expect(plan.rules.map((r) => r.priority)).toEqual([998, 999]);
  });
});

describe('isBlockingOutboundDeny', () => {
  it.each([
    [deny({}), true],
    [deny({ destinationAddressPrefixes: ['*'] }), true],
    [deny({ destinationAddressPrefixes: ['0.0.0.0/0'] }), true],
    [deny({ destinationAddressPrefixes: ['AzureCloud.EastUS2'] }), true],
    [deny({ destinationAddressPrefixes: undefined }), true],
    [deny({ protocol: 'Tcp', destinationPortRanges: ['400-500'] }), true],
    [deny({ protocol: 'Udp' }), false],
    [deny({ destinationPortRanges: ['80'] }), false],
    [deny({ destinationAddressPrefixes: ['10.0.0.0/8'] }), false],
    [deny({ access: 'Allow' }), false],
    [deny({ direction: 'Inbound' }), false],
  ])('%j -> %s', (rule, blocking) => {
    expect(isBlockingOutboundDeny(rule)).toBe(blocking);
  });
});

describe('NSG-RESTRICT-OUTBOUND-ORDER', () => {
  it('passes when two priorities are free below the deny', () => {
    expect(run(restrictOutboundOrder, withNsgRules([deny({ priority: 102 })], true))).toEqual([]);
  });

  it.each([
    [101, 'but only 100 is free', 'move deny-internet to priority 102 or higher'],
    [100, 'but none is free', 'There is no room below it'],
  ])('deny at %d: %s', (priority, msg, hint) => {
    const f = run(restrictOutboundOrder, withNsgRules([deny({ priority })], true));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('network.securityGroup.rules[0].priority');
    expect(f[0].message).toContain(`below outbound deny deny-internet (priority ${priority})`);
    expect(f[0].message).toContain(msg);
    expect(f[0].hint).toContain(hint);
  });

  it('names the user priorities to free', () => {
    const rules = [
      nsgRule({ name: 'allow-a', direction: 'Outbound', priority: 100 }),
      nsgRule({ name: 'allow-b', direction: 'Outbound', priority: 101 }),
      deny({ priority: 102 }),
    ];
    const f = run(restrictOutboundOrder, withNsgRules(rules, true));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('but none is free');
    expect(f[0].hint).toContain('Free priority 101 (allow-b) and 100 (allow-a)');
  });

  it('rejects a user rule that takes an amlnet rule name', () => {
    const f = run(restrictOutboundOrder, withNsgRules([nsgRule({ name: 'amlnet-allow-acr-outbound' })], true));
    expect(f).toEqual([expect.objectContaining({ path: 'network.securityGroup.rules[0].name' })]);
  });

  it('needs a known region for the registry tag', () => {
    const s = withNsgRules([], true);
    s.network.location = 'atlantis';
    const f = run(restrictOutboundOrder, s);
    expect(f).toEqual([
      expect.objectContaining({
        path: 'network.location',
        message: expect.stringContaining('atlantis is not a known Azure region'),
      }),
    ]);
  });

  it('is silent when restrictOutbound is off, whatever the rules', () => {
    expect(run(restrictOutboundOrder, withNsgRules([deny({ priority: 100 })], false))).toEqual([]);
  });
});
