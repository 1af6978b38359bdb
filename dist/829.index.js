export const id = 829;
export const ids = [829];
export const modules = {

/***/ 30829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StateError: () => (/* reexport */ StateError),
  startEmulator: () => (/* binding */ startEmulator)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./emulator/arm/catalog.ts
// Which resource types and api-versions the emulator serves, with ARM's canonical casing.
// Each namespace accepts every api-version Azure/azure-rest-api-specs publishes for the types the emulator serves
// (stable and preview folders under specification/<service>/resource-manager/<Namespace>/), so that clients with
// older defaults (the Python SDKs, the Azure CLI) get answers, not InvalidApiVersionParameter. Where a version's shape
// differs in a way clients notice, the provider asks versionAtLeast() (below).
const API_VERSIONS = {
    // specification/resources/resource-manager/Microsoft.Resources/stable (resource groups and subscriptions)
    'microsoft.resources': [
        '2015-11-01',
        '2016-02-01',
        '2016-06-01',
        '2016-07-01',
        '2016-09-01',
        '2017-05-10',
        '2018-02-01',
        '2018-05-01',
        '2018-06-01',
        '2019-03-01',
        '2019-05-01',
        '2019-05-10',
        '2019-06-01',
        '2019-07-01',
        '2019-08-01',
        '2019-10-01',
        '2019-11-01',
        '2020-01-01',
        '2020-06-01',
        '2020-08-01',
        '2020-10-01',
        '2021-01-01',
        '2021-04-01',
        '2022-09-01',
        '2022-12-01',
        '2023-07-01',
        '2024-03-01',
        '2024-07-01',
        '2024-11-01',
        '2025-03-01',
        '2025-04-01',
    ],
    // specification/network/resource-manager/Microsoft.Network/{stable,preview}
    'microsoft.network': [
        '2015-05-01-preview',
        '2015-06-15',
        '2016-03-30',
        '2016-06-01',
        '2016-09-01',
        '2016-12-01',
        '2017-03-01',
        '2017-06-01',
        '2017-08-01',
        '2017-09-01',
        '2017-10-01',
        '2017-11-01',
        '2018-01-01',
        '2018-02-01',
        '2018-04-01',
        '2018-06-01',
        '2018-07-01',
        '2018-08-01',
        '2018-10-01',
        '2018-11-01',
        '2018-12-01',
        '2019-02-01',
        '2019-04-01',
        '2019-06-01',
        '2019-07-01',
        '2019-08-01',
        '2019-09-01',
        '2019-11-01',
        '2019-12-01',
        '2020-03-01',
        '2020-04-01',
        '2020-05-01',
        '2020-06-01',
        '2020-07-01',
        '2020-08-01',
        '2020-11-01',
        '2021-02-01',
        '2021-03-01',
        '2021-05-01',
        '2021-08-01',
        '2022-01-01',
        '2022-05-01',
        '2022-07-01',
        '2022-09-01',
        '2022-11-01',
        '2023-02-01',
        '2023-04-01',
        '2023-05-01',
        '2023-06-01',
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
    // specification/containerservice/resource-manager/Microsoft.ContainerService/aks/{stable,preview}
    'microsoft.containerservice': [
        '2017-08-31',
        '2018-03-31',
        '2018-08-01-preview',
        '2019-02-01',
        '2019-02-01-preview',
        '2019-04-01',
        '2019-06-01',
        '2019-08-01',
        '2019-10-01',
        '2019-11-01',
        '2020-01-01',
        '2020-02-01',
        '2020-03-01',
        '2020-04-01',
        '2020-06-01',
        '2020-07-01',
        '2020-09-01',
        '2020-11-01',
        '2020-12-01',
        '2021-02-01',
        '2021-03-01',
        '2021-05-01',
        '2021-07-01',
        '2021-08-01',
        '2021-09-01',
        '2021-10-01',
        '2021-11-01-preview',
        '2022-01-01',
        '2022-01-02-preview',
        '2022-02-01',
        '2022-02-02-preview',
        '2022-03-01',
        '2022-03-02-preview',
        '2022-04-01',
        '2022-04-02-preview',
        '2022-05-02-preview',
        '2022-06-01',
        '2022-06-02-preview',
        '2022-07-01',
        '2022-07-02-preview',
        '2022-08-01',
        '2022-08-02-preview',
        '2022-08-03-preview',
        '2022-09-01',
        '2022-09-02-preview',
        '2022-10-02-preview',
        '2022-11-01',
        '2022-11-02-preview',
        '2023-01-01',
        '2023-01-02-preview',
        '2023-02-01',
        '2023-02-02-preview',
        '2023-03-01',
        '2023-03-02-preview',
        '2023-04-01',
        '2023-04-02-preview',
        '2023-05-01',
        '2023-05-02-preview',
        '2023-06-01',
        '2023-06-02-preview',
        '2023-07-01',
        '2023-07-02-preview',
        '2023-08-01',
        '2023-08-02-preview',
        '2023-09-01',
        '2023-09-02-preview',
        '2023-10-01',
        '2023-10-02-preview',
        '2023-11-01',
        '2023-11-02-preview',
        '2024-01-01',
        '2024-01-02-preview',
        '2024-02-01',
        '2024-02-02-preview',
        '2024-03-02-preview',
        '2024-04-02-preview',
        '2024-05-01',
        '2024-05-02-preview',
        '2024-06-02-preview',
        '2024-07-01',
        '2024-07-02-preview',
        '2024-08-01',
        '2024-09-01',
        '2024-09-02-preview',
        '2024-10-01',
        '2024-10-02-preview',
        '2025-01-01',
        '2025-01-02-preview',
        '2025-02-01',
        '2025-02-02-preview',
        '2025-03-01',
        '2025-03-02-preview',
        '2025-04-01',
        '2025-04-02-preview',
        '2025-05-01',
        '2025-05-02-preview',
        '2025-06-01',
        '2025-06-02-preview',
        '2025-07-01',
        '2025-07-02-preview',
        '2025-08-01',
        '2025-08-02-preview',
        '2025-09-01',
        '2025-10-01',
        '2026-01-01',
        '2026-02-01',
        '2026-03-01',
        '2026-04-01',
        '2026-05-01',
        '2026-06-01',
    ],
    // specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/{stable,preview}
    'microsoft.machinelearningservices': [
        '2018-11-19',
        '2019-05-01',
        '2019-06-01',
        '2019-11-01',
        '2020-01-01',
        '2020-03-01',
        '2020-04-01',
        '2020-05-01-preview',
        '2020-05-15-preview',
        '2020-06-01',
        '2020-08-01',
        '2020-09-01-preview',
        '2021-01-01',
        '2021-03-01-preview',
        '2021-04-01',
        '2021-07-01',
        '2022-01-01-preview',
        '2022-02-01-preview',
        '2022-05-01',
        '2022-06-01-preview',
        '2022-10-01',
        '2022-10-01-preview',
        '2022-12-01',
        '2022-12-01-preview',
        '2023-02-01-preview',
        '2023-04-01',
        '2023-04-01-preview',
        '2023-06-01-preview',
        '2023-08-01-preview',
        '2023-10-01',
        '2024-01-01-preview',
        '2024-04-01',
        '2024-04-01-preview',
        '2024-07-01-preview',
        '2024-10-01',
        '2024-10-01-preview',
        '2025-01-01-preview',
        '2025-04-01',
        '2025-04-01-preview',
        '2025-06-01',
        '2025-07-01-preview',
        '2025-09-01',
    ],
    // specification/storage/resource-manager/Microsoft.Storage/{stable,preview}
    'microsoft.storage': [
        '2015-06-15',
        '2016-01-01',
        '2016-05-01',
        '2016-12-01',
        '2017-06-01',
        '2017-10-01',
        '2018-02-01',
        '2018-07-01',
        '2018-11-01',
        '2019-04-01',
        '2019-06-01',
        '2020-08-01-preview',
        '2021-01-01',
        '2021-02-01',
        '2021-04-01',
        '2021-06-01',
        '2021-08-01',
        '2021-09-01',
        '2022-05-01',
        '2022-09-01',
        '2023-01-01',
        '2023-04-01',
        '2023-05-01',
        '2024-01-01',
        '2025-01-01',
    ],
    // specification/containerregistry/resource-manager/Microsoft.ContainerRegistry/{stable,preview}
    'microsoft.containerregistry': [
        '2017-10-01',
        '2019-05-01',
        '2019-12-01-preview',
        '2020-11-01-preview',
        '2021-06-01-preview',
        '2021-08-01-preview',
        '2021-09-01',
        '2021-12-01-preview',
        '2022-02-01-preview',
        '2022-12-01',
        '2023-01-01-preview',
        '2023-06-01-preview',
        '2023-07-01',
        '2023-08-01-preview',
        '2023-11-01-preview',
        '2024-11-01-preview',
        '2025-04-01',
    ],
    // The stable versions azure-rest-api-specs publishes for extensions
    // (specification/kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/extensions/stable/);
    // @azure/arm-kubernetesconfiguration 6.x sends 2023-05-01.
    'microsoft.kubernetesconfiguration': [
        '2022-03-01',
        '2022-07-01',
        '2022-11-01',
        '2023-05-01',
        '2024-11-01',
        '2025-03-01',
    ],
    // specification/authorization/resource-manager/Microsoft.Authorization/{stable,preview} (roleAssignments, roleDefinitions)
    'microsoft.authorization': [
        '2015-06-01-preview',
        '2015-07-01',
        '2017-10-01-preview',
        '2018-01-01-preview',
        '2018-07-01-preview',
        '2018-09-01-preview',
        '2020-03-01-preview',
        '2020-04-01-preview',
        '2020-08-01-preview',
        '2020-10-01',
        '2020-10-01-preview',
        '2022-04-01',
        '2022-05-01-preview',
    ],
};
/** Compares api-versions by date ("2023-04-01" < "2023-04-02-preview" < "2023-05-01"). */
function versionAtLeast(apiVersion, since) {
    return apiVersion.slice(0, 10) >= since.slice(0, 10);
}
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
    'Microsoft.KubernetesConfiguration/extensions',
];
const CANONICAL = new Map(TYPES.map((t) => [t.toLowerCase(), t]));
function canonicalType(fullType) {
    return CANONICAL.get(fullType.toLowerCase());
}
const T = {
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
    extension: 'Microsoft.KubernetesConfiguration/extensions',
    resourceGroup: 'Microsoft.Resources/resourceGroups',
    roleAssignment: 'Microsoft.Authorization/roleAssignments',
    roleDefinition: 'Microsoft.Authorization/roleDefinitions',
};

;// CONCATENATED MODULE: ./emulator/arm/errors.ts
class ArmError extends Error {
    status;
    code;
    target;
    details;
    headers;
    constructor(status, code, message, target, details, headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.target = target;
        this.details = details;
        this.headers = headers;
    }
    body() {
        return errorBody(this.code, this.message, this.target, this.details);
    }
}
function errorBody(code, message, target, details) {
    const body = { code, message };
    if (target !== undefined)
        body.target = target;
    if (details !== undefined && details.length > 0)
        body.details = details;
    return body;
}
function errorJson(e) {
    const out = { code: e.code, message: e.message };
    if (e.target !== undefined)
        out.target = e.target;
    if (e.details !== undefined)
        out.details = e.details.map((d) => errorJson(d));
    return out;
}
const badRequest = (code, message, target) => new ArmError(400, code, message, target);
function resourceNotFound(fullType, name, resourceGroup) {
    return new ArmError(404, 'ResourceNotFound', `The Resource '${fullType}/${name}' under resource group '${resourceGroup}' was not found. ` +
        'For more details please go to https://aka.ms/ARMResourceNotFoundFix');
}
function parentNotFound(parentName) {
    return new ArmError(404, 'ParentResourceNotFound', `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`);
}
function resourceGroupNotFound(name) {
    return new ArmError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);
}
/** Narrowing helpers for request bodies, which arrive as `unknown`. */
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function asObject(v) {
    return isObject(v) ? v : undefined;
}
function asString(v) {
    return typeof v === 'string' ? v : undefined;
}
function asArray(v) {
    return Array.isArray(v) ? v : undefined;
}
function clone(v) {
    return structuredClone(v);
}

;// CONCATENATED MODULE: ./emulator/arm/context.ts
// What a provider sees of one request, plus the resource store helpers over world.resources.


const json = (status, body, headers) => ({
    status,
    body,
    headers,
});
function getResource(world, id) {
    return world.resources.get(id.toLowerCase());
}
function putResource(world, resource) {
    const id = asString(resource.id);
    if (id === undefined)
        throw new Error('resource without id');
    world.resources.set(id.toLowerCase(), resource);
}
function deleteResource(world, id) {
    world.resources.delete(id.toLowerCase());
}
function resourcesOfType(world, fullType) {
    const t = fullType.toLowerCase();
    return [...world.resources.values()].filter((r) => asString(r.type)?.toLowerCase() === t);
}
const newEtag = () => `W/"${(0,external_node_crypto_.randomUUID)()}"`;
function props(resource) {
    let p = asObject(resource.properties);
    if (p === undefined) {
        p = {};
        resource.properties = p;
    }
    return p;
}
/** Enforces If-Match / If-None-Match against the current etag (412 PreconditionFailed, as Network does). */
function checkPreconditions(req, current) {
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    const etag = current === undefined ? undefined : asString(current.etag);
    if (ifMatch !== undefined && ifMatch !== '') {
        const ok = ifMatch.trim() === '*' ? current !== undefined : etag !== undefined && ifMatch.trim() === etag;
        if (!ok) {
            throw new ArmError(412, 'PreconditionFailed', `Precondition failed. The resource's etag ${etag ?? '(none)'} does not match the If-Match value ${ifMatch}.`);
        }
    }
    if (ifNoneMatch !== undefined && ifNoneMatch.trim() === '*' && current !== undefined) {
        throw new ArmError(412, 'PreconditionFailed', 'Precondition failed. The resource already exists (If-None-Match: *).');
    }
}
/** The lro-failed fault for this request, as an error the operation will end with. */
function takeLroFault(ctx, fullType) {
    const f = ctx.faults.take('lro-failed', ctx.req, fullType);
    if (f === undefined)
        return undefined;
    return {
        code: f.code ?? 'InternalServerError',
        message: f.message ?? 'The operation failed (fault injected by the emulator).',
    };
}

;// CONCATENATED MODULE: ./emulator/arm/ids.ts
// Parsing of ARM request paths into what they address. Segments are matched case-insensitively, as ARM does.
const eq = (a, b) => a !== undefined && a.toLowerCase() === b.toLowerCase();
function parsePath(path) {
    const segs = path
        .split('/')
        .filter((s) => s.length > 0)
        .map((s) => decodeURIComponent(s));
    // Extension resources of Microsoft.Authorization hang off any scope: {scope}/providers/Microsoft.Authorization/...
    for (let i = segs.length - 2; i >= 0; i--) {
        if (eq(segs[i], 'providers') && eq(segs[i + 1], 'Microsoft.Authorization')) {
            const rest = segs.slice(i + 2);
            const coll = rest[0]?.toLowerCase();
            if ((coll === 'roleassignments' || coll === 'roledefinitions' || coll === 'permissions') && rest.length <= 2) {
                const scope = segs.length > 0 && i > 0 ? '/' + segs.slice(0, i).join('/') : '';
                return { kind: 'authorization', scope, collection: coll, name: rest[1] };
            }
            break;
        }
    }
    if (segs.length === 0 || !eq(segs[0], 'subscriptions'))
        return { kind: 'unknown' };
    if (segs.length === 1)
        return { kind: 'subscriptions' };
    const subscriptionId = segs[1];
    if (segs.length === 2)
        return { kind: 'subscription', subscriptionId };
    if (eq(segs[2], 'providers')) {
        const namespace = segs[3];
        if (namespace === undefined)
            return { kind: 'unknown' };
        if (segs.length === 4)
            return { kind: 'provider', subscriptionId, namespace };
        if (eq(segs[4], 'locations') && segs.length === 8) {
            return { kind: 'operation', subscriptionId, namespace, location: segs[5], operationId: segs[7] };
        }
        const tail = segs.slice(4);
        if (tail.length === 1) {
            return { kind: 'resource', ref: { subscriptionId, namespace, types: tail, names: [], collection: true } };
        }
        return { kind: 'unknown' };
    }
    if (!eq(segs[2], 'resourceGroups'))
        return { kind: 'unknown' };
    if (segs.length === 3)
        return { kind: 'resourceGroups', subscriptionId };
    const resourceGroup = segs[3];
    if (segs.length === 4)
        return { kind: 'resourceGroup', subscriptionId, resourceGroup };
    if (!eq(segs[4], 'providers') || segs.length < 7)
        return { kind: 'unknown' };
    const extension = extensionResource(segs);
    if (extension !== undefined)
        return extension;
    const namespace = segs[5];
    const tail = segs.slice(6);
    const types = [];
    const names = [];
    tail.forEach((s, i) => (i % 2 === 0 ? types : names).push(s));
    return {
        kind: 'resource',
        ref: { subscriptionId, resourceGroup, namespace, types, names, collection: types.length > names.length },
    };
}
/** Namespaces whose resources the emulator serves as extension resources of another resource. */
const EXTENSION_NAMESPACES = ['Microsoft.KubernetesConfiguration'];
/** {rg path}/providers/{ns}/{type}/{name}/providers/{extension ns}/{type}[/{name}], or undefined. */
function extensionResource(segs) {
    for (let i = 8; i < segs.length - 1; i++) {
        if (!eq(segs[i], 'providers') || !EXTENSION_NAMESPACES.some((ns) => eq(segs[i + 1], ns)))
            continue;
        const rest = segs.slice(i + 2);
        if (rest.length < 1 || rest.length > 2)
            return { kind: 'unknown' };
        return {
            kind: 'resource',
            ref: {
                subscriptionId: segs[1],
                resourceGroup: segs[3],
                namespace: segs[i + 1],
                types: [rest[0]],
                names: rest.slice(1),
                collection: rest.length === 1,
                scope: '/' + segs.slice(0, i).join('/'),
            },
        };
    }
    return undefined;
}
function fullTypeOf(ref) {
    return [ref.namespace, ...ref.types].join('/');
}
/** Builds a resource id with the given (canonical) type segments. */
function buildId(subscriptionId, resourceGroup, fullType, names) {
    const [ns, ...types] = fullType.split('/');
    let id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${ns}`;
    types.forEach((t, i) => {
        id += `/${t}`;
        if (names[i] !== undefined)
            id += `/${names[i]}`;
    });
    return id;
}
/** Parses a full resource id (as found in bodies, e.g. vnetSubnetID); undefined when malformed. */
function parseResourceId(id) {
    const route = parsePath(id);
    if (route.kind !== 'resource' || route.ref.collection || route.ref.resourceGroup === undefined)
        return undefined;
    return {
        subscriptionId: route.ref.subscriptionId,
        resourceGroup: route.ref.resourceGroup,
        fullType: fullTypeOf(route.ref),
        names: route.ref.names,
    };
}
/** True when `scope` is `target` or one of its ancestors ('' and '/' are the tenant root). */
function scopeCovers(scope, target) {
    const s = scope.toLowerCase().replace(/\/+$/, '');
    const t = target.toLowerCase().replace(/\/+$/, '');
    return s === '' || s === t || t.startsWith(s + '/');
}

;// CONCATENATED MODULE: ./emulator/arm/lro.ts
// Long-running operations, evaluated lazily by time: an operation is InProgress until its end time,
// and is settled (its resource change committed or rolled back) at the first request that arrives
// after it. No timers, so nothing leaks and tests are deterministic.


/**
 * Retry-After (s) the resource providers answer on their long-running operations: 10 s is what the Network RP's
 * asynchronous responses carry (https://learn.microsoft.com/azure/azure-resource-manager/management/async-operations
 * describes the header); the others are given the same value.
 */
const REALISTIC_RETRY_AFTER_SECONDS = {
    'microsoft.network': 10,
    'microsoft.containerservice': 10,
    'microsoft.machinelearningservices': 10,
};
class LroEngine {
    world;
    ops = new Map();
    constructor(world) {
        this.world = world;
    }
    durationMs(timingKey) {
        const t = this.world.timings.lroMs;
        return Math.max(0, t[timingKey] ?? t.default ?? 0);
    }
    /**
     * Seconds for the Retry-After header. `lroMs['retry-after']` (ms, rounded up) fixes it (tests set 0). Otherwise it
     * is what Azure answers (REALISTIC_RETRY_AFTER_SECONDS) but never longer than the operation still has to run, so
     * a world with realistic durations paces its clients as Azure does and a world of instant operations stays fast.
     */
    retryAfterSeconds(op, now = Date.now()) {
        const fixed = this.world.timings.lroMs['retry-after'];
        if (fixed !== undefined)
            return Math.ceil(fixed / 1000);
        if (op === undefined)
            return 0;
        const typical = REALISTIC_RETRY_AFTER_SECONDS[op.plan.namespace.toLowerCase()] ?? 10;
        return Math.max(0, Math.min(typical, Math.floor((op.endsAt - now) / 1000)));
    }
    /** Retry-After for a status poll of this operation (0 once it has ended). */
    retryAfterFor(operationId, now) {
        const op = this.ops.get(operationId);
        return op === undefined || op.status !== 'InProgress' ? 0 : this.retryAfterSeconds(op, now);
    }
    start(plan, now, baseUrl) {
        const op = {
            id: (0,external_node_crypto_.randomUUID)(),
            plan,
            startTime: now,
            endsAt: now + (plan.durationMs ?? this.durationMs(plan.timingKey)),
            status: 'InProgress',
        };
        this.ops.set(op.id, op);
        const coll = plan.statusCollection ?? 'operations';
        const url = `${baseUrl}/subscriptions/${plan.subscriptionId}/providers/${plan.namespace}/locations/` +
            `${encodeURIComponent(plan.location)}/${coll}/${op.id}?api-version=${plan.apiVersion}`;
        return { 'Azure-AsyncOperation': url, 'Retry-After': String(this.retryAfterSeconds(op, now)) };
    }
    /** Commits every operation whose time has come, oldest first; forgets finished ones after an hour. */
    settle(now) {
        for (const [id, op] of this.ops) {
            if (op.endTime !== undefined && now - op.endTime > 3_600_000)
                this.ops.delete(id);
        }
        const due = [...this.ops.values()]
            .filter((o) => o.status === 'InProgress' && o.endsAt <= now)
            .sort((a, b) => a.endsAt - b.endsAt);
        for (const op of due) {
            op.endTime = now;
            if (op.plan.failure !== undefined) {
                op.status = 'Failed';
                op.error = op.plan.failure;
                op.plan.onFail(op.plan.failure, now);
            }
            else {
                op.status = 'Succeeded';
                op.plan.onSucceed(now);
            }
        }
    }
    /** True while an operation on this resource, a parent or a child is running. */
    busy(resourceId) {
        const id = resourceId.toLowerCase();
        for (const op of this.ops.values()) {
            if (op.status !== 'InProgress')
                continue;
            const other = op.plan.resourceId.toLowerCase();
            if (other === id || other.startsWith(id + '/') || id.startsWith(other + '/'))
                return true;
        }
        return false;
    }
    statusBody(operationId) {
        const op = this.ops.get(operationId);
        if (op === undefined)
            return undefined;
        const body = {
            id: `/subscriptions/${op.plan.subscriptionId}/providers/${op.plan.namespace}/locations/${op.plan.location}/operations/${op.id}`,
            name: op.id,
            status: op.status,
            startTime: new Date(op.startTime).toISOString(),
        };
        if (op.endTime !== undefined)
            body.endTime = new Date(op.endTime).toISOString();
        if (op.status === 'Succeeded')
            body.percentComplete = 100;
        if (op.error !== undefined)
            body.error = errorJson(op.error);
        return body;
    }
}

;// CONCATENATED MODULE: ./emulator/arm/rbac.ts



const perm = (actions, notActions = []) => ({
    actions,
    notActions,
    dataActions: [],
    notDataActions: [],
});
/** The built-in roles amlnet deals with (subset of Azure's, same GUIDs and permissions). */
const builtInRoleDefinitions = [
    {
        name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
        roleName: 'Owner',
        description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
        type: 'BuiltInRole',
        permissions: [perm(['*'])],
        assignableScopes: ['/'],
    },
    {
        name: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
        roleName: 'Contributor',
        description: 'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
        type: 'BuiltInRole',
        permissions: [
            perm(['*'], [
                'Microsoft.Authorization/*/Delete',
                'Microsoft.Authorization/*/Write',
                'Microsoft.Authorization/elevateAccess/Action',
                'Microsoft.Blueprint/blueprintAssignments/write',
                'Microsoft.Blueprint/blueprintAssignments/delete',
                'Microsoft.Compute/galleries/share/action',
                'Microsoft.Purview/consents/write',
                'Microsoft.Purview/consents/delete',
                'Microsoft.Resources/deploymentStacks/manageDenySetting/action',
                'Microsoft.Subscription/cancel/action',
                'Microsoft.Subscription/enable/action',
            ]),
        ],
        assignableScopes: ['/'],
    },
    {
        name: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
        roleName: 'Reader',
        description: 'View all resources, but does not allow you to make any changes.',
        type: 'BuiltInRole',
        permissions: [perm(['*/read'])],
        assignableScopes: ['/'],
    },
    {
        name: '4d97b98b-1d4f-4787-a291-c67834d212e7',
        roleName: 'Network Contributor',
        description: 'Lets you manage networks, but not access to them.',
        type: 'BuiltInRole',
        permissions: [
            perm([
                'Microsoft.Authorization/*/read',
                'Microsoft.Insights/alertRules/*',
                'Microsoft.Network/*',
                'Microsoft.ResourceHealth/availabilityStatuses/read',
                'Microsoft.Resources/deployments/*',
                'Microsoft.Resources/subscriptions/resourceGroups/read',
                'Microsoft.Support/*',
            ]),
        ],
        assignableScopes: ['/'],
    },
    {
        name: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
        roleName: 'Role Based Access Control Administrator',
        description: 'Manage access to Azure resources by assigning roles using Azure RBAC. This role does not allow you to manage access using other ways, such as Azure Policy.',
        type: 'BuiltInRole',
        permissions: [
            perm([
                'Microsoft.Authorization/roleAssignments/write',
                'Microsoft.Authorization/roleAssignments/delete',
                '*/read',
                'Microsoft.Support/*',
            ]),
        ],
        assignableScopes: ['/'],
    },
    {
        name: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
        roleName: 'User Access Administrator',
        description: 'Lets you manage user access to Azure resources.',
        type: 'BuiltInRole',
        permissions: [perm(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'])],
        assignableScopes: ['/'],
    },
];
const ROLE_IDS = {
    owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
    rbacAdministrator: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
};
const patternCache = new Map();
/** ARM action wildcard match: `*` spans any characters, including `/`; case-insensitive. */
function actionMatches(pattern, action) {
    let re = patternCache.get(pattern);
    if (re === undefined) {
        const body = pattern
            .split('*')
            .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*');
        re = new RegExp(`^${body}$`, 'i');
        patternCache.set(pattern, re);
    }
    return re.test(action);
}
function permissionAllows(p, action) {
    return p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((a) => actionMatches(a, action));
}
/** The GUID at the end of a role definition id (or the GUID itself). */
function roleGuid(roleDefinitionId) {
    const parts = roleDefinitionId.split('/').filter((s) => s.length > 0);
    return (parts[parts.length - 1] ?? '').toLowerCase();
}
function strings(v) {
    return (asArray(v) ?? []).filter((s) => typeof s === 'string');
}
/** A custom role definition seeded into the world as a resource of type roleDefinitions. */
function customRole(resource) {
    const props = asObject(resource.properties);
    const name = asString(resource.name);
    if (props === undefined || name === undefined)
        return undefined;
    return {
        name: name.toLowerCase(),
        roleName: asString(props.roleName) ?? name,
        description: asString(props.description) ?? '',
        type: 'CustomRole',
        permissions: (asArray(props.permissions) ?? []).map((p) => {
            const o = asObject(p) ?? {};
            return {
                actions: strings(o.actions),
                notActions: strings(o.notActions),
                dataActions: strings(o.dataActions),
                notDataActions: strings(o.notDataActions),
            };
        }),
        assignableScopes: strings(props.assignableScopes),
    };
}
function findRoleDefinition(world, idOrGuid) {
    const guid = roleGuid(idOrGuid);
    const builtIn = builtInRoleDefinitions.find((r) => r.name === guid);
    if (builtIn !== undefined)
        return builtIn;
    for (const r of world.resources.values()) {
        if (asString(r.type)?.toLowerCase() === T.roleDefinition.toLowerCase() &&
            asString(r.name)?.toLowerCase() === guid) {
            return customRole(r);
        }
    }
    return undefined;
}
function allRoleDefinitions(world) {
    const custom = [];
    for (const r of world.resources.values()) {
        if (asString(r.type)?.toLowerCase() === T.roleDefinition.toLowerCase()) {
            const def = customRole(r);
            if (def !== undefined)
                custom.push(def);
        }
    }
    return [...builtInRoleDefinitions, ...custom];
}
/** `{scope}/providers/Microsoft.Authorization/roleDefinitions/{guid}` in the GET shape of the 2022-04-01 API. */
function roleDefinitionJson(def, subscriptionId) {
    const prefix = subscriptionId === undefined ? '' : `/subscriptions/${subscriptionId}`;
    return {
        id: `${prefix}/providers/Microsoft.Authorization/roleDefinitions/${def.name}`,
        name: def.name,
        type: T.roleDefinition,
        properties: {
            roleName: def.roleName,
            type: def.type,
            description: def.description,
            assignableScopes: def.assignableScopes,
            permissions: def.permissions.map((p) => ({ ...p })),
        },
    };
}
function scopeOfAssignmentId(id) {
    const i = id.toLowerCase().lastIndexOf('/providers/microsoft.authorization/roleassignments/');
    return i < 0 ? '' : id.slice(0, i);
}
function roleAssignments(world) {
    const out = [];
    for (const r of world.resources.values()) {
        if (asString(r.type)?.toLowerCase() !== T.roleAssignment.toLowerCase())
            continue;
        const props = asObject(r.properties);
        const id = asString(r.id);
        const principalId = asString(props?.principalId);
        const roleDefinitionId = asString(props?.roleDefinitionId);
        if (id === undefined || principalId === undefined || roleDefinitionId === undefined)
            continue;
        out.push({
            id,
            scope: asString(props?.scope) ?? scopeOfAssignmentId(id),
            principalId,
            roleDefinitionId,
            resource: r,
        });
    }
    return out;
}
/** The permission sets granted to a principal over a scope (one per applicable assignment's role). */
function effectivePermissions(world, principalId, scope) {
    const out = [];
    for (const a of roleAssignments(world)) {
        if (a.principalId.toLowerCase() !== principalId.toLowerCase() || !scopeCovers(a.scope, scope))
            continue;
        const def = findRoleDefinition(world, a.roleDefinitionId);
        if (def !== undefined)
            out.push(...def.permissions);
    }
    return out;
}
function isAllowed(world, principalId, action, scope) {
    return effectivePermissions(world, principalId, scope).some((p) => permissionAllows(p, action));
}
function authorizationFailed(principal, action, scope) {
    const oid = principal.objectId;
    return new ArmError(403, 'AuthorizationFailed', `The client '${oid}' with object id '${oid}' does not have authorization to perform action '${action}' ` +
        `over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`);
}
function authorize(world, principal, action, scope) {
    if (!isAllowed(world, principal.objectId, action, scope))
        throw authorizationFailed(principal, action, scope);
}

;// CONCATENATED MODULE: ./emulator/arm/store.ts



/** Finds any resource by id, top-level or nested in its parent's properties.{childCollection}. */
function findById(world, id) {
    const direct = getResource(world, id);
    if (direct !== undefined)
        return direct;
    const parsed = parseResourceId(id);
    if (parsed === undefined)
        return undefined;
    const types = parsed.fullType.split('/');
    if (types.length < 3)
        return undefined;
    const parentType = types.slice(0, -1).join('/');
    const parentId = buildId(parsed.subscriptionId, parsed.resourceGroup, parentType, parsed.names.slice(0, -1));
    const parent = findById(world, parentId);
    const collection = types[types.length - 1];
    const name = parsed.names[parsed.names.length - 1];
    return childOf(parent, collection, name);
}
function childOf(parent, collection, name) {
    if (parent === undefined || name === undefined)
        return undefined;
    const p = asObject(parent.properties);
    if (p === undefined)
        return undefined;
    const key = Object.keys(p).find((k) => k.toLowerCase() === collection.toLowerCase());
    const items = key === undefined ? [] : (asArray(p[key]) ?? []);
    for (const item of items) {
        const o = asObject(item);
        if (o !== undefined && asString(o.name)?.toLowerCase() === name.toLowerCase())
            return o;
    }
    return undefined;
}
function resourceGroupOf(world, subscriptionId, name) {
    return getResource(world, `/subscriptions/${subscriptionId}/resourceGroups/${name}`);
}
function knownSubscription(world, subscriptionId) {
    return world.subscriptionIds.some((s) => s.toLowerCase() === subscriptionId.toLowerCase());
}

;// CONCATENATED MODULE: ./emulator/arm/providers/authorization.ts






const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device'];
function subscriptionOfScope(scope) {
    const m = /^\/subscriptions\/([^/]+)/i.exec(scope);
    return m?.[1];
}
/** The scope must exist: subscription, resource group or resource (nested ones included). */
function checkScopeExists(world, scope) {
    if (scope === '' || scope === '/')
        return;
    const route = parsePath(scope);
    if (route.kind === 'subscription')
        return;
    if (route.kind === 'resourceGroup') {
        if (resourceGroupOf(world, route.subscriptionId, route.resourceGroup) === undefined) {
            throw resourceGroupNotFound(route.resourceGroup);
        }
        return;
    }
    if (route.kind === 'resource' && route.ref.resourceGroup !== undefined && !route.ref.collection) {
        if (resourceGroupOf(world, route.ref.subscriptionId, route.ref.resourceGroup) === undefined) {
            throw resourceGroupNotFound(route.ref.resourceGroup);
        }
        if (findById(world, scope) === undefined) {
            throw new ArmError(404, 'ResourceNotFound', `The Resource '${scope}' was not found.`);
        }
        return;
    }
    throw badRequest('InvalidScope', `The scope '${scope}' is not valid for role assignments.`);
}
function directoryPrincipal(world, objectId) {
    const id = objectId.toLowerCase();
    const p = world.principals.find((x) => x.objectId.toLowerCase() === id);
    if (p !== undefined)
        return p;
    const app = world.applications.find((a) => a.servicePrincipalObjectId.toLowerCase() === id);
    return app === undefined
        ? undefined
        : { objectId: app.servicePrincipalObjectId, type: 'ServicePrincipal', createdAt: 0, displayName: app.displayName };
}
function principalNotFound(world, principalId) {
    return badRequest('PrincipalNotFound', `Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${world.tenantId}. Check that you have ` +
        'the correct principal ID. If you are creating this principal and then immediately assigning a role, this error ' +
        'might be related to a replication delay. In this case, set the role assignment principalType property to a value, ' +
        'such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype');
}
function normalizedRoleDefinitionId(scope, guid) {
    const sub = subscriptionOfScope(scope);
    return `${sub === undefined ? '' : `/subscriptions/${sub}`}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}
