export const id = 929;
export const ids = [929];
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
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58957);
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
            ? (0,_render_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .renderFindingsSarif */ .Cu)(result.findings, (0,_render_sarif_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .amlnetSarifOptions */ .L)(options.spec))
            : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .renderFindingsText */ .uc)(result.file, result.findings));
    if (result.unparseable)
        return 2;
    return result.valid ? 0 : 1;
}
async function run(argv) {
    return runValidate(argv, _args_js__WEBPACK_IMPORTED_MODULE_3__/* .processOutput */ .Xi);
}


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ securityRuleId),
/* harmony export */   BP: () => (/* binding */ rgId),
/* harmony export */   HM: () => (/* binding */ computeId),
/* harmony export */   RQ: () => (/* binding */ parseResourceId),
/* harmony export */   RX: () => (/* binding */ workspaceId),
/* harmony export */   SD: () => (/* binding */ nsgId),
/* harmony export */   hG: () => (/* binding */ managedClusterId),
/* harmony export */   oR: () => (/* binding */ vnetOfSubnet),
/* harmony export */   p4: () => (/* binding */ subnetId),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   wM: () => (/* binding */ armUrl)
/* harmony export */ });
/* unused harmony exports vnetId, armPath */
// ARM resource ids for what the spec names. Pure string work; ids are compared case-insensitively
// (ARM ids are case-insensitive; Azure returns `resourcegroups` in some ids and `resourceGroups` in others).
function rgId(sub, rg) {
    return `/subscriptions/${sub}/resourceGroups/${rg}`;
}
function vnetId(sub, rg, vnet) {
    return `${rgId(sub, rg)}/providers/Microsoft.Network/virtualNetworks/${vnet}`;
}
function subnetId(sub, rg, vnet, subnet) {
    return `${vnetId(sub, rg, vnet)}/subnets/${subnet}`;
}
function nsgId(sub, rg, nsg) {
    return `${rgId(sub, rg)}/providers/Microsoft.Network/networkSecurityGroups/${nsg}`;
}
function securityRuleId(nsgResourceId, rule) {
    return `${nsgResourceId}/securityRules/${rule}`;
}
function workspaceId(sub, rg, ws) {
    return `${rgId(sub, rg)}/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
}
function computeId(sub, rg, ws, compute) {
    return `${workspaceId(sub, rg, ws)}/computes/${compute}`;
}
function managedClusterId(sub, rg, name) {
    return `${rgId(sub, rg)}/providers/Microsoft.ContainerService/managedClusters/${name}`;
}
function sameId(a, b) {
    return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * One segment of an ARM path as Azure returns it. Ids come back from Azure (and attach ids from the spec) and
 * end up in request URLs: nothing that a URL parser would treat as structure may pass (`.`/`..`, `?`, `#`, `%`,
 * `\\`, whitespace or controls, `@`, `:`), so an id can never steer a request off its resource or its host.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const SAFE_SEGMENT = /^(?!\.{1,2}$)[^/?#%\\\s@:\u0000-\u001f\u007f]+$/;
/**
 * The id as a path for `{armEndpoint}{path}`, or undefined when it is not a plain ARM resource path
 * (`/subscriptions/{guid}/...`, safe segments, no empty segment).
 */
function armPath(id) {
    if (!id.startsWith('/'))
        return undefined;
    const parts = id.slice(1).split('/');
    if (parts.length < 2 || parts[0].toLowerCase() !== 'subscriptions' || !GUID.test(parts[1]))
        return undefined;
    return parts.every((p) => SAFE_SEGMENT.test(p)) ? id : undefined;
}
/**
 * `{armEndpoint}{id}?api-version=...` for an id Azure returned, or undefined when the id is not an ARM path
 * or the URL would leave the ARM endpoint's origin.
 */
function armUrl(armEndpoint, id, apiVersion) {
    const path = armPath(id);
    if (path === undefined)
        return undefined;
    const base = new URL(armEndpoint);
    const url = new URL(`${armEndpoint.replace(/\/+$/, '')}${path}?api-version=${encodeURIComponent(apiVersion)}`);
    return url.origin === base.origin && url.pathname.endsWith(path) ? url.toString() : undefined;
}
/** Parses /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]... */
function parseResourceId(id) {
    if (armPath(id) === undefined)
        return undefined;
    const parts = id.split('/').filter((p) => p !== '');
    if (parts.length < 6 || parts[0].toLowerCase() !== 'subscriptions' || parts[2].toLowerCase() !== 'resourcegroups') {
        return undefined;
    }
    if (parts[4].toLowerCase() !== 'providers' || parts.length < 8 || (parts.length - 6) % 2 !== 0)
        return undefined;
    const segments = parts.slice(6);
    return {
        subscriptionId: parts[1],
        resourceGroup: parts[3],
        provider: parts[5],
        segments,
        name: segments[segments.length - 1],
    };
}
/** The VNet id a subnet id belongs to (lower-cased comparisons are the caller's business). */
function vnetOfSubnet(subnetResourceId) {
    const m = /^(.*\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(subnetResourceId);
    return m?.[1];
}


/***/ }),

