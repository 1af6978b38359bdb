// The documented NSG service tags (MicrosoftDocs/azure-docs articles/virtual-network/service-tags-overview.md,
// "Available service tags"), with the table's "Regional" column. A regional tag may take a region suffix
// (`Storage.WestUS`, `AzureContainerRegistry.EastUS`); a non-regional one may not. Dotted names that are tags in
// their own right (AzureFrontDoor.Frontend) are listed whole. Names compare case-insensitively.
// This is the subset relevant to AML inferencing networks plus the common platform tags; extend it as needed.
import { isKnownRegion, regionKey, regionTagForm } from './azure-regions.js';

export const SERVICE_TAGS: Readonly<Record<string, { regional: boolean }>> = {
  ActionGroup: { regional: false },
  ApiManagement: { regional: true },
  AppConfiguration: { regional: false },
  AppService: { regional: true },
  AppServiceManagement: { regional: false },
  AzureActiveDirectory: { regional: false },
  AzureActiveDirectoryDomainServices: { regional: false },
  AzureAdvancedThreatProtection: { regional: false },
  AzureBotService: { regional: false },
  AzureCloud: { regional: true },
  AzureCognitiveSearch: { regional: false },
  AzureConnectors: { regional: true },
  AzureContainerRegistry: { regional: true },
  AzureCosmosDB: { regional: true },
  AzureDatabricks: { regional: false },
  AzureDataLake: { regional: false },
  AzureDevOps: { regional: false },
  AzureEventGrid: { regional: false },
  'AzureFrontDoor.Frontend': { regional: false },
  'AzureFrontDoor.Backend': { regional: false },
  'AzureFrontDoor.FirstParty': { regional: false },
  AzureIoTHub: { regional: true },
  AzureKeyVault: { regional: true },
  AzureLoadBalancer: { regional: false },
  AzureMachineLearning: { regional: false },
  AzureMonitor: { regional: false },
  AzurePortal: { regional: false },
  AzureResourceManager: { regional: false },
  AzureSignalR: { regional: false },
  AzureSiteRecovery: { regional: false },
  AzureTrafficManager: { regional: false },
  BatchNodeManagement: { regional: true },
  CognitiveServicesManagement: { regional: false },
  DataFactory: { regional: true },
  EventHub: { regional: true },
  GatewayManager: { regional: false },
  GuestAndHybridManagement: { regional: false },
  HDInsight: { regional: true },
  Internet: { regional: false },
  LogicApps: { regional: true },
  MicrosoftContainerRegistry: { regional: true },
  ServiceBus: { regional: true },
  ServiceFabric: { regional: true },
  Sql: { regional: true },
  SqlManagement: { regional: false },
  Storage: { regional: true },
  VirtualNetwork: { regional: false },
};

const BY_KEY = new Map(Object.entries(SERVICE_TAGS).map(([name, info]) => [name.toLowerCase(), { name, ...info }]));

export type TagCheck =
  | { ok: true; tag: string; region?: string }
  | { ok: false; reason: 'unknown-tag' | 'not-regional' | 'unknown-region'; tag?: string; region?: string };

/** Checks a service tag, optionally with a region suffix. */
export function checkServiceTag(value: string): TagCheck {
  const whole = BY_KEY.get(value.toLowerCase());
  if (whole) return { ok: true, tag: whole.name };
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return { ok: false, reason: 'unknown-tag' };
  const base = BY_KEY.get(value.slice(0, dot).toLowerCase());
  const region = value.slice(dot + 1);
  if (!base) return { ok: false, reason: 'unknown-tag' };
  if (!base.regional) return { ok: false, reason: 'not-regional', tag: base.name, region };
  if (!isKnownRegion(region)) return { ok: false, reason: 'unknown-region', tag: base.name, region };
  return { ok: true, tag: base.name, region: regionKey(region) };
}

/** A regional tag in Azure's form, e.g. regionalTag('AzureContainerRegistry', 'eastus2') -> AzureContainerRegistry.EastUS2. */
export function regionalTag(tag: string, location: string): string | undefined {
  const form = regionTagForm(location);
  return form ? `${tag}.${form}` : undefined;
}
