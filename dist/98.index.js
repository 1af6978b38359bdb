export const id = 98;
export const ids = [98];
export const modules = {

/***/ 18098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ createCredential),
/* harmony export */   Qd: () => (/* binding */ LoginError),
/* harmony export */   Z4: () => (/* binding */ DEFAULT_AUDIENCE),
/* harmony export */   yr: () => (/* binding */ githubOidcFromEnv)
/* harmony export */ });
/* unused harmony exports ID_TOKEN_REFRESH_MARGIN_MS, decodeJwtClaims, IdTokenCache, missingIdTokenPermission, explainLoginError, redactJwts, ExplainingCredential */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
/** Refresh the cached GitHub token when it has less than this left (getAssertion is called twice per getToken). */
const ID_TOKEN_REFRESH_MARGIN_MS = 60_000;
/** Decodes a JWT's payload WITHOUT verifying it (Entra verifies it; we only read exp and the claims to print). */
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length < 2)
        return {};
    try {
        const json = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof json !== 'object' || json === null)
            return {};
        const o = json;
        const str = (v) => (typeof v === 'string' ? v : undefined);
        const aud = Array.isArray(o.aud) ? o.aud.filter((a) => typeof a === 'string').join(',') : str(o.aud);
        return {
            iss: str(o.iss),
            sub: str(o.sub),
            aud,
            job_workflow_ref: str(o.job_workflow_ref),
            exp: typeof o.exp === 'number' ? o.exp : undefined,
        };
    }
    catch {
        return {};
    }
}
/**
 * Caches the GitHub ID token and fetches a new one when it has < 60 s left. Concurrent callers share
 * one fetch. The claims of the last token are kept for error messages.
 */
