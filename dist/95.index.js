export const id = 95;
export const ids = [95];
export const modules = {

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
/* harmony import */ var _plan_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6595);
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


/***/ })

};
