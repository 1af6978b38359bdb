export const id = 842;
export const ids = [842];
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
    const login = await (0,_azure_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .createCredential */ .GO)({
        endpoints,
        tenantId: o.tenantId,
        clientId: o.clientId,
        audience: o.audience,
        getIdToken: (0,_azure_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .githubOidcFromEnv */ .yr)(env),
        env,
        // No prefetch: the CLI logs in before it validates, and an invalid spec must make no call at all. The
        // token exchange starts once the spec is valid (app/plan.ts, ExplainingCredential.warmUp).
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
        if (err instanceof _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__.EndpointError || err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .LoginError */ .Qd) {
            out.stderr(`amlnet ${command}: ${err.message}\n`);
            return err instanceof _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__.EndpointError ? 2 : 1;
        }
        throw err;
    }
}


/***/ }),

/***/ 74483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runPlan: () => (/* binding */ runPlan),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95993);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62752);
/* harmony import */ var _render_plan_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46349);
/* harmony import */ var _render_plan_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(54976);
/* harmony import */ var _render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4095);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43113);
/* harmony import */ var _app_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69293);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62309);
/* harmony import */ var _azure_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40210);
// `amlnet plan [--spec FILE] [--format text|json|markdown] [--out FILE]` + the shared Azure options.
// Exit codes (README, "Command-line reference"): 0 plan computed (changes or not), 1 error findings / refused plan
// / Azure error, 2 usage or an unreadable spec. Azure errors print code, message and correlation id; login errors
// print advice, never a token.












const usage = `usage: amlnet plan [--spec FILE] [--format text|json|markdown] [--out FILE] [azure options]

Validates the spec, reads the live Azure state it names and prints the plan (nothing is changed).

options:
  --spec FILE              the spec (default amlnet.yml; may also be given as the only argument)
${_args_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKSPACE_USAGE */ .qv}
  --format FORMAT          text (default), json (the plan object) or markdown (the job summary)
  --out FILE               write the rendered plan to FILE instead of stdout
  --commit SHA             the commit shown in markdown (default $GITHUB_SHA)
${_azure_options_js__WEBPACK_IMPORTED_MODULE_8__/* .AZURE_OPTIONS_USAGE */ .HB}

Credentials: in a GitHub job with id-token: write, GitHub OIDC (federated credential); elsewhere the usual
chain: environment (AZURE_CLIENT_SECRET...), workload identity (AZURE_FEDERATED_TOKEN_FILE), Azure CLI login.

exit codes: 0 plan computed, 1 error findings, refused plan or Azure error, 2 bad usage or unreadable spec`;
const FORMATS = ['text', 'json', 'markdown'];
function parse(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)(argv, {
        format: { type: 'string' },
        out: { type: 'string' },
        commit: { type: 'string' },
        ..._azure_options_js__WEBPACK_IMPORTED_MODULE_8__/* .AZURE_OPTION_SPECS */ .lH,
    });
    if (typeof parsed === 'string')
        return parsed;
    const { values, spec, workspace, help } = parsed;
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .formatOption */ .Bx)(values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    return { ...(0,_azure_options_js__WEBPACK_IMPORTED_MODULE_8__/* .azureOptionsFrom */ .kU)(values), spec, workspace, format, out: values.out, commit: values.commit, help };
}
/** The command with output and environment injectable (tests). */
async function runPlan(argv, out, env = process.env) {
    const o = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseOrAnswer */ .tr)('plan', argv, parse, usage, out);
    if (typeof o === 'number')
        return o;
    const loggedIn = await (0,_azure_options_js__WEBPACK_IMPORTED_MODULE_8__/* .loginOrReport */ .l8)('plan', o, env, out);
    if (typeof loggedIn === 'number')
        return loggedIn;
    const session = (0,_app_session_js__WEBPACK_IMPORTED_MODULE_6__.sessionFor)(loggedIn.login.credential, loggedIn.endpoints, { subscriptionId: o.subscription ?? null });
    try {
        const result = await session.plan({ specPath: o.spec, root: o.workspace ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.specRoot)(env), mode: 'plan' });
        if (result.status === 'invalid') {
            const v = result.validation;
            out.stderr('amlnet plan: the spec has errors; no Azure call was made.\n');
            out.stdout(o.format === 'json' ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsJson */ .lg)(v.findings) : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsText */ .uc)(v.file, v.findings));
            return v.unparseable ? 2 : 1;
        }
        const plan = result.plan;
        const commit = o.commit ?? env.GITHUB_SHA ?? '(working tree)';
        const text = o.format === 'json'
            ? (0,_render_plan_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderPlanJson */ .u)(plan, { specPath: o.spec, commit })
            : o.format === 'markdown'
                ? (0,_render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPlanSummary */ .ON)(plan, { specPath: o.spec, commit })
                : (0,_render_plan_text_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPlanText */ .$)(plan, { specPath: o.spec });
        if (o.out !== undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(o.out, text);
            out.stderr(`amlnet plan: wrote the plan to ${o.out} (plan-hash: ${plan.planHash})\n`);
        }
        else {
            out.stdout(text);
        }
        return plan.refused ? 1 : 0;
    }
    catch (err) {
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_4__/* .LoginError */ .Qd || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_5__/* .LiveReadError */ .l5) {
            out.stderr(`amlnet plan: ${err.message}\n`);
            return 1;
        }
        const info = (0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_11__.toAzureError)(err);
        out.stderr(`amlnet plan: Azure error ${(0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_11__.formatAzureError)(info)}\n`);
        return 1;
    }
}
async function run(argv) {
    return runPlan(argv, _args_js__WEBPACK_IMPORTED_MODULE_7__/* .processOutput */ .Xi);
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

/***/ 54976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ renderPlanJson)
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

