export const id = 976;
export const ids = [976];
export const modules = {

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


/***/ })

};
