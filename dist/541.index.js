export const id = 541;
export const ids = [541];
export const modules = {

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
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70017);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62752);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18297);
/* harmony import */ var _app_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80919);
/* harmony import */ var _app_import_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35277);
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
security group, the v1 AKS and v2 Kubernetes computes whose nodes sit in that network, with the AzureML extension's
settings of the v2 ones and their identities' Network Contributor assignments) and writes the spec that describes it. Only reads: the Reader role is enough. The written spec is
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
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(err);
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
        const result = await (0,_app_session_js__WEBPACK_IMPORTED_MODULE_4__.sessionFor)(login.credential, endpoints, { subscriptionId }).import(o.target, file);
        if (o.out !== undefined) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(o.out, result.text, { flag: o.force ? 'w' : 'wx' });
            }
            catch (err) {
                const code = err.code;
                out.stderr(`amlnet import: cannot write ${o.out}: ${code === 'EEXIST' ? 'it exists; pass --force to overwrite it' : (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(err)}\n`);
                return 2;
            }
        }
        else {
            out.stdout(result.text);
        }
        out.stderr(o.format === 'json' ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsJson */ .lg)(result.findings) : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsText */ .uc)(file, result.findings));
        const spec = result.spec;
        const counts = `${spec.network.subnets.length} subnet(s), ${spec.network.securityGroup?.rules?.length ?? 0} NSG rule(s), ` +
            `${spec.aksClusters?.length ?? 0} v1 AKS cluster(s), ${spec.kubernetesClusters?.length ?? 0} v2 Kubernetes cluster(s)` +
            `${spec.aci ? ', ACI' : ''}`;
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
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Qd || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__/* .LiveReadError */ .l5 || err instanceof _app_import_js__WEBPACK_IMPORTED_MODULE_5__.ImportReadError) {
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


/***/ })

};
