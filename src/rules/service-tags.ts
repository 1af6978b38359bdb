// The documented NSG service tags and their "Can be regional?" column, from the "Available service tags" table of
// MicrosoftDocs/azure-docs `articles/virtual-network/service-tags-overview.md`. A regional tag may take a region
// suffix (`Storage.WestUS`, `AzureContainerRegistry.EastUS`); a non-regional one may not. Dotted names that are tags
// in their own right (AzureFrontDoor.Frontend) are listed whole. Names compare case-insensitively.
//
// Sources (checked entry by entry, 2026-11-24):
// - Newest table seen: the copy in specialized806/azure-docs (a fork of MicrosoftDocs/azure-docs)
//   @ 889569b0e9d81894bb58f268e8e0ab9df9a887bb, ms.date 07/15/2025. Its tags and regional flags win.
// - Newest copy in MicrosoftDocs/azure-docs itself: @ 17341f4516c69aa9aa882cac74a208108e3967fd (2024 wording).
//   Tags in that table but no longer in the 2025 one are kept (marked below): Azure still documents some of them
//   elsewhere (AzureMachineLearning in the AML network docs) and rejecting a tag Azure accepts would block a valid
//   spec, while accepting a retired one only fails later at apply with Azure's own error.
// - The older copy @ 0006b73836f4e566c110ff53fe64e0f90982a47a (ms.date 4/23/2021)
//   marked AzureFrontDoor.* "regional: No". Both later tables say Yes, but amlnet keeps No on purpose: the product's
//   rule (issue #2: "AzureFrontDoor.Frontend.EastUS is not fine") follows that table, and the AML
//   docs only ever ask for the global AzureFrontDoor.Frontend. Revisit if Azure ML documents a regional form.
// - Same article, "Discover service tags by using downloadable JSON files": AzureCloud's regional tags for some
//   regions do not follow the normal schema (AzureCloud.centralfrance for FranceCentral, ...): AZURE_CLOUD_IRREGULAR.
import { isKnownRegion, regionKey, regionTagForm } from './azure-regions.js';

