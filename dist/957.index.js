export const id = 957;
export const ids = [957];
export const modules = {

/***/ 37082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ renderApplyText),
/* harmony export */   o: () => (/* binding */ renderApplyMarkdown)
/* harmony export */ });
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);

const STATUS_WORD = { done: 'done', failed: 'FAILED', skipped: 'skipped' };
const STATUS_MARK = { done: '✅', failed: '❌', skipped: '⏭️' };
const HEADLINE = {
    applied: 'Apply complete.',
    'nothing-to-do': 'No changes. Your infrastructure matches the configuration.',
    refused: 'Apply refused: nothing was written.',
    failed: 'Apply failed: some changes did not complete. Running the apply again resumes from the live state.',
};
function counts(result) {
    const n = (s) => result.outcomes.filter((o) => o.status === s).length;
    return `${n('done')} done, ${n('failed')} failed, ${n('skipped')} skipped, ${result.unchanged.length} unchanged; ${result.writes} write${result.writes === 1 ? '' : 's'}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function why(o) {
    if (o.status === 'skipped') {
        const because = o.skippedBecause ?? [];
        return because.includes('deadline')
            ? 'not started: the deadline passed'
            : `not started: ${because.join(', ')} did not complete`;
    }
    if (o.error !== undefined) {
        const e = o.error;
        const ids = [
            e.status !== undefined ? `HTTP ${e.status}` : '',
            e.correlationId ? `correlation id ${e.correlationId}` : '',
        ]
            .filter((s) => s !== '')
            .join(', ');
        return `${e.code}: ${e.message}${ids ? ` (${ids})` : ''}${e.advice ? `. Fix: ${e.advice}` : ''}`;
    }
    return o.detail ?? '';
}
function renderApplyMarkdown(result) {
    const lines = [`### amlnet apply`, '', `**${HEADLINE[result.status]}**`, ''];
    if (result.status === 'refused') {
        for (const r of result.refusal ?? [])
            lines.push(`- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r)}`);
        lines.push('');
    }
    if (result.outcomes.length > 0) {
        lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`, '');
        lines.push('| | change | action | outcome | attempts | details |', '|---|---|---|---|---|---|');
        for (const o of result.outcomes) {
            lines.push(`| ${STATUS_MARK[o.status]} | ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(o.address)} | ${o.action} | ${STATUS_WORD[o.status]} | ${o.attempts} | ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(why(o))} |`);
        }
        lines.push('');
    }
    if (result.unchanged.length > 0) {
        lines.push(`<details><summary>${result.unchanged.length} unchanged</summary>`, '');
        for (const a of result.unchanged)
            lines.push(`- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(a)}`);
        lines.push('', '</details>', '');
    }
    if (result.aci !== undefined) {
        const a = result.aci;
        lines.push('#### ACI deployments', '', 'Deploy Azure Container Instances into the delegated subnet with:', '', '```python', `AciWebservice.deploy_configuration(vnet_name="${a.vnetName}", subnet_name="${a.subnetName}")`, '```', '');
    }
    lines.push(`plan-hash: ${result.planHash}`);
    return lines.join('\n') + '\n';
}
function renderApplyText(result) {
    const lines = [];
    for (const o of result.outcomes) {
        lines.push(`${STATUS_WORD[o.status].padEnd(7)} ${o.action.padEnd(6)} ${o.address}${why(o) ? ` — ${why(o)}` : ''}`);
    }
    if (lines.length > 0)
        lines.push('');
    if (result.status === 'refused')
        for (const r of result.refusal ?? [])
            lines.push(`refused: ${r}`);
    lines.push(HEADLINE[result.status]);
    if (result.outcomes.length > 0)
        lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`);
    if (result.aci !== undefined) {
        lines.push(`ACI: AciWebservice.deploy_configuration(vnet_name="${result.aci.vnetName}", subnet_name="${result.aci.subnetName}")`);
    }
    lines.push(`planHash: ${result.planHash}`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 8314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runApply: () => (/* binding */ runApply),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95993);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34917);
/* harmony import */ var _plan_resume_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67748);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(62752);
/* harmony import */ var _render_plan_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46349);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43113);
/* harmony import */ var _app_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69293);
/* harmony import */ var _azure_apply_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69876);
/* harmony import */ var _apply_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37082);
/* harmony import */ var _apply_executor_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48994);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62309);
/* harmony import */ var _azure_options_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(40210);
// `amlnet apply [--spec FILE] [--plan-hash HASH] [azure options]`: plans afresh through the one plan
// pipeline, refuses before any write when --plan-hash differs from the fresh plan's hash (both hashes and
// the fresh plan are shown) or when the plan is refused, then carries the plan out and prints each change's
// outcome and the applied planHash. Exit codes (README.md, "Command-line reference"): 0 all done (or nothing
// to do), 1 any change failed or the apply was refused, 2 usage or an unreadable spec. Never prints a token.















