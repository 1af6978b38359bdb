export const id = 483;
export const ids = [483,976,729,870];
export const modules = {

/***/ 74483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runPlan: () => (/* binding */ runPlan),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87016);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62752);
/* harmony import */ var _render_plan_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46349);
/* harmony import */ var _render_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43729);
/* harmony import */ var _render_sarif_catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22870);
/* harmony import */ var _render_plan_json_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(54976);
/* harmony import */ var _render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94392);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18297);
/* harmony import */ var _app_session_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80919);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62309);
/* harmony import */ var _azure_options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(40210);
// `amlnet plan [--spec FILE] [--format text|json|markdown|sarif] [--out FILE] [--detailed-exitcode]` + the shared
// Azure options. Exit codes (README, "Command-line reference"): 0 plan computed (changes or not), 1 error findings /
// refused plan / Azure error, 2 usage or an unreadable spec; with --detailed-exitcode (Terraform's): 0 no changes,
// 2 changes pending, 1 anything else (usage and unreadable specs included). Azure errors print code, message and correlation id; login errors
// print advice, never a token.














const usage = `usage: amlnet plan [--spec FILE] [--format text|json|markdown|sarif] [--out FILE] [azure options]

Validates the spec, reads the live Azure state it names and prints the plan (nothing is changed).

options:
  --spec FILE              the spec (default amlnet.yml; may also be given as the only argument)
${_args_js__WEBPACK_IMPORTED_MODULE_9__/* .WORKSPACE_USAGE */ .qv}
  --format FORMAT          text (default), json (the plan object), markdown (the job summary) or sarif (every
                           finding, offline and live, as SARIF 2.1.0 for GitHub code scanning)
  --out FILE               write the rendered plan to FILE instead of stdout
  --commit SHA             the commit shown in markdown (default $GITHUB_SHA)
  --detailed-exitcode      exit 0 when there is nothing to change, 2 when changes are pending, 1 on any error
${_azure_options_js__WEBPACK_IMPORTED_MODULE_10__/* .AZURE_OPTIONS_USAGE */ .HB}

Credentials: in a GitHub job with id-token: write, GitHub OIDC (federated credential); elsewhere the usual
chain: environment (AZURE_CLIENT_SECRET...), workload identity (AZURE_FEDERATED_TOKEN_FILE), Azure CLI login.

exit codes: 0 plan computed, 1 error findings, refused plan or Azure error, 2 bad usage or unreadable spec;
with --detailed-exitcode: 0 no changes, 2 changes pending, 1 error, refused plan, bad usage or unreadable spec`;
const FORMATS = ['text', 'json', 'markdown', 'sarif'];
function parse(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)(argv, {
        format: { type: 'string' },
        out: { type: 'string' },
        commit: { type: 'string' },
        'detailed-exitcode': { type: 'boolean' },
        ..._azure_options_js__WEBPACK_IMPORTED_MODULE_10__/* .AZURE_OPTION_SPECS */ .lH,
    });
    if (typeof parsed === 'string')
        return parsed;
    const { values, spec, workspace, help } = parsed;
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .formatOption */ .Bx)(values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    return {
        ...(0,_azure_options_js__WEBPACK_IMPORTED_MODULE_10__/* .azureOptionsFrom */ .kU)(values),
        spec,
        workspace,
        format,
        out: values.out,
        commit: values.commit,
        detailedExitcode: values['detailed-exitcode'] === true,
        help,
    };
}
/** The command with output and environment injectable (tests). */
async function runPlan(argv, out, env = process.env) {
    const code = await planCommand(argv, out, env);
    // --detailed-exitcode keeps 2 for "changes pending": every other failure is 1, usage errors included (the flag is
    // read from argv itself, as a usage error has no parsed options).
    if (code.detailed || argv.includes('--detailed-exitcode'))
        return code.exit === 0 ? (code.pending ? 2 : 0) : 1;
    return code.exit;
}
async function planCommand(argv, out, env) {
    const done = (exit, pending = false, detailed = false) => ({ exit, pending, detailed });
    const o = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseOrAnswer */ .tr)('plan', argv, parse, usage, out);
    if (typeof o === 'number')
        return done(o);
    const loggedIn = await (0,_azure_options_js__WEBPACK_IMPORTED_MODULE_10__/* .loginOrReport */ .l8)('plan', o, env, out);
    if (typeof loggedIn === 'number')
        return done(loggedIn);
    const session = (0,_app_session_js__WEBPACK_IMPORTED_MODULE_8__.sessionFor)(loggedIn.login.credential, loggedIn.endpoints, { subscriptionId: o.subscription ?? null });
    try {
        const result = await session.plan({ specPath: o.spec, root: o.workspace ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.specRoot)(env), mode: 'plan' });
        if (result.status === 'invalid') {
            const v = result.validation;
            out.stderr('amlnet plan: the spec has errors; no Azure call was made.\n');
            out.stdout(o.format === 'json'
                ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_11__/* .renderFindingsJson */ .lg)(v.findings)
                : o.format === 'sarif'
                    ? (0,_render_sarif_js__WEBPACK_IMPORTED_MODULE_3__.renderFindingsSarif)(v.findings, (0,_render_sarif_catalogue_js__WEBPACK_IMPORTED_MODULE_4__.amlnetSarifOptions)(o.spec))
                    : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_11__/* .renderFindingsText */ .uc)(v.file, v.findings));
            return done(v.unparseable ? 2 : 1);
        }
        const plan = result.plan;
        const commit = o.commit ?? env.GITHUB_SHA ?? '(working tree)';
        const text = o.format === 'json'
            ? (0,_render_plan_json_js__WEBPACK_IMPORTED_MODULE_12__.renderPlanJson)(plan, { specPath: o.spec, commit })
            : o.format === 'markdown'
                ? (0,_render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_5__.renderPlanSummary)(plan, { specPath: o.spec, commit, spec: result.spec })
                : o.format === 'sarif'
                    ? (0,_render_sarif_js__WEBPACK_IMPORTED_MODULE_3__.renderFindingsSarif)(plan.findings, (0,_render_sarif_catalogue_js__WEBPACK_IMPORTED_MODULE_4__.amlnetSarifOptions)(o.spec))
                    : (0,_render_plan_text_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPlanText */ .$)(plan, { specPath: o.spec });
        if (o.out !== undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(o.out, text);
            out.stderr(`amlnet plan: wrote the plan to ${o.out} (plan-hash: ${plan.planHash})\n`);
        }
        else {
            out.stdout(text);
        }
        return done(plan.refused ? 1 : 0, plan.hasChanges, o.detailedExitcode);
    }
    catch (err) {
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_6__/* .LoginError */ .Qd || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_7__/* .LiveReadError */ .l5) {
            out.stderr(`amlnet plan: ${err.message}\n`);
            return done(1);
        }
        const info = (0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_13__.toAzureError)(err);
        out.stderr(`amlnet plan: Azure error ${(0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_13__.formatAzureError)(info)}\n`);
        return done(1);
    }
}
async function run(argv) {
    return runPlan(argv, _args_js__WEBPACK_IMPORTED_MODULE_9__/* .processOutput */ .Xi);
}


