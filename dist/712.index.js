export const id = 712;
export const ids = [712];
export const modules = {

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
        return err instanceof Error ? err.message : String(err);
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

/***/ 40210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ AZURE_OPTIONS_USAGE),
/* harmony export */   kU: () => (/* binding */ azureOptionsFrom),
/* harmony export */   l8: () => (/* binding */ loginOrReport),
/* harmony export */   lH: () => (/* binding */ AZURE_OPTION_SPECS)
/* harmony export */ });
/* unused harmony export loginFromOptions */
/* harmony import */ var _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9713);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18098);
// The Azure options of the commands that log in (plan, apply), the login that follows from them, and how a
// failed login is reported (advice, never a token; exit code 2 for unusable endpoints, 1 for a failed login).


const AZURE_OPTION_SPECS = {
    subscription: { type: 'string' },
    environment: { type: 'string' },
    'arm-endpoint': { type: 'string' },
    'authority-host': { type: 'string' },
    'tenant-id': { type: 'string' },
    'client-id': { type: 'string' },
    audience: { type: 'string' },
};
/** The usage lines of AZURE_OPTION_SPECS, for every command that logs in. */
const AZURE_OPTIONS_USAGE = `azure options:
  --subscription ID        overrides the spec's subscriptionId
  --environment NAME       AzureCloud (default), AzureUSGovernment or AzureChinaCloud
  --arm-endpoint URL       explicit ARM endpoint (Azure Stack, the emulator)
  --authority-host URL     explicit Entra authority host
  --tenant-id ID           tenant of the login (default $AZURE_TENANT_ID)
  --client-id ID           application of the login (default $AZURE_CLIENT_ID)
  --audience AUD           GitHub OIDC token audience (default api://AzureADTokenExchange)
  -h, --help               show this help`;
function azureOptionsFrom(values) {
    const s = (k) => (typeof values[k] === 'string' ? values[k] : undefined);
    return {
        subscription: s('subscription'),
        environment: s('environment'),
        armEndpoint: s('arm-endpoint'),
        authorityHost: s('authority-host'),
        tenantId: s('tenant-id'),
        clientId: s('client-id'),
        audience: s('audience'),
    };
}
async function loginFromOptions(o, env = process.env) {
    const endpoints = (0,_azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__.resolveEndpoints)({
        environment: o.environment ?? env.AZURE_ENVIRONMENT,
        armEndpoint: o.armEndpoint ?? env.AZURE_ARM_ENDPOINT,
        authorityHost: o.authorityHost ?? env.AZURE_AUTHORITY_HOST,
    });
    const login = await (0,_azure_credential_js__WEBPACK_IMPORTED_MODULE_1__.createCredential)({
        endpoints,
        tenantId: o.tenantId,
        clientId: o.clientId,
        audience: o.audience,
        getIdToken: (0,_azure_credential_js__WEBPACK_IMPORTED_MODULE_1__.githubOidcFromEnv)(env),
        env,
    });
    return { endpoints, login };
}
/**
 * Logs in from the command's options; on failure prints the reason (advice, never a token) and returns the exit
 * code: 2 for unusable endpoint options (usage), 1 for a failed login.
 */
async function loginOrReport(command, o, env, out) {
    try {
        return await loginFromOptions(o, env);
    }
    catch (err) {
        if (err instanceof _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__.EndpointError || err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_1__.LoginError) {
            out.stderr(`amlnet ${command}: ${err.message}\n`);
            return err instanceof _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__.EndpointError ? 2 : 1;
        }
        throw err;
    }
}


/***/ }),

/***/ 52541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runImport: () => (/* binding */ runImport),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62752);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18297);
/* harmony import */ var _azure_clients_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23139);
/* harmony import */ var _import_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80199);
/* harmony import */ var _import_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9672);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62309);
/* harmony import */ var _azure_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40210);
// `amlnet import --workspace RG/NAME --network RG/NAME [--security-group [RG/]NAME] [--out FILE] [--force]` + the
// shared Azure options. Reads a hand-built setup (Reader is enough; nothing is written to Azure) and writes the
// spec that describes it. Exit codes: 0 written and the round trip holds (validate: no error; plan: no change),
// 1 written but the round trip does not hold (findings say why), or Azure could not be read; 2 bad usage, or an
// --out file that exists without --force.











