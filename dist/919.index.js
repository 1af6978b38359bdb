export const id = 919;
export const ids = [919,616,713];
export const modules = {

/***/ 52252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ planSpec)
});

// EXTERNAL MODULE: ./src/azure/clients.ts
var azure_clients = __webpack_require__(23139);
// EXTERNAL MODULE: ./src/azure/endpoints.ts
var azure_endpoints = __webpack_require__(9713);
// EXTERNAL MODULE: ./src/azure/live/read.ts + 1 modules
var read = __webpack_require__(18297);
// EXTERNAL MODULE: ./src/validate.ts + 3 modules
var validate = __webpack_require__(87016);
// EXTERNAL MODULE: ./src/rules/live/index.ts + 8 modules
var rules_live = __webpack_require__(32190);
// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
// EXTERNAL MODULE: ./src/rules/offline/attach-subscription.ts
var attach_subscription = __webpack_require__(67734);
// EXTERNAL MODULE: ./src/findings/run.ts
var run = __webpack_require__(86707);
// EXTERNAL MODULE: ./src/spec/policy.ts
var policy = __webpack_require__(5921);
// EXTERNAL MODULE: ./src/rules/known.ts
var known = __webpack_require__(58108);
;// CONCATENATED MODULE: ./src/plan/pipeline.ts
// The ONE plan pipeline, shared by `amlnet plan`, `amlnet apply` and the action:
// validate offline -> (stop on errors) -> read live state -> live rules -> diff -> plan.
// Pure: the live state comes through a LiveStateReader (src/live/reader.ts); app/plan.ts binds it to Azure.







async function pipeline_validate(input) {
    return input.specText !== undefined
        ? (0,validate.validateSpecText)(input.specText, input.specPath)
        : await (0,validate.validateSpecFile)(input.specPath, input.root !== undefined ? { root: input.root } : {});
}
/** Positions for live findings, from the source map of the same parse that validated the spec. */
function positionResolver(sourceMap) {
    if (sourceMap === undefined)
        return () => ({ line: 1, column: 1 });
    return (path) => sourceMap.valuePosition(path);
}
async function planWithReader(input) {
    const validation = await pipeline_validate(input);
    if (!validation.valid || validation.spec === undefined)
        return { status: 'invalid', validation };
    const spec = validation.spec;
    const subscriptionId = input.subscriptionId || spec.subscriptionId;
    if (subscriptionId.toLowerCase() !== spec.subscriptionId.toLowerCase()) {
        // The override moves amlnet to another subscription: attach ids must be in that one (before any Azure call).
        const resolve = positionResolver(validation.sourceMap);
        const moved = (0,attach_subscription/* attachSubscriptionFindings */.dZ)(spec, subscriptionId).map((f) => ({
            ...f,
            ruleId: attach_subscription/* ATTACH_SUBSCRIPTION_RULE_ID */.tO,
            severity: 'error',
            ...resolve(f.path),
        }));
        if (moved.length > 0) {
            const findings = (0,run/* sortFindings */.Tc)([...validation.findings, ...moved]);
            return { status: 'invalid', validation: { ...validation, findings, valid: false } };
        }
    }
    const { live, reads } = await input.reader.read(spec);
    const liveFindings = (0,run/* runLiveRules */.jY)(rules_live/* liveRules */.q, { spec, live, mode: input.mode ?? 'plan' }, positionResolver(validation.sourceMap));
    // policy.severity applies to live findings as it did to the offline ones (validate reported its own findings).
    const findings = (0,run/* sortFindings */.Tc)([
        ...validation.findings,
        ...(0,policy/* applySeverityPolicy */.Q8)(liveFindings, spec, known/* KNOWN_RULES */.o),
    ]);
    const plan = (0,build/* buildPlan */.G)(spec, live, findings);
    return { status: 'planned', validation, spec, plan, live, reads };
}

;// CONCATENATED MODULE: ./src/app/plan.ts
// Binds the pure plan pipeline (plan/pipeline.ts) to Azure: builds the SDK clients (unless given) and reads the
// live state through them. Used by `amlnet plan`, `amlnet apply` and the action.




async function planSpec(input) {
    let clients = input.clients;
    // The token exchange (GitHub OIDC token, then Entra) starts now and runs while the spec validates and the SDKs
    // load; the first read takes its token. An invalid spec never reads: the exchange is then aborted, so the
    // process does not wait for a token it will not use.
    // Resolved once, for the warm-up and the clients; not at all when ready clients are given.
    const endpoints = clients === undefined ? (input.endpoints ?? (0,azure_endpoints.resolveEndpoints)()) : undefined;
    const warm = endpoints !== undefined && input.credential?.warmUp !== undefined ? new AbortController() : undefined;
    if (warm !== undefined)
        input.credential.warmUp(endpoints.armScope, warm.signal);
    // The clients are built once the spec is known to be valid: the subscription may come from it.
    const reader = {
        read: async (spec) => {
            if (clients === undefined) {
                if (input.credential === undefined || endpoints === undefined)
                    throw new Error('planSpec needs a credential or clients');
                clients = (0,azure_clients/* createClients */.hP)({
                    credential: input.credential,
                    endpoints,
                    subscriptionId: input.subscriptionId || spec.subscriptionId,
                    ...input.clientOptions,
                });
            }
            return (0,read/* azureLiveReader */.$t)(clients, { concurrency: input.concurrency }).read(spec);
        },
    };
    let result;
    try {
        result = await planWithReader({
            specPath: input.specPath,
            ...(input.specText !== undefined ? { specText: input.specText } : {}),
            ...(input.root !== undefined ? { root: input.root } : {}),
            subscriptionId: input.subscriptionId ?? null,
            reader,
            ...(input.mode !== undefined ? { mode: input.mode } : {}),
        });
    }
    finally {
        // Once the plan is made (or not), a warm-up nobody took is not needed: a no-op when the reads took it.
        warm?.abort();
    }
    if (result.status !== 'planned')
        return result;
    if (clients === undefined)
        throw new Error('planSpec: the live state was read without clients');
    return { ...result, clients };
}


/***/ }),

