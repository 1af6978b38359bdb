export const id = 54;
export const ids = [54];
export const modules = {

/***/ 49043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   p: () => (/* binding */ MAX_SPEC_BYTES),
/* harmony export */   uV: () => (/* binding */ MAX_LISTED_FINDINGS),
/* harmony export */   uw: () => (/* binding */ MAX_INDENT),
/* harmony export */   w4: () => (/* binding */ MAX_ALIAS_COUNT)
/* harmony export */ });
// Limits on what the validator accepts, so that hostile or broken input gives a finding, not a hang or a crash.
/** Largest spec read. A spec with 5,000 subnets and 500 clusters is ~0.7 MiB; 4 MiB leaves room and stays fast. */
const MAX_SPEC_BYTES = 4 * 1024 * 1024;
/** Deepest nesting of collections. A real spec nests 6 levels (network.securityGroup.rules[i].sourcePortRanges[j]). */
const MAX_DEPTH = 64;
/**
 * Widest leading run of indentation and block indicators (`- `, `? `) on one line. Block nesting needs at least
 * one column per level, so this bounds the block depth the YAML parser sees before it recurses.
 */
const MAX_INDENT = 1000;
/** Alias expansions allowed when converting the document (the yaml package's guard against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/**
 * Schema findings (and, separately, duplicate-key findings) listed per run. A broken or hostile file can fail
 * hundreds of thousands of times (every key unknown or repeated); past this many, one finding gives the count.
 */
const MAX_LISTED_FINDINGS = 1000;


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ parseSpecText)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/spec/limits.ts
var limits = __webpack_require__(49043);
// EXTERNAL MODULE: ./src/spec/prescan.ts
var prescan = __webpack_require__(63639);
// EXTERNAL MODULE: ./src/spec/printable.ts
var printable = __webpack_require__(15920);
// EXTERNAL MODULE: ./src/spec/rule-ids.ts
var rule_ids = __webpack_require__(62522);
// EXTERNAL MODULE: ./src/spec/path.ts
var spec_path = __webpack_require__(70284);
;// CONCATENATED MODULE: ./src/spec/source-map.ts
// Resolves spec paths to positions in the YAML source, lazily: each lookup walks the document along the path
// (list items by index, mapping keys through an index built on first use), so building the map costs nothing
// and every lookup is O(depth) on a spec of any size.