/***/ 4095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ planCommentMarker),
/* harmony export */   ON: () => (/* binding */ renderPlanSummary),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   YM: () => (/* binding */ readBinding),
/* harmony export */   yY: () => (/* binding */ renderDegradedComment),
/* harmony export */   zk: () => (/* binding */ renderPlanComment)
/* harmony export */ });
/* unused harmony export planBindingLine */
/* harmony import */ var _plan_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98849);
/* harmony import */ var _plan_resume_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67748);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42495);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90677);
/* harmony import */ var _rule_link_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5769);





const COMMENT_LIMIT = 65_536;
/** Room kept below the limit (GitHub's count may differ slightly from UTF-16 length). */
const COMMENT_BUDGET = 65_000;
function planCommentMarker(specPath) {
    return `<!-- amlnet:plan spec=${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .commentSafe */ .XO)(specPath)} -->`;
}
/**
 * The comment's second line, which only amlnet writes: the commit the plan was computed for and its hash.
 * The apply reads the reviewed plan from here and nowhere else (never from the visible `plan-hash:` line,
 * which sits below values from the spec and from Azure).
 */
function planBindingLine(commit, planHash, writes = []) {
    const digests = writes.filter((d) => /^[0-9a-f]{16}$/.test(d)).join(',');
    return `<!-- amlnet:binding commit=${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .commentSafe */ .XO)(commit)} plan-hash=${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .commentSafe */ .XO)(planHash)} writes=${digests} -->`;
}
const BINDING = /^<!-- amlnet:binding commit=([0-9a-f]{40}) plan-hash=([0-9a-f]{64}) writes=((?:[0-9a-f]{16})(?:,[0-9a-f]{16})*)? -->$/;
/**
 * The binding of a comment body, read at its fixed position: line 1 is exactly `marker`, line 2 is the
 * binding line. Anything else (a marker or a binding elsewhere in the body) is not amlnet's and yields undefined.
 */