/***/ 80919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSession: () => (/* binding */ openSession),
/* harmony export */   sessionFor: () => (/* binding */ sessionFor)
/* harmony export */ });
/* harmony import */ var _azure_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23139);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18098);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52252);
// The composition root: the one place that wires a login to the plan pipeline, the appliers and the import. The
// CLI (`amlnet plan`, `amlnet apply`, `amlnet import`) and the action (app/pipeline.ts, driven by main.ts) all
// plan, apply and import through a Session, so the clients, the subscription override and the poll options are
// chosen once, the same way for both.



/** A session over a credential that is already there (the CLI logs in first to report login errors its way). */
function sessionFor(credential, endpoints, options = {}) {
    const clientOptions = options.clientOptions ?? {};
    return {
        endpoints,
        plan: (input) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planSpec */ .N)({
            specPath: input.specPath,
            ...(input.specText !== undefined ? { specText: input.specText } : {}),
            ...(input.root !== undefined ? { root: input.root } : {}),
            credential,
            endpoints,
            subscriptionId: options.subscriptionId ?? null,
            mode: input.mode,
            clientOptions,
        }),
        // The appliers are loaded only by a path that applies.
        apply: async (plan, spec, applyOptions = {}) => (await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 2193))).applyPlanToAzure(plan, spec, {
            ...applyOptions,
            clients: (0,_azure_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .createClients */ .hP)({
                credential,
                endpoints,
                subscriptionId: options.subscriptionId || spec.subscriptionId,
                ...clientOptions,
            }),
        }),
        // The import's readers are loaded only by an import.
        import: async (target, file) => {
            const subscriptionId = options.subscriptionId;
            if (!subscriptionId)
                throw new Error('an import needs the subscription id');
            const clients = (0,_azure_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .createClients */ .hP)({ credential, endpoints, subscriptionId, ...clientOptions });
            return (await __webpack_require__.e(/* import() */ 277).then(__webpack_require__.bind(__webpack_require__, 35277))).importFromAzure({ target, clients, file });
        },
    };
}
/**
 * Logs in (starting the GitHub token fetch at once, while the identity library loads) and opens a session.
 * Login errors are LoginErrors with advice, never a token.
 */
async function openSession(login, options = {}) {
    const azureLogin = await (0,_azure_credential_js__WEBPACK_IMPORTED_MODULE_0__/* .createCredential */ .GO)({ ...login, prefetchIdToken: true });
    return { ...sessionFor(azureLogin.credential, login.endpoints, options), login: azureLogin };
}


/***/ }),

/***/ 23139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hP: () => (/* binding */ createClients)
/* harmony export */ });
/* unused harmony exports retryAfterCapPolicy, observePolicy */
/* harmony import */ var _live_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9376);
/* harmony import */ var _spec_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15920);
// One factory for the four Azure SDK clients of a subscription. Each SDK is import()ed lazily (the
// validate path must never load them) and each client is created once. The same pipeline policies
// go into all four: request observation (counts, benchmarks) and an optional cap on the server's
// Retry-After so tests can shorten LRO polling and throttling waits (production honours it as sent).


/** Rewrites Retry-After down to `maxSeconds` (never up). */
function retryAfterCapPolicy(maxSeconds) {
    return {
        name: 'amlnetRetryAfterCap',
        async sendRequest(request, next) {
            const response = await next(request);
            const value = response.headers.get('retry-after');
            if (value !== undefined) {
                const seconds = Number(value);
                const capped = Number.isFinite(seconds) ? Math.min(seconds, maxSeconds) : maxSeconds;
                response.headers.set('retry-after', String(capped));
            }
            return response;
        },
    };
}
function observePolicy(onRequest, start) {
    return {
        name: 'amlnetObserve',
        async sendRequest(request, next) {
            onRequest({ method: request.method, url: request.url, at: Date.now() - start });
            return next(request);
        },
    };
}
function once(make) {
    let value;
    return () => {
        value ??= make().catch((err) => {
            value = undefined;
            throw err;
        });
        return value;
    };
}
function createClients(options) {
    const { credential, endpoints, subscriptionId } = options;
    const start = Date.now();
    const additionalPolicies = [];
    if (options.onRequest !== undefined) {
        additionalPolicies.push({ policy: observePolicy(options.onRequest, start), position: 'perRetry' });
    }
    if (options.maxRetryAfterSeconds !== undefined) {
        additionalPolicies.push({ policy: retryAfterCapPolicy(options.maxRetryAfterSeconds), position: 'perRetry' });
    }
    const scopes = [endpoints.armScope];
    // Modular (TypeSpec) clients take `credentials.scopes`; classic clients take `credentialScopes`.
    // Without them both would ask for `${armEndpoint}/.default`, which a custom endpoint's Entra rejects.
    const modular = { endpoint: endpoints.armEndpoint, credentials: { scopes }, additionalPolicies };
    const classic = { endpoint: endpoints.armEndpoint, credentialScopes: scopes, additionalPolicies };
    const authorization = once(async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(160), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 71043));
        return new m.AuthorizationManagementClient(credential, subscriptionId, classic);
    });
    /** One raw ARM request; 404 of a GET is returned (absent), every other status of 400 or more throws. */
    const raw = async (method, resourceId, apiVersion, body, signal) => {
        const client = await authorization();
        const { createHttpHeaders, createPipelineRequest, RestError } = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 20690));
        // The id came from Azure or the plan: only a plain ARM path on the ARM endpoint is ever requested.
        const url = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .armUrl */ .wM)(endpoints.armEndpoint, resourceId, apiVersion);
        if (url === undefined) {
            throw new Error(`refusing to request '${(0,_spec_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(resourceId, 200)}': it is not an ARM resource path`);
        }
        const request = createPipelineRequest({
            url,
            method,
            ...(signal !== undefined ? { abortSignal: signal } : {}),
            ...(body !== undefined
                ? { body: JSON.stringify(body), headers: createHttpHeaders({ 'content-type': 'application/json' }) }
                : {}),
        });
        const response = await client.sendRequest(request);
        const parsed = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
        if (response.status === 404 && method === 'GET')
            return { status: 404, body: undefined };
        if (response.status >= 400) {
            const err = parsed?.error;
            throw new RestError(err?.message ?? `${method} ${resourceId} failed with ${response.status}`, {
                code: err?.code,
                statusCode: response.status,
                request: response.request,
                response,
            });
        }
        return { status: response.status, body: parsed };
    };
    return {
        subscriptionId,
        endpoints,
        pollIntervalMs: options.pollIntervalMs ?? 2000,
        network: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690), __webpack_require__.e(834), __webpack_require__.e(163)]).then(__webpack_require__.bind(__webpack_require__, 12163));
            return new m.NetworkManagementClient(credential, subscriptionId, modular);
        }),
        containerService: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690), __webpack_require__.e(834), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 35614));
            return new m.ContainerServiceClient(credential, subscriptionId, modular);
        }),
        machineLearning: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(160), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 34789));
            return new m.AzureMachineLearningWorkspaces(credential, subscriptionId, classic);
        }),
        authorization,
        async getResource(resourceId, apiVersion) {
            const response = await raw('GET', resourceId, apiVersion);
            return response.status === 404 ? undefined : response.body;
        },
        async putResource(resourceId, apiVersion, body, signal) {
            return raw('PUT', resourceId, apiVersion, body, signal);
        },
    };
}