const FILE_START = { line: 1, column: 1 };
class SpecSourceMap {
    doc;
    lineCounter;
    constructor(doc, lineCounter) {
        this.doc = doc;
        this.lineCounter = lineCounter;
    }
    /** Not data: a result holding a source map (ValidateResult) serializes without it. */
    toJSON() {
        return undefined;
    }
    /** Position of the value at `path`; for an absent path, of its nearest existing ancestor. */
    valuePosition(path) {
        const { node, key } = this.locate(path);
        // An empty value (`key:` with nothing after it) has a zero-width range just after the colon: point at the key.
        if (node !== null && node.range && node.range[1] > node.range[0])
            return this.at(node.range[0]);
        if (key !== null && key.range)
            return this.at(key.range[0]);
        if (node !== null && node.range)
            return this.at(node.range[0]);
        return FILE_START;
    }
    /** Position of the KEY of the entry at `path` (for unknown keys); falls back to valuePosition. */
    keyPosition(path) {
        const { key } = this.locate(path, true);
        if (key !== null && key.range)
            return this.at(key.range[0]);
        return this.valuePosition(path);
    }
    at(offset) {
        const { line, col } = this.lineCounter.linePos(offset);
        return { line, column: col };
    }
    locate(path, exact = false) {
        const segments = typeof path === 'string' ? (0,spec_path/* parsePath */.Rr)(path) : path;
        let node = this.doc?.contents ?? null;
        let key = null;
        if (segments === undefined)
            return { node, key: null };
        for (const seg of segments) {
            if (node !== null && (0,dist/* isAlias */.Vj)(node) && this.doc)
                node = node.resolve(this.doc) ?? null;
            let next;
            let nextKey = null;
            if (node !== null && (0,dist/* isMap */.jh)(node)) {
                const pair = findPair(node, String(seg));
                if (pair !== undefined) {
                    nextKey = pair.key ?? null;
                    next = pair.value ?? null;
                    if (next === null)
                        return { node: nextKey, key: nextKey };
                }
            }
            else if (node !== null && (0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
                next = node.items[seg] ?? undefined;
            }
            if (next === undefined)
                return { node, key: exact ? null : key };
            node = next;
            key = nextKey;
        }
        return { node, key };
    }
}
// Key -> pair, built on the first lookup in a mapping: a spec with many unknown keys in one mapping gets one
// finding per key, and scanning the mapping for each would be quadratic.
const pairIndex = new WeakMap();
const INDEX_FROM = 16;
function findPair(map, key) {
    if (map.items.length < INDEX_FROM)
        return map.items.find((p) => (0,dist/* isPair */.tO)(p) && keyText(p.key) === key);
    let index = pairIndex.get(map);
    if (index === undefined) {
        index = new Map();
        for (const p of map.items) {
            const k = keyText(p.key);
            // The first occurrence wins, as for a short mapping.
            if (k !== undefined && !index.has(k))
                index.set(k, p);
        }
        pairIndex.set(map, index);
    }
    return index.get(key);
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/spec/parse.ts
// Reads spec text into a plain value plus a source map, turning every problem into a positioned finding.
// Order matters: prescan (size, NUL, nesting) before the parser; a depth check on the tree before anything
// recurses over it; alias expansion capped while converting to plain values.







function at(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/** The yaml package's messages may carry " at line X, column Y" and a code excerpt; keep the first sentence. */
function cleanMessage(message) {
    const first = message.split('\n')[0] ?? message;
    const sentence = first.replace(/ at line \d+, column \d+:?$/, '').trim();
    // The parser quotes the text it choked on; the file may not be a spec at all: a short, masked excerpt only.
    return (0,printable/* printable */.g)(sentence.replace(/"([^"]*)"/g, (_m, quoted) => `"${(0,printable/* printable */.g)(quoted, 24)}"`), 160);
}
/**
 * What the common layout mistakes mean in plain words, and what to change: the yaml package's own messages
 * ("Implicit keys need to be on a single line") name the grammar, not the fix. Keyed by the parser's error code
 * (https://eemeli.org/yaml/#errors); a message filter picks one meaning of a code that has several.
 */
/** The parser's message for a quoted value that never ends. */
const CLOSING_QUOTE = /closing .*quote/;
const PLAIN = [
    {
        code: 'TAB_AS_INDENT',
        message: 'a tab is used for indentation; YAML indents with spaces only',
        hint: 'replace the tab(s) at the start of this line with spaces (2 per level, as in the examples)',
    },
    {
        code: 'BAD_INDENT',
        message: 'this line is indented differently from the keys above it at the same level',
        hint: 'start every key of one mapping at the same column: count the spaces at the start of this line and the one above',
    },
    {
        code: 'MULTILINE_IMPLICIT_KEY',
        message: 'a key runs over more than one line: a line is indented deeper than the key above it, or a colon lacks its space',
        hint: 'indent this line like its neighbours, and write each entry as "key: value" with a space after the colon',
    },
    {
        code: 'BLOCK_AS_IMPLICIT_KEY',
        message: 'a nested mapping or list starts where a value was expected (a line indented too deep, or "a: b: c" on one line)',
        hint: 'put nested keys on their own lines, indented 2 spaces under their parent; quote a value that holds ": "',
    },
    {
        code: 'MISSING_CHAR',
        match: /followed by map values/,
        message: 'this line has a key without a colon: every entry is written "key: value"',
        hint: 'add ": " after the key, or indent the line under the entry it belongs to',
    },
    {
        code: 'MISSING_CHAR',
        match: CLOSING_QUOTE,
        message: 'this quoted value is never closed: the parser reads on past the end of its line',
        hint: 'add the closing quote at the end of the value, or remove the opening one',
    },
];
/** Whether a quoted scalar's source (opening quote included) ends with its closing quote. */
function quoteCloses(source) {
    const quote = source[0];
    const body = source.slice(1);
    if (quote === '"') {
        const m = /(\\*)"$/.exec(body);
        return m !== null && m[1].length % 2 === 0; // an even run of backslashes leaves the quote unescaped
    }
    const run = /'+$/.exec(body)?.[0].length ?? 0;
    return run % 2 === 1; // '' is an escaped quote inside single quotes
}
/**
 * Where the quoted value behind a "missing closing quote" error opens: the parser reports where it gave up (often
 * the end of the file), but the mistake is the opening quote. The last quoted scalar at or before `before` that is
 * unclosed or runs over a line break (legal YAML, never meant in a spec); undefined when there is none.
 */
function openingQuoteOffset(text, before) {
    let found;
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type !== 'document')
            continue;
        dist/* CST */.DB.visit(token, (item) => {
            for (const t of [item.key, item.value]) {
                if (t === null || t === undefined || (t.type !== 'double-quoted-scalar' && t.type !== 'single-quoted-scalar'))
                    continue;
                const suspect = t.source.includes('\n') || !quoteCloses(t.source);
                if (suspect && t.offset <= before && (found === undefined || t.offset > found))
                    found = t.offset;
            }
        });
    }
    return found;
}
function yamlFinding(issue, severity, lineCounter, text) {
    const opening = CLOSING_QUOTE.test(issue.message) ? openingQuoteOffset(text, issue.pos[0]) : undefined;
    const pos = at(lineCounter, opening ?? issue.pos[0]);
    const plain = PLAIN.find((p) => p.code === issue.code && (p.match === undefined || p.match.test(issue.message)));
    return {
        ruleId: rule_ids/* SpecRuleId */.R.yaml,
        severity,
        message: `invalid YAML: ${plain?.message ?? cleanMessage(issue.message)} (${issue.code})`,
        path: '',
        ...pos,
        ...(plain === undefined ? {} : { hint: plain.hint }),
    };
}
/** One finding per line and message: the parser often reports one layout mistake twice. */
function oncePerLine(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.line}\u0000${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * One pass over the node tree, without recursion: its depth, its first alias, and duplicate keys. Duplicate keys
 * are found here with a set per mapping because the yaml package's own check (uniqueKeys) compares every key with
 * every other: 40,000 keys in one mapping take ~17 s there.
 */
function inspectTree(root) {
    const facts = { duplicateKeys: [] };
    if (root === null)
        return facts;
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (facts.firstAlias === undefined || (node.range?.[0] ?? 0) < (facts.firstAlias.range?.[0] ?? 0)) {
                facts.firstAlias = node;
            }
            continue;
        }
        if (!(0,dist/* isCollection */.P3)(node))
            continue;
        if (depth > limits/* MAX_DEPTH */.lr)
            return { ...facts, tooDeep: node };
        const seen = (0,dist/* isMap */.jh)(node) ? new Set() : undefined;
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item)) {
                if (seen !== undefined && (0,dist/* isScalar */.jn)(item.key)) {
                    const key = String(item.key.value);
                    if (seen.has(key))
                        facts.duplicateKeys.push(item.key);
                    else
                        seen.add(key);
                }
                if (item.key !== null && typeof item.key === 'object')
                    stack.push([item.key, depth + 1]);
                if (item.value !== null && typeof item.value === 'object')
                    stack.push([item.value, depth + 1]);
            }
            else if (item !== null && typeof item === 'object') {
                stack.push([item, depth + 1]);
            }
        }
    }
    return facts;
}
function duplicateKeyFinding(key, lineCounter, text) {
    const [start, end] = key.range ?? [0, 0];
    const shown = (0,printable/* printable */.g)(text.slice(start, Math.min(end, start + 200)));
    return {
        ruleId: rule_ids/* SpecRuleId */.R.duplicateKey,
        severity: 'error',
        message: `duplicate key '${shown}': it already appears in the same mapping`,
        path: '',
        ...at(lineCounter, start),
        hint: 'keep one entry per key; YAML does not merge them',
    };
}
function parseSpecText(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const unparsed = (findings, doc) => ({
        sourceMap: new SpecSourceMap(doc, lineCounter),
        findings,
    });
    const early = (0,prescan/* prescan */.Jj)(text);
    if (early !== undefined)
        return unparsed([early]);
    // (A leading byte order mark is handled by the yaml lexer.)
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: false, // checked in inspectTree, in linear time
        version: '1.2',
        merge: false,
        keepSourceTokens: false,
    });
    const issues = oncePerLine([
        ...doc.errors.map((e) => yamlFinding(e, 'error', lineCounter, text)),
        ...doc.warnings.map((w) => yamlFinding(w, 'warning', lineCounter, text)),
    ]);
    // Junk text can raise an error per token: list the first ones, count the rest.
    const findings = issues.slice(0, limits/* MAX_LISTED_FINDINGS */.uV);
    if (issues.length > limits/* MAX_LISTED_FINDINGS */.uV) {
        const { line, column } = issues[limits/* MAX_LISTED_FINDINGS */.uV];
        findings.push({
            ruleId: rule_ids/* SpecRuleId */.R.yaml,
            severity: 'error',
            message: `${issues.length - limits/* MAX_LISTED_FINDINGS */.uV} more YAML problems not listed (${issues.length} in all)`,
            path: '',
            line,
            column,
        });
    }
    if (findings.some((f) => f.ruleId === rule_ids/* SpecRuleId */.R.yaml && f.severity === 'error'))
        return unparsed(findings, doc);
    const root = doc.contents ?? null;
    const { tooDeep, firstAlias, duplicateKeys } = inspectTree(root);
    if (tooDeep !== undefined) {
        const pos = tooDeep.range ? at(lineCounter, tooDeep.range[0]) : { line: 1, column: 1 };
        findings.push({
            ruleId: rule_ids/* SpecRuleId */.R.nesting,
            severity: 'error',
            message: `collections are nested more than ${limits/* MAX_DEPTH */.lr} levels deep`,
            path: '',
            ...pos,
            hint: 'a spec nests only a few levels; check for a generated or corrupted file',
        });
        return unparsed(findings, doc);
    }
    // (a loop, not push(...spread): a spread of 100,000 arguments overflows the stack)
    for (const key of duplicateKeys.slice(0, limits/* MAX_LISTED_FINDINGS */.uV))
        findings.push(duplicateKeyFinding(key, lineCounter, text));
    if (duplicateKeys.length > limits/* MAX_LISTED_FINDINGS */.uV) {
        const next = duplicateKeys[limits/* MAX_LISTED_FINDINGS */.uV].range?.[0] ?? 0;
        findings.push({
            ruleId: rule_ids/* SpecRuleId */.R.truncated,
            severity: 'error',
            message: `${duplicateKeys.length - limits/* MAX_LISTED_FINDINGS */.uV} more duplicate keys not listed (${duplicateKeys.length} in all)`,
            path: '',
            ...at(lineCounter, next),
            hint: 'fix the duplicate keys above and validate again',
        });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: limits/* MAX_ALIAS_COUNT */.w4 });
    }
    catch (err) {
        // The yaml package throws a ReferenceError for excessive alias expansion (and for an unknown alias).
        const pos = firstAlias?.range ? at(lineCounter, firstAlias.range[0]) : { line: 1, column: 1 };
        findings.push({
            ruleId: rule_ids/* SpecRuleId */.R.alias,
            severity: 'error',
            message: `YAML aliases expand too much or cannot be resolved: ${(0,errors/* errorMessage */.g)(err)}`,
            path: '',
            ...pos,
            hint: `write the values out; at most ${limits/* MAX_ALIAS_COUNT */.w4} alias expansions are allowed`,
        });
        return unparsed(findings, doc);
    }
    if (value === null || value === undefined) {
        findings.push({
            ruleId: rule_ids/* SpecRuleId */.R.empty,
            severity: 'error',
            message: 'the spec is empty',
            path: '',
            line: 1,
            column: 1,
            hint: 'start from one of the examples/ (version: 1, subscriptionId, location, workspace, network)',
        });
        return unparsed(findings, doc);
    }
    return { value, sourceMap: new SpecSourceMap(doc, lineCounter), findings };
}