function putRoleAssignment(ctx, scope, name) {
    const world = ctx.world;
    authorize(world, ctx.principal, 'Microsoft.Authorization/roleAssignments/write', scope || '/');
    if (!GUID.test(name)) {
        throw badRequest('InvalidRoleAssignmentId', `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`);
    }
    checkScopeExists(world, scope);
    const p = asObject(asObject(ctx.req.body)?.properties);
    const roleDefinitionId = asString(p?.roleDefinitionId);
    const principalId = asString(p?.principalId);
    if (roleDefinitionId === undefined || roleDefinitionId === '') {
        throw badRequest('InvalidRoleAssignmentRequest', "The request is missing the required property 'properties.roleDefinitionId'.");
    }
    if (principalId === undefined || principalId === '') {
        throw badRequest('InvalidRoleAssignmentRequest', "The request is missing the required property 'properties.principalId'.");
    }
    const guid = roleGuid(roleDefinitionId);
    if (findRoleDefinition(world, guid) === undefined) {
        throw badRequest('RoleDefinitionDoesNotExist', `The specified role definition with ID '${guid}' does not exist.`);
    }
    const givenType = asString(p?.principalType);
    if (givenType !== undefined && !PRINCIPAL_TYPES.includes(givenType)) {
        throw badRequest('InvalidPrincipalType', `The principal type '${givenType}' is not valid. Valid values are: ${PRINCIPAL_TYPES.join(', ')}.`);
    }
    // Without principalType ARM looks the principal up in the directory, which lags behind new identities; with
    // one it skips that lookup for a principal it cannot find yet (https://aka.ms/docs-principaltype) but refuses a
    // type that contradicts the directory (UnmatchedPrincipalType).
    const known = directoryPrincipal(world, principalId);
    const replicationMs = world.timings.lroMs['principal-replication'] ?? 10000;
    const principal = known !== undefined && ctx.now - known.createdAt >= replicationMs ? known : undefined;
    if (principal === undefined && givenType === undefined)
        throw principalNotFound(world, principalId);
    if (principal !== undefined && givenType !== undefined && givenType.toLowerCase() !== principal.type.toLowerCase()) {
        throw badRequest('UnmatchedPrincipalType', `The PrincipalId '${principalId.replace(/-/g, '')}' has type '${principal.type}' , which is different from specified PrincipalType '${givenType}'.`);
    }
    const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    const existing = getResource(world, id);
    const sameAssignment = (a) => a.scope.toLowerCase() === (scope || '/').toLowerCase() &&
        a.principalId.toLowerCase() === principalId.toLowerCase() &&
        roleGuid(a.roleDefinitionId) === guid;
    if (existing !== undefined) {
        const ep = asObject(existing.properties) ?? {};
        const same = sameAssignment({
            scope: asString(ep.scope) ?? '',
            principalId: asString(ep.principalId) ?? '',
            roleDefinitionId: asString(ep.roleDefinitionId) ?? '',
        });
        if (!same) {
            throw badRequest('RoleAssignmentUpdateNotPermitted', 'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.');
        }
        // An identical re-PUT under the same name succeeds (200) and only updates the description/condition.
        const updated = structuredClone(existing);
        const up = asObject(updated.properties) ?? {};
        if (p?.description !== undefined)
            up.description = p.description ?? null;
        up.updatedOn = new Date(ctx.now).toISOString();
        up.updatedBy = ctx.principal.objectId;
        putResource(world, updated);
        return json(200, updated);
    }
    const duplicate = roleAssignments(world).find((a) => sameAssignment(a));
    if (duplicate !== undefined) {
        throw new ArmError(409, 'RoleAssignmentExists', 'The role assignment already exists.');
    }
    const stamp = new Date(ctx.now).toISOString();
    const created = {
        id,
        name,
        type: T.roleAssignment,
        properties: {
            roleDefinitionId: normalizedRoleDefinitionId(scope, guid),
            principalId,
            principalType: givenType ?? principal?.type ?? null,
            scope: scope || '/',
            condition: asString(p?.condition) ?? null,
            conditionVersion: asString(p?.conditionVersion) ?? null,
            description: asString(p?.description) ?? null,
            delegatedManagedIdentityResourceId: null,
            createdOn: stamp,
            updatedOn: stamp,
            createdBy: ctx.principal.objectId,
            updatedBy: ctx.principal.objectId,
        },
    };
    putResource(world, created);
    return json(201, created);
}
function parseFilter(filter) {
    if (filter === null)
        return { atScope: false };
    const atScope = /atScope\(\)/i.test(filter);
    const m = /principalId\s+eq\s+'([^']+)'/i.exec(filter) ?? /assignedTo\('([^']+)'\)/i.exec(filter);
    return { atScope, principalId: m?.[1] };
}
function listRoleAssignments(ctx, scope) {
    authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleAssignments/read', scope || '/');
    checkScopeExists(ctx.world, scope);
    const f = parseFilter(ctx.req.query.get('$filter'));
    const value = roleAssignments(ctx.world)
        .filter((a) => {
        const above = scopeCovers(a.scope, scope);
        const below = scopeCovers(scope, a.scope);
        if (f.atScope ? !above : !(above || below))
            return false;
        return f.principalId === undefined || a.principalId.toLowerCase() === f.principalId.toLowerCase();
    })
        .map((a) => a.resource);
    return json(200, { value });
}
function roleDefinitions(ctx, scope, name) {
    if (ctx.req.method.toUpperCase() !== 'GET') {
        throw new ArmError(405, 'MethodNotAllowed', 'The emulator serves role definitions read-only.');
    }
    authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleDefinitions/read', scope || '/');
    const sub = subscriptionOfScope(scope);
    if (name !== undefined) {
        const def = findRoleDefinition(ctx.world, name);
        if (def === undefined) {
            throw new ArmError(404, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${name}' does not exist.`);
        }
        return json(200, roleDefinitionJson(def, sub));
    }
    const filter = ctx.req.query.get('$filter') ?? '';
    const roleName = /roleName\s+eq\s+'([^']+)'/i.exec(filter)?.[1];
    const value = allRoleDefinitions(ctx.world)
        .filter((d) => roleName === undefined || d.roleName.toLowerCase() === roleName.toLowerCase())
        .map((d) => roleDefinitionJson(d, sub));
    return json(200, { value });
}
/** What the caller may do over the scope: one {actions, notActions, ...} per applicable role. */
function permissions(ctx, scope) {
    checkScopeExists(ctx.world, scope);
    const value = effectivePermissions(ctx.world, ctx.principal.objectId, scope).map((p) => ({
        actions: p.actions,
        notActions: p.notActions,
        dataActions: p.dataActions,
        notDataActions: p.notDataActions,
    }));
    return json(200, { value });
}
function handleAuthorization(ctx, scope, collection, name) {
    const method = ctx.req.method.toUpperCase();
    if (collection === 'roledefinitions')
        return roleDefinitions(ctx, scope, name);
    if (collection === 'permissions') {
        if (method !== 'GET' || name !== undefined)
            throw new ArmError(405, 'MethodNotAllowed', 'Permissions are read-only.');
        return permissions(ctx, scope);
    }
    if (name === undefined) {
        if (method !== 'GET')
            throw new ArmError(405, 'MethodNotAllowed', `${method} is not supported on a collection.`);
        return listRoleAssignments(ctx, scope);
    }
    const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    if (method === 'PUT')
        return putRoleAssignment(ctx, scope, name);
    if (method === 'GET') {
        authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleAssignments/read', scope || '/');
        const ra = getResource(ctx.world, id);
        if (ra === undefined) {
            throw new ArmError(404, 'RoleAssignmentNotFound', `The role assignment '${name}' is not found.`);
        }
        return json(200, ra);
    }
    if (method === 'DELETE') {
        authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleAssignments/delete', scope || '/');
        const ra = getResource(ctx.world, id);
        if (ra === undefined)
            return { status: 204 };
        deleteResource(ctx.world, id);
        return json(200, ra);
    }
    throw new ArmError(405, 'MethodNotAllowed', `${method} is not supported on role assignments.`);
}

;// CONCATENATED MODULE: ./emulator/arm/cidr.ts
// IPv4 prefix arithmetic for the validation rules the real resource providers apply
// (subnet inside the VNet, overlaps, service CIDR vs subnets, DNS IP inside the service CIDR).
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function parseIp(text) {
    const m = IPV4.exec(text.trim());
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    if (octets.some((o) => o > 255))
        return undefined;
    return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}
function formatIp(n) {
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}
function parseCidr(text) {
    const parts = text.trim().split('/');
    if (parts.length !== 2 || !/^\d{1,2}$/.test(parts[1]))
        return undefined;
    const address = parseIp(parts[0]);
    const prefix = Number(parts[1]);
    if (address === undefined || prefix > 32)
        return undefined;
    return { address, prefix, text: text.trim() };
}
function mask(prefix) {
    return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}
function network(c) {
    return (c.address & mask(c.prefix)) >>> 0;
}
function broadcast(c) {
    return (network(c) | (~mask(c.prefix) >>> 0)) >>> 0;
}
/** True when the address has no host bits set (10.0.0.0/16, not 10.0.0.5/16). */
function aligned(c) {
    return network(c) === c.address;
}
function canonical(c) {
    return `${formatIp(network(c))}/${c.prefix}`;
}
function containsIp(c, ip) {
    return ip >= network(c) && ip <= broadcast(c);
}
function containsCidr(outer, inner) {
    return outer.prefix <= inner.prefix && containsIp(outer, network(inner));
}
function overlaps(a, b) {
    return network(a) <= broadcast(b) && network(b) <= broadcast(a);
}

;// CONCATENATED MODULE: ./emulator/arm/providers/network.ts
// Microsoft.Network (2026-01-01 shapes): virtual networks with their subnets, network security groups
// with their rules. Subnets and rules are stored inside the parent's properties, as the parent's GET
// returns them; every write gets a new etag and runs as a long-running operation.






const NETWORK = 'Microsoft.Network';
/** Delegation actions the RP fills in per service (observed for ACI; others get none). */
const DELEGATION_ACTIONS = {
    'microsoft.containerinstance/containergroups': ['Microsoft.Network/virtualNetworks/subnets/action'],
};
// ---------- shared write machinery ----------
function anotherOperation(id) {
    return new ArmError(429, 'RetryableErrorDueToAnotherOperation', `Operation on resource ${id} is not allowed because another operation is in progress on it or on a related ` +
        'resource. Retry the request after the other operation completes.', undefined, undefined, { 'Retry-After': '1' });
}
/**
 * Runs a top-level write (VNet or NSG document) as an LRO: the new document is stored at once with
 * provisioningState Updating; it turns Succeeded when the operation ends, or the old document comes
 * back (marked Failed) when the operation fails.
 */
function writeDocument(ctx, opts) {
    const location = asString(opts.next.location) ?? 'global';
    const fault = takeLroFault(ctx, opts.timingKey);
    setProvisioning(opts.next, 'Updating', opts.targetId);
    putResource(ctx.world, opts.next);
    const world = ctx.world;
    const headers = ctx.lro.start({
        resourceId: opts.targetId,
        timingKey: opts.timingKey,
        subscriptionId: parseResourceId(opts.topId)?.subscriptionId ?? '',
        namespace: NETWORK,
        location,
        apiVersion: ctx.apiVersion,
        failure: fault,
        onSucceed: () => {
            const doc = getResource(world, opts.topId);
            if (doc !== undefined)
                setProvisioning(doc, 'Succeeded', opts.targetId);
        },
        onFail: () => {
            // A failed create leaves the resource in Failed state; a failed update restores the old content, marked Failed.
            const restored = opts.previous === undefined ? opts.next : clone(opts.previous);
            setProvisioning(restored, 'Failed', opts.targetId);
            restored.etag = newEtag();
            putResource(world, restored);
        },
    }, ctx.now, ctx.req.baseUrl);
    return json(opts.created ? 201 : 200, opts.answer(opts.next), headers);
}
/** Sets provisioningState on the written resource: the document itself, or the one nested child written. */
function setProvisioning(doc, state, targetId) {
    if ((asString(doc.id) ?? '').toLowerCase() === targetId.toLowerCase()) {
        props(doc).provisioningState = state;
        return;
    }
    const p = props(doc);
    for (const key of ['subnets', 'securityRules']) {
        for (const child of asArray(p[key]) ?? []) {
            if (isObject(child) && (asString(child.id) ?? '').toLowerCase() === targetId.toLowerCase()) {
                props(child).provisioningState = state;
            }
        }
    }
}
function requireBody(ctx) {
    const body = asObject(ctx.req.body);
    if (body === undefined)
        throw badRequest('InvalidRequestFormat', 'Cannot parse the request: the body must be a JSON object.');
    return body;
}
function requireLocation(body) {
    const location = asString(body.location);
    if (location === undefined || location === '') {
        throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    return location;
}
function checkLocationUnchanged(existing, location, name, rg) {
    const old = existing === undefined ? undefined : asString(existing.location);
    if (old !== undefined && old.toLowerCase() !== location.toLowerCase()) {
        throw badRequest('InvalidResourceLocation', `The resource '${name}' already exists in location '${old}' in resource group '${rg}'. A resource with the same ` +
            `name cannot be created in location '${location}'. Please select a new resource name.`);
    }
}
function parsePrefix(text, ownerId) {
    const c = parseCidr(text);
    if (c === undefined) {
        throw badRequest('InvalidAddressPrefixFormat', `Address prefix ${text} for resource ${ownerId} is not formatted correctly. It should follow CIDR notation, for example 10.0.0.0/24.`);
    }
    if (!aligned(c)) {
        throw badRequest('InvalidCIDRNotation', `The address prefix ${text} in resource ${ownerId} has an invalid CIDR notation. For the given prefix length, ` +
            `the address prefix should be ${canonical(c)}.`);
    }
    return c;
}
// ---------- subnets ----------
function subnetPrefixes(subnet) {
    const p = asObject(subnet.properties) ?? {};
    const list = (asArray(p.addressPrefixes) ?? []).filter((x) => typeof x === 'string');
    const one = asString(p.addressPrefix);
    return one !== undefined ? [one, ...list.filter((x) => x !== one)] : list;
}
function delegationServices(subnet) {
    if (subnet === undefined)
        return [];
    return (asArray(props(subnet).delegations) ?? [])
        .map((d) => asString(asObject(asObject(d)?.properties)?.serviceName) ?? asString(asObject(d)?.serviceName))
        .filter((s) => s !== undefined);
}
function usersOf(subnet) {
    const p = asObject(subnet.properties) ?? {};
    const ids = [];
    for (const key of ['ipConfigurations', 'privateEndpoints', 'ipConfigurationProfiles']) {
        for (const x of asArray(p[key]) ?? []) {
            const id = asString(asObject(x)?.id);
            if (id !== undefined)
                ids.push(id);
        }
    }
    return ids;
}
/** Read-only, server-owned subnet properties that a PUT body cannot set or clear. */
const SERVER_OWNED = [
    'ipConfigurations',
    'ipConfigurationProfiles',
    'privateEndpoints',
    'serviceAssociationLinks',
    'resourceNavigationLinks',
    'purpose',
    'applicationGatewayIPConfigurations',
];
/** User-settable subnet properties: a PUT sets exactly these; omitted ones are cleared (replace semantics). */
const SETTABLE = [
    'addressPrefix',
    'addressPrefixes',
    'networkSecurityGroup',
    'routeTable',
    'natGateway',
    'serviceEndpoints',
    'serviceEndpointPolicies',
    'delegations',
    'privateEndpointNetworkPolicies',
    'privateLinkServiceNetworkPolicies',
    'defaultOutboundAccess',
    'sharingScope',
    'ipAllocations',
    'ipamPoolPrefixAllocations',
];
function buildSubnet(vnet, subnetId, name, body, old) {
    const given = asObject(body.properties) ?? {};
    const p = {};
    for (const key of SETTABLE)
        if (given[key] !== undefined && given[key] !== null)
            p[key] = clone(given[key]);
    if (p.privateEndpointNetworkPolicies === undefined)
        p.privateEndpointNetworkPolicies = 'Disabled';
    if (p.privateLinkServiceNetworkPolicies === undefined)
        p.privateLinkServiceNetworkPolicies = 'Enabled';
    if (old !== undefined) {
        const op = asObject(old.properties) ?? {};
        for (const key of SERVER_OWNED)
            if (op[key] !== undefined)
                p[key] = clone(op[key]);
    }
    const location = asString(vnet.location) ?? '';
    if (p.delegations !== undefined) {
        p.delegations = (asArray(p.delegations) ?? []).map((d, i) => {
            const o = asObject(d) ?? {};
            const dName = asString(o.name) ?? `delegation${i}`;
            const serviceName = asString(asObject(o.properties)?.serviceName) ?? asString(o.serviceName) ?? '';
            return {
                name: dName,
                id: `${subnetId}/delegations/${dName}`,
                etag: newEtag(),
                type: 'Microsoft.Network/virtualNetworks/subnets/delegations',
                properties: {
                    serviceName,
                    actions: DELEGATION_ACTIONS[serviceName.toLowerCase()] ?? [],
                    provisioningState: 'Succeeded',
                },
            };
        });
    }
    else {
        p.delegations = [];
    }
    if ((asArray(p.delegations) ?? []).length > 0 && p.purpose === undefined)
        p.purpose = '';
    if (p.serviceEndpoints !== undefined) {
        p.serviceEndpoints = (asArray(p.serviceEndpoints) ?? []).map((e) => {
            const o = asObject(e) ?? {};
            return { ...o, locations: o.locations ?? [location], provisioningState: 'Succeeded' };
        });
    }
    p.provisioningState = 'Succeeded';
    return { name, id: subnetId, etag: newEtag(), type: T.subnet, properties: p };
}
function formatList(items) {
    return `[${items.join(',')}]`;
}
/** The Network RP's checks for one subnet of a VNet, against the VNet's space and its sibling subnets. */
function validateSubnet(world, vnet, vnetSpace, subnet, siblings, old) {
    const name = asString(subnet.name) ?? '';
    const id = asString(subnet.id) ?? '';
    const vnetName = asString(vnet.name) ?? '';
    const texts = subnetPrefixes(subnet);
    if (texts.length === 0) {
        throw badRequest('NoAddressPrefixOrPoolProvided', `No address prefix or IPAM pool is provided for subnet '${name}' in virtual network '${vnetName}'.`);
    }
    const prefixes = texts.map((t) => parsePrefix(t, id));
    if (prefixes.some((c) => !vnetSpace.some((space) => containsCidr(space, c)))) {
        throw badRequest('NetcfgSubnetRangeOutsideVnet', `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnetName}'.`);
    }
    for (const sib of siblings) {
        const sibPrefixes = subnetPrefixes(sib)
            .map((t) => parseCidr(t))
            .filter((c) => c !== undefined);
        if (prefixes.some((a) => sibPrefixes.some((b) => overlaps(a, b)))) {
            throw badRequest('NetcfgSubnetRangesOverlap', `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet in virtual network '${vnetName}'.`);
        }
    }
    const p = asObject(subnet.properties) ?? {};
    const nsgId = asString(asObject(p.networkSecurityGroup)?.id);
    if (nsgId !== undefined) {
        const nsg = getResource(world, nsgId);
        const sameRegion = nsg !== undefined && asString(nsg.location)?.toLowerCase() === asString(vnet.location)?.toLowerCase();
        if (!sameRegion || asString(nsg?.type)?.toLowerCase() !== T.nsg.toLowerCase()) {
            throw badRequest('InvalidResourceReference', `Resource ${nsgId} referenced by resource ${id} was not found. Please make sure that the referenced resource ` +
                'exists, and that both resources are in the same region.');
        }
        p.networkSecurityGroup = { id: asString(nsg?.id) ?? nsgId };
    }
    // A delegation cannot go while a service association link needs it, nor change while the subnet is in use.
    const before = delegationServices(old);
    const after = delegationServices(subnet);
    const lower = (xs) => xs.map((x) => x.toLowerCase()).sort();
    for (const sal of asArray(asObject(old?.properties)?.serviceAssociationLinks) ?? []) {
        const so = asObject(sal) ?? {};
        const linked = asString(asObject(so.properties)?.linkedResourceType) ?? 'Microsoft.ContainerInstance/containerGroups';
        if (!lower(after).includes(linked.toLowerCase())) {
            const salId = asString(so.id) ?? `${id}/serviceAssociationLinks/${asString(so.name) ?? 'acisal'}`;
            throw badRequest('SubnetMissingRequiredDelegation', `Subnet ${id} requires any of the following delegation(s) [${linked}] to reference service association link ${salId}.`);
        }
    }
    if (JSON.stringify(lower(before)) !== JSON.stringify(lower(after))) {
        const users = old === undefined ? [] : usersOf(old);
        if (users.length > 0) {
            throw badRequest('SubnetDelegationsCannotChangeWhenSubnetUsedByResource', `Delegations of subnet ${id} cannot be changed from ${formatList(before)} to ${formatList(after)} because it is ` +
                `being used by the resource ${users[0]}.`);
        }
    }
}
function inUseCannotDelete(subnet) {
    const users = usersOf(subnet);
    return badRequest('InUseSubnetCannotBeDeleted', `Subnet ${asString(subnet.name) ?? ''} is in use by ${users[0]} and cannot be deleted. In order to delete the ` +
        'subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.');
}
function vnetSpace(vnet) {
    const prefixes = (asArray(asObject(props(vnet).addressSpace)?.addressPrefixes) ?? []).filter((x) => typeof x === 'string');
    return prefixes.map((t) => parsePrefix(t, asString(vnet.id) ?? ''));
}
function subnetsOf(vnet) {
    return (asArray(props(vnet).subnets) ?? []).filter(isObject);
}
function findVnet(ctx, t) {
    return getResource(ctx.world, buildId(t.subscriptionId, t.resourceGroup, T.vnet, t.names.slice(0, 1)));
}
const vnetProvider = {
    get(ctx, t) {
        const vnet = findVnet(ctx, t);
        if (vnet === undefined)
            throw resourceNotFound(T.vnet, t.names[0], t.resourceGroup);
        return json(200, vnet);
    },
    list(ctx, t) {
        return json(200, { value: listUnder(ctx.world, T.vnet, t) });
    },
    put(ctx, t) {
        const body = requireBody(ctx);
        const existing = findVnet(ctx, t);
        checkPreconditions(ctx.req, existing);
        const location = requireLocation(body);
        checkLocationUnchanged(existing, location, t.names[0], t.resourceGroup);
        const id = asString(existing?.id) ?? t.id;
        if (ctx.lro.busy(id))
            throw anotherOperation(id);
        const given = asObject(body.properties) ?? {};
        const space = asObject(given.addressSpace);
        const prefixes = (asArray(space?.addressPrefixes) ?? []).filter((x) => typeof x === 'string');
        if (prefixes.length === 0) {
            throw badRequest('InvalidAddressSpace', `Virtual network ${id} must have at least one address prefix in addressSpace.`);
        }
        const next = {
            name: asString(existing?.name) ?? t.names[0],
            id,
            etag: newEtag(),
            type: T.vnet,
            location,
            properties: {
                provisioningState: 'Succeeded',
                resourceGuid: asString(asObject(existing?.properties)?.resourceGuid) ?? (0,external_node_crypto_.randomUUID)(),
                addressSpace: { addressPrefixes: prefixes },
                subnets: [],
                virtualNetworkPeerings: clone(asArray(asObject(existing?.properties)?.virtualNetworkPeerings) ?? []),
                enableDdosProtection: given.enableDdosProtection === true,
                privateEndpointVNetPolicies: asString(given.privateEndpointVNetPolicies) ?? 'Disabled',
            },
        };
        const tags = asObject(body.tags);
        if (tags !== undefined)
            next.tags = clone(tags);
        for (const key of ['dhcpOptions', 'encryption', 'flowTimeoutInMinutes', 'ddosProtectionPlan', 'bgpCommunities']) {
            if (given[key] !== undefined)
                props(next)[key] = clone(given[key]);
        }
        const spaceCidrs = vnetSpace(next);
        for (let i = 0; i < spaceCidrs.length; i++) {
            for (let j = i + 1; j < spaceCidrs.length; j++) {
                if (overlaps(spaceCidrs[i], spaceCidrs[j])) {
                    throw badRequest('VnetAddressSpacesOverlap', `Address space ${spaceCidrs[i].text} overlaps with address space ${spaceCidrs[j].text} in virtual network ${id}.`);
                }
            }
        }
        // VNet PUT replaces the subnet list too: subnets left out are deleted, unless something uses them.
        const oldSubnets = existing === undefined ? [] : subnetsOf(existing);
        const wanted = (asArray(given.subnets) ?? []).filter(isObject);
        const built = [];
        for (const s of wanted) {
            const sName = asString(s.name);
            if (sName === undefined || sName === '')
                throw badRequest('InvalidRequestFormat', 'Every subnet needs a name.');
            const old = oldSubnets.find((o) => asString(o.name)?.toLowerCase() === sName.toLowerCase());
            const sub = buildSubnet(next, `${id}/subnets/${asString(old?.name) ?? sName}`, asString(old?.name) ?? sName, s, old);
            validateSubnet(ctx.world, next, spaceCidrs, sub, built, old);
            built.push(sub);
        }
        for (const old of oldSubnets) {
            const kept = built.some((b) => asString(b.name)?.toLowerCase() === asString(old.name)?.toLowerCase());
            if (!kept && usersOf(old).length > 0)
                throw inUseCannotDelete(old);
        }
        props(next).subnets = built;
        return writeDocument(ctx, {
            topId: id,
            targetId: id,
            previous: existing,
            next,
            answer: (doc) => doc,
            timingKey: T.vnet,
            created: existing === undefined,
        });
    },
};
const subnetProvider = {
    get(ctx, t) {
        const vnet = findVnet(ctx, t);
        if (vnet === undefined)
            throw parentNotFound(t.names[0]);
        const subnet = subnetsOf(vnet).find((s) => asString(s.name)?.toLowerCase() === t.names[1].toLowerCase());
        if (subnet === undefined)
            throw new ArmError(404, 'NotFound', `Resource ${t.id} not found.`);
        return json(200, subnet);
    },
    list(ctx, t) {
        const vnet = findVnet(ctx, t);
        if (vnet === undefined)
            throw parentNotFound(t.names[0]);
        return json(200, { value: subnetsOf(vnet) });
    },
    put(ctx, t) {
        const body = requireBody(ctx);
        const vnet = findVnet(ctx, t);
        if (vnet === undefined)
            throw parentNotFound(t.names[0]);
        const vnetId = asString(vnet.id) ?? '';
        const siblings = subnetsOf(vnet);
        const old = siblings.find((s) => asString(s.name)?.toLowerCase() === t.names[1].toLowerCase());
        checkPreconditions(ctx.req, old);
        const name = asString(old?.name) ?? t.names[1];
        const subnetId = `${vnetId}/subnets/${name}`;
        if (ctx.lro.busy(subnetId))
            throw anotherOperation(subnetId);
        const subnet = buildSubnet(vnet, subnetId, name, body, old);
        validateSubnet(ctx.world, vnet, vnetSpace(vnet), subnet, siblings.filter((s) => s !== old), old);
        const next = withChild(vnet, 'subnets', subnetsOf, name, subnet);
        return writeDocument(ctx, {
            topId: vnetId,
            targetId: subnetId,
            previous: vnet,
            next,
            answer: (doc) => subnetsOf(doc).find((s) => asString(s.id) === subnetId) ?? subnet,
            timingKey: T.subnet,
            created: old === undefined,
        });
    },
};
// ---------- network security groups ----------
const DEFAULT_RULES = [
    [
        'AllowVnetInBound',
        'Allow inbound traffic from all VMs in VNET',
        'VirtualNetwork',
        'VirtualNetwork',
        'Allow',
        65000,
        'Inbound',
    ],
    [
        'AllowAzureLoadBalancerInBound',
        'Allow inbound traffic from azure load balancer',
        'AzureLoadBalancer',
        '*',
        'Allow',
        65001,
        'Inbound',
    ],
    ['DenyAllInBound', 'Deny all inbound traffic', '*', '*', 'Deny', 65500, 'Inbound'],
    [
        'AllowVnetOutBound',
        'Allow outbound traffic from all VMs to all VMs in VNET',
        'VirtualNetwork',
        'VirtualNetwork',
        'Allow',
        65000,
        'Outbound',
    ],
    [
        'AllowInternetOutBound',
        'Allow outbound traffic from all VMs to Internet',
        '*',
        'Internet',
        'Allow',
        65001,
        'Outbound',
    ],
    ['DenyAllOutBound', 'Deny all outbound traffic', '*', '*', 'Deny', 65500, 'Outbound'],
];
function defaultRules(nsgId) {
    return DEFAULT_RULES.map(([name, description, src, dst, access, priority, direction]) => ({
        name,
        id: `${nsgId}/defaultSecurityRules/${name}`,
        etag: newEtag(),
        type: T.defaultRule,
        properties: {
            provisioningState: 'Succeeded',
            description,
            protocol: '*',
            sourcePortRange: '*',
            destinationPortRange: '*',
            sourceAddressPrefix: src,
            sourceAddressPrefixes: [],
            destinationAddressPrefix: dst,
            destinationAddressPrefixes: [],
            sourcePortRanges: [],
            destinationPortRanges: [],
            access,
            priority,
            direction,
        },
    }));
}
const PROTOCOLS = ['Tcp', 'Udp', 'Icmp', 'Esp', '*', 'Ah'];
const ACCESS = ['Allow', 'Deny'];
const DIRECTIONS = ['Inbound', 'Outbound'];
function pickEnum(value, allowed) {
    if (typeof value !== 'string')
        return undefined;
    return allowed.find((a) => a.toLowerCase() === value.toLowerCase());
}
const RULE_FIELDS = [
    'description',
    'sourcePortRange',
    'destinationPortRange',
    'sourceAddressPrefix',
    'destinationAddressPrefix',
    'sourceAddressPrefixes',
    'destinationAddressPrefixes',
    'sourcePortRanges',
    'destinationPortRanges',
    'sourceApplicationSecurityGroups',
    'destinationApplicationSecurityGroups',
];
function validPortRange(v) {
    if (v === '*')
        return true;
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(v);
    if (!m)
        return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return lo <= hi && hi <= 65535;
}
/** SecurityRulePropertiesFormat: required protocol/access/priority/direction, priority 100..4096. */
function buildRule(ruleId, name, body) {
    const given = asObject(body.properties) ?? {};
    const protocol = pickEnum(given.protocol, PROTOCOLS);
    if (protocol === undefined) {
        throw badRequest('SecurityRuleInvalidProtocol', `Security rule ${name} has invalid Protocol. Value provided: ${String(given.protocol ?? null)}. Allowed values: ${PROTOCOLS.join(', ')}.`, 'properties.protocol');
    }
    const access = pickEnum(given.access, ACCESS);
    if (access === undefined) {
        throw badRequest('SecurityRuleInvalidAccess', `Security rule ${name} has invalid Access. Value provided: ${String(given.access ?? null)}. Allowed values: Allow, Deny.`, 'properties.access');
    }
    const direction = pickEnum(given.direction, DIRECTIONS);
    if (direction === undefined) {
        throw badRequest('SecurityRuleInvalidDirection', `Security rule ${name} has invalid Direction. Value provided: ${String(given.direction ?? null)}. Allowed values: Inbound, Outbound.`, 'properties.direction');
    }
    const priority = given.priority;
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 100 || priority > 4096) {
        throw badRequest('SecurityRuleInvalidPriority', `Security rule ${name} has invalid Priority. Value provided: ${String(priority ?? null)}. Allowed range 100-4096.`, 'properties.priority');
    }
    const p = { provisioningState: 'Succeeded', protocol, access, priority, direction };
    for (const key of RULE_FIELDS)
        if (given[key] !== undefined && given[key] !== null)
            p[key] = clone(given[key]);
    for (const key of ['sourcePortRange', 'destinationPortRange']) {
        const v = asString(p[key]);
        if (v !== undefined && !validPortRange(v)) {
            throw badRequest('SecurityRuleInvalidPortRange', `Security rule ${name} has invalid Port range. Value provided: ${v}. Value should be an integer OR integer range with '-' delimiter. Valid range 0-65535.`, `properties.${key}`);
        }
    }
    if (typeof given.description === 'string' && given.description.length > 140) {
        throw badRequest('SecurityRuleDescriptionTooLong', `Security rule ${name} description is longer than 140 characters.`);
    }
    for (const key of [
        'sourcePortRanges',
        'destinationPortRanges',
        'sourceAddressPrefixes',
        'destinationAddressPrefixes',
    ]) {
        if (p[key] === undefined)
            p[key] = [];
    }
    return { name, id: ruleId, etag: newEtag(), type: T.rule, properties: p };
}
function checkRuleConflict(rule, others) {
    const rp = props(rule);
    for (const other of others) {
        const op = props(other);
        if (op.priority === rp.priority &&
            asString(op.direction)?.toLowerCase() === asString(rp.direction)?.toLowerCase()) {
            throw badRequest('SecurityRuleConflict', `Security rule ${asString(rule.name) ?? ''} conflicts with rule ${asString(other.name) ?? ''}. Rules cannot have ` +
                'the same Priority and Direction. To learn more, see aka.ms/nsgrules.');
        }
    }
}
function rulesOf(nsg, key = 'securityRules') {
    return (asArray(props(nsg)[key]) ?? []).filter(isObject);
}
function findNsg(ctx, t) {
    return getResource(ctx.world, buildId(t.subscriptionId, t.resourceGroup, T.nsg, t.names.slice(0, 1)));
}
function listUnder(world, fullType, t) {
    const prefix = (t.ref.resourceGroup === undefined ? `/subscriptions/${t.subscriptionId}/` : `${t.id}/`).toLowerCase();
    return resourcesOfType(world, fullType).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix));
}
const nsgProvider = {
    get(ctx, t) {
        const nsg = findNsg(ctx, t);
        if (nsg === undefined)
            throw resourceNotFound(T.nsg, t.names[0], t.resourceGroup);
        return json(200, withSubnets(ctx.world, nsg));
    },
    list(ctx, t) {
        return json(200, { value: listUnder(ctx.world, T.nsg, t).map((n) => withSubnets(ctx.world, n)) });
    },
    put(ctx, t) {
        const body = requireBody(ctx);
        const existing = findNsg(ctx, t);
        checkPreconditions(ctx.req, existing);
        const location = requireLocation(body);
        checkLocationUnchanged(existing, location, t.names[0], t.resourceGroup);
        const id = asString(existing?.id) ?? t.id;
        if (ctx.lro.busy(id))
            throw anotherOperation(id);
        const given = asObject(body.properties) ?? {};
        const rules = [];
        for (const r of (asArray(given.securityRules) ?? []).filter(isObject)) {
            const rName = asString(r.name);
            if (rName === undefined || rName === '')
                throw badRequest('InvalidRequestFormat', 'Every security rule needs a name.');
            const rule = buildRule(`${id}/securityRules/${rName}`, rName, r);
            checkRuleConflict(rule, rules);
            rules.push(rule);
        }
        const next = {
            name: asString(existing?.name) ?? t.names[0],
            id,
            etag: newEtag(),
            type: T.nsg,
            location,
            properties: {
                provisioningState: 'Succeeded',
                resourceGuid: asString(asObject(existing?.properties)?.resourceGuid) ?? (0,external_node_crypto_.randomUUID)(),
                flushConnection: given.flushConnection === true,
                securityRules: rules,
                defaultSecurityRules: existing === undefined ? defaultRules(id) : clone(rulesOf(existing, 'defaultSecurityRules')),
            },
        };
        const tags = asObject(body.tags);
        if (tags !== undefined)
            next.tags = clone(tags);
        return writeDocument(ctx, {
            topId: id,
            targetId: id,
            previous: existing,
            next,
            answer: (doc) => doc,
            timingKey: T.nsg,
            created: existing === undefined,
        });
    },
    /**
     * UpdateTags (PATCH {tags}): replaces the NSG's tags, nothing else, synchronously (200 with the NSG), with a new
     * etag; If-Match is honoured. https://learn.microsoft.com/en-us/rest/api/virtualnetwork/network-security-groups/update-tags
     */
    patch(ctx, t) {
        const body = requireBody(ctx);
        const existing = findNsg(ctx, t);
        if (existing === undefined)
            throw resourceNotFound(T.nsg, t.names[0], t.resourceGroup);
        checkPreconditions(ctx.req, existing);
        const tags = asObject(body.tags);
        if (tags === undefined)
            throw badRequest('InvalidRequestFormat', 'The request body must give tags.');
        for (const [k, v] of Object.entries(tags)) {
            if (typeof v !== 'string')
                throw badRequest('InvalidRequestFormat', `The value of tag '${k}' must be a string.`);
            if (k.length > 512 || v.length > 256 || /[<>%&\\?/]/.test(k)) {
                throw badRequest('InvalidTagNameCharacters', `The tag name '${k}' or its value is invalid.`);
            }
        }
        if (Object.keys(tags).length > 50)
            throw badRequest('InvalidTemplate', 'A resource can have at most 50 tags.');
        const next = clone(existing);
        next.tags = clone(tags);
        next.etag = newEtag();
        putResource(ctx.world, next);
        return json(200, withSubnets(ctx.world, next));
    },
};
/** NSG GETs list the subnets associated with them (read-only back-references). */
function withSubnets(world, nsg) {
    const id = (asString(nsg.id) ?? '').toLowerCase();
    const subnets = [];
    for (const vnet of resourcesOfType(world, T.vnet)) {
        for (const s of subnetsOf(vnet)) {
            if (asString(asObject(props(s).networkSecurityGroup)?.id)?.toLowerCase() === id)
                subnets.push({ id: asString(s.id) ?? '' });
        }
    }
    if (subnets.length === 0)
        return nsg;
    return { ...nsg, properties: { ...props(nsg), subnets } };
}
function ruleProvider(key) {
    return {
        get(ctx, t) {
            const nsg = findNsg(ctx, t);
            if (nsg === undefined)
                throw parentNotFound(t.names[0]);
            const rule = rulesOf(nsg, key).find((r) => asString(r.name)?.toLowerCase() === t.names[1].toLowerCase());
            if (rule === undefined)
                throw new ArmError(404, 'NotFound', `Resource ${t.id} not found.`);
            return json(200, rule);
        },
        list(ctx, t) {
            const nsg = findNsg(ctx, t);
            if (nsg === undefined)
                throw parentNotFound(t.names[0]);
            return json(200, { value: rulesOf(nsg, key) });
        },
        put: key === 'defaultSecurityRules'
            ? undefined
            : (ctx, t) => {
                const body = requireBody(ctx);
                const nsg = findNsg(ctx, t);
                if (nsg === undefined)
                    throw parentNotFound(t.names[0]);
                const nsgId = asString(nsg.id) ?? '';
                const rules = rulesOf(nsg);
                const old = rules.find((r) => asString(r.name)?.toLowerCase() === t.names[1].toLowerCase());
                checkPreconditions(ctx.req, old);
                const name = asString(old?.name) ?? t.names[1];
                const ruleId = `${nsgId}/securityRules/${name}`;
                if (ctx.lro.busy(ruleId))
                    throw anotherOperation(ruleId);
                const rule = buildRule(ruleId, name, body);
                checkRuleConflict(rule, rules.filter((r) => r !== old));
                // A rule PUT touches only that rule: the others are carried over unchanged.
                const next = withChild(nsg, 'securityRules', (doc) => rulesOf(doc), name, rule);
                return writeDocument(ctx, {
                    topId: nsgId,
                    targetId: ruleId,
                    previous: nsg,
                    next,
                    answer: (doc) => rulesOf(doc).find((r) => asString(r.id) === ruleId) ?? rule,
                    timingKey: T.rule,
                    created: old === undefined,
                });
            },
        delete: key === 'defaultSecurityRules' ? undefined : deleteRule,
    };
}
/**
 * SecurityRules_Delete: 204 when the rule does not exist; else 202 with Azure-AsyncOperation and Location, the
 * rule gone once the operation succeeds (restored if it fails). If-Match is checked against the rule's etag.
 * https://learn.microsoft.com/en-us/rest/api/virtualnetwork/security-rules/delete
 */
