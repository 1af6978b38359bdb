export const id = 713;
export const ids = [713];
export const modules = {

/***/ 9713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_CLOUDS: () => (/* binding */ AZURE_CLOUDS),
/* harmony export */   EndpointError: () => (/* binding */ EndpointError),
/* harmony export */   isAzureCloudName: () => (/* binding */ isAzureCloudName),
/* harmony export */   resolveEndpoints: () => (/* binding */ resolveEndpoints)
/* harmony export */ });
// Azure endpoints per cloud, with explicit overrides (Azure Stack, sovereign clouds, the emulator).
// Pure: no SDK import, so the validate path and unit tests can use it.
/** The clouds amlnet knows: the one table (settings' `environment` input and the CLI's --environment use it). */
const AZURE_CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const CLOUDS = {
    AzureCloud: {
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        armAudience: 'https://management.azure.com',
    },
    AzureUSGovernment: {
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        armAudience: 'https://management.usgovcloudapi.net',
    },
    AzureChinaCloud: {
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        armAudience: 'https://management.chinacloudapi.cn',
    },
};
/** Authority hosts MSAL knows; any other host disables instance discovery. */
const MICROSOFT_AUTHORITIES = new Set(Object.values(CLOUDS).map((c) => new URL(c.authorityHost).host));
class EndpointError extends Error {
    name = 'EndpointError';
}
function normaliseUrl(value, what) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new EndpointError(`${what} '${value}' is not a URL; expected e.g. https://management.azure.com`);
    }
    if (url.protocol !== 'https:') {
        // The SDK's bearer-token policy refuses http:// and identity refuses an http authority host.
        throw new EndpointError(`${what} '${value}' must use https://`);
    }
    return url.toString().replace(/\/+$/, '');
}
function isAzureCloudName(value) {
    return AZURE_CLOUDS.includes(value);
}
function resolveEndpoints(options = {}) {
    const env = options.environment?.trim() || 'AzureCloud';
    if (!isAzureCloudName(env)) {
        throw new EndpointError(`environment '${env}' is not one of ${AZURE_CLOUDS.join(', ')}`);
    }
    const defaults = CLOUDS[env];
    const armEndpoint = options.armEndpoint ? normaliseUrl(options.armEndpoint, 'arm-endpoint') : defaults.armEndpoint;
    const authorityHost = options.authorityHost
        ? normaliseUrl(options.authorityHost, 'authority-host')
        : defaults.authorityHost;
    return {
        cloud: env,
        armEndpoint,
        authorityHost,
        armScope: options.armScope?.trim() || `${defaults.armAudience}/.default`,
        disableInstanceDiscovery: !MICROSOFT_AUTHORITIES.has(new URL(authorityHost).host),
    };
}


/***/ })

};