/***/ }),

/***/ 70284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   lR: () => (/* binding */ describeLocation)
/* harmony export */ });
// Spec paths in amlnet's dotted notation: `aksClusters[0].dnsServiceIp`, `network.subnets[2]`, "" for the whole file.
// A key that is not a plain identifier (only unknown keys can be) is written as `["odd key"]` so that every
// path parses back to the same segments.
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(segments) {
    let out = '';
    for (const seg of segments) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (IDENT.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/** Parses a path back into segments; undefined when it is not in the notation (a rule's typo, say). */
function parsePath(path) {
    const segments = [];
    let i = 0;
    const n = path.length;
    while (i < n) {
        const ch = path[i];
        if (ch === '[') {
            const close = path.indexOf(']', i);
            if (path[i + 1] === '"') {
                // A JSON string segment: find its closing quote, honouring escapes.
                let j = i + 2;
                while (j < n && path[j] !== '"')
                    j += path[j] === '\\' ? 2 : 1;
                if (j >= n || path[j + 1] !== ']')
                    return undefined;
                try {
                    segments.push(JSON.parse(path.slice(i + 1, j + 1)));
                }
                catch {
                    return undefined;
                }
                i = j + 2;
            }
            else {
                if (close < 0)
                    return undefined;
                const digits = path.slice(i + 1, close);
                if (!/^[0-9]+$/.test(digits))
                    return undefined;
                segments.push(Number(digits));
                i = close + 1;
            }
        }
        else {
            if (ch === '.') {
                if (segments.length === 0)
                    return undefined;
                i += 1;
            }
            else if (segments.length > 0) {
                return undefined;
            }
            let j = i;
            while (j < n && path[j] !== '.' && path[j] !== '[' && path[j] !== ']')
                j += 1;
            if (j === i)
                return undefined;
            segments.push(path.slice(i, j));
            i = j;
        }
    }
    return segments;
}
/** Readable location for messages: "aksClusters[0]" or "the top level". */
function describeLocation(segments) {
    return segments.length === 0 ? 'the top level' : formatPath(segments);
}


/***/ }),