/***/ }),

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


/***/ }),

/***/ 16616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatAzureError: () => (/* binding */ formatAzureError),
/* harmony export */   toAzureError: () => (/* binding */ toAzureError)
/* harmony export */ });
/* unused harmony export isNotFound */
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79378);
// Azure REST errors as plain data: what failed, and the ids Azure support asks for.
// Pure (no SDK import): RestError is recognised by shape so this loads on the validate path too.

function header(response, name) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return undefined;
    const headers = response.headers;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(headers) && typeof headers.get === 'function') {
        return headers.get(name) ?? undefined;
    }
    return undefined;
}
/** Reads {code, message} out of an ARM error body `{error:{code,message}}` when the SDK left it unparsed. */
function bodyError(response) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return {};
    const text = response.bodyAsText;
    if (typeof text !== 'string' || text === '')
        return {};
    try {
        const body = JSON.parse(text);
        if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body) && (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body.error)) {
            const { code, message } = body.error;
            return {
                code: typeof code === 'string' ? code : undefined,
                message: typeof message === 'string' ? message : undefined,
            };
        }
    }
    catch {
        // not JSON: the SDK's message stands
    }
    return {};
}
function toAzureError(err) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err))
        return { code: 'Unknown', message: String(err) };
    const response = err.response;
    const fromBody = bodyError(response);
    const status = typeof err.statusCode === 'number'
        ? err.statusCode
        : (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response) && typeof response.status === 'number'
            ? response.status
            : undefined;
    const code = typeof err.code === 'string' && err.code !== '' ? err.code : (fromBody.code ?? 'Unknown');
    const message = fromBody.message ?? (typeof err.message === 'string' ? err.message : String(err));
    const info = { code, message, status };
    const requestId = header(response, 'x-ms-request-id');
    const correlationId = header(response, 'x-ms-correlation-request-id');
    if (requestId !== undefined)
        info.requestId = requestId;
    if (correlationId !== undefined)
        info.correlationId = correlationId;
    return info;
}
function isNotFound(err) {
    const info = toAzureError(err);
    return info.status === 404 || info.code === 'ResourceNotFound' || info.code === 'NotFound';
}
/** One line for people: code, message, status and the ids to quote to Azure support. */
function formatAzureError(info) {
    const ids = [
        info.status !== undefined ? `status ${info.status}` : undefined,
        info.correlationId !== undefined ? `correlation id ${info.correlationId}` : undefined,
        info.requestId !== undefined ? `request id ${info.requestId}` : undefined,
    ].filter((s) => s !== undefined);
    return `${info.code}: ${info.message}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`;
}


/***/ }),

/***/ 64932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ normalisePermissions),
/* harmony export */   Gi: () => (/* binding */ normaliseVnet),
/* harmony export */   LA: () => (/* binding */ normaliseContainerRegistry),
/* harmony export */   M0: () => (/* binding */ normaliseWorkspace),
/* harmony export */   N$: () => (/* binding */ azureMlOnly),
/* harmony export */   Tr: () => (/* binding */ normaliseProviderRegistration),
/* harmony export */   U4: () => (/* binding */ azureMlExtensionsOf),
/* harmony export */   UQ: () => (/* binding */ normaliseCompute),
/* harmony export */   Vv: () => (/* binding */ normaliseNsg),
/* harmony export */   a$: () => (/* binding */ normaliseKubernetesExtension),
/* harmony export */   ai: () => (/* binding */ normaliseRoleAssignment),
/* harmony export */   dU: () => (/* binding */ normaliseStorageAccount),
/* harmony export */   oQ: () => (/* binding */ extensionsOf),
/* harmony export */   p_: () => (/* binding */ normalisePrivateEndpoint),
/* harmony export */   yA: () => (/* binding */ normaliseManagedCluster)
/* harmony export */ });
/* unused harmony exports normaliseSubnet, normaliseSecurityRule, roleDefinitionGuid */
/* harmony import */ var _live_ownership_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99527);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79378);
/* harmony import */ var _plan_kubernetes_extension_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33403);
// SDK responses -> the plain live-state shapes. Takes `unknown` and reads defensively: the modular
// clients return flattened models, getResource returns raw ARM JSON (`properties.*`), and the emulator
// or a future api-version may leave fields out.



