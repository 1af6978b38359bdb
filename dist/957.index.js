export const id = 957;
export const ids = [957];
export const modules = {

/***/ 37082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ renderApplyText),
/* harmony export */   o: () => (/* binding */ renderApplyMarkdown)
/* harmony export */ });
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
/** Markdown cell: no line breaks, pipes escaped. */
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
function renderApplyMarkdown(result) {
    const lines = [`### amlnet apply`, '', `**${HEADLINE[result.status]}**`, ''];
    if (result.status === 'refused') {
        for (const r of result.refusal ?? [])
            lines.push(`- ${cell(r)}`);
        lines.push('');
    }
    if (result.outcomes.length > 0) {
        lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`, '');
        lines.push('| | change | action | outcome | attempts | details |', '|---|---|---|---|---|---|');
        for (const o of result.outcomes) {
            lines.push(`| ${STATUS_MARK[o.status]} | \`${cell(o.address)}\` | ${o.action} | ${STATUS_WORD[o.status]} | ${o.attempts} | ${cell(why(o))} |`);
        }
        lines.push('');
    }
    if (result.unchanged.length > 0) {
        lines.push(`<details><summary>${result.unchanged.length} unchanged</summary>`, '');
        for (const a of result.unchanged)
            lines.push(`- \`${cell(a)}\``);
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
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(62752);
/* harmony import */ var _render_plan_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46349);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18098);
/* harmony import */ var _azure_clients_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(23139);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18297);
/* harmony import */ var _plan_pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7110);
/* harmony import */ var _azure_apply_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69876);
/* harmony import */ var _apply_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37082);
/* harmony import */ var _apply_executor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48994);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62309);
/* harmony import */ var _azure_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40210);
// `amlnet apply [--spec FILE] [--plan-hash HASH] [azure options]`: plans afresh through the one plan
// pipeline, refuses before any write when --plan-hash differs from the fresh plan's hash (both hashes and
// the fresh plan are shown) or when the plan is refused, then carries the plan out and prints each change's
// outcome and the applied planHash. Exit codes (README.md, "Command-line reference"): 0 all done (or nothing
// to do), 1 any change failed or the apply was refused, 2 usage or an unreadable spec. Never prints a token.