function deleteRule(ctx, t) {
    const nsg = findNsg(ctx, t);
    if (nsg === undefined)
        throw parentNotFound(t.names[0]);
    const rule = rulesOf(nsg).find((r) => asString(r.name)?.toLowerCase() === t.names[1].toLowerCase());
    if (rule === undefined)
        return { status: 204 };
    checkPreconditions(ctx.req, rule);
    const nsgId = asString(nsg.id) ?? '';
    const ruleId = asString(rule.id) ?? `${nsgId}/securityRules/${t.names[1]}`;
    if (ctx.lro.busy(ruleId) || ctx.lro.busy(nsgId))
        throw anotherOperation(ruleId);
    const fault = takeLroFault(ctx, T.rule);
    setProvisioning(nsg, 'Deleting', ruleId);
    const world = ctx.world;
    const headers = ctx.lro.start({
        resourceId: ruleId,
        timingKey: T.rule,
        subscriptionId: t.subscriptionId,
        namespace: NETWORK,
        location: asString(nsg.location) ?? 'global',
        apiVersion: ctx.apiVersion,
        failure: fault,
        onSucceed: () => {
            const doc = getResource(world, nsgId);
            if (doc === undefined)
                return;
            const next = clone(doc);
            next.etag = newEtag();
            props(next).securityRules = rulesOf(next).filter((r) => asString(r.id)?.toLowerCase() !== ruleId.toLowerCase());
            putResource(world, next);
        },
        onFail: () => {
            const doc = getResource(world, nsgId);
            if (doc !== undefined)
                setProvisioning(doc, 'Failed', ruleId);
        },
    }, ctx.now, ctx.req.baseUrl);
    return json(202, undefined, { ...headers, Location: headers['Azure-AsyncOperation'] ?? '' });
}
/**
 * A copy of a parent (VNet, NSG) with a new etag whose child list `key` has `child` in place of the item of the
 * same name (case-insensitive, as ARM names are), or appended: a child PUT touches only that child.
 */
function withChild(parent, key, childrenOf, name, child) {
    // The children come from the clone, so the previous document (kept for a failed operation) shares none of them.
    const next = clone(parent);
    next.etag = newEtag();
    const list = childrenOf(next).map((c) => (asString(c.name)?.toLowerCase() === name.toLowerCase() ? child : c));
    if (!list.includes(child))
        list.push(child);
    props(next)[key] = list;
    return next;
}
const networkProviders = {
    [T.vnet]: vnetProvider,
    [T.subnet]: subnetProvider,
    [T.nsg]: nsgProvider,
    [T.rule]: ruleProvider('securityRules'),
    [T.defaultRule]: ruleProvider('defaultSecurityRules'),
};
function findSubnet(world, subnetId) {
    const parsed = parseResourceId(subnetId);
    if (parsed === undefined || parsed.fullType.toLowerCase() !== T.subnet.toLowerCase())
        return undefined;
    const vnet = getResource(world, buildId(parsed.subscriptionId, parsed.resourceGroup, T.vnet, parsed.names.slice(0, 1)));
    if (vnet === undefined)
        return undefined;
    const subnet = subnetsOf(vnet).find((s) => asString(s.name)?.toLowerCase() === parsed.names[1].toLowerCase());
    return subnet === undefined ? undefined : { vnet, subnet };
}
function vnetSubnets(vnet) {
    return subnetsOf(vnet);
}

/** Records that a cluster's nodes use the subnet (an ipConfiguration, as the RP shows for NICs in it). */
function addSubnetUser(world, subnetId, ipConfigurationId) {
    addSubnetUsers(world, subnetId, [ipConfigurationId]);
}
/** Records ip configurations (a node's NIC, a pod's address) as users of the subnet. */
function addSubnetUsers(world, subnetId, ipConfigurationIds) {
    const ref = findSubnet(world, subnetId);
    if (ref === undefined)
        return;
    const p = props(ref.subnet);
    const list = (asArray(p.ipConfigurations) ?? []).filter(isObject);
    const seen = new Set(list.map((x) => asString(x.id)?.toLowerCase()));
    const added = ipConfigurationIds.filter((id) => !seen.has(id.toLowerCase()));
    if (added.length === 0)
        return;
    for (const id of added)
        list.push({ id });
    p.ipConfigurations = list;
    ref.subnet.etag = newEtag();
    ref.vnet.etag = newEtag();
}
function removeSubnetUsers(world, subnetId, match) {
    const ref = findSubnet(world, subnetId);
    if (ref === undefined)
        return;
    const p = props(ref.subnet);
    const list = (asArray(p.ipConfigurations) ?? []).filter(isObject);
    const kept = list.filter((x) => !match(asString(x.id) ?? ''));
    if (kept.length === list.length)
        return;
    if (kept.length === 0)
        delete p.ipConfigurations;
    else
        p.ipConfigurations = kept;
    ref.subnet.etag = newEtag();
    ref.vnet.etag = newEtag();
}
/** Fills what a seeded (hand-written) network resource may lack: etags, ids, types, provisioningState. */
function normalizeNetwork(world) {
    for (const [key, r] of [...world.resources]) {
        const type = asString(r.type)?.toLowerCase();
        // A subnet or rule seeded on its own is folded into its parent, where the RP keeps it.
        if (type === T.subnet.toLowerCase() || type === T.rule.toLowerCase()) {
            const id = asString(r.id) ?? '';
            const parentId = id.slice(0, id.toLowerCase().lastIndexOf(type === T.subnet.toLowerCase() ? '/subnets/' : '/securityrules/'));
            const parent = getResource(world, parentId);
            if (parent !== undefined) {
                const coll = type === T.subnet.toLowerCase() ? 'subnets' : 'securityRules';
                const list = (asArray(props(parent)[coll]) ?? []).filter(isObject);
                if (!list.some((x) => asString(x.name)?.toLowerCase() === asString(r.name)?.toLowerCase()))
                    list.push(r);
                props(parent)[coll] = list;
                world.resources.delete(key);
            }
        }
    }
    // Second pass, once every child sits in its parent.
    for (const r of world.resources.values()) {
        const type = asString(r.type)?.toLowerCase();
        if (type !== T.vnet.toLowerCase() && type !== T.nsg.toLowerCase())
            continue;
        fillNetworkDefaults(r, type === T.vnet.toLowerCase() ? 'subnets' : 'securityRules');
        if (type === T.nsg.toLowerCase() && asArray(props(r).defaultSecurityRules) === undefined) {
            props(r).defaultSecurityRules = defaultRules(asString(r.id) ?? '');
        }
    }
}
function fillNetworkDefaults(doc, childKey) {
    if (asString(doc.etag) === undefined)
        doc.etag = newEtag();
    const p = props(doc);
    if (asString(p.provisioningState) === undefined)
        p.provisioningState = 'Succeeded';
    const children = (asArray(p[childKey]) ?? []).filter(isObject);
    const childType = childKey === 'subnets' ? T.subnet : T.rule;
    for (const c of children) {
        if (asString(c.etag) === undefined)
            c.etag = newEtag();
        if (asString(c.id) === undefined)
            c.id = `${asString(doc.id) ?? ''}/${childKey}/${asString(c.name) ?? ''}`;
        if (asString(c.type) === undefined)
            c.type = childType;
        const cp = props(c);
        if (asString(cp.provisioningState) === undefined)
            cp.provisioningState = 'Succeeded';
    }
    if (asArray(p[childKey]) !== undefined || childKey === 'subnets')
        p[childKey] = children;
}

;// CONCATENATED MODULE: ./emulator/arm/providers/containerService.ts
// Microsoft.ContainerService/managedClusters (2026-06-01 shapes): PUT/GET/list with the AKS resource
// provider's networkProfile validation, system-assigned identities registered in the directory, and
// subnets marked as used by the cluster's nodes.







const RESERVED = ['169.254.0.0/16', '172.30.0.0/16', '172.31.0.0/16', '192.0.2.0/24'].map((c) => parseCidr(c));
const DEFAULT_K8S = '1.33.3';
/** Azure CNI's default pods per node (https://learn.microsoft.com/azure/aks/azure-cni-overview#maximum-pods-per-node). */
const AZURE_CNI_MAX_PODS = 30;
/**
 * networkProfile.dockerBridgeCidr is in the managed cluster API before this version (older clients such as the
 * Python SDK's 2022-11-01 models send "172.17.0.1/16" by default) and is refused from it on.
 */
