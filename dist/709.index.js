export const id = 709;
export const ids = [709];
export const modules = {

/***/ 34709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importStep: () => (/* binding */ importStep)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58750);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92935);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42495);
// `command: import` in the action: log in with the job's GitHub OIDC token (Reader is enough), import, write the
// spec under RUNNER_TEMP (ready for actions/upload-artifact), set the `imported-spec` output to its path, and show
// the spec and its findings in the job summary. Nothing is written to Azure. The login and the import itself are
// the composition root's (app/pipeline.ts, app/session.ts); this step only maps inputs and writes the results.






/** RESOURCE-GROUP/NAME -> its parts (settings checked the form). */
function split(value) {
    const i = value.indexOf('/');
    return { resourceGroup: value.slice(0, i), name: value.slice(i + 1) };
}
/** A fence longer than any backtick run in `text`, so the spec cannot close it. */
function fenced(text, lang) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}
/** Runs the import; throws an Error whose message main reports when it cannot (inputs, login, Azure). */
async function importStep(io, pipeline, settings, summary, rulesUrl) {
    const target = settings.import;
    if (target === undefined)
        throw new Error(`command: import needs the inputs ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.ImportWorkspace} and ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.ImportNetwork}`);
    const missing = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .missingAzureInputs */ .Jb)(settings);
    if (settings.subscriptionId === undefined)
        missing.push(_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.SubscriptionId);
    if (missing.length > 0)
        throw new Error(`command: import needs the input(s) ${missing.join(', ')}`);
    const session = await pipeline.login({
        environment: settings.environment,
        armEndpoint: settings.armEndpoint,
        authorityHost: settings.authorityHost,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        audience: settings.audience,
        subscriptionId: settings.subscriptionId,
        getIdToken: (aud) => io.getIDToken(aud),
    });
    const sg = target.securityGroup;
    const workspace = split(target.workspace);
    const result = await session.import({
        workspace,
        network: split(target.network),
        ...(sg !== undefined ? { securityGroup: sg.includes('/') ? split(sg) : { name: sg } } : {}),
    }, 'amlnet.yml');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(io.env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'amlnet');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `imported-${workspace.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.yml`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, result.text);
    io.setOutput(_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.ImportedSpec, file);
    const verdict = result.roundTrip
        ? 'It validates with no error and its plan against the same Azure state has no change.'
        : `It does not round-trip yet: ${result.changes === undefined ? 'it has error findings' : `its plan would make ${result.changes.length} change(s)`} (see the findings).`;
    if (!result.roundTrip)
        io.warning(`amlnet import: ${verdict}`);
    io.info(`amlnet: imported spec written to ${file}`);
    summary.add('Imported spec', `Written to \`${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(file)}\` (output \`${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.ImportedSpec}\`; upload it with actions/upload-artifact ` +
        `and commit it as \`amlnet.yml\`). ${verdict}`);
    summary.add('Findings', (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .findingsTable */ .f9)(result.findings, 'amlnet.yml', rulesUrl));
    summary.add('The spec', (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)('amlnet.yml', fenced(result.text, 'yaml')));
}


/***/ })

};