function obj(v) {
    return (0,_util_records_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(v) ? v : {};
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
function str(v) {
    return typeof v === 'string' ? v : null;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function strs(v) {
    return arr(v).filter((x) => typeof x === 'string');
}
/** A field from a flattened SDK model, or from `properties` of raw ARM JSON. */
function field(o, key) {
    if (key in o)
        return o[key];
    return obj(o.properties)[key];
}
function ids(v) {
    return arr(v)
        .map((x) => str(obj(x).id))
        .filter((x) => x !== null);
}
/** Strips SDK-only noise so `raw` is plain JSON. */
function plain(o) {
    return JSON.parse(JSON.stringify(o));
}
function normaliseSubnet(v) {
    const o = obj(v);
    const prefixes = strs(field(o, 'addressPrefixes'));
    const prefix = str(field(o, 'addressPrefix')) ?? prefixes[0] ?? null;
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        addressPrefix: prefix,
        addressPrefixes: prefixes.length > 0 ? prefixes : prefix !== null ? [prefix] : [],
        networkSecurityGroupId: str(obj(field(o, 'networkSecurityGroup')).id),
        delegations: arr(field(o, 'delegations'))
            .map((d) => str(field(obj(d), 'serviceName')))
            .filter((x) => x !== null),
        ipConfigurationIds: ids(field(o, 'ipConfigurations')),
        privateEndpointIds: ids(field(o, 'privateEndpoints')),
        serviceAssociationLinkIds: ids(field(o, 'serviceAssociationLinks')),
        raw: plain(o),
    };
}
function normaliseVnet(v, resourceGroup) {
    const o = obj(v);
    const subnets = arr(field(o, 'subnets')).map(normaliseSubnet);
    subnets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        resourceGroup,
        location: str(o.location) ?? '',
        addressSpace: strs(obj(field(o, 'addressSpace')).addressPrefixes),
        subnets,
    };
}
function prefixesOf(o, plural, singular) {
    const many = strs(field(o, plural));
    if (many.length > 0)
        return many;
    const one = str(field(o, singular));
    return one !== null ? [one] : [];
}
function normaliseSecurityRule(v) {
    const o = obj(v);
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        direction: str(field(o, 'direction')) ?? '',
        access: str(field(o, 'access')) ?? '',
        protocol: str(field(o, 'protocol')) ?? '',
        priority: num(field(o, 'priority')) ?? 0,
        sourceAddressPrefixes: prefixesOf(o, 'sourceAddressPrefixes', 'sourceAddressPrefix'),
        sourcePortRanges: prefixesOf(o, 'sourcePortRanges', 'sourcePortRange'),
        destinationAddressPrefixes: prefixesOf(o, 'destinationAddressPrefixes', 'destinationAddressPrefix'),
        destinationPortRanges: prefixesOf(o, 'destinationPortRanges', 'destinationPortRange'),
        description: str(field(o, 'description')),
    };
}
function normaliseNsg(v) {
    const o = obj(v);
    const rules = arr(field(o, 'securityRules')).map(normaliseSecurityRule);
    rules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        location: str(o.location) ?? '',
        rules,
        subnetIds: ids(field(o, 'subnets')),
        ownedRules: (0,_live_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .ownedRuleNames */ .sr)(stringTags(o.tags)),
    };
}
/** A tag map as Azure returns it (values are strings; anything else is dropped). */
function stringTags(v) {
    const out = {};
    if (typeof v !== 'object' || v === null)
        return out;
    for (const [k, value] of Object.entries(v))
        if (typeof value === 'string')
            out[k] = value;
    return out;
}
function normaliseWorkspace(v) {
    const o = obj(v);
    const pes = arr(field(o, 'privateEndpointConnections'))
        .map((c) => obj(field(obj(c), 'privateEndpoint')))
        .map((pe) => ({ id: str(pe.id), subnetId: str(pe.subnetArmId) }))
        .filter((pe) => pe.id !== null);
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        location: str(o.location) ?? '',
        storageAccountId: str(field(o, 'storageAccount')),
        containerRegistryId: str(field(o, 'containerRegistry')),
        privateEndpoints: pes,
    };
}
function normaliseCompute(v) {
    const o = obj(v);
    const p = obj(o.properties);
    const aks = obj(p.properties);
    const netCfg = p.properties !== undefined ? obj(aks.aksNetworkingConfiguration) : {};
    const hasNet = Object.keys(netCfg).length > 0;
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        computeType: str(p.computeType) ?? '',
        resourceId: str(p.resourceId),
        computeLocation: str(p.computeLocation),
        provisioningState: str(p.provisioningState),
        isAttachedCompute: p.isAttachedCompute === true,
        agentCount: num(aks.agentCount),
        agentVmSize: str(aks.agentVmSize),
        clusterPurpose: str(aks.clusterPurpose),
        loadBalancerType: str(aks.loadBalancerType),
        loadBalancerSubnet: str(aks.loadBalancerSubnet),
        aksNetworkingConfiguration: hasNet
            ? {
                subnetId: str(netCfg.subnetId),
                serviceCidr: str(netCfg.serviceCidr),
                dnsServiceIP: str(netCfg.dnsServiceIP),
                dockerBridgeCidr: str(netCfg.dockerBridgeCidr),
            }
            : null,
        ...(str(p.computeType)?.toLowerCase() === 'kubernetes' ? { namespace: str(aks.namespace) } : {}),
    };
}
function normaliseManagedCluster(v) {
    const o = obj(v);
    const identity = obj(o.identity);
    const uai = Object.values(obj(identity.userAssignedIdentities)).map((x) => str(obj(x).principalId));
    const sp = obj(field(o, 'servicePrincipalProfile'));
    const clientId = str(sp.clientId);
    const np = obj(field(o, 'networkProfile'));
    const api = obj(field(o, 'apiServerAccessProfile'));
    const pools = arr(field(o, 'agentPoolProfiles')).map(obj);
    // Ids are case-insensitive: pools naming one subnet in two casings are one subnet.
    const byLower = new Map();
    for (const id of pools.map((p) => str(p.vnetSubnetID)))
        if (id !== null && !byLower.has(id.toLowerCase()))
            byLower.set(id.toLowerCase(), id);
    const subnetIds = [...byLower.values()].sort();
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        location: str(o.location) ?? '',
        principalId: str(identity.principalId) ?? uai.find((x) => x !== null) ?? null,
        identityType: str(identity.type),
        usesServicePrincipal: clientId !== null && clientId.toLowerCase() !== 'msi' && Object.keys(identity).length === 0,
        networkPlugin: str(np.networkPlugin),
        networkPluginMode: str(np.networkPluginMode),
        podCidr: str(np.podCidr),
        serviceCidr: str(np.serviceCidr),
        dnsServiceIP: str(np.dnsServiceIP),
        enablePrivateCluster: api.enablePrivateCluster === true,
        enablePrivateClusterPublicFqdn: api.enablePrivateClusterPublicFqdn === true || api.enablePrivateClusterPublicFQDN === true,
        subnetIds,
        provisioningState: str(field(o, 'provisioningState')),
        agentCount: pools.length === 0 ? null : pools.reduce((n, p) => n + (num(p.count) ?? 0), 0),
        // Only when Azure says it: absent means AKS's default, local accounts enabled.
        ...(typeof field(o, 'disableLocalAccounts') === 'boolean'
            ? { disableLocalAccounts: field(o, 'disableLocalAccounts') === true }
            : {}),
    };
}
/**
 * A Microsoft.KubernetesConfiguration extension (raw ARM JSON, 2023-05-01: extensions.json in
 * https://github.com/Azure/azure-rest-api-specs/tree/main/specification/kubernetesconfiguration). Only string
 * settings are kept (ARM stores them as strings); protected settings are never returned by Azure.
 */