/***/ 99527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ removedOwnedRules),
/* harmony export */   ZI: () => (/* binding */ OWNED_RULES_TAG),
/* harmony export */   go: () => (/* binding */ isOwned),
/* harmony export */   sF: () => (/* binding */ withOwnedRuleNames),
/* harmony export */   sr: () => (/* binding */ ownedRuleNames)
/* harmony export */ });
// Which NSG rules amlnet owns, recorded in Azure itself: in the NSG's tags, written (read, merge, If-Match) when
// amlnet creates or updates a rule, and read back by every plan. No local state file: ownership survives re-runs
// and runners, and amlnet never claims a rule it did not write. Pure string work on the tag map.
//
// Format: tag `amlnet-owned-rules` holds rule names joined by commas (NSG rule names cannot contain commas); names
// that do not fit in one tag value (256 characters) continue in `amlnet-owned-rules-2`, `-3`, ... Other tags are
// never touched. https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources#limitations
const OWNED_RULES_TAG = 'amlnet-owned-rules';
const MAX_TAG_VALUE = 256;
const OWNED_KEY = new RegExp(`^${OWNED_RULES_TAG}(-\\d+)?$`, 'i');
/** The owned rule names the tags record, in their first spelling, de-duplicated case-insensitively. */
function ownedRuleNames(tags) {
    const seen = new Set();
    const names = [];
    const keys = Object.keys(tags ?? {})
        .filter((k) => OWNED_KEY.test(k))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const k of keys) {
        for (const raw of (tags?.[k] ?? '').split(',')) {
            const name = raw.trim();
            if (name === '' || seen.has(name.toLowerCase()))
                continue;
            seen.add(name.toLowerCase());
            names.push(name);
        }
    }
    return names;
}
/** `tags` with the ownership record rewritten to hold exactly `names` (sorted); every other tag as it was. */
function withOwnedRuleNames(tags, names) {
    const out = {};
    for (const [k, v] of Object.entries(tags ?? {}))
        if (!OWNED_KEY.test(k))
            out[k] = v;
    const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const values = [];
    for (const name of unique) {
        const last = values.length - 1;
        if (last >= 0 && values[last].length + 1 + name.length <= MAX_TAG_VALUE)
            values[last] += `,${name}`;
        else
            values.push(name);
    }
    values.forEach((v, i) => (out[i === 0 ? OWNED_RULES_TAG : `${OWNED_RULES_TAG}-${i + 1}`] = v));
    return out;
}
/** True when the tags already record `name` as owned (case-insensitively). */
function isOwned(tags, name) {
    return ownedRuleNames(tags).some((n) => n.toLowerCase() === name.toLowerCase());
}
/** Owned rules (per the NSG's tags) that still exist in Azure and that the spec no longer lists (lower-cased names). */
function removedOwnedRules(nsg, listed) {
    const owned = new Set(nsg.ownedRules.map((n) => n.toLowerCase()));
    return nsg.rules.filter((r) => owned.has(r.name.toLowerCase()) && !listed.has(r.name.toLowerCase()));
}


/***/ }),

/***/ 10003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ isUnreadable),
/* harmony export */   HD: () => (/* binding */ readable),
/* harmony export */   RI: () => (/* binding */ storageSecured)
/* harmony export */ });
// The live state amlnet reads from Azure, normalised into plain data (no SDK types) so that the live
// rules and the diff are pure functions of (spec, live). Only what the spec names is read.
// `null` = Azure answered 404 (absent). 'unreadable' = Azure refused or failed; a rule that needs the
// value then reports a notice instead of guessing.
/** Secured in a VNet: network rules deny by default, or public access is off (private endpoints only). */
function storageSecured(sa) {
    return ((sa.defaultAction ?? '').toLowerCase() === 'deny' || (sa.publicNetworkAccess ?? '').toLowerCase() === 'disabled');
}
function isUnreadable(v) {
    return typeof v === 'object' && v !== null && v.unreadable === true;
}
/** The value when present and readable, else undefined (absent and unreadable both give undefined). */
function readable(v) {
    if (v === null || v === undefined || isUnreadable(v))
        return undefined;
    return v;
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

/***/ 22870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ amlnetSarifOptions)
});

// EXTERNAL MODULE: ./src/rules/live/index.ts + 7 modules
var live = __webpack_require__(84277);
// EXTERNAL MODULE: ./src/rules/index.ts + 13 modules
var rules = __webpack_require__(71404);
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ renderFindingsSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, SARIF_VERSION, RULE_CATALOGUE_URL, ruleHelpUri, findingsSarif */
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
        help: { text, markdown: `${escapeMarkdown(title)}. [Rule source](${helpUri})` },
        defaultConfiguration: { level },
    };
}
/** Markdown in help text: the characters that would start markup are backslash-escaped. */
function escapeMarkdown(s) {
    return s.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`);
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
