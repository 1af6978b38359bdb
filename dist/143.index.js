export const id = 143;
export const ids = [143,456];
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

/***/ 27456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPipeline: () => (/* binding */ createPipeline),
/* harmony export */   pipeline: () => (/* binding */ pipeline)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95993);
/* harmony import */ var _render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4095);
/* harmony import */ var _apply_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37082);



function createPipeline(options = {}) {
    const clientOptions = {
        ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
        ...(options.maxRetryAfterSeconds !== undefined ? { maxRetryAfterSeconds: options.maxRetryAfterSeconds } : {}),
    };
    return {
        async validateFile(path, root) {
            const result = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.validateSpecFile)(path, { root });
            return { findings: result.findings, spec: result.spec };
        },
        async login(target) {
            const [{ resolveEndpoints }, { openSession }] = await Promise.all([
                __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 9713)),
                __webpack_require__.e(/* import() */ 293).then(__webpack_require__.bind(__webpack_require__, 69293)),
            ]);
            const endpoints = resolveEndpoints({
                environment: target.environment,
                armEndpoint: target.armEndpoint,
                authorityHost: target.authorityHost,
            });
            const session = await openSession({
                endpoints,
                tenantId: target.tenantId,
                clientId: target.clientId,
                getIdToken: target.getIdToken,
                audience: target.audience,
            }, { subscriptionId: target.subscriptionId, clientOptions });
            return {
                async plan(specFile, mode, root) {
                    const result = await session.plan({ specPath: specFile, ...(root !== undefined ? { root } : {}), mode });
                    if (result.status !== 'planned') {
                        // validateFile passed a moment ago: only a file changed under our feet gets here.
                        throw new Error(`${specFile} changed while amlnet was running and no longer validates`);
                    }
                    return { plan: result.plan, spec: result.spec };
                },
                apply: (plan, spec) => session.apply(plan, spec),
            };
        },
        renderPlanComment: (plan, ctx) => (0,_render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanComment */ .zk)(plan, ctx),
        renderPlanSummary: (plan, ctx) => (0,_render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanSummary */ .ON)(plan, ctx),
        renderNoPlanComment: (findings, reason, ctx) => (0,_render_plan_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDegradedComment */ .yY)({ reason, findings, valid: !findings.some((f) => f.severity === 'error') }, ctx),
        renderApplySummary: (result) => (0,_apply_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderApplyMarkdown */ .o)(result),
    };
}
const pipeline = createPipeline();


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
