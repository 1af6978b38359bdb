export const id = 774;
export const ids = [774];
export const modules = {

/***/ 81310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortFindings),
/* harmony export */   r: () => (/* binding */ byPosition)
/* harmony export */ });
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Errors first, then by position, rule and message: a stable order for rendering and hashing a plan. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
/** Document order (line, column, rule, path, message): how `amlnet validate` lists a file's findings. */
function byPosition(a, b) {
    return (a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.path.localeCompare(b.path) ||
        a.message.localeCompare(b.message));
}


/***/ }),

/***/ 38736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ isKnownRegion),
/* harmony export */   Un: () => (/* binding */ regionKey),
/* harmony export */   Zz: () => (/* binding */ sameRegion),
/* harmony export */   tS: () => (/* binding */ regionTagForm)
/* harmony export */ });
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
];
const BY_KEY = new Map(REGION_TAG_FORMS.map((r) => [r.toLowerCase(), r]));
/** "East US 2", "eastus2" and "EastUS2" all become "eastus2". */
function regionKey(location) {
    return location.replace(/\s+/g, '').toLowerCase();
}
function isKnownRegion(location) {
    return BY_KEY.has(regionKey(location));
}
/** The region as written in a regional service tag (eastus2 -> EastUS2), or undefined for an unknown region. */
function regionTagForm(location) {
    return BY_KEY.get(regionKey(location));
}
function sameRegion(a, b) {
    return regionKey(a) === regionKey(b);
}


/***/ }),

/***/ 24939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ requiredOutboundRules),
/* harmony export */   M3: () => (/* binding */ MIN_PRIORITY),
/* harmony export */   M6: () => (/* binding */ MAX_PRIORITY),
/* harmony export */   x6: () => (/* binding */ planOutboundRules)
/* harmony export */ });
/* unused harmony exports AMLNET_OUTBOUND_RULE_NAMES, isBlockingOutboundDeny */
/* harmony import */ var _spec_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77649);
/* harmony import */ var _service_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32808);
// The outbound allows amlnet adds to the NSG when `restrictOutbound: true`.
//
// The AML docs require, when outbound traffic is limited, a rule allowing the AzureContainerRegistry.<Region>
// service tag (https://learn.microsoft.com/en-us/azure/machine-learning/v1/how-to-secure-inferencing-vnet,
// "Limit outbound connectivity") and, to reach studio from
// inside the VNet, AzureFrontDoor.Frontend (the article's 2020 revision). amlnet adds both on top of the
// user's rules. NSG rules are evaluated by ascending priority and the first match wins, so both allows must sit at
// a lower priority number than the user's first outbound Deny that would catch this traffic.
//
// Placement: the two highest free outbound priorities just below that deny (or 4095/4096 when there is none).
// Keeping them next to the deny leaves the low numbers to the user and moves them only when the deny moves.
// This module is pure; the plan engineer creates the rules from `requiredOutboundRules`.


