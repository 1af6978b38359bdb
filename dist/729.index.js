export const id = 729;
export const ids = [729];
export const modules = {

/***/ 43729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RULE_CATALOGUE_URL: () => (/* binding */ RULE_CATALOGUE_URL),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   SARIF_VERSION: () => (/* binding */ SARIF_VERSION),
/* harmony export */   findingsSarif: () => (/* binding */ findingsSarif),
/* harmony export */   renderFindingsSarif: () => (/* binding */ renderFindingsSarif),
/* harmony export */   ruleHelpUri: () => (/* binding */ ruleHelpUri)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42495);

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
/** The rule catalogue in the repository, the help link of a rule whose source is not a public page. */
const RULE_CATALOGUE_URL = 'https://github.com/amlnet/amlnet/blob/main/docs/rules.md';
const INFORMATION_URI = 'https://github.com/amlnet/amlnet';
/** SARIF's levels: a notice is a "note". */
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** A rule's public help link: its source when that is an https page, else the repository's rule catalogue. */
function ruleHelpUri(source) {
    return /^https:\/\/\S+$/.test(source.document) ? source.document : RULE_CATALOGUE_URL;
}
function descriptor(id, level, info) {
    const title = info?.title ?? id;
    const source = info?.source;
    const helpUri = source === undefined ? RULE_CATALOGUE_URL : ruleHelpUri(source);
    const detail = source?.detail !== undefined && source.detail !== '' ? ` (${source.detail})` : '';
    const text = `${title}. Source: ${source?.document ?? 'the amlnet rule catalogue'}${detail}. More: ${helpUri}`;
    return {
        id,
        name: id,
        shortDescription: { text: title },
        helpUri,
        help: { text, markdown: `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(title)}. [Rule source](${helpUri})` },
        defaultConfiguration: { level },
    };
}
/** SARIF lines and columns start at 1; a finding on the whole file (0 or less) points at 1:1. */
function atLeastOne(n) {
    return Number.isInteger(n) && n >= 1 ? n : 1;
}
/** A stable fingerprint of a finding that does not move when unrelated lines move: rule + spec path. */
function fingerprint(f) {
    return `${f.ruleId}:${f.path}`;
}
function messageText(f) {
    return f.hint !== undefined && f.hint !== '' ? `${f.message} (${f.hint})` : f.message;
}
// The uri is relative to the repository root, which is how code scanning resolves it.
/** The SARIF log object of `findings` (one run, one result per finding, in the findings' order). */
function findingsSarif(findings, options) {
    const infoById = new Map(options.rules.map((r) => [r.id, r]));
    const rules = [];
    const indexById = new Map();
    const uri = options.specPath.replace(/\\/g, '/').replace(/^\.\//, '');
    const results = findings.map((f) => {
        let index = indexById.get(f.ruleId);
        if (index === undefined) {
            index = rules.length;
            indexById.set(f.ruleId, index);
            rules.push(descriptor(f.ruleId, LEVEL[f.severity], infoById.get(f.ruleId)));
        }
        return {
            ruleId: f.ruleId,
            ruleIndex: index,
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri },
                        region: { startLine: atLeastOne(f.line), startColumn: atLeastOne(f.column) },
                    },
                    ...(f.path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] }),
                },
            ],
            partialFingerprints: { 'amlnetRulePath/v1': fingerprint(f) },
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: [
            {
                tool: { driver: { name: 'amlnet', version: options.version, informationUri: INFORMATION_URI, rules } },
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
function renderFindingsSarif(findings, options) {
    return JSON.stringify(findingsSarif(findings, options), null, 2) + '\n';
}


/***/ })

};