function normaliseKubernetesExtension(v) {
    if (v === undefined || v === null)
        return null;
    const o = obj(v);
    const p = obj(o.properties);
    const settings = {};
    for (const [k, val] of Object.entries(obj(p.configurationSettings)))
        if (typeof val === 'string')
            settings[k] = val;
    const router = arr(p.statuses)
        .map(obj)
        .find((st) => str(st.code) === 'InferenceRouterAddress' && str(st.message) !== '');
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        extensionType: str(p.extensionType) ?? '',
        releaseNamespace: str(obj(obj(p.scope).cluster).releaseNamespace),
        provisioningState: str(p.provisioningState),
        settings,
        routerAddress: router !== undefined ? str(router.message) : null,
    };
}
/** Every extension of one page of a cluster's extensions list (raw ARM JSON), and whether more pages follow. */
function extensionsOf(page) {
    const o = obj(page);
    const all = arr(o.value)
        .map(normaliseKubernetesExtension)
        .filter((e) => e !== null);
    return { all, morePages: typeof o.nextLink === 'string' && o.nextLink !== '' };
}
/** The AzureML extensions (microsoft.azureml.kubernetes) among `all`, by name. */
function azureMlOnly(all) {
    return all
        .filter((e) => e.extensionType.toLowerCase() === _plan_kubernetes_extension_js__WEBPACK_IMPORTED_MODULE_1__/* .AZUREML_EXTENSION_TYPE */ .W6)
        .sort((a, b) => a.name.localeCompare(b.name));
}
/** The AzureML extensions of one page of the extensions list (raw ARM JSON), and whether more pages follow. */
function azureMlExtensionsOf(page) {
    const { all, morePages } = extensionsOf(page);
    return { extensions: azureMlOnly(all), morePages };
}
/** A resource provider's registration (GET /subscriptions/{s}/providers/{namespace}): its registrationState. */
function normaliseProviderRegistration(v) {
    return str(obj(v).registrationState) ?? 'Unknown';
}
function roleDefinitionGuid(roleDefinitionId) {
    return (roleDefinitionId.split('/').pop() ?? '').toLowerCase();
}
function normaliseRoleAssignment(v) {
    const o = obj(v);
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        scope: str(field(o, 'scope')) ?? '',
        roleDefinitionGuid: roleDefinitionGuid(str(field(o, 'roleDefinitionId')) ?? ''),
        principalId: str(field(o, 'principalId')) ?? '',
    };
}
function normalisePrivateEndpoint(v) {
    const o = obj(v);
    const conns = [
        ...arr(field(o, 'privateLinkServiceConnections')),
        ...arr(field(o, 'manualPrivateLinkServiceConnections')),
    ];
    return {
        id: str(o.id) ?? '',
        subnetId: str(obj(field(o, 'subnet')).id),
        targetIds: conns.map((c) => str(field(obj(c), 'privateLinkServiceId'))).filter((x) => x !== null),
    };
}
function normaliseStorageAccount(v) {
    if (v === undefined)
        return null;
    const o = obj(v);
    const acls = obj(field(o, 'networkAcls'));
    const publicAccess = str(field(o, 'publicNetworkAccess'));
    return {
        id: str(o.id) ?? '',
        defaultAction: str(acls.defaultAction),
        virtualNetworkSubnetIds: arr(acls.virtualNetworkRules)
            .map((r) => str(obj(r).id))
            .filter((x) => x !== null),
        privateEndpointIds: arr(field(o, 'privateEndpointConnections'))
            .map((c) => str(obj(field(obj(c), 'privateEndpoint')).id))
            .filter((x) => x !== null),
        // Only when Azure says it (the field is optional, so older live states compare equal).
        ...(publicAccess !== null ? { publicNetworkAccess: publicAccess } : {}),
    };
}
function normaliseContainerRegistry(v) {
    if (v === undefined)
        return null;
    const o = obj(v);
    return {
        id: str(o.id) ?? '',
        privateEndpointIds: arr(field(o, 'privateEndpointConnections'))
            .map((c) => str(obj(field(obj(c), 'privateEndpoint')).id))
            .filter((x) => x !== null),
    };
}
function normalisePermissions(perms) {
    const actions = new Set();
    const notActions = new Set();
    for (const p of perms) {
        for (const a of strs(obj(p).actions))
            actions.add(a);
        for (const a of strs(obj(p).notActions))
            notActions.add(a);
    }
    return { actions: [...actions].sort(), notActions: [...notActions].sort() };
}


/***/ }),

/***/ 33921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aE: () => (/* binding */ KUBERNETES_CONFIGURATION),
/* harmony export */   kc: () => (/* binding */ EXTENSION_API_VERSION),
/* harmony export */   tw: () => (/* binding */ readKubernetes)
/* harmony export */ });
/* unused harmony export PROVIDERS_API_VERSION */
/* harmony import */ var _spec_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77649);
/* harmony import */ var _live_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10003);
/* harmony import */ var _live_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9376);
/* harmony import */ var _plan_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2682);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64932);





