import { describe, expect, it } from '@jest/globals';
import {
  agentCountPositive,
  aksSubnetNotDelegated,
  attachIgnoresCreateFields,
  attachResourceId,
  clusterEnums,
  clusterLocation,
  clusterSubnetDeclared,
  computeName,
  computeNameUnique,
  ilbNeedsAzureCni,
  knownRegions,
  loadBalancerSubnet,
  privateClusterFqdn,
  roleScopeCoversLbSubnet,
  vnetInfoComplete,
  workspaceName,
} from '../../src/rules/offline/compute.js';
import type { AksClusterSpec } from '../../src/spec/types.js';
import { contractSpec, minimalSpec, run, withCluster } from './spec-fixtures.js';

const GOOD_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/aks-rg/providers/Microsoft.ContainerService/managedClusters/prod-aks';

describe('AML-COMPUTE-NAME', () => {
  it.each([
    ['a', 1, 'is 1 characters long (2-16 allowed)'],
    ['ab', 0, ''],
    ['a'.repeat(16), 0, ''],
    ['a'.repeat(17), 1, 'is 17 characters long'],
    ['1aks', 1, 'must start with a letter'],
    ['aks-', 1, 'must end with a letter or digit'],
    ['my_aks', 1, 'may contain only letters, digits and hyphens'],
    ['my-aks-2', 0, ''],
  ])('%j -> %d', (name, n, msg) => {
    const f = run(computeName, withCluster({ name }));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('aksClusters[0].name');
      expect(f[0].message).toContain(`compute name "${name}" ${msg}`);
    }
  });
});

describe('AML-WORKSPACE-NAME', () => {
  it.each([
    ['ab', 1, 'is 2 characters long (3-33 allowed)'],
    ['abc', 0, ''],
    ['a'.repeat(33), 0, ''],
    ['a'.repeat(34), 1, 'is 34 characters long'],
    ['-ws1', 1, 'must start with a letter or digit'],
    ['ml_ws-1', 0, ''],
  ])('%j -> %d', (name, n, msg) => {
    const s = contractSpec();
    s.workspace.name = name;
    const f = run(workspaceName, s);
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('workspace.name');
      expect(f[0].message).toContain(msg);
    }
  });
});

describe('AML-COMPUTE-NAME-UNIQUE', () => {
  it('flags a case-insensitive duplicate', () => {
    const s = contractSpec();
    s.aksClusters?.push({ name: 'MyAks', subnet: 'aks-subnet', mode: 'attach', resourceId: GOOD_ID });
    const f = run(computeNameUnique, s);
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[1].name');
    expect(f[0].message).toContain('MyAks is already used by aksClusters[0]');
  });
});

describe('AML-AGENT-COUNT', () => {
  it.each([
    [0, 1],
    [1, 0],
  ])('agentCount %d -> %d', (agentCount, n) => {
    const f = run(agentCountPositive, withCluster({ agentCount }));
    expect(f).toHaveLength(n);
    if (n)
      expect(f[0]).toMatchObject({
        path: 'aksClusters[0].agentCount',
        message: expect.stringContaining('agentCount 0'),
      });
  });
  it('does not apply to attach', () => {
    expect(run(agentCountPositive, withCluster({ mode: 'attach', resourceId: GOOD_ID, agentCount: 0 }))).toEqual([]);
  });
});

