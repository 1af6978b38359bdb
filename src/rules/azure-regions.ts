// Azure region names (the `name` column of `az account list-locations`, lower case) and the casing Azure uses for
// them in regional service tags (e.g. AzureContainerRegistry.EastUS2, service-tags-overview.md, whose example is
// `Storage.WestUS`). Region names are compared case-insensitively and without spaces, so "East US 2" also matches.
// Keep this list in step with Azure; an unknown region is a warning, not an error, for that reason.
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
