// The workspace live rules end to end: planSpec with the real SDK clients (through our factory, logged in with
// the emulator's GitHub OIDC token) against emulator worlds holding private endpoints, a storage account and a
// container registry in GET shape, as Azure returns them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningEmulator } from '../../emulator/types.js';
import type { JsonObject } from '../../emulator/types.js';
import type { Finding } from '../../src/rules/types.js';
import { planSpec } from '../../src/app/plan.js';
import { normaliseStorageAccount } from '../../src/azure/live/normalise.js';
import { storageSecured } from '../../src/live/types.js';
import { login, prerequisites, specOf, startTrusted } from './emulator-support.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const vnetId = (name: string): string => `${RG}/providers/Microsoft.Network/virtualNetworks/${name}`;
const subnetId = (vnet: string, name: string): string => `${vnetId(vnet)}/subnets/${name}`;
const STORAGE = `${RG}/providers/Microsoft.Storage/storageAccounts/mlstore`;
const REGISTRY = `${RG}/providers/Microsoft.ContainerRegistry/registries/mlacr01`;

const subnet = (name: string, prefix: string, delegation?: string): JsonObject => ({
  name,
  properties: {
    addressPrefix: prefix,
    ...(delegation ? { delegations: [{ name: 'd', properties: { serviceName: delegation } }] } : {}),
  },
});

/** A private endpoint in `subnet` to `target`, seeded in GET shape (the emulator adds the back-references). */
function endpoint(name: string, inSubnet: string, target: string, groupId: string): JsonObject {
  return {
    id: `${RG}/providers/Microsoft.Network/privateEndpoints/${name}`,
    name,
    type: 'Microsoft.Network/privateEndpoints',
    location: 'eastus2',
    properties: {
      subnet: { id: inSubnet },
      privateLinkServiceConnections: [
        { name: `${name}-conn`, properties: { privateLinkServiceId: target, groupIds: [groupId] } },
      ],
    },
  };
}

const otherVnet: JsonObject = {
  id: vnetId('other-vnet'),
  name: 'other-vnet',
  type: 'Microsoft.Network/virtualNetworks',
  location: 'eastus2',
  properties: { addressSpace: { addressPrefixes: ['10.9.0.0/16'] }, subnets: [subnet('pe-subnet', '10.9.0.0/24')] },
};

const storage = (acls: JsonObject): JsonObject => ({
  id: STORAGE,
  name: 'mlstore',
  type: 'Microsoft.Storage/storageAccounts',
  location: 'eastus2',
  kind: 'StorageV2',
  sku: { name: 'Standard_LRS', tier: 'Standard' },
  properties: { provisioningState: 'Succeeded', networkAcls: acls },
});

const registry: JsonObject = {
  id: REGISTRY,
  name: 'mlacr01',
  type: 'Microsoft.ContainerRegistry/registries',
  location: 'eastus2',
  sku: { name: 'Premium', tier: 'Premium' },
  properties: { provisioningState: 'Succeeded', publicNetworkAccess: 'Disabled' },
};

interface World {
  /** Subnets already in the spec's VNet. */
  subnets: JsonObject[];
  /** Anything else: endpoints, the other VNet, storage, registry. */
  extra: JsonObject[];
}

function example(file: string): string {
  return readFileSync(join(process.cwd(), 'examples', file), 'utf8');
}

/** Plans `text` against the spec's prerequisites plus `world`; the workspace names the storage and registry. */
async function planAgainst(text: string, world: World): Promise<{ findings: Finding[]; reads: string[] }> {
  const spec = specOf(text);
  const base = prerequisites(spec, { subnets: world.subnets }).map((r) =>
    r.type === 'Microsoft.MachineLearningServices/workspaces'
      ? {
          ...r,
          properties: { provisioningState: 'Succeeded', storageAccount: STORAGE, containerRegistry: REGISTRY },
        }
      : r,
  );
  const emu: RunningEmulator = await startTrusted({
    subscriptions: [spec.subscriptionId],
    resources: [...base, ...world.extra],
    timings: { lroMs: { default: 0 } },
  });
  try {
    const session = await login(emu);
    const result = await planSpec({ specPath: 'amlnet.yml', specText: text, clients: session.clients });
    if (result.status !== 'planned') throw new Error(`not planned: ${JSON.stringify(result.validation.findings)}`);
    return {
      findings: result.plan.findings,
      reads: session.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url).pathname),
    };
  } finally {
    await emu.close();
  }
}