export const SERVICE_TAGS: Readonly<Record<string, { regional: boolean }>> = {
  ActionGroup: { regional: false },
  ApiManagement: { regional: true },
  AppConfiguration: { regional: false },
  ApplicationInsightsAvailability: { regional: false },
  AppService: { regional: true },
  AppServiceManagement: { regional: false },
  AutonomousDevelopmentPlatform: { regional: true }, // in the 2024 table, not the 2025 one
  AzureActiveDirectory: { regional: false },
  AzureActiveDirectoryDomainServices: { regional: false },
  AzureAdvancedThreatProtection: { regional: false },
  AzureArcInfrastructure: { regional: false },
  AzureAttestation: { regional: false },
  AzureBackup: { regional: false },
  AzureBotService: { regional: false },
  AzureCloud: { regional: true },
  AzureCognitiveSearch: { regional: false },
  AzureConnectors: { regional: true },
  AzureContainerAppsService: { regional: true }, // in the 2024 table, not the 2025 one
  AzureContainerRegistry: { regional: true },
  AzureCosmosDB: { regional: true },
  AzureDatabricks: { regional: false },
  AzureDataExplorerManagement: { regional: false },
  AzureDataLake: { regional: false }, // in the 2024 table, not the 2025 one
  AzureDeviceUpdate: { regional: false },
  AzureDevOps: { regional: true },
  AzureDevSpaces: { regional: false }, // in the 2024 table, not the 2025 one
  AzureDigitalTwins: { regional: false },
  AzureEventGrid: { regional: false },
  'AzureFrontDoor.Backend': { regional: false },
  'AzureFrontDoor.FirstParty': { regional: false },
  'AzureFrontDoor.Frontend': { regional: false },
  'AzureFrontDoor.MicrosoftSecurity': { regional: false },
  AzureHealthcareAPIs: { regional: false },
  AzureInformationProtection: { regional: false },
  AzureIoTHub: { regional: true },
  AzureKeyVault: { regional: true },
  AzureLoadBalancer: { regional: false },
  AzureLoadTestingInstanceManagement: { regional: false }, // in the 2024 table, not the 2025 one
  AzureMachineLearning: { regional: false }, // in the 2024 table, not the 2025 one
  AzureMachineLearningInference: { regional: false },
  AzureManagedGrafana: { regional: false },
  AzureMonitor: { regional: false },
  AzureOpenDatasets: { regional: false },
  AzurePlatformDNS: { regional: false },
  AzurePlatformIMDS: { regional: false },
  AzurePlatformLKM: { regional: false },
  AzureResourceManager: { regional: false },
  AzureSentinel: { regional: false },
  AzureSignalR: { regional: false },
  AzureSiteRecovery: { regional: false },
  AzureSphere: { regional: false },
  AzureSpringCloud: { regional: false },
  AzureStack: { regional: false },
  AzureTrafficManager: { regional: false },
  AzureUpdateDelivery: { regional: false },
  AzureWebPubSub: { regional: true },
  BatchNodeManagement: { regional: true },
  ChaosStudio: { regional: false },
  CognitiveServicesFrontend: { regional: false },
  CognitiveServicesManagement: { regional: false },
  DataFactory: { regional: true },
  DataFactoryManagement: { regional: false },
  Dynamics365BusinessCentral: { regional: false },
  Dynamics365ForMarketingEmail: { regional: true },
  EOPExternalPublishedIPs: { regional: false },
  EventHub: { regional: true },
  GatewayManager: { regional: false },
  GuestAndHybridManagement: { regional: false },
  HDInsight: { regional: true },
  Internet: { regional: false },
  KustoAnalytics: { regional: false },
  LogicApps: { regional: false },
  LogicAppsManagement: { regional: false },
  M365ManagementActivityApi: { regional: true },
  M365ManagementActivityApiWebhook: { regional: true },
  Marketplace: { regional: false }, // in the 2024 table, not the 2025 one
  MicrosoftAzureFluidRelay: { regional: false },
  MicrosoftCloudAppSecurity: { regional: false },
  MicrosoftContainerRegistry: { regional: true }, // in the 2024 table, not the 2025 one
  MicrosoftDefenderForEndpoint: { regional: false },
  MicrosoftPurviewPolicyDistribution: { regional: false }, // in the 2024 table, not the 2025 one
  PowerBI: { regional: true },
  PowerPlatformInfra: { regional: true },
  PowerPlatformPlex: { regional: true },
  PowerQueryOnline: { regional: false },
  Scuba: { regional: false },
  SerialConsole: { regional: false },
  ServiceBus: { regional: true },
  ServiceFabric: { regional: false },
  Sql: { regional: true },
  SqlManagement: { regional: false },
  Storage: { regional: true },
  StorageMover: { regional: true },
  StorageSyncService: { regional: false },
  SystemServiceAzureSpringAppsResourceProvider: { regional: true },
  VideoIndexer: { regional: false },
  VirtualNetwork: { regional: false },
  WindowsAdminCenter: { regional: false },
  WindowsVirtualDesktop: { regional: false },
};

/**
 * AzureCloud's regional tag names that are not `AzureCloud.<Region>` (irregular name -> region key), as listed by
 * service-tags-overview.md. The staging ones (usstagee, usstagec) are left out: they are not customer regions.
 */
const AZURE_CLOUD_IRREGULAR: Readonly<Record<string, string>> = {
  centralfrance: 'francecentral',
  southfrance: 'francesouth',
  germanywc: 'germanywestcentral',
  germanyn: 'germanynorth',
  norwaye: 'norwayeast',
  norwayw: 'norwaywest',
  switzerlandn: 'switzerlandnorth',
  switzerlandw: 'switzerlandwest',
  brazilse: 'brazilsoutheast',
};
const AZURE_CLOUD_BY_REGION = new Map(Object.entries(AZURE_CLOUD_IRREGULAR).map(([alias, key]) => [key, alias]));

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
  const irregular = base.name === 'AzureCloud' ? AZURE_CLOUD_IRREGULAR[region.toLowerCase()] : undefined;
  if (irregular) return { ok: true, tag: base.name, region: irregular };
  if (!isKnownRegion(region)) return { ok: false, reason: 'unknown-region', tag: base.name, region };
  return { ok: true, tag: base.name, region: regionKey(region) };
}

/**
 * A regional tag in Azure's form, e.g. regionalTag('AzureContainerRegistry', 'eastus2') -> AzureContainerRegistry.EastUS2,
 * and AzureCloud's documented irregular names (regionalTag('AzureCloud', 'francecentral') -> AzureCloud.centralfrance).
 */
export function regionalTag(tag: string, location: string): string | undefined {
  const form = regionTagForm(location);
  if (!form) return undefined;
  const irregular = tag === 'AzureCloud' ? AZURE_CLOUD_BY_REGION.get(regionKey(location)) : undefined;
  return `${tag}.${irregular ?? form}`;
}
