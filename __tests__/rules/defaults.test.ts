import { describe, expect, it } from '@jest/globals';
import { CLUSTER_DEFAULTS, resolveCluster, resolveNetwork } from '../../src/spec/defaults.js';
import { contractSpec, minimalSpec } from './spec-fixtures.js';

describe('resolveCluster', () => {
  it('applies every documented default to a bare cluster', () => {
    const r = resolveCluster(minimalSpec(), 0);
    expect(r).toMatchObject({
      index: 0,
      name: 'myaks',
      mode: 'create',
      resourceId: null,
      location: 'eastus2',
      vmSize: 'Standard_D3_v2',
      agentCount: 3,
      maxPods: 30,
      maxSurge: 1,
      clusterPurpose: 'FastProd',
      networkPlugin: 'azure',
      networkPluginMode: null,
      podCidr: null,
      serviceCidr: '10.0.0.0/16',
      dnsServiceIp: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
      privateCluster: false,
      privateClusterPublicFqdn: false,
      loadBalancerType: 'PublicIp',
      loadBalancerSubnet: null,
      networkContributorScope: 'resourceGroup',
    });
    expect(r.defaulted.has('serviceCidr')).toBe(true);
    expect(r.defaulted.has('name')).toBe(false);
  });

  it.each([
    [{ networkPlugin: 'kubenet' }, 110, '10.244.0.0/16'],
    [{ networkPlugin: 'azure', networkPluginMode: 'overlay' }, 250, '10.244.0.0/16'],
    [{ networkPlugin: 'azure' }, 30, null],
    [{ networkPlugin: 'kubenet', maxPods: 50, podCidr: '10.50.0.0/16' }, 50, '10.50.0.0/16'],
  ] as const)('%j -> maxPods %d, podCidr %s', (over, maxPods, podCidr) => {
    const r = resolveCluster(minimalSpec(over), 0);
    expect(r.maxPods).toBe(maxPods);
    expect(r.podCidr).toBe(podCidr);
  });

  it('defaults serviceCidr/dnsServiceIp only when both are absent', () => {
    expect(resolveCluster(minimalSpec({ serviceCidr: '10.5.0.0/16' }), 0)).toMatchObject({
      serviceCidr: '10.5.0.0/16',
      dnsServiceIp: null,
    });
    expect(resolveCluster(minimalSpec({ dnsServiceIp: '10.5.0.10' }), 0)).toMatchObject({
      serviceCidr: null,
      dnsServiceIp: '10.5.0.10',
    });
  });

  it('takes location from the cluster, then the network, then the spec', () => {
    const s = minimalSpec();
    s.network.location = 'westus2';
    expect(resolveCluster(s, 0).location).toBe('westus2');
    const t = minimalSpec({ location: 'centralus' });
    expect(resolveCluster(t, 0).location).toBe('centralus');
  });

  it('keeps given values, including falsy ones', () => {
    const r = resolveCluster(minimalSpec({ agentCount: 0, privateCluster: true, maxSurge: 0 }), 0);
    expect(r).toMatchObject({ agentCount: 0, privateCluster: true, maxSurge: 0 });
    expect(r.defaulted.has('agentCount')).toBe(false);
  });

  it('throws for a missing index', () => {
    expect(() => resolveCluster(minimalSpec(), 3)).toThrow('aksClusters[3] does not exist');
  });

  it('exposes the defaults table', () => {
    expect(CLUSTER_DEFAULTS.dockerBridgeCidr).toBe('172.17.0.1/16');
  });
});

describe('resolveNetwork', () => {
  it('defaults location, address space, NSG resource group and restrictOutbound', () => {
    const s = contractSpec();
    s.network.location = null;
    delete s.network.addressSpace;
    if (s.network.securityGroup) {
      delete s.network.securityGroup.restrictOutbound;
      s.network.securityGroup.resourceGroup = null;
    }
    const n = resolveNetwork(s);
    expect(n.location).toBe('eastus2');
    expect(n.addressSpace).toEqual([]);
    expect(n.securityGroup).toMatchObject({ name: 'ml-nsg', resourceGroup: 'ml-rg', restrictOutbound: false });
  });
  it('has no security group when none is given', () => {
    const s = minimalSpec();
    expect(resolveNetwork(s).securityGroup).toBeNull();
  });
});