const DOCKER_BRIDGE_REMOVED = '2023-04-01';
const invalid = (message, target) => badRequest('InvalidParameter', message, target);
function hashOf(text, length) {
    return (0,external_node_crypto_.createHash)('sha256').update(text.toLowerCase()).digest('hex').slice(0, length);
}
function guidOf(text) {
    const h = hashOf(text + '#guid', 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function parseCidrField(value, target) {
    const c = parseCidr(value);
    if (c === undefined)
        throw badRequest('CidrStringParseError', `Cidr ${value} is invalid.`, target);
    if (!aligned(c)) {
        throw invalid(`The CIDR ${value} of ${target} is not a network address; use ${canonical(c)}.`, target);
    }
    return c;
}
function checkReserved(c, target, what) {
    const hit = RESERVED.find((r) => overlaps(r, c));
    if (hit !== undefined) {
        throw invalid(`The ${what} ${c.text} overlaps with the reserved range ${hit.text}. The ranges 169.254.0.0/16, 172.30.0.0/16, ` +
            '172.31.0.0/16 and 192.0.2.0/24 are reserved and cannot be used.', target);
    }
}
/** Resolves and checks each agent pool's vnetSubnetID (exists, not delegated, same region). */
function poolSubnets(world, pools, location) {
    const out = [];
    pools.forEach((pool, index) => {
        const subnetId = asString(pool.vnetSubnetID);
        if (subnetId === undefined || subnetId === '')
            return;
        const poolName = asString(pool.name) ?? `pool${index}`;
        const target = `agentPoolProfiles[${index}].vnetSubnetID`;
        const ref = findSubnet(world, subnetId);
        if (ref === undefined) {
            throw invalid(`The subnet '${subnetId}' of agent pool '${poolName}' could not be found.`, target);
        }
        const delegations = asArray(props(ref.subnet).delegations) ?? [];
        if (delegations.length > 0) {
            throw invalid(`The subnet '${subnetId}' of agent pool '${poolName}' is delegated to another service; an AKS subnet cannot be delegated.`, target);
        }
        const vnetLocation = asString(ref.vnet.location) ?? '';
        if (vnetLocation.toLowerCase() !== location.toLowerCase()) {
            throw invalid(`The Agentpool ${poolName}'s vnet ${asString(ref.vnet.id) ?? ''} is in location '${vnetLocation}', which is ` +
                `different from the cluster location '${location}'. The virtual network and the cluster must be in the same region.`, target);
        }
        out.push({ pool: poolName, index, subnetId: asString(ref.subnet.id) ?? subnetId, vnet: ref.vnet });
    });
    return out;
}
const IMMUTABLE_NETWORK = ['networkPlugin', 'networkPluginMode', 'serviceCidr', 'dnsServiceIP', 'podCidr'];
/**
 * Validates a managed cluster PUT body the way the AKS RP does and returns the document to store.
 * Throws ArmError (400) on the first problem; `existing` is the current cluster for updates.
 */
function prepareCluster(world, t, body, existing, apiVersion = '2026-06-01') {
    const location = asString(body.location);
    if (location === undefined || location === '') {
        throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    const id = asString(existing?.id) ?? buildId(t.subscriptionId, t.resourceGroup, T.cluster, [t.name]);
    const name = asString(existing?.name) ?? t.name;
    const given = asObject(body.properties) ?? {};
    const old = asObject(existing?.properties) ?? {};
    const np = asObject(given.networkProfile) ?? {};
    if (np.dockerBridgeCidr !== undefined && versionAtLeast(apiVersion, DOCKER_BRIDGE_REMOVED)) {
        throw invalid("The property 'dockerBridgeCidr' is not allowed in networkProfile: it was removed from the managed cluster API " +
            `in version ${DOCKER_BRIDGE_REMOVED} and is not part of this api-version.`, 'networkProfile.dockerBridgeCidr');
    }
    const oldNp = asObject(old.networkProfile) ?? {};
    // Omitted network settings keep the cluster's current values on update (they cannot change anyway).
    const pick = (key) => asString(np[key]) ?? asString(oldNp[key]);
    const plugin = pick('networkPlugin') ?? 'kubenet';
    if (!['azure', 'kubenet', 'none'].includes(plugin)) {
        throw invalid(`The value '${plugin}' of networkProfile.networkPlugin is invalid. Allowed: azure, kubenet, none.`, 'networkProfile.networkPlugin');
    }
    const pluginMode = pick('networkPluginMode');
    const overlay = pluginMode?.toLowerCase() === 'overlay';
    const pools = (asArray(given.agentPoolProfiles) ?? []).filter(isObject);
    if (pools.length === 0)
        throw invalid('At least one agent pool is required in agentPoolProfiles.', 'agentPoolProfiles');
    const defaultMaxPods = plugin === 'azure' && !overlay ? 30 : overlay ? 250 : 110;
    pools.forEach((pool, i) => {
        const maxPods = pool.maxPods;
        if (maxPods !== undefined && maxPods !== null && (typeof maxPods !== 'number' || maxPods < 10 || maxPods > 250)) {
            throw invalid(`The value ${String(maxPods)} of agentPoolProfiles[${i}].maxPods is invalid: it must be between 10 and 250.`, `agentPoolProfiles[${i}].maxPods`);
        }
        if (asString(pool.name) === undefined)
            throw invalid(`agentPoolProfiles[${i}].name is required.`, `agentPoolProfiles[${i}].name`);
    });
    const subnets = poolSubnets(world, pools, location);
    const svcText = asString(np.serviceCidr) ?? asString(oldNp.serviceCidr);
    const dnsText = asString(np.dnsServiceIP) ?? asString(oldNp.dnsServiceIP);
    if ((svcText === undefined) !== (dnsText === undefined) && existing === undefined) {
        throw invalid('networkProfile.serviceCidr and networkProfile.dnsServiceIP must be specified together.', svcText === undefined ? 'networkProfile.serviceCIDR' : 'networkProfile.dnsServiceIP');
    }
    const serviceCidr = parseCidrField(svcText ?? '10.0.0.0/16', 'networkProfile.serviceCIDR');
    if (serviceCidr.prefix < 12) {
        throw invalid(`The service CIDR ${serviceCidr.text} is too large: the mask must be /12 or longer (at most 1,048,576 addresses).`, 'networkProfile.serviceCIDR');
    }
    checkReserved(serviceCidr, 'networkProfile.serviceCIDR', 'service CIDR');
    for (const ps of subnets) {
        for (const s of vnetSubnets(ps.vnet)) {
            for (const text of subnetPrefixes(s)) {
                const sc = parseCidr(text);
                if (sc !== undefined && overlaps(sc, serviceCidr)) {
                    throw badRequest('ServiceCidrOverlapExistingSubnetsCidr', `The specified service CIDR ${serviceCidr.text} is conflicted with an existing subnet CIDR ${text}`, 'networkProfile.serviceCIDR');
                }
            }
        }
    }
    const dnsIp = parseIp(dnsText ?? '10.0.0.10');
    if (dnsIp === undefined) {
        throw invalid(`The DNS service IP ${dnsText ?? ''} is not a valid IPv4 address.`, 'networkProfile.dnsServiceIP');
    }
    if (!containsIp(serviceCidr, dnsIp)) {
        throw invalid(`The DNS service IP ${dnsText ?? ''} is not within the service CIDR ${serviceCidr.text}.`, 'networkProfile.dnsServiceIP');
    }
    if (dnsIp === network(serviceCidr) || dnsIp === network(serviceCidr) + 1 || dnsIp === broadcast(serviceCidr)) {
        throw invalid(`The DNS service IP ${dnsText ?? ''} cannot be the network address, the first IP (used by the kubernetes ` +
            `service) or the broadcast address of the service CIDR ${serviceCidr.text}.`, 'networkProfile.dnsServiceIP');
    }
    const podGiven = asString(np.podCidr);
    if (podGiven !== undefined && plugin === 'azure' && !overlay) {
        throw invalid("networkProfile.podCidr cannot be set when networkPlugin is 'azure' unless networkPluginMode is 'overlay'. " +
            'See https://aka.ms/aksoverlay', 'networkProfile.podCidr');
    }
    const podText = pick('podCidr') ?? (plugin === 'kubenet' || overlay ? '10.244.0.0/16' : undefined);
    let podCidr;
    if (podText !== undefined) {
        podCidr = parseCidrField(podText, 'networkProfile.podCIDR');
        checkReserved(podCidr, 'networkProfile.podCIDR', 'pod CIDR');
        if (overlaps(podCidr, serviceCidr)) {
            throw invalid(`The pod CIDR ${podCidr.text} overlaps with the service CIDR ${serviceCidr.text}.`, 'networkProfile.podCIDR');
        }
    }
    const apiGiven = asObject(given.apiServerAccessProfile) ?? {};
    const oldApi = asObject(old.apiServerAccessProfile) ?? {};
    const privateCluster = apiGiven.enablePrivateCluster === true;
    if (existing !== undefined) {
        const wanted = {
            networkPlugin: plugin,
            networkPluginMode: pluginMode,
            serviceCidr: serviceCidr.text,
            dnsServiceIP: dnsText,
            podCidr: podText,
        };
        const changes = [
            ...IMMUTABLE_NETWORK.map((k) => [`networkProfile.${k}`, wanted[k], oldNp[k]]),
            ['apiServerAccessProfile.enablePrivateCluster', privateCluster, oldApi.enablePrivateCluster === true],
            ['dnsPrefix', asString(given.dnsPrefix) ?? old.dnsPrefix, old.dnsPrefix],
        ];
        for (const [path, now, before] of changes) {
            if (String(now ?? '').toLowerCase() !== String(before ?? '').toLowerCase()) {
                throw badRequest('PropertyChangeNotAllowed', `Changing property '${path}' is not allowed.`, path);
            }
        }
        const oldPools = (asArray(old.agentPoolProfiles) ?? []).filter(isObject);
        for (const p of pools) {
            const before = oldPools.find((o) => asString(o.name) === asString(p.name));
            if (before !== undefined &&
                (asString(before.vnetSubnetID) ?? '').toLowerCase() !==
                    (asString(p.vnetSubnetID) ?? asString(before.vnetSubnetID) ?? '').toLowerCase()) {
                throw badRequest('PropertyChangeNotAllowed', "Changing property 'vnetSubnetID' is not allowed.", 'agentPoolProfiles.vnetSubnetID');
            }
        }
    }
    // ----- the stored document -----
    const dnsPrefix = asString(old.dnsPrefix) ??
        asString(given.dnsPrefix) ??
        `${name}-${t.resourceGroup}-${t.subscriptionId.slice(0, 6)}`;
    const k8s = asString(given.kubernetesVersion) || asString(old.kubernetesVersion) || DEFAULT_K8S;
    const networkProfile = {
        ...clone(np),
        networkPlugin: plugin,
        serviceCidr: serviceCidr.text,
        serviceCidrs: [serviceCidr.text],
        dnsServiceIP: dnsText ?? '10.0.0.10',
        outboundType: asString(np.outboundType) ?? 'loadBalancer',
        loadBalancerSku: asString(np.loadBalancerSku) ?? 'standard',
        ipFamilies: asArray(np.ipFamilies) ?? ['IPv4'],
    };
    if (pluginMode !== undefined)
        networkProfile.networkPluginMode = pluginMode;
    if (networkProfile.outboundType === 'loadBalancer') {
        const lbGiven = asObject(np.loadBalancerProfile) ?? {};
        const count = asObject(lbGiven.managedOutboundIPs)?.count;
        const ips = typeof count === 'number' && count > 0 ? count : 1;
        const nodeRgFor = asString(old.nodeResourceGroup) ??
            asString(given.nodeResourceGroup) ??
            `MC_${t.resourceGroup}_${name}_${location}`;
        networkProfile.loadBalancerProfile = {
            ...clone(lbGiven),
            managedOutboundIPs: { count: ips },
            effectiveOutboundIPs: Array.from({ length: ips }, (_, i) => ({
                id: `/subscriptions/${t.subscriptionId}/resourceGroups/${nodeRgFor}/providers/Microsoft.Network/publicIPAddresses/mgdoutboundip${i + 1}`,
            })),
            allocatedOutboundPorts: typeof lbGiven.allocatedOutboundPorts === 'number' ? lbGiven.allocatedOutboundPorts : 0,
            idleTimeoutInMinutes: typeof lbGiven.idleTimeoutInMinutes === 'number' ? lbGiven.idleTimeoutInMinutes : 30,
        };
    }
    if (podCidr !== undefined) {
        networkProfile.podCidr = podCidr.text;
        networkProfile.podCidrs = [podCidr.text];
    }
    const properties = {};
    for (const [k, v] of Object.entries(given))
        properties[k] = clone(v);
    properties.provisioningState = 'Succeeded';
    properties.powerState = { code: 'Running' };
    properties.kubernetesVersion = k8s;
    properties.currentKubernetesVersion = k8s;
    properties.dnsPrefix = dnsPrefix;
    properties.agentPoolProfiles = pools.map((p) => ({
        ...clone(p),
        count: typeof p.count === 'number' ? p.count : 3,
        maxPods: typeof p.maxPods === 'number' ? p.maxPods : defaultMaxPods,
        type: asString(p.type) ?? 'VirtualMachineScaleSets',
        mode: asString(p.mode) ?? 'System',
        osType: asString(p.osType) ?? 'Linux',
        orchestratorVersion: k8s,
        currentOrchestratorVersion: k8s,
        nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202511.07.0',
        provisioningState: 'Succeeded',
        powerState: { code: 'Running' },
    }));
    properties.networkProfile = networkProfile;
    properties.nodeResourceGroup =
        asString(old.nodeResourceGroup) ?? asString(given.nodeResourceGroup) ?? `MC_${t.resourceGroup}_${name}_${location}`;
    properties.enableRBAC = given.enableRBAC !== false;
    properties.maxAgentPools = 100;
    properties.supportPlan = asString(given.supportPlan) ?? 'KubernetesOfficial';
    const hash = hashOf(id, 8);
    const publicFqdn = !privateCluster || apiGiven.enablePrivateClusterPublicFQDN === true;
    if (publicFqdn)
        properties.fqdn = `${dnsPrefix}-${hash}.hcp.${location}.azmk8s.io`;
    else
        delete properties.fqdn;
    properties.azurePortalFQDN = `${dnsPrefix}-${hash}.portal.hcp.${location}.azmk8s.io`;
    if (privateCluster) {
        properties.apiServerAccessProfile = {
            ...clone(apiGiven),
            enablePrivateCluster: true,
            enablePrivateClusterPublicFQDN: apiGiven.enablePrivateClusterPublicFQDN === true,
            privateDNSZone: asString(apiGiven.privateDNSZone) ?? 'system',
        };
        properties.privateFQDN = `${dnsPrefix}-${hashOf(id + '#private', 8)}.${guidOf(id)}.privatelink.${location}.azmk8s.io`;
    }
    else {
        delete properties.privateFQDN;
    }
    // Secrets are write-only: responses never echo them.
    const spGiven = asObject(given.servicePrincipalProfile);
    const identityGiven = asObject(body.identity);
    const oldIdentity = asObject(existing?.identity);
    const useSp = spGiven !== undefined && (asString(spGiven.clientId) ?? 'msi').toLowerCase() !== 'msi';
    properties.servicePrincipalProfile = { clientId: useSp ? (asString(spGiven?.clientId) ?? '') : 'msi' };
    const windows = asObject(given.windowsProfile);
    if (windows !== undefined)
        properties.windowsProfile = { adminUsername: asString(windows.adminUsername) ?? 'azureuser' };
    const doc = { id, name, type: T.cluster, location, properties };
    const tags = asObject(body.tags);
    if (tags !== undefined)
        doc.tags = clone(tags);
    doc.sku = clone(asObject(body.sku) ?? { name: 'Base', tier: 'Free' });
    if (!useSp) {
        const type = asString(identityGiven?.type) ?? 'SystemAssigned';
        const identity = { type };
        if (type === 'SystemAssigned') {
            identity.principalId = asString(oldIdentity?.principalId) ?? (0,external_node_crypto_.randomUUID)();
            identity.tenantId = world.tenantId;
        }
        else if (type === 'UserAssigned') {
            const uais = asObject(identityGiven?.userAssignedIdentities) ?? {};
            const out = {};
            for (const key of Object.keys(uais)) {
                const prev = asObject(asObject(oldIdentity?.userAssignedIdentities)?.[key]);
                out[key] = {
                    principalId: asString(prev?.principalId) ?? guidOf(key + '#principal'),
                    clientId: asString(prev?.clientId) ?? guidOf(key + '#client'),
                };
            }
            identity.userAssignedIdentities = out;
        }
        doc.identity = identity;
    }
    return doc;
}
/** The identity the cluster acts as toward Azure (system-assigned, else the first user-assigned one). */
function clusterPrincipalId(cluster) {
    const identity = asObject(cluster.identity);
    const system = asString(identity?.principalId);
    if (system !== undefined)
        return system;
    const uais = asObject(identity?.userAssignedIdentities) ?? {};
    for (const v of Object.values(uais)) {
        const pid = asString(asObject(v)?.principalId);
        if (pid !== undefined)
            return pid;
    }
    return undefined;
}
function clusterSubnetIds(cluster) {
    return (asArray(props(cluster).agentPoolProfiles) ?? [])
        .map((p) => asString(asObject(p)?.vnetSubnetID))
        .filter((s) => s !== undefined && s !== '');
}
/** Makes a prepared cluster real: Succeeded, identity in the directory, subnets marked as used. */
function commitCluster(world, doc, now) {
    props(doc).provisioningState = 'Succeeded';
    putResource(world, doc);
    const pid = asString(asObject(doc.identity)?.principalId);
    if (pid !== undefined && !world.principals.some((p) => p.objectId.toLowerCase() === pid.toLowerCase())) {
        world.principals.push({ objectId: pid, type: 'ServicePrincipal', createdAt: now, displayName: asString(doc.name) });
    }
    const name = asString(doc.name) ?? 'cluster';
    const nodeRg = asString(props(doc).nodeResourceGroup) ?? `MC_${name}`;
    const sub = /^\/subscriptions\/([^/]+)/i.exec(asString(doc.id) ?? '')?.[1] ?? '';
    // As on Azure, every node takes an address in its pool's subnet, and with Azure CNI (not overlay) every node also
    // reserves maxPods addresses for its pods (https://learn.microsoft.com/azure/aks/azure-cni-overview#plan-ip-addressing-for-your-cluster).
    const np = asObject(props(doc).networkProfile) ?? {};
    const podIpsInSubnet = asString(np.networkPlugin) === 'azure' && asString(np.networkPluginMode) !== 'overlay';
    releaseClusterSubnets(world, doc);
    (asArray(props(doc).agentPoolProfiles) ?? []).filter(isObject).forEach((pool) => {
        const subnetId = asString(pool.vnetSubnetID);
        if (subnetId === undefined)
            return;
        const poolName = asString(pool.name) ?? 'nodepool1';
        const vmss = `aks-${poolName}-${hashOf(asString(doc.id) ?? '', 8)}-vmss`;
        const nodes = typeof pool.count === 'number' ? pool.count : 3;
        const perNode = 1 + (podIpsInSubnet ? (typeof pool.maxPods === 'number' ? pool.maxPods : AZURE_CNI_MAX_PODS) : 0);
        const ids = [];
        for (let node = 0; node < nodes; node++) {
            for (let ip = 1; ip <= perNode; ip++) {
                ids.push(`/subscriptions/${sub}/resourceGroups/${nodeRg}/providers/Microsoft.Compute/virtualMachineScaleSets/${vmss}` +
                    `/virtualMachines/${node}/networkInterfaces/${vmss}/ipConfigurations/ipconfig${ip}`);
            }
        }
        addSubnetUsers(world, subnetId, ids);
    });
}
/** Forgets the cluster's nodes in its subnets (when AML deletes the cluster with its compute). */
function releaseClusterSubnets(world, cluster) {
    const marker = `/virtualMachineScaleSets/aks-`;
    const suffix = `-${hashOf(asString(cluster.id) ?? '', 8)}-vmss/`;
    for (const subnetId of clusterSubnetIds(cluster)) {
        removeSubnetUsers(world, subnetId, (id) => id.includes(marker) && id.includes(suffix));
    }
}
/**
 * AKS's optimistic concurrency (https://learn.microsoft.com/azure/aks/concurrency-control): every write gives the
 * cluster and each agent pool a new eTag; a PUT with If-Match must name the current one, and If-None-Match: *
 * refuses to overwrite an existing cluster. Both answer 412 PreconditionFailed.
 */
function containerService_checkPreconditions(headers, existing, name) {
    const ifMatch = headers['if-match'];
    const ifNoneMatch = headers['if-none-match'];
    const current = asString(existing?.eTag);
    const unquote = (v) => v.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    if (ifMatch !== undefined && ifMatch !== '') {
        const wanted = ifMatch.split(',').map(unquote);
        const ok = existing !== undefined && (wanted.includes('*') || (current !== undefined && wanted.includes(current)));
        if (!ok) {
            throw new ArmError(412, 'PreconditionFailed', existing === undefined
                ? `The managed cluster '${name}' does not exist, so the If-Match condition '${ifMatch}' cannot be met.`
                : `The If-Match eTag '${ifMatch}' does not match the current eTag '${current ?? ''}' of managed cluster '${name}'.`);
        }
    }
    if (ifNoneMatch !== undefined && unquote(ifNoneMatch) === '*' && existing !== undefined) {
        throw new ArmError(412, 'PreconditionFailed', `The managed cluster '${name}' already exists and the If-None-Match condition '*' forbids replacing it.`);
    }
}
/** New eTags for the cluster and every agent pool (AKS answers them on GET and PUT). */
function stampEtags(doc) {
    doc.eTag = (0,external_node_crypto_.randomUUID)();
    for (const pool of (asArray(props(doc).agentPoolProfiles) ?? []).filter(isObject))
        pool.eTag = (0,external_node_crypto_.randomUUID)();
}
function containerService_anotherOperation(name) {
    return new ArmError(409, 'AnotherOperationInProgress', `Operation is not allowed because there's an in progress operation on the managed cluster ${name}. Please wait ` +
        'for it to finish before starting a new operation. See https://aka.ms/aks-pending-operation for more details.');
}
const containerServiceProviders = {
    [T.cluster]: {
        get(ctx, t) {
            const c = getResource(ctx.world, t.id);
            if (c === undefined)
                throw resourceNotFound(T.cluster, t.names[0], t.resourceGroup);
            return json(200, c);
        },
        list(ctx, t) {
            const prefix = (t.ref.resourceGroup === undefined ? `/subscriptions/${t.subscriptionId}/` : `${t.id}/`).toLowerCase();
            return json(200, {
                value: resourcesOfType(ctx.world, T.cluster).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix)),
            });
        },
        put(ctx, t) {
            const body = asObject(ctx.req.body);
            if (body === undefined)
                throw badRequest('InvalidRequestContent', 'The request content must be a JSON object.');
            const existing = getResource(ctx.world, t.id);
            if (existing !== undefined && ctx.lro.busy(t.id))
                throw containerService_anotherOperation(t.names[0]);
            containerService_checkPreconditions(ctx.req.headers, existing, t.names[0]);
            const doc = prepareCluster(ctx.world, { subscriptionId: t.subscriptionId, resourceGroup: t.resourceGroup, name: t.names[0] }, body, existing, ctx.apiVersion);
            stampEtags(doc);
            const fault = takeLroFault(ctx, T.cluster);
            props(doc).provisioningState = existing === undefined ? 'Creating' : 'Updating';
            putResource(ctx.world, doc);
            const world = ctx.world;
            const headers = ctx.lro.start({
                resourceId: asString(doc.id) ?? t.id,
                timingKey: T.cluster,
                subscriptionId: t.subscriptionId,
                namespace: 'Microsoft.ContainerService',
                location: asString(doc.location) ?? '',
                apiVersion: ctx.apiVersion,
                failure: fault,
                onSucceed: (now) => commitCluster(world, doc, now),
                onFail: () => {
                    const restored = existing === undefined ? doc : clone(existing);
                    props(restored).provisioningState = 'Failed';
                    putResource(world, restored);
                },
            }, ctx.now, ctx.req.baseUrl);
            return json(existing === undefined ? 201 : 200, doc, headers);
        },
    },
};

;// CONCATENATED MODULE: ./emulator/arm/providers/kubernetesConfiguration.ts
// Microsoft.KubernetesConfiguration/extensions on managed clusters: the AzureML extension
// (microsoft.azureml.kubernetes) that makes an AKS cluster an Azure ML v2 Kubernetes compute.
//
// Shapes: azure-rest-api-specs specification/kubernetesconfiguration/resource-manager/
// Microsoft.KubernetesConfiguration/extensions/stable/2023-05-01/extensions.json (and its CreateExtension example).
// Behaviour, from https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension:
// - the cluster must use a managed identity ("Using a service principal with AKS is not supported");
// - the extension type of an instance cannot change;
// - protected settings are write-only (never returned);
// - with an internal load balancer (scoringFe.serviceType.internalLoadBalancer) the inference router's service only
//   gets its private address when the cluster identity may join the node subnet: without it the install fails.








const NS = 'Microsoft.KubernetesConfiguration';
const JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';
const AZUREML_EXTENSION_TYPE = 'microsoft.azureml.kubernetes';
/** The managed cluster an extension request hangs off, or a 404 as ARM gives for a missing parent. */
function parentCluster(ctx, t) {
    const scope = t.ref.scope ?? '';
    const cluster = getResource(ctx.world, scope);
    if (cluster === undefined || asString(cluster.type)?.toLowerCase() !== T.cluster.toLowerCase()) {
        throw new ArmError(404, 'ParentResourceNotFound', `Failed to perform 'write' on resource(s) of type 'extensions', because the parent resource '${scope}' could not be found.`);
    }
    return cluster;
}
const isTrue = (v) => String(v).toLowerCase() === 'true';
/** True when the settings ask for the inference router on an Azure internal load balancer. */
function wantsInternalLoadBalancer(settings) {
    return (isTrue(settings['scoringFe.serviceType.internalLoadBalancer']) ||
        (asString(settings.internalLoadBalancerProvider) ?? '').toLowerCase() === 'azure');
}
/** Why the router's internal load balancer never gets an address, or undefined when the cluster may create it. */
function ilbProblem(world, cluster, extensionName) {
    const subnetId = clusterSubnetIds(cluster)[0];
    const scope = subnetId === undefined ? undefined : asString(findSubnet(world, subnetId)?.subnet.id);
    if (scope === undefined) {
        return errorBody('ExtensionOperationFailed', `Extension '${extensionName}': the inference router's internal load balancer needs the cluster to run in a virtual network subnet, and this cluster has none.`);
    }
    const principal = clusterPrincipalId(cluster);
    if (principal !== undefined && isAllowed(world, principal, JOIN, scope))
        return undefined;
    return errorBody('ExtensionOperationFailed', `Extension '${extensionName}' failed: the service azureml-fe of type LoadBalancer (internal) stayed pending: ` +
        `the cluster identity '${principal ?? '(none)'}' does not have authorization to perform action '${JOIN}' over scope '${scope}'. ` +
        "Grant the cluster identity Network Contributor on the virtual network's resource group, the virtual network or the subnet.");
}
/** The private address the router gets on an internal load balancer (in the node subnet). */
function routerAddress(world, cluster) {
    const subnetId = clusterSubnetIds(cluster)[0];
    const ref = subnetId === undefined ? undefined : findSubnet(world, subnetId);
    const cidr = ref === undefined ? undefined : parseCidr(subnetPrefixes(ref.subnet)[0] ?? '');
    return cidr === undefined ? null : formatIp(network(cidr) + 200);
}
function put(ctx, t) {
    const world = ctx.world;
    const cluster = parentCluster(ctx, t);
    const name = t.names[0];
    const body = asObject(ctx.req.body);
    const p = asObject(body?.properties);
    if (body === undefined || p === undefined)
        throw badRequest('InvalidRequestContent', 'The request body must contain properties.');
    const extensionType = asString(p.extensionType);
    if (extensionType === undefined || extensionType === '')
        throw badRequest('InvalidRequestContent', 'properties.extensionType is required.');
    const existing = getResource(world, t.id);
    const oldType = asString(asObject(existing?.properties)?.extensionType);
    if (oldType !== undefined && oldType.toLowerCase() !== extensionType.toLowerCase()) {
        throw badRequest('InvalidRequestContent', `Extension '${name}' already exists with extension type '${oldType}'; the extension type cannot be changed to '${extensionType}'.`);
    }
    if (existing !== undefined && ctx.lro.busy(t.id)) {
        throw new ArmError(409, 'Conflict', `An operation on extension '${name}' is already in progress.`);
    }
    const sp = asString(asObject(props(cluster).servicePrincipalProfile)?.clientId);
    if (extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE && sp !== undefined && sp.toLowerCase() !== 'msi') {
        throw badRequest('ExtensionOperationFailed', `Cluster '${asString(cluster.name) ?? ''}' uses a service principal. The Azure Machine Learning extension needs a cluster with a managed identity (using a service principal with AKS is not supported).`);
    }
    const settings = clone(asObject(p.configurationSettings) ?? {});
    const scopeGiven = asObject(p.scope);
    const releaseNamespace = asString(asObject(scopeGiven?.cluster)?.releaseNamespace) ??
        asString(asObject(asObject(asObject(existing?.properties)?.scope)?.cluster)?.releaseNamespace) ??
        'azureml';
    let failure = extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE && wantsInternalLoadBalancer(settings)
        ? ilbProblem(world, cluster, name)
        : undefined;
    const fault = takeLroFault(ctx, T.extension);
    if (fault !== undefined)
        failure = fault;
    const oldIdentity = asObject(existing?.identity);
    const principalId = asString(oldIdentity?.principalId) ?? (0,external_node_crypto_.randomUUID)();
    const doc = {
        id: asString(existing?.id) ?? t.id,
        name: asString(existing?.name) ?? name,
        type: T.extension,
        identity: { type: 'SystemAssigned', principalId, tenantId: world.tenantId },
        systemData: {
            createdBy: ctx.principal.objectId,
            createdByType: 'Application',
            createdAt: asString(asObject(existing?.systemData)?.createdAt) ?? new Date(ctx.now).toISOString(),
            lastModifiedBy: ctx.principal.objectId,
            lastModifiedByType: 'Application',
            lastModifiedAt: new Date(ctx.now).toISOString(),
        },
        properties: {
            extensionType,
            autoUpgradeMinorVersion: p.autoUpgradeMinorVersion !== false,
            releaseTrain: asString(p.releaseTrain) ?? 'Stable',
            version: asString(p.version) ?? null,
            currentVersion: existing === undefined ? null : '1.1.61',
            installedVersion: existing === undefined ? null : '1.1.61',
            scope: { cluster: { releaseNamespace } },
            // configurationProtectedSettings is write-only: ARM never returns it.
            configurationSettings: settings,
            provisioningState: existing === undefined ? 'Creating' : 'Updating',
            statuses: [],
            errorInfo: null,
            isSystemExtension: false,
            aksAssignedIdentity: { type: 'SystemAssigned', principalId: (0,external_node_crypto_.randomUUID)(), tenantId: world.tenantId },
            customLocationSettings: null,
            packageUri: null,
        },
    };
    const previous = existing === undefined ? undefined : clone(existing);
    putResource(world, doc);
    const headers = ctx.lro.start({
        resourceId: asString(doc.id) ?? t.id,
        timingKey: T.extension,
        subscriptionId: t.subscriptionId,
        namespace: NS,
        location: asString(cluster.location) ?? '',
        apiVersion: ctx.apiVersion,
        failure,
        onSucceed: () => {
            props(doc).provisioningState = 'Succeeded';
            props(doc).currentVersion = '1.1.61';
            props(doc).installedVersion = '1.1.61';
            if (extensionType.toLowerCase() === AZUREML_EXTENSION_TYPE && wantsInternalLoadBalancer(settings)) {
                props(doc).statuses = [
                    {
                        code: 'InferenceRouterAddress',
                        level: 'Information',
                        displayStatus: 'azureml-fe',
                        message: routerAddress(world, cluster) ?? '',
                    },
                ];
            }
            putResource(world, doc);
        },
        onFail: (error) => {
            // An update that fails leaves the old settings in place; a failed install stays, Failed, with its error.
            const kept = previous ?? doc;
            props(kept).provisioningState = 'Failed';
            props(kept).errorInfo = { code: error.code, message: error.message };
            putResource(world, kept);
        },
    }, ctx.now, ctx.req.baseUrl);
    return json(existing === undefined ? 201 : 200, doc, headers);
}
const extensionProvider = {
    get(ctx, t) {
        parentCluster(ctx, t);
        const e = getResource(ctx.world, t.id);
        if (e === undefined) {
            throw new ArmError(404, 'ResourceNotFound', `The Resource '${NS}/extensions/${t.names[0]}' was not found.`);
        }
        return json(200, e);
    },
    list(ctx, t) {
        parentCluster(ctx, t);
        const prefix = `${t.id}/providers/${NS}/extensions/`.toLowerCase();
        return json(200, {
            value: resourcesOfType(ctx.world, T.extension).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix)),
        });
    },
    put,
};
/** The AzureML extension installed (Succeeded) on a cluster, if any. */
function azureMlExtensionOf(world, clusterId) {
    const prefix = `${clusterId}/providers/${NS}/extensions/`.toLowerCase();
    return resourcesOfType(world, T.extension).find((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix) &&
        (asString(props(r).extensionType) ?? '').toLowerCase() === AZUREML_EXTENSION_TYPE);
}
const kubernetesConfigurationProviders = {
    [T.extension]: extensionProvider,
};

;// CONCATENATED MODULE: ./emulator/arm/providers/kubernetesCompute.ts





const ML = 'Microsoft.MachineLearningServices';
function putKubernetesCompute(ctx, t, r) {
    const world = ctx.world;
    const name = t.names[1];
    const resourceId = asString(r.properties.resourceId);
    const oldProps = asObject(r.existing?.properties);
    const oldResourceId = asString(oldProps?.resourceId);
    if (r.existing !== undefined)
        r.busy();
    if (resourceId === undefined || resourceId === '') {
        throw badRequest('BadArgument', `Compute '${name}' of type Kubernetes needs properties.resourceId (the AKS cluster to attach).`);
    }
    if (oldResourceId !== undefined && oldResourceId.toLowerCase() !== resourceId.toLowerCase()) {
        throw badRequest('BadArgument', `The resourceId of compute '${name}' cannot be changed (it is ${oldResourceId}).`);
    }
    const parsed = parseResourceId(resourceId);
    const cluster = parsed?.fullType.toLowerCase() === T.cluster.toLowerCase() ? getResource(world, resourceId) : undefined;
    if (cluster === undefined) {
        throw badRequest('BadArgument', `Invalid resource id ${resourceId}: no managed cluster exists with this id, so it cannot be attached.`);
    }
    const extension = azureMlExtensionOf(world, asString(cluster.id) ?? resourceId);
    if (extension === undefined || asString(props(extension).provisioningState) !== 'Succeeded') {
        throw badRequest('BadArgument', `Cluster ${asString(cluster.id) ?? resourceId} has no Azure Machine Learning extension in state Succeeded ` +
            `(${extension === undefined ? 'none installed' : `it is ${asString(props(extension).provisioningState) ?? 'unknown'}`}). ` +
            'Deploy the microsoft.azureml.kubernetes extension on the cluster before attaching it.');
    }
    const inner = asObject(r.properties.properties) ?? {};
    const nowIso = new Date(ctx.now).toISOString();
    const location = asString(r.body.location) ?? asString(r.existing?.location) ?? asString(r.ws.location) ?? '';
    const id = asString(r.existing?.id) ?? t.id;
    const doc = (provisioningState, errors) => ({
        id,
        name: asString(r.existing?.name) ?? name,
        type: T.compute,
        location,
        tags: (r.body.tags ?? null),
        identity: clone(asObject(r.body.identity) ?? asObject(r.existing?.identity) ?? { type: 'None' }),
        properties: {
            computeType: 'Kubernetes',
            computeLocation: asString(cluster.location) ?? location,
            provisioningState,
            provisioningErrors: errors,
            description: asString(r.properties.description) ?? null,
            createdOn: asString(oldProps?.createdOn) ?? nowIso,
            modifiedOn: nowIso,
            resourceId: asString(cluster.id) ?? resourceId,
            isAttachedCompute: true,
            disableLocalAuth: r.properties.disableLocalAuth === true,
            properties: {
                namespace: asString(inner.namespace) ?? 'default',
                defaultInstanceType: asString(inner.defaultInstanceType) ?? 'defaultinstancetype',
                instanceTypes: clone(asObject(inner.instanceTypes) ?? {}),
                extensionInstanceReleaseTrain: asString(props(extension).releaseTrain) ?? 'stable',
                extensionPrincipalId: asString(asObject(extension.identity)?.principalId) ?? null,
                vcName: asString(inner.vcName) ?? null,
                relayConnectionString: null,
                serviceBusConnectionString: null,
            },
        },
    });
    const pending = doc(r.existing === undefined ? 'Creating' : 'Updating', null);
    putResource(world, pending);
    const previous = r.existing === undefined ? undefined : clone(r.existing);
    const headers = ctx.lro.start({
        resourceId: id,
        timingKey: T.compute,
        subscriptionId: t.subscriptionId,
        namespace: ML,
        location,
        statusCollection: 'computeOperationsStatus',
        apiVersion: ctx.apiVersion,
        failure: takeLroFault(ctx, T.compute),
        onSucceed: () => putResource(world, doc('Succeeded', null)),
        onFail: (error) => {
            const kept = previous ?? doc('Failed', null);
            props(kept).provisioningState = 'Failed';
            props(kept).provisioningErrors = [{ error: { code: error.code, message: error.message } }];
            putResource(world, kept);
        },
    }, ctx.now, ctx.req.baseUrl);
    return json(r.existing === undefined ? 201 : 200, pending, headers);
}

;// CONCATENATED MODULE: ./emulator/arm/providers/machineLearning.ts
// Microsoft.MachineLearningServices (2022-10-01 shapes): workspaces and AKS computes. Creating an AKS
// compute also creates its managed cluster (with the same networkProfile validation, surfacing as a
// failed operation); attaching needs an existing cluster; switching to an internal load balancer fails
// unless the cluster identity may join the subnet.










const machineLearning_ML = 'Microsoft.MachineLearningServices';
const COMPUTE_NAME = /^[A-Za-z][A-Za-z0-9-]{0,14}[A-Za-z0-9]$/;
const machineLearning_JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';
function workspaceId(t) {
    return buildId(t.subscriptionId, t.resourceGroup, T.workspace, t.names.slice(0, 1));
}
// ---------- workspaces ----------
const workspaceProvider = {
    get(ctx, t) {
        const ws = getResource(ctx.world, t.id);
        if (ws === undefined)
            throw resourceNotFound(T.workspace, t.names[0], t.resourceGroup);
        return json(200, ws);
    },
    list(ctx, t) {
        const prefix = (t.ref.resourceGroup === undefined ? `/subscriptions/${t.subscriptionId}/` : `${t.id}/`).toLowerCase();
        return json(200, {
            value: resourcesOfType(ctx.world, T.workspace).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix)),
        });
    },
    put(ctx, t) {
        const body = asObject(ctx.req.body);
        const location = asString(body?.location);
        if (body === undefined || location === undefined || location === '') {
            throw badRequest('LocationRequired', 'The location property is required for this definition.');
        }
        const existing = getResource(ctx.world, t.id);
        if (ctx.lro.busy(t.id))
            throw machineLearning_anotherOperation(t.names[0]);
        const given = asObject(body.properties) ?? {};
        const old = asObject(existing?.properties) ?? {};
        const properties = { ...clone(given) };
        properties.workspaceId = asString(old.workspaceId) ?? (0,external_node_crypto_.randomUUID)();
        properties.discoveryUrl = `https://${location}.api.azureml.ms/discovery`;
        properties.privateEndpointConnections = clone(old.privateEndpointConnections ?? given.privateEndpointConnections ?? []);
        properties.privateLinkCount = Array.isArray(properties.privateEndpointConnections)
            ? properties.privateEndpointConnections.length
            : 0;
        properties.hbiWorkspace = given.hbiWorkspace === true;
        properties.allowPublicAccessWhenBehindVnet = given.allowPublicAccessWhenBehindVnet === true;
        properties.publicNetworkAccess = asString(given.publicNetworkAccess) ?? 'Enabled';
        properties.serviceProvisionedResourceGroup =
            asString(old.serviceProvisionedResourceGroup) ?? `${t.names[0]}_${(0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 16)}`;
        properties.provisioningState = existing === undefined ? 'Creating' : 'Updating';
        const doc = {
            id: asString(existing?.id) ?? t.id,
            name: asString(existing?.name) ?? t.names[0],
            type: T.workspace,
            location,
            properties,
        };
        if (body.tags !== undefined)
            doc.tags = clone(body.tags);
        if (body.sku !== undefined)
            doc.sku = clone(body.sku);
        const identity = asObject(body.identity);
        if (identity !== undefined) {
            const out = {
                ...clone(identity),
                principalId: asString(asObject(existing?.identity)?.principalId) ?? (0,external_node_crypto_.randomUUID)(),
                tenantId: ctx.world.tenantId,
            };
            const uais = asObject(identity.userAssignedIdentities);
            if (uais !== undefined) {
                const filled = {};
                for (const key of Object.keys(uais))
                    filled[key] = { principalId: (0,external_node_crypto_.randomUUID)(), clientId: (0,external_node_crypto_.randomUUID)() };
                out.userAssignedIdentities = filled;
            }
            doc.identity = out;
        }
        putResource(ctx.world, doc);
        const world = ctx.world;
        const headers = ctx.lro.start({
            resourceId: asString(doc.id) ?? t.id,
            timingKey: T.workspace,
            subscriptionId: t.subscriptionId,
            namespace: machineLearning_ML,
            location,
            apiVersion: ctx.apiVersion,
            failure: takeLroFault(ctx, T.workspace),
            onSucceed: () => {
                props(doc).provisioningState = 'Succeeded';
            },
            onFail: () => {
                const restored = existing === undefined ? doc : clone(existing);
                props(restored).provisioningState = 'Failed';
                putResource(world, restored);
            },
        }, ctx.now, ctx.req.baseUrl);
        return json(existing === undefined ? 201 : 200, doc, headers);
    },
};
// ---------- computes ----------
function machineLearning_anotherOperation(name) {
    return new ArmError(409, 'AnotherOperationInProgress', `Another operation is in progress on '${name}'. Retry when it has finished.`);
}
function readSettings(inner) {
    const i = inner ?? {};
    const lbType = asString(i.loadBalancerType) ?? 'PublicIp';
    if (lbType !== 'PublicIp' && lbType !== 'InternalLoadBalancer') {
        throw badRequest('BadArgument', `Invalid load balancer type '${lbType}'. It should be either "PublicIp" or "InternalLoadBalancer".`);
    }
    const count = i.agentCount;
    if (count !== undefined && count !== null && (typeof count !== 'number' || count < 0 || !Number.isInteger(count))) {
        throw badRequest('BadArgument', `Invalid agentCount ${String(count)}: it must be an integer of at least 0.`);
    }
    return {
        agentCount: typeof count === 'number' ? count : null,
        agentVmSize: asString(i.agentVmSize) ?? null,
        clusterPurpose: asString(i.clusterPurpose) ?? 'FastProd',
        loadBalancerType: lbType,
        loadBalancerSubnet: asString(i.loadBalancerSubnet) ?? null,
        aksNetworkingConfiguration: asObject(i.aksNetworkingConfiguration) ?? null,
        sslConfiguration: asObject(i.sslConfiguration) ?? null,
    };
}
/** The error a switch to an internal load balancer ends with, or undefined when the cluster may do it. */
function machineLearning_ilbProblem(world, cluster, principalId, lbSubnet, computeName) {
    const subnetIds = cluster === undefined ? [] : clusterSubnetIds(cluster);
    const nodeSubnet = subnetIds.length > 0 ? findSubnet(world, subnetIds[0]) : undefined;
    if (nodeSubnet === undefined) {
        return errorBody('LoadBalancerSubnetNotFound', `Compute '${computeName}': an internal load balancer needs the cluster to run in a virtual network subnet, and this cluster has none.`);
    }
    let target = nodeSubnet.subnet;
    if (lbSubnet !== null) {
        const found = vnetSubnets(nodeSubnet.vnet).find((s) => asString(s.name)?.toLowerCase() === lbSubnet.toLowerCase());
        if (found === undefined) {
            return errorBody('LoadBalancerSubnetNotFound', `Compute '${computeName}': the load balancer subnet '${lbSubnet}' is not a subnet of the cluster's virtual network ${asString(nodeSubnet.vnet.id) ?? ''}.`);
        }
        target = found;
    }
    const scope = asString(target.id) ?? '';
    if (principalId !== undefined && isAllowed(world, principalId, machineLearning_JOIN, scope))
        return undefined;
    const who = principalId ?? '(none)';
    const authz = `The client '${who}' with object id '${who}' does not have authorization to perform action '${machineLearning_JOIN}' over scope ` +
        `'${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`;
    return errorBody('InternalLoadBalancerPermissionDenied', `Failed to create the internal load balancer of compute '${computeName}': the cluster identity '${who}' may not ` +
        `join the load balancer subnet (${authz}) ` +
        "Grant the cluster identity Network Contributor on the virtual network's resource group, the virtual network or the subnet.", undefined, [errorBody('AuthorizationFailed', authz)]);
}
/** The scoring front end's address: a private IP in the LB subnet for an ILB, a public-looking one otherwise. */
function scoringAddress(world, cluster, settings) {
    if (settings.loadBalancerType === 'InternalLoadBalancer' && cluster !== undefined) {
        const ids = clusterSubnetIds(cluster);
        const ref = ids.length > 0 ? findSubnet(world, ids[0]) : undefined;
        const sub = settings.loadBalancerSubnet === null || ref === undefined
            ? ref?.subnet
            : vnetSubnets(ref.vnet).find((s) => asString(s.name)?.toLowerCase() === settings.loadBalancerSubnet?.toLowerCase());
        const cidr = sub === undefined ? undefined : parseCidr(subnetPrefixes(sub)[0] ?? '');
        if (cidr !== undefined)
            return formatIp(network(cidr) + 100);
    }
    return `20.${(asString(cluster?.id)?.length ?? 0) % 250}.10.${(asString(cluster?.name)?.length ?? 1) % 250}`;
}
function computeDoc(world, base, settings, cluster, state) {
    const cp = cluster === undefined ? undefined : props(cluster);
    const pools = cp?.agentPoolProfiles ?? [];
    const pool = pools.find(isObject);
    const fqdn = asString(cp?.fqdn) ?? asString(cp?.privateFQDN) ?? null;
    const inner = {
        agentVmSize: settings.agentVmSize ?? asString(pool?.vmSize) ?? null,
        agentCount: settings.agentCount ?? (typeof pool?.count === 'number' ? pool.count : null),
        clusterPurpose: settings.clusterPurpose,
        clusterFqdn: fqdn,
        systemServices: cluster === undefined
            ? null
            : [
                {
                    systemServiceType: 'ScoringFrontEnd',
                    publicIpAddress: scoringAddress(world, cluster, settings),
                    version: '2.0.0',
                },
            ],
        loadBalancerType: settings.loadBalancerType,
        loadBalancerSubnet: settings.loadBalancerSubnet,
        aksNetworkingConfiguration: settings.aksNetworkingConfiguration === null ? null : clone(settings.aksNetworkingConfiguration),
    };
    if (settings.sslConfiguration !== null) {
        const ssl = clone(settings.sslConfiguration);
        delete ssl.cert;
        delete ssl.key;
        inner.sslConfiguration = ssl;
    }
    return {
        id: base.id,
        name: base.name,
        type: T.compute,
        location: base.location,
        tags: (base.tags ?? null),
        properties: {
            computeType: 'AKS',
            computeLocation: base.computeLocation,
            provisioningState: state.provisioningState,
            provisioningErrors: state.errors === null ? null : state.errors.map((e) => ({ error: { code: e.code, message: e.message } })),
            description: base.description,
            createdOn: base.createdOn,
            modifiedOn: new Date(state.now).toISOString(),
            resourceId: amlCasing(asString(cluster?.id)),
            isAttachedCompute: base.attached,
            disableLocalAuth: false,
            properties: inner,
        },
    };
}
/**
 * AML answers the cluster's id with "resourcegroups" in lower case, whatever casing the cluster has in ARM (the
 * official compute example, https://github.com/Azure/azure-rest-api-specs/blob/main/specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2022-10-01/examples/Compute/get/AKSCompute.json):
 * clients must compare ids case-insensitively.
 */