const usage = `usage: amlnet import --workspace RG/NAME --network RG/NAME [--security-group [RG/]NAME]
                     [--out FILE] [--force] [--format text|json] [azure options]

Reads a hand-built Azure ML inferencing setup (the workspace, the virtual network and its subnets, the network
security group, the AKS computes whose nodes sit in that network and their identities' Network Contributor
assignments) and writes the spec that describes it. Only reads: the Reader role is enough. The written spec is
validated and planned against the same Azure state; whatever the plan would still change is reported as findings
with their line and column in the written file.

options:
  --workspace RG/NAME      the Azure ML workspace (resource group / name)
  --network RG/NAME        the virtual network (resource group / name)
  --security-group NAME    the NSG ([RG/]NAME; default: the one the network's subnets use)
  --out FILE               write the spec to FILE (default: stdout); an existing FILE is kept unless --force
  --force                  overwrite --out FILE
  --format FORMAT          findings as text (default) or json, on stderr
${_azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .AZURE_OPTIONS_USAGE */ .HB.replace("overrides the spec's subscriptionId", 'the subscription (default $AZURE_SUBSCRIPTION_ID)')}

exit codes: 0 written, and it validates and plans with no change; 1 written but it does not round-trip (see the
findings), or Azure could not be read; 2 bad usage or an existing --out without --force`;
const FORMATS = ['text', 'json'];
const RG_NAME = /^([-\w.()]+)\/([^/\s]+)$/;
function ref(option, value) {
    if (value === undefined)
        return `--${option} RG/NAME is required`;
    const m = RG_NAME.exec(value);
    if (m === null)
        return `--${option} must be RESOURCE-GROUP/NAME, got '${value}'`;
    return { resourceGroup: m[1], name: m[2] };
}
function parse(argv) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                workspace: { type: 'string' },
                network: { type: 'string' },
                'security-group': { type: 'string' },
                out: { type: 'string' },
                force: { type: 'boolean', default: false },
                format: { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
                ..._azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .AZURE_OPTION_SPECS */ .lH,
            },
            allowPositionals: false,
            strict: true,
        }));
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
    const help = values.help === true;
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOption */ .Bx)(values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    const base = { ...(0,_azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .azureOptionsFrom */ .kU)(values), force: values.force === true, format, help };
    if (help)
        return {
            ...base,
            target: { workspace: { resourceGroup: '', name: '' }, network: { resourceGroup: '', name: '' } },
        };
    const workspace = ref('workspace', values.workspace);
    if (typeof workspace === 'string')
        return workspace;
    const network = ref('network', values.network);
    if (typeof network === 'string')
        return network;
    const target = { workspace, network };
    const sg = values['security-group'];
    if (typeof sg === 'string') {
        const m = RG_NAME.exec(sg);
        if (m !== null)
            target.securityGroup = { resourceGroup: m[1], name: m[2] };
        else if (/^[A-Za-z0-9][\w.-]*$/.test(sg))
            target.securityGroup = { name: sg };
        else
            return `--security-group must be NAME or RESOURCE-GROUP/NAME, got '${sg}'`;
    }
    const out = values.out;
    if (out === '')
        return '--out needs a file name';
    return { ...base, target, ...(out !== undefined ? { out } : {}) };
}
/** Why `path` must not be written, or undefined. */
async function refuseOut(path, force) {
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path);
    }
    catch {
        return undefined; // absent: written below with 'wx', so a file appearing meanwhile is not overwritten
    }
    if (stats.isSymbolicLink())
        return `${path} is a symbolic link; amlnet import writes only regular files`;
    if (!stats.isFile())
        return `${path} exists and is not a regular file`;
    if (!force)
        return `${path} exists; pass --force to overwrite it`;
    return undefined;
}
async function runImport(argv, out, env = process.env) {
    const o = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseOrAnswer */ .tr)('import', argv, parse, usage, out);
    if (typeof o === 'number')
        return o;
    const subscriptionId = o.subscription ?? env.AZURE_SUBSCRIPTION_ID;
    if (subscriptionId === undefined || subscriptionId === '') {
        out.stderr(`amlnet import: give the subscription with --subscription ID (or AZURE_SUBSCRIPTION_ID)\n`);
        return 2;
    }
    if (o.out !== undefined) {
        const refused = await refuseOut(o.out, o.force);
        if (refused !== undefined) {
            out.stderr(`amlnet import: ${refused}; nothing was read or written\n`);
            return 2;
        }
    }
    const loggedIn = await (0,_azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .loginOrReport */ .l8)('import', o, env, out);
    if (typeof loggedIn === 'number')
        return loggedIn;
    const { endpoints, login } = loggedIn;
    const file = o.out ?? 'amlnet.yml';
    try {
        const clients = (0,_azure_clients_js__WEBPACK_IMPORTED_MODULE_8__.createClients)({ credential: login.credential, endpoints, subscriptionId });
        const result = await (0,_import_run_js__WEBPACK_IMPORTED_MODULE_5__.importFromAzure)({ target: o.target, clients, file });
        if (o.out !== undefined) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(o.out, result.text, { flag: o.force ? 'w' : 'wx' });
            }
            catch (err) {
                const code = err.code;
                out.stderr(`amlnet import: cannot write ${o.out}: ${code === 'EEXIST' ? 'it exists; pass --force to overwrite it' : err instanceof Error ? err.message : String(err)}\n`);
                return 2;
            }
        }
        else {
            out.stdout(result.text);
        }
        out.stderr(o.format === 'json' ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsJson */ .lg)(result.findings) : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsText */ .uc)(file, result.findings));
        const spec = result.spec;
        const counts = `${spec.network.subnets.length} subnet(s), ${spec.network.securityGroup?.rules?.length ?? 0} NSG rule(s), ` +
            `${spec.aksClusters?.length ?? 0} cluster(s)${spec.aci ? ', ACI' : ''}`;
        const changes = result.changes?.length;
        out.stderr(`amlnet import: ${o.out !== undefined ? `wrote ${o.out}` : 'wrote the spec to stdout'} (${counts}); ` +
            (result.roundTrip
                ? 'it validates with no error and its plan has no change\n'
                : changes === undefined
                    ? 'it does not validate (see the findings); it was written so that you can fix it\n'
                    : `its plan would still make ${changes} change(s) (see the findings)\n`));
        return result.roundTrip ? 0 : 1;
    }
    catch (err) {
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__.LoginError || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__/* .LiveReadError */ .l5 || err instanceof _import_read_js__WEBPACK_IMPORTED_MODULE_4__/* .ImportReadError */ ._) {
            out.stderr(`amlnet import: ${err.message}\n`);
            return 1;
        }
        out.stderr(`amlnet import: Azure error ${(0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_10__.formatAzureError)((0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_10__.toAzureError)(err))}\n`);
        return 1;
    }
}
async function run(argv) {
    return runImport(argv, _args_js__WEBPACK_IMPORTED_MODULE_6__/* .processOutput */ .Xi);
}