const usage = `usage: amlnet apply [--spec FILE] [--plan-hash HASH] [options] [azure options]

Plans against the live Azure state, then carries the plan out: subnets and delegations, the NSG and the
rules amlnet owns, clusters, the Network Contributor role for each cluster identity, the internal load
balancer. Never deletes or replaces anything; safe to run again (a run that changes nothing writes nothing).

options:
  --spec FILE              the spec (default amlnet.yml; may also be given as the only argument)
${_args_js__WEBPACK_IMPORTED_MODULE_8__/* .WORKSPACE_USAGE */ .qv}
  --plan-hash HASH         refuse (before any write) unless the fresh plan has this hash (the reviewed plan)
  --concurrency N          changes talking to Azure at once (default ${_apply_executor_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_CONCURRENCY */ .WH})
  --deadline-minutes N     give up on what is not done after N minutes (default 60)
  --poll-interval-ms N     wait between polls of long-running operations when Azure does not say (default 2000)
${_azure_options_js__WEBPACK_IMPORTED_MODULE_9__/* .AZURE_OPTIONS_USAGE */ .HB}

exit codes: 0 everything done or nothing to do, 1 a change failed or the apply was refused, 2 bad usage or unreadable spec`;
function positiveInt(name, value, max) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        return `--${name} must be an integer from 1 to ${max}, got '${value}'`;
    return Number(value);
}
function parse(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)(argv, {
        'plan-hash': { type: 'string' },
        concurrency: { type: 'string' },
        'deadline-minutes': { type: 'string' },
        'poll-interval-ms': { type: 'string' },
        ..._azure_options_js__WEBPACK_IMPORTED_MODULE_9__/* .AZURE_OPTION_SPECS */ .lH,
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
        ...(0,_azure_options_js__WEBPACK_IMPORTED_MODULE_9__/* .azureOptionsFrom */ .kU)(values),
        spec,
        help,
    };
    if (workspace !== undefined)
        o.workspace = workspace;
    if (planHash !== undefined)
        o.planHash = planHash;
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
    const o = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseOrAnswer */ .tr)('apply', argv, parse, usage, out);
    if (typeof o === 'number')
        return o;
    const loggedIn = await (0,_azure_options_js__WEBPACK_IMPORTED_MODULE_9__/* .loginOrReport */ .l8)('apply', o, env, out);
    if (typeof loggedIn === 'number')
        return loggedIn;
    const { endpoints, login } = loggedIn;
    try {
        const planned = await (0,_plan_pipeline_js__WEBPACK_IMPORTED_MODULE_4__.planSpec)({
            specPath: o.spec,
            root: o.workspace ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.specRoot)(env),
            credential: login.credential,
            endpoints,
            subscriptionId: o.subscription ?? null,
            mode: 'apply',
            ...(o.pollIntervalMs !== undefined ? { clientOptions: { pollIntervalMs: o.pollIntervalMs } } : {}),
        });
        if (planned.status === 'invalid') {
            const v = planned.validation;
            out.stderr('amlnet apply: the spec has errors; nothing was planned or written.\n');
            out.stdout((0,_render_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .renderFindingsText */ .uc)(v.file, v.findings));
            return v.unparseable ? 2 : 1;
        }
        const { plan, spec } = planned;
        if (o.planHash !== undefined && o.planHash !== plan.planHash) {
            out.stderr(`amlnet apply: refused: the plan changed since it was reviewed; nothing was written.\n` +
                `  expected plan-hash: ${o.planHash}\n` +
                `  fresh plan-hash:    ${plan.planHash}\n` +
                `Review the fresh plan below, then apply with --plan-hash ${plan.planHash}.\n`);
            out.stdout((0,_render_plan_text_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanText */ .$)(plan, { specPath: o.spec }));
            return 1;
        }
        if (plan.refused)
            out.stdout((0,_render_plan_text_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanText */ .$)(plan, { specPath: o.spec }));
        // The apply's own clients: the executor owns retries, so their SDK retry policies are removed, which
        // must not affect the planning clients.
        const clients = (0,_azure_clients_js__WEBPACK_IMPORTED_MODULE_11__.createClients)({
            credential: login.credential,
            endpoints,
            subscriptionId: o.subscription || spec.subscriptionId,
            ...(o.pollIntervalMs !== undefined ? { pollIntervalMs: o.pollIntervalMs } : {}),
        });
        const result = await (0,_azure_apply_run_js__WEBPACK_IMPORTED_MODULE_5__.applyPlanToAzure)(plan, spec, {
            clients,
            ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
            ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
            log: (line) => out.stderr(`amlnet apply: ${line}\n`),
        });
        out.stdout((0,_apply_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderApplyText */ .O)(result));
        return (0,_azure_apply_run_js__WEBPACK_IMPORTED_MODULE_5__.applyExitCode)(result);
    }
    catch (err) {
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__.LoginError || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__/* .LiveReadError */ .l5) {
            out.stderr(`amlnet apply: ${err.message}\n`);
            return 1;
        }
        out.stderr(`amlnet apply: Azure error ${(0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_12__.formatAzureError)((0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_12__.toAzureError)(err))}\n`);
        return 1;
    }
}
async function run(argv) {
    return runApply(argv, _args_js__WEBPACK_IMPORTED_MODULE_8__/* .processOutput */ .Xi);
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

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XO: () => (/* binding */ commentSafe),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export escapeHtml */
// Markdown building blocks that are safe for text from the spec or from Azure: nothing in such a value
// may open HTML, format text, break a table, close a code fence or ping a person or team.
const ZWJ = '\u200D';
/**
 * Every character that can end a line or hide text, for any reader: C0 and C1 controls (\n, \r, \t, U+0085, ...),
 * U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (JavaScript's `^`/`$` with the m flag treat these as line
 * ends), and the bidirectional overrides that reorder text on screen.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/**
 * One line, whatever the value holds: unsafe characters become visible `\uXXXX` escapes (so a reviewer sees
 * them), and `<!--` / `-->` are broken so that no value can open or close an HTML comment (amlnet's own
 * hidden lines are HTML comments). Every renderer passes spec and Azure values through this.
 */
function oneLine(text) {
    return text
        .replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
        .replace(/<!-/g, `<!${ZWJ}-`)
        .replace(/--(?=>)/g, `-${ZWJ}-`);
}
/** Escapes text for inline Markdown (also inside table cells): HTML, emphasis, links, pipes, mentions. */
function escapeMarkdown(text) {
    return (oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Backslash-escape Markdown punctuation (GitHub honours these escapes, also inside tables).
        .replace(/[\\`*_{}[\]()#+!|~]/g, (m) => `\\${m}`)
        // Break @mentions and team mentions: a zero-width joiner between @ and the name.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
/** Inline code for a value; the fence is longer than any backtick run inside, and mentions are broken. */
function inlineCode(text) {
    const value = oneLine(text).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
    const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}
/** A fenced code block; the fence is longer than any backtick run in the body. Mentions are inert in code. */
function codeBlock(body, info = '') {
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`;
}
/** Escapes text for an HTML context (Markdown is not interpreted inside <summary>). */
function escapeHtml(text) {
    return oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
}
/** A collapsible section; the summary is HTML-escaped. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** The value for an HTML comment: no `--` and no `>` so it cannot close the comment. */
function commentSafe(text) {
    return oneLine(text)
        .replace(/-{2,}/g, (m) => m.split('').join(ZWJ))
        .replace(/>/g, '%3E');
}


/***/ }),

/***/ 90677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ VERB),
/* harmony export */   PF: () => (/* binding */ SYMBOL),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   eo: () => (/* binding */ NO_CHANGES),
/* harmony export */   vw: () => (/* binding */ propertyLines)
/* harmony export */ });
/* unused harmony exports flatten, show */
const SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': '=', refuse: '!' };
const VERB = {
    create: 'create',
    update: 'update',
    delete: 'delete',
    'no-op': 'no-op',
    refuse: 'refuse',
};
const NO_CHANGES = 'No changes. Your infrastructure matches the configuration.';
/** Flattens an object into dotted paths; arrays of scalars stay whole, arrays of objects get [i]. */
function flatten(value, prefix = '', out = new Map()) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value).sort();
        if (keys.length === 0 && prefix !== '')
            out.set(prefix, {});
        for (const k of keys)
            flatten(value[k], prefix === '' ? k : `${prefix}.${k}`, out);
    }
    else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
        value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
        if (value.length === 0)
            out.set(prefix, []);
    }
    else {
        out.set(prefix, value);
    }
    return out;
}
function show(v) {
    return v === undefined ? '(absent)' : JSON.stringify(v);
}
/** The property lines of a change: all after-values for a create, the differing ones for an update. */
function propertyLines(c) {
    if (c.action === 'refuse' || c.action === 'no-op')
        return [];
    if (c.action === 'delete')
        return [...flatten(c.before ?? {})].map(([key, v]) => ({ symbol: '-', key, text: show(v) }));
    const after = flatten(c.after ?? {});
    if (c.action === 'create' || c.before === null) {
        return [...after].map(([key, v]) => ({ symbol: '+', key, text: show(v) }));
    }
    const before = flatten(c.before);
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    const lines = [];
    for (const key of keys) {
        const b = before.get(key);
        const a = after.get(key);
        if (JSON.stringify(a) === JSON.stringify(b))
            continue;
        if (a === undefined)
            continue; // amlnet never removes a property it does not write
        lines.push(b === undefined ? { symbol: '+', key, text: show(a) } : { symbol: '~', key, text: `${show(b)} -> ${show(a)}` });
    }
    return lines;
}
function summaryLine(counts) {
    const deletes = counts.delete > 0 ? `${counts.delete} to delete, ` : '';
    return `${counts.create} to create, ${counts.update} to update, ${deletes}${counts['no-op']} unchanged, ${counts.refuse} refused`;
}


/***/ }),

/***/ 46349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var _plan_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83308);
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