function amlCasing(id) {
    return id === undefined ? null : id.replace(/\/resourceGroups\//i, '/resourcegroups/');
}
function clusterName(computeName) {
    const digits = String(10000 + ((0,external_node_crypto_.randomBytes)(2).readUInt16BE(0) % 90000));
    return `${computeName}-${digits}-${(0,external_node_crypto_.randomBytes)(7).toString('hex').slice(0, 13)}`;
}
/** The managed cluster AML asks AKS for; dockerBridgeCidr stays with AML (AKS no longer has it). */
function clusterRequest(location, name, settings) {
    const net = settings.aksNetworkingConfiguration;
    const subnetId = asString(net?.subnetId);
    const pool = {
        name: 'agentpool',
        count: settings.agentCount ?? 3,
        vmSize: settings.agentVmSize ?? 'Standard_D3_v2',
        mode: 'System',
        osType: 'Linux',
        type: 'VirtualMachineScaleSets',
    };
    const networkProfile = { networkPlugin: subnetId === undefined ? 'kubenet' : 'azure' };
    if (subnetId !== undefined) {
        pool.vnetSubnetID = subnetId;
        for (const key of ['serviceCidr', 'dnsServiceIP']) {
            const v = asString(net?.[key]);
            if (v !== undefined)
                networkProfile[key] = v;
        }
    }
    return {
        location,
        identity: { type: 'SystemAssigned' },
        properties: { dnsPrefix: name.slice(0, 40), agentPoolProfiles: [pool], networkProfile, enableRBAC: true },
    };
}
function sameNetworking(a, b) {
    if (a === null || b === null)
        return true;
    return ['subnetId', 'serviceCidr', 'dnsServiceIP', 'dockerBridgeCidr'].every((k) => (asString(a[k]) ?? '').toLowerCase() === (asString(b[k]) ?? '').toLowerCase());
}
function putCompute(ctx, t) {
    const world = ctx.world;
    const ws = getResource(world, workspaceId(t));
    if (ws === undefined)
        throw parentNotFound(t.names[0]);
    const name = t.names[1];
    if (!COMPUTE_NAME.test(name)) {
        throw badRequest('BadArgument', `Compute name '${name}' is invalid: it must be between 2 and 16 characters long, start with a letter, end with a ` +
            "letter or digit, and contain only letters, digits and '-'.");
    }
    const body = asObject(ctx.req.body);
    const p = asObject(body?.properties);
    if (body === undefined || p === undefined)
        throw badRequest('BadArgument', 'The request body must contain properties.');
    const computeType = asString(p.computeType);
    const existing = getResource(world, t.id);
    const oldProps = asObject(existing?.properties);
    if (existing !== undefined &&
        (asString(oldProps?.computeType) ?? '').toLowerCase() !== (computeType ?? '').toLowerCase()) {
        throw new ArmError(409, 'Conflict', `Compute '${name}' already exists with compute type '${asString(oldProps?.computeType) ?? ''}'; it cannot be changed to '${computeType ?? ''}'.`);
    }
    if (computeType === 'Kubernetes') {
        return putKubernetesCompute(ctx, t, {
            ws,
            existing,
            body,
            properties: p,
            busy: () => {
                if (ctx.lro.busy(t.id))
                    throw machineLearning_anotherOperation(name);
            },
        });
    }
    if (computeType !== 'AKS') {
        throw badRequest('BadArgument', `The emulator serves computes of type 'AKS' and 'Kubernetes' only, not '${computeType ?? '(none)'}'.`);
    }
    if (existing !== undefined && ctx.lro.busy(t.id))
        throw machineLearning_anotherOperation(name);
    // A compute whose create failed, with no cluster behind it: Azure's PUT creates it afresh.
    if (existing !== undefined && failedCreate(world, existing)) {
        return putAksCompute(ctx, t, ws, body, p, undefined, existing);
    }
    return putAksCompute(ctx, t, ws, body, p, existing, existing);
}
/** A compute in state Failed that AML created (not attached) and that has no managed cluster behind it. */
function failedCreate(world, existing) {
    const old = asObject(existing.properties);
    if (old === undefined || old.isAttachedCompute === true)
        return false;
    if ((asString(old.provisioningState) ?? '').toLowerCase() !== 'failed')
        return false;
    const clusterId = asString(old.resourceId);
    return clusterId === undefined || getResource(world, clusterId) === undefined;
}
/**
 * The PUT of an AKS compute. `existing` is the compute the PUT updates (undefined: a create); `stored` is the
 * document in the store, if any (a failed create being created afresh keeps its id and answers 200).
 */
function putAksCompute(ctx, t, ws, body, p, existing, stored) {
    const world = ctx.world;
    const name = t.names[1];
    const oldProps = asObject(existing?.properties);
    const settings = readSettings(asObject(p.properties));
    if (settings.loadBalancerSubnet !== null && settings.loadBalancerType !== 'InternalLoadBalancer') {
        throw badRequest('BadArgument', 'Invalid configuration, load balancer subnet cannot be used with a Public IP.');
    }
    const location = asString(body.location) ?? asString(existing?.location) ?? asString(ws.location) ?? '';
    const id = asString(existing?.id) ?? t.id;
    const nowIso = new Date(ctx.now).toISOString();
    const base = {
        id,
        name: asString(existing?.name) ?? name,
        location,
        tags: body.tags ?? null,
        description: asString(p.description) ?? null,
        computeLocation: asString(p.computeLocation) ?? asString(oldProps?.computeLocation) ?? location,
        createdOn: asString(oldProps?.createdOn) ?? nowIso,
        attached: oldProps?.isAttachedCompute === true,
    };
    const oldSettings = existing === undefined ? undefined : readSettings(asObject(oldProps?.properties));
    let cluster;
    let newCluster;
    let failure;
    const resourceId = asString(p.resourceId);
    if (existing !== undefined) {
        const oldResourceId = asString(oldProps?.resourceId);
        if (resourceId !== undefined &&
            oldResourceId !== undefined &&
            resourceId.toLowerCase() !== oldResourceId.toLowerCase()) {
            throw badRequest('BadArgument', `The resourceId of compute '${name}' cannot be changed (it is ${oldResourceId}).`);
        }
        if (!sameNetworking(settings.aksNetworkingConfiguration, oldSettings?.aksNetworkingConfiguration ?? null)) {
            throw badRequest('BadArgument', `The aksNetworkingConfiguration of compute '${name}' cannot be changed after creation.`);
        }
        if (settings.aksNetworkingConfiguration === null)
            settings.aksNetworkingConfiguration = oldSettings?.aksNetworkingConfiguration ?? null;
        cluster = oldResourceId === undefined ? undefined : getResource(world, oldResourceId);
    }
    else if (resourceId !== undefined) {
        // Attach: the cluster must already exist.
        const parsed = parseResourceId(resourceId);
        cluster = parsed?.fullType.toLowerCase() === T.cluster.toLowerCase() ? getResource(world, resourceId) : undefined;
        if (cluster === undefined) {
            throw badRequest('BadArgument', `Invalid resource id ${resourceId}: no managed cluster exists with this id, so it cannot be attached.`);
        }
        base.attached = true;
        const np = asObject(props(cluster).networkProfile);
        const subnetIds = clusterSubnetIds(cluster);
        if (settings.aksNetworkingConfiguration === null && subnetIds.length > 0) {
            settings.aksNetworkingConfiguration = {
                subnetId: subnetIds[0],
                serviceCidr: asString(np?.serviceCidr) ?? null,
                dnsServiceIP: asString(np?.dnsServiceIP) ?? null,
                dockerBridgeCidr: null,
            };
        }
    }
    else {
        // Create: AML creates the managed cluster in the workspace's resource group.
        const net = settings.aksNetworkingConfiguration;
        if (net !== null &&
            asString(net.subnetId) !== undefined &&
            findSubnet(world, asString(net.subnetId) ?? '') === undefined) {
            throw badRequest('BadArgument', `The subnet ${asString(net.subnetId) ?? ''} of aksNetworkingConfiguration does not exist.`);
        }
        const cName = clusterName(name);
        try {
            newCluster = prepareCluster(world, { subscriptionId: t.subscriptionId, resourceGroup: t.resourceGroup, name: cName }, clusterRequest(base.computeLocation, cName, settings), undefined);
            stampEtags(newCluster);
            cluster = newCluster;
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            failure = e.body();
        }
    }
    const switchingToIlb = settings.loadBalancerType === 'InternalLoadBalancer' &&
        (oldSettings?.loadBalancerType !== 'InternalLoadBalancer' ||
            oldSettings.loadBalancerSubnet !== settings.loadBalancerSubnet);
    if (failure === undefined && switchingToIlb) {
        failure = machineLearning_ilbProblem(world, cluster, cluster === undefined ? undefined : clusterPrincipalId(cluster), settings.loadBalancerSubnet, name);
    }
    const fault = takeLroFault(ctx, T.compute);
    if (fault !== undefined)
        failure = fault;
    const pending = computeDoc(world, base, settings, existing === undefined ? undefined : cluster, {
        provisioningState: existing === undefined ? 'Creating' : 'Updating',
        errors: null,
        now: ctx.now,
    });
    putResource(world, pending);
    const lro = ctx.lro;
    const headers = lro.start({
        resourceId: id,
        timingKey: T.compute,
        durationMs: newCluster === undefined
            ? lro.durationMs(T.compute)
            : Math.max(lro.durationMs(T.compute), lro.durationMs(T.cluster)),
        subscriptionId: t.subscriptionId,
        namespace: machineLearning_ML,
        location: base.computeLocation,
        statusCollection: 'computeOperationsStatus',
        apiVersion: ctx.apiVersion,
        failure,
        onSucceed: (now) => {
            if (newCluster !== undefined)
                commitCluster(world, newCluster, now);
            putResource(world, computeDoc(world, base, settings, cluster, { provisioningState: 'Succeeded', errors: null, now }));
        },
        onFail: (error, now) => {
            // The cluster exists when only the load balancer step failed; the compute keeps its old settings.
            const clusterMade = newCluster !== undefined && fault === undefined && error.code === 'InternalLoadBalancerPermissionDenied';
            if (clusterMade && newCluster !== undefined)
                commitCluster(world, newCluster, now);
            const kept = oldSettings ?? {
                ...settings,
                loadBalancerType: 'PublicIp',
                loadBalancerSubnet: null,
            };
            const keptCluster = existing !== undefined || clusterMade || base.attached ? cluster : undefined;
            putResource(world, computeDoc(world, base, kept, keptCluster, { provisioningState: 'Failed', errors: [error], now }));
        },
    }, ctx.now, ctx.req.baseUrl);
    return json(stored === undefined ? 201 : 200, pending, headers);
}
const computeProvider = {
    get(ctx, t) {
        if (getResource(ctx.world, workspaceId(t)) === undefined)
            throw parentNotFound(t.names[0]);
        const c = getResource(ctx.world, t.id);
        if (c === undefined)
            throw resourceNotFound(T.compute, `${t.names[0]}/${t.names[1]}`, t.resourceGroup);
        return json(200, c);
    },
    list(ctx, t) {
        if (getResource(ctx.world, workspaceId(t)) === undefined)
            throw parentNotFound(t.names[0]);
        const prefix = `${t.id}/`.toLowerCase();
        return json(200, {
            value: resourcesOfType(ctx.world, T.compute).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix)),
        });
    },
    put: putCompute,
    delete(ctx, t) {
        const action = ctx.req.query.get('underlyingResourceAction');
        if (action === null || !['delete', 'detach'].includes(action.toLowerCase())) {
            throw badRequest('BadArgument', "The query parameter 'underlyingResourceAction' is required: use Delete or Detach.");
        }
        const c = getResource(ctx.world, t.id);
        if (c === undefined)
            return { status: 204 };
        if (ctx.lro.busy(t.id))
            throw machineLearning_anotherOperation(t.names[1]);
        const clusterId = asString(props(c).resourceId);
        deleteResource(ctx.world, t.id);
        const cluster = clusterId === undefined ? undefined : getResource(ctx.world, clusterId);
        if (action.toLowerCase() === 'delete' && cluster !== undefined && clusterId !== undefined) {
            releaseClusterSubnets(ctx.world, cluster);
            deleteResource(ctx.world, clusterId);
        }
        return json(200, {});
    },
};
const machineLearningProviders = {
    [T.workspace]: workspaceProvider,
    [T.compute]: computeProvider,
};

;// CONCATENATED MODULE: ./emulator/arm/providers/privateEndpoints.ts
// Microsoft.Network/privateEndpoints (GET/PUT/DELETE), shaped as the REST spec's PrivateEndpointGet example.
// A private endpoint is what makes a workspace, storage account or registry "in a VNet", so committing one
// also writes the read-only back-references Azure shows: the subnet's `privateEndpoints` (which is what makes a
// later delegation change fail with SubnetDelegationsCannotChangeWhenSubnetUsedByResource) and the target's
// `privateEndpointConnections`. PUTs commit at once (no LRO): the callers here only need the end state.






/** Which connection type each private-link target shows (`{targetType}/privateEndpointConnections`). */
const TARGET_TYPES = [T.workspace, T.storageAccount, T.registry].map((t) => t.toLowerCase());
function sameText(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
function connectionsOf(pe) {
    const p = asObject(pe.properties) ?? {};
    return [
        ...(asArray(p.privateLinkServiceConnections) ?? []),
        ...(asArray(p.manualPrivateLinkServiceConnections) ?? []),
    ].filter(isObject);
}
function subnetIdOf(pe) {
    return asString(asObject(asObject(pe.properties)?.subnet)?.id);
}
/** Adds or removes `{id}` in a subnet's read-only privateEndpoints list. */
function linkSubnet(world, subnetId, peId, present) {
    const ref = findSubnet(world, subnetId);
    if (ref === undefined)
        return;
    const p = props(ref.subnet);
    const list = (asArray(p.privateEndpoints) ?? []).filter(isObject);
    const has = list.some((x) => sameText(asString(x.id), peId));
    if (has === present)
        return;
    const next = present ? [...list, { id: peId }] : list.filter((x) => !sameText(asString(x.id), peId));
    if (next.length === 0)
        delete p.privateEndpoints;
    else
        p.privateEndpoints = next;
    ref.subnet.etag = newEtag();
    ref.vnet.etag = newEtag();
}
/** The target's view of the endpoint: {targetType}/privateEndpointConnections/{name}. */
function targetConnection(target, pe) {
    const peId = asString(pe.id) ?? '';
    // Stable per endpoint, so re-reflecting an unchanged endpoint changes nothing.
    const name = `${asString(pe.name) ?? 'pe'}.${(0,external_node_crypto_.createHash)('sha256').update(peId.toLowerCase()).digest('hex').slice(0, 12)}`;
    // Only `id`, as every RP's GET example shows it (the ML spec's PrivateEndpoint also declares a read-only
    // subnetArmId, but its Workspace/get.json example has none): a reader must GET the endpoint for its subnet.
    const endpoint = { id: peId };
    return {
        id: `${asString(target.id) ?? ''}/privateEndpointConnections/${name}`,
        name,
        type: `${asString(target.type) ?? ''}/privateEndpointConnections`,
        properties: {
            privateEndpoint: endpoint,
            privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None' },
            provisioningState: 'Succeeded',
        },
    };
}
function setTargetConnection(world, targetId, pe, peId) {
    const target = getResource(world, targetId);
    if (target === undefined || !TARGET_TYPES.includes(asString(target.type)?.toLowerCase() ?? ''))
        return;
    const p = props(target);
    const list = (asArray(p.privateEndpointConnections) ?? []).filter(isObject);
    const others = list.filter((c) => !sameText(asString(asObject(asObject(c.properties)?.privateEndpoint)?.id), peId));
    const next = pe === undefined ? others : [...others, targetConnection(target, pe)];
    if (JSON.stringify(next) === JSON.stringify(list))
        return;
    p.privateEndpointConnections = next;
    if (sameText(asString(target.type), T.workspace))
        p.privateLinkCount = next.length;
    target.etag = newEtag();
}
/** Writes every back-reference of one endpoint (present) or removes them (deleted). */
function reflect(world, pe, present) {
    const peId = asString(pe.id) ?? '';
    const subnetId = subnetIdOf(pe);
    if (subnetId !== undefined)
        linkSubnet(world, subnetId, peId, present);
    for (const c of connectionsOf(pe)) {
        const target = asString(asObject(c.properties)?.privateLinkServiceId) ?? asString(c.privateLinkServiceId);
        if (target !== undefined)
            setTargetConnection(world, target, present ? pe : undefined, peId);
    }
}
const reflected = new WeakSet();
/** Seeded endpoints (hand-written state) get the same back-references as API-created ones; idempotent. */
function normalizePrivateEndpoints(world) {
    for (const pe of resourcesOfType(world, T.privateEndpoint)) {
        if (reflected.has(pe))
            continue;
        reflected.add(pe);
        fill(pe);
        reflect(world, pe, true);
    }
}
/** The server-set parts of an endpoint: connection ids/states, the NIC, provisioningState, etag. */
function fill(pe) {
    const peId = asString(pe.id) ?? '';
    const p = props(pe);
    for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
        p[key] = (asArray(p[key]) ?? []).filter(isObject).map((c, i) => {
            const name = asString(c.name) ?? `${asString(pe.name) ?? 'pe'}-connection${i}`;
            const cp = asObject(c.properties) ?? {};
            return {
                name,
                id: `${peId}/${key}/${name}`,
                type: 'Microsoft.Network/privateEndpoints/privateLinkServiceConnections',
                etag: asString(c.etag) ?? newEtag(),
                properties: {
                    ...cp,
                    groupIds: asArray(cp.groupIds) ?? [],
                    privateLinkServiceConnectionState: asObject(cp.privateLinkServiceConnectionState) ?? {
                        status: key === 'privateLinkServiceConnections' ? 'Approved' : 'Pending',
                        description: key === 'privateLinkServiceConnections' ? 'Auto-Approved' : '',
                        actionsRequired: 'None',
                    },
                    provisioningState: 'Succeeded',
                },
            };
        });
    }
    if (asArray(p.networkInterfaces) === undefined) {
        const parsed = parseResourceId(peId);
        const nic = `${asString(pe.name) ?? 'pe'}.nic.${(0,external_node_crypto_.randomBytes)(16).toString('hex').slice(0, 32)}`;
        p.networkInterfaces =
            parsed === undefined
                ? []
                : [
                    {
                        id: `/subscriptions/${parsed.subscriptionId}/resourceGroups/${parsed.resourceGroup}/providers/Microsoft.Network/networkInterfaces/${nic}`,
                    },
                ];
    }
    for (const key of ['customDnsConfigs', 'applicationSecurityGroups', 'ipConfigurations']) {
        if (asArray(p[key]) === undefined)
            p[key] = [];
    }
    if (asString(p.provisioningState) === undefined)
        p.provisioningState = 'Succeeded';
    if (asString(pe.etag) === undefined)
        pe.etag = newEtag();
}
function validSubnet(world, subnetId, peId) {
    if (subnetId === undefined) {
        throw badRequest('InvalidRequestFormat', `Private endpoint ${peId} must reference a subnet (properties.subnet.id).`);
    }
    const ref = findSubnet(world, subnetId);
    if (ref === undefined) {
        throw badRequest('InvalidResourceReference', `Resource ${subnetId} referenced by resource ${peId} was not found. Please make sure that the referenced ` +
            'resource exists, and that both resources are in the same region.');
    }
    const delegations = asArray(asObject(ref.subnet.properties)?.delegations) ?? [];
    if (delegations.length > 0) {
        throw badRequest('PrivateEndpointCreationNotAllowedAsSubnetIsDelegated', `Private endpoint ${peId} cannot be created as subnet ${subnetId} is delegated.`);
    }
}
const privateEndpointProvider = {
    get(ctx, t) {
        const pe = getResource(ctx.world, t.id);
        if (pe === undefined)
            throw resourceNotFound(T.privateEndpoint, t.names[0], t.resourceGroup);
        return json(200, pe);
    },
    put(ctx, t) {
        const body = asObject(ctx.req.body);
        const location = asString(body?.location);
        if (body === undefined || location === undefined || location === '') {
            throw badRequest('LocationRequired', 'The location property is required for this definition.');
        }
        const existing = getResource(ctx.world, t.id);
        checkPreconditions(ctx.req, existing);
        const given = asObject(body.properties) ?? {};
        const subnetId = asString(asObject(given.subnet)?.id);
        const oldSubnet = existing === undefined ? undefined : subnetIdOf(existing);
        if (oldSubnet !== undefined && !sameText(oldSubnet, subnetId)) {
            throw badRequest('CannotChangePrivateEndpointSubnet', `The subnet of private endpoint ${t.id} cannot change.`);
        }
        if (existing === undefined)
            validSubnet(ctx.world, subnetId, t.id);
        const properties = clone(given);
        properties.subnet = { id: findSubnet(ctx.world, subnetId ?? '')?.subnet.id ?? subnetId ?? '' };
        const old = asObject(existing?.properties);
        if (old?.networkInterfaces !== undefined)
            properties.networkInterfaces = clone(old.networkInterfaces);
        delete properties.provisioningState;
        const doc = {
            id: asString(existing?.id) ?? t.id,
            name: asString(existing?.name) ?? t.names[0],
            type: T.privateEndpoint,
            location,
            properties,
        };
        if (body.tags !== undefined)
            doc.tags = clone(body.tags);
        fill(doc);
        doc.etag = newEtag();
        if (existing !== undefined)
            reflect(ctx.world, existing, false);
        putResource(ctx.world, doc);
        reflected.add(doc);
        reflect(ctx.world, doc, true);
        return json(existing === undefined ? 201 : 200, doc);
    },
    delete(ctx, t) {
        const pe = getResource(ctx.world, t.id);
        if (pe === undefined)
            return json(204, undefined);
        reflect(ctx.world, pe, false);
        deleteResource(ctx.world, t.id);
        return json(200, undefined);
    },
};

;// CONCATENATED MODULE: ./emulator/arm/providers/storage.ts



const NAME = /^[a-z0-9]{3,24}$/;
function networkAcls(given) {
    const a = asObject(given) ?? {};
    return {
        bypass: asString(a.bypass) ?? 'AzureServices',
        defaultAction: asString(a.defaultAction) ?? 'Allow',
        ipRules: (asArray(a.ipRules) ?? [])
            .filter(isObject)
            .map((r) => ({ value: asString(r.value) ?? '', action: asString(r.action) ?? 'Allow' })),
        virtualNetworkRules: (asArray(a.virtualNetworkRules) ?? []).filter(isObject).map((r) => ({
            id: asString(r.id) ?? '',
            action: asString(r.action) ?? 'Allow',
            state: 'Succeeded',
        })),
        ...(asArray(a.resourceAccessRules) !== undefined
            ? { resourceAccessRules: clone(a.resourceAccessRules ?? []) }
            : {}),
    };
}
const storageAccountProvider = {
    get(ctx, t) {
        const sa = getResource(ctx.world, t.id);
        if (sa === undefined)
            throw resourceNotFound(T.storageAccount, t.names[0], t.resourceGroup);
        return json(200, sa);
    },
    put(ctx, t) {
        const name = t.names[0];
        if (!NAME.test(name)) {
            throw badRequest('AccountNameInvalid', `${name} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only.`);
        }
        const body = asObject(ctx.req.body);
        const location = asString(body?.location);
        if (body === undefined || location === undefined || location === '') {
            throw badRequest('LocationRequired', 'The location property is required for this definition.');
        }
        const existing = getResource(ctx.world, t.id);
        checkPreconditions(ctx.req, existing);
        const given = asObject(body.properties) ?? {};
        const old = asObject(existing?.properties) ?? {};
        const properties = { ...clone(given) };
        properties.networkAcls = networkAcls(given.networkAcls ?? old.networkAcls);
        // Written only by private endpoints (read-only in the spec).
        properties.privateEndpointConnections = clone(old.privateEndpointConnections ?? []);
        properties.publicNetworkAccess =
            asString(given.publicNetworkAccess) ?? asString(old.publicNetworkAccess) ?? 'Enabled';
        properties.primaryEndpoints = {
            blob: `https://${name}.blob.core.windows.net/`,
            file: `https://${name}.file.core.windows.net/`,
            queue: `https://${name}.queue.core.windows.net/`,
            table: `https://${name}.table.core.windows.net/`,
        };
        properties.primaryLocation = location;
        properties.creationTime = asString(old.creationTime) ?? new Date(ctx.now).toISOString();
        properties.provisioningState = 'Succeeded';
        const doc = {
            id: asString(existing?.id) ?? t.id,
            name: asString(existing?.name) ?? name,
            type: T.storageAccount,
            location,
            kind: asString(body.kind) ?? asString(existing?.kind) ?? 'StorageV2',
            sku: clone(asObject(body.sku) ?? asObject(existing?.sku) ?? { name: 'Standard_LRS', tier: 'Standard' }),
            properties,
            etag: newEtag(),
        };
        if (body.tags !== undefined)
            doc.tags = clone(body.tags);
        ctx.world.resources.set(t.id.toLowerCase(), doc);
        return json(200, doc);
    },
};

;// CONCATENATED MODULE: ./emulator/arm/providers/containerRegistry.ts



const containerRegistry_NAME = /^[a-zA-Z0-9]{5,50}$/;
const registryProvider = {
    get(ctx, t) {
        const r = getResource(ctx.world, t.id);
        if (r === undefined)
            throw resourceNotFound(T.registry, t.names[0], t.resourceGroup);
        return json(200, r);
    },
    put(ctx, t) {
        const name = t.names[0];
        if (!containerRegistry_NAME.test(name)) {
            throw badRequest('InvalidRegistryName', `Registry name '${name}' must be 5-50 alphanumeric characters.`);
        }
        const body = asObject(ctx.req.body);
        const location = asString(body?.location);
        const sku = asObject(body?.sku);
        if (body === undefined || location === undefined || location === '') {
            throw badRequest('LocationRequired', 'The location property is required for this definition.');
        }
        if (sku === undefined || asString(sku.name) === undefined) {
            throw badRequest('InvalidSku', 'The sku property is required for this definition.');
        }
        const existing = getResource(ctx.world, t.id);
        checkPreconditions(ctx.req, existing);
        const given = asObject(body.properties) ?? {};
        const old = asObject(existing?.properties) ?? {};
        const rules = asObject(given.networkRuleSet) ?? asObject(old.networkRuleSet) ?? {};
        const properties = {
            ...clone(given),
            loginServer: `${name.toLowerCase()}.azurecr.io`,
            creationDate: asString(old.creationDate) ?? new Date(ctx.now).toISOString(),
            provisioningState: 'Succeeded',
            adminUserEnabled: given.adminUserEnabled === true,
            networkRuleSet: { defaultAction: asString(rules.defaultAction) ?? 'Allow', ipRules: clone(rules.ipRules ?? []) },
            publicNetworkAccess: asString(given.publicNetworkAccess) ?? asString(old.publicNetworkAccess) ?? 'Enabled',
            networkRuleBypassOptions: asString(given.networkRuleBypassOptions) ?? 'AzureServices',
            // Written only by private endpoints (read-only in the spec).
            privateEndpointConnections: clone(old.privateEndpointConnections ?? []),
        };
        const doc = {
            id: asString(existing?.id) ?? t.id,
            name: asString(existing?.name) ?? name,
            type: T.registry,
            location,
            sku: { name: asString(sku.name) ?? 'Basic', tier: asString(sku.tier) ?? asString(sku.name) ?? 'Basic' },
            properties,
            etag: newEtag(),
        };
        if (body.tags !== undefined)
            doc.tags = clone(body.tags);
        ctx.world.resources.set(t.id.toLowerCase(), doc);
        return json(existing === undefined ? 201 : 200, doc);
    },
};

;// CONCATENATED MODULE: ./emulator/arm/normalize.ts





const done = new WeakSet();
const WITH_STATE = new Set([T.resourceGroup, T.cluster, T.workspace, T.compute].map((t) => t.toLowerCase()));
const AKS_INNER = ['agentVmSize', 'agentCount', 'clusterPurpose', 'clusterFqdn', 'systemServices'];
function normalizeWorld(world) {
    normalizeNetwork(world);
    for (const r of [...world.resources.values()]) {
        if (done.has(r))
            continue;
        done.add(r);
        const type = asString(r.type)?.toLowerCase();
        if (type === undefined || !WITH_STATE.has(type))
            continue;
        const p = props(r);
        const state = asString(p.provisioningState);
        if (state === undefined)
            p.provisioningState = 'Succeeded';
        if (type === T.cluster.toLowerCase() && (state === undefined || state === 'Succeeded')) {
            // A seeded cluster's identity exists in the directory and its nodes use their subnets.
            const pid = asString(asObject(r.identity)?.principalId);
            const known = pid === undefined || world.principals.some((x) => x.objectId.toLowerCase() === pid.toLowerCase());
            if (!known)
                world.principals.push({
                    objectId: pid ?? '',
                    type: 'ServicePrincipal',
                    createdAt: 0,
                    displayName: asString(r.name),
                });
            commitCluster(world, r, 0);
            if (r.eTag === undefined)
                stampEtags(r);
        }
        if (type === T.compute.toLowerCase()) {
            for (const key of ['provisioningErrors', 'description', 'resourceId'])
                if (p[key] === undefined)
                    p[key] = null;
            if (r.tags === undefined)
                r.tags = null;
            const inner = asObject(p.properties);
            if (inner !== undefined)
                for (const key of AKS_INNER)
                    if (inner[key] === undefined)
                        inner[key] = null;
        }
    }
}

;// CONCATENATED MODULE: ./emulator/arm/providers/resources.ts





const RG_READ = 'Microsoft.Resources/subscriptions/resourceGroups/read';
const RG_WRITE = 'Microsoft.Resources/subscriptions/resourceGroups/write';
function subscriptionJson(ctx, subscriptionId) {
    return {
        id: `/subscriptions/${subscriptionId}`,
        authorizationSource: 'RoleBased',
        subscriptionId,
        tenantId: ctx.world.tenantId,
        displayName: `Emulated subscription ${subscriptionId.slice(0, 8)}`,
        state: 'Enabled',
        subscriptionPolicies: {
            locationPlacementId: 'Public_2014-09-01',
            quotaId: 'PayAsYouGo_2014-09-01',
            spendingLimit: 'Off',
        },
    };
}
/**
 * A resource provider's registration (GET /subscriptions/{s}/providers/{namespace}, the Provider shape of
 * https://learn.microsoft.com/en-us/rest/api/resources/providers/get). Every namespace is Registered unless the world
 * holds a resource with that id (type Microsoft.Resources/providers) saying otherwise, e.g. NotRegistered.
 */