/** The extensions API version amlnet reads and writes (the stable version @azure/arm-kubernetesconfiguration 6.x uses). */
const EXTENSION_API_VERSION = '2023-05-01';
/** Microsoft.Resources providers API version (GET /subscriptions/{s}/providers/{namespace}). */
const PROVIDERS_API_VERSION = '2021-04-01';
const KUBERNETES_CONFIGURATION = 'Microsoft.KubernetesConfiguration';
async function collect(it) {
    const out = [];
    for await (const x of it)
        out.push(x);
    return out;
}
/** Starts the v2 reads; the returned promises settle when every read (and its follow-ups) is in `live`. */
function readKubernetes(spec, deps) {
    const clusters = (0,_spec_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveKubernetesClusters */ .MT)(spec);
    if (clusters.length === 0)
        return [];
    const { clients, live, read } = deps;
    const sub = clients.subscriptionId;
    const net = (0,_spec_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveNetwork */ .lr)(spec);
    const ws = spec.workspace;
    const wsId = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceId */ .RX)(sub, ws.resourceGroup, ws.name);
    live.kubernetesExtensions = {};
    live.azureMlExtensions = {};
    live.providers = {};
    const tasks = [];
    tasks.push(read(`GET provider ${KUBERNETES_CONFIGURATION.toLowerCase()}`, async () => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseProviderRegistration */ .Tr)(await clients.getResource((0,_live_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .providerId */ .fv)(sub, KUBERNETES_CONFIGURATION), PROVIDERS_API_VERSION))).then((v) => {
        live.providers[KUBERNETES_CONFIGURATION.toLowerCase()] = v ?? 'Unknown';
    }), read(`LIST ${wsId.toLowerCase()}/computes`, async () => {
        const m = await clients.machineLearning();
        return (await collect(m.computeOperations.list(ws.resourceGroup, ws.name))).map(_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseCompute */ .UQ);
    }).then((v) => {
        live.workspaceComputes = v ?? [];
    }));
    for (const c of clusters) {
        const clusterId = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .kubernetesClusterId */ .Ab)(sub, c);
        const scope = (0,_plan_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .networkContributorScopeId */ .Hm)(sub, net, c);
        const extId = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .kubernetesExtensionId */ .b6)(clusterId, c.extensionName);
        tasks.push(deps.readManagedCluster(clusterId).then(async (mc) => {
            if (mc === null || (0,_live_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadable */ .GZ)(mc)) {
                // No cluster (yet), or unreadable: its extension cannot be read either.
                live.kubernetesExtensions[extId.toLowerCase()] = mc;
                return;
            }
            await Promise.all([
                mc.principalId !== null ? deps.readRoleAssignments(mc.principalId, scope) : Promise.resolve(),
                // One list of the cluster's extensions gives both the one the spec names and every AzureML extension
                // already there, whatever its name (a second one must never be installed).
                read(`LIST ${clusterId.toLowerCase()}/extensions`, async () => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .extensionsOf */ .oQ)(await clients.getResource(`${clusterId}/providers/${KUBERNETES_CONFIGURATION}/extensions`, EXTENSION_API_VERSION))).then(async (page) => {
                    const listed = page === null ? { all: [], morePages: false } : page;
                    live.azureMlExtensions[clusterId.toLowerCase()] = (0,_live_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadable */ .GZ)(listed) ? listed : (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .azureMlOnly */ .N$)(listed.all);
                    const named = (0,_live_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadable */ .GZ)(listed)
                        ? undefined
                        : listed.all.find((e) => e.name.toLowerCase() === c.extensionName.toLowerCase());
                    if (named !== undefined || (!(0,_live_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnreadable */ .GZ)(listed) && !listed.morePages)) {
                        live.kubernetesExtensions[extId.toLowerCase()] = named ?? null;
                        return;
                    }
                    // The list could not be read, or the extension may be on a later page: read it by its name.
                    live.kubernetesExtensions[extId.toLowerCase()] = await read(`GET ${extId.toLowerCase()}`, async () => (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseKubernetesExtension */ .a$)(await clients.getResource(extId, EXTENSION_API_VERSION)));
                }),
            ]);
        }), read(`GET ${wsId.toLowerCase()}/computes/${c.name.toLowerCase()}`, async () => {
            const m = await clients.machineLearning();
            return (0,_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseCompute */ .UQ)(await m.computeOperations.get(ws.resourceGroup, ws.name, c.name));
        }).then((v) => {
            live.computes[c.name] = v;
        }));
    }
    return tasks;
}


/***/ }),

/***/ 18297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l5: () => (/* binding */ LiveReadError),
  $t: () => (/* binding */ azureLiveReader)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, NETWORK_API_VERSION, REGISTRY_API_VERSION, STORAGE_API_VERSION, readLiveState

// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
// EXTERNAL MODULE: ./src/azure/errors.ts
var errors = __webpack_require__(16616);
// EXTERNAL MODULE: ./src/azure/credential.ts
var credential = __webpack_require__(18098);
;// CONCATENATED MODULE: ./src/azure/live/limit.ts
// A bounded-concurrency runner with memoisation by request key: the live-state reader starts every
// read as soon as what it depends on is known, never more than `limit` at once, and never the same
// request twice.
/**
 * Most distinct Azure reads one plan makes. A real spec needs tens; the schema's list caps allow specs that
 * would need ~1,100. Past this bound every further read fails with a message that says why, and the plan is
 * refused (its resources read as unreadable), instead of sending thousands of requests.
 */
const MAX_PLAN_READS = 2000;
class ReadBudgetExceeded extends Error {
    name = 'ReadBudgetExceeded';
}
class RequestGate {
    limit;
    maxTotal;
    active = 0;
    waiting = [];
    memo = new Map();
    /** Number of distinct requests started (memo hits excluded). */
    started = 0;
    constructor(limit, maxTotal = Number.POSITIVE_INFINITY) {
        this.limit = limit;
        this.maxTotal = maxTotal;
        if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`concurrency limit must be >= 1, got ${limit}`);
    }
    /** Runs `fn` once per key; later calls with the same key share the first call's promise. */
    run(key, fn) {
        const hit = this.memo.get(key);
        if (hit !== undefined)
            return hit;
        if (this.memo.size >= this.maxTotal) {
            return Promise.reject(new ReadBudgetExceeded(`the plan would make more than ${this.maxTotal} Azure reads; split the spec into smaller ones`));
        }
        const p = this.schedule(fn);
        this.memo.set(key, p);
        return p;
    }
    async schedule(fn) {
        if (this.active >= this.limit) {
            // The finishing request hands its slot over directly, so `active` never exceeds the limit.
            await new Promise((resolve) => this.waiting.push(resolve));
        }
        else {
            this.active++;
        }
        this.started++;
        try {
            return await fn();
        }
        finally {
            const next = this.waiting.shift();
            if (next !== undefined)
                next();
            else
                this.active--;
        }
    }
}