function readBinding(body, marker) {
    const lines = body.split('\n', 3);
    if (lines[0] !== marker || lines[1] === undefined)
        return undefined;
    const m = BINDING.exec(lines[1]);
    return m === null ? undefined : { commit: m[1], planHash: m[2], writes: m[3] === undefined ? [] : m[3].split(',') };
}
const SEVERITY_ICON = {
    error: '⛔ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice',
};
function findingRow(f, rulesUrl) {
    const message = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.message) + (f.hint !== undefined ? `<br>hint: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.hint)}` : '');
    const rule = `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(f.ruleId)}](${(0,_rule_link_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleUrl */ .QB)(rulesUrl, f.ruleId)})`;
    return [SEVERITY_ICON[f.severity], rule, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(f.path || '(file)')} line ${f.line}`, message];
}
function changeBlock(c) {
    const lines = [`${_plan_format_js__WEBPACK_IMPORTED_MODULE_2__/* .SYMBOL */ .PF[c.action]} ${_plan_format_js__WEBPACK_IMPORTED_MODULE_2__/* .VERB */ .C_[c.action]} ${c.address} (${c.resourceType})`, `    id: ${c.resourceId}`];
    if (c.action !== 'no-op')
        lines.push(`    ${c.action === 'refuse' ? 'refused: ' : ''}${c.reason}`);
    for (const p of (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_2__/* .propertyLines */ .vw)(c))
        lines.push(`    ${p.symbol} ${p.key}: ${p.text}`);
    // Each line holds values from the spec or Azure: none may start a new line inside the block.
    return lines.map(_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN).join('\n');
}
function statusLine(plan) {
    const counts = (0,_plan_build_js__WEBPACK_IMPORTED_MODULE_0__/* .countActions */ .B)(plan);
    const errors = plan.findings.filter((f) => f.severity === 'error').length;
    if (plan.refused) {
        const why = [
            errors > 0 ? `${errors} error finding(s)` : '',
            counts.refuse > 0 ? `${counts.refuse} change(s) amlnet will not make` : '',
        ].filter((s) => s !== '');
        return `**Plan refused** (${why.join(', ')}): it will not be applied until fixed.`;
    }
    if (!plan.hasChanges)
        return _plan_format_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_CHANGES */ .eo;
    const deletes = counts.delete > 0 ? `, including **${counts.delete} deletion(s)** of NSG rules amlnet owns,` : '';
    return `**${counts.create + counts.update + counts.delete} change(s)**${deletes} will be applied when this is merged.`;
}
function sections(plan, o, marker) {
    const counts = (0,_plan_build_js__WEBPACK_IMPORTED_MODULE_0__/* .countActions */ .B)(plan);
    const e = plan.findings.filter((f) => f.severity === 'error').length;
    const w = plan.findings.filter((f) => f.severity === 'warning').length;
    const n = plan.findings.filter((f) => f.severity === 'notice').length;
    const head = [
        ...(marker ? [planCommentMarker(o.specPath), planBindingLine(o.commit, plan.planHash, (0,_plan_resume_js__WEBPACK_IMPORTED_MODULE_1__/* .writeDigests */ .J6)(plan))] : []),
        `### amlnet plan for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(o.specPath)}`,
        '',
        statusLine(plan),
        '',
        // The delete column appears only when the plan deletes (owned NSG rules with prune): it must not be missed.
        counts.delete > 0
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['create', 'update', '**delete**', 'no-op', 'refuse', 'errors', 'warnings', 'notices'], [[counts.create, counts.update, counts.delete, counts['no-op'], counts.refuse, e, w, n].map(String)])
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['create', 'update', 'no-op', 'refuse', 'errors', 'warnings', 'notices'], [[counts.create, counts.update, counts['no-op'], counts.refuse, e, w, n].map(String)]),
    ].join('\n');
    const foot = [
        `Computed for commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(o.commit)}${o.runUrl !== undefined ? ` in [this run](${encodeURI(o.runUrl)})` : ''}.`,
        '',
        `plan-hash: ${plan.planHash}`,
    ].join('\n');
    return { head, foot };
}
function body(plan, findings, changes, rulesUrl) {
    const parts = [];
    if (plan.findings.length > 0) {
        const rows = plan.findings.slice(0, findings).map((f) => findingRow(f, rulesUrl));
        let t = rows.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['severity', 'rule', 'where', 'message'], rows) : '';
        if (findings < plan.findings.length)
            t += `\n\n_${plan.findings.length - findings} more finding(s) not shown._`;
        // Many findings fold away so the plan stays in view; a few stay open (errors explain a refusal).
        parts.push(plan.findings.length > 20
            ? `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`${plan.findings.length} findings`, t, true)}`
            : `#### Findings\n\n${t}`);
    }
    if (plan.changes.length > 0) {
        const blocks = plan.changes.slice(0, changes).map(changeBlock);
        let text = blocks.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(blocks.join('\n'), 'diff') : '';
        if (changes < plan.changes.length)
            text += `\n\n_${plan.changes.length - changes} more change(s) not shown._`;
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(`Plan: ${plan.changes.length} change(s)`, text, plan.changes.length <= 30));
    }
    return parts.join('\n\n');
}
function assemble(s, detail, note) {
    return [s.head, detail, note, s.foot].filter((p) => p !== '').join('\n\n') + '\n';
}
function render(plan, o, marker, budget) {
    const s = sections(plan, o, marker);
    const rules = o.rulesUrl ?? _rule_link_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES_DOC */ .z9;
    const full = assemble(s, body(plan, plan.findings.length, plan.changes.length, rules), '');
    if (full.length <= budget)
        return full;
    const note = '> **Truncated:** this plan is too long for a comment. The full plan is in the job summary' +
        (o.runUrl !== undefined ? ` of [this run](${encodeURI(o.runUrl)})` : '') +
        ' and in the plan file (`plan-file` output).';
    const fits = (f, c) => assemble(s, body(plan, f, c, rules), note).length <= budget;
    // Keep as many findings as fit (they explain a refusal), then as many changes as fit: binary searches.
    let f = plan.findings.length;
    if (!fits(f, 0)) {
        let lo = 0;
        let hi = f;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid, 0))
                lo = mid;
            else
                hi = mid - 1;
        }
        f = lo;
    }
    let lo = 0;
    let hi = plan.changes.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(f, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return assemble(s, body(plan, f, lo, rules), note);
}
/** The PR comment: marker first, summary, findings, plan, commit, `plan-hash: HEX`; under 65,536 characters. */
function renderPlanComment(plan, options) {
    return render(plan, options, true, COMMENT_BUDGET);
}
/** The job summary: the same content without the marker and with room for the whole plan (1 MiB). */
function renderPlanSummary(plan, options) {
    return render(plan, options, false, 1_000_000);
}
function renderDegradedComment(result, options, marker = true) {
    const e = result.findings.filter((f) => f.severity === 'error').length;
    const head = [
        ...(marker ? [planCommentMarker(options.specPath)] : []),
        `### amlnet plan for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(options.specPath)}`,
        '',
        `**No plan:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(result.reason)}`,
        '',
        result.valid ? 'The spec passed the offline checks.' : `The spec has ${e} error finding(s).`,
    ].join('\n');
    const rows = result.findings.map((f) => findingRow(f, options.rulesUrl ?? _rule_link_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES_DOC */ .z9));
    let detail = rows.length > 0 ? `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['severity', 'rule', 'where', 'message'], rows)}` : '';
    const foot = `Computed for commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(options.commit)}.`;
    while ((head + detail + foot).length > COMMENT_BUDGET && rows.length > 0) {
        rows.pop();
        detail = `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['severity', 'rule', 'where', 'message'], rows)}\n\n_More findings in the job summary._`;
    }
    return [head, detail, foot].filter((p) => p !== '').join('\n\n') + '\n';
}