const MIN_PRIORITY = 100;
const MAX_PRIORITY = 4096;
const AMLNET_OUTBOUND_RULE_NAMES = {
    containerRegistry: 'amlnet-allow-acr-outbound',
    frontDoor: 'amlnet-allow-frontdoor-outbound',
};
// Destinations through which a deny also catches the registry or Front Door. A missing list is treated as '*'
// (conservative: a deny without a destination cannot be shown to spare them).
const CATCH_ALL = ['*', 'internet', '0.0.0.0/0', 'azurecloud', 'azurecontainerregistry', 'azurefrontdoor.frontend'];
function destinationCatches(prefix) {
    const p = prefix.trim().toLowerCase();
    return CATCH_ALL.some((c) => p === c || (c !== '*' && c !== '0.0.0.0/0' && p.startsWith(`${c}.`)));
}
function portsInclude443(ranges) {
    if (!ranges || ranges.length === 0)
        return true;
    return ranges.some((r) => {
        const t = r.trim();
        if (t === '*')
            return true;
        const m = /^(\d+)(?:-(\d+))?$/.exec(t);
        if (!m)
            return false;
        const lo = Number(m[1]);
        const hi = m[2] === undefined ? lo : Number(m[2]);
        return lo <= 443 && 443 <= hi;
    });
}
function isBlockingOutboundDeny(r) {
    if (r.direction !== 'Outbound' || r.access !== 'Deny')
        return false;
    if (r.protocol !== 'Tcp' && r.protocol !== '*')
        return false;
    const dest = r.destinationAddressPrefixes;
    const destCatches = !dest || dest.length === 0 || dest.some(destinationCatches);
    return destCatches && portsInclude443(r.destinationPortRanges);
}
/** The error when fewer than two outbound priorities are free below the first deny, naming the ones to free. */
function noRoomProblem(firstDeny, free, rules) {
    const limit = firstDeny ? firstDeny.priority : MAX_PRIORITY + 1;
    const byPriority = new Map();
    for (const r of rules)
        if (r.direction === 'Outbound')
            byPriority.set(r.priority, r.name);
    // The used priorities nearest below the deny: freeing them makes room without reordering anything else.
    const toFree = [];
    for (let p = Math.min(limit - 1, MAX_PRIORITY); p >= MIN_PRIORITY && toFree.length < 2 - free.length; p--) {
        const name = byPriority.get(p);
        if (name !== undefined)
            toFree.push(`${p} (${name})`);
    }
    const where = firstDeny
        ? `below outbound deny ${firstDeny.name} (priority ${firstDeny.priority})`
        : `in ${MIN_PRIORITY}..${MAX_PRIORITY}`;
    const freeText = free.length === 1 ? `only ${free[0]} is free` : 'none is free';
    let hint;
    if (toFree.length === 2 - free.length)
        hint = `Free priority ${toFree.join(' and ')}`;
    else
        hint = 'There is no room below it';
    if (firstDeny)
        hint += `, or move ${firstDeny.name} to priority ${MIN_PRIORITY + 2} or higher with free numbers below it.`;
    else
        hint += '.';
    return {
        path: firstDeny ? `network.securityGroup.rules[${firstDeny.index}].priority` : 'network.securityGroup.rules',
        message: `restrictOutbound needs 2 free outbound priorities ${where} for amlnet's AzureContainerRegistry and AzureFrontDoor.Frontend allows, but ${freeText}`,
        hint,
    };
}
/** Which rules amlnet adds, where, and what stops it from adding them. */
function planOutboundRules(spec) {
    const network = (0,_spec_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveNetwork */ .lr)(spec);
    const sg = network.securityGroup;
    if (!sg || !sg.restrictOutbound)
        return { rules: [], firstDeny: null, problems: [] };
    const problems = [];
    const reservedNames = new Set(Object.values(AMLNET_OUTBOUND_RULE_NAMES));
    for (const [i, r] of sg.rules.entries())
        if (reservedNames.has(r.name.toLowerCase()))
            problems.push({
                path: `network.securityGroup.rules[${i}].name`,
                message: `rule name ${r.name} is reserved for the outbound allow amlnet adds with restrictOutbound`,
                hint: 'Rename the rule.',
            });
    const acrTag = (0,_service_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .regionalTag */ .Sc)('AzureContainerRegistry', network.location);
    if (!acrTag)
        problems.push({
            path: spec.network.location ? 'network.location' : 'location',
            message: `restrictOutbound needs the AzureContainerRegistry.<Region> tag, but ${network.location} is not a known Azure region`,
            hint: 'Use an Azure region name such as eastus2.',
        });
    let firstDeny = null;
    const used = new Set();
    for (const [index, r] of sg.rules.entries()) {
        if (r.direction !== 'Outbound')
            continue;
        used.add(r.priority);
        if (isBlockingOutboundDeny(r) && (!firstDeny || r.priority < firstDeny.priority))
            firstDeny = { index, name: r.name, priority: r.priority };
    }
    const limit = firstDeny ? firstDeny.priority : MAX_PRIORITY + 1;
    const free = [];
    for (let p = Math.min(limit - 1, MAX_PRIORITY); p >= MIN_PRIORITY && free.length < 2; p--)
        if (!used.has(p))
            free.push(p);
    if (free.length < 2)
        problems.push(noRoomProblem(firstDeny, free, sg.rules));
    if (problems.length > 0 || !acrTag)
        return { rules: [], firstDeny, problems };
    const [high, low] = free;
    const allow = (name, priority, destination, description) => ({
        name,
        direction: 'Outbound',
        access: 'Allow',
        protocol: 'Tcp',
        priority,
        sourceAddressPrefixes: ['VirtualNetwork'],
        sourcePortRanges: ['*'],
        destinationAddressPrefixes: [destination],
        destinationPortRanges: ['443'],
        description,
    });
    return {
        firstDeny,
        problems,
        rules: [
            allow(AMLNET_OUTBOUND_RULE_NAMES.containerRegistry, low, acrTag, 'amlnet (restrictOutbound): Azure ML pulls model images from Azure Container Registry'),
            allow(AMLNET_OUTBOUND_RULE_NAMES.frontDoor, high, 'AzureFrontDoor.Frontend', 'amlnet (restrictOutbound): Azure ML studio is reached through Azure Front Door'),
        ],
    };
}
/**
 * The NSG rules amlnet adds when `network.securityGroup.restrictOutbound` is true: an Outbound Allow of
 * AzureContainerRegistry.<Region> (region in Azure's tag form, eastus2 -> EastUS2) and one of
 * AzureFrontDoor.Frontend, TCP 443 from VirtualNetwork, at the two highest free outbound priorities below the
 * user's first blocking outbound deny. Empty when restrictOutbound is off, or when the rule
 * NSG-RESTRICT-OUTBOUND-ORDER reports a problem (validation stops the plan first).
 */
