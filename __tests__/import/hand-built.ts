// Hand-built Azure ML inferencing setups, made the way a person follows the documented procedure: ARM requests
// through the Azure SDK clients to the emulator (create the VNet and subnets, the NSG and its rules, associate it,
// create or attach the AKS compute, grant Network Contributor, switch to an internal load balancer). Only the
// resource groups and the workspace are seeded: amlnet never creates those.
// Procedure: https://learn.microsoft.com/en-us/azure/machine-learning/v1/how-to-secure-inferencing-vnet
import { randomUUID } from 'node:crypto';
import type { Aks } from '@azure/arm-machinelearning';
import type { RunningEmulator } from '../../emulator/types.js';
import type { AzureClients } from '../../src/azure/clients.js';
import { login, startTrusted } from '../plan/emulator-support.js';
import { NETWORK_CONTRIBUTOR_ROLE_GUID, roleDefinitionId } from '../../src/plan/roles.js';

export const SUB = '00000000-0000-0000-0000-000000000000';
export const LOCATION = 'eastus2';
export const RG = 'ml-rg';
export const WS = 'ml-ws';
export const VNET = 'ml-vnet';
export const NSG = 'ml-nsg';
export const rgId = (rg: string = RG): string => `/subscriptions/${SUB}/resourceGroups/${rg}`;
export const vnetId = (rg: string = RG, vnet: string = VNET): string =>
  `${rgId(rg)}/providers/Microsoft.Network/virtualNetworks/${vnet}`;
export const subnetId = (name: string, rg: string = RG): string => `${vnetId(rg)}/subnets/${name}`;
export const nsgId = (rg: string = RG, nsg: string = NSG): string =>
  `${rgId(rg)}/providers/Microsoft.Network/networkSecurityGroups/${nsg}`;
export const clusterId = (name: string, rg: string = RG): string =>
  `${rgId(rg)}/providers/Microsoft.ContainerService/managedClusters/${name}`;

export interface Built {
  emu: RunningEmulator;
  clients: AzureClients;
  close(): Promise<void>;
}

/** An emulator holding only the resource groups and the workspace; the SDK clients logged in through OIDC. */
export async function emptyWorld(groups: string[] = [RG]): Promise<Built> {
  const emu = await startTrusted({
    subscriptions: [SUB],
    resources: [
      ...groups.map((rg) => ({
        id: rgId(rg),
        name: rg,
        type: 'Microsoft.Resources/resourceGroups',
        location: LOCATION,
        properties: { provisioningState: 'Succeeded' },
      })),
      {
        id: `${rgId()}/providers/Microsoft.MachineLearningServices/workspaces/${WS}`,
        name: WS,
        type: 'Microsoft.MachineLearningServices/workspaces',
        location: LOCATION,
        properties: { provisioningState: 'Succeeded' },
      },
    ],
    timings: { lroMs: { default: 0 } },
  });
  const session = await login(emu);
  return { emu, clients: session.clients, close: () => emu.close() };
}

export interface SubnetInput {
  name: string;
  prefix: string;
  delegation?: string;
  /** Associate the NSG (default true). */
  nsg?: boolean;
  serviceEndpoints?: string[];
  privateEndpointNetworkPolicies?: 'Enabled' | 'Disabled';
}

export interface RuleInput {
  name: string;
  priority: number;
  direction: 'Inbound' | 'Outbound';
  access?: 'Allow' | 'Deny';
  protocol?: string;
  source?: string | string[];
  destination?: string | string[];
  ports?: string | string[];
  description?: string;
}

export async function createNetwork(
  clients: AzureClients,
  input: { addressSpace: string[]; subnets: SubnetInput[]; rules?: RuleInput[]; nsg?: boolean },
): Promise<void> {
  const n = await clients.network();
  await n.virtualNetworks.beginCreateOrUpdateAndWait(RG, VNET, {
    location: LOCATION,
    addressSpace: { addressPrefixes: input.addressSpace },
  });
  const withNsg = input.nsg ?? true;
  if (withNsg) {
    await n.networkSecurityGroups.beginCreateOrUpdateAndWait(RG, NSG, {
      location: LOCATION,
      securityRules: (input.rules ?? []).map((r) => {
        const list = (v: string | string[] | undefined, one: string, many: string) =>
          Array.isArray(v) ? { [many]: v } : { [one]: v ?? '*' };
        return {
          name: r.name,
          priority: r.priority,
          direction: r.direction,
          access: r.access ?? 'Allow',
          protocol: r.protocol ?? 'Tcp',
          ...list(r.source, 'sourceAddressPrefix', 'sourceAddressPrefixes'),
          sourcePortRange: '*',
          ...list(r.destination, 'destinationAddressPrefix', 'destinationAddressPrefixes'),
          ...list(r.ports, 'destinationPortRange', 'destinationPortRanges'),
          ...(r.description !== undefined ? { description: r.description } : {}),
        };
      }),
    });
  }
  for (const s of input.subnets) {
    await n.subnets.beginCreateOrUpdateAndWait(RG, VNET, s.name, {
      addressPrefix: s.prefix,
      ...(withNsg && s.nsg !== false ? { networkSecurityGroup: { id: nsgId() } } : {}),
      ...(s.delegation !== undefined ? { delegations: [{ name: 'delegation', serviceName: s.delegation }] } : {}),
      ...(s.serviceEndpoints !== undefined
        ? { serviceEndpoints: s.serviceEndpoints.map((service) => ({ service })) }
        : {}),
      ...(s.privateEndpointNetworkPolicies !== undefined
        ? { privateEndpointNetworkPolicies: s.privateEndpointNetworkPolicies }
        : {}),
    });
  }
}