/***/ 63639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ prescan),
/* harmony export */   np: () => (/* binding */ tooLargeFinding),
/* harmony export */   qS: () => (/* binding */ positionOfOffset)
/* harmony export */ });
/* unused harmony exports formatBytes, scanNesting */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49043);
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62522);


function finding(ruleId, message, line, column, hint) {
    return { ruleId, severity: 'error', message, path: '', line, column, ...(hint === undefined ? {} : { hint }) };
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}
function tooLargeFinding(bytes) {
    return finding(_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecRuleId */ .R.tooLarge, `the spec is ${formatBytes(bytes)}; the limit is ${formatBytes(_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SPEC_BYTES */ .p)}`, 1, 1, 'split the environment into several spec files');
}
/** 1-based line and column of a UTF-16 offset (used only on the error path, so a scan is fine). */
function positionOfOffset(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Size, NUL bytes and nesting. Returns the first problem found, or undefined. */
function prescan(text) {
    // UTF-16 length is a lower bound of the UTF-8 size, so only compute the byte length when it can matter.
    if (text.length > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SPEC_BYTES */ .p / 3) {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SPEC_BYTES */ .p)
            return tooLargeFinding(bytes);
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        const { line, column } = positionOfOffset(text, nul);
        return finding(_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecRuleId */ .R.encoding, 'the spec contains a NUL byte: it is a binary file, not YAML text', line, column, 'save the spec as UTF-8 text');
    }
    return scanNesting(text);
}
/** Characters after which a block-context value (and so a flow collection or a quoted scalar) may start. */
const BLOCK_VALUE_START = new Set(['\n', ':', '-', '?']);
/**
 * Approximates YAML's nesting without parsing: flow collections (`[`, `{`) that open where a value may start,
 * outside quotes and comments; and the leading run of indentation and block indicators on each line.
 * It may over-count in odd corners, but only past limits no real spec comes near.
 */