/***/ }),

/***/ 62752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lg: () => (/* binding */ renderFindingsJson),
/* harmony export */   uc: () => (/* binding */ renderFindingsText)
/* harmony export */ });
/* unused harmony exports summarize, renderFindingLine, findingsJson */
function count(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** "2 errors, 1 warning" (notices only when there are some). */
function summarize(findings) {
    const by = (s) => findings.filter((f) => f.severity === s).length;
    const parts = [count(by('error'), 'error'), count(by('warning'), 'warning')];
    const notices = by('notice');
    if (notices > 0)
        parts.push(count(notices, 'notice'));
    return parts.join(', ');
}
/** One finding: `amlnet.yml:31:19: error AKS-DNS-IN-SERVICE-CIDR message (hint)`. */
function renderFindingLine(file, f) {
    const hint = f.hint !== undefined && f.hint !== '' ? ` (${f.hint})` : '';
    return `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${f.message}${hint}`;
}
/** Every finding on its own line, then the summary line; ends with a newline. */
function renderFindingsText(file, findings) {
    return [...findings.map((f) => renderFindingLine(file, f)), summarize(findings)].join('\n') + '\n';
}
/** The `--format json` object (README.md, "Command-line reference"). Keys in a fixed order so the output is stable. */
function findingsJson(findings) {
    return {
        valid: !findings.some((f) => f.severity === 'error'),
        findings: findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            path: f.path,
            line: f.line,
            column: f.column,
            ...(f.hint === undefined ? {} : { hint: f.hint }),
        })),
    };
}
function renderFindingsJson(findings) {
    return JSON.stringify(findingsJson(findings), null, 2) + '\n';
}


/***/ }),

/***/ 73604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ay: () => (/* binding */ dist_node_v5)
});

// UNUSED EXPORTS: DNS, URL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/sha1.js