/***/ }),

/***/ 54976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanJson: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* unused harmony export planToJson */
function planToJson(plan, options = {}) {
    return {
        planHash: plan.planHash,
        hasChanges: plan.hasChanges,
        refused: plan.refused,
        ...(options.specPath !== undefined ? { spec: options.specPath } : {}),
        ...(options.commit !== undefined ? { commit: options.commit } : {}),
        findings: plan.findings,
        changes: plan.changes,
    };
}
function renderPlanJson(plan, options = {}) {
    return JSON.stringify(planToJson(plan, options), null, 2) + '\n';
}


/***/ }),

/***/ 46349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var _plan_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6595);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90677);



function renderPlanText(plan, options = {}) {
    const lines = [];
    const where = options.specPath ?? 'spec';
    if (plan.findings.length > 0) {
        lines.push('Findings:');
        for (const f of plan.findings) {
            lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId}  ${where}:${f.line}:${f.column}  ${f.path || '(file)'}`);
            lines.push(`          ${f.message}`);
            if (f.hint !== undefined)
                lines.push(`          hint: ${f.hint}`);
        }
        lines.push('');
    }
    for (const c of plan.changes) {
        lines.push(`  ${_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMBOL */ .PF[c.action]} ${_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .VERB */ .C_[c.action].padEnd(6)} ${c.address}  (${c.resourceType})`);
        lines.push(`      id: ${c.resourceId}`);
        if (c.action !== 'no-op')
            lines.push(`      ${c.action === 'refuse' ? 'refused: ' : ''}${c.reason}`);
        for (const p of (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .propertyLines */ .vw)(c))
            lines.push(`      ${p.symbol} ${p.key}: ${p.text}`);
        if (c.dependsOn.length > 0)
            lines.push(`      after: ${c.dependsOn.join(', ')}`);
    }
    if (plan.changes.length > 0)
        lines.push('');
    const counts = (0,_plan_build_js__WEBPACK_IMPORTED_MODULE_0__/* .countActions */ .B)(plan);
    if (plan.refused) {
        lines.push(`Plan refused: ${(0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryLine */ .dC)(counts)}.`);
        const errors = plan.findings.filter((f) => f.severity === 'error').length;
        if (errors > 0)
            lines.push(`${errors} error finding(s) must be fixed first.`);
        if (counts.refuse > 0)
            lines.push(`${counts.refuse} change(s) amlnet will not make (see "refused" above).`);
    }
    else if (!plan.hasChanges) {
        lines.push(_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_CHANGES */ .eo);
    }
    else {
        lines.push(`Plan: ${(0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryLine */ .dC)(counts)}.`);
    }
    lines.push(`plan-hash: ${plan.planHash}`);
    // Values from the spec or Azure never start a line of their own (or carry terminal control characters).
    return lines.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN).join('\n') + '\n';
}


/***/ }),

/***/ 22870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  amlnetSarifOptions: () => (/* binding */ amlnetSarifOptions)
});

// EXTERNAL MODULE: ./src/rules/live/index.ts + 8 modules
var live = __webpack_require__(32190);
// EXTERNAL MODULE: ./src/rules/index.ts + 12 modules
var rules = __webpack_require__(27339);
;// CONCATENATED MODULE: ./src/version.ts
// amlnet's version, as written into machine-readable reports (SARIF). A test keeps it equal to package.json's.
const AMLNET_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/render/sarif-catalogue.ts
// The SARIF options of amlnet's own rules: every offline and live rule, and this version of amlnet.



function amlnetSarifOptions(specPath) {
    return { specPath, version: AMLNET_VERSION, rules: (0,rules/* ruleCatalogue */.EP)([...rules/* offlineRules */.JN, ...live/* liveRules */.q]) };
}


/***/ }),

/***/ 43729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RULE_CATALOGUE_URL: () => (/* binding */ RULE_CATALOGUE_URL),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   SARIF_VERSION: () => (/* binding */ SARIF_VERSION),
/* harmony export */   findingsSarif: () => (/* binding */ findingsSarif),
/* harmony export */   renderFindingsSarif: () => (/* binding */ renderFindingsSarif),
/* harmony export */   ruleHelpUri: () => (/* binding */ ruleHelpUri)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
/** The rule catalogue in the repository, the help link of a rule whose source is not a public page. */
const RULE_CATALOGUE_URL = 'https://github.com/amlnet/amlnet/blob/main/docs/rules.md';
const INFORMATION_URI = 'https://github.com/amlnet/amlnet';
/** SARIF's levels: a notice is a "note". */
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** A rule's public help link: its source when that is an https page, else the repository's rule catalogue. */
function ruleHelpUri(source) {
    return /^https:\/\/\S+$/.test(source.document) ? source.document : RULE_CATALOGUE_URL;
}
function descriptor(id, level, info) {
    const title = info?.title ?? id;
    const source = info?.source;
    const helpUri = source === undefined ? RULE_CATALOGUE_URL : ruleHelpUri(source);
    const detail = source?.detail !== undefined && source.detail !== '' ? ` (${source.detail})` : '';
    const text = `${title}. Source: ${source?.document ?? 'the amlnet rule catalogue'}${detail}. More: ${helpUri}`;
    return {
        id,
        name: id,
        shortDescription: { text: title },
        helpUri,
        help: { text, markdown: `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(title)}. [Rule source](${helpUri})` },
        defaultConfiguration: { level },
    };
}
/** SARIF lines and columns start at 1; a finding on the whole file (0 or less) points at 1:1. */
function atLeastOne(n) {
    return Number.isInteger(n) && n >= 1 ? n : 1;
}
/** A stable fingerprint of a finding that does not move when unrelated lines move: rule + spec path. */
function fingerprint(f) {
    return `${f.ruleId}:${f.path}`;
}
function messageText(f) {
    return f.hint !== undefined && f.hint !== '' ? `${f.message} (${f.hint})` : f.message;
}
// The uri is relative to the repository root, which is how code scanning resolves it.
/** The SARIF log object of `findings` (one run, one result per finding, in the findings' order). */
function findingsSarif(findings, options) {
    const infoById = new Map(options.rules.map((r) => [r.id, r]));
    const rules = [];
    const indexById = new Map();
    const uri = options.specPath.replace(/\\/g, '/').replace(/^\.\//, '');
    const results = findings.map((f) => {
        let index = indexById.get(f.ruleId);
        if (index === undefined) {
            index = rules.length;
            indexById.set(f.ruleId, index);
            rules.push(descriptor(f.ruleId, LEVEL[f.severity], infoById.get(f.ruleId)));
        }
        return {
            ruleId: f.ruleId,
            ruleIndex: index,
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri },
                        region: { startLine: atLeastOne(f.line), startColumn: atLeastOne(f.column) },
                    },
                    ...(f.path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] }),
                },
            ],
            partialFingerprints: { 'amlnetRulePath/v1': fingerprint(f) },
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: [
            {
                tool: { driver: { name: 'amlnet', version: options.version, informationUri: INFORMATION_URI, rules } },
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
function renderFindingsSarif(findings, options) {
    return JSON.stringify(findingsSarif(findings, options), null, 2) + '\n';
}


/***/ })

};
