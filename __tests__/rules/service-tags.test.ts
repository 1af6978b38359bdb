// The service-tag and region tables against their documented sources (see the comments at the top of
// src/rules/service-tags.ts and src/rules/azure-regions.ts).
import { checkServiceTag, regionalTag, SERVICE_TAGS } from '../../src/rules/service-tags.js';
import { isKnownRegion, regionTagForm } from '../../src/rules/azure-regions.js';
import { addressPrefixTags } from '../../src/rules/offline/nsg.js';
import { nsgRule, run, withNsgRules } from './spec-fixtures.js';

const runNsgAddress = (value: string) =>
  run(addressPrefixTags, withNsgRules([nsgRule({ name: 'r', sourceAddressPrefixes: [value] })]));

describe('checkServiceTag', () => {
  it.each([
    ['azurecloud.CentralFrance', 'AzureCloud', 'francecentral'],
    ['AzureCloud.brazilse', 'AzureCloud', 'brazilsoutheast'],
    ['AzureCloud.East US 2', 'AzureCloud', 'eastus2'],
    ['PowerBI.NorthEurope', 'PowerBI', 'northeurope'],
    ['Storage.NewZealandNorth', 'Storage', 'newzealandnorth'],
  ])('accepts %s as %s in %s', (value, tag, region) => {
    expect(checkServiceTag(value)).toEqual({ ok: true, tag, region });
  });

  it.each([
    // The irregular names belong to AzureCloud only.
    ['Storage.centralfrance', 'unknown-region'],
    ['AzureCloud.usstagee', 'unknown-region'],
    ['AzureMachineLearningInference.EastUS', 'not-regional'],
    ['AzureDataLake.EastUS', 'not-regional'],
    ['AzurePortal', 'unknown-tag'],
    ['AzureFrontDoor.EastUS', 'unknown-tag'],
    ['AzureFrontDoor.Backend.WestEurope', 'not-regional'],
    ['.EastUS', 'unknown-tag'],
  ])('rejects %s (%s)', (value, reason) => {
    expect(checkServiceTag(value)).toMatchObject({ ok: false, reason });
  });

  it('has no two names that differ only by case (lookups are case-insensitive)', () => {
    const lower = Object.keys(SERVICE_TAGS).map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});

describe('regionalTag', () => {
  it.each([
    ['AzureContainerRegistry', 'eastus2', 'AzureContainerRegistry.EastUS2'],
    ['AzureContainerRegistry', 'UAE North', 'AzureContainerRegistry.UAENorth'],
    ['AzureCloud', 'francecentral', 'AzureCloud.centralfrance'],
    ['AzureCloud', 'Switzerland West', 'AzureCloud.switzerlandw'],
    ['AzureCloud', 'eastus', 'AzureCloud.EastUS'],
    ['Storage', 'francecentral', 'Storage.FranceCentral'],
  ])('%s in %s is %s', (tag, location, expected) => {
    expect(regionalTag(tag, location)).toBe(expected);
    expect(checkServiceTag(expected)).toMatchObject({ ok: true, tag });
  });

  it('is undefined for an unknown region', () => {
    expect(regionalTag('AzureCloud', 'moonbase')).toBeUndefined();
  });
});

describe('azure regions', () => {
  it.each([
    'australiacentral2',
    'Chile Central',
    'denmarkeast',
    'jioindiawest',
    'centraluseuap',
    'usdodeast',
    'chinanorth3',
  ])('knows %s', (r) => expect(isKnownRegion(r)).toBe(true));
  // Retired or staging locations are not regions one can deploy to.
  it.each(['usgoviowa', 'germanycentral', 'eastusstg', 'global', ''])('does not know %s', (r) =>
    expect(isKnownRegion(r)).toBe(false),
  );
  it('keeps acronyms upper case in tag form', () => {
    expect(['uksouth', 'usgovvirginia', 'eastus2euap'].map(regionTagForm)).toEqual([
      'UKSouth',
      'USGovVirginia',
      'EastUS2EUAP',
    ]);
  });
});

describe('did you mean, for service tags and their regions (NSG-ADDRESS-PREFIX)', () => {
  it.each([
    ['Internt', 'did you mean Internet?'],
    ['VirtualNetwrok', 'did you mean VirtualNetwork?'],
    ['AzureContainerRegistr.EastUS2', 'did you mean AzureContainerRegistry.EastUS2?'],
    ['AzureContainerRegistry.EastUS22', 'did you mean AzureContainerRegistry.EastUS2?'],
    ['AzureContainerRegistry.WestEurop', 'did you mean AzureContainerRegistry.WestEurope?'],
  ])('%s -> %s', (value, hint) => {
    const f = runNsgAddress(value);
    expect(f).toHaveLength(1);
    expect(f[0]!.hint).toBe(hint);
  });

  it('gives the general advice when nothing is close', () => {
    expect(runNsgAddress('SomethingElseEntirely')[0]!.hint).toMatch(/^Use a CIDR, an IP address/);
  });
});