function requiredOutboundRules(spec) {
    return planOutboundRules(spec).rules;
}


/***/ }),

/***/ 32808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ regionalTag),
/* harmony export */   UK: () => (/* binding */ checkServiceTag)
/* harmony export */ });
/* unused harmony export SERVICE_TAGS */
/* harmony import */ var _azure_regions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38736);
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

const SERVICE_TAGS = {
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
const AZURE_CLOUD_IRREGULAR = {
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
/** Checks a service tag, optionally with a region suffix. */
function checkServiceTag(value) {
    const whole = BY_KEY.get(value.toLowerCase());
    if (whole)
        return { ok: true, tag: whole.name };
    const dot = value.lastIndexOf('.');
    if (dot <= 0)
        return { ok: false, reason: 'unknown-tag' };
    const base = BY_KEY.get(value.slice(0, dot).toLowerCase());
    const region = value.slice(dot + 1);
    if (!base)
        return { ok: false, reason: 'unknown-tag' };
    if (!base.regional)
        return { ok: false, reason: 'not-regional', tag: base.name, region };
    const irregular = base.name === 'AzureCloud' ? AZURE_CLOUD_IRREGULAR[region.toLowerCase()] : undefined;
    if (irregular)
        return { ok: true, tag: base.name, region: irregular };
    if (!(0,_azure_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .isKnownRegion */ .Kk)(region))
        return { ok: false, reason: 'unknown-region', tag: base.name, region };
    return { ok: true, tag: base.name, region: (0,_azure_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .regionKey */ .Un)(region) };
}
/**
 * A regional tag in Azure's form, e.g. regionalTag('AzureContainerRegistry', 'eastus2') -> AzureContainerRegistry.EastUS2,
 * and AzureCloud's documented irregular names (regionalTag('AzureCloud', 'francecentral') -> AzureCloud.centralfrance).
 */
function regionalTag(tag, location) {
    const form = (0,_azure_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .regionTagForm */ .tS)(location);
    if (!form)
        return undefined;
    const irregular = tag === 'AzureCloud' ? AZURE_CLOUD_BY_REGION.get((0,_azure_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .regionKey */ .Un)(location)) : undefined;
    return `${tag}.${irregular ?? form}`;
}


/***/ }),

