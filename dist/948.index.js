export const id = 948;
export const ids = [948,98,327];
export const modules = {

/***/ 17327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prerequisitesOf: () => (/* binding */ prerequisitesOf)
/* harmony export */ });
function prerequisitesOf(spec, opts = {}) {
    const sub = spec.subscriptionId;
    const location = spec.network.location ?? spec.location;
    const groups = new Set([
        spec.workspace.resourceGroup,
        spec.network.resourceGroup,
        spec.network.securityGroup?.resourceGroup ?? spec.network.resourceGroup,
    ]);
    const rgId = (rg) => `/subscriptions/${sub}/resourceGroups/${rg}`;
    return [
        ...[...groups].map((rg) => ({
            id: rgId(rg),
            name: rg,
            type: 'Microsoft.Resources/resourceGroups',
            location,
            properties: { provisioningState: 'Succeeded' },
        })),
        {
            id: `${rgId(spec.network.resourceGroup)}/providers/Microsoft.Network/virtualNetworks/${spec.network.name}`,
            name: spec.network.name,
            type: 'Microsoft.Network/virtualNetworks',
            location: opts.vnetLocation ?? location,
            properties: {
                provisioningState: 'Succeeded',
                addressSpace: { addressPrefixes: spec.network.addressSpace ?? ['10.0.0.0/8'] },
                subnets: opts.subnets ?? [],
            },
        },
        {
            id: `${rgId(spec.workspace.resourceGroup)}/providers/Microsoft.MachineLearningServices/workspaces/${spec.workspace.name}`,
            name: spec.workspace.name,
            type: 'Microsoft.MachineLearningServices/workspaces',
            location: spec.location,
            properties: { provisioningState: 'Succeeded' },
        },
    ];
}


/***/ }),

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


/***/ }),

/***/ 62309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ formatOption),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xi: () => (/* binding */ processOutput),
/* harmony export */   qv: () => (/* binding */ WORKSPACE_USAGE),
/* harmony export */   tr: () => (/* binding */ parseOrAnswer)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
// What every command shares: output streams, the spec argument and --help, the --format check.
// Imports nothing from Azure (validate uses it; see azure-options.ts for the commands that log in).


const processOutput = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
};
/** Options every command has: the spec (also as the one positional argument) and --help. */
const SPEC_OPTIONS = {
    spec: { type: 'string' },
    workspace: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};
/**
 * Parses a command's arguments: its own options plus --spec/--help, with the spec given either as --spec or as
 * the only positional argument (default amlnet.yml). Returns the message to print for bad usage.
 */
function parseCommandArgs(argv, options) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: { ...options, ...SPEC_OPTIONS }, allowPositionals: true, strict: true });
    }
    catch (err) {
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err);
    }
    const { values, positionals } = parsed;
    // The options every command has (typed here, where the generic result does not narrow them).
    const common = values;
    if (positionals.length > 1)
        return `expected at most one spec file, got ${positionals.length}: ${positionals.join(' ')}`;
    if (positionals.length === 1 && common.spec !== undefined)
        return 'give the spec either with --spec or as an argument, not both';
    return {
        values,
        spec: common.spec ?? positionals[0] ?? 'amlnet.yml',
        workspace: common.workspace,
        help: common.help ?? false,
    };
}
/** Usage line of --workspace, shared by the commands that read a spec. */
const WORKSPACE_USAGE = '  --workspace DIR    the folder the spec must stay in; a symlinked spec or one outside it is refused\n' +
    '                     (default: $GITHUB_WORKSPACE, else the current directory)';
/** The --format value if it is one of `formats`, else the usage message. */
function formatOption(value, formats) {
    const format = value ?? formats[0];
    if (formats.includes(format))
        return format;
    return { error: `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, got '${format}'` };
}
/**
 * The start of every command: parses its arguments, and answers bad usage (the message and the usage, exit 2)
 * and --help (the usage, exit 0) itself. Returns the options, or the exit code when the command is done.
 */
