export const id = 82;
export const ids = [82];
export const modules = {

/***/ 47425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ formatFinish),
/* harmony export */   UC: () => (/* binding */ DEFAULT_HEARTBEAT_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cK: () => (/* binding */ formatHeartbeat),
/* harmony export */   cf: () => (/* binding */ durationOf),
/* harmony export */   u3: () => (/* binding */ formatStart)
/* harmony export */ });
/* unused harmony export formatElapsed */
/** Terraform's rhythm: "Still creating... [10s elapsed]" every 10 s. */
const DEFAULT_HEARTBEAT_MS = 10_000;
const ING = {
    create: 'creating',
    update: 'modifying',
    delete: 'destroying',
    'no-op': 'reading',
    refuse: 'refusing',
};
const NOUN = {
    create: 'Creation',
    update: 'Modifications',
    delete: 'Destruction',
    'no-op': 'Read',
    refuse: 'Refusal',
};
/** Terraform's elapsed format: 9s, 1m0s, 1h2m3s (whole seconds, rounded down). */
function formatElapsed(ms) {
    const total = Math.max(0, Math.floor(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h}h${m}m${s}s`;
    if (m > 0)
        return `${m}m${s}s`;
    return `${s}s`;
}
/** A change's duration for the apply summary: `0.4 s`, `12.3 s` below a minute, then `3m12s`; `—` when unknown. */
function formatDuration(ms) {
    if (ms === undefined)
        return '—';
    return ms < 60_000 ? `${(Math.max(0, ms) / 1000).toFixed(1)} s` : formatElapsed(ms);
}
function formatStart(start) {
    return `${start.address}: ${ING[start.action]}...`;
}
/** `aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]` */
function formatHeartbeat(beat) {
    const azure = beat.azureStatus !== undefined ? `, Azure: ${beat.azureStatus}` : '';
    return `${beat.address}: still ${ING[beat.action]}... [${formatElapsed(beat.elapsedMs)} elapsed${azure}]`;
}
/** The change's duration (ms), when it started and finished. */
function durationOf(o) {
    return o.startedAt !== undefined && o.finishedAt !== undefined ? o.finishedAt - o.startedAt : undefined;
}
/** `subnets[aks-subnet]: Modifications complete after 2s`, `...: FAILED after 3s (AuthorizationFailed)`. */
function formatFinish(o) {
    const took = durationOf(o);
    const after = took !== undefined ? ` after ${formatElapsed(took)}` : '';
    if (o.status === 'done')
        return `${o.address}: ${NOUN[o.action]} complete${after}`;
    if (o.status === 'failed')
        return `${o.address}: FAILED${after}${o.error ? ` (${o.error.code})` : ''}`;
    const because = o.skippedBecause ?? [];
    return `${o.address}: not started (${because.length > 0 ? because.join(', ') : 'skipped'})`;
}


/***/ }),

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


/***/ })

};
