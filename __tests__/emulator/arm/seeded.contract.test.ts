// A world seeded from a state file (GET-shaped, hand-written, incomplete) read through the real SDKs.
import { NetworkManagementClient } from '@azure/arm-network';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import type { RunningEmulator } from '../../../emulator/types.js';
import { ARM_SCOPE, oidcCredential, startTrustedEmulator } from './emulator.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/net`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/vnet`;
let emu: RunningEmulator;
let network: NetworkManagementClient;
let aks: ContainerServiceClient;

beforeAll(async () => {
  emu = await startTrustedEmulator({
    state: {
      timings: { lroMs: { default: 0 } },
      resources: [
        { id: RG, location: 'eastus' },
        {
          id: VNET,
          location: 'eastus',
          properties: {
            addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
            subnets: [{ name: 'aks-subnet', properties: { addressPrefix: '10.0.1.0/24' } }],
          },
        },
        { id: `${VNET}/subnets/extra`, properties: { addressPrefix: '10.0.9.0/24' } },
        { id: `${RG}/providers/Microsoft.Network/networkSecurityGroups/nsg`, location: 'eastus', properties: {} },
        {
          id: `${RG}/providers/Microsoft.ContainerService/managedClusters/aks1`,
          location: 'eastus',
          identity: { type: 'SystemAssigned', principalId: '88888888-8888-4888-8888-888888888888' },
          properties: {
            agentPoolProfiles: [{ name: 'np', count: 3, vnetSubnetID: `${VNET}/subnets/aks-subnet` }],
            networkProfile: { networkPlugin: 'azure', serviceCidr: '10.2.0.0/16', dnsServiceIP: '10.2.0.10' },
          },
        },
      ],
    },
  });
  const cred = oidcCredential(emu);
  network = new NetworkManagementClient(cred, SUB, {
    endpoint: emu.info.armEndpoint,
    credentials: { scopes: [ARM_SCOPE] },
  });
  aks = new ContainerServiceClient(cred, SUB, { endpoint: emu.info.armEndpoint, credentials: { scopes: [ARM_SCOPE] } });
});
afterAll(async () => {
  await emu.close();
});

test('seeded subnets (inline and standalone) read back with ids, etags and provisioningState', async () => {
  const vnet = await network.virtualNetworks.get('net', 'vnet');
  expect(vnet.subnets?.map((s) => [s.name, s.id, s.provisioningState, typeof s.etag])).toEqual([
    ['aks-subnet', `${VNET}/subnets/aks-subnet`, 'Succeeded', 'string'],
    ['extra', `${VNET}/subnets/extra`, 'Succeeded', 'string'],
  ]);
  const nsg = await network.networkSecurityGroups.get('net', 'nsg');
  expect(nsg.defaultSecurityRules).toHaveLength(6);
});

test('a seeded cluster marks its subnet used and keeps its identity', async () => {
  const subnet = await network.subnets.get('net', 'vnet', 'aks-subnet');
  // 3 Azure CNI nodes, each with its own address and 30 (the default maxPods) for its pods
  // (https://learn.microsoft.com/azure/aks/azure-cni-overview#plan-ip-addressing-for-your-cluster).
  expect(subnet.ipConfigurations?.length).toBe(3 * (1 + 30));
  const cluster = await aks.managedClusters.get('net', 'aks1');
  expect(cluster.provisioningState).toBe('Succeeded');
  expect(cluster.identity?.principalId).toBe('88888888-8888-4888-8888-888888888888');
  await expect(
    network.subnets.createOrUpdate(
      'net',
      'vnet',
      'aks-subnet',
      {
        addressPrefix: '10.0.1.0/24',
        delegations: [{ name: 'd', serviceName: 'Microsoft.ContainerInstance/containerGroups' }],
      },
      { updateIntervalInMs: 0 },
    ),
  ).rejects.toMatchObject({ statusCode: 400, code: 'SubnetDelegationsCannotChangeWhenSubnetUsedByResource' });
});