/** Creates an AKS compute through Azure ML (AML creates the managed cluster); returns the cluster id. */
export async function createAksCompute(
  clients: AzureClients,
  name: string,
  net: { subnet: string; serviceCidr: string; dnsServiceIP: string; dockerBridgeCidr: string },
  opts: { clusterPurpose?: string; agentCount?: number } = {},
): Promise<string> {
  const ml = await clients.machineLearning();
  const c = await ml.computeOperations.beginCreateOrUpdateAndWait(RG, WS, name, {
    location: LOCATION,
    properties: {
      computeType: 'AKS',
      computeLocation: LOCATION,
      properties: {
        agentCount: opts.agentCount ?? 3,
        agentVmSize: 'Standard_D3_v2',
        clusterPurpose: opts.clusterPurpose ?? 'FastProd',
        loadBalancerType: 'PublicIp',
        aksNetworkingConfiguration: { subnetId: subnetId(net.subnet), ...net },
      },
    },
  });
  const id = c.properties?.resourceId;
  if (id === undefined) throw new Error(`compute ${name} has no cluster: ${JSON.stringify(c)}`);
  return id;
}

/** Creates a managed cluster with AKS itself (private, kubenet, ...), then attaches it to the workspace. */
export async function createAndAttachCluster(
  clients: AzureClients,
  name: string,
  cluster: {
    subnet: string;
    networkPlugin: 'azure' | 'kubenet';
    networkPluginMode?: 'overlay';
    podCidr?: string;
    serviceCidr: string;
    dnsServiceIP: string;
    privateCluster?: boolean;
    maxPods?: number;
    count?: number;
  },
): Promise<string> {
  const aks = await clients.containerService();
  await aks.managedClusters.beginCreateOrUpdateAndWait(RG, name, {
    location: LOCATION,
    dnsPrefix: name,
    identity: { type: 'SystemAssigned' },
    agentPoolProfiles: [
      {
        name: 'agentpool',
        mode: 'System',
        osType: 'Linux',
        count: cluster.count ?? 3,
        vmSize: 'Standard_D3_v2',
        ...(cluster.maxPods !== undefined ? { maxPods: cluster.maxPods } : {}),
        vnetSubnetID: subnetId(cluster.subnet),
      },
    ],
    networkProfile: {
      networkPlugin: cluster.networkPlugin,
      ...(cluster.networkPluginMode !== undefined ? { networkPluginMode: cluster.networkPluginMode } : {}),
      ...(cluster.podCidr !== undefined ? { podCidr: cluster.podCidr } : {}),
      serviceCidr: cluster.serviceCidr,
      dnsServiceIP: cluster.dnsServiceIP,
      loadBalancerSku: 'standard',
    },
    ...(cluster.privateCluster ? { apiServerAccessProfile: { enablePrivateCluster: true } } : {}),
  });
  const ml = await clients.machineLearning();
  await ml.computeOperations.beginCreateOrUpdateAndWait(RG, WS, name, {
    location: LOCATION,
    properties: { computeType: 'AKS', resourceId: clusterId(name), properties: { clusterPurpose: 'DevTest' } },
  });
  return clusterId(name);
}

/** Network Contributor for the cluster's identity at `scope` (the VNet's resource group by default). */
export async function grantNetworkContributor(clients: AzureClients, cluster: string, scope: string): Promise<void> {
  const aks = await clients.containerService();
  const parsed = cluster.split('/');
  const mc = await aks.managedClusters.get(parsed[4], parsed[8]);
  const principalId = mc.identity?.principalId;
  if (principalId === undefined) throw new Error(`${cluster} has no identity`);
  const auth = await clients.authorization();
  await auth.roleAssignments.create(scope, randomUUID(), {
    roleDefinitionId: roleDefinitionId(SUB, NETWORK_CONTRIBUTOR_ROLE_GUID),
    principalId,
    principalType: 'ServicePrincipal',
  });
}

/** Switches a compute's scoring to an internal load balancer in `subnet` (after the role: Azure needs it). */
export async function switchToInternalLoadBalancer(
  clients: AzureClients,
  compute: string,
  subnet: string,
): Promise<void> {
  const ml = await clients.machineLearning();
  const live = (await ml.computeOperations.get(RG, WS, compute)).properties as Aks;
  const aks: Aks = {
    computeType: 'AKS',
    ...(live.resourceId !== undefined ? { resourceId: live.resourceId } : {}),
    properties: { ...live.properties, loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: subnet },
  };
  await ml.computeOperations.beginCreateOrUpdateAndWait(RG, WS, compute, { location: LOCATION, properties: aks });
}
