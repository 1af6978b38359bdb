// Specs and live states for the plan's pure tests. Live states are built the way the reader normalises
// Azure's answers, so the diff and the live rules are tested on the shapes they really get.
import type { AksClusterSpec, Spec } from '../../src/spec/types.js';
import type {
  LiveCompute,
  LiveManagedCluster,
  LiveNsg,
  LiveRoleAssignment,
  LiveSecurityRule,
  LiveState,
  LiveSubnet,
  LiveVnet,
  LiveWorkspace,
} from '../../src/live/types.js';

export const SUB = '00000000-0000-0000-0000-000000000000';
export const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
export const VNET_ID = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
export const NSG_ID = `${RG}/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;
export const WS_ID = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`;
export const ACI = 'Microsoft.ContainerInstance/containerGroups';
export const PRINCIPAL = 'aaaaaaaa-0000-4000-8000-000000000001';
export const MC_ID = `/subscriptions/${SUB}/resourceGroups/aks-rg/providers/Microsoft.ContainerService/managedClusters/existing`;

export function cluster(over: Partial<AksClusterSpec> = {}): AksClusterSpec {
  return {
    name: 'myaks',
    mode: 'create',
    vmSize: 'Standard_D3_v2',
    agentCount: 3,
    subnet: 'aks-subnet',
    networkPlugin: 'azure',
    serviceCidr: '10.0.0.0/16',
    dnsServiceIp: '10.0.0.10',
    dockerBridgeCidr: '172.17.0.1/16',
    loadBalancerType: 'PublicIp',
    ...over,
  };
}

export function baseSpec(over: Partial<Spec> = {}): Spec {
  return {
    version: 1,
    subscriptionId: SUB,
    location: 'eastus2',
    workspace: { resourceGroup: 'ml-rg', name: 'ml-ws' },
    network: {
      resourceGroup: 'ml-rg',
      name: 'ml-vnet',
      addressSpace: ['10.1.0.0/16'],
      subnets: [
        { name: 'aks-subnet', addressPrefix: '10.1.0.0/22' },
        { name: 'aci-subnet', addressPrefix: '10.1.8.0/24', delegation: ACI },
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
      },
    },
    aksClusters: [cluster()],
    ...over,
  };
}

export function subnet(name: string, prefix: string, over: Partial<LiveSubnet> = {}): LiveSubnet {
  return {
    id: `${VNET_ID}/subnets/${name}`,
    name,
    addressPrefix: prefix,
    addressPrefixes: [prefix],
    networkSecurityGroupId: null,
    delegations: [],
    ipConfigurationIds: [],
    privateEndpointIds: [],
    serviceAssociationLinkIds: [],
    raw: {},
    ...over,
  };
}

export function vnet(subnets: LiveSubnet[], over: Partial<LiveVnet> = {}): LiveVnet {
  return {
    id: VNET_ID,
    name: 'ml-vnet',
    resourceGroup: 'ml-rg',
    location: 'eastus2',
    addressSpace: ['10.1.0.0/16'],
    subnets,
    ...over,
  };
}

export function liveRule(over: Partial<LiveSecurityRule> = {}): LiveSecurityRule {
  return {
    id: `${NSG_ID}/securityRules/allow-scoring-inbound`,
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
    ...over,
  };
}

export function nsg(rules: LiveSecurityRule[] = [liveRule()], over: Partial<LiveNsg> = {}): LiveNsg {
  return { id: NSG_ID, name: 'ml-nsg', location: 'eastus2', rules, subnetIds: [], ownedRules: [], ...over };
}

export function workspace(over: Partial<LiveWorkspace> = {}): LiveWorkspace {
  return {
    id: WS_ID,
    name: 'ml-ws',
    location: 'eastus2',
    storageAccountId: null,
    containerRegistryId: null,
    privateEndpoints: [],
    ...over,
  };
}

export function compute(over: Partial<LiveCompute> = {}): LiveCompute {
  return {
    id: `${WS_ID}/computes/myaks`,
    name: 'myaks',
    computeType: 'AKS',
    resourceId: MC_ID,
    computeLocation: 'eastus2',
    provisioningState: 'Succeeded',
    isAttachedCompute: false,
    agentCount: 3,
    agentVmSize: 'Standard_D3_v2',
    clusterPurpose: 'FastProd',
    loadBalancerType: 'PublicIp',
    loadBalancerSubnet: null,
    aksNetworkingConfiguration: {
      subnetId: `${VNET_ID}/subnets/aks-subnet`,
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    },
    ...over,
  };
}

export function managedCluster(over: Partial<LiveManagedCluster> = {}): LiveManagedCluster {
  return {
    id: MC_ID,
    name: 'existing',
    location: 'eastus2',
    principalId: PRINCIPAL,
    identityType: 'SystemAssigned',
    usesServicePrincipal: false,
    networkPlugin: 'azure',
    networkPluginMode: null,
    podCidr: null,
    serviceCidr: '10.0.0.0/16',
    dnsServiceIP: '10.0.0.10',
    enablePrivateCluster: false,
    enablePrivateClusterPublicFqdn: false,
    subnetIds: [`${VNET_ID}/subnets/aks-subnet`],
    ...over,
  };
}

export function networkContributor(scope: string, over: Partial<LiveRoleAssignment> = {}): LiveRoleAssignment {
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/11111111-2222-4333-8444-555555555555`,
    name: '11111111-2222-4333-8444-555555555555',
    scope,
    roleDefinitionGuid: '4d97b98b-1d4f-4787-a291-c67834d212e7',
    principalId: PRINCIPAL,
    ...over,
  };
}

/** Azure with the VNet (no subnets), no NSG, the workspace, and no compute. */
export function emptyLive(over: Partial<LiveState> = {}): LiveState {
  return {
    subscriptionId: SUB,
    vnet: vnet([]),
    nsg: null,
    workspace: workspace(),
    computes: { myaks: null },
    managedClusters: {},
    roleAssignments: {},
    privateEndpoints: {},
    permissions: { actions: ['*'], notActions: [] },
    ...over,
  };
}

/** Azure exactly as the base spec wants it, with the cluster existing and its role granted. */
export function matchingLive(over: Partial<LiveState> = {}): LiveState {
  return emptyLive({
    vnet: vnet([
      subnet('aks-subnet', '10.1.0.0/22', { networkSecurityGroupId: NSG_ID }),
      subnet('aci-subnet', '10.1.8.0/24', { networkSecurityGroupId: NSG_ID, delegations: [ACI] }),
    ]),
    nsg: nsg(),
    computes: { myaks: compute() },
    managedClusters: { [MC_ID.toLowerCase()]: managedCluster() },
    roleAssignments: { [PRINCIPAL]: [networkContributor(RG)] },
    ...over,
  });
}
