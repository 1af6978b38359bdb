export const id = 295;
export const ids = [295];
export const modules = {

/***/ 9295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FederatedCredential: () => (/* binding */ FederatedCredential)
/* harmony export */ });
/* unused harmony export ACCESS_TOKEN_REFRESH_MARGIN_MS */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79378);


/** Refresh an access token this long before it expires (the Azure SDKs' own margin is 2 minutes). */
const ACCESS_TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;
function scopeList(scopes) {
    return (typeof scopes === 'string' ? [scopes] : scopes).join(' ');
}
/** An Entra error body: `error_description` starts with the AADSTS code that explainLoginError turns into advice. */
function entraError(status, body) {
    const b = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body) ? body : {};
    const description = typeof b['error_description'] === 'string' ? b['error_description'] : '';
    const code = typeof b['error'] === 'string' ? b['error'] : `HTTP ${status}`;
    return new Error(description !== '' ? `${code}: ${description}` : `the token request failed with ${code}`);
}
/** A DOM AbortSignal for the SDKs' AbortSignalLike (fetch takes only the former). */
function abortSignalOf(like) {
    if (like === undefined || like instanceof AbortSignal)
        return like;
    const controller = new AbortController();
    if (like.aborted)
        controller.abort();
    else
        like.addEventListener('abort', () => controller.abort(), { once: true });
    return controller.signal;
}
class FederatedCredential {
    options;
    cache = new Map();
    now;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
    }
    async getToken(scopes, options) {
        const key = scopeList(scopes);
        const entry = this.cache.get(key);
        if (entry instanceof Promise)
            return entry;
        if (entry !== undefined && entry.token.expiresOnTimestamp - ACCESS_TOKEN_REFRESH_MARGIN_MS > this.now()) {
            return entry.token;
        }
        // One exchange at a time per scope: concurrent callers share it.
        const pending = this.exchange(key, abortSignalOf(options?.abortSignal)).then((token) => {
            this.cache.set(key, { token });
            return token;
        }, (err) => {
            this.cache.delete(key);
            throw err;
        });
        this.cache.set(key, pending);
        return pending;
    }
    async exchange(scope, signal) {
        const { authorityHost, tenantId, clientId } = this.options;
        const url = `${authorityHost.replace(/\/+$/, '')}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
        const assertion = await this.options.getAssertion(signal);
        const body = new URLSearchParams({
            client_id: clientId,
            scope,
            grant_type: 'client_credentials',
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: assertion,
        });
        const startedAt = this.now();
        let res;
        try {
            res = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
                body,
                ...(signal !== undefined ? { signal } : {}),
            });
        }
        catch (err) {
            const cause = err instanceof Error && err.cause !== undefined ? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err.cause) : (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err);
            // The same marker as MSAL's, so that explainLoginError gives the same advice (authority host, CA).
            throw new Error(`endpoints_resolution_error: ${url} cannot be reached: ${cause}`, { cause: err });
        }
        let json;
        try {
            json = await res.json();
        }
        catch {
            json = undefined;
        }
        if (!res.ok)
            throw entraError(res.status, json);
        const b = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(json) ? json : {};
        const token = b['access_token'];
        const expiresIn = Number(b['expires_in']);
        if (typeof token !== 'string' || token === '' || !Number.isFinite(expiresIn)) {
            throw new Error(`the token response of ${url} has no access_token and expires_in`);
        }
        return { token, expiresOnTimestamp: startedAt + expiresIn * 1000 };
    }
}


/***/ }),

/***/ 79378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
// The one check for "a JSON object": used wherever untyped data (SDK errors, Azure bodies, schema nodes, the
// GitHub event) is read field by field.
/** True for a non-null object that is not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
