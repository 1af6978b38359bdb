export const id = 413;
export const ids = [413,976];
export const modules = {

/***/ 37082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderApplyJson: () => (/* binding */ renderApplyJson),
/* harmony export */   renderApplyMarkdown: () => (/* binding */ renderApplyMarkdown),
/* harmony export */   renderApplyText: () => (/* binding */ renderApplyText)
/* harmony export */ });
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42495);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47425);


const STATUS_WORD = { done: 'done', failed: 'FAILED', skipped: 'skipped' };
const STATUS_MARK = { done: '✅', failed: '❌', skipped: '⏭️' };
const HEADLINE = {
    applied: 'Apply complete.',
    'nothing-to-do': 'No changes. Your infrastructure matches the configuration.',
    refused: 'Apply refused: nothing was written.',
    failed: 'Apply failed: some changes did not complete. Running the apply again resumes from the live state.',
};
const INTERRUPTED = 'Apply interrupted: changes not started were not written. Running the apply again resumes from the live state.';
function headline(result) {
    return result.interrupted === true && result.status !== 'applied' ? INTERRUPTED : HEADLINE[result.status];
}
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
            : because.includes('interrupted')
                ? 'not started: the apply was interrupted'
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
    const lines = [`### amlnet apply`, '', `**${headline(result)}**`, ''];
    if (result.status === 'refused') {
        for (const r of result.refusal ?? [])
            lines.push(`- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r)}`);
        lines.push('');
    }
    if (result.notConverged !== undefined) {
        lines.push(`- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${result.notConverged.code}: ${result.notConverged.message}`)}`, '');
    }
    if (result.outcomes.length > 0) {
        lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`, '');
        lines.push('| | change | action | outcome | attempts | duration | details |', '|---|---|---|---|---|---|---|');
        for (const o of result.outcomes) {
            lines.push(`| ${STATUS_MARK[o.status]} | ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(o.address)} | ${o.action} | ${STATUS_WORD[o.status]} | ${o.attempts} | ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)((0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .durationOf */ .cf)(o))} | ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(why(o))} |`);
        }
        lines.push('');
    }
    if (result.unchanged.length > 0) {
        lines.push(`<details><summary>${result.unchanged.length} unchanged</summary>`, '');
        for (const a of result.unchanged)
            lines.push(`- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(a)}`);
        lines.push('', '</details>', '');
    }
    if (result.aci !== undefined) {
        const a = result.aci;
        lines.push('#### ACI deployments', '', 'Deploy Azure Container Instances into the delegated subnet with:', '', '```python', `AciWebservice.deploy_configuration(vnet_name="${a.vnetName}", subnet_name="${a.subnetName}")`, '```', '');
    }
    for (const k of result.kubernetes ?? []) {
        lines.push(`#### Kubernetes online deployments on ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(k.computeName)}`, '', `The compute is attached (namespace ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(k.namespace)}, inference router ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(k.inferenceRouter)}` +
            `${k.scoringAddress !== null ? `, scoring address ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(k.scoringAddress)}` : ''}). In the endpoint YAML:`, '', '```yaml', `compute: azureml:${k.computeName}`, '```', '', `then \`az ml online-endpoint create --file endpoint.yml --resource-group ${k.resourceGroup} --workspace-name ${k.workspace}\`.`, '');
    }
    lines.push(`plan-hash: ${result.planHash}`);
    return lines.join('\n') + '\n';
}
function renderApplyText(result) {
    const lines = [];
    for (const o of result.outcomes) {
        const took = (0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .durationOf */ .cf)(o);
        lines.push(`${STATUS_WORD[o.status].padEnd(7)} ${o.action.padEnd(6)} ${o.address}` +
            (took !== undefined ? ` (${(0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(took)})` : '') +
            (why(o) ? ` — ${why(o)}` : ''));
    }
    if (lines.length > 0)
        lines.push('');
    if (result.status === 'refused')
        for (const r of result.refusal ?? [])
            lines.push(`refused: ${r}`);
    if (result.notConverged !== undefined)
        lines.push(`${result.notConverged.code}: ${result.notConverged.message}`);
    lines.push(headline(result));
    if (result.outcomes.length > 0)
        lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`);
    if (result.aci !== undefined) {
        lines.push(`ACI: AciWebservice.deploy_configuration(vnet_name="${result.aci.vnetName}", subnet_name="${result.aci.subnetName}")`);
    }
    for (const k of result.kubernetes ?? []) {
        lines.push(`Kubernetes: compute: azureml:${k.computeName} (namespace ${k.namespace}, router ${k.inferenceRouter}` +
            `${k.scoringAddress !== null ? `, scoring address ${k.scoringAddress}` : ''})`);
    }
    lines.push(`planHash: ${result.planHash}`);
    return lines.join('\n') + '\n';
}
/** `amlnet apply --format json`: the result with each change's duration (durationMs) and the whole apply's. */
function renderApplyJson(result) {
    const outcomes = result.outcomes.map((o) => ({
        address: o.address,
        resourceType: o.resourceType,
        action: o.action,
        status: o.status,
        attempts: o.attempts,
        writes: o.writes,
        durationMs: (0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .durationOf */ .cf)(o) ?? null,
        ...(o.detail !== undefined ? { detail: o.detail } : {}),
        ...(o.error !== undefined ? { error: o.error } : {}),
        ...(o.skippedBecause !== undefined ? { skippedBecause: o.skippedBecause } : {}),
    }));
    const json = {
        planHash: result.planHash,
        status: result.status,
        interrupted: result.interrupted === true,
        durationMs: result.finishedAt - result.startedAt,
        writes: result.writes,
        outcomes,
        unchanged: result.unchanged,
        ...(result.refusal !== undefined ? { refusal: result.refusal } : {}),
        ...(result.notConverged !== undefined ? { notConverged: result.notConverged } : {}),
        ...(result.aci !== undefined ? { aci: result.aci } : {}),
    };
    return JSON.stringify(json, null, 2) + '\n';
}


/***/ }),

/***/ 21413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ apply_run),
  runApply: () => (/* binding */ runApply),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: ./src/validate.ts + 3 modules
var validate = __webpack_require__(87016);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
// EXTERNAL MODULE: ./src/plan/resume.ts
var resume = __webpack_require__(67748);
// EXTERNAL MODULE: ./src/render/findings.ts
var findings = __webpack_require__(62752);
// EXTERNAL MODULE: ./src/render/plan-text.ts
var plan_text = __webpack_require__(46349);
// EXTERNAL MODULE: ./src/azure/credential.ts
var credential = __webpack_require__(18098);
// EXTERNAL MODULE: ./src/azure/errors.ts
var azure_errors = __webpack_require__(16616);
// EXTERNAL MODULE: ./src/azure/live/read.ts + 1 modules
var read = __webpack_require__(18297);
// EXTERNAL MODULE: ./src/app/session.ts
var app_session = __webpack_require__(80919);
// EXTERNAL MODULE: ./src/azure/apply/run.ts + 19 modules
var run = __webpack_require__(2193);
// EXTERNAL MODULE: ./src/apply/render.ts
var render = __webpack_require__(37082);
// EXTERNAL MODULE: ./src/apply/executor.ts + 1 modules
var executor = __webpack_require__(72947);
// EXTERNAL MODULE: ./src/render/plan-json.ts
var plan_json = __webpack_require__(54976);
// EXTERNAL MODULE: ./src/commands/args.ts
var args = __webpack_require__(62309);
// EXTERNAL MODULE: ./src/apply/progress.ts
var progress = __webpack_require__(47425);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/commands/terminal.ts
// What the CLI needs to know about the terminal it runs in, as a port the tests fake: whether a person can answer
// (stdin is a TTY), whether colour is wanted (a TTY, NO_COLOR, FORCE_COLOR), one question and its answer, and the
// SIGINT/SIGTERM an apply must wind down on. processTerminal() is the real one.

/** Exit codes of a process stopped by a signal: 128 + its number (SIGINT 2, SIGTERM 15). */
const SIGNAL_EXIT_CODE = { SIGINT: 130, SIGTERM: 143 };
/** A terminal over any input stream (tests pass a PassThrough with isTTY set) and a signal source. */
function streamTerminal(input, tty, signals = process) {
    return {
        stdinIsTTY: input.isTTY === true,
        stdoutIsTTY: tty.stdout,
        stderrIsTTY: tty.stderr,
        readLine: () => new Promise((resolve) => {
            const rl = (0,external_node_readline_.createInterface)({ input, terminal: false });
            let answered = false;
            rl.once('line', (line) => {
                answered = true;
                rl.close();
                resolve(line);
            });
            rl.once('close', () => {
                if (!answered)
                    resolve(undefined);
            });
        }),
        onSignal: (handler) => {
            const onInt = () => handler('SIGINT');
            const onTerm = () => handler('SIGTERM');
            signals.on('SIGINT', onInt);
            signals.on('SIGTERM', onTerm);
            return () => {
                signals.off('SIGINT', onInt);
                signals.off('SIGTERM', onTerm);
            };
        },
    };
}
function processTerminal() {
    return streamTerminal(process.stdin, {
        stdout: process.stdout.isTTY === true,
        stderr: process.stderr.isTTY === true,
    });
}
/** CI=true (GitHub Actions, most CI systems): nobody is there to answer. */
function isCi(env) {
    const ci = env['CI']?.toLowerCase();
    return ci === 'true' || ci === '1';
}
/**
 * Colour on a terminal only: NO_COLOR (any non-empty value, https://no-color.org) turns it off, FORCE_COLOR turns it
 * on (off when 0 or false), as Node's own util.styleText and most CLIs read them; NO_COLOR wins.
 */
function colourWanted(env, isTTY) {
    if ((env['NO_COLOR'] ?? '') !== '')
        return false;
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    return isTTY;
}
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS = { bold: sgr(1, 22), green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39) };
const PLAIN = { bold: (t) => t, green: (t) => t, yellow: (t) => t, red: (t) => t };
function paint(enabled) {
    return enabled ? COLOURS : PLAIN;
}
/** A word of a command line as a POSIX shell reads it back: bare when safe, else in single quotes. */
function shellQuote(word) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/commands/apply-report.ts
// What `amlnet apply` prints as it goes and when it is interrupted: the progress lines (an ApplyObserver over the
// command's output), the confirmation question, and the interrupt report with the exact command that resumes. Pure
// text over injected output; the command (apply.ts) decides when.


/** Progress lines, one per event: `aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]`. */
function progressPrinter(write, p) {
    return {
        onStart: (s) => write(`${p.bold((0,progress/* formatStart */.u3)(s))}\n`),
        onHeartbeat: (b) => write(`${(0,progress/* formatHeartbeat */.cK)(b)}\n`),
        onFinish: (o) => {
            const line = (0,progress/* formatFinish */.JU)(o);
            write(`${o.status === 'done' ? p.green(line) : o.status === 'failed' ? p.red(line) : p.yellow(line)}\n`);
        },
        onLog: (address, message) => write(`amlnet apply: ${address}: ${message}\n`),
    };
}
/** Terraform's question: anything but `yes` cancels. */
function confirmQuestion(p) {
    return (`\n${p.bold('Do you want to perform these actions?')}\n` +
        '  amlnet will perform the actions described above.\n' +
        "  Only 'yes' will be accepted to approve.\n\n" +
        `  ${p.bold('Enter a value:')} `);
}
const FLAGS_WITH_VALUE = new Set(['--plan-hash', '--plan-file']);
/**
 * The command that resumes: the same arguments, bound to the plan being applied (--plan-file with it written out,
 * and its --plan-hash) so that the resumption applies only what was reviewed.
 */
function resumeCommand(argv, planFile, planHash) {
    const kept = [];
    for (let i = 0; i < argv.length; i += 1) {
        const a = argv[i];
        if (FLAGS_WITH_VALUE.has(a)) {
            i += 1;
            continue;
        }
        if ([...FLAGS_WITH_VALUE].some((f) => a.startsWith(`${f}=`)))
            continue;
        kept.push(a);
    }
    return ['amlnet', 'apply', ...kept, '--plan-file', planFile, '--plan-hash', planHash].map(shellQuote).join(' ');
}
/** What was done, what Azure is still working on, what never started, and how to go on. */
function renderInterruptReport(r, p) {
    const done = r.result.outcomes.filter((o) => o.status === 'done').map((o) => o.address);
    const failed = r.result.outcomes.filter((o) => o.status === 'failed');
    const inAzure = failed.filter((o) => o.error?.code === 'Interrupted' && o.writes > 0).map((o) => o.address);
    const stoppedBeforeWriting = failed
        .filter((o) => o.error?.code === 'Interrupted' && o.writes === 0)
        .map((o) => o.address);
    const otherFailures = failed.filter((o) => o.error?.code !== 'Interrupted').map((o) => o.address);
    const notStarted = r.result.outcomes.filter((o) => o.status === 'skipped').map((o) => o.address);
    const list = (items) => items.length === 0 ? ' none\n' : `\n${items.map((a) => `  - ${a}\n`).join('')}`;
    const lines = [
        `\n${p.bold(p.yellow(`amlnet apply: interrupted (${r.signal}).`))}\n`,
        `Done (${done.length}):${list(done)}`,
        `Still running in Azure (the request was sent; Azure carries on without amlnet) (${inAzure.length}):${list(inAzure)}`,
    ];
    if (stoppedBeforeWriting.length > 0)
        lines.push(`Stopped before writing anything (${stoppedBeforeWriting.length}):${list(stoppedBeforeWriting)}`);
    if (otherFailures.length > 0)
        lines.push(`Failed (${otherFailures.length}):${list(otherFailures)}`);
    lines.push(`Not started (${notStarted.length}):${list(notStarted)}`);
    if ('command' in r.resume) {
        lines.push(`To resume (it waits for what is still running, then applies the rest of this plan and nothing else):\n` +
            `  ${r.resume.command}\n`);
    }
    else {
        lines.push(`To resume, run the apply again (${r.resume.error}).\n`);
    }
    return lines.join('');
}

// EXTERNAL MODULE: ./src/commands/azure-options.ts
var azure_options = __webpack_require__(40210);
;// CONCATENATED MODULE: ./src/commands/apply.ts
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
${args/* WORKSPACE_USAGE */.qv}
  --plan-hash HASH         refuse (before any write) unless the fresh plan has this hash (the reviewed plan),
                           or nothing is left to do
  --plan-file FILE         the reviewed plan itself (amlnet plan --format json --out FILE): a run that an earlier,
                           interrupted apply left half done resumes when every remaining change was reviewed
  --concurrency N          changes talking to Azure at once (default ${executor/* DEFAULT_CONCURRENCY */.WH})
  --deadline-minutes N     give up on what is not done after N minutes (default 60)
  --poll-interval-ms N     wait between polls of long-running operations when Azure does not say (default 2000)
  --auto-approve           do not show the plan and ask for 'yes' first (asked only when stdin is a terminal,
                           CI is not true and no --plan-hash names the reviewed plan)
  --format FORMAT          text (default) or json (the outcome of each change with its durationMs); progress
                           lines go to stderr either way
  --heartbeat-seconds N    print a "still creating... [20s elapsed, Azure: InProgress]" line for a change every N
                           seconds while it runs (default 10)
  --interrupt-grace-seconds N
                           on SIGINT/SIGTERM no new change starts; wait up to N seconds for the running ones
                           (default 30; a second signal stops waiting), then report and print the resume command
${azure_options/* AZURE_OPTIONS_USAGE */.HB}

exit codes: 0 everything done or nothing to do, 1 a change failed, the apply was refused or not approved, 2 bad
usage or unreadable spec, 130 interrupted by SIGINT, 143 interrupted by SIGTERM`;
const FORMATS = ['text', 'json'];
const DEFAULT_GRACE_SECONDS = 30;
function positiveInt(name, value, max) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
        return `--${name} must be an integer from 1 to ${max}, got '${value}'`;
    return Number(value);
}
function parse(argv) {
    const parsed = (0,args/* parseCommandArgs */.Qx)(argv, {
        'plan-hash': { type: 'string' },
        'plan-file': { type: 'string' },
        concurrency: { type: 'string' },
        'deadline-minutes': { type: 'string' },
        'poll-interval-ms': { type: 'string' },
        'auto-approve': { type: 'boolean' },
        format: { type: 'string' },
        'heartbeat-seconds': { type: 'string' },
        'interrupt-grace-seconds': { type: 'string' },
        ...azure_options/* AZURE_OPTION_SPECS */.lH,
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
    const format = (0,args/* formatOption */.Bx)(values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    const heartbeat = positiveInt('heartbeat-seconds', values['heartbeat-seconds'], 3600);
    if (typeof heartbeat === 'string')
        return heartbeat;
    const grace = values['interrupt-grace-seconds'] === '0'
        ? 0
        : positiveInt('interrupt-grace-seconds', values['interrupt-grace-seconds'], 3600);
    if (typeof grace === 'string')
        return grace.replace('from 1', 'from 0');
    const o = {
        ...(0,azure_options/* azureOptionsFrom */.kU)(values),
        spec,
        autoApprove: values['auto-approve'] === true,
        format,
        graceMs: (grace ?? DEFAULT_GRACE_SECONDS) * 1000,
        help,
    };
    if (heartbeat !== undefined)
        o.heartbeatMs = heartbeat * 1000;
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
async function runApply(argv, out, env = process.env, terminal = processTerminal()) {
    const o = (0,args/* parseOrAnswer */.tr)('apply', argv, parse, usage, out);
    if (typeof o === 'number')
        return o;
    const loggedIn = await (0,azure_options/* loginOrReport */.l8)('apply', o, env, out);
    if (typeof loggedIn === 'number')
        return loggedIn;
    const session = (0,app_session.sessionFor)(loggedIn.login.credential, loggedIn.endpoints, {
        subscriptionId: o.subscription ?? null,
        ...(o.pollIntervalMs !== undefined ? { clientOptions: { pollIntervalMs: o.pollIntervalMs } } : {}),
    });
    try {
        const planned = await session.plan({ specPath: o.spec, root: o.workspace ?? (0,validate.specRoot)(env), mode: 'apply' });
        if (planned.status === 'invalid') {
            const v = planned.validation;
            out.stderr('amlnet apply: the spec has errors; nothing was planned or written.\n');
            out.stdout((0,findings/* renderFindingsText */.uc)(v.file, v.findings));
            return v.unparseable ? 2 : 1;
        }
        const { plan, spec } = planned;
        const reviewed = reviewedPlan(o);
        if (typeof reviewed === 'string') {
            out.stderr(`amlnet apply: ${reviewed}; nothing was written.\n`);
            return 2;
        }
        if (reviewed !== undefined) {
            const verdict = (0,resume/* compareWithReviewed */.f1)(plan, reviewed);
            if (verdict.kind === 'differs') {
                const unreviewed = verdict.unreviewed.map((c) => `  ${c.action} ${c.address}\n`).join('');
                out.stderr(`amlnet apply: refused: the plan changed since it was reviewed; nothing was written.\n` +
                    `  expected plan-hash: ${reviewed.planHash}\n` +
                    `  fresh plan-hash:    ${plan.planHash}\n` +
                    (unreviewed === '' ? '' : `changes the reviewed plan did not contain:\n${unreviewed}`) +
                    `Review the fresh plan below, then apply with --plan-hash ${plan.planHash}.\n`);
                out.stdout((0,plan_text/* renderPlanText */.$)(plan, { specPath: o.spec }));
                return 1;
            }
            if (verdict.kind === 'resume') {
                out.stderr(`amlnet apply: resuming: ${verdict.done} of ${verdict.total} reviewed changes already applied\n`);
            }
        }
        if (plan.refused)
            (o.format === 'json' ? out.stderr : out.stdout)((0,plan_text/* renderPlanText */.$)(plan, { specPath: o.spec }));
        // On a terminal, show the plan and ask (unless --auto-approve, CI=true, nothing would be written, or the plan
        // is one already reviewed: a matching --plan-hash is the approval, as `terraform apply PLANFILE` does not ask).
        const ask = terminal.stdinIsTTY && !o.autoApprove && reviewed === undefined && !isCi(env) && !plan.refused && plan.hasChanges;
        if (ask && !(await approved(plan, o, out, env, terminal))) {
            out.stderr('amlnet apply: Apply cancelled: nothing was written.\n');
            return 1;
        }
        return await applyWatched(plan, argv, o, reviewed, out, env, terminal, (options) => 
        // The session gives the apply its own clients: the executor owns retries (their SDK retry policies are
        // removed), which must not affect the planning clients.
        session.apply(plan, spec, {
            ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
            ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
            ...(o.heartbeatMs !== undefined ? { heartbeatMs: o.heartbeatMs } : {}),
            ...options,
        }));
    }
    catch (err) {
        if (err instanceof credential/* LoginError */.Qd || err instanceof read/* LiveReadError */.l5) {
            out.stderr(`amlnet apply: ${err.message}\n`);
            return 1;
        }
        out.stderr(`amlnet apply: Azure error ${(0,azure_errors.formatAzureError)((0,azure_errors.toAzureError)(err))}\n`);
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
        file = JSON.parse((0,external_node_fs_.readFileSync)(o.planFile, 'utf8'));
    }
    catch (err) {
        return `cannot read --plan-file ${o.planFile}: ${(0,errors/* errorMessage */.g)(err)}`;
    }
    if (typeof file.planHash !== 'string' || !Array.isArray(file.changes)) {
        return `--plan-file ${o.planFile} is not a plan (amlnet plan --format json --out FILE writes one)`;
    }
    const changes = file.changes;
    // The file must be the plan it says it is: its changes hash to its planHash, and that is the reviewed hash.
    const refused = file.refused === true;
    if ((0,canonical/* planHash */.SH)(changes, refused) !== file.planHash)
        return `--plan-file ${o.planFile} was edited: its changes do not hash to its planHash`;
    if (o.planHash !== undefined && o.planHash !== file.planHash) {
        return `--plan-hash ${o.planHash} is not the planHash of --plan-file (${file.planHash})`;
    }
    return { planHash: file.planHash, writes: (0,resume/* writeDigests */.J6)({ changes }) };
}
/** Shows the plan and asks; true only for the answer `yes`. */
async function approved(plan, o, out, env, terminal) {
    // With --format json, stdout carries only the JSON: the plan and the question go to stderr.
    const say = o.format === 'json' ? out.stderr : out.stdout;
    const p = paint(colourWanted(env, o.format === 'json' ? terminal.stderrIsTTY : terminal.stdoutIsTTY));
    say((0,plan_text/* renderPlanText */.$)(plan, { specPath: o.spec }));
    say(confirmQuestion(p));
    const answer = await terminal.readLine();
    say('\n');
    return answer?.trim() === 'yes';
}
/**
 * Runs the apply with progress lines on stderr, and winds it down on SIGINT/SIGTERM: no new change starts, the
 * running ones get `graceMs` (a second signal ends the wait), then the report and the command that resumes.
 */
async function applyWatched(plan, argv, o, reviewed, out, env, terminal, start) {
    const p = paint(colourWanted(env, terminal.stderrIsTTY));
    const stop = new AbortController();
    const abandon = new AbortController();
    let interrupted;
    let grace;
    const off = terminal.onSignal((signal) => {
        if (interrupted !== undefined) {
            abandon.abort();
            return;
        }
        interrupted = signal;
        stop.abort();
        out.stderr(`\namlnet apply: ${signal}: no new change will start; waiting up to ${o.graceMs / 1000} s for the running ` +
            `ones (${signal === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to stop waiting)\n`);
        grace = setTimeout(() => abandon.abort(), o.graceMs);
    });
    let result;
    try {
        result = await start({
            progress: progressPrinter((line) => out.stderr(line), p),
            stop: stop.signal,
            abandon: abandon.signal,
        });
    }
    finally {
        off();
        clearTimeout(grace);
    }
    out.stdout(o.format === 'json' ? (0,render.renderApplyJson)(result) : (0,render.renderApplyText)(result));
    if (interrupted === undefined)
        return (0,run.applyExitCode)(result);
    out.stderr(renderInterruptReport({ signal: interrupted, result, resume: resumeWith(plan, argv, o, reviewed) }, p));
    return SIGNAL_EXIT_CODE[interrupted];
}
/**
 * The resume command: bound to the reviewed plan file when there is one, else to this plan, written next to the
 * working directory as amlnet-interrupted-<hash>.plan.json (the --plan-file a resumption checks its changes against).
 */
function resumeWith(plan, argv, o, reviewed) {
    if (o.planFile !== undefined && reviewed !== undefined)
        return { command: resumeCommand(argv, o.planFile, reviewed.planHash) };
    const file = `amlnet-interrupted-${plan.planHash.slice(0, 12)}.plan.json`;
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(file), (0,plan_json.renderPlanJson)(plan, { specPath: o.spec }));
    }
    catch (err) {
        return { error: `the plan could not be written to ${file}: ${err instanceof Error ? err.message : String(err)}` };
    }
    return { command: resumeCommand(argv, file, plan.planHash) };
}
async function apply_run(argv) {
    return runApply(argv, args/* processOutput */.Xi);
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
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84228);
// Resuming under the reviewed plan. A killed or failed apply leaves part of the reviewed plan done; the fresh plan
// then holds only what is left, so its hash differs from the reviewed one although nothing new is asked. The
// reviewed plan carries one digest per write (in the comment's binding line, or the plan file); a fresh plan is
// accepted as a resumption when each of its writes is one the reviewed plan contained with the same desired values.
// Anything new or different is still refused. Pure.



/** The identity a role change resolves at apply time: unknown in a plan made before the cluster existed. */
const RESOLVED_AT_APPLY = ['principalId', 'computeId', 'managedClusterId'];
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
    return plan.changes.filter((c) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .writes */ .D3)(c.action)).map(changeDigest);
}
function compareWithReviewed(fresh, reviewed) {
    if (fresh.planHash === reviewed.planHash)
        return { kind: 'same' };
    const pending = fresh.changes.filter((c) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .writes */ .D3)(c.action));
    if (fresh.refused)
        return { kind: 'differs', unreviewed: pending };
    // Nothing left to do (an earlier run finished the reviewed plan): accepted even with the hash alone.
    if (pending.length === 0) {
        const total = reviewed.writes?.length ?? 0;
        return { kind: 'resume', done: total, total };
    }
    if (reviewed.writes === undefined)
        return { kind: 'differs', unreviewed: pending };
    const known = new Set(reviewed.writes);
    const unreviewed = pending.filter((c) => !known.has(changeDigest(c)));
    if (unreviewed.length > 0)
        return { kind: 'differs', unreviewed };
    return { kind: 'resume', done: reviewed.writes.length - pending.length, total: reviewed.writes.length };
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


/***/ })

};