const usage = `usage: amlnet apply [--spec FILE] [--plan-hash HASH] [--plan-file FILE] [options] [azure options]

Plans against the live Azure state, then carries the plan out: subnets and delegations, the NSG and the
rules amlnet owns, clusters, the Network Contributor role for each cluster identity, the internal load
balancer. Never deletes or replaces anything; safe to run again (a run that changes nothing writes nothing).

options:
  --spec FILE              the spec (default amlnet.yml; may also be given as the only argument)
${_args_js__WEBPACK_IMPORTED_MODULE_11__/* .WORKSPACE_USAGE */ .qv}
  --plan-hash HASH         refuse (before any write) unless the fresh plan has this hash (the reviewed plan),
                           or nothing is left to do
  --plan-file FILE         the reviewed plan itself (amlnet plan --format json --out FILE): a run that an earlier,
                           interrupted apply left half done resumes when every remaining change was reviewed
  --concurrency N          changes talking to Azure at once (default ${_apply_executor_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_CONCURRENCY */ .WH})
  --deadline-minutes N     give up on what is not done after N minutes (default 60)
  --poll-interval-ms N     wait between polls of long-running operations when Azure does not say (default 2000)
${_azure_options_js__WEBPACK_IMPORTED_MODULE_12__/* .AZURE_OPTIONS_USAGE */ .HB}

exit codes: 0 everything done or nothing to do, 1 a change failed or the apply was refused, 2 bad usage or unreadable spec`;
function positiveInt(name, value, max) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        return `--${name} must be an integer from 1 to ${max}, got '${value}'`;
    return Number(value);
}
function parse(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommandArgs */ .Qx)(argv, {
        'plan-hash': { type: 'string' },
        'plan-file': { type: 'string' },
        concurrency: { type: 'string' },
        'deadline-minutes': { type: 'string' },
        'poll-interval-ms': { type: 'string' },
        ..._azure_options_js__WEBPACK_IMPORTED_MODULE_12__/* .AZURE_OPTION_SPECS */ .lH,
    });
    if (typeof parsed === 'string')
        return parsed;
    const { values, spec, workspace, help } = parsed;
    const planHash = values['plan-hash']?.trim().toLowerCase();
    if (planHash !== undefined && !/^[0-9a-f]{64}$/.test(planHash)) {
        return `--plan-hash must be the 64 hex digits of a plan's planHash, got '${values['plan-hash']}'`;
    }
    const concurrency = positiveInt('concurrency', values.concurrency, 64);
    if (typeof concurrency === 'string')
        return concurrency;
    const deadline = positiveInt('deadline-minutes', values['deadline-minutes'], 24 * 60);
    if (typeof deadline === 'string')
        return deadline;
    const poll = values['poll-interval-ms'] === '0' ? 0 : positiveInt('poll-interval-ms', values['poll-interval-ms'], 60_000);
    if (typeof poll === 'string')
        return poll;
    const o = {
        ...(0,_azure_options_js__WEBPACK_IMPORTED_MODULE_12__/* .azureOptionsFrom */ .kU)(values),
        spec,
        help,
    };
    if (workspace !== undefined)
        o.workspace = workspace;
    if (planHash !== undefined)
        o.planHash = planHash;
    if (values['plan-file'] !== undefined)
        o.planFile = values['plan-file'];
    if (concurrency !== undefined)
        o.concurrency = concurrency;
    if (deadline !== undefined)
        o.deadlineMs = deadline * 60_000;
    if (poll !== undefined)
        o.pollIntervalMs = poll;
    return o;
}
/** The command with output and environment injectable (tests). */
async function runApply(argv, out, env = process.env) {
    const o = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseOrAnswer */ .tr)('apply', argv, parse, usage, out);
    if (typeof o === 'number')
        return o;
    const loggedIn = await (0,_azure_options_js__WEBPACK_IMPORTED_MODULE_12__/* .loginOrReport */ .l8)('apply', o, env, out);
    if (typeof loggedIn === 'number')
        return loggedIn;
    const session = (0,_app_session_js__WEBPACK_IMPORTED_MODULE_7__.sessionFor)(loggedIn.login.credential, loggedIn.endpoints, {
        subscriptionId: o.subscription ?? null,
        ...(o.pollIntervalMs !== undefined ? { clientOptions: { pollIntervalMs: o.pollIntervalMs } } : {}),
    });
    try {
        const planned = await session.plan({ specPath: o.spec, root: o.workspace ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.specRoot)(env), mode: 'apply' });
        if (planned.status === 'invalid') {
            const v = planned.validation;
            out.stderr('amlnet apply: the spec has errors; nothing was planned or written.\n');
            out.stdout((0,_render_findings_js__WEBPACK_IMPORTED_MODULE_13__/* .renderFindingsText */ .uc)(v.file, v.findings));
            return v.unparseable ? 2 : 1;
        }
        const { plan, spec } = planned;
        const reviewed = reviewedPlan(o);
        if (typeof reviewed === 'string') {
            out.stderr(`amlnet apply: ${reviewed}; nothing was written.\n`);
            return 2;
        }
        if (reviewed !== undefined) {
            const verdict = (0,_plan_resume_js__WEBPACK_IMPORTED_MODULE_3__/* .compareWithReviewed */ .f1)(plan, reviewed);
            if (verdict.kind === 'differs') {
                const unreviewed = verdict.unreviewed.map((c) => `  ${c.action} ${c.address}\n`).join('');
                out.stderr(`amlnet apply: refused: the plan changed since it was reviewed; nothing was written.\n` +
                    `  expected plan-hash: ${reviewed.planHash}\n` +
                    `  fresh plan-hash:    ${plan.planHash}\n` +
                    (unreviewed === '' ? '' : `changes the reviewed plan did not contain:\n${unreviewed}`) +
                    `Review the fresh plan below, then apply with --plan-hash ${plan.planHash}.\n`);
                out.stdout((0,_render_plan_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanText */ .$)(plan, { specPath: o.spec }));
                return 1;
            }
            if (verdict.kind === 'resume') {
                out.stderr(`amlnet apply: resuming: ${verdict.done} of ${verdict.total} reviewed changes already applied\n`);
            }
        }
        if (plan.refused)
            out.stdout((0,_render_plan_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanText */ .$)(plan, { specPath: o.spec }));
        // The session gives the apply its own clients: the executor owns retries (their SDK retry policies are
        // removed), which must not affect the planning clients.
        const result = await session.apply(plan, spec, {
            ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
            ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
            log: (line) => out.stderr(`amlnet apply: ${line}\n`),
        });
        out.stdout((0,_apply_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderApplyText */ .O)(result));
        return (0,_azure_apply_run_js__WEBPACK_IMPORTED_MODULE_8__.applyExitCode)(result);
    }
    catch (err) {
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_5__/* .LoginError */ .Qd || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_6__/* .LiveReadError */ .l5) {
            out.stderr(`amlnet apply: ${err.message}\n`);
            return 1;
        }
        out.stderr(`amlnet apply: Azure error ${(0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_14__.formatAzureError)((0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_14__.toAzureError)(err))}\n`);
        return 1;
    }
}
/**
 * The reviewed plan to hold the fresh one to: --plan-hash alone (exact match, or nothing left to do), or
 * --plan-file (the JSON of `amlnet plan --format json --out FILE`), whose writes let a partly applied plan resume.
 * A message when the file cannot be used.
 */