class IdTokenCache {
    getIdToken;
    audience;
    now;
    token;
    expiresAtMs = 0;
    inflight;
    prefetched;
    lastClaims;
    /** The last failure to get a GitHub token: identity wraps it, so the credential rethrows this one. */
    lastError;
    fetchCount = 0;
    constructor(getIdToken, audience = DEFAULT_AUDIENCE, now = Date.now) {
        this.getIdToken = getIdToken;
        this.audience = audience;
        this.now = now;
    }
    /**
     * Starts fetching a token now (the CLI and the action call this while their modules load). The next get() takes
     * this fetch's result, success or failure, so a prefetch never adds a request.
     */
    prefetch() {
        if (this.prefetched !== undefined || this.token !== undefined)
            return;
        const p = this.get();
        p.catch(() => undefined); // reported by the get() that takes it
        this.prefetched = p;
    }
    async get(signal) {
        const prefetched = this.prefetched;
        if (prefetched !== undefined) {
            this.prefetched = undefined;
            const token = await prefetched; // its failure is this call's failure
            // Used as the fetch of this call unless it went stale while waiting (a token without exp is used once).
            if (this.expiresAtMs === 0 || this.expiresAtMs - this.now() >= ID_TOKEN_REFRESH_MARGIN_MS)
                return token;
        }
        if (this.token !== undefined && this.expiresAtMs - this.now() >= ID_TOKEN_REFRESH_MARGIN_MS)
            return this.token;
        this.inflight ??= this.fetch(signal).finally(() => {
            this.inflight = undefined;
        });
        return this.inflight;
    }
    async fetch(signal) {
        this.fetchCount++;
        let token;
        try {
            token = await this.getIdToken(this.audience, signal);
        }
        catch (err) {
            this.lastError = err instanceof LoginError ? err : new LoginError(explainIdTokenError(err));
            throw this.lastError;
        }
        this.lastError = undefined;
        const claims = decodeJwtClaims(token);
        this.lastClaims = claims;
        this.token = token;
        // A token without exp is used once per getToken rather than cached forever.
        this.expiresAtMs = claims.exp !== undefined ? claims.exp * 1000 : 0;
        return token;
    }
}
/** A login failure with advice; `message` is safe to print (no token). */
class LoginError extends Error {
    name = 'LoginError';
}
function explainIdTokenError(err) {
    const text = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(err);
    if (/ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN/.test(text)) {
        return missingIdTokenPermission();
    }
    return `Could not get a GitHub OIDC ID token: ${firstLine(text)}`;
}
function missingIdTokenPermission() {
    return [
        'GitHub did not offer an OIDC ID token to this job (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
        'Fix: give the job the permission to request one:',
        '  permissions:',
        '    id-token: write',
        '    contents: read',
        '    pull-requests: write',
        'Fork pull requests never get an ID token; amlnet then validates offline only.',
    ].join('\n');
}
function firstLine(text) {
    return text.split('\n')[0].slice(0, 500);
}
/** Plain advice per Entra error code (AADSTS...). */
const AADSTS_ADVICE = {
    '700213': (c) => `No federated credential on the app registration matches the token's subject '${c.sub ?? '?'}'. ` +
        `Add a federated credential with issuer '${c.iss ?? 'https://token.actions.githubusercontent.com'}' and subject ` +
        `'${c.sub ?? 'repo:ORG/REPO:pull_request'}' (e.g. repo:ORG/REPO:pull_request for plans on pull requests, ` +
        `repo:ORG/REPO:environment:production for applies in an environment, repo:ORG/REPO:ref:refs/heads/main for pushes).`,
    '70021': (c) => `No federated credential matches the token (issuer '${c.iss ?? '?'}', subject '${c.sub ?? '?'}', audience ` +
        `'${c.aud ?? '?'}'). Check all three on the app registration's federated credential; the audience is normally ` +
        `${DEFAULT_AUDIENCE}.`,
    '700211': (c) => `No federated credential has the token's issuer '${c.iss ?? '?'}'. Use issuer https://token.actions.githubusercontent.com ` +
        `(or your GitHub Enterprise issuer).`,
    '700212': (c) => `No federated credential has the token's audience '${c.aud ?? '?'}'. Set the credential's audience to it, or ` +
        `set the action's 'audience' input to the credential's audience (normally ${DEFAULT_AUDIENCE}).`,
    '700024': () => 'The GitHub ID token is outside its valid time range (expired or not yet valid). amlnet refreshes the token ' +
        'before it expires; if this persists, check the runner clock.',
    '7002138': (c) => `A federated credential's subject matches the token's subject '${c.sub ?? '?'}' only when letter case is ` +
        `ignored; subjects are compared case-sensitively. Change the credential's subject to exactly '${c.sub ?? '?'}' ` +
        '(GitHub writes the repository and environment names as they are spelled on GitHub).',
    '700016': () => 'The application (client-id) was not found in the tenant (tenant-id). Check both inputs: client-id is the app ' +
        "registration's Application (client) ID, tenant-id its Directory (tenant) ID.",
    '90002': () => 'The tenant (tenant-id) was not found. Check the Directory (tenant) ID.',
};
function claimLines(c) {
    if (c === undefined)
        return [];
    const lines = ['GitHub ID token claims (the token itself is never printed):'];
    for (const k of ['iss', 'sub', 'aud', 'job_workflow_ref']) {
        if (c[k] !== undefined)
            lines.push(`  ${k}: ${c[k]}`);
    }
    return lines;
}
/** Turns an identity error into advice. `claims` come from the GitHub token used, when any. */
function explainLoginError(err, claims) {
    if (err instanceof LoginError)
        return err.message;
    const text = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(err);
    const codeMatch = /AADSTS(\d+)/.exec(text);
    const lines = [];
    if (codeMatch !== null) {
        const advice = AADSTS_ADVICE[codeMatch[1]];
        lines.push(`Azure login failed (AADSTS${codeMatch[1]}).`);
        if (advice !== undefined)
            lines.push(advice(claims ?? {}));
        else
            lines.push(firstLine(redactJwts(text)));
    }
    else if (/endpoints_resolution_error/.test(text)) {
        lines.push('Azure login failed: the authority host could not be reached or its TLS certificate is not trusted ' +
            '(check authority-host, and NODE_EXTRA_CA_CERTS for a private CA).');
    }
    else {
        lines.push(`Azure login failed: ${firstLine(redactJwts(text))}`);
    }
    lines.push(...claimLines(claims));
    return lines.join('\n');
}
/** Removes anything that looks like a JWT from a message before it is printed. */
function redactJwts(text) {
    return text.replace(/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted token]');
}
function scopeKey(scopes) {
    return (typeof scopes === 'string' ? [scopes] : scopes).join(' ');
}
/** Wraps a credential so that a failed getToken throws a LoginError with advice. */
class ExplainingCredential {
    inner;
    claims;
    assertionError;
    warm;
    constructor(inner, claims = () => undefined, assertionError = () => undefined) {
        this.inner = inner;
        this.claims = claims;
        this.assertionError = assertionError;
    }
    /**
     * Starts the token exchange for `scopes` now, so that it runs while the SDKs load; the first getToken for the
     * same scopes takes its result (success or failure), so a warm-up never adds an exchange.
     */
    warmUp(scopes, signal) {
        if (this.warm !== undefined)
            return;
        const token = this.inner.getToken(scopes, signal !== undefined ? { abortSignal: signal } : undefined);
        token.catch(() => undefined); // reported by the getToken that takes it
        this.warm = { key: scopeKey(scopes), token };
    }
    async getToken(scopes, options) {
        const warm = this.warm;
        const takeWarm = warm !== undefined && warm.key === scopeKey(scopes) && options?.claims === undefined;
        if (takeWarm)
            this.warm = undefined;
        try {
            return await (takeWarm ? warm.token : this.inner.getToken(scopes, options));
        }
        catch (err) {
            const own = this.assertionError();
            if (own !== undefined)
                throw own;
            throw new LoginError(explainLoginError(err, this.claims()));
        }
    }
}
/**
 * Builds the credential. Loads @azure/identity lazily: the validate path never pays for it.
 * In Actions the caller passes getIdToken (core.getIDToken); `githubOidcFromEnv` builds one for the CLI.
 */
