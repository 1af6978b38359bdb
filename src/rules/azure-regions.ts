// Azure region names (the `name` column of `az account list-locations`, lower case) and the casing Azure uses for
// them in regional service tags (e.g. AzureContainerRegistry.EastUS2; service-tags-overview.md's own example is
// `Storage.WestUS`). Region names are compared case-insensitively and without spaces, so "East US 2" also matches.
// An unknown region is a warning, not an error, in the compute rules because Azure keeps adding regions.
//
// Sources (checked entry by entry, 2026-11-24):
// - Public cloud: MicrosoftDocs/reliability-docs `articles/reliability/regions-list.md`
//   @ 01021ab80d1aebd1d8b5de481d80a9855b487954 (ms.date 09/23/2025), "Programmatic name" column. Every public region
//   there is listed here; DenmarkEast is marked "coming soon" there. SwedenSouth appears there only as Sweden
//   Central's (restricted) paired region and is an `AzureLocation` in the .NET SDK below.
// - Early-access (EUAP) and Jio India regions, which regions-list.md omits: a real `ListLocations` response quoted in
//   cloud-barista/cb-spider `cloud-control-manager/cloud-driver/drivers/azure/resources/RegionZoneHandler.go`
//   (eastus2euap, centraluseuap, jioindiacentral, jioindiawest).
// - Azure Government and 21Vianet (China) regions, and the tag casing of multi-word/acronym names (UAENorth,
//   UKSouth, USDoDEast, USGovVirginia, EastUS2, ...): Azure/azure-sdk-for-net `sdk/core/Azure.Core/src/AzureLocation.cs`
//   @ 8802eec94a69e64277f74439f3e1c351a6f22d60. Deliberately omitted from that file: usgoviowa, germanycentral and
//   germanynortheast (retired clouds/regions).
// - Not verified: the exact casing Azure's service-tag JSON uses for the newest regions (NewZealandNorth,
//   IndonesiaCentral, MalaysiaWest, ChileCentral, AustriaEast, BelgiumCentral, DenmarkEast, JioIndia*, *EUAP); they
//   follow the display name's words like every verified entry.
const REGION_TAG_FORMS = [
  // Americas
  'EastUS',
  'EastUS2',
  'CentralUS',
  'NorthCentralUS',
  'SouthCentralUS',
  'WestCentralUS',
  'WestUS',
  'WestUS2',
  'WestUS3',
  'CanadaCentral',
  'CanadaEast',
  'BrazilSouth',
  'BrazilSoutheast',
  'MexicoCentral',
  'ChileCentral',
  // Europe
  'NorthEurope',
  'WestEurope',
  'UKSouth',
  'UKWest',
  'FranceCentral',
  'FranceSouth',
  'GermanyWestCentral',
  'GermanyNorth',
  'SwitzerlandNorth',
  'SwitzerlandWest',
  'NorwayEast',
  'NorwayWest',
  'SwedenCentral',
  'SwedenSouth',
  'PolandCentral',
  'ItalyNorth',
  'SpainCentral',
  'AustriaEast',
  'BelgiumCentral',
  'DenmarkEast',
  // Asia Pacific, Middle East, Africa
  'EastAsia',
  'SoutheastAsia',
  'JapanEast',
  'JapanWest',
  'KoreaCentral',
  'KoreaSouth',
  'CentralIndia',
  'SouthIndia',
  'WestIndia',
  'JioIndiaCentral',
  'JioIndiaWest',
  'AustraliaEast',
  'AustraliaSoutheast',
  'AustraliaCentral',
  'AustraliaCentral2',
  'NewZealandNorth',
  'IndonesiaCentral',
  'MalaysiaWest',
  'UAENorth',
  'UAECentral',
  'QatarCentral',
  'IsraelCentral',
  'SouthAfricaNorth',
  'SouthAfricaWest',
  // Canary / early-access regions
  'EastUS2EUAP',
  'CentralUSEUAP',
  // Azure Government
  'USGovVirginia',
  'USGovArizona',
  'USGovTexas',
  'USDoDEast',
  'USDoDCentral',
  // Azure operated by 21Vianet (China)
  'ChinaEast',
  'ChinaEast2',
  'ChinaEast3',
  'ChinaNorth',
  'ChinaNorth2',
  'ChinaNorth3',
] as const;

const BY_KEY = new Map<string, string>(REGION_TAG_FORMS.map((r) => [r.toLowerCase(), r]));

/** Every known region's name (eastus2), for did-you-mean suggestions. */
export const REGION_NAMES: readonly string[] = REGION_TAG_FORMS.map((r) => r.toLowerCase());

/** Every known region in its service-tag form (EastUS2). */
export const REGION_TAG_NAMES: readonly string[] = REGION_TAG_FORMS;

/** "East US 2", "eastus2" and "EastUS2" all become "eastus2". */
export function regionKey(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

export function isKnownRegion(location: string): boolean {
  return BY_KEY.has(regionKey(location));
}

/** The region as written in a regional service tag (eastus2 -> EastUS2), or undefined for an unknown region. */
export function regionTagForm(location: string): string | undefined {
  return BY_KEY.get(regionKey(location));
}

export function sameRegion(a: string, b: string): boolean {
  return regionKey(a) === regionKey(b);
}