function scanNesting(text) {
    let flowDepth = 0;
    let quote = '';
    let inComment = false;
    let prev = '\n'; // last significant (non-blank) character; '\n' at the start of a line
    let line = 1;
    let lineStart = 0;
    let leading = true; // still in the line's leading run of blanks and indicators
    const n = text.length;
    for (let i = 0; i < n; i += 1) {
        const ch = text[i];
        if (ch === '\n') {
            line += 1;
            lineStart = i + 1;
            inComment = false;
            leading = quote === '' && flowDepth === 0;
            if (quote === '')
                prev = '\n';
            continue;
        }
        if (leading) {
            const next = text[i + 1];
            const indicator = (ch === '-' || ch === '?') && (next === ' ' || next === '\n' || next === undefined);
            if (ch === ' ' || ch === '\t' || indicator) {
                if (i - lineStart + 1 > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_INDENT */ .uw) {
                    return finding(_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecRuleId */ .R.nesting, `line ${line} is indented or nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_INDENT */ .uw} columns deep`, line, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_INDENT */ .uw + 1, 'a spec nests only a few levels; check for a generated or corrupted file');
                }
                if (indicator)
                    prev = ch;
                continue;
            }
            leading = false;
        }
        if (inComment)
            continue;
        if (quote !== '') {
            if (quote === '"' && ch === '\\')
                i += 1;
            else if (ch === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i += 1;
                else {
                    quote = '';
                    prev = ch;
                }
            }
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r')
            continue;
        if (ch === '#' && (prev === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
            inComment = true;
            continue;
        }
        // In flow context a scalar starts after an indicator; in block context only where a value may start.
        const valueStart = flowDepth > 0 ? prev === '[' || prev === '{' || prev === ',' || prev === ':' : BLOCK_VALUE_START.has(prev);
        if ((ch === '"' || ch === "'") && valueStart) {
            quote = ch;
            continue;
        }
        // Plain scalars in flow context cannot contain `[`/`{`, so every one there opens a collection.
        if ((ch === '[' || ch === '{') && (flowDepth > 0 || valueStart)) {
            flowDepth += 1;
            if (flowDepth > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr) {
                return finding(_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecRuleId */ .R.nesting, `collections are nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr} levels deep`, line, i - lineStart + 1, 'a spec nests only a few levels; check for a generated or corrupted file');
            }
            prev = ch;
            continue;
        }
        if ((ch === ']' || ch === '}') && flowDepth > 0) {
            flowDepth -= 1;
            prev = ch;
            continue;
        }
        // Indicators matter only where they are indicators; anything else is scalar content.
        prev = ch === ':' || (ch === ',' && flowDepth > 0) ? ch : 'x';
    }
    return undefined;
}


/***/ }),