// EXTERNAL MODULE: ./src/plan/roles.ts
var roles = __webpack_require__(2682);
// EXTERNAL MODULE: ./src/azure/live/normalise.ts
var normalise = __webpack_require__(64932);
// EXTERNAL MODULE: ./src/live/types.ts
var types = __webpack_require__(10003);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
// EXTERNAL MODULE: ./src/live/permissions.ts
var permissions = __webpack_require__(57386);
// EXTERNAL MODULE: ./src/azure/live/read-kubernetes.ts
var read_kubernetes = __webpack_require__(33921);
;// CONCATENATED MODULE: ./src/azure/live/read.ts










/**
 * Parallel reads at most. A 20-cluster spec reads 24 resources at depth 1 and 20 at each of depths 2 and 3, so the
 * bound must cover a whole level for the wall time to follow the dependency depth: at 50 ms per request
 * (bench/plan-latency.ts) 8 gave 3.5-4.2x the depth bound, 16 gave 1.9x, 32 gave 1.6x. 32 stays far below
 * ARM's read limits (12,000 per hour per subscription).
 */
const DEFAULT_CONCURRENCY = 32;
/** Thrown when a read fails in a way that makes the whole plan meaningless (login, subscription). */
class LiveReadError extends Error {
    name = 'LiveReadError';
}
/**
 * The api-version @azure/arm-network sends for virtual networks, security groups and private endpoints. The plan
 * reads them through the generic GET (clients.getResource, raw ARM JSON, which the normalisers read the same way)
 * so that a plan never loads that SDK (3.4 MB, one module); only an apply or an import does.
 */
