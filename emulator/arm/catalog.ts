// Which resource types and api-versions the emulator serves, with ARM's canonical casing.
// The versions include at least what the npm SDKs send (each SDK's default api-version, in its package's dist/).

export const API_VERSIONS: Record<string, string[]> = {
  'microsoft.resources': [
    '2016-09-01',
    '2018-05-01',
    '2019-10-01',
    '2020-06-01',
    '2021-01-01',
    '2021-04-01',
    '2022-09-01',
    '2023-07-01',
    '2024-03-01',
    '2024-07-01',
    '2024-11-01',
    '2025-03-01',
    '2025-04-01',
  ],
  'microsoft.network': [
    '2023-09-01',
    '2023-11-01',
    '2024-01-01',
    '2024-03-01',
    '2024-05-01',
    '2024-07-01',
    '2024-10-01',
    '2025-01-01',
    '2025-03-01',
    '2025-05-01',
    '2025-07-01',
    '2026-01-01',
  ],
  'microsoft.containerservice': [
    '2024-09-01',
    '2025-01-01',
    '2025-05-01',
    '2025-07-01',
    '2025-08-01',
    '2025-09-01',
    '2025-10-01',
    '2026-01-01',
    '2026-02-01',
    '2026-03-01',
    '2026-04-01',
    '2026-05-01',
    '2026-06-01',
  ],
  'microsoft.machinelearningservices': [
    '2022-05-01',
    '2022-10-01',
    '2022-12-01',
    '2023-04-01',
    '2023-10-01',
    '2024-04-01',
    '2024-10-01',
    '2025-04-01',
    '2025-06-01',
    '2025-09-01',
  ],
  // What amlnet's reader sends (src/azure/live/read.ts STORAGE_API_VERSION / REGISTRY_API_VERSION) and neighbours.
  'microsoft.storage': ['2022-09-01', '2023-01-01', '2023-05-01', '2024-01-01'],
  'microsoft.containerregistry': ['2022-12-01', '2023-07-01'],
  'microsoft.authorization': [
    '2015-07-01',
    '2018-01-01-preview',
    '2020-04-01-preview',
    '2020-10-01',
    '2020-10-01-preview',
    '2022-04-01',
    '2022-05-01-preview',
  ],
};

/** Canonical names of the resource types served, keyed by the lower-cased full type. */
const TYPES = [
  'Microsoft.Network/virtualNetworks',
  'Microsoft.Network/virtualNetworks/subnets',
  'Microsoft.Network/networkSecurityGroups',
  'Microsoft.Network/networkSecurityGroups/securityRules',
  'Microsoft.Network/networkSecurityGroups/defaultSecurityRules',
  'Microsoft.Network/privateEndpoints',
  'Microsoft.Storage/storageAccounts',
  'Microsoft.ContainerRegistry/registries',
  'Microsoft.ContainerService/managedClusters',
  'Microsoft.MachineLearningServices/workspaces',
  'Microsoft.MachineLearningServices/workspaces/computes',
];
const CANONICAL = new Map(TYPES.map((t) => [t.toLowerCase(), t]));

export function canonicalType(fullType: string): string | undefined {
  return CANONICAL.get(fullType.toLowerCase());
}

export const T = {
  vnet: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  nsg: 'Microsoft.Network/networkSecurityGroups',
  rule: 'Microsoft.Network/networkSecurityGroups/securityRules',
  defaultRule: 'Microsoft.Network/networkSecurityGroups/defaultSecurityRules',
  privateEndpoint: 'Microsoft.Network/privateEndpoints',
  storageAccount: 'Microsoft.Storage/storageAccounts',
  registry: 'Microsoft.ContainerRegistry/registries',
  cluster: 'Microsoft.ContainerService/managedClusters',
  workspace: 'Microsoft.MachineLearningServices/workspaces',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  resourceGroup: 'Microsoft.Resources/resourceGroups',
  roleAssignment: 'Microsoft.Authorization/roleAssignments',
  roleDefinition: 'Microsoft.Authorization/roleDefinitions',
} as const;