describe('AML-CLUSTER-ENUMS', () => {
  it('rejects a value outside the enum (specs built in code)', () => {
    const f = run(
      clusterEnums,
      withCluster({ clusterPurpose: 'Cheap' as unknown as AksClusterSpec['clusterPurpose'] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].clusterPurpose');
    expect(f[0].message).toContain(
      'clusterPurpose "Cheap" of cluster myaks is not one of FastProd, DenseProd, DevTest',
    );
  });
  it.each(['FastProd', 'DenseProd', 'DevTest'] as const)('accepts %s', (clusterPurpose) => {
    expect(run(clusterEnums, withCluster({ clusterPurpose }))).toEqual([]);
  });
});

describe('AML-LB-SUBNET', () => {
  it.each([
    [{ loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'aks-subnet' }, []],
    [
      { loadBalancerType: 'PublicIp', loadBalancerSubnet: 'aks-subnet' },
      ['needs loadBalancerType InternalLoadBalancer (it is PublicIp)'],
    ],
    [{ loadBalancerType: null, loadBalancerSubnet: 'aks-subnet' }, ['needs loadBalancerType InternalLoadBalancer']],
    [
      { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'nope' },
      ['nope of cluster myaks is not a subnet declared'],
    ],
    [
      { loadBalancerType: 'PublicIp', loadBalancerSubnet: 'nope' },
      ['needs loadBalancerType', 'is not a subnet declared'],
    ],
  ] as const)('%j', (over, msgs) => {
    const f = run(loadBalancerSubnet, withCluster(over));
    expect(f).toHaveLength(msgs.length);
    f.forEach((x, i) => {
      expect(x.path).toBe('aksClusters[0].loadBalancerSubnet');
      expect(x.message).toContain(msgs[i]);
    });
  });
});

describe('AML-ILB-KUBENET', () => {
  it('flags an internal load balancer on kubenet', () => {
    const f = run(
      ilbNeedsAzureCni,
      withCluster({ loadBalancerType: 'InternalLoadBalancer', networkPlugin: 'kubenet' }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].loadBalancerType');
    expect(f[0].message).toContain('InternalLoadBalancer with networkPlugin kubenet');
    expect(run(ilbNeedsAzureCni, withCluster({ loadBalancerType: 'InternalLoadBalancer' }))).toEqual([]);
  });
});

describe('AML-PRIVATE-CLUSTER-FQDN', () => {
  it.each([
    [true, true, 'error'],
    [false, true, 'warning'],
    [true, false, undefined],
    [false, false, undefined],
  ] as const)('privateCluster %s, publicFqdn %s -> %s', (privateCluster, privateClusterPublicFqdn, severity) => {
    const f = run(privateClusterFqdn, withCluster({ privateCluster, privateClusterPublicFqdn }));
    expect(f).toHaveLength(severity ? 1 : 0);
    if (severity) {
      expect(f[0].path).toBe('aksClusters[0].privateClusterPublicFqdn');
      expect(f[0].severity ?? privateClusterFqdn.severity).toBe(severity);
    }
  });
});

describe('AML-CLUSTER-LOCATION', () => {
  it.each([
    ['eastus2', 0],
    ['East US 2', 0],
    ['EASTUS2', 0],
    ['westeurope', 1],
  ])('%s -> %d', (location, n) => {
    const f = run(clusterLocation, withCluster({ location }));
    expect(f).toHaveLength(n);
    if (n) {
      expect(f[0].path).toBe('aksClusters[0].location');
      expect(f[0].message).toContain('location westeurope differs from the VNet location eastus2');
    }
  });
  it('compares with network.location, which defaults to the top-level location', () => {
    const s = minimalSpec({ location: 'westus' });
    expect(run(clusterLocation, s)[0].message).toContain('VNet location eastus2');
  });
});

describe('LOCATION-UNKNOWN', () => {
  it('warns for an unknown region and accepts display names', () => {
    const s = withCluster({ location: 'mars-north' });
    s.network.location = 'East US 2';
    const f = run(knownRegions, s);
    expect(f).toEqual([
      expect.objectContaining({
        path: 'aksClusters[0].location',
        message: 'location mars-north is not a known Azure region',
      }),
    ]);
  });
});

describe('AML-SUBNET-UNKNOWN and AKS-SUBNET-DELEGATED', () => {
  it('flags an undeclared subnet', () => {
    const f = run(clusterSubnetDeclared, withCluster({ subnet: 'missing' }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].subnet');
    expect(f[0].message).toContain('subnet missing of cluster myaks is not declared');
    expect(f[0].hint).toContain('aks-subnet');
  });
  it('matches subnet names case-insensitively', () => {
    expect(run(clusterSubnetDeclared, withCluster({ subnet: 'AKS-Subnet' }))).toEqual([]);
  });
  it('flags a delegated AKS subnet', () => {
    const f = run(aksSubnetNotDelegated, withCluster({ subnet: 'aci-subnet' }));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].subnet');
    expect(f[0].message).toContain('delegated to Microsoft.ContainerInstance/containerGroups');
    expect(run(aksSubnetNotDelegated, contractSpec())).toEqual([]);
  });
});

describe('AML-ATTACH-RESOURCE-ID', () => {
  it.each([
    ['attach with a good id', { mode: 'attach', resourceId: GOOD_ID }, null],
    [
      'attach with lower-case segments',
      {
        mode: 'attach',
        resourceId: GOOD_ID.replace('resourceGroups', 'resourcegroups').replace(
          'Microsoft.ContainerService',
          'microsoft.containerservice',
        ),
      },
      null,
    ],
    ['attach without an id', { mode: 'attach', resourceId: null }, 'has mode attach but no resourceId'],
    ['create with an id', { mode: 'create', resourceId: GOOD_ID }, 'has mode create but gives resourceId'],
    ['default mode (create) with an id', { mode: undefined, resourceId: GOOD_ID }, 'has mode create'],
    [
      'wrong provider',
      { mode: 'attach', resourceId: GOOD_ID.replace('Microsoft.ContainerService', 'Microsoft.Compute') },
      'is not an AKS cluster id',
    ],
    ['not a guid', { mode: 'attach', resourceId: GOOD_ID.replace('00000000-0000', 'abc') }, 'is not an AKS cluster id'],
    ['extra segment', { mode: 'attach', resourceId: `${GOOD_ID}/agentPools/x` }, 'is not an AKS cluster id'],
    ['missing leading slash', { mode: 'attach', resourceId: GOOD_ID.slice(1) }, 'is not an AKS cluster id'],
    ['trailing slash', { mode: 'attach', resourceId: `${GOOD_ID}/` }, 'is not an AKS cluster id'],
  ] as const)('%s', (_n, over, msg) => {
    const f = run(attachResourceId, withCluster(over));
    expect(f).toHaveLength(msg ? 1 : 0);
    if (msg) {
      expect(f[0].path).toBe('aksClusters[0].resourceId');
      expect(f[0].message).toContain(msg);
    }
  });
});

describe('AML-ATTACH-IGNORED', () => {
  it('warns once per create-only field given on attach', () => {
    const f = run(
      attachIgnoresCreateFields,
      minimalSpec({
        mode: 'attach',
        resourceId: GOOD_ID,
        vmSize: 'Standard_D4_v2',
        serviceCidr: '10.5.0.0/16',
        loadBalancerType: 'PublicIp',
      }),
    );
    expect(f.map((x) => x.path)).toEqual(['aksClusters[0].vmSize', 'aksClusters[0].serviceCidr']);
    expect(f[0].message).toContain('vmSize Standard_D4_v2 of cluster myaks is not applied on attach');
  });
  it('says nothing for create', () => {
    expect(run(attachIgnoresCreateFields, contractSpec())).toEqual([]);
  });
});

describe('AML-VNET-INFO-COMPLETE', () => {
  it.each([
    [{ serviceCidr: '10.5.0.0/16', dnsServiceIp: '10.5.0.10' }, 'sends the default 172.17.0.1/16'],
    [{ dockerBridgeCidr: '172.18.0.1/16' }, 'sends the defaults 10.0.0.0/16 and 10.0.0.10'],
  ])('warns for %j', (over, msg) => {
    const f = run(vnetInfoComplete, minimalSpec(over));
    expect(f).toHaveLength(1);
    expect(f[0].path).toBe('aksClusters[0].dockerBridgeCidr');
    expect(f[0].message).toContain(msg);
  });
  it('is quiet for all-given, all-absent, and the half pair (reported by AKS-SERVICE-CIDR-DNS-PAIR)', () => {
    expect(run(vnetInfoComplete, contractSpec())).toEqual([]);
    expect(run(vnetInfoComplete, minimalSpec())).toEqual([]);
    expect(run(vnetInfoComplete, minimalSpec({ serviceCidr: '10.5.0.0/16' }))).toEqual([]);
  });
});

describe('AML-ROLE-SCOPE-LB-SUBNET', () => {
  it.each([
    ['subnet scope, load balancer in another subnet', 'subnet', 'InternalLoadBalancer', 'aci-subnet', 1],
    ['subnet scope, load balancer in the cluster subnet', 'subnet', 'InternalLoadBalancer', 'aks-subnet', 0],
    ['subnet scope, load balancer subnet in other casing', 'subnet', 'InternalLoadBalancer', 'AKS-SUBNET', 0],
    ['subnet scope, load balancer subnet not given (the cluster subnet)', 'subnet', 'InternalLoadBalancer', null, 0],
    ['resource group scope covers every subnet', 'resourceGroup', 'InternalLoadBalancer', 'aci-subnet', 0],
    ['subnet scope with a public load balancer', 'subnet', 'PublicIp', null, 0],
  ] as const)('%s', (_t, scope, lbType, lbSubnet, count) => {
    const spec = withCluster({
      networkContributorScope: scope,
      loadBalancerType: lbType,
      loadBalancerSubnet: lbSubnet,
    });
    const findings = run(roleScopeCoversLbSubnet, spec);
    expect(findings).toHaveLength(count);
    if (count > 0) {
      expect(findings[0]).toMatchObject({ path: 'aksClusters[0].networkContributorScope' });
      expect(findings[0].message).toMatch(/goes into subnet aci-subnet/);
    }
  });
});