const NETWORK_API_VERSION = '2026-01-01';
const STORAGE_API_VERSION = '2023-05-01';
const REGISTRY_API_VERSION = '2023-07-01';
/** Runs one read: 404 -> null; 401/403/other -> Unreadable; a login failure is rethrown. */
async function attempt(fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof credential/* LoginError */.Qd)
            throw err;
        const info = (0,errors.toAzureError)(err);
        if (info.status === 404)
            return null;
        if (info.status === 401)
            throw new LiveReadError(`Azure refused the credential (401 ${info.code}): ${info.message}`);
        const ids = [
            info.status !== undefined ? `HTTP ${info.status}` : '',
            info.correlationId ? `correlation id ${info.correlationId}` : '',
        ]
            .filter((x) => x !== '')
            .join(', ');
        return { unreadable: true, code: info.code, message: ids === '' ? info.message : `${info.message} (${ids})` };
    }
}
async function collect(it) {
    const out = [];
    for await (const x of it)
        out.push(x);
    return out;
}
/** The Azure implementation of the plan's live-state port. */
function azureLiveReader(clients, options = {}) {
    return { read: (spec) => readLiveState(spec, clients, options) };
}
async function readLiveState(spec, clients, options = {}) {
    const gate = new RequestGate(options.concurrency ?? DEFAULT_CONCURRENCY, options.maxReads ?? MAX_PLAN_READS);
    const sub = clients.subscriptionId;
    const net = (0,defaults/* resolveNetwork */.lr)(spec);
    const clusters = (0,defaults/* resolveClusters */.WC)(spec);
    const ws = spec.workspace;
    const live = {
        subscriptionId: sub,
        vnet: null,
        workspace: null,
        computes: {},
        managedClusters: {},
        roleAssignments: {},
        privateEndpoints: {},
    };
    // Each gated call does ONE request; follow-up reads are chained outside the gate, so a read never holds
    // a slot while it waits for another (holding it would deadlock once every slot waits on a follow-up).
    const read = (key, fn) => gate.run(key, () => attempt(fn));
    const readManagedCluster = (id) => read(`GET ${id.toLowerCase()}`, async () => {
        const p = (0,ids/* parseResourceId */.RQ)(id);
        if (p === undefined || p.segments.length !== 2) {
            return { unreadable: true, code: 'InvalidResourceId', message: `'${id}' is not a managed cluster id` };
        }
        const c = await clients.containerService();
        return (0,normalise/* normaliseManagedCluster */.yA)(await c.managedClusters.get(p.resourceGroup, p.name));
    }).then((v) => {
        live.managedClusters[id.toLowerCase()] = v;
        return v;
    });
    const readRoleAssignments = (principalId, scope) => read(`LIST roleAssignments ${scope.toLowerCase()} principalId=${principalId}`, async () => {
        const a = await clients.authorization();
        const items = await collect(a.roleAssignments.listForScope(scope, { filter: `principalId eq '${principalId}'` }));
        return items.map(normalise/* normaliseRoleAssignment */.ai);
    }).then((v) => {
        const prev = live.roleAssignments[principalId];
        const list = v === null ? [] : v;
        if ((0,types/* isUnreadable */.GZ)(list) || prev === undefined || (0,types/* isUnreadable */.GZ)(prev)) {
            live.roleAssignments[principalId] = list;
        }
        else {
            const seen = new Set(prev.map((r) => r.id.toLowerCase()));
            live.roleAssignments[principalId] = [...prev, ...list.filter((r) => !seen.has(r.id.toLowerCase()))];
        }
    });
    const readPrivateEndpoint = (id) => read(`GET ${id.toLowerCase()}`, async () => {
        const p = (0,ids/* parseResourceId */.RQ)(id);
        if (p === undefined)
            return null;
        const pe = await clients.getResource(id, NETWORK_API_VERSION);
        return pe === undefined ? null : (0,normalise/* normalisePrivateEndpoint */.p_)(pe);
    }).then((v) => {
        live.privateEndpoints[id.toLowerCase()] = v;
    });
    const tasks = [];
    // The VNet (with its subnets) and the planning identity's permissions on it.
    tasks.push(read('GET vnet', async () => {
        const v = await clients.getResource((0,ids/* vnetId */.n5)(sub, net.resourceGroup, net.name), NETWORK_API_VERSION);
        return v === undefined ? null : (0,normalise/* normaliseVnet */.Gi)(v, net.resourceGroup);
    }).then((v) => {
        live.vnet = v;
    }), read('LIST permissions vnet', async () => {
        const a = await clients.authorization();
        const perms = await collect(a.permissions.listForResource(net.resourceGroup, 'Microsoft.Network', '', 'virtualNetworks', net.name));
        return (0,normalise/* normalisePermissions */.BR)(perms);
    }).then(async (v) => {
        const perms = v ?? { actions: [], notActions: [] };
        live.permissions = perms;
        if ((0,types/* isUnreadable */.GZ)(perms) || (0,permissions/* permits */.V1)(perms, permissions/* SUBNET_JOIN */.du))
            return;
        const used = [
            ...new Set([...(0,defaults/* resolveAllClusters */.N2)(spec).map((c) => c.subnet), ...(spec.aci ? [spec.aci.subnet] : [])].map((n) => n.toLowerCase())),
        ];
        live.subnetPermissions = {};
        await Promise.all(used.map((name) => read(`LIST permissions subnet ${name}`, async () => {
            const a = await clients.authorization();
            const list = await collect(a.permissions.listForResource(net.resourceGroup, 'Microsoft.Network', `virtualNetworks/${net.name}`, 'subnets', name));
            return (0,normalise/* normalisePermissions */.BR)(list);
        }).then((p) => {
            live.subnetPermissions[name] = p ?? { actions: [], notActions: [] };
        })));
    }));
    if (net.securityGroup !== null) {
        const sg = net.securityGroup;
        tasks.push(read('GET nsg', async () => {
            const nsg = await clients.getResource((0,ids/* nsgId */.SD)(sub, sg.resourceGroup, sg.name), NETWORK_API_VERSION);
            return nsg === undefined ? null : (0,normalise/* normaliseNsg */.Vv)(nsg);
        }).then((v) => {
            live.nsg = v;
        }));
    }
    // The workspace, then what hangs off it.
    const followWorkspace = async (v) => {
        live.workspace = v;
        if (v === null || (0,types/* isUnreadable */.GZ)(v))
            return;
        const follow = v.privateEndpoints.map((pe) => readPrivateEndpoint(pe.id));
        if (v.storageAccountId !== null) {
            const id = v.storageAccountId;
            follow.push(read(`GET ${id.toLowerCase()}`, async () => (0,normalise/* normaliseStorageAccount */.dU)(await clients.getResource(id, STORAGE_API_VERSION))).then(async (s) => {
                live.storageAccount = s;
                // Only a storage account behind network rules needs its endpoints' subnets.
                if (s !== null && !(0,types/* isUnreadable */.GZ)(s) && (0,types/* storageSecured */.RI)(s)) {
                    await Promise.all(s.privateEndpointIds.map(readPrivateEndpoint));
                }
            }));
        }
        // The registry matters only with ACI in the VNet (it must not sit in that VNet), private workspace or not.
        if (v.containerRegistryId !== null && spec.aci) {
            const id = v.containerRegistryId;
            follow.push(read(`GET ${id.toLowerCase()}`, async () => (0,normalise/* normaliseContainerRegistry */.LA)(await clients.getResource(id, REGISTRY_API_VERSION))).then(async (r) => {
                live.containerRegistry = r;
                if (r !== null && !(0,types/* isUnreadable */.GZ)(r))
                    await Promise.all(r.privateEndpointIds.map(readPrivateEndpoint));
            }));
        }
        await Promise.all(follow);
    };
    tasks.push(read('GET workspace', async () => {
        const m = await clients.machineLearning();
        return (0,normalise/* normaliseWorkspace */.M0)(await m.workspaces.get(ws.resourceGroup, ws.name));
    }).then(followWorkspace));
    // Each named compute (GET each: a spec names few, and a list would read every compute of the workspace),
    // then the managed cluster behind it, then that identity's role assignments at the intended scope.
    const wsId = (0,ids/* workspaceId */.RX)(sub, ws.resourceGroup, ws.name);
    for (const cluster of clusters) {
        const scope = (0,roles/* networkContributorScopeId */.Hm)(sub, net, cluster);
        const followCluster = async (mc) => {
            if (mc === null || (0,types/* isUnreadable */.GZ)(mc) || mc.principalId === null)
                return;
            await readRoleAssignments(mc.principalId, scope);
        };
        tasks.push(read(`GET ${wsId.toLowerCase()}/computes/${cluster.name.toLowerCase()}`, async () => {
            const m = await clients.machineLearning();
            return (0,normalise/* normaliseCompute */.UQ)(await m.computeOperations.get(ws.resourceGroup, ws.name, cluster.name));
        }).then(async (v) => {
            live.computes[cluster.name] = v;
            if (v !== null && !(0,types/* isUnreadable */.GZ)(v) && v.resourceId !== null) {
                await followCluster(await readManagedCluster(v.resourceId));
            }
        }));
        if (cluster.mode === 'attach' && cluster.resourceId !== null) {
            // Read in parallel with the compute: for attach the cluster id is known up front.
            tasks.push(readManagedCluster(cluster.resourceId).then(followCluster));
        }
        else if (cluster.mode === 'create' && cluster.privateCluster) {
            // The id a private cluster gets from amlnet: it exists without a compute after a partial apply.
            tasks.push(readManagedCluster((0,ids/* managedClusterId */.hG)(sub, ws.resourceGroup, cluster.name)).then(followCluster));
        }
    }
    tasks.push(...(0,read_kubernetes/* readKubernetes */.tw)(spec, { clients, live, read, readManagedCluster, readRoleAssignments }));
    await Promise.all(tasks);
    return { live: sortLive(live), reads: gate.started };
}
/** Record keys in a fixed order, so that the live state (and anything built from it) does not depend on read timing. */
function sortLive(live) {
    const sortRecord = (r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const roles = sortRecord(live.roleAssignments);
    for (const k of Object.keys(roles)) {
        const v = roles[k];
        if (!(0,types/* isUnreadable */.GZ)(v))
            roles[k] = [...v].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return {
        ...live,
        computes: sortRecord(live.computes),
        managedClusters: sortRecord(live.managedClusters),
        roleAssignments: roles,
        privateEndpoints: sortRecord(live.privateEndpoints),
        ...(live.subnetPermissions !== undefined ? { subnetPermissions: sortRecord(live.subnetPermissions) } : {}),
        ...(live.kubernetesExtensions !== undefined ? { kubernetesExtensions: sortRecord(live.kubernetesExtensions) } : {}),
        ...(live.azureMlExtensions !== undefined ? { azureMlExtensions: sortRecord(live.azureMlExtensions) } : {}),
        ...(live.workspaceComputes !== undefined && !(0,types/* isUnreadable */.GZ)(live.workspaceComputes)
            ? { workspaceComputes: [...live.workspaceComputes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }
            : {}),
    };
}


/***/ })

};