function providerJson(ctx, subscriptionId, namespace) {
    const id = `/subscriptions/${subscriptionId}/providers/${namespace}`;
    const seeded = ctx.world.resources.get(id.toLowerCase());
    return {
        id,
        namespace: asString(seeded?.namespace) ?? namespace,
        registrationState: asString(seeded?.registrationState) ?? 'Registered',
        registrationPolicy: 'RegistrationRequired',
        resourceTypes: [],
    };
}
function handleResourceGroup(ctx, subscriptionId, name) {
    const id = `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
    const existing = resourceGroupOf(ctx.world, subscriptionId, name);
    const method = ctx.req.method.toUpperCase();
    if (method === 'GET' || method === 'HEAD') {
        authorize(ctx.world, ctx.principal, RG_READ, existing ? (asString(existing.id) ?? id) : id);
        if (method === 'HEAD')
            return { status: existing ? 204 : 404 };
        if (existing === undefined)
            throw resourceGroupNotFound(name);
        return json(200, existing);
    }
    if (method !== 'PUT')
        throw new ArmError(405, 'MethodNotAllowed', `The emulator does not support ${method} on resource groups.`);
    authorize(ctx.world, ctx.principal, RG_WRITE, id);
    const body = asObject(ctx.req.body);
    const location = asString(body?.location);
    if (location === undefined || location === '') {
        throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
        throw badRequest('InvalidResourceGroupName', `The resource group name '${name}' is invalid. It can contain letters, digits, '_', '-', '.', '(' and ')', ` +
            'must not end with a period and must be 1-90 characters long.');
    }
    if (existing !== undefined) {
        const oldLocation = asString(existing.location) ?? '';
        if (oldLocation.toLowerCase() !== location.toLowerCase()) {
            throw new ArmError(409, 'InvalidResourceGroupLocation', `Invalid resource group location '${location}'. The Resource group already exists in location '${oldLocation}'.`);
        }
        const updated = { ...existing };
        if (body?.tags !== undefined)
            updated.tags = clone(body.tags);
        putResource(ctx.world, updated);
        return json(200, updated);
    }
    const created = {
        id,
        name,
        type: T.resourceGroup,
        location,
        properties: { provisioningState: 'Succeeded' },
    };
    const tags = asObject(body?.tags);
    if (tags !== undefined)
        created.tags = clone(tags);
    if (typeof body?.managedBy === 'string')
        created.managedBy = body.managedBy;
    putResource(ctx.world, created);
    return json(201, created);
}
function listResourceGroups(ctx, subscriptionId) {
    authorize(ctx.world, ctx.principal, RG_READ, `/subscriptions/${subscriptionId}`);
    const prefix = `/subscriptions/${subscriptionId}/`.toLowerCase();
    const value = resourcesOfType(ctx.world, T.resourceGroup).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix));
    return json(200, { value });
}

;// CONCATENATED MODULE: ./emulator/arm/index.ts



















const PROVIDERS = Object.fromEntries(Object.entries({
    ...networkProviders,
    ...containerServiceProviders,
    ...machineLearningProviders,
    ...kubernetesConfigurationProviders,
    'Microsoft.Network/privateEndpoints': privateEndpointProvider,
    'Microsoft.Storage/storageAccounts': storageAccountProvider,
    'Microsoft.ContainerRegistry/registries': registryProvider,
}).map(([k, v]) => [k.toLowerCase(), v]));
function namespaceOf(route) {
    switch (route.kind) {
        case 'subscriptions':
        case 'subscription':
        case 'provider':
        case 'resourceGroups':
        case 'resourceGroup':
            return 'microsoft.resources';
        case 'authorization':
            return 'microsoft.authorization';
        case 'operation':
            return route.namespace.toLowerCase();
        case 'resource':
            return route.ref.namespace.toLowerCase();
        default:
            return undefined;
    }
}
function checkApiVersion(req, namespace) {
    const v = req.query.get('api-version');
    if (v === null || v === '') {
        throw new ArmError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    }
    const supported = API_VERSIONS[namespace];
    if (supported === undefined) {
        throw new ArmError(400, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
    }
    if (!supported.includes(v)) {
        throw new ArmError(400, 'InvalidApiVersionParameter', `The api-version '${v}' is invalid. The supported versions are '${[...supported].reverse().join(',')}'.`);
    }
    return v;
}
const ACTION_VERB = {
    GET: 'read',
    HEAD: 'read',
    PUT: 'write',
    PATCH: 'write',
    DELETE: 'delete',
};
/** The id of an extension resource on its parent (the parent as stored, so ids keep ARM's casing). */
function extensionId(ctx, scope, fullType, names) {
    const parent = asString(getResource(ctx.world, scope)?.id) ?? scope;
    const [ns, type] = fullType.split('/');
    return names.length === 0 ? parent : `${parent}/providers/${ns}/${type}/${names[0]}`;
}
function resolveTarget(ctx, ref) {
    const given = fullTypeOf(ref);
    const fullType = canonicalType(given);
    if (fullType === undefined) {
        throw new ArmError(400, 'InvalidResourceType', `The resource type '${ref.types.join('/')}' could not be found in the namespace '${ref.namespace}' for api version '${ctx.apiVersion}'.`);
    }
    const provider = PROVIDERS[fullType.toLowerCase()];
    const subscriptionId = ref.subscriptionId;
    let resourceGroup = ref.resourceGroup ?? '';
    const rg = ref.resourceGroup === undefined ? undefined : resourceGroupOf(ctx.world, subscriptionId, ref.resourceGroup);
    if (rg !== undefined)
        resourceGroup = asString(rg.name) ?? resourceGroup;
    const id = ref.scope !== undefined
        ? extensionId(ctx, ref.scope, fullType, ref.names)
        : ref.resourceGroup === undefined
            ? `/subscriptions/${subscriptionId}`
            : ref.collection && ref.names.length === 0
                ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
                : buildId(subscriptionId, resourceGroup, fullType, ref.names);
    return { target: { ref, fullType, subscriptionId, resourceGroup, names: ref.names, id }, provider };
}
function dispatchResource(ctx, ref) {
    const { target, provider } = resolveTarget(ctx, ref);
    const method = ctx.req.method.toUpperCase();
    const verb = ACTION_VERB[method];
    if (verb === undefined)
        throw new ArmError(405, 'MethodNotAllowed', `The method ${method} is not supported.`);
    // A list is authorized over its parent (the resource group, or the parent resource of a child collection).
    const scope = ref.collection && ref.names.length > 0 ? target.id.slice(0, target.id.lastIndexOf('/')) : target.id;
    authorize(ctx.world, ctx.principal, `${target.fullType}/${verb}`, scope);
    if (ref.resourceGroup !== undefined &&
        resourceGroupOf(ctx.world, ref.subscriptionId, ref.resourceGroup) === undefined) {
        throw resourceGroupNotFound(ref.resourceGroup);
    }
    const handler = ref.collection
        ? method === 'GET'
            ? provider.list
            : undefined
        : method === 'GET' || method === 'HEAD'
            ? provider.get
            : method === 'PUT'
                ? provider.put
                : method === 'DELETE'
                    ? provider.delete
                    : method === 'PATCH'
                        ? provider.patch
                        : undefined;
    if (handler === undefined) {
        throw new ArmError(405, 'MethodNotAllowed', `The emulator does not support ${method} on ${target.fullType}${ref.collection ? ' collections' : ''}.`);
    }
    const res = handler(ctx, target);
    return method === 'HEAD' ? { status: res.status === 200 ? 204 : res.status, headers: res.headers } : res;
}
function route(ctx) {
    const r = parsePath(ctx.req.path);
    switch (r.kind) {
        case 'unknown':
            throw new ArmError(404, 'NotFound', `The emulator does not serve ${ctx.req.path}.`);
        case 'subscriptions':
            return { status: 200, body: { value: ctx.world.subscriptionIds.map((s) => subscriptionJson(ctx, s)) } };
        case 'authorization': {
            const scopeSub = /^\/subscriptions\/([^/]+)/i.exec(r.scope)?.[1];
            if (scopeSub !== undefined && !knownSubscription(ctx.world, scopeSub)) {
                throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${scopeSub}' could not be found.`);
            }
            return handleAuthorization(ctx, r.scope, r.collection, r.name);
        }
        default:
            break;
    }
    const sub = r.kind === 'resource' ? r.ref.subscriptionId : r.subscriptionId;
    if (!knownSubscription(ctx.world, sub)) {
        throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
    }
    switch (r.kind) {
        case 'subscription':
            return { status: 200, body: subscriptionJson(ctx, sub) };
        case 'provider':
            return { status: 200, body: providerJson(ctx, sub, r.namespace) };
        case 'resourceGroups':
            return listResourceGroups(ctx, sub);
        case 'resourceGroup':
            return handleResourceGroup(ctx, sub, r.resourceGroup);
        case 'operation': {
            const body = ctx.lro.statusBody(r.operationId);
            if (body === undefined)
                throw new ArmError(404, 'OperationNotFound', `The operation '${r.operationId}' could not be found.`);
            return { status: 200, body, headers: { 'Retry-After': String(ctx.lro.retryAfterFor(r.operationId, ctx.now)) } };
        }
        case 'resource':
            return dispatchResource(ctx, r.ref);
    }
}
function createArmHandler(world, faults) {
    const lro = new LroEngine(world);
    let reads = 12000;
    let writes = 1200;
    return {
        settle(now = Date.now()) {
            lro.settle(now);
        },
        async handle(req, principal) {
            const now = Date.now();
            lro.settle(now);
            normalizeWorld(world);
            normalizePrivateEndpoints(world);
            const isWrite = !['GET', 'HEAD'].includes(req.method.toUpperCase());
            const headers = {
                'x-ms-request-id': req.requestId,
                'x-ms-correlation-request-id': req.headers['x-ms-correlation-request-id'] ?? req.requestId,
            };
            if (isWrite)
                headers['x-ms-ratelimit-remaining-subscription-writes'] = String((writes = writes <= 1 ? 1199 : writes - 1));
            else
                headers['x-ms-ratelimit-remaining-subscription-reads'] = String((reads = reads <= 1 ? 11999 : reads - 1));
            if (req.headers['x-ms-client-request-id'] !== undefined)
                headers['x-ms-client-request-id'] = req.headers['x-ms-client-request-id'];
            try {
                const r = parsePath(req.path);
                const ns = namespaceOf(r);
                const apiVersion = ns === undefined ? '' : checkApiVersion(req, ns);
                const ctx = { world, req, principal, faults, lro, now, apiVersion };
                const res = route(ctx);
                return { ...res, headers: { ...headers, ...(res.headers ?? {}) } };
            }
            catch (e) {
                if (!(e instanceof ArmError))
                    throw e;
                return {
                    status: e.status,
                    headers: { ...headers, ...(e.headers ?? {}) },
                    body: { error: errorJson(e.body()) },
                };
            }
        },
    };
}

;// CONCATENATED MODULE: ./emulator/arm-path.ts
// ARM resource ids and paths: the resource type a path addresses (used by fault matching and seeding).
/**
 * The ARM resource type a path addresses, for an item or a collection:
 * `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a` and `.../v/subnets`
 * both give `Microsoft.Network/virtualNetworks/subnets`. Extension resources take the LAST provider
 * (`{scope}/providers/Microsoft.Authorization/roleAssignments/x` gives `Microsoft.Authorization/roleAssignments`).
 */
function armResourceType(path) {
    const segments = path.split('/').filter((s) => s !== '');
    let providerAt = -1;
    for (let i = segments.length - 2; i >= 0; i--) {
        if (segments[i].toLowerCase() === 'providers') {
            providerAt = i;
            break;
        }
    }
    if (providerAt >= 0) {
        const namespace = segments[providerAt + 1];
        const rest = segments.slice(providerAt + 2);
        if (rest.length === 0)
            return namespace;
        // After the namespace, segments alternate type, name, type, name...
        const types = rest.filter((_, i) => i % 2 === 0);
        return `${namespace}/${types.join('/')}`;
    }
    const lower = segments.map((s) => s.toLowerCase());
    if (lower[2] === 'resourcegroups')
        return 'Microsoft.Resources/resourceGroups';
    if (lower[0] === 'subscriptions')
        return 'Microsoft.Resources/subscriptions';
    return undefined;
}
/** The last path segment: the name of the resource an id addresses. */
function armResourceName(id) {
    const segments = id.split('/').filter((s) => s !== '');
    return segments[segments.length - 1] ?? '';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./emulator/state-reader.ts
// Typed, path-aware reading of the untyped state seed (YAML or JSON). Every problem becomes a StateError that names
// the path in the seed (e.g. `applications[0].federatedCredentials[1].subject`), the line and column when the seed
// came from a file, and what was expected.


class StateError extends Error {
    seedPath;
    constructor(message, seedPath) {
        super(message);
        this.seedPath = seedPath;
        this.name = 'StateError';
    }
}
function formatPath(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
    return out === '' ? '(root)' : out;
}
/** Reads a YAML or JSON state file (JSON is YAML); parse errors name the file, line and column. */
function loadStateFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new StateError(`state file ${file}: cannot read it (${reason})`, '(root)');
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const pos = lineCounter.linePos(first.pos[0]);
        throw new StateError(`${file}:${pos.line}:${pos.col}: not valid YAML or JSON: ${first.code}`, '(root)');
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    const locate = (path) => {
        // Walk up to the nearest node that exists (a missing key is reported at its parent).
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true);
            const range = node?.range;
            if (range !== undefined) {
                const pos = lineCounter.linePos(range[0]);
                return `${file}:${pos.line}:${pos.col}`;
            }
        }
        return undefined;
    };
    return { value, locate };
}
/** A cursor on one value of the seed; readers return typed values or throw a StateError naming the path. */
class SeedReader {
    value;
    path;
    locate;
    constructor(value, path = [], locate = () => undefined) {
        this.value = value;
        this.path = path;
        this.locate = locate;
    }
    fail(problem, path = this.path) {
        const where = this.locate(path);
        const name = formatPath(path);
        throw new StateError(`${where !== undefined ? `${where}: ` : ''}state ${name}: ${problem}`, name);
    }
    describe(value) {
        if (value === null)
            return 'null';
        if (Array.isArray(value))
            return 'a list';
        if (typeof value === 'object')
            return 'a mapping';
        return `${typeof value} ${JSON.stringify(value)}`;
    }
    /** The value must be a mapping whose keys are among `allowed` (typos must not pass silently). */
    object(allowed) {
        const v = this.value;
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            this.fail(`expected a mapping, got ${this.describe(v)}`);
        const record = v;
        for (const key of Object.keys(record)) {
            if (!allowed.includes(key))
                this.fail(`unknown key '${key}' (allowed: ${allowed.join(', ')})`, [...this.path, key]);
        }
        return record;
    }
    child(key) {
        const v = this.value;
        const next = v === undefined || v === null ? undefined : v[key];
        return new SeedReader(next, [...this.path, key], this.locate);
    }
    has(key) {
        const v = this.value;
        return typeof v === 'object' && v !== null && v[key] !== undefined;
    }
    list() {
        if (!Array.isArray(this.value))
            this.fail(`expected a list, got ${this.describe(this.value)}`);
        return this.value.map((_, i) => this.child(i));
    }
    string(options = {}) {
        const v = this.value;
        if (typeof v !== 'string' || v === '')
            this.fail(`expected ${options.what ?? 'a non-empty string'}, got ${this.describe(v)}`);
        if (options.pattern !== undefined && !options.pattern.test(v)) {
            this.fail(`${JSON.stringify(v)} is not ${options.what ?? `of the form ${options.pattern.source}`}`);
        }
        return v;
    }
    optionalString(options = {}) {
        return this.value === undefined || this.value === null ? undefined : this.string(options);
    }
    number(options = {}) {
        const v = this.value;
        if (typeof v !== 'number' || !Number.isFinite(v))
            this.fail(`expected a number, got ${this.describe(v)}`);
        if (options.integer === true && !Number.isInteger(v))
            this.fail(`expected an integer, got ${v}`);
        if (options.min !== undefined && v < options.min)
            this.fail(`${v} is below the minimum ${options.min}`);
        if (options.max !== undefined && v > options.max)
            this.fail(`${v} is above the maximum ${options.max}`);
        return v;
    }
    optionalNumber(options = {}) {
        return this.value === undefined || this.value === null ? undefined : this.number(options);
    }
    boolean() {
        if (typeof this.value !== 'boolean')
            this.fail(`expected true or false, got ${this.describe(this.value)}`);
        return this.value;
    }
    oneOf(choices) {
        const v = this.value;
        if (typeof v !== 'string' || !choices.includes(v)) {
            this.fail(`expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, got ${this.describe(v)}`);
        }
        return v;
    }
}
const state_reader_GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

;// CONCATENATED MODULE: ./emulator/faults.ts
// Fault injection: which request gets latency, a 429, a 5xx, a dropped connection, or (taken by the ARM side)
// a failed long-running operation. Matching is per method/path/resource type, per count (nth, times) and per a
// seeded random rate, so a run with the same seed and the same requests fails the same way every time.


