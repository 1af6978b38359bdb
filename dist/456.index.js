export const id = 456;
export const ids = [456];
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

/***/ 27456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPipeline: () => (/* binding */ createPipeline),
/* harmony export */   pipeline: () => (/* binding */ pipeline)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58957);
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
                Promise.all(/* import() */[__webpack_require__.e(277), __webpack_require__.e(252), __webpack_require__.e(163)]).then(__webpack_require__.bind(__webpack_require__, 80919)),
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


/***/ })

};
