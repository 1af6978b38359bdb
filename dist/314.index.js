export const id = 314;
export const ids = [314];
export const modules = {

/***/ 80919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSession: () => (/* binding */ openSession),
/* harmony export */   sessionFor: () => (/* binding */ sessionFor)
/* harmony export */ });
/* harmony import */ var _azure_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23139);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18098);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52252);
// The composition root: the one place that wires a login to the plan pipeline and the appliers. The CLI
// (`amlnet plan`, `amlnet apply`) and the action (github/libraries.ts) both plan and apply through a Session, so
// the clients, the subscription override and the poll options are chosen once, the same way for both.



/** A session over a credential that is already there (the CLI logs in first to report login errors its way). */
function sessionFor(credential, endpoints, options = {}) {
    const clientOptions = options.clientOptions ?? {};
    return {
        endpoints,
        plan: (input) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planSpec */ .N)({
            specPath: input.specPath,
            ...(input.specText !== undefined ? { specText: input.specText } : {}),
            ...(input.root !== undefined ? { root: input.root } : {}),
            credential,
            endpoints,
            subscriptionId: options.subscriptionId ?? null,
            mode: input.mode,
            clientOptions,
        }),
        // The appliers are loaded only by a path that applies.
        apply: async (plan, spec, applyOptions = {}) => (await __webpack_require__.e(/* import() */ 319).then(__webpack_require__.bind(__webpack_require__, 91319))).applyPlanToAzure(plan, spec, {
            ...applyOptions,
            clients: (0,_azure_clients_js__WEBPACK_IMPORTED_MODULE_2__.createClients)({
                credential,
                endpoints,
                subscriptionId: options.subscriptionId || spec.subscriptionId,
                ...clientOptions,
            }),
        }),
    };
}
/**
 * Logs in (starting the GitHub token fetch at once, while the identity library loads) and opens a session.
 * Login errors are LoginErrors with advice, never a token.
 */
async function openSession(login, options = {}) {
    const azureLogin = await (0,_azure_credential_js__WEBPACK_IMPORTED_MODULE_0__.createCredential)({ ...login, prefetchIdToken: true });
    return { ...sessionFor(azureLogin.credential, login.endpoints, options), login: azureLogin };
}


/***/ }),

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
    if (result.notConverged !== undefined) {
        lines.push(`- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${result.notConverged.code}: ${result.notConverged.message}`)}`, '');
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
    if (result.notConverged !== undefined)
        lines.push(`${result.notConverged.code}: ${result.notConverged.message}`);
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
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58957);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34917);
/* harmony import */ var _plan_resume_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67748);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(62752);
/* harmony import */ var _render_plan_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46349);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18297);
/* harmony import */ var _app_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80919);
/* harmony import */ var _azure_apply_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91319);
/* harmony import */ var _apply_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37082);
/* harmony import */ var _apply_executor_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72947);
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
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_5__.LoginError || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_6__/* .LiveReadError */ .l5) {
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

/***/ 67748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ writeDigests),
/* harmony export */   f1: () => (/* binding */ compareWithReviewed)
/* harmony export */ });
/* unused harmony export changeDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34917);
// Resuming under the reviewed plan. A killed or failed apply leaves part of the reviewed plan done; the fresh plan
// then holds only what is left, so its hash differs from the reviewed one although nothing new is asked. The
// reviewed plan carries one digest per write (in the comment's binding line, or the plan file); a fresh plan is
// accepted as a resumption when each of its writes is one the reviewed plan contained with the same desired values.
// Anything new or different is still refused. Pure.


const WRITES = new Set(['create', 'update', 'delete']);
/** The identity a role change resolves at apply time: unknown in a plan made before the cluster existed. */
const RESOLVED_AT_APPLY = ['principalId', 'computeId'];
/**
 * What a write does, independent of how far an earlier run got: the resource and the values written, not the
 * action (a create that was half done resumes as an update of the same values). A role assignment's principal
 * (and so its name) may be known only once its cluster exists; it is tied to the cluster the change names.
 */
function essence(c) {
    if (c.action === 'delete')
        return { address: c.address, resourceType: c.resourceType, resourceId: c.resourceId.toLowerCase(), delete: true };
    const after = { ...(c.after ?? {}) };
    if (c.step === 'role')
        for (const k of RESOLVED_AT_APPLY)
            delete after[k];
    return {
        address: c.address,
        resourceType: c.resourceType,
        ...(c.step === 'role' ? {} : { resourceId: c.resourceId.toLowerCase() }),
        after,
    };
}
/** 16 hex digits of SHA-256 over the canonical essence of a write. */
function changeDigest(c) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(essence(c)))
        .digest('hex')
        .slice(0, 16);
}
/** The digests of a plan's writes (create, update, delete), in plan order. */
function writeDigests(plan) {
    return plan.changes.filter((c) => WRITES.has(c.action)).map(changeDigest);
}
function compareWithReviewed(fresh, reviewed) {
    if (fresh.planHash === reviewed.planHash)
        return { kind: 'same' };
    const writes = fresh.changes.filter((c) => WRITES.has(c.action));
    if (fresh.refused)
        return { kind: 'differs', unreviewed: writes };
    // Nothing left to do (an earlier run finished the reviewed plan): accepted even with the hash alone.
    if (writes.length === 0) {
        const total = reviewed.writes?.length ?? 0;
        return { kind: 'resume', done: total, total };
    }
    if (reviewed.writes === undefined)
        return { kind: 'differs', unreviewed: writes };
    const known = new Set(reviewed.writes);
    const unreviewed = writes.filter((c) => !known.has(changeDigest(c)));
    if (unreviewed.length > 0)
        return { kind: 'differs', unreviewed };
    return { kind: 'resume', done: reviewed.writes.length - writes.length, total: reviewed.writes.length };
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


/***/ })

};
