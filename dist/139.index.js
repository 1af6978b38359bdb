export const id = 139;
export const ids = [139];
export const modules = {

/***/ 23139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClients: () => (/* binding */ createClients),
/* harmony export */   observePolicy: () => (/* binding */ observePolicy),
/* harmony export */   retryAfterCapPolicy: () => (/* binding */ retryAfterCapPolicy)
/* harmony export */ });
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
    return {
        subscriptionId,
        endpoints,
        pollIntervalMs: options.pollIntervalMs ?? 2000,
        network: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690), __webpack_require__.e(834), __webpack_require__.e(544)]).then(__webpack_require__.bind(__webpack_require__, 12163));
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
            const client = await authorization();
            const { createPipelineRequest, RestError } = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 20690));
            // The id came from Azure: only a plain ARM path on the ARM endpoint is ever requested.
            const url = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .armUrl */ .wM)(endpoints.armEndpoint, resourceId, apiVersion);
            if (url === undefined) {
                throw new Error(`refusing to read '${(0,_spec_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(resourceId, 200)}': it is not an ARM resource path`);
            }
            const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
            if (response.status === 404)
                return undefined;
            const body = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
            if (response.status >= 400) {
                const err = body?.error;
                throw new RestError(err?.message ?? `GET ${resourceId} failed with ${response.status}`, {
                    code: err?.code,
                    statusCode: response.status,
                    request: response.request,
                    response,
                });
            }
            return body;
        },
    };
}


/***/ })

};
