export const id = 709;
export const ids = [709];
export const modules = {

/***/ 34709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importStep: () => (/* binding */ importStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58750);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92935);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42495);
// `command: import` in the action: log in with the job's GitHub OIDC token (Reader is enough), import, write the
// spec under RUNNER_TEMP (ready for actions/upload-artifact), set the `imported-spec` output to its path, and show
// the spec and its findings in the job summary. Nothing is written to Azure. The Azure SDKs load only here.







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
async function importStep(settings, summary, rulesUrl, env = process.env) {
    const target = settings.import;
    if (target === undefined)
        throw new Error(`command: import needs the inputs ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.ImportWorkspace} and ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.ImportNetwork}`);
    const missing = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .missingAzureInputs */ .Jb)(settings);
    if (settings.subscriptionId === undefined)
        missing.push(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.SubscriptionId);
    if (missing.length > 0)
        throw new Error(`command: import needs the input(s) ${missing.join(', ')}`);
    const [{ resolveEndpoints }, { createCredential }, { createClients }, { importFromAzure }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9713)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18098)),
        __webpack_require__.e(/* import() */ 139).then(__webpack_require__.bind(__webpack_require__, 23139)),
        Promise.all(/* import() */[__webpack_require__.e(252), __webpack_require__.e(291)]).then(__webpack_require__.bind(__webpack_require__, 60291)),
    ]);
    const endpoints = resolveEndpoints({
        environment: settings.environment,
        armEndpoint: settings.armEndpoint,
        authorityHost: settings.authorityHost,
    });
    const { credential } = await createCredential({
        endpoints,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        audience: settings.audience,
        getIdToken: (aud) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(aud),
    });
    const sg = target.securityGroup;
    const workspace = split(target.workspace);
    const result = await importFromAzure({
        target: {
            workspace,
            network: split(target.network),
            ...(sg !== undefined ? { securityGroup: sg.includes('/') ? split(sg) : { name: sg } } : {}),
        },
        clients: createClients({ credential, endpoints, subscriptionId: settings.subscriptionId }),
        file: 'amlnet.yml',
    });
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'amlnet');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `imported-${workspace.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.yml`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, result.text);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.ImportedSpec, file);
    const verdict = result.roundTrip
        ? 'It validates with no error and its plan against the same Azure state has no change.'
        : `It does not round-trip yet: ${result.changes === undefined ? 'it has error findings' : `its plan would make ${result.changes.length} change(s)`} (see the findings).`;
    if (!result.roundTrip)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`amlnet import: ${verdict}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`amlnet: imported spec written to ${file}`);
    summary.add('Imported spec', `Written to \`${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(file)}\` (output \`${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.ImportedSpec}\`; upload it with actions/upload-artifact ` +
        `and commit it as \`amlnet.yml\`). ${verdict}`);
    summary.add('Findings', (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .findingsTable */ .f9)(result.findings, 'amlnet.yml', rulesUrl));
    summary.add('The spec', (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .details */ .zH)('amlnet.yml', fenced(result.text, 'yaml')));
}


/***/ })

};
