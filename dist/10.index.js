export const id = 10;
export const ids = [10,729,870];
export const modules = {

/***/ 62309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ formatOption),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Xi: () => (/* binding */ processOutput),
/* harmony export */   qv: () => (/* binding */ WORKSPACE_USAGE),
/* harmony export */   tr: () => (/* binding */ parseOrAnswer)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
// What every command shares: output streams, the spec argument and --help, the --format check.
// Imports nothing from Azure (validate uses it; see azure-options.ts for the commands that log in).


const processOutput = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
};
/** Options every command has: the spec (also as the one positional argument) and --help. */
const SPEC_OPTIONS = {
    spec: { type: 'string' },
    workspace: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};
/**
 * Parses a command's arguments: its own options plus --spec/--help, with the spec given either as --spec or as
 * the only positional argument (default amlnet.yml). Returns the message to print for bad usage.
 */
function parseCommandArgs(argv, options) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: { ...options, ...SPEC_OPTIONS }, allowPositionals: true, strict: true });
    }
    catch (err) {
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err);
    }
    const { values, positionals } = parsed;
    // The options every command has (typed here, where the generic result does not narrow them).
    const common = values;
    if (positionals.length > 1)
        return `expected at most one spec file, got ${positionals.length}: ${positionals.join(' ')}`;
    if (positionals.length === 1 && common.spec !== undefined)
        return 'give the spec either with --spec or as an argument, not both';
    return {
        values,
        spec: common.spec ?? positionals[0] ?? 'amlnet.yml',
        workspace: common.workspace,
        help: common.help ?? false,
    };
}
/** Usage line of --workspace, shared by the commands that read a spec. */
const WORKSPACE_USAGE = '  --workspace DIR    the folder the spec must stay in; a symlinked spec or one outside it is refused\n' +
    '                     (default: $GITHUB_WORKSPACE, else the current directory)';
/** The --format value if it is one of `formats`, else the usage message. */
function formatOption(value, formats) {
    const format = value ?? formats[0];
    if (formats.includes(format))
        return format;
    return { error: `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, got '${format}'` };
}
/**
 * The start of every command: parses its arguments, and answers bad usage (the message and the usage, exit 2)
 * and --help (the usage, exit 0) itself. Returns the options, or the exit code when the command is done.
 */
function parseOrAnswer(command, argv, parse, usage, out) {
    const o = parse(argv);
    if (typeof o === 'string') {
        out.stderr(`amlnet ${command}: ${o}\n\n${usage}\n`);
        return 2;
    }
    if (o.help) {
        out.stdout(usage + '\n');
        return 0;
    }
    return o;
}


/***/ }),

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runValidate: () => (/* binding */ runValidate),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62752);
/* harmony import */ var _render_sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43729);
/* harmony import */ var _render_sarif_catalogue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22870);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87016);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62309);
// `amlnet validate [--spec FILE] [--format text|json|sarif]`: offline checks only (no Azure call, no credentials).
// Exit codes (README, "Command-line reference"): 0 no errors, 1 error findings, 2 spec unreadable/unparseable or
// bad usage.
// Imports nothing from @azure/* or @actions/* (a test walks this module's import graph to keep it so).





const usage = `usage: amlnet validate [--spec FILE] [--format text|json|sarif]

Checks the spec offline: YAML, the schema (schema/amlnet.schema.json) and the network rules.

options:
  --spec FILE        the spec to check (default amlnet.yml; may also be given as the only argument)
${_args_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE_USAGE */ .qv}
  --format FORMAT    text (default), json ({"valid": ..., "findings": [...]}) or sarif (SARIF 2.1.0, for
                     GitHub code scanning)
  -h, --help         show this help

exit codes: 0 no errors, 1 error findings, 2 spec unreadable or unparseable, or bad usage`;
const FORMATS = ['text', 'json', 'sarif'];
function parse(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)(argv, { format: { type: 'string' } });
    if (typeof parsed === 'string')
        return parsed;
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOption */ .Bx)(parsed.values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    return { spec: parsed.spec, workspace: parsed.workspace, format, help: parsed.help };
}
/** The command with its output injectable (tests capture it). */
async function runValidate(argv, out) {
    const options = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOrAnswer */ .tr)('validate', argv, parse, usage, out);
    if (typeof options === 'number')
        return options;
    const result = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__.validateSpecFile)(options.spec, { root: options.workspace ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__.specRoot)(process.env) });
    out.stdout(options.format === 'json'
        ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .renderFindingsJson */ .lg)(result.findings)
        : options.format === 'sarif'
            ? (0,_render_sarif_js__WEBPACK_IMPORTED_MODULE_0__.renderFindingsSarif)(result.findings, (0,_render_sarif_catalogue_js__WEBPACK_IMPORTED_MODULE_1__.amlnetSarifOptions)(options.spec))
            : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .renderFindingsText */ .uc)(result.file, result.findings));
    if (result.unparseable)
        return 2;
    return result.valid ? 0 : 1;
}
async function run(argv) {
    return runValidate(argv, _args_js__WEBPACK_IMPORTED_MODULE_3__/* .processOutput */ .Xi);
}


/***/ }),

/***/ 62752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lg: () => (/* binding */ renderFindingsJson),
/* harmony export */   uc: () => (/* binding */ renderFindingsText)
/* harmony export */ });
/* unused harmony exports summarize, renderFindingLine, findingsJson */
function count(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** "2 errors, 1 warning" (notices only when there are some). */
function summarize(findings) {
    const by = (s) => findings.filter((f) => f.severity === s).length;
    const parts = [count(by('error'), 'error'), count(by('warning'), 'warning')];
    const notices = by('notice');
    if (notices > 0)
        parts.push(count(notices, 'notice'));
    return parts.join(', ');
}
/** One finding: `amlnet.yml:31:19: error AKS-DNS-IN-SERVICE-CIDR message (hint)`. */
function renderFindingLine(file, f) {
    const hint = f.hint !== undefined && f.hint !== '' ? ` (${f.hint})` : '';
    return `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${f.message}${hint}`;
}
/** Every finding on its own line, then the summary line; ends with a newline. */
function renderFindingsText(file, findings) {
    return [...findings.map((f) => renderFindingLine(file, f)), summarize(findings)].join('\n') + '\n';
}
/** The `--format json` object (README.md, "Command-line reference"). Keys in a fixed order so the output is stable. */
function findingsJson(findings) {
    return {
        valid: !findings.some((f) => f.severity === 'error'),
        findings: findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            path: f.path,
            line: f.line,
            column: f.column,
            ...(f.hint === undefined ? {} : { hint: f.hint }),
        })),
    };
}
function renderFindingsJson(findings) {
    return JSON.stringify(findingsJson(findings), null, 2) + '\n';
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

/***/ 22870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  amlnetSarifOptions: () => (/* binding */ amlnetSarifOptions)
});

// EXTERNAL MODULE: ./src/rules/live/index.ts + 8 modules
var live = __webpack_require__(32190);
// EXTERNAL MODULE: ./src/rules/index.ts + 12 modules
var rules = __webpack_require__(27339);
;// CONCATENATED MODULE: ./src/version.ts
// amlnet's version, as written into machine-readable reports (SARIF). A test keeps it equal to package.json's.
const AMLNET_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/render/sarif-catalogue.ts
// The SARIF options of amlnet's own rules: every offline and live rule, and this version of amlnet.



function amlnetSarifOptions(specPath) {
    return { specPath, version: AMLNET_VERSION, rules: (0,rules/* ruleCatalogue */.EP)([...rules/* offlineRules */.JN, ...live/* liveRules */.q]) };
}


/***/ }),

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