function sha1(bytes) {
    if (Array.isArray(bytes)) {
        bytes = Buffer.from(bytes);
    }
    else if (typeof bytes === 'string') {
        bytes = Buffer.from(bytes, 'utf8');
    }
    return (0,external_node_crypto_.createHash)('sha1').update(bytes).digest();
}
/* harmony default export */ const dist_node_sha1 = (sha1);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/regex.js
/* harmony default export */ const regex = (/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/validate.js

function validate_validate(uuid) {
    return typeof uuid === 'string' && regex.test(uuid);
}
/* harmony default export */ const dist_node_validate = (validate_validate);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/parse.js

function parse(uuid) {
    if (!dist_node_validate(uuid)) {
        throw TypeError('Invalid UUID');
    }
    let v;
    return Uint8Array.of((v = parseInt(uuid.slice(0, 8), 16)) >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff, (v = parseInt(uuid.slice(9, 13), 16)) >>> 8, v & 0xff, (v = parseInt(uuid.slice(14, 18), 16)) >>> 8, v & 0xff, (v = parseInt(uuid.slice(19, 23), 16)) >>> 8, v & 0xff, ((v = parseInt(uuid.slice(24, 36), 16)) / 0x10000000000) & 0xff, (v / 0x100000000) & 0xff, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
}
/* harmony default export */ const dist_node_parse = (parse);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/stringify.js

const byteToHex = [];
for (let i = 0; i < 256; ++i) {
    byteToHex.push((i + 0x100).toString(16).slice(1));
}
function unsafeStringify(arr, offset = 0) {
    return (byteToHex[arr[offset + 0]] +
        byteToHex[arr[offset + 1]] +
        byteToHex[arr[offset + 2]] +
        byteToHex[arr[offset + 3]] +
        '-' +
        byteToHex[arr[offset + 4]] +
        byteToHex[arr[offset + 5]] +
        '-' +
        byteToHex[arr[offset + 6]] +
        byteToHex[arr[offset + 7]] +
        '-' +
        byteToHex[arr[offset + 8]] +
        byteToHex[arr[offset + 9]] +
        '-' +
        byteToHex[arr[offset + 10]] +
        byteToHex[arr[offset + 11]] +
        byteToHex[arr[offset + 12]] +
        byteToHex[arr[offset + 13]] +
        byteToHex[arr[offset + 14]] +
        byteToHex[arr[offset + 15]]).toLowerCase();
}
function stringify(arr, offset = 0) {
    const uuid = unsafeStringify(arr, offset);
    if (!validate(uuid)) {
        throw TypeError('Stringified UUID is invalid');
    }
    return uuid;
}
/* harmony default export */ const dist_node_stringify = ((/* unused pure expression or super */ null && (stringify)));

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/v35.js


function stringToBytes(str) {
    str = unescape(encodeURIComponent(str));
    const bytes = new Uint8Array(str.length);
    for (let i = 0; i < str.length; ++i) {
        bytes[i] = str.charCodeAt(i);
    }
    return bytes;
}
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
function v35(version, hash, value, namespace, buf, offset) {
    const valueBytes = typeof value === 'string' ? stringToBytes(value) : value;
    const namespaceBytes = typeof namespace === 'string' ? dist_node_parse(namespace) : namespace;
    if (typeof namespace === 'string') {
        namespace = dist_node_parse(namespace);
    }
    if (namespace?.length !== 16) {
        throw TypeError('Namespace must be array-like (16 iterable integer values, 0-255)');
    }
    let bytes = new Uint8Array(16 + valueBytes.length);
    bytes.set(namespaceBytes);
    bytes.set(valueBytes, namespaceBytes.length);
    bytes = hash(bytes);
    bytes[6] = (bytes[6] & 0x0f) | version;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    if (buf) {
        offset ??= 0;
        if (offset < 0 || offset + 16 > buf.length) {
            throw new RangeError(`UUID byte range ${offset}:${offset + 15} is out of buffer bounds`);
        }
        for (let i = 0; i < 16; ++i) {
            buf[offset + i] = bytes[i];
        }
        return buf;
    }
    return unsafeStringify(bytes);
}

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/v5.js



function v5(value, namespace, buf, offset) {
    return v35(0x50, dist_node_sha1, value, namespace, buf, offset);
}
v5.DNS = DNS;
v5.URL = URL;
/* harmony default export */ const dist_node_v5 = (v5);


/***/ })

};
