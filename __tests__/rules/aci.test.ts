import { describe, expect, it } from '@jest/globals';
import { aciSubnetDelegation, aciSubnetNotUsedByAks, aciVnetResourceGroup } from '../../src/rules/offline/aci.js';
import { contractSpec, run, withCluster } from './spec-fixtures.js';

describe('ACI-SUBNET-DELEGATION', () => {
  it.each([
    ['Microsoft.ContainerInstance/containerGroups', null],
    [null, 'is not delegated'],
    ['Microsoft.Web/serverFarms', 'is delegated to Microsoft.Web/serverFarms; ACI needs exactly'],
    ['microsoft.containerinstance/containergroups', 'needs exactly Microsoft.ContainerInstance/containerGroups'],
  ])('delegation %j', (delegation, msg) => {
    const s = contractSpec();
    s.network.subnets[1].delegation = delegation;
    const f = run(aciSubnetDelegation, s);
    expect(f).toHaveLength(msg ? 1 : 0);
    if (msg) {
      expect(f[0].path).toBe('network.subnets[1].delegation');
      expect(f[0].message).toContain(msg);
    }
  });
  it('flags an undeclared ACI subnet', () => {
    const s = contractSpec();
    s.aci = { subnet: 'ghost' };
    expect(run(aciSubnetDelegation, s)).toEqual([
      expect.objectContaining({ path: 'aci.subnet', message: 'ACI subnet ghost is not declared in network.subnets' }),
    ]);
  });
  it('is silent without aci', () => {
    const s = contractSpec();
    s.aci = null;
    s.network.subnets[1].delegation = null;
    expect(run(aciSubnetDelegation, s)).toEqual([]);
  });
});

describe('ACI-SUBNET-USED-BY-AKS', () => {
  it.each([
    [{ subnet: 'aci-subnet' }, ['aksClusters[0].subnet']],
    [
      { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'ACI-subnet' },
      ['aksClusters[0].loadBalancerSubnet'],
    ],
    [{}, []],
  ] as const)('%j', (over, paths) => {
    const f = run(aciSubnetNotUsedByAks, withCluster(over));
    expect(f.map((x) => x.path)).toEqual(paths);
    for (const x of f) expect(x.message).toContain('uses the ACI subnet aci-subnet');
  });
});

describe('ACI-VNET-RESOURCE-GROUP', () => {
  it.each([
    ['ml-rg', 0],
    ['ML-RG', 0],
    ['net-rg', 1],
  ])('network rg %s -> %d', (rg, n) => {
    const s = contractSpec();
    s.network.resourceGroup = rg;
    const f = run(aciVnetResourceGroup, s);
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('network.resourceGroup');
      expect(f[0].message).toContain("resource group net-rg differs from the workspace's ml-rg");
    }
  });
});
