export const id = 10;
export const ids = [10];
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
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62752);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95993);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62309);
// `amlnet validate [--spec FILE] [--format text|json]`: offline checks only (no Azure call, no credentials).
// Exit codes (README, "Command-line reference"): 0 no errors, 1 error findings, 2 spec unreadable/unparseable or
// bad usage.
// Imports nothing from @azure/* or @actions/* (a test walks this module's import graph to keep it so).



const usage = `usage: amlnet validate [--spec FILE] [--format text|json]

Checks the spec offline: YAML, the schema (schema/amlnet.schema.json) and the network rules.

options:
  --spec FILE        the spec to check (default amlnet.yml; may also be given as the only argument)
${_args_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKSPACE_USAGE */ .qv}
  --format FORMAT    text (default) or json ({"valid": ..., "findings": [...]})
  -h, --help         show this help

exit codes: 0 no errors, 1 error findings, 2 spec unreadable or unparseable, or bad usage`;
const FORMATS = ['text', 'json'];
function parse(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, { format: { type: 'string' } });
    if (typeof parsed === 'string')
        return parsed;
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOption */ .Bx)(parsed.values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    return { spec: parsed.spec, workspace: parsed.workspace, format, help: parsed.help };
}
/** The command with its output injectable (tests capture it). */
async function runValidate(argv, out) {
    const options = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOrAnswer */ .tr)('validate', argv, parse, usage, out);
    if (typeof options === 'number')
        return options;
    const result = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.validateSpecFile)(options.spec, { root: options.workspace ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__.specRoot)(process.env) });
    out.stdout(options.format === 'json' ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFindingsJson */ .lg)(result.findings) : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFindingsText */ .uc)(result.file, result.findings));
    if (result.unparseable)
        return 2;
    return result.valid ? 0 : 1;
}
async function run(argv) {
    return runValidate(argv, _args_js__WEBPACK_IMPORTED_MODULE_1__/* .processOutput */ .Xi);
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


/***/ })

};