/***/ 15920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
// User text (keys, values) quoted into one-line messages: control characters escaped, long text shortened, so a
// finding always renders as a single line.
/**
 * A run that looks like a credential: 20 or more token characters mixing upper case, lower case and digits
 * (GitHub tokens, base64 keys, JWT segments). Names, CIDRs, ids and keys of the spec do not look like this.
 */
const SECRET_LIKE = /[A-Za-z0-9_+/=-]{20,}/g;
function maskSecrets(text) {
    return text.replace(SECRET_LIKE, (run) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) ? `${run.slice(0, 4)}…(masked)` : run);
}
/**
 * The excerpt of user text a message may quote: at most `max` characters, credential-like runs masked, so that
 * even a file that is not a spec at all never has more than a short, masked excerpt quoted into a finding.
 */
function printable(text, max = 60) {
    const masked = maskSecrets(text);
    const shown = [...masked].length > max ? `${[...masked].slice(0, max - 3).join('')}...` : masked;
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    return shown.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\t')
            return '\\t';
        if (c === '\r')
            return '\\r';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}


/***/ }),

/***/ 62522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SpecRuleId),
/* harmony export */   V: () => (/* binding */ FATAL_RULE_IDS)
/* harmony export */ });
// Stable rule ids of the findings the spec reader and the schema produce (ids are stable).
const SpecRuleId = {
    /** The file could not be read (missing, a directory, no permission). */
    unreadable: 'SPEC-UNREADABLE',
    /** Larger than MAX_SPEC_BYTES. */
    tooLarge: 'SPEC-TOO-LARGE',
    /** NUL bytes or invalid UTF-8: not a text file. */
    encoding: 'SPEC-ENCODING',
    /** Malformed YAML (and YAML warnings such as unknown tags). */
    yaml: 'SPEC-YAML',
    /** The same key twice in one mapping. */
    duplicateKey: 'SPEC-DUPLICATE-KEY',
    /** Collections nested deeper than MAX_DEPTH. */
    nesting: 'SPEC-NESTING',
    /** Too many alias expansions (an anchors/aliases bomb). */
    alias: 'SPEC-ALIAS',
    /** No content at all. */
    empty: 'SPEC-EMPTY',
    unknownKey: 'SPEC-UNKNOWN-KEY',
    type: 'SPEC-TYPE',
    enum: 'SPEC-ENUM',
    required: 'SPEC-REQUIRED',
    range: 'SPEC-RANGE',
    pattern: 'SPEC-PATTERN',
    version: 'SPEC-VERSION',
    /** More schema or duplicate-key findings than MAX_LISTED_FINDINGS: the rest are counted, not listed. */
    truncated: 'SPEC-TOO-MANY-ERRORS',
    /** A schema keyword without a dedicated mapping (should not happen; kept so nothing is ever dropped). */
    schema: 'SPEC-SCHEMA',
    /** policy.severity tries to lower a rule whose default is error (it mirrors what Azure rejects). */
    policyNotLowerable: 'SPEC-POLICY-NOT-LOWERABLE',
    /** policy.severity names a rule id amlnet does not have. */
    policyUnknownRule: 'SPEC-POLICY-UNKNOWN-RULE',
    /** An offline rule threw: a bug in amlnet, reported instead of crashing. */
    internal: 'AMLNET-INTERNAL-ERROR',
};
/** Findings after which the file is "unreadable or unparseable" (exit code 2): nothing else could be checked. */
const FATAL_RULE_IDS = new Set([
    SpecRuleId.unreadable,
    SpecRuleId.tooLarge,
    SpecRuleId.encoding,
    SpecRuleId.yaml,
    SpecRuleId.nesting,
    SpecRuleId.alias,
    SpecRuleId.empty,
]);


/***/ })

};