const liveErrors = (fs: Finding[]): Finding[] =>
  fs.filter((f) => f.ruleId.startsWith('LIVE-') && f.severity === 'error');
const byRule = (fs: Finding[], id: string): Finding[] => fs.filter((f) => f.ruleId === id);

describe('examples/aci-delegated.yml (ACI in ml-vnet) with a workspace private endpoint', () => {
  const text = example('aci-delegated.yml');
  const wsId = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`;
  const peSubnet = subnet('pe-subnet', '10.1.0.0/24');

  test('(a) endpoint in the ACI VNet: no LIVE-WORKSPACE-PE-VNET, and the endpoint was read', async () => {
    const { findings, reads } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [endpoint('ws-pe', subnetId('ml-vnet', 'pe-subnet'), wsId, 'amlworkspace'), registry],
    });
    expect(byRule(findings, 'LIVE-WORKSPACE-PE-VNET')).toEqual([]);
    expect(liveErrors(findings)).toEqual([]);
    // The workspace does have a PE, so the "ACI with a private workspace" warning shows what the reader saw.
    expect(byRule(findings, 'LIVE-ACI-WITH-WORKSPACE-PE').map((f) => f.severity)).toEqual(['warning']);
    expect(reads).toContain(`${RG}/providers/Microsoft.Network/privateEndpoints/ws-pe`);
    expect(reads).toContain(REGISTRY);
  });

  test('(b) endpoint in another VNet: LIVE-WORKSPACE-PE-VNET at network.name', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [],
      extra: [otherVnet, endpoint('ws-pe', subnetId('other-vnet', 'pe-subnet'), wsId, 'amlworkspace')],
    });
    const f = byRule(findings, 'LIVE-WORKSPACE-PE-VNET');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', path: 'network.name' });
    expect(f[0].message).toContain(vnetId('other-vnet'));
    expect(f[0].line).toBeGreaterThan(0);
  });

  test('(c) the registry has an endpoint in the ACI VNet: LIVE-REGISTRY-IN-VNET at aci.subnet', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [
        endpoint('ws-pe', subnetId('ml-vnet', 'pe-subnet'), wsId, 'amlworkspace'),
        registry,
        endpoint('acr-pe', subnetId('ml-vnet', 'pe-subnet'), REGISTRY, 'registry'),
      ],
    });
    const f = byRule(findings, 'LIVE-REGISTRY-IN-VNET');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', path: 'aci.subnet' });
    expect(f[0].message).toContain(REGISTRY);
  });

  test('(c, control) a registry endpoint in another VNet is fine', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [
        otherVnet,
        endpoint('ws-pe', subnetId('ml-vnet', 'pe-subnet'), wsId, 'amlworkspace'),
        registry,
        endpoint('acr-pe', subnetId('other-vnet', 'pe-subnet'), REGISTRY, 'registry'),
      ],
    });
    expect(byRule(findings, 'LIVE-REGISTRY-IN-VNET')).toEqual([]);
  });

  test('(c, no workspace endpoint) the registry rule still holds: ACI alone forbids the registry in the VNet', async () => {
    // The seed's limitation is about ACI in the VNet, not about a private workspace.
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [registry, endpoint('acr-pe', subnetId('ml-vnet', 'pe-subnet'), REGISTRY, 'registry')],
    });
    expect(byRule(findings, 'LIVE-REGISTRY-IN-VNET').map((f) => [f.severity, f.path])).toEqual([
      ['error', 'aci.subnet'],
    ]);
  });

  test('(e) an endpoint already in the (undelegated) ACI subnet: LIVE-ACI-SUBNET-IN-USE at aci.subnet', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [subnet('aci-subnet', '10.1.8.0/24')],
      extra: [endpoint('ws-pe', subnetId('ml-vnet', 'aci-subnet'), wsId, 'amlworkspace')],
    });
    const f = byRule(findings, 'LIVE-ACI-SUBNET-IN-USE');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', path: 'aci.subnet' });
    expect(f[0].message).toContain(`${RG}/providers/Microsoft.Network/privateEndpoints/ws-pe`);
  });
});

describe('examples/aks-workspace-private-endpoint.yml (AKS in ml-vnet) and the workspace storage account', () => {
  const text = example('aks-workspace-private-endpoint.yml');
  const wsId = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws-private`;
  const peSubnet = subnet('pe-subnet', '10.5.0.0/24');
  const wsPe = endpoint('ws-pe', subnetId('ml-vnet', 'pe-subnet'), wsId, 'amlworkspace');
  const denyTo = (subnetIds: string[]): JsonObject =>
    storage({
      defaultAction: 'Deny',
      bypass: 'AzureServices',
      ipRules: [],
      virtualNetworkRules: subnetIds.map((id) => ({ id, action: 'Allow' })),
    });

  test('(a) endpoint in the VNet and storage allowing a subnet of it: no live error', async () => {
    const { findings, reads } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [wsPe, registry, denyTo([subnetId('ml-vnet', 'pe-subnet')])],
    });
    expect(liveErrors(findings)).toEqual([]);
    expect(byRule(findings, 'LIVE-STORAGE-VNET')).toEqual([]);
    expect(reads).toContain(STORAGE);
  });

  test('(d) storage restricted to a subnet of another VNet: LIVE-STORAGE-VNET at network.name', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [otherVnet, wsPe, registry, denyTo([subnetId('other-vnet', 'pe-subnet')])],
    });
    const f = byRule(findings, 'LIVE-STORAGE-VNET');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', path: 'network.name' });
    expect(f[0].message).toContain(STORAGE);
  });

  test('(d, via endpoint) a storage private endpoint in the cluster VNet satisfies the rule', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [
        otherVnet,
        wsPe,
        registry,
        denyTo([subnetId('other-vnet', 'pe-subnet')]),
        endpoint('blob-pe', subnetId('ml-vnet', 'pe-subnet'), STORAGE, 'blob'),
      ],
    });
    expect(byRule(findings, 'LIVE-STORAGE-VNET')).toEqual([]);
  });

  test('(d, public access disabled) an account reachable only through an endpoint in another VNet is a finding', async () => {
    // publicNetworkAccess Disabled secures the account whatever networkAcls says (its defaultAction may stay Allow).
    const locked = storage({ defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] });
    (locked.properties as JsonObject).publicNetworkAccess = 'Disabled';
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [
        otherVnet,
        wsPe,
        registry,
        locked,
        endpoint('blob-pe', subnetId('other-vnet', 'pe-subnet'), STORAGE, 'blob'),
      ],
    });
    expect(byRule(findings, 'LIVE-STORAGE-VNET').map((f) => [f.severity, f.path])).toEqual([['error', 'network.name']]);
  });

  test('(d, control) a storage account open to all networks is not a finding', async () => {
    const { findings } = await planAgainst(text, {
      subnets: [peSubnet],
      extra: [
        wsPe,
        registry,
        storage({ defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] }),
      ],
    });
    expect(byRule(findings, 'LIVE-STORAGE-VNET')).toEqual([]);
  });
});

describe('storageSecured (what "secured in a VNet" means for the storage rule)', () => {
  test.each([
    ['Deny', undefined, true],
    ['deny', 'Enabled', true],
    ['Allow', 'Disabled', true],
    ['Allow', 'Enabled', false],
    ['Allow', undefined, false],
    [undefined, undefined, false],
  ])('defaultAction %s, publicNetworkAccess %s -> %s', (defaultAction, publicNetworkAccess, secured) => {
    const raw = {
      id: STORAGE,
      properties: {
        ...(defaultAction !== undefined ? { networkAcls: { defaultAction } } : {}),
        ...(publicNetworkAccess !== undefined ? { publicNetworkAccess } : {}),
      },
    };
    const sa = normaliseStorageAccount(raw);
    if (sa === null) throw new Error('expected an account');
    expect(storageSecured(sa)).toBe(secured);
  });
});