/** mulberry32: a tiny deterministic PRNG; good enough to spread failures, not for secrets. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** FNV-1a, 32 bits: a stable hash of a fault's JSON. */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** `/regex/flags` is a regular expression; anything else is a case-insensitive substring. */
function compilePath(path) {
    if (path === undefined)
        return undefined;
    const m = /^\/(.+)\/([a-z]*)$/.exec(path);
    if (m !== null)
        return new RegExp(m[1], m[2]);
    return new RegExp(path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
class FaultStore {
    seed;
    onChange;
    entries = [];
    nextId = 1;
    constructor(seed, initial = [], 
    /** Told whenever the list changes, so world.faults mirrors it. */
    onChange = () => undefined) {
        this.seed = seed;
        this.onChange = onChange;
        this.add(initial);
    }
    add(faults) {
        const added = faults.map((fault) => {
            const id = this.nextId++;
            // Each fault draws from its own stream, seeded by the world's seed and the fault itself: adding or removing
            // other faults never reshuffles it, and the same fault on the same seed fails the same requests.
            const entry = {
                id,
                fault,
                seen: 0,
                applied: 0,
                random: mulberry32((this.seed ^ fnv1a(JSON.stringify(fault))) >>> 0),
                pathRegex: compilePath(fault.match?.path),
            };
            return entry;
        });
        this.entries.push(...added);
        this.onChange(this.entries.map((e) => e.fault));
        return added.map(publicEntry);
    }
    remove(id) {
        const before = this.entries.length;
        this.entries = this.entries.filter((e) => e.id !== id);
        this.onChange(this.entries.map((e) => e.fault));
        return this.entries.length !== before;
    }
    clear() {
        this.entries = [];
        this.onChange([]);
    }
    list() {
        return this.entries.map(publicEntry);
    }
    matches(entry, req, service, resourceType) {
        const m = entry.fault.match ?? {};
        if ((m.service ?? 'arm') !== service)
            return false;
        if (m.method !== undefined && m.method.toUpperCase() !== req.method.toUpperCase())
            return false;
        if (entry.pathRegex !== undefined && !entry.pathRegex.test(req.path))
            return false;
        if (m.resourceType !== undefined && m.resourceType.toLowerCase() !== (resourceType ?? '').toLowerCase())
            return false;
        return true;
    }
    /** Counts the request against the entry and says whether the fault fires for it. */
    fires(entry) {
        const m = entry.fault.match ?? {};
        entry.seen++;
        const limit = m.times ?? (m.nth !== undefined ? 1 : Infinity);
        if (entry.applied >= limit)
            return false;
        if (m.nth !== undefined && entry.seen < m.nth)
            return false;
        if (m.rate !== undefined && entry.random() >= m.rate)
            return false;
        entry.applied++;
        return true;
    }
    take(kind, req, resourceType) {
        const type = resourceType ?? armResourceType(req.path);
        for (const entry of this.entries) {
            if (entry.fault.kind !== kind || !this.matches(entry, req, 'arm', type))
                continue;
            if (this.fires(entry))
                return entry.fault;
        }
        return undefined;
    }
    /**
     * The request-level faults for one request: the total latency of every firing latency fault, and the first
     * firing throttle/error/drop (in list order). Every matching fault counts the request, fired or not.
     */
    forRequest(req, service) {
        const type = service === 'arm' ? armResourceType(req.path) : undefined;
        let latencyMs = 0;
        let terminal;
        for (const entry of this.entries) {
            const kind = entry.fault.kind;
            if (kind === 'lro-failed' || !this.matches(entry, req, service, type))
                continue;
            if (kind === 'latency') {
                if (this.fires(entry) && entry.fault.kind === 'latency')
                    latencyMs += entry.fault.ms;
            }
            else if (terminal === undefined) {
                if (this.fires(entry))
                    terminal = entry.fault;
            }
            else {
                // An earlier fault already answers this request: this one still counts it (its nth), without firing.
                entry.seen++;
            }
        }
        return { latencyMs, fault: terminal };
    }
}
function publicEntry(e) {
    return { id: e.id, fault: e.fault, seen: e.seen, applied: e.applied };
}
const ARM_ERRORS = {
    500: {
        code: 'InternalServerError',
        message: 'Encountered internal server error. Please try again later.',
    },
    502: { code: 'BadGateway', message: 'The server received an invalid response from an upstream server.' },
    503: {
        code: 'ServiceUnavailable',
        message: 'The server is currently unable to handle the request due to a temporary overload or maintenance. Please retry the request later.',
    },
    504: {
        code: 'GatewayTimeout',
        message: 'The gateway did not receive a response from the resource provider within the specified time period.',
    },
};
/** The response a throttle or error fault produces, shaped like the service it hits. */
function faultResponse(fault, req, service) {
    const github = service === 'github';
    if (fault.kind === 'throttle') {
        const retryAfter = String(fault.retryAfterSeconds ?? 1);
        if (github) {
            return {
                status: 429,
                headers: { 'retry-after': retryAfter, 'x-ratelimit-remaining': '0' },
                body: {
                    message: 'API rate limit exceeded',
                    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
                },
            };
        }
        const op = req.method === 'GET' || req.method === 'HEAD' ? 'reads' : req.method === 'DELETE' ? 'deletes' : 'writes';
        return {
            status: 429,
            headers: {
                'retry-after': retryAfter,
                [`x-ms-ratelimit-remaining-subscription-${op}`]: '0',
                [`x-ms-ratelimit-remaining-tenant-${op === 'deletes' ? 'writes' : op}`]: '0',
                'x-ms-ratelimit-remaining-subscription-resource-requests': '0',
            },
            body: {
                error: {
                    code: 'TooManyRequests',
                    message: `The request is being throttled as the limit has been reached for operation type - ${op === 'reads' ? 'Read' : 'Write'}_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/srpthrottlinglimits`,
                },
            },
        };
    }
    if (fault.kind === 'error') {
        if (github)
            return {
                status: fault.status,
                body: { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' },
            };
        const e = ARM_ERRORS[fault.status] ?? ARM_ERRORS[500];
        const headers = fault.status === 503 ? { 'retry-after': '1' } : {};
        return { status: fault.status, headers, body: { error: e } };
    }
    return { status: 500, body: { error: ARM_ERRORS[500] } };
}
const KINDS = ['latency', 'throttle', 'error', 'drop', 'lro-failed'];
const SERVICES = ['arm', 'entra', 'github', 'oidc'];
/** Validates a list of faults from the state seed or from `POST /_emulator/faults`. */
function validateFaults(list) {
    return list.list().map((r) => readFault(r));
}
function readFaultsFromJson(value, locate) {
    const r = new SeedReader(Array.isArray(value) ? value : [value], ['faults'], locate);
    return validateFaults(r);
}
function readFault(r) {
    const kind = r.child('kind').oneOf(KINDS);
    const common = ['kind', 'match'];
    const match = r.has('match') ? readMatch(r.child('match')) : undefined;
    const withMatch = (f) => (match === undefined ? f : { ...f, match });
    switch (kind) {
        case 'latency':
            r.object([...common, 'ms']);
            return withMatch({ kind, ms: r.child('ms').number({ min: 0, max: 120_000 }) });
        case 'throttle': {
            r.object([...common, 'retryAfterSeconds']);
            const retry = r.child('retryAfterSeconds').optionalNumber({ integer: true, min: 0, max: 600 });
            return withMatch(retry === undefined ? { kind } : { kind, retryAfterSeconds: retry });
        }
        case 'error': {
            r.object([...common, 'status']);
            const status = r.child('status').number({ integer: true });
            if (status === 500 || status === 502 || status === 503 || status === 504)
                return withMatch({ kind, status });
            return r.child('status').fail(`expected 500, 502, 503 or 504, got ${status}`);
        }
        case 'drop':
            r.object(common);
            return withMatch({ kind });
        case 'lro-failed': {
            r.object([...common, 'code', 'message']);
            const f = { kind };
            const code = r.child('code').optionalString();
            const message = r.child('message').optionalString();
            return withMatch({
                ...f,
                ...(code !== undefined ? { code } : {}),
                ...(message !== undefined ? { message } : {}),
            });
        }
    }
}
function readMatch(r) {
    r.object(['method', 'path', 'resourceType', 'nth', 'times', 'rate', 'service']);
    const m = {};
    const method = r.child('method').optionalString({ pattern: /^[A-Za-z]+$/, what: 'an HTTP method' });
    if (method !== undefined)
        m.method = method.toUpperCase();
    const path = r.child('path').optionalString();
    if (path !== undefined) {
        try {
            compilePath(path);
        }
        catch (err) {
            r.child('path').fail(`not a valid /regular expression/: ${err instanceof Error ? err.message : String(err)}`);
        }
        m.path = path;
    }
    const resourceType = r.child('resourceType').optionalString({
        pattern: /^[A-Za-z0-9.]+(\/[A-Za-z0-9.]+)+$/,
        what: 'an ARM resource type (Namespace/type[/child])',
    });
    if (resourceType !== undefined)
        m.resourceType = resourceType;
    const nth = r.child('nth').optionalNumber({ integer: true, min: 1 });
    if (nth !== undefined)
        m.nth = nth;
    const times = r.child('times').optionalNumber({ integer: true, min: 1 });
    if (times !== undefined)
        m.times = times;
    const rate = r.child('rate').optionalNumber({ min: 0, max: 1 });
    if (rate !== undefined)
        m.rate = rate;
    if (r.has('service'))
        m.service = r.child('service').oneOf(SERVICES);
    return m;
}

;// CONCATENATED MODULE: ./emulator/context.ts
const context_json = (status, body, headers = {}) => ({
    status,
    body,
    headers,
});
const armError = (status, code, message, headers = {}) => context_json(status, { error: { code, message } }, headers);

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./emulator/jwt.ts
// RS256 JSON Web Tokens: signing keys with a JWKS view, signing, and parsing + signature verification.
// Both token issuers of the emulator (GitHub OIDC and Entra ID) use one SigningKey each.


const generateRsa = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
async function newSigningKey() {
    const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
    const kid = (0,external_node_crypto_.randomUUID)().replace(/-/g, '').toUpperCase();
    const exported = publicKey.export({ format: 'jwk' });
    return {
        kid,
        privateKey,
        jwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n: String(exported.n), e: String(exported.e) },
    };
}
const b64url = (data) => Buffer.from(data).toString('base64url');
function signJwt(key, claims, extraHeader = {}) {
    const header = { typ: 'JWT', alg: 'RS256', kid: key.kid, ...extraHeader };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = (0,external_node_crypto_.createSign)('RSA-SHA256').update(input).sign(key.privateKey);
    return `${input}.${b64url(signature)}`;
}
/** Parses a compact JWS without verifying it; undefined when it is not a well-formed JWT. */
function parseJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (!isRecord(header) || !isRecord(claims))
            return undefined;
        return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
    }
    catch {
        return undefined;
    }
}
/** True when the token is RS256 and signed by the JWKS key its `kid` names. */
function verifyRs256(jwt, keys) {
    if (jwt.header.alg !== 'RS256')
        return false;
    const jwk = keys.find((k) => k.kid === jwt.header.kid);
    if (jwk === undefined)
        return false;
    const publicKey = (0,external_node_crypto_.createPublicKey)({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
    return (0,external_node_crypto_.createVerify)('RSA-SHA256').update(jwt.signingInput).verify(publicKey, jwt.signature);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const nowSeconds = () => Math.floor(Date.now() / 1000);

// EXTERNAL MODULE: ./node_modules/uuid/dist-node/v5.js + 6 modules
var v5 = __webpack_require__(73604);
;// CONCATENATED MODULE: ./emulator/world.ts
// The emulator's world: the default one of emulator/README.md, and the state seed (`--state FILE` or
// `options.state`) that overrides or extends it. The seed is validated here; every error names its path.






const DEFAULT_TENANT_ID = '11111111-1111-4111-8111-111111111111';
const DEFAULT_CLIENT_ID = '22222222-2222-4222-8222-222222222222';
const DEFAULT_SP_OBJECT_ID = '33333333-3333-4333-8333-333333333333';
/** The subscription of the contract's example spec, so examples run against the default world unchanged. */
const DEFAULT_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000000';
const DEFAULT_REPO = 'octo-org/octo-repo';
const DEFAULT_OIDC_SUBJECT = 'repo:octo-org/octo-repo:pull_request';
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const FIRST_COMMENT_ID = 1_000_000_001;
/** Built-in role definitions by the names the seed accepts. */
const BUILT_IN_ROLES = {
    Owner: ROLE_IDS.owner,
    Contributor: ROLE_IDS.contributor,
    Reader: ROLE_IDS.reader,
    'Network Contributor': ROLE_IDS.networkContributor,
    'Role Based Access Control Administrator': ROLE_IDS.rbacAdministrator,
    'User Access Administrator': ROLE_IDS.userAccessAdministrator,
};
/** Namespace for deterministic role assignment names (same scope, role and principal give the same GUID). */
const ROLE_ASSIGNMENT_NAMESPACE = '6f3c1d2a-8b7e-4c5d-9a1f-2e3b4c5d6e7f';
/** GitHub's timestamps: ISO 8601 in UTC without milliseconds. */
const githubTime = (d) => d.toISOString().replace(/\.\d+Z$/, 'Z');
const sha1Hex = (text) => (0,external_node_crypto_.createHash)('sha1').update(text).digest('hex');
function newGithubToken() {
    return `ghs_${(0,external_node_crypto_.randomBytes)(27).toString('base64url').slice(0, 36)}`;
}
function roleDefinitionId(subscriptionId, roleGuid) {
    return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}
/** The subscription a scope lives in (role definition ids are subscription-scoped). */
function world_subscriptionOfScope(scope) {
    const match = /^\/subscriptions\/([^/]+)/i.exec(scope);
    return match?.[1];
}
function roleAssignmentResource(input) {
    const scope = input.scope.replace(/\/+$/, '');
    const name = input.name ?? (0,v5/* default */.Ay)(`${scope.toLowerCase()}|${input.roleGuid}|${input.principalId}`, ROLE_ASSIGNMENT_NAMESPACE);
    const created = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
    return {
        id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
        name,
        type: 'Microsoft.Authorization/roleAssignments',
        properties: {
            roleDefinitionId: roleDefinitionId(world_subscriptionOfScope(scope) ?? input.subscriptionId, input.roleGuid),
            principalId: input.principalId,
            principalType: input.principalType,
            scope,
            condition: null,
            conditionVersion: null,
            createdOn: created,
            updatedOn: created,
            createdBy: null,
            updatedBy: null,
            delegatedManagedIdentityResourceId: null,
            description: null,
        },
    };
}
function defaultPullRequest(repo, number) {
    return {
        number,
        title: 'Tighten the inference subnet NSG',
        state: 'open',
        merged: false,
        headSha: sha1Hex(`${repo}#${number}:head`),
        headRef: 'amlnet-network',
        baseRef: 'main',
        mergeCommitSha: null,
        headRepo: repo,
        user: 'octocat',
    };
}
const ROLE_NAMES = Object.keys(BUILT_IN_ROLES);
const world_PRINCIPAL_TYPES = ['ServicePrincipal', 'User', 'Group'];
const REPO_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}$/;
const ARM_ID = /^\/subscriptions\/[^/]+(\/.+)?$/i;
/**
 * Builds the world: the default of emulator/README.md, overridden/extended by the seed (validated; a bad seed
 * throws a StateError naming the path). Lists that define identities (subscriptions, applications,
 * github.repositories) REPLACE the defaults; lists of extra things (principals, roleAssignments, resources,
 * github.tokens, faults) ADD to them.
 */
function buildWorld(seed, ctx, locate) {
    const root = new SeedReader(seed ?? {}, [], locate);
    root.object([
        'tenantId',
        'subscriptions',
        'applications',
        'ownerOnSubscription',
        'principals',
        'roleAssignments',
        'resources',
        'github',
        'timings',
        'faults',
        'seed',
    ]);
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    const tenantId = root.child('tenantId').optionalString({ pattern: state_reader_GUID, what: 'a GUID' }) ?? DEFAULT_TENANT_ID;
    const subscriptionIds = root.has('subscriptions')
        ? root
            .child('subscriptions')
            .list()
            .map((r) => r.string({ pattern: state_reader_GUID, what: 'a subscription id (GUID)' }))
        : [DEFAULT_SUBSCRIPTION_ID];
    if (subscriptionIds.length === 0)
        root.child('subscriptions').fail('needs at least one subscription id');
    const applications = root.has('applications')
        ? root
            .child('applications')
            .list()
            .map((r) => readApplication(r, ctx))
        : [
            {
                clientId: DEFAULT_CLIENT_ID,
                displayName: 'amlnet-github',
                servicePrincipalObjectId: DEFAULT_SP_OBJECT_ID,
                federatedCredentials: [
                    {
                        name: 'octo-repo-pull-request',
                        issuer: ctx.githubIssuer,
                        subject: 'repo:octo-org/octo-repo:pull_request',
                        audiences: [OIDC_AUDIENCE],
                    },
                    {
                        name: 'octo-repo-production',
                        issuer: ctx.githubIssuer,
                        subject: 'repo:octo-org/octo-repo:environment:production',
                        audiences: [OIDC_AUDIENCE],
                    },
                ],
            },
        ];
    if (applications.length === 0)
        root.child('applications').fail('needs at least one application');
    const principals = applications.map((a) => ({
        objectId: a.servicePrincipalObjectId,
        type: 'ServicePrincipal',
        createdAt: dayAgo,
        displayName: a.displayName,
    }));
    if (root.has('principals')) {
        for (const r of root.child('principals').list())
            principals.push(readPrincipal(r, dayAgo));
    }
    const resources = new Map();
    const subscriptionId = subscriptionIds[0];
    const addResource = (resource) => {
        resources.set(String(resource.id).toLowerCase(), resource);
    };
    const ownerOnSubscription = root.has('ownerOnSubscription') ? root.child('ownerOnSubscription').boolean() : true;
    if (ownerOnSubscription) {
        addResource(roleAssignmentResource({
            scope: `/subscriptions/${subscriptionId}`,
            roleGuid: BUILT_IN_ROLES.Owner,
            principalId: applications[0].servicePrincipalObjectId,
            principalType: 'ServicePrincipal',
            subscriptionId,
        }));
    }
    if (root.has('roleAssignments')) {
        for (const r of root.child('roleAssignments').list()) {
            addResource(readRoleAssignment(r, applications, principals, subscriptionId));
        }
    }
    if (root.has('resources')) {
        const readers = root.child('resources').list();
        const seeded = readers.map((r) => ({ r, resource: readResource(r) }));
        for (const { resource } of seeded)
            if (embeddedIn(String(resource.id)) === undefined)
                addResource(resource);
        // Subnets and security rules live inside their parent, as the parent's GET returns them.
        for (const { r, resource } of seeded) {
            const embed = embeddedIn(String(resource.id));
            if (embed !== undefined)
                embedChild(r, resources, resource, embed);
        }
    }
    const github = readGithub(root.child('github'));
    const timings = { lroMs: { default: 10 } };
    if (root.has('timings')) {
        const t = root.child('timings');
        t.object(['lroMs', 'clockSkewSeconds', 'accessTokenSeconds']);
        if (t.has('lroMs')) {
            const lro = t.child('lroMs');
            for (const key of Object.keys(lro.object(Object.keys(lro.value)))) {
                timings.lroMs[key] = lro.child(key).number({ min: 0, max: 600_000 });
            }
        }
        const skew = t.child('clockSkewSeconds').optionalNumber({ integer: true, min: 0, max: 86_400 });
        if (skew !== undefined)
            timings.clockSkewSeconds = skew;
        const accessTtl = t.child('accessTokenSeconds').optionalNumber({ integer: true, min: 1, max: 86_400 });
        if (accessTtl !== undefined)
            timings.accessTokenSeconds = accessTtl;
    }
    const faults = root.has('faults') ? validateFaults(root.child('faults')) : [];
    const seedValue = root.child('seed').optionalNumber({ integer: true, min: 0, max: 2 ** 32 - 1 }) ?? 1;
    const world = {
        tenantId,
        subscriptionIds,
        applications,
        principals,
        resources,
        github: { repositories: github.repositories, tokens: github.tokens, oidcSubject: github.oidcSubject },
        timings,
        faults,
        seed: seedValue,
    };
    const writer = github.tokens.find((t) => t.permission === 'write');
    return {
        world,
        clientId: applications[0].clientId,
        subscriptionId,
        githubToken: writer?.token ?? github.tokens[0].token,
        oidcTtlSeconds: github.oidcTtlSeconds,
    };
}
function readApplication(r, ctx) {
    r.object(['clientId', 'displayName', 'servicePrincipalObjectId', 'federatedCredentials']);
    const clientId = r.child('clientId').string({ pattern: state_reader_GUID, what: 'a client id (GUID)' });
    const fics = r.has('federatedCredentials') ? r.child('federatedCredentials').list() : [];
    return {
        clientId,
        displayName: r.child('displayName').optionalString() ?? `app-${clientId.slice(0, 8)}`,
        servicePrincipalObjectId: r.child('servicePrincipalObjectId').optionalString({ pattern: state_reader_GUID, what: 'an object id (GUID)' }) ??
            (0,v5/* default */.Ay)(`sp|${clientId}`, ROLE_ASSIGNMENT_NAMESPACE),
        federatedCredentials: fics.map((f, i) => {
            f.object(['name', 'issuer', 'subject', 'audiences']);
            const audiences = f.has('audiences')
                ? f
                    .child('audiences')
                    .list()
                    .map((a) => a.string())
                : [OIDC_AUDIENCE];
            if (audiences.length !== 1)
                f.child('audiences').fail('Entra accepts exactly one audience per federated credential');
            return {
                name: f.child('name').optionalString() ?? `federated-credential-${i + 1}`,
                issuer: f.child('issuer').optionalString({ pattern: /^https:\/\//, what: 'an https:// issuer URL' }) ??
                    ctx.githubIssuer,
                subject: f.child('subject').string(),
                audiences,
            };
        }),
    };
}
function readPrincipal(r, dayAgo) {
    r.object(['objectId', 'type', 'displayName', 'createdAt']);
    let createdAt = dayAgo;
    const c = r.child('createdAt');
    if (c.value === 'now')
        createdAt = Date.now();
    else if (typeof c.value === 'number')
        createdAt = c.number({ min: 0 });
    else if (c.value !== undefined) {
        const text = c.string({ what: "an ISO date-time, milliseconds since the epoch or 'now'" });
        createdAt = Date.parse(text);
        if (Number.isNaN(createdAt))
            c.fail(`${JSON.stringify(text)} is not an ISO date-time`);
    }
    return {
        objectId: r.child('objectId').string({ pattern: state_reader_GUID, what: 'an object id (GUID)' }),
        type: r.has('type') ? r.child('type').oneOf(world_PRINCIPAL_TYPES) : 'ServicePrincipal',
        createdAt,
        displayName: r.child('displayName').optionalString(),
    };
}
function readRoleAssignment(r, applications, principals, subscriptionId) {
    r.object(['principalId', 'clientId', 'role', 'scope', 'principalType', 'name']);
    let principalId;
    if (r.has('clientId')) {
        const clientId = r.child('clientId').string({ pattern: state_reader_GUID, what: 'a client id (GUID)' });
        const app = applications.find((a) => a.clientId.toLowerCase() === clientId.toLowerCase());
        if (app === undefined)
            return r.child('clientId').fail(`no application with clientId ${clientId} in this world`);
        principalId = app.servicePrincipalObjectId;
    }
    else if (r.has('principalId')) {
        principalId = r.child('principalId').string({ pattern: state_reader_GUID, what: 'a principal object id (GUID)' });
    }
    else {
        r.fail('needs principalId or clientId');
    }
    const roleText = r.child('role').string({ what: `a role name (${ROLE_NAMES.join(', ')}) or a role definition GUID` });
    const roleGuid = BUILT_IN_ROLES[roleText] ?? (state_reader_GUID.test(roleText) ? roleText.toLowerCase() : undefined);
    if (roleGuid === undefined) {
        return r
            .child('role')
            .fail(`unknown role ${JSON.stringify(roleText)} (use ${ROLE_NAMES.join(', ')} or a role definition GUID)`);
    }
    const scope = r.child('scope').string({ pattern: ARM_ID, what: 'an ARM scope (/subscriptions/...)' });
    const known = principals.find((p) => p.objectId.toLowerCase() === principalId.toLowerCase());
    return roleAssignmentResource({
        scope,
        roleGuid,
        principalId,
        principalType: r.has('principalType')
            ? r.child('principalType').oneOf(world_PRINCIPAL_TYPES)
            : (known?.type ?? 'ServicePrincipal'),
        name: r.child('name').optionalString({ pattern: state_reader_GUID, what: 'a role assignment name (GUID)' }),
        subscriptionId,
    });
}
function readResource(r) {
    const value = r.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        r.fail('expected a resource (a mapping with an id)');
    const id = r.child('id').string({ pattern: ARM_ID, what: 'an ARM resource id (/subscriptions/...)' });
    // Stored verbatim (GET-shaped); only what GET always carries is filled in when missing.
    const resource = structuredClone(value);
    resource.name ??= armResourceName(id);
    resource.type ??= armResourceType(id) ?? null;
    resource.etag ??= `W/"${(0,external_node_crypto_.randomUUID)()}"`;
    return resource;
}
/** Child types whose items live in the parent's properties (the parent's GET embeds them). */
const EMBEDDED = {
    'microsoft.network/virtualnetworks/subnets': 'subnets',
    'microsoft.network/networksecuritygroups/securityrules': 'securityRules',
};
function embeddedIn(id) {
    const collection = EMBEDDED[(armResourceType(id) ?? '').toLowerCase()];
    if (collection === undefined)
        return undefined;
    return { parentId: id.replace(/\/[^/]+\/[^/]+\/?$/, ''), collection };
}
function embedChild(r, resources, child, embed) {
    const parent = resources.get(embed.parentId.toLowerCase());
    if (parent === undefined) {
        return r
            .child('id')
            .fail(`its parent ${embed.parentId} is not in the seed (a ${embed.collection} item lives inside its parent)`);
    }
    const props = (parent.properties ??= {});
    const list = Array.isArray(props[embed.collection]) ? props[embed.collection] : [];
    const name = String(child.name).toLowerCase();
    props[embed.collection] = [...list.filter((c) => String(c.name).toLowerCase() !== name), child];
}
function readGithub(r) {
    if (r.value !== undefined)
        r.object(['repositories', 'tokens', 'oidcSubject', 'oidcTtlSeconds']);
    let nextCommentId = FIRST_COMMENT_ID;
    const repositories = r.has('repositories')
        ? r
            .child('repositories')
            .list()
            .map((repo) => {
            repo.object(['fullName', 'defaultBranch', 'pulls', 'comments']);
            const fullName = repo.child('fullName').string({ pattern: REPO_NAME, what: 'owner/name' });
            const [owner, name] = fullName.split('/');
            const pulls = repo.has('pulls')
                ? repo
                    .child('pulls')
                    .list()
                    .map((p) => readPull(p, fullName))
                : [];
            const comments = {};
            if (repo.has('comments')) {
                const c = repo.child('comments');
                for (const key of Object.keys(c.object(Object.keys(c.value)))) {
                    const number = Number(key);
                    if (!Number.isInteger(number) || number < 1)
                        c.fail(`key ${JSON.stringify(key)} is not an issue number`, [...c.path, key]);
                    comments[number] = c
                        .child(key)
                        .list()
                        .map((cm) => {
                        cm.object(['body', 'user', 'createdAt']);
                        const at = cm.child('createdAt').optionalString() ?? githubTime(new Date());
                        return {
                            id: nextCommentId++,
                            body: cm.child('body').string(),
                            user: cm.child('user').optionalString() ?? 'octocat',
                            createdAt: at,
                            updatedAt: at,
                        };
                    });
                }
            }
            return {
                owner,
                name,
                defaultBranch: repo.child('defaultBranch').optionalString() ?? 'main',
                pulls,
                comments,
            };
        })
        : [
            {
                owner: 'octo-org',
                name: 'octo-repo',
                defaultBranch: 'main',
                pulls: [defaultPullRequest(DEFAULT_REPO, 1)],
                comments: {},
            },
        ];
    const tokens = [{ token: newGithubToken(), login: 'github-actions[bot]', permission: 'write' }];
    if (r.has('tokens')) {
        for (const t of r.child('tokens').list()) {
            t.object(['token', 'login', 'permission']);
            tokens.push({
                token: t.child('token').string(),
                login: t.child('login').optionalString() ?? 'github-actions[bot]',
                permission: t.has('permission') ? t.child('permission').oneOf(['write', 'read']) : 'write',
            });
        }
    }
    return {
        repositories,
        tokens,
        oidcSubject: r.child('oidcSubject').optionalString() ?? DEFAULT_OIDC_SUBJECT,
        oidcTtlSeconds: r.child('oidcTtlSeconds').optionalNumber({ integer: true, min: 1, max: 86_400 }) ?? 300,
    };
}
function readPull(p, repo) {
    p.object([
        'number',
        'title',
        'state',
        'merged',
        'headSha',
        'headRef',
        'baseRef',
        'mergeCommitSha',
        'headRepo',
        'user',
    ]);
    const number = p.child('number').number({ integer: true, min: 1 });
    const base = defaultPullRequest(repo, number);
    return {
        number,
        title: p.child('title').optionalString() ?? base.title,
        state: p.has('state') ? p.child('state').oneOf(['open', 'closed']) : 'open',
        merged: p.has('merged') ? p.child('merged').boolean() : false,
        headSha: p.child('headSha').optionalString({ pattern: SHA, what: 'a 40-hex commit sha' }) ?? base.headSha,
        headRef: p.child('headRef').optionalString() ?? base.headRef,
        baseRef: p.child('baseRef').optionalString() ?? base.baseRef,
        mergeCommitSha: p.child('mergeCommitSha').optionalString({ pattern: SHA, what: 'a 40-hex commit sha' }) ?? null,
        headRepo: p.child('headRepo').optionalString({ pattern: REPO_NAME, what: 'owner/name' }) ?? repo,
        user: p.child('user').optionalString() ?? base.user,
    };
}

;// CONCATENATED MODULE: ./emulator/github-oidc.ts
// GitHub's OIDC token service, as a runner sees it: `GET {ACTIONS_ID_TOKEN_REQUEST_URL}&audience=X` with
// `Authorization: Bearer {ACTIONS_ID_TOKEN_REQUEST_TOKEN}` answers `{"value": jwt}`; the issuer publishes its
// discovery document and JWKS so a relying party (our Entra) can verify the token the way Entra does.




const OIDC_ISSUER_PATH = '/_services/token';
const OIDC_REQUEST_PATH = '/_services/pipelines/idtoken';
function sameSecret(given, expected) {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/** Claims GitHub puts in an ID token for a subject (`repo:o/r:pull_request`, `...:environment:x`, `...:ref:refs/...`). */
function githubClaims(ctx, subject, audience, ttlSeconds) {
    const m = /^repo:([^/]+)\/([^:]+):(.*)$/.exec(subject);
    const owner = m?.[1] ?? 'octo-org';
    const name = m?.[2] ?? 'octo-repo';
    const rest = m?.[3] ?? '';
    const fullName = `${owner}/${name}`;
    const repo = ctx.world.github.repositories.find((r) => `${r.owner}/${r.name}`.toLowerCase() === fullName.toLowerCase());
    const defaultBranch = repo?.defaultBranch ?? 'main';
    const openPull = repo?.pulls.find((p) => p.state === 'open');
    const lastMerge = repo?.pulls.filter((p) => p.merged && p.mergeCommitSha).at(-1);
    const branchHead = lastMerge?.mergeCommitSha ?? sha1Hex(`${fullName}:${defaultBranch}`);
    let eventName = 'push';
    let ref = `refs/heads/${defaultBranch}`;
    let sha = branchHead;
    let environment;
    const extra = {};
    if (rest === 'pull_request') {
        eventName = 'pull_request';
        const number = openPull?.number ?? 1;
        ref = `refs/pull/${number}/merge`;
        sha = openPull?.headSha ?? sha1Hex(`${fullName}#${number}:head`);
        extra.head_ref = openPull?.headRef ?? 'feature';
        extra.base_ref = openPull?.baseRef ?? defaultBranch;
    }
    else if (rest.startsWith('environment:')) {
        environment = rest.slice('environment:'.length);
    }
    else if (rest.startsWith('ref:')) {
        ref = rest.slice('ref:'.length);
    }
    const iat = nowSeconds();
    const workflowRef = `${fullName}/.github/workflows/amlnet.yml@${ref}`;
    return {
        jti: (0,external_node_crypto_.randomUUID)(),
        sub: subject,
        aud: audience,
        ref,
        sha,
        repository: fullName,
        repository_owner: owner,
        repository_owner_id: String(parseInt(sha1Hex(owner).slice(0, 7), 16)),
        repository_id: String(parseInt(sha1Hex(fullName).slice(0, 7), 16)),
        repository_visibility: 'private',
        run_id: String(10_000_000_000 + (iat % 1_000_000)),
        run_number: '42',
        run_attempt: '1',
        actor: openPull?.user ?? 'octocat',
        actor_id: '583231',
        workflow: 'amlnet',
        workflow_ref: workflowRef,
        workflow_sha: sha,
        job_workflow_ref: workflowRef,
        job_workflow_sha: sha,
        event_name: eventName,
        ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        ref_protected: ref === `refs/heads/${defaultBranch}` ? 'true' : 'false',
        runner_environment: 'github-hosted',
        ...(environment !== undefined ? { environment } : {}),
        ...extra,
        iss: ctx.githubIssuer,
        nbf: iat - 5,
        iat,
        exp: iat + ttlSeconds,
    };
}
/** Serves the request endpoint, the issuer's discovery document and its JWKS; undefined if the path is not ours. */
function handleGithubOidc(ctx, req) {
    if (req.path === OIDC_REQUEST_PATH) {
        if (req.method !== 'GET')
            return context_json(405, { message: 'Method Not Allowed' });
        const auth = req.headers.authorization ?? '';
        const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
        if (given === '')
            return context_json(401, { message: 'Unauthorized: no bearer token' });
        if (!sameSecret(given, ctx.oidcRequestToken))
            return context_json(403, { message: 'Forbidden: the request token is not valid for this job' });
        const audience = req.query.get('audience') || OIDC_AUDIENCE;
        // Extra (emulator-only) query parameters let a single request ask for another subject or lifetime.
        const subject = req.query.get('subject') || ctx.world.github.oidcSubject;
        const ttlText = req.query.get('ttl');
        const ttl = ttlText !== null && /^-?\d+$/.test(ttlText) ? Number(ttlText) : ctx.oidc.ttlSeconds;
        const token = signJwt(ctx.oidcKey, githubClaims(ctx, subject, audience, ttl), { x5t: ctx.oidcKey.kid });
        return context_json(200, { count: token.length, value: token });
    }
    if (req.path === `${OIDC_ISSUER_PATH}/.well-known/openid-configuration`) {
        return context_json(200, {
            issuer: ctx.githubIssuer,
            jwks_uri: `${ctx.githubIssuer}/.well-known/jwks`,
            subject_types_supported: ['public', 'pairwise'],
            response_types_supported: ['id_token'],
            claims_supported: [
                'sub',
                'aud',
                'exp',
                'iat',
                'iss',
                'jti',
                'nbf',
                'ref',
                'sha',
                'repository',
                'repository_owner',
                'run_id',
                'workflow',
                'event_name',
                'environment',
                'job_workflow_ref',
                'actor',
            ],
            id_token_signing_alg_values_supported: ['RS256'],
            scopes_supported: ['openid'],
        });
    }
    if (req.path === `${OIDC_ISSUER_PATH}/.well-known/jwks`) {
        return context_json(200, { keys: [{ ...ctx.oidcKey.jwk, x5t: ctx.oidcKey.kid }] });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./emulator/github-rest.ts
// GitHub's REST API under {base}/github (Octokit's baseUrl): the calls amlnet makes for its pull-request comment
// and for finding the pull request of a merge commit, with GitHub's response shapes, paging and errors.


const GITHUB_PREFIX = '/github';
const DOCS = 'https://docs.github.com/rest';
/** GitHub's limit on an issue comment body. */
const MAX_COMMENT_LENGTH = 65_536;
const ghError = (status, message, documentationUrl = DOCS, extra = {}) => context_json(status, { message, documentation_url: documentationUrl, status: String(status), ...extra });
const numericId = (text) => parseInt(sha1Hex(text).slice(0, 8), 16);
const nodeId = (prefix, id) => `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;
class GithubRest {
    ctx;
    nextCommentId;
    /** Pull requests have no creation time in the world; all report one fixed time, an hour before start. */
    createdAt = githubTime(new Date(Date.now() - 3600_000));
    constructor(ctx) {
        this.ctx = ctx;
        let max = FIRST_COMMENT_ID - 1;
        for (const repo of ctx.world.github.repositories) {
            for (const list of Object.values(repo.comments))
                for (const c of list)
                    max = Math.max(max, c.id);
        }
        this.nextCommentId = max + 1;
    }
    get apiUrl() {
        return `${this.ctx.baseUrl}${GITHUB_PREFIX}`;
    }
    htmlUrl(repo) {
        // The emulator has no web UI; html_url points where github.com would, under the emulator's host.
        return `${this.ctx.baseUrl}/${repo.owner}/${repo.name}`;
    }
    user(login) {
        const bot = login.endsWith('[bot]');
        const id = bot && login === 'github-actions[bot]' ? 41898282 : numericId(`user:${login}`);
        return {
            login,
            id,
            node_id: nodeId(bot ? 'BOT' : 'U', id),
            avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
            url: `${this.apiUrl}/users/${encodeURIComponent(login)}`,
            html_url: `${this.ctx.baseUrl}/${bot ? 'apps/' + login.replace(/\[bot\]$/, '') : login}`,
            type: bot ? 'Bot' : 'User',
            site_admin: false,
        };
    }
    repoJson(repo) {
        const fullName = `${repo.owner}/${repo.name}`;
        const id = numericId(`repo:${fullName}`);
        return {
            id,
            node_id: nodeId('R', id),
            name: repo.name,
            full_name: fullName,
            private: true,
            owner: { ...this.user(repo.owner), type: 'Organization' },
            html_url: this.htmlUrl(repo),
            description: null,
            fork: false,
            url: `${this.apiUrl}/repos/${fullName}`,
            default_branch: repo.defaultBranch,
            visibility: 'private',
            archived: false,
            disabled: false,
            permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
        };
    }
    commentJson(repo, number, c) {
        const fullName = `${repo.owner}/${repo.name}`;
        return {
            url: `${this.apiUrl}/repos/${fullName}/issues/comments/${c.id}`,
            html_url: `${this.htmlUrl(repo)}/pull/${number}#issuecomment-${c.id}`,
            issue_url: `${this.apiUrl}/repos/${fullName}/issues/${number}`,
            id: c.id,
            node_id: nodeId('IC', c.id),
            user: this.user(c.user),
            created_at: c.createdAt,
            updated_at: c.updatedAt,
            author_association: c.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
            body: c.body,
            reactions: { url: `${this.apiUrl}/repos/${fullName}/issues/comments/${c.id}/reactions`, total_count: 0 },
            performed_via_github_app: null,
        };
    }
    pullJson(repo, p) {
        const fullName = `${repo.owner}/${repo.name}`;
        const id = numericId(`pull:${fullName}#${p.number}`);
        const headRepo = this.ctx.world.github.repositories.find((r) => `${r.owner}/${r.name}` === p.headRepo);
        const [headOwner] = p.headRepo.split('/');
        const baseSha = sha1Hex(`${fullName}:${p.baseRef}`);
        const created = this.createdAt;
        return {
            url: `${this.apiUrl}/repos/${fullName}/pulls/${p.number}`,
            id,
            node_id: nodeId('PR', id),
            html_url: `${this.htmlUrl(repo)}/pull/${p.number}`,
            issue_url: `${this.apiUrl}/repos/${fullName}/issues/${p.number}`,
            comments_url: `${this.apiUrl}/repos/${fullName}/issues/${p.number}/comments`,
            number: p.number,
            state: p.state,
            locked: false,
            title: p.title,
            user: this.user(p.user),
            body: null,
            created_at: created,
            updated_at: created,
            closed_at: p.state === 'closed' ? created : null,
            merged_at: p.merged ? created : null,
            merge_commit_sha: p.mergeCommitSha ?? null,
            draft: false,
            head: {
                label: `${headOwner}:${p.headRef}`,
                ref: p.headRef,
                sha: p.headSha,
                user: this.user(headOwner),
                repo: headRepo !== undefined ? this.repoJson(headRepo) : { full_name: p.headRepo, fork: p.headRepo !== fullName },
            },
            base: {
                label: `${repo.owner}:${p.baseRef}`,
                ref: p.baseRef,
                sha: baseSha,
                user: this.user(repo.owner),
                repo: this.repoJson(repo),
            },
            author_association: 'MEMBER',
            merged: p.merged,
            mergeable: p.state === 'open' ? true : null,
            merged_by: p.merged ? this.user('octocat') : null,
            comments: repo.comments[p.number]?.length ?? 0,
        };
    }
    tokenOf(req) {
        const auth = req.headers.authorization;
        if (auth === undefined || auth === '')
            return 'missing';
        const m = /^(?:token|bearer)\s+(\S+)$/i.exec(auth);
        if (m === null)
            return 'bad';
        return this.ctx.world.github.tokens.find((t) => t.token === m[1]) ?? 'bad';
    }
    findRepo(owner, name) {
        return this.ctx.world.github.repositories.find((r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase());
    }
    handle(req) {
        const path = req.path.slice(GITHUB_PREFIX.length) || '/';
        const token = this.tokenOf(req);
        if (token === 'missing')
            return ghError(401, 'Requires authentication');
        if (token === 'bad')
            return ghError(401, 'Bad credentials');
        // GraphQL is a POST for reads too; its queries here only read.
        const write = req.method !== 'GET' && req.method !== 'HEAD' && path !== '/graphql';
        if (write && token.permission !== 'write') {
            return ghError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        }
        if (path === '/graphql' && req.method === 'POST')
            return this.graphql(req);
        if (path === '/user' && req.method === 'GET') {
            // An installation token (the workflow's GITHUB_TOKEN, whose author is an app bot) has no user: GitHub answers 403.
            if (token.login.endsWith('[bot]')) {
                return ghError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
            }
            return context_json(200, this.user(token.login));
        }
        const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
        if (m === null)
            return ghError(404, 'Not Found');
        const repo = this.findRepo(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
        if (repo === undefined)
            return ghError(404, 'Not Found', 'https://docs.github.com/rest/repos/repos#get-a-repository');
        const sub = m[3] ?? '';
        let r;
        if (sub === '' && req.method === 'GET')
            return context_json(200, this.repoJson(repo));
        if ((r = /^\/issues\/(\d+)\/comments$/.exec(sub)) !== null) {
            const number = Number(r[1]);
            if (!repo.pulls.some((p) => p.number === number))
                return ghError(404, 'Not Found', 'https://docs.github.com/rest/issues/comments#list-issue-comments');
            if (req.method === 'GET')
                return this.listComments(req, repo, number);
            if (req.method === 'POST')
                return this.createComment(req, repo, number, token);
        }
        if ((r = /^\/issues\/comments\/(\d+)$/.exec(sub)) !== null) {
            const found = this.findComment(repo, Number(r[1]));
            if (found === undefined)
                return ghError(404, 'Not Found', 'https://docs.github.com/rest/issues/comments#get-an-issue-comment');
            if (req.method === 'GET')
                return context_json(200, this.commentJson(repo, found.number, found.comment));
            if (req.method === 'PATCH')
                return this.updateComment(req, repo, found.number, found.comment, token);
        }
        if ((r = /^\/pulls\/(\d+)$/.exec(sub)) !== null && req.method === 'GET') {
            const pull = repo.pulls.find((p) => p.number === Number(r?.[1]));
            if (pull === undefined)
                return ghError(404, 'Not Found', 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request');
            return context_json(200, this.pullJson(repo, pull));
        }
        if ((r = /^\/commits\/([^/]+)\/pulls$/.exec(sub)) !== null && req.method === 'GET') {
            const sha = r[1].toLowerCase();
            const pulls = repo.pulls.filter((p) => p.headSha === sha || p.mergeCommitSha === sha);
            return context_json(200, pulls.map((p) => this.pullJson(repo, p)));
        }
        return ghError(404, 'Not Found');
    }
    findComment(repo, id) {
        for (const [number, list] of Object.entries(repo.comments)) {
            const comment = list.find((c) => c.id === id);
            if (comment !== undefined)
                return { number: Number(number), comment };
        }
        return undefined;
    }
    listComments(req, repo, number) {
        const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? '30') || 30));
        const page = Math.max(1, Number(req.query.get('page') ?? '1') || 1);
        const all = repo.comments[number] ?? [];
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const items = all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(repo, number, c));
        const link = (p, rel) => {
            const q = new URLSearchParams(req.query);
            q.set('per_page', String(perPage));
            q.set('page', String(p));
            return `<${this.apiUrl}/repos/${repo.owner}/${repo.name}/issues/${number}/comments?${q.toString()}>; rel="${rel}"`;
        };
        // GitHub's order: prev, next, last, first; only the relations that exist.
        const links = [];
        if (page > 1)
            links.push(link(page - 1, 'prev'));
        if (page < last)
            links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1)
            links.push(link(1, 'first'));
        return context_json(200, items, links.length > 0 ? { link: links.join(', ') } : {});
    }
    commentBody(req, doc) {
        const body = req.body?.body;
        if (typeof body !== 'string')
            return ghError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', doc);
        if (body.length > MAX_COMMENT_LENGTH) {
            return ghError(422, 'Validation Failed', doc, {
                errors: [
                    {
                        resource: 'IssueComment',
                        code: 'custom',
                        field: 'body',
                        message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
                    },
                ],
            });
        }
        return body;
    }
    createComment(req, repo, number, token) {
        const body = this.commentBody(req, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        if (typeof body !== 'string')
            return body;
        const at = githubTime(new Date());
        const comment = { id: this.nextCommentId++, body, user: token.login, createdAt: at, updatedAt: at };
        (repo.comments[number] ??= []).push(comment);
        const out = this.commentJson(repo, number, comment);
        return context_json(201, out, { location: String(out.url) });
    }
    /**
     * Anyone with write access may edit any comment, as on GitHub; the author stays who wrote it. Each edit is
     * kept in the comment's history (the first edit also records the original revision, by its author).
     */
    updateComment(req, repo, number, comment, token) {
        const body = this.commentBody(req, 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
        if (typeof body !== 'string')
            return body;
        const at = githubTime(new Date());
        if (comment.body !== body) {
            comment.edits ??= [{ editor: comment.user, editedAt: comment.createdAt }];
            comment.edits.push({ editor: token.login, editedAt: at });
        }
        comment.body = body;
        comment.updatedAt = at;
        return context_json(200, this.commentJson(repo, number, comment));
    }
    /**
     * GitHub's GraphQL API (POST {base}/graphql), for the one query amlnet makes: a comment's edit history
     * (`node(id:)` on an IssueComment: `editor`, `lastEditedAt`, `userContentEdits`). GraphQL names a bot by its
     * app slug (`github-actions`), without REST's `[bot]` suffix. Other queries get a GraphQL error, as an
     * unknown field would. https://docs.github.com/graphql/reference/objects#issuecomment
     */
    graphql(req) {
        const b = (req.body ?? {});
        const query = typeof b.query === 'string' ? b.query : '';
        const id = b.variables?.['id'];
        if (!/\bnode\s*\(/.test(query) || !/userContentEdits/.test(query) || typeof id !== 'string') {
            return context_json(200, {
                errors: [{ message: 'the emulator answers only node(id:) { ... on IssueComment { userContentEdits } }' }],
            });
        }
        const m = /^IC_([A-Za-z0-9_-]+)$/.exec(id);
        const found = m === null ? undefined : this.findCommentAnywhere(Number(Buffer.from(m[1], 'base64url').toString()));
        if (found === undefined) {
            return context_json(200, {
                data: { node: null },
                errors: [
                    { type: 'NOT_FOUND', path: ['node'], message: `Could not resolve to a node with the global id of '${id}'` },
                ],
            });
        }
        const c = found.comment;
        const actor = (login) => ({ login: login.replace(/\[bot\]$/, '') });
        const edits = c.edits ?? [];
        const last = edits.at(-1);
        const nodes = [...edits].reverse().map((e) => ({ editedAt: e.editedAt, editor: actor(e.editor) }));
        return context_json(200, {
            data: {
                node: {
                    __typename: 'IssueComment',
                    author: actor(c.user),
                    editor: last === undefined ? null : actor(last.editor),
                    lastEditedAt: last?.editedAt ?? null,
                    userContentEdits: { totalCount: nodes.length, nodes: nodes.slice(0, 100) },
                },
            },
        });
    }
    findCommentAnywhere(id) {
        for (const repo of this.ctx.world.github.repositories) {
            const found = this.findComment(repo, id);
            if (found !== undefined)
                return { repo, comment: found.comment };
        }
        return undefined;
    }
    /** Emulator control: merge PR #n (its merge commit lands on the default branch). */
    merge(fullName, number) {
        const repo = this.repoByName(fullName);
        if (repo === undefined)
            return `no repository ${fullName}`;
        const pull = repo.pulls.find((p) => p.number === number);
        if (pull === undefined)
            return `no pull request #${number} in ${fullName}`;
        if (pull.merged)
            return `pull request #${number} is already merged`;
        pull.merged = true;
        pull.state = 'closed';
        pull.mergeCommitSha = sha1Hex(`${fullName}#${number}:merge:${pull.headSha}:${Date.now()}`);
        return { pull, mergeCommitSha: pull.mergeCommitSha };
    }
    /** Emulator control: open a pull request, or push a new head commit to an open one. */
    openOrPush(fullName, input) {
        const repo = this.repoByName(fullName);
        if (repo === undefined)
            return `no repository ${fullName}`;
        const newSha = input.headSha ?? sha1Hex(`${fullName}:${Date.now()}:${Math.random()}`);
        if (input.number !== undefined) {
            const pull = repo.pulls.find((p) => p.number === input.number);
            if (pull === undefined)
                return `no pull request #${input.number} in ${fullName}`;
            if (pull.state !== 'open')
                return `pull request #${input.number} is not open`;
            pull.headSha = newSha;
            return pull;
        }
        const number = Math.max(0, ...repo.pulls.map((p) => p.number), ...Object.keys(repo.comments).map(Number)) + 1;
        const pull = {
            number,
            title: input.title ?? `Change #${number}`,
            state: 'open',
            merged: false,
            headSha: newSha,
            headRef: input.headRef ?? `change-${number}`,
            baseRef: repo.defaultBranch,
            mergeCommitSha: null,
            headRepo: input.headRepo ?? fullName,
            user: input.user ?? 'octocat',
        };
        repo.pulls.push(pull);
        return pull;
    }
    repoByName(fullName) {
        const [owner, name] = fullName.split('/');
        return owner !== undefined && name !== undefined ? this.findRepo(owner, name) : undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./emulator/pki.ts
// The emulator's TLS: a CA generated at start and a server certificate for 127.0.0.1/localhost that it signs.
// Keys come from node:crypto (fast, native); node-forge only builds and signs the X.509 structures.



const pki_generateRsa = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/** Generated on libuv's thread pool, so the CA and server keys are made in parallel. */
async function newRsaKeyPair() {
    const { privateKey, publicKey } = await pki_generateRsa('rsa', { modulusLength: 2048 });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
}
/** A positive serial number: 16 random bytes with the top bit cleared (X.509 serials are signed integers). */
function serialNumber() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = bytes[0] & 0x7f;
    return bytes.toString('hex');
}
/**
 * Signs with node:crypto: forge's pure-JS RSA takes seconds per signature on a busy machine. The TBS structure
 * is exactly what forge's own cert.sign() would sign (it names sha256WithRSAEncryption first).
 */
function signCertificate(cert, caPrivateKeyPem) {
    const oid = (lib_default()).pki.oids.sha256WithRSAEncryption;
    cert.signatureOid = oid;
    cert.siginfo.algorithmOid = oid;
    // getTBSCertificate is public in node-forge (lib/x509.js) but missing from its type definitions.
    const pki = (lib_default()).pki;
    const tbs = pki.getTBSCertificate(cert);
    cert.tbsCertificate = tbs;
    const der = Buffer.from(lib_default().asn1.toDer(tbs).getBytes(), 'binary');
    cert.signature = (0,external_node_crypto_.createSign)('sha256').update(der).sign(caPrivateKeyPem).toString('binary');
}
function validity(cert, days) {
    const now = Date.now();
    // Back-date a little so a client clock slightly behind ours still accepts the certificate.
    cert.validity.notBefore = new Date(now - 60 * 60 * 1000);
    cert.validity.notAfter = new Date(now + days * 24 * 60 * 60 * 1000);
}
async function createTlsMaterial() {
    const [caKeys, serverKeys] = await Promise.all([newRsaKeyPair(), newRsaKeyPair()]);
    const ca = lib_default().pki.createCertificate();
    ca.publicKey = lib_default().pki.publicKeyFromPem(caKeys.publicKeyPem);
    ca.serialNumber = serialNumber();
    validity(ca, 30);
    const caName = [
        { name: 'commonName', value: 'amlnet emulator local CA' },
        { name: 'organizationName', value: 'amlnet emulator' },
    ];
    ca.setSubject(caName);
    ca.setIssuer(caName);
    ca.setExtensions([
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
        { name: 'subjectKeyIdentifier' },
    ]);
    signCertificate(ca, caKeys.privateKeyPem);
    const server = lib_default().pki.createCertificate();
    server.publicKey = lib_default().pki.publicKeyFromPem(serverKeys.publicKeyPem);
    server.serialNumber = serialNumber();
    validity(server, 30);
    server.setSubject([{ name: 'commonName', value: 'localhost' }]);
    server.setIssuer(caName);
    server.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
            name: 'subjectAltName',
            altNames: [
                { type: 7, ip: '127.0.0.1' },
                { type: 2, value: 'localhost' },
            ],
        },
        { name: 'subjectKeyIdentifier' },
        { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
    ]);
    signCertificate(server, caKeys.privateKeyPem);
    return {
        caCertPem: lib_default().pki.certificateToPem(ca),
        serverCertPem: lib_default().pki.certificateToPem(server),
        serverKeyPem: serverKeys.privateKeyPem,
    };
}

;// CONCATENATED MODULE: ./emulator/entra.ts
// Microsoft Entra ID, as much as MSAL's client-credentials flow with a federated (GitHub OIDC) assertion needs:
// OpenID metadata, JWKS and the v2 (and v1) token endpoint. The assertion is checked the way Entra checks it:
// signature against the issuer's keys, lifetime, and a federated identity credential of THAT application whose
// issuer, subject and audience match exactly (case-sensitive). Errors carry Entra's codes and shapes.



const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra tolerates this much clock skew on assertion lifetimes (world.timings.clockSkewSeconds overrides it). */
const CLOCK_SKEW_SECONDS = 300;
/** Lifetime of issued access tokens (world.timings.accessTokenSeconds overrides it). */
const ACCESS_TOKEN_SECONDS = 3599;
const WIF_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
/** "2026-11-24 11:49:05Z", the timestamp format of Entra error descriptions. */
const entraTimestamp = (d) => d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
const isoSeconds = (s) => new Date(s * 1000).toISOString().replace(/\.\d+Z$/, '.0000000Z');
function entraError(status, error, code, message) {
    const now = new Date();
    const traceId = (0,external_node_crypto_.randomUUID)();
    const correlationId = (0,external_node_crypto_.randomUUID)();
    return context_json(status, {
        error,
        error_description: `AADSTS${code}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${entraTimestamp(now)}`,
        error_codes: [code],
        timestamp: entraTimestamp(now),
        trace_id: traceId,
        correlation_id: correlationId,
        error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    }, { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' });
}
/** Keys of the OIDC issuers Entra trusts for federated credentials: the emulator's GitHub issuer. */
function issuerKeys(ctx, issuer) {
    return issuer === ctx.githubIssuer ? [ctx.oidcKey.jwk] : undefined;
}
function stsIssuer(tenantId) {
    return `https://sts.windows.net/${tenantId}/`;
}
function metadata(ctx, tenant, v2) {
    const base = `${ctx.baseUrl}/${tenant}`;
    const suffix = v2 ? '/v2.0' : '';
    return {
        token_endpoint: `${base}/oauth2${suffix}/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${base}/discovery${suffix}/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: v2 ? `${base}/v2.0` : stsIssuer(tenant),
        request_uri_parameter_supported: false,
        authorization_endpoint: `${base}/oauth2${suffix}/authorize`,
        device_authorization_endpoint: `${base}/oauth2${suffix}/devicecode`,
        end_session_endpoint: `${base}/oauth2${suffix}/logout`,
        tenant_region_scope: 'NA',
        cloud_instance_name: 'microsoftonline.com',
        cloud_graph_host_name: 'graph.windows.net',
        msgraph_host: 'graph.microsoft.com',
    };
}
/** Entra paths look like /{tenant}/oauth2/..., /{tenant}/v2.0/..., /{tenant}/discovery/...; ARM never does. */
function isEntraPath(path) {
    return (/^\/[^/]+\/(oauth2|v2\.0|discovery|\.well-known)(\/|$)/.test(path) && !/^\/(subscriptions|providers)\//i.test(path));
}
function handleEntra(ctx, req) {
    const [, tenant, ...rest] = req.path.split('/');
    const tail = rest.join('/');
    const known = tenant.toLowerCase() === ctx.world.tenantId.toLowerCase();
    if (!known && !['common', 'organizations'].includes(tenant.toLowerCase())) {
        return entraError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`);
    }
    const tenantId = ctx.world.tenantId;
    if (req.method === 'GET') {
        if (tail === 'v2.0/.well-known/openid-configuration')
            return context_json(200, metadata(ctx, tenantId, true));
        if (tail === '.well-known/openid-configuration')
            return context_json(200, metadata(ctx, tenantId, false));
        if (tail === 'discovery/v2.0/keys' || tail === 'discovery/keys') {
            return context_json(200, {
                keys: [{ ...ctx.entraKey.jwk, x5t: ctx.entraKey.kid, issuer: `${ctx.baseUrl}/${tenantId}/v2.0` }],
            });
        }
    }
    if (req.method === 'POST' && (tail === 'oauth2/v2.0/token' || tail === 'oauth2/token')) {
        return token(ctx, req, tail === 'oauth2/token');
    }
    return context_json(404, {
        error: 'not_found',
        error_description: `The emulator's Entra ID does not serve ${req.method} /${tenant}/${tail}.`,
    });
}
function formField(req, name) {
    const body = req.body;
    if (typeof body !== 'object' || body === null)
        return undefined;
    const v = body[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
const missing = (name) => entraError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
function token(ctx, req, v1) {
    const grantType = formField(req, 'grant_type');
    if (grantType === undefined)
        return missing('grant_type');
    if (grantType !== 'client_credentials') {
        return entraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
    }
    const clientId = formField(req, 'client_id');
    if (clientId === undefined)
        return missing('client_id');
    // The resource the token is for: v2 `scope` = "{resource}/.default", v1 `resource`.
    let resource;
    if (v1) {
        const r = formField(req, 'resource');
        if (r === undefined)
            return missing('resource');
        resource = r;
    }
    else {
        const scope = formField(req, 'scope');
        if (scope === undefined)
            return missing('scope');
        const scopes = scope
            .split(' ')
            .filter((s) => s !== '' && !['openid', 'profile', 'offline_access', 'email'].includes(s));
        const dflt = scopes.find((s) => s.endsWith('/.default'));
        if (scopes.length !== 1 || dflt === undefined) {
            return entraError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
        }
        // The resource is everything before the final "/.default": "https://management.core.windows.net//.default"
        // (what the Azure CLI asks for) is the v1 resource "https://management.core.windows.net/", and the token's
        // audience is that resource as asked (https://learn.microsoft.com/entra/identity-platform/scopes-oidc#trailing-slash-and-default).
        resource = dflt.slice(0, -'/.default'.length);
    }
    const app = ctx.world.applications.find((a) => a.clientId.toLowerCase() === clientId.toLowerCase());
    if (app === undefined) {
        return entraError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${ctx.world.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`);
    }
    const assertion = formField(req, 'client_assertion');
    if (assertion === undefined) {
        if (formField(req, 'client_secret') !== undefined) {
            // The emulator's applications have no secrets: amlnet signs in with federated credentials only.
            return entraError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`);
        }
        return entraError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }
    const assertionType = formField(req, 'client_assertion_type');
    if (assertionType !== JWT_BEARER) {
        return entraError(400, 'invalid_request', 50027, `Invalid client_assertion_type '${assertionType ?? ''}': expected '${JWT_BEARER}'.`);
    }
    const failure = checkAssertion(ctx, app, assertion);
    if (failure !== undefined)
        return failure;
    return issueAccessToken(ctx, app, resource, formField(req, 'claims'));
}
/** Entra's checks of a federated assertion, in the order that gives its error codes. */
function checkAssertion(ctx, app, assertion) {
    const jwt = parseJwt(assertion);
    if (jwt === undefined) {
        return entraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
    }
    const { iss, sub, aud } = jwt.claims;
    const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a) => typeof a === 'string') : [];
    if (typeof iss !== 'string' || typeof sub !== 'string') {
        return entraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
    }
    const fics = app.federatedCredentials;
    if (fics.length === 0) {
        return entraError(400, 'invalid_request', 70021, `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${audiences.join(',')}'. ${WIF_DOCS}`);
    }
    const byIssuer = fics.filter((f) => f.issuer === iss);
    if (byIssuer.length === 0) {
        return entraError(401, 'invalid_client', 700211, `No matching federated identity record found for presented assertion issuer '${iss}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`);
    }
    const bySubject = byIssuer.filter((f) => f.subject === sub);
    if (bySubject.length === 0) {
        if (byIssuer.some((f) => f.subject.toLowerCase() === sub.toLowerCase())) {
            return entraError(401, 'invalid_client', 7002138, `No matching federated identity record found for presented assertion subject '${sub}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: ${WIF_DOCS}.`);
        }
        return entraError(401, 'invalid_client', 700213, `No matching federated identity record found for presented assertion subject '${sub}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`);
    }
    if (!bySubject.some((f) => f.audiences.some((a) => audiences.includes(a)))) {
        return entraError(401, 'invalid_client', 700212, `No matching federated identity record found for presented assertion audience '${audiences.join(',')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${WIF_DOCS}`);
    }
    const keys = issuerKeys(ctx, iss);
    if (keys === undefined || !verifyRs256(jwt, keys)) {
        const kid = typeof jwt.header.kid === 'string' ? jwt.header.kid : '';
        return entraError(401, 'invalid_client', 50013, `Assertion failed signature validation. [Reason - The key was not found or the signature did not verify., Key ID: '${kid}', Issuer: '${iss}']`);
    }
    const now = nowSeconds();
    const exp = typeof jwt.claims.exp === 'number' ? jwt.claims.exp : 0;
    const nbf = typeof jwt.claims.nbf === 'number' ? jwt.claims.nbf : 0;
    const skew = ctx.world.timings.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
    if (now > exp + skew || now < nbf - skew) {
        return entraError(401, 'invalid_client', 700024, `Client assertion is not within its valid time range. Current time: ${isoSeconds(now)}, assertion valid from ${isoSeconds(nbf)}, expiry time of assertion ${isoSeconds(exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`);
    }
    return undefined;
}
function issueAccessToken(ctx, app, resource, claimsRequest) {
    const iat = nowSeconds();
    const lifetime = ctx.world.timings.accessTokenSeconds ?? ACCESS_TOKEN_SECONDS;
    const tenantId = ctx.world.tenantId;
    // MSAL asks for CAE-capable tokens with claims={"access_token":{"xms_cc":{"values":["CP1"]}}}; honour it.
    let capabilities;
    if (claimsRequest !== undefined) {
        try {
            const parsed = JSON.parse(claimsRequest);
            const values = parsed.access_token?.xms_cc?.values;
            if (Array.isArray(values))
                capabilities = values.filter((v) => typeof v === 'string');
        }
        catch {
            return entraError(400, 'invalid_request', 90014, "The request body must contain a valid 'claims' parameter: it is not valid JSON.");
        }
    }
    const claims = {
        aud: resource,
        iss: stsIssuer(tenantId),
        iat,
        nbf: iat,
        exp: iat + lifetime,
        aio: (0,external_node_crypto_.randomUUID)(),
        appid: app.clientId,
        appidacr: '2',
        idp: stsIssuer(tenantId),
        idtyp: 'app',
        oid: app.servicePrincipalObjectId,
        rh: '0.emulator.',
        sub: app.servicePrincipalObjectId,
        tid: tenantId,
        uti: (0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 22),
        ver: '1.0',
        ...(capabilities !== undefined ? { xms_cc: capabilities } : {}),
    };
    return context_json(200, {
        token_type: 'Bearer',
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: signJwt(ctx.entraKey, claims, { x5t: ctx.entraKey.kid }),
    }, { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' });
}

;// CONCATENATED MODULE: ./emulator/arm-auth.ts
// ARM's front door: authenticates the bearer token (an access token our Entra issued) before any provider runs,
// answering 401 with ARM's codes and its WWW-Authenticate challenge. Authorization (403) is the providers' job.



const ARM_AUDIENCES = [
    'https://management.core.windows.net/',
    'https://management.core.windows.net',
    'https://management.azure.com/',
    'https://management.azure.com',
];
/** ARM's "11/24/2026 10:49:05 AM" (UTC) in its expiry message. */
function armTime(seconds) {
    const d = new Date(seconds * 1000);
    const h = d.getUTCHours();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
class ArmAuthenticator {
    ctx;
    /** Verified tokens -> principal, so a busy client does not pay an RSA verify per request. */
    cache = new Map();
    constructor(ctx) {
        this.ctx = ctx;
    }
    challenge(description) {
        return {
            'www-authenticate': `Bearer authorization_uri="${this.ctx.baseUrl}/${this.ctx.world.tenantId}", error="invalid_token", error_description="${description}"`,
        };
    }
    fail(code, message, description = message) {
        return { response: armError(401, code, message, this.challenge(description)) };
    }
    authenticate(authorization) {
        if (authorization === undefined || authorization === '') {
            return this.fail('AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", "The authentication failed because of missing 'Authorization' header.");
        }
        const m = /^Bearer\s+(\S+)$/i.exec(authorization);
        if (m === null) {
            return this.fail('AuthenticationFailed', "Authentication failed. The 'Authorization' header is provided in an invalid format.", "The authentication failed because of invalid 'Authorization' header format.");
        }
        const token = m[1];
        const now = nowSeconds();
        // ARM allows the same 5 minutes of skew as Entra; the world can narrow it (timings.clockSkewSeconds).
        const skew = this.ctx.world.timings.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
        const cached = this.cache.get(token);
        if (cached !== undefined && now <= cached.exp + skew)
            return { principal: cached.principal };
        const jwt = parseJwt(token);
        if (jwt === undefined || !verifyRs256(jwt, [this.ctx.entraKey.jwk])) {
            return this.fail('InvalidAuthenticationToken', 'The access token is invalid.');
        }
        const c = jwt.claims;
        const tenantId = this.ctx.world.tenantId;
        if (c.iss !== stsIssuer(tenantId)) {
            return this.fail('InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer '${String(c.iss)}'. It must match the tenant '${stsIssuer(tenantId)}' associated with this subscription. Please use the authority (URL) '${this.ctx.baseUrl}/${tenantId}' to get the token.`, 'The access token is from the wrong issuer.');
        }
        const allowed = [...ARM_AUDIENCES, this.ctx.baseUrl, `${this.ctx.baseUrl}/`];
        if (typeof c.aud !== 'string' || !allowed.includes(c.aud)) {
            return this.fail('InvalidAuthenticationToken', `The access token has been obtained for wrong audience or resource '${String(c.aud)}'. It should exactly match with one of the allowed audiences ${allowed.map((a) => `'${a}'`).join(',')}.`, 'The access token has been obtained for wrong audience or resource.');
        }
        const exp = typeof c.exp === 'number' ? c.exp : 0;
        if (now > exp + skew) {
            return this.fail('ExpiredAuthenticationToken', `The access token expiry UTC time '${armTime(exp)}' is earlier than current UTC time '${armTime(now)}'.`, 'The access token expiry UTC time is earlier than current UTC time.');
        }
        if (typeof c.oid !== 'string' || typeof c.tid !== 'string') {
            return this.fail('InvalidAuthenticationToken', "The received access token is not valid: at least one of the claims 'puid' or 'altsecid' or 'oid' should be present.");
        }
        const principal = {
            objectId: c.oid,
            tenantId: c.tid,
            ...(typeof c.appid === 'string' ? { appId: c.appid } : {}),
        };
        if (this.cache.size > 10_000)
            this.cache.clear();
        this.cache.set(token, { principal, exp });
        return { principal };
    }
}

;// CONCATENATED MODULE: ./emulator/control.ts
// The emulator's own endpoints under /_emulator: introspection (state, request log) and control (faults, the
// OIDC subject, GitHub merges and pushes) for tests and the demo. Nothing here ever returns a secret or token.





class ControlApi {
    ctx;
    faults;
    github;
    log;
    settle;
    constructor(ctx, faults, github, log, 
    /** Commits long-running operations whose time has come, so a dump never shows a finished one as Updating. */
    settle = () => undefined) {
        this.ctx = ctx;
        this.faults = faults;
        this.github = github;
        this.log = log;
        this.settle = settle;
    }
    handle(req) {
        const sub = req.path.slice('/_emulator'.length);
        const bad = (message) => context_json(400, { error: { code: 'InvalidRequest', message } });
        try {
            if (sub === '/state' && req.method === 'GET') {
                this.settle();
                return context_json(200, this.snapshot());
            }
            if (sub === '/requests') {
                if (req.method === 'GET')
                    return context_json(200, { requests: this.log });
                if (req.method === 'DELETE') {
                    this.log.length = 0;
                    return { status: 204 };
                }
            }
            if (sub === '/faults') {
                if (req.method === 'GET')
                    return context_json(200, { faults: this.faults.list() });
                if (req.method === 'POST') {
                    const body = isRecord(req.body) && Array.isArray(req.body.faults) ? req.body.faults : req.body;
                    return context_json(201, { added: this.faults.add(readFaultsFromJson(body)) });
                }
                if (req.method === 'DELETE') {
                    this.faults.clear();
                    return { status: 204 };
                }
            }
            const one = /^\/faults\/(\d+)$/.exec(sub);
            if (one !== null && req.method === 'DELETE') {
                return this.faults.remove(Number(one[1]))
                    ? { status: 204 }
                    : context_json(404, { error: { code: 'NotFound', message: `no fault ${one[1]}` } });
            }
            if (sub === '/oidc') {
                if (req.method === 'POST') {
                    const b = isRecord(req.body) ? req.body : {};
                    if (b.subject !== undefined) {
                        if (typeof b.subject !== 'string' || b.subject === '')
                            return bad('subject must be a non-empty string');
                        this.ctx.world.github.oidcSubject = b.subject;
                    }
                    if (b.ttlSeconds !== undefined) {
                        if (typeof b.ttlSeconds !== 'number' || !Number.isInteger(b.ttlSeconds))
                            return bad('ttlSeconds must be an integer');
                        this.ctx.oidc.ttlSeconds = b.ttlSeconds;
                    }
                }
                else if (req.method !== 'GET')
                    return context_json(405, { error: { code: 'MethodNotAllowed', message: req.method } });
                return context_json(200, {
                    subject: this.ctx.world.github.oidcSubject,
                    ttlSeconds: this.ctx.oidc.ttlSeconds,
                    issuer: this.ctx.githubIssuer,
                });
            }
            if (sub === '/github/merge' && req.method === 'POST') {
                const b = isRecord(req.body) ? req.body : {};
                if (typeof b.number !== 'number')
                    return bad('number (the pull request to merge) is required');
                const result = this.github.merge(typeof b.repo === 'string' ? b.repo : DEFAULT_REPO, b.number);
                return typeof result === 'string' ? bad(result) : context_json(200, result);
            }
            if (sub === '/github/pulls' && req.method === 'POST') {
                const b = isRecord(req.body) ? req.body : {};
                const str = (k) => (typeof b[k] === 'string' ? b[k] : undefined);
                const result = this.github.openOrPush(str('repo') ?? DEFAULT_REPO, {
                    number: typeof b.number === 'number' ? b.number : undefined,
                    title: str('title'),
                    headRef: str('headRef'),
                    headSha: str('headSha'),
                    headRepo: str('headRepo'),
                    user: str('user'),
                });
                return typeof result === 'string' ? bad(result) : context_json(typeof b.number === 'number' ? 200 : 201, result);
            }
        }
        catch (err) {
            if (err instanceof StateError)
                return bad(err.message);
            throw err;
        }
        return context_json(404, {
            error: { code: 'NotFound', message: `The emulator has no control endpoint ${req.method} ${req.path}.` },
        });
    }
    snapshot() {
        const w = this.ctx.world;
        const resources = [...w.resources.values()];
        return {
            tenantId: w.tenantId,
            subscriptionIds: w.subscriptionIds,
            applications: w.applications,
            principals: w.principals,
            roleAssignments: resources.filter((r) => String(r.type).toLowerCase() === 'microsoft.authorization/roleassignments'),
            resources,
            github: {
                repositories: w.github.repositories.map((r) => ({
                    fullName: `${r.owner}/${r.name}`,
                    defaultBranch: r.defaultBranch,
                    pulls: r.pulls,
                    comments: r.comments,
                })),
                // Token values are secrets: only who they are and what they may do.
                tokens: w.github.tokens.map((t) => ({ login: t.login, permission: t.permission })),
                oidcSubject: w.github.oidcSubject,
            },
            timings: w.timings,
            faults: this.faults.list(),
            seed: w.seed,
        };
    }
}

;// CONCATENATED MODULE: ./emulator/server.ts
// The HTTPS shell's request pipeline: parse, apply request-level faults, route to Entra / GitHub OIDC / GitHub REST /
// emulator control / ARM (after authenticating the bearer token), answer with the common headers, log the request.








const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_LOG_ENTRIES = 10_000;
function classify(path) {
    if (path === '/_emulator' || path.startsWith('/_emulator/'))
        return 'control';
    if (path === GITHUB_PREFIX || path.startsWith(`${GITHUB_PREFIX}/`))
        return 'github';
    if (path === OIDC_REQUEST_PATH || path.startsWith(`${OIDC_ISSUER_PATH}/`))
        return 'oidc';
    if (isEntraPath(path))
        return 'entra';
    return 'arm';
}
/** Query parameters that could carry a secret never reach the log. */
const redactQuery = (query) => {
    const out = {};
    for (const [k, v] of query)
        out[k] = /token|secret|assertion|password|sig|code/i.test(k) ? '[redacted]' : v;
    return out;
};
class EmulatorServer {
    ctx;
    faults;
    arm;
    onLog;
    log = [];
    auth;
    github;
    controlApi;
    timers = new Set();
    closed = false;
    constructor(ctx, faults, arm, onLog = () => undefined) {
        this.ctx = ctx;
        this.faults = faults;
        this.arm = arm;
        this.onLog = onLog;
        this.auth = new ArmAuthenticator(ctx);
        this.github = new GithubRest(ctx);
        this.controlApi = new ControlApi(ctx, faults, this.github, this.log, () => arm.settle?.());
    }
    /** Stops pending latency timers (their requests' sockets are destroyed by the server's close). */
    close() {
        this.closed = true;
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
    }
    sleep(ms) {
        return new Promise((resolve) => {
            const t = setTimeout(() => {
                this.timers.delete(t);
                resolve();
            }, ms);
            this.timers.add(t);
        });
    }
    listener = (req, res) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES)
                tooLarge = true;
            else
                chunks.push(chunk);
        });
        req.on('end', () => {
            this.process(req, res, Buffer.concat(chunks).toString('utf8'), tooLarge).catch((err) => {
                // A bug in a handler must not take the emulator down; answer 500 like ARM would.
                process.stderr.write(`amlnet emulator: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
                if (!res.headersSent)
                    this.write(res, armError(500, 'InternalServerError', 'The emulator failed to process the request.'), {});
            });
        });
    };
    async process(raw, res, rawBody, tooLarge) {
        const started = performance.now();
        const url = raw.url ?? '/';
        const q = url.indexOf('?');
        // Classic SDK clients send `//subscriptions/...`: collapse repeated slashes (never parse as a URL: `//x` is a host).
        const path = (q < 0 ? url : url.slice(0, q)).replace(/\/{2,}/g, '/') || '/';
        const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
        const headers = {};
        for (const [k, v] of Object.entries(raw.headers))
            if (v !== undefined)
                headers[k] = Array.isArray(v) ? v.join(', ') : v;
        const req = {
            method: (raw.method ?? 'GET').toUpperCase(),
            path,
            query,
            headers,
            body: undefined,
            rawBody,
            baseUrl: this.ctx.baseUrl,
            requestId: (0,external_node_crypto_.randomUUID)(),
        };
        const correlationId = headers['x-ms-correlation-request-id'] ?? headers['x-ms-client-request-id'] ?? (0,external_node_crypto_.randomUUID)();
        const common = {
            'x-ms-request-id': req.requestId,
            'x-ms-correlation-request-id': correlationId,
        };
        const route = classify(path);
        if (route === 'github') {
            common['x-github-request-id'] = req.requestId.toUpperCase();
            common['x-github-api-version-selected'] = '2022-11-28';
            // GitHub's budget for an installation token; the emulator does not count it down.
            common['x-ratelimit-limit'] = '5000';
            common['x-ratelimit-remaining'] = '4999';
            common['x-ratelimit-resource'] = 'core';
        }
        let principal;
        let faultKind = null;
        const finish = (status) => {
            if (route === 'control')
                return;
            const entry = {
                requestId: req.requestId,
                time: new Date().toISOString(),
                service: route,
                method: req.method,
                path,
                query: redactQuery(query),
                status,
                principal: principal?.objectId ?? null,
                durationMs: Math.round((performance.now() - started) * 100) / 100,
                fault: faultKind,
            };
            if (this.log.length >= MAX_LOG_ENTRIES)
                this.log.shift();
            this.log.push(entry);
            this.onLog(entry);
        };
        if (tooLarge) {
            finish(413);
            return this.write(res, armError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`), common);
        }
        const parsed = this.parseBody(req, route);
        if (parsed !== undefined) {
            finish(parsed.status);
            return this.write(res, parsed, common);
        }
        if (route !== 'control') {
            const { latencyMs, fault } = this.faults.forRequest(req, route);
            if (latencyMs > 0) {
                faultKind = 'latency';
                await this.sleep(latencyMs);
                if (this.closed)
                    return;
            }
            if (fault !== undefined) {
                faultKind = fault.kind;
                if (fault.kind === 'drop') {
                    finish(0);
                    res.socket?.destroy();
                    return;
                }
                const out = faultResponse(fault, req, route);
                finish(out.status);
                return this.write(res, out, common);
            }
        }
        let out;
        switch (route) {
            case 'control':
                out = this.controlApi.handle(req);
                break;
            case 'github':
                out = this.github.handle(req);
                break;
            case 'oidc':
                out = handleGithubOidc(this.ctx, req) ?? context_json(404, { message: 'Not Found' });
                break;
            case 'entra':
                out = handleEntra(this.ctx, req);
                break;
            case 'arm': {
                if (path === '/metadata/endpoints') {
                    out = context_json(200, this.armMetadata());
                    break;
                }
                const result = this.auth.authenticate(headers.authorization);
                if ('response' in result) {
                    out = result.response;
                    break;
                }
                principal = result.principal;
                out = await this.arm.handle(req, principal);
                break;
            }
        }
        finish(out.status);
        this.write(res, out, common);
    }
    /** Parses JSON (or form) bodies; a bad JSON body is ARM's 400 InvalidRequestContent. */
    parseBody(req, route) {
        if (req.rawBody === '')
            return undefined;
        const type = req.headers['content-type'] ?? '';
        if (type.includes('application/x-www-form-urlencoded')) {
            req.body = Object.fromEntries(new URLSearchParams(req.rawBody));
            return undefined;
        }
        try {
            req.body = JSON.parse(req.rawBody);
            return undefined;
        }
        catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            if (route === 'github')
                return context_json(400, {
                    message: 'Problems parsing JSON',
                    documentation_url: 'https://docs.github.com/rest',
                    status: '400',
                });
            return armError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: '${reason}'.`);
        }
    }
    write(res, out, common) {
        // The shell owns the request and correlation ids (a handler may set them too; the shell's win).
        const headers = { ...(out.headers ?? {}), ...common };
        let payload = '';
        if (out.status !== 204 && out.body !== undefined) {
            if (typeof out.body === 'string') {
                payload = out.body;
                headers['content-type'] ??= 'text/plain; charset=utf-8';
            }
            else {
                payload = JSON.stringify(out.body);
                headers['content-type'] ??= 'application/json; charset=utf-8';
            }
        }
        headers['content-length'] = String(Buffer.byteLength(payload));
        res.writeHead(out.status, headers);
        res.end(payload);
    }
    armMetadata() {
        const base = this.ctx.baseUrl;
        return {
            name: 'AzureCloud',
            resourceManager: `${base}/`,
            authentication: {
                loginEndpoint: `${base}/`,
                audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
                tenant: 'common',
                identityProvider: 'AAD',
            },
            suffixes: { storage: 'core.windows.net' },
        };
    }
}

;// CONCATENATED MODULE: ./emulator/index.ts
// startEmulator(options): serves ARM, Entra ID, GitHub's OIDC token service and GitHub's REST API over HTTPS on
// 127.0.0.1 with a CA generated at start (emulator/README.md). close() ends every connection and timer.















async function startEmulator(options = {}) {
    // Read and parse the seed before anything binds a port, so a bad file fails fast.
    let seed = options.state;
    let locate;
    if (options.statePath !== undefined) {
        const loaded = loadStateFile(options.statePath);
        seed = loaded.value;
        locate = loaded.locate;
    }
    // Validate it now (the issuer is not known before the port is): a bad seed costs no key generation.
    buildWorld(seed, { githubIssuer: 'https://127.0.0.1/_services/token' }, locate);
    const [tls, oidcKey, entraKey] = await Promise.all([createTlsMaterial(), newSigningKey(), newSigningKey()]);
    const ownDataDir = options.dataDir === undefined;
    const dataDir = options.dataDir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'amlnet-emulator-'));
    const caCertPath = (0,external_node_path_.join)(dataDir, 'ca.pem');
    (0,external_node_fs_.writeFileSync)(caCertPath, tls.caCertPem);
    // The request listener is attached once the world exists (it needs the port); nobody knows the port before.
    const https = (0,external_node_https_.createServer)({ key: tls.serverKeyPem, cert: tls.serverCertPem, keepAlive: true });
    https.keepAliveTimeout = 30_000;
    const cleanup = () => {
        https.closeAllConnections();
        https.close();
        if (ownDataDir)
            (0,external_node_fs_.rmSync)(dataDir, { recursive: true, force: true });
    };
    await new Promise((resolve, reject) => {
        const failed = (err) => {
            if (ownDataDir)
                (0,external_node_fs_.rmSync)(dataDir, { recursive: true, force: true });
            reject(err);
        };
        https.once('error', failed);
        https.listen(options.port ?? 0, '127.0.0.1', () => {
            https.off('error', failed);
            resolve();
        });
    });
    const port = https.address().port;
    const baseUrl = `https://127.0.0.1:${port}`;
    const githubIssuer = `${baseUrl}${OIDC_ISSUER_PATH}`;
    let built;
    try {
        built = buildWorld(seed, { githubIssuer }, locate);
    }
    catch (err) {
        cleanup();
        throw err;
    }
    const { world } = built;
    for (const resource of options.prerequisites ?? []) {
        const id = String(resource.id).toLowerCase();
        if (!world.resources.has(id))
            world.resources.set(id, resource);
    }
    const ctx = {
        world,
        baseUrl,
        githubIssuer,
        oidcRequestPath: `${OIDC_REQUEST_PATH}?api-version=2.0`,
        oidcRequestToken: (0,external_node_crypto_.randomBytes)(32).toString('base64url'),
        oidcKey,
        entraKey,
        oidc: { ttlSeconds: built.oidcTtlSeconds },
    };
    const faults = new FaultStore(world.seed, world.faults, (list) => {
        world.faults = list;
    });
    const server = new EmulatorServer(ctx, faults, createArmHandler(world, faults), options.onRequest);
    https.on('request', server.listener);
    let closing;
    return {
        info: {
            armEndpoint: baseUrl,
            authorityHost: baseUrl,
            githubApiUrl: `${baseUrl}${GITHUB_PREFIX}`,
            githubToken: built.githubToken,
            oidcRequestUrl: `${baseUrl}${ctx.oidcRequestPath}`,
            oidcRequestToken: ctx.oidcRequestToken,
            caCertPath,
            tenantId: world.tenantId,
            clientId: built.clientId,
            subscriptionId: built.subscriptionId,
        },
        world,
        caCertPem: tls.caCertPem,
        close() {
            closing ??= new Promise((resolve) => {
                server.close();
                https.close(() => {
                    if (ownDataDir)
                        (0,external_node_fs_.rmSync)(dataDir, { recursive: true, force: true });
                    resolve();
                });
                https.closeAllConnections();
            });
            return closing;
        },
    };
}


/***/ })

};