/***/ 77649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WC: () => (/* binding */ resolveClusters),
/* harmony export */   jh: () => (/* binding */ podsUseSubnet),
/* harmony export */   lr: () => (/* binding */ resolveNetwork)
/* harmony export */ });
/* unused harmony exports CLUSTER_DEFAULTS, defaultMaxPods, resolveCluster */
const CLUSTER_DEFAULTS = {
    mode: 'create',
    networkPlugin: 'azure',
    maxPodsAzure: 30,
    maxPodsAzureOverlay: 250,
    maxPodsKubenet: 110,
    maxSurge: 1,
    agentCount: 3,
    vmSize: 'Standard_D3_v2',
    clusterPurpose: 'FastProd',
    loadBalancerType: 'PublicIp',
    networkContributorScope: 'resourceGroup',
    privateCluster: false,
    privateClusterPublicFqdn: false,
    serviceCidr: '10.0.0.0/16',
    dnsServiceIp: '10.0.0.10',
    podCidr: '10.244.0.0/16',
    dockerBridgeCidr: '172.17.0.1/16',
};
function given(v) {
    return v !== null && v !== undefined;
}
/** The network with its defaults applied. */
function resolveNetwork(spec) {
    const n = spec.network;
    const sg = n.securityGroup;
    return {
        resourceGroup: n.resourceGroup,
        name: n.name,
        location: n.location ?? spec.location,
        addressSpace: n.addressSpace ?? [],
        subnets: n.subnets,
        securityGroup: given(sg)
            ? {
                name: sg.name,
                resourceGroup: sg.resourceGroup ?? n.resourceGroup,
                rules: sg.rules ?? [],
                restrictOutbound: sg.restrictOutbound ?? false,
            }
            : null,
    };
}
/** The default maxPods for a plugin (and plugin mode). */
function defaultMaxPods(plugin, mode) {
    if (plugin === 'kubenet')
        return CLUSTER_DEFAULTS.maxPodsKubenet;
    return mode === 'overlay' ? CLUSTER_DEFAULTS.maxPodsAzureOverlay : CLUSTER_DEFAULTS.maxPodsAzure;
}
/** True when pods take addresses from the node subnet (Azure CNI without overlay). */
function podsUseSubnet(c) {
    return c.networkPlugin === 'azure' && c.networkPluginMode !== 'overlay';
}
/** `spec.aksClusters[index]` with its defaults applied. */
function resolveCluster(spec, index) {
    const c = (spec.aksClusters ?? [])[index];
    if (!c)
        throw new RangeError(`aksClusters[${index}] does not exist`);
    const defaulted = new Set();
    function pick(key, fallback) {
        const v = c[key];
        if (given(v))
            return v;
        defaulted.add(key);
        return fallback;
    }
    const networkPlugin = pick('networkPlugin', CLUSTER_DEFAULTS.networkPlugin);
    const networkPluginMode = c.networkPluginMode ?? null;
    const bothServiceAbsent = !given(c.serviceCidr) && !given(c.dnsServiceIp);
    const podCidrFallback = podsUseSubnet({ networkPlugin, networkPluginMode }) ? null : CLUSTER_DEFAULTS.podCidr;
    return {
        index,
        name: c.name,
        mode: pick('mode', CLUSTER_DEFAULTS.mode),
        resourceId: c.resourceId ?? null,
        location: pick('location', spec.network.location ?? spec.location),
        vmSize: pick('vmSize', CLUSTER_DEFAULTS.vmSize),
        agentCount: pick('agentCount', CLUSTER_DEFAULTS.agentCount),
        maxPods: pick('maxPods', defaultMaxPods(networkPlugin, networkPluginMode)),
        maxSurge: pick('maxSurge', CLUSTER_DEFAULTS.maxSurge),
        clusterPurpose: pick('clusterPurpose', CLUSTER_DEFAULTS.clusterPurpose),
        subnet: c.subnet,
        networkPlugin,
        networkPluginMode,
        podCidr: pick('podCidr', podCidrFallback),
        serviceCidr: pick('serviceCidr', bothServiceAbsent ? CLUSTER_DEFAULTS.serviceCidr : null),
        dnsServiceIp: pick('dnsServiceIp', bothServiceAbsent ? CLUSTER_DEFAULTS.dnsServiceIp : null),
        dockerBridgeCidr: pick('dockerBridgeCidr', CLUSTER_DEFAULTS.dockerBridgeCidr),
        privateCluster: pick('privateCluster', CLUSTER_DEFAULTS.privateCluster),
        privateClusterPublicFqdn: pick('privateClusterPublicFqdn', CLUSTER_DEFAULTS.privateClusterPublicFqdn),
        loadBalancerType: pick('loadBalancerType', CLUSTER_DEFAULTS.loadBalancerType),
        loadBalancerSubnet: c.loadBalancerSubnet ?? null,
        networkContributorScope: pick('networkContributorScope', CLUSTER_DEFAULTS.networkContributorScope),
        defaulted,
    };
}
/** Every cluster of the spec, resolved. */
function resolveClusters(spec) {
    return (spec.aksClusters ?? []).map((_, i) => resolveCluster(spec, i));
}


/***/ })

};