async function createCredential(options) {
    const env = options.env ?? process.env;
    const tenantId = options.tenantId || env.AZURE_TENANT_ID || undefined;
    const clientId = options.clientId || env.AZURE_CLIENT_ID || undefined;
    const cache = options.getIdToken !== undefined && tenantId && clientId
        ? new IdTokenCache(options.getIdToken, options.audience || DEFAULT_AUDIENCE)
        : undefined;
    if (options.prefetchIdToken === true)
        cache?.prefetch();
    if (options.getIdToken !== undefined) {
        if (cache === undefined || !tenantId || !clientId) {
            throw new LoginError('GitHub OIDC login needs tenant-id and client-id (inputs, or AZURE_TENANT_ID / AZURE_CLIENT_ID).');
        }
        // The one token request of the federated flow, without loading @azure/identity (federated.ts).
        const { FederatedCredential } = await __webpack_require__.e(/* import() */ 295).then(__webpack_require__.bind(__webpack_require__, 9295));
        const inner = new FederatedCredential({
            authorityHost: options.endpoints.authorityHost,
            tenantId,
            clientId,
            getAssertion: (signal) => cache.get(signal),
        });
        return {
            credential: new ExplainingCredential(inner, () => cache.lastClaims, () => cache.lastError),
            kind: 'github-oidc',
            idTokens: cache,
        };
    }
    const identity = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690), __webpack_require__.e(563)]).then(__webpack_require__.bind(__webpack_require__, 25563));
    const authority = {
        authorityHost: options.endpoints.authorityHost,
        disableInstanceDiscovery: options.endpoints.disableInstanceDiscovery,
    };
    // Outside Actions: the usual chain, each with the same authority options.
    const sources = [];
    if (env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH) {
        sources.push(new identity.EnvironmentCredential(authority));
    }
    if (env.AZURE_FEDERATED_TOKEN_FILE && tenantId && clientId) {
        sources.push(new identity.WorkloadIdentityCredential({
            ...authority,
            tenantId,
            clientId,
            tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE,
        }));
    }
    sources.push(new identity.AzureCliCredential(tenantId ? { tenantId } : {}));
    return {
        credential: new ExplainingCredential(new identity.ChainedTokenCredential(...sources)),
        kind: 'default-chain',
    };
}
/**
 * A GetIdToken for the CLI run inside a GitHub job (or against the emulator): uses the request URL
 * and token GitHub puts in the environment. Throws the id-token advice when they are missing.
 */
function githubOidcFromEnv(env = process.env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !token) {
        if (env.GITHUB_ACTIONS === 'true' && env.AZURE_CLIENT_ID && !env.AZURE_CLIENT_SECRET) {
            // In a job that clearly wants OIDC but did not get the permission: say so instead of falling through.
            return async () => {
                throw new LoginError(missingIdTokenPermission());
            };
        }
        return undefined;
    }
    return async (audience, signal) => {
        // The same request @actions/core getIDToken makes (the URL already carries a query string).
        const sep = url.includes('?') ? '&' : '?';
        const res = await fetch(`${url}${sep}audience=${encodeURIComponent(audience)}`, {
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            ...(signal !== undefined ? { signal } : {}),
        });
        if (!res.ok)
            throw new Error(`the GitHub OIDC token request failed with HTTP ${res.status}`);
        const body = (await res.json());
        if (typeof body.value !== 'string')
            throw new Error('the GitHub OIDC token response has no value');
        return body.value;
    };
}


/***/ })

};