function parseOrAnswer(command, argv, parse, usage, out) {
    const o = parse(argv);
    if (typeof o === 'string') {
        out.stderr(`amlnet ${command}: ${o}\n\n${usage}\n`);
        return 2;
    }
    if (o.help) {
        out.stdout(usage + '\n');
        return 0;
    }
    return o;
}


/***/ }),

/***/ 47919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEMO_SPEC: () => (/* binding */ DEMO_SPEC),
  run: () => (/* binding */ run),
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./emulator/prerequisites.ts
var prerequisites = __webpack_require__(17327);
// EXTERNAL MODULE: ./src/spec/parse.ts + 1 modules
var parse = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/azure/credential.ts
var credential = __webpack_require__(18098);
;// CONCATENATED MODULE: ./src/github/fake-io.ts
// An in-memory ActionsIO for the demo and the tests: inputs and the job's environment are given, and what the
// action writes is kept — outputs, the job summary, and a log in the runner's workflow-command syntax (the
// lines @actions/core would print: `::error file=...,line=3,col=5::message`, `::add-mask::...`).

/** @actions/core's escaping of a command's message and of its property values. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A workflow command line, as @actions/core prints it (properties in its order, empty ones left out). */
function workflowCommand(command, message, properties = {}) {
    const props = [
        ['title', properties.title],
        ['file', properties.file],
        ['line', properties.startLine],
        ['endLine', properties.endLine],
        ['col', properties.startColumn],
        ['endColumn', properties.endColumn],
    ];
    const given = props.filter(([, v]) => v !== undefined && v !== '' && v !== 0);
    const head = given.length === 0 ? '' : ' ' + given.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${command}${head}::${escapeData(message)}`;
}
class FakeIO {
    env;
    outputs = {};
    variables = {};
    secrets = [];
    annotations = [];
    /** The log, one entry per line the runner would show. */
    lines = [];
    /** The step summary as written (empty until summary.write). */
    summaryText = '';
    /** The message of setFailed, when the step failed. */
    failure;
    inputs;
    fetchIdToken;
    pending = [];
    constructor(options = {}) {
        this.env = options.env ?? {};
        this.inputs = options.inputs ?? {};
        this.fetchIdToken =
            options.getIDToken ??
                (0,credential/* githubOidcFromEnv */.yr)(this.env) ??
                (() => Promise.reject(new Error('this job has no ACTIONS_ID_TOKEN_REQUEST_URL (id-token: write)')));
    }
    get failed() {
        return this.failure !== undefined;
    }
    /** The log as one text, as the runner's stdout would hold it. */
    get log() {
        return this.lines.map((l) => l + '\n').join('');
    }
    summary = {
        append: (markdown) => void this.pending.push(markdown),
        write: () => {
            this.summaryText += this.pending.join('') + '\n';
            this.pending = [];
            return Promise.resolve();
        },
    };
    getInput(name) {
        // The runner's INPUT_ variable of a name: upper-cased, spaces to underscores; @actions/core trims it.
        return (this.inputs[name] ?? '').trim();
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    exportVariable(name, value) {
        this.variables[name] = value;
    }
    setSecret(value) {
        this.secrets.push(value);
        this.lines.push(workflowCommand('add-mask', value));
    }
    async getIDToken(audience) {
        const token = await this.fetchIdToken(audience);
        this.setSecret(token);
        return token;
    }
    annotate(level, message, properties = {}) {
        this.annotations.push({ level, message, properties });
        this.lines.push(workflowCommand(level, message, properties));
    }
    error(message, properties) {
        this.annotate('error', message, properties);
    }
    warning(message, properties) {
        this.annotate('warning', message, properties);
    }
    notice(message, properties) {
        this.annotate('notice', message, properties);
    }
    info(message) {
        this.lines.push(message);
    }
    debug(message) {
        this.lines.push(workflowCommand('debug', message));
    }
    startGroup(name) {
        this.lines.push(workflowCommand('group', name));
    }
    endGroup() {
        this.lines.push(workflowCommand('endgroup', ''));
    }
    setFailed(message) {
        this.failure = message;
        this.error(message);
    }
}

// EXTERNAL MODULE: ./src/commands/args.ts
var args = __webpack_require__(62309);
;// CONCATENATED MODULE: ./src/commands/demo.ts
// `amlnet demo`: plays a pull request and its merge against the local emulator, through the action's own
// code path (src/main.ts run(), through the in-memory Actions I/O port holding the runner's inputs and
// variables), and prints what a reviewer would see: the plan comment on the pull request, then the job
// summary of the apply that ran on merge.
// Both are written to files (default .amlnet/demo/). Needs no network and no credentials.







const usage = `usage: amlnet demo [--out DIR]

Starts the emulator in this process with a virtual network and an Azure ML workspace, writes a spec,
plays a pull request (validate, plan, sticky comment) and its merge (apply with GitHub OIDC), and
prints the plan comment and the apply summary. Files go to DIR (default .amlnet/demo).`;
const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const REPOSITORY = 'octo-org/octo-repo';
/** The spec the pull request adds: an inference cluster on a private IP, an ACI subnet, one scoring rule. */
const DEMO_SPEC = `# Added by pull request #1: private scoring for the inference cluster, and ACI in the VNet.
version: 1
subscriptionId: ${SUBSCRIPTION}
location: eastus2

workspace:
  resourceGroup: ml-rg
  name: ml-ws

network:
  resourceGroup: ml-rg
  name: ml-vnet
  addressSpace: [10.1.0.0/16]
  subnets:
    - name: aks-subnet
      addressPrefix: 10.1.0.0/22
    - name: aci-subnet
      addressPrefix: 10.1.8.0/24
      delegation: Microsoft.ContainerInstance/containerGroups
  securityGroup:
    name: ml-nsg
    rules:
      - name: allow-scoring-inbound
        direction: Inbound
        access: Allow
        protocol: Tcp
        priority: 200
        sourceAddressPrefixes: [10.1.0.0/16]
        destinationPortRanges: ['443']
        description: Scoring clients inside the virtual network

aksClusters:
  - name: myaks
    mode: create
    vmSize: Standard_D3_v2
    agentCount: 3
    subnet: aks-subnet
    networkPlugin: azure
    serviceCidr: 10.0.0.0/16
    dnsServiceIp: 10.0.0.10
    dockerBridgeCidr: 172.17.0.1/16
    loadBalancerType: InternalLoadBalancer
    loadBalancerSubnet: aks-subnet

aci:
  subnet: aci-subnet
`;
/** What exists before the pull request (amlnet never creates these): the resource group, the VNet, the workspace. */
function world() {
    return {
        resources: (0,prerequisites.prerequisitesOf)((0,parse/* parseSpecText */.g)(DEMO_SPEC).value),
        // Long-running operations finish quickly so the demo runs in seconds.
        timings: { lroMs: { default: 20, 'retry-after': 0 } },
    };
}
function parseArgs(argv) {
    let out = (0,external_node_path_.join)('.amlnet', 'demo');
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--help' || a === '-h')
            return { help: true };
        if (a === '--out') {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--'))
                return { error: '--out needs a directory' };
            out = v;
        }
        else if (a.startsWith('--out='))
            out = a.slice('--out='.length);
        else
            return { error: `unknown argument '${a}'` };
    }
    return { out };
}
/**
 * Runs the action once through an in-memory port holding the job's inputs and variables; its log (workflow
 * commands included), outputs and job summary go to files, not the terminal.
 */
async function runJob(files, job, run) {
    (0,external_node_fs_.mkdirSync)(files.dir, { recursive: true });
    const io = new FakeIO(job);
    await run(io);
    (0,external_node_fs_.writeFileSync)(files.log, io.log);
    (0,external_node_fs_.writeFileSync)(files.outputs, JSON.stringify(io.outputs, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)(files.summary, io.summaryText);
    return { failed: io.failed, outputs: io.outputs, summary: io.summaryText };
}
async function run(argv) {
    return runDemo(argv, args/* processOutput */.Xi);
}
/** The command with its terminal output injectable (tests). */
async function runDemo(argv, print) {
    const args = parseArgs(argv);
    if ('help' in args) {
        print.stdout(usage + '\n');
        return 0;
    }
    if ('error' in args) {
        print.stderr(`amlnet demo: ${args.error}\n\n${usage}\n`);
        return 2;
    }
    const started = Date.now();
    const out = (0,external_node_path_.resolve)(args.out);
    const workspace = (0,external_node_path_.join)(out, 'workspace');
    (0,external_node_fs_.mkdirSync)(workspace, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(workspace, 'amlnet.yml'), DEMO_SPEC);
    const [{ startEmulator }, { run: runAction }, { createPipeline }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(829)]).then(__webpack_require__.bind(__webpack_require__, 30829)),
        Promise.all(/* import() */[__webpack_require__.e(253), __webpack_require__.e(16), __webpack_require__.e(595), __webpack_require__.e(392), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 57068)),
        Promise.all(/* import() */[__webpack_require__.e(253), __webpack_require__.e(16), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 3605)),
    ]);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(out, 'emulator'), { recursive: true });
    const emu = await startEmulator({ state: world(), dataDir: (0,external_node_path_.join)(out, 'emulator') });
    try {
        // Trust the emulator's CA in this process (Node >= 24.5), as NODE_EXTRA_CA_CERTS would for a child.
        external_node_tls_.setDefaultCACertificates([...external_node_tls_.getCACertificates('default'), emu.caCertPem]);
        const info = emu.info;
        const control = async (path, body) => {
            const res = await fetch(`${info.armEndpoint}/_emulator${path}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
            });
            if (!res.ok)
                throw new Error(`emulator ${path}: HTTP ${res.status}`);
            return (await res.json());
        };
        const pipeline = createPipeline({ pollIntervalMs: 10, maxRetryAfterSeconds: 0 });
        const action = (io) => runAction(io, pipeline);
        const repo = emu.world.github.repositories[0];
        const pull = repo.pulls.find((p) => p.state === 'open');
        if (pull === undefined)
            throw new Error('the emulator has no open pull request');
        const inputs = {
            spec: 'amlnet.yml',
            command: 'auto',
            'client-id': info.clientId,
            'tenant-id': info.tenantId,
            'arm-endpoint': info.armEndpoint,
            'authority-host': info.authorityHost,
            'github-token': info.githubToken,
            comment: 'true',
            'on-plan-change': 'fail',
        };
        const common = {
            GITHUB_ACTIONS: 'true',
            GITHUB_REPOSITORY: REPOSITORY,
            GITHUB_WORKSPACE: workspace,
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_API_URL: info.githubApiUrl,
            GITHUB_RUN_ID: '1',
            RUNNER_TEMP: (0,external_node_path_.join)(out, 'runner-temp'),
            ACTIONS_ID_TOKEN_REQUEST_URL: info.oidcRequestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: info.oidcRequestToken,
        };
        const repoPayload = {
            full_name: REPOSITORY,
            name: 'octo-repo',
            owner: { login: 'octo-org' },
            default_branch: 'main',
        };
        // 1. The pull request: plan + sticky comment (OIDC subject repo:octo-org/octo-repo:pull_request).
        print.stdout(`amlnet demo: pull request #${pull.number} adds amlnet.yml; running the action (pull_request)\n`);
        const prEvent = (0,external_node_path_.join)(out, 'pull_request.json');
        (0,external_node_fs_.writeFileSync)(prEvent, JSON.stringify({
            action: 'opened',
            number: pull.number,
            pull_request: {
                number: pull.number,
                head: { sha: pull.headSha, ref: pull.headRef, repo: repoPayload },
                base: { ref: 'main', repo: repoPayload },
            },
            repository: repoPayload,
        }));
        const pr = await runJob({
            dir: (0,external_node_path_.join)(out, 'pr'),
            outputs: (0,external_node_path_.join)(out, 'pr', 'outputs.json'),
            summary: (0,external_node_path_.join)(out, 'pr', 'summary.md'),
            log: (0,external_node_path_.join)(out, 'pr', 'action.log'),
        }, {
            inputs,
            env: {
                ...common,
                GITHUB_EVENT_NAME: 'pull_request',
                GITHUB_EVENT_PATH: prEvent,
                GITHUB_SHA: pull.headSha,
                GITHUB_REF: `refs/pull/${pull.number}/merge`,
            },
        }, action);
        const marker = '<!-- amlnet:plan spec=amlnet.yml -->';
        const comment = (repo.comments[pull.number] ?? []).find((c) => c.body.includes(marker));
        if (pr.failed || comment === undefined) {
            print.stderr(`amlnet demo: the pull request run failed; see ${(0,external_node_path_.join)(out, 'pr', 'action.log')}\n`);
            return 1;
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, 'plan-comment.md'), comment.body);
        // 2. The merge: apply in the protected environment (OIDC subject ...:environment:production).
        const merged = await control('/github/merge', { number: pull.number });
        const mergeSha = String(merged['mergeCommitSha']);
        await control('/oidc', { subject: `repo:${REPOSITORY}:environment:production` });
        print.stdout(`amlnet demo: merged as ${mergeSha.slice(0, 12)}; running the action (push to main)\n`);
        const pushEvent = (0,external_node_path_.join)(out, 'push.json');
        (0,external_node_fs_.writeFileSync)(pushEvent, JSON.stringify({ ref: 'refs/heads/main', after: mergeSha, repository: repoPayload }));
        const apply = await runJob({
            dir: (0,external_node_path_.join)(out, 'apply'),
            outputs: (0,external_node_path_.join)(out, 'apply', 'outputs.json'),
            summary: (0,external_node_path_.join)(out, 'apply', 'summary.md'),
            log: (0,external_node_path_.join)(out, 'apply', 'action.log'),
        }, {
            inputs,
            env: {
                ...common,
                GITHUB_EVENT_NAME: 'push',
                GITHUB_EVENT_PATH: pushEvent,
                GITHUB_SHA: mergeSha,
                GITHUB_REF: 'refs/heads/main',
            },
        }, action);
        const summary = apply.summary;
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, 'apply-summary.md'), summary);
        const rule = '-'.repeat(100);
        print.stdout([
            '',
            rule,
            `The plan comment on pull request #${pull.number} (${pr.outputs['comment-url'] ?? 'comment'}):`,
            rule,
            comment.body.trimEnd(),
            '',
            rule,
            'The job summary of the apply on merge:',
            rule,
            summary.trimEnd(),
            rule,
            '',
            `plan comment:  ${(0,external_node_path_.join)(out, 'plan-comment.md')}`,
            `apply summary: ${(0,external_node_path_.join)(out, 'apply-summary.md')}`,
            `action logs:   ${(0,external_node_path_.join)(out, 'pr', 'action.log')}, ${(0,external_node_path_.join)(out, 'apply', 'action.log')}`,
            `apply ${apply.failed ? 'FAILED' : 'succeeded'}: plan-hash ${apply.outputs['plan-hash'] ?? '?'}` +
                (apply.outputs['aci-subnet'] ? `, ACI subnet ${apply.outputs['aci-subnet']}` : ''),
            `demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`,
            '',
        ].join('\n'));
        return apply.failed ? 1 : 0;
    }
    finally {
        await emu.close();
    }
}


/***/ })

};