/***/ }),

/***/ 46349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var _plan_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98849);
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

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ ruleUrl),
/* harmony export */   fu: () => (/* binding */ rulesDocUrl),
/* harmony export */   z9: () => (/* binding */ RULES_DOC)
/* harmony export */ });
/* unused harmony export ruleAnchor */
// Links from a finding to its rule's entry in the rule catalogue (docs/rules.md). The catalogue gives every rule
// a heading that is exactly its id, so the entry's anchor is the id in lower case (GitHub's heading slug for
// `### AKS-DNS-IN-SERVICE-CIDR` is `aks-dns-in-service-cidr`) and stays put as long as the id does. Pure.
/** The catalogue's path in the repository. */
const RULES_DOC = 'docs/rules.md';
/** The anchor of a rule's entry: its id in lower case (ids are UPPER-KEBAB, letters, digits and hyphens). */
function ruleAnchor(ruleId) {
    return ruleId.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
/**
 * Where the rule catalogue of the amlnet that is running can be read, for links in a pull-request comment,
 * annotations and the job summary (so it must be absolute: a comment has no repository-relative base).
 * - As an action from another repository (`uses: owner/amlnet@v1`): that repository at that ref
 *   (GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF).
 * - As a local action (`uses: ./`): this repository at this run's commit (GITHUB_REPOSITORY, GITHUB_SHA).
 * - Elsewhere (the CLI): the path inside the repository.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
 * (the runner sets GITHUB_ACTION_REPOSITORY/REF for repository actions and leaves them out for local ones:
 * https://github.com/actions/runner/pull/585, https://github.com/actions/runner/pull/804).
 */
function rulesDocUrl(env) {
    const given = env['GITHUB_SERVER_URL'] ?? '';
    const server = /^https?:\/\/[\w.-]+(:\d+)?$/.test(given) ? given : 'https://github.com';
    const actionRepo = env['GITHUB_ACTION_REPOSITORY'] ?? '';
    if (/^[\w.-]+\/[\w.-]+$/.test(actionRepo)) {
        const ref = env['GITHUB_ACTION_REF'] ?? '';
        return `${server}/${actionRepo}/blob/${encodeRef(ref === '' ? 'HEAD' : ref)}/${RULES_DOC}`;
    }
    const repo = env['GITHUB_REPOSITORY'] ?? '';
    const sha = env['GITHUB_SHA'] ?? '';
    if (/^[\w.-]+\/[\w.-]+$/.test(repo) && /^[0-9a-f]{40}$/i.test(sha)) {
        return `${server}/${repo}/blob/${sha}/${RULES_DOC}`;
    }
    return RULES_DOC;
}
/** A ref as a URL path: each segment encoded (also the characters that end a Markdown link), slashes kept. */
function encodeRef(ref) {
    return ref
        .split('/')
        .map((part) => encodeURIComponent(part).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** The link to one rule's entry, e.g. `https://github.com/o/amlnet/blob/v1/docs/rules.md#aks-dns-in-service-cidr`. */
function ruleUrl(rulesDoc, ruleId) {
    return `${rulesDoc}#${ruleAnchor(ruleId)}`;
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
