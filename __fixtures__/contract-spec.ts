// A spec with every field given and valid (docs/spec-reference.md lists them): the base of rule and schema tests.
import type { Spec } from '../src/spec/types.js';

const CONTRACT_EXAMPLE: Spec = {
  version: 1,
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  location: 'eastus2',
  workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
  network: {
    resourceGroup: 'ml-rg',
    name: 'ml-vnet',
    location: 'eastus2',
    addressSpace: ['10.1.0.0/16'],
    subnets: [
      { name: 'aks-subnet', addressPrefix: '10.1.0.0/22' },
      { name: 'aci-subnet', addressPrefix: '10.1.8.0/24', delegation: 'Microsoft.ContainerInstance/containerGroups' },
    ],
    securityGroup: {
      name: 'ml-nsg',
      rules: [
        {
          name: 'allow-scoring-inbound',
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          priority: 200,
          sourceAddressPrefixes: ['203.0.113.0/24'],
          sourcePortRanges: ['*'],
          destinationAddressPrefixes: ['*'],
          destinationPortRanges: ['443'],
          description: 'Scoring clients',
        },
      ],
      restrictOutbound: false,
    },
  },
  aksClusters: [
    {
      name: 'myaks',
      mode: 'create',
      resourceId: null,
      location: 'eastus2',
      vmSize: 'Standard_D3_v2',
      agentCount: 3,
      maxPods: 30,
      maxSurge: 1,
      clusterPurpose: 'FastProd',
      subnet: 'aks-subnet',
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
    },
  ],
  aci: { subnet: 'aci-subnet' },
};

/** A fresh copy of the full example (rules memoize per spec object, so never share one between cases). */
export function contractSpec(): Spec {
  return structuredClone(CONTRACT_EXAMPLE);
}