function reviewedPlan(o) {
    if (o.planFile === undefined)
        return o.planHash === undefined ? undefined : { planHash: o.planHash, writes: undefined };
    let file;
    try {
        file = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(o.planFile, 'utf8'));
    }
    catch (err) {
        return `cannot read --plan-file ${o.planFile}: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (typeof file.planHash !== 'string' || !Array.isArray(file.changes)) {
        return `--plan-file ${o.planFile} is not a plan (amlnet plan --format json --out FILE writes one)`;
    }
    const changes = file.changes;
    // The file must be the plan it says it is: its changes hash to its planHash, and that is the reviewed hash.
    const refused = file.refused === true;
    if ((0,_plan_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .planHash */ .SH)(changes, refused) !== file.planHash)
        return `--plan-file ${o.planFile} was edited: its changes do not hash to its planHash`;
    if (o.planHash !== undefined && o.planHash !== file.planHash) {
        return `--plan-hash ${o.planHash} is not the planHash of --plan-file (${file.planHash})`;
    }
    return { planHash: file.planHash, writes: (0,_plan_resume_js__WEBPACK_IMPORTED_MODULE_3__/* .writeDigests */ .J6)({ changes }) };
}
async function run(argv) {
    return runApply(argv, _args_js__WEBPACK_IMPORTED_MODULE_11__/* .processOutput */ .Xi);
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
