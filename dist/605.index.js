export const id = 605;
export const ids = [605,986];
export const modules = {

/***/ 3605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POLL_INTERVAL_VARIABLE: () => (/* binding */ POLL_INTERVAL_VARIABLE),
/* harmony export */   createPipeline: () => (/* binding */ createPipeline),
/* harmony export */   pipelineOptionsFromEnv: () => (/* binding */ pipelineOptionsFromEnv)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87016);

async function loadRenderers() {
    const [{ renderDegradedComment, renderPlanComment, renderPlanSummary }, { renderApplyMarkdown }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(595), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 94392)),
        __webpack_require__.e(/* import() */ 82).then(__webpack_require__.bind(__webpack_require__, 37082)),
    ]);
    return {
        renderPlanComment: (plan, ctx) => renderPlanComment(plan, ctx),
        renderPlanSummary: (plan, ctx) => renderPlanSummary(plan, ctx),
        renderNoPlanComment: (findings, reason, ctx) => renderDegradedComment({ reason, findings, valid: !findings.some((f) => f.severity === 'error') }, ctx),
        renderApplySummary: (result) => renderApplyMarkdown(result),
    };
}
function createPipeline(options = {}) {
    const clientOptions = {
        ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
        ...(options.maxRetryAfterSeconds !== undefined ? { maxRetryAfterSeconds: options.maxRetryAfterSeconds } : {}),
    };
    let renderers;
    return {
        async validateFile(path, root) {
            const result = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.validateSpecFile)(path, { root });
            return { findings: result.findings, spec: result.spec };
        },
        async login(target) {
            const [{ resolveEndpoints }, { openSession }] = await Promise.all([
                __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 9713)),
                Promise.all(/* import() */[__webpack_require__.e(595), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 80919)),
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
                    const result = await session.plan({ specPath: specFile, root, mode });
                    if (result.status !== 'planned') {
                        // validateFile passed a moment ago: only a file changed under our feet gets here.
                        throw new Error(`${specFile} changed while amlnet was running and no longer validates`);
                    }
                    return { plan: result.plan, spec: result.spec };
                },
                apply: (plan, spec, progress) => session.apply(plan, spec, progress !== undefined ? { progress } : {}),
                import: (importTarget, file) => session.import(importTarget, file),
            };
        },
        renderers: () => (renderers ??= loadRenderers()),
    };
}
/** The environment variable of the test-only poll-interval knob (README.md, "Development"). */
const POLL_INTERVAL_VARIABLE = 'AMLNET_POLL_INTERVAL_MS';
/**
 * The action's pipeline options from its environment. Only tests set AMLNET_POLL_INTERVAL_MS (the crash matrix
 * shortens the 2 s LRO poll to run against the emulator in reasonable time); a workflow never needs it. A value
 * that is not a whole number of milliseconds from 0 to 60000 is refused with a message naming it.
 */
function pipelineOptionsFromEnv(env) {
    const raw = env[POLL_INTERVAL_VARIABLE];
    if (raw === undefined || raw === '')
        return {};
    const value = Number(raw);
    if (!/^\d{1,5}$/.test(raw.trim()) || value > 60_000) {
        throw new Error(`${POLL_INTERVAL_VARIABLE} must be a whole number of milliseconds from 0 to 60000, got ${JSON.stringify(raw.slice(0, 40))}`);
    }
    return { pollIntervalMs: value };
}


/***/ })

};
