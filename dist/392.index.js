export const id = 392;
export const ids = [392];
export const modules = {

/***/ 67748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ writeDigests),
/* harmony export */   f1: () => (/* binding */ compareWithReviewed)
/* harmony export */ });
/* unused harmony export changeDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34917);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84228);
// Resuming under the reviewed plan. A killed or failed apply leaves part of the reviewed plan done; the fresh plan
// then holds only what is left, so its hash differs from the reviewed one although nothing new is asked. The
// reviewed plan carries one digest per write (in the comment's binding line, or the plan file); a fresh plan is
// accepted as a resumption when each of its writes is one the reviewed plan contained with the same desired values.
// Anything new or different is still refused. Pure.



/** The identity a role change resolves at apply time: unknown in a plan made before the cluster existed. */
const RESOLVED_AT_APPLY = ['principalId', 'computeId', 'managedClusterId'];
/**
 * What a write does, independent of how far an earlier run got: the resource and the values written, not the
 * action (a create that was half done resumes as an update of the same values). A role assignment's principal
 * (and so its name) may be known only once its cluster exists; it is tied to the cluster the change names.
 */
function essence(c) {
    if (c.action === 'delete')
        return { address: c.address, resourceType: c.resourceType, resourceId: c.resourceId.toLowerCase(), delete: true };
    const after = { ...(c.after ?? {}) };
    if (c.step === 'role')
        for (const k of RESOLVED_AT_APPLY)
            delete after[k];
    return {
        address: c.address,
        resourceType: c.resourceType,
        ...(c.step === 'role' ? {} : { resourceId: c.resourceId.toLowerCase() }),
        after,
    };
}
/** 16 hex digits of SHA-256 over the canonical essence of a write. */
function changeDigest(c) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(essence(c)))
        .digest('hex')
        .slice(0, 16);
}
/** The digests of a plan's writes (create, update, delete), in plan order. */
function writeDigests(plan) {
    return plan.changes.filter((c) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .writes */ .D3)(c.action)).map(changeDigest);
}
function compareWithReviewed(fresh, reviewed) {
    if (fresh.planHash === reviewed.planHash)
        return { kind: 'same' };
    const pending = fresh.changes.filter((c) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .writes */ .D3)(c.action));
    if (fresh.refused)
        return { kind: 'differs', unreviewed: pending };
    // Nothing left to do (an earlier run finished the reviewed plan): accepted even with the hash alone.
    if (pending.length === 0) {
        const total = reviewed.writes?.length ?? 0;
        return { kind: 'resume', done: total, total };
    }
    if (reviewed.writes === undefined)
        return { kind: 'differs', unreviewed: pending };
    const known = new Set(reviewed.writes);
    const unreviewed = pending.filter((c) => !known.has(changeDigest(c)));
    if (unreviewed.length > 0)
        return { kind: 'differs', unreviewed };
    return { kind: 'resume', done: reviewed.writes.length - pending.length, total: reviewed.writes.length };
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

/***/ 90677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ VERB),
/* harmony export */   PF: () => (/* binding */ SYMBOL),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   eo: () => (/* binding */ NO_CHANGES),
/* harmony export */   vw: () => (/* binding */ propertyLines)
/* harmony export */ });
/* unused harmony exports flatten, show */
const SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': '=', refuse: '!' };
const VERB = {
    create: 'create',
    update: 'update',
    delete: 'delete',
    'no-op': 'no-op',
    refuse: 'refuse',
};
const NO_CHANGES = 'No changes. Your infrastructure matches the configuration.';
/** Flattens an object into dotted paths; arrays of scalars stay whole, arrays of objects get [i]. */
function flatten(value, prefix = '', out = new Map()) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value).sort();
        if (keys.length === 0 && prefix !== '')
            out.set(prefix, {});
        for (const k of keys)
            flatten(value[k], prefix === '' ? k : `${prefix}.${k}`, out);
    }
    else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
        value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
        if (value.length === 0)
            out.set(prefix, []);
    }
    else {
        out.set(prefix, value);
    }
    return out;
}
function show(v) {
    return v === undefined ? '(absent)' : JSON.stringify(v);
}
/** The property lines of a change: all after-values for a create, the differing ones for an update. */
function propertyLines(c) {
    if (c.action === 'refuse' || c.action === 'no-op')
        return [];
    if (c.action === 'delete')
        return [...flatten(c.before ?? {})].map(([key, v]) => ({ symbol: '-', key, text: show(v) }));
    const after = flatten(c.after ?? {});
    if (c.action === 'create' || c.before === null) {
        return [...after].map(([key, v]) => ({ symbol: '+', key, text: show(v) }));
    }
    const before = flatten(c.before);
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    const lines = [];
    for (const key of keys) {
        const b = before.get(key);
        const a = after.get(key);
        if (JSON.stringify(a) === JSON.stringify(b))
            continue;
        if (a === undefined)
            continue; // amlnet never removes a property it does not write
        lines.push(b === undefined ? { symbol: '+', key, text: show(a) } : { symbol: '~', key, text: `${show(b)} -> ${show(a)}` });
    }
    return lines;
}
function summaryLine(counts) {
    const deletes = counts.delete > 0 ? `${counts.delete} to delete, ` : '';
    return `${counts.create} to create, ${counts.update} to update, ${deletes}${counts['no-op']} unchanged, ${counts.refuse} refused`;
}


/***/ }),

/***/ 94392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  PICTURE_LIMIT: () => (/* binding */ PICTURE_LIMIT),
  PLAN_OPEN_LINES: () => (/* binding */ PLAN_OPEN_LINES),
  pictureSection: () => (/* binding */ pictureSection),
  planBindingLine: () => (/* binding */ planBindingLine),
  planCommentMarker: () => (/* binding */ planCommentMarker),
  readBinding: () => (/* binding */ readBinding),
  renderDegradedComment: () => (/* binding */ renderDegradedComment),
  renderPlanComment: () => (/* binding */ renderPlanComment),
  renderPlanSummary: () => (/* binding */ renderPlanSummary)
});

// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
// EXTERNAL MODULE: ./src/plan/resume.ts
var resume = __webpack_require__(67748);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/plan-format.ts
var plan_format = __webpack_require__(90677);
// EXTERNAL MODULE: ./src/render/rule-link.ts
var rule_link = __webpack_require__(5769);
// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
;// CONCATENATED MODULE: ./src/render/network-picture.ts

/** Parts of one kind shown before the rest fold into a "+N more" node. */
const MAX_PARTS = 12;
const CLASS_DEFS = [
    'classDef create fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    'classDef update fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    'classDef refuse fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    'classDef more fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:3 3,color:#1f2328',
];
const LEGEND = { create: 'created', update: 'updated', refuse: 'refused' };
/**
 * A value as Mermaid label text: letters, digits and a few harmless punctuation marks (`./:_,=+-()` and space) stay; every other
 * character (quotes, `<`, `>`, backticks, `#`, `;`, brackets, newlines, anything non-ASCII) becomes a Mermaid
 * entity code `#NNN;`, so no value can end the label, open HTML, start a Markdown string or close the code fence.
 */
function labelText(value) {
    let out = '';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
            out += ' ';
        else if (/^[A-Za-z0-9 ./:_,=+()-]$/.test(ch))
            out += ch;
        else
            out += `#${code};`;
    }
    return out;
}
function node(id, lines) {
    return `${id}["${lines.map(labelText).join('<br/>')}"]`;
}
const RANK = { update: 1, create: 2, refuse: 3 };
function markOf(action) {
    switch (action) {
        case 'create':
            return 'create';
        case 'update':
        case 'delete':
            return 'update';
        case 'refuse':
            return 'refuse';
        case 'no-op':
            return undefined;
    }
}
const PART_IDS = [
    ['subnet', /\/subnets\/([^/]+)$/],
    ['nsg', /\/networksecuritygroups\/([^/]+)/],
    ['compute', /\/computes\/([^/]+)$/],
    ['aks', /\/managedclusters\/([^/]+)$/],
];
/** Which spec parts the plan touches, keyed `subnet:NAME`, `nsg:NAME`, `compute:NAME`, `aks:NAME` (lower case). */
function marks(plan) {
    const out = new Map();
    for (const c of plan?.changes ?? []) {
        const mark = markOf(c.action);
        if (mark === undefined)
            continue;
        const id = c.resourceId.toLowerCase();
        const keys = PART_IDS.flatMap(([kind, re]) => {
            const hit = re.exec(id);
            return hit === null ? [] : [`${kind}:${hit[1]}`];
        });
        for (const key of keys) {
            const had = out.get(key);
            if (had === undefined || RANK[mark] > RANK[had])
                out.set(key, mark);
        }
    }
    return out;
}
/** Up to `max` items, the marked ones first, shown in their spec order; and how many were left out. */
function pick(items, marked, max) {
    if (items.length <= max)
        return { shown: [...items], hidden: 0 };
    const order = items.map((t, i) => ({ t, i }));
    const chosen = [...order.filter((x) => marked(x.t)), ...order.filter((x) => !marked(x.t))].slice(0, max);
    chosen.sort((a, b) => a.i - b.i);
    return { shown: chosen.map((x) => x.t), hidden: items.length - max };
}
function clusterLines(c) {
    const kind = c.kind === 'aksClusters' ? 'AKS compute' : 'Kubernetes compute';
    const lines = [`${kind} ${c.name} (${c.mode})`];
    if (c.mode === 'attach')
        return lines;
    if (c.serviceCidr !== null)
        lines.push(`service CIDR ${c.serviceCidr}`);
    if (c.dnsServiceIp !== null)
        lines.push(`DNS IP ${c.dnsServiceIp}`);
    if (c.kind === 'aksClusters')
        lines.push(`docker bridge ${c.dockerBridgeCidr}`);
    if (c.podCidr !== null)
        lines.push(`pod CIDR ${c.podCidr}`);
    const ilb = c.kind === 'aksClusters'
        ? c.loadBalancerType === 'InternalLoadBalancer'
        : c.inferenceRouter === 'internalLoadBalancer';
    lines.push(ilb ? 'scoring: internal load balancer' : 'scoring: public IP');
    return lines;
}
function clusterMark(c, m) {
    const keys = [`compute:${c.name.toLowerCase()}`];
    if (c.kind === 'kubernetesClusters')
        keys.push(`aks:${c.clusterName.toLowerCase()}`);
    let best;
    for (const k of keys) {
        const v = m.get(k);
        if (v !== undefined && (best === undefined || RANK[v] > RANK[best]))
            best = v;
    }
    return best;
}
/**
 * The Mermaid source (without the code fence) of the spec's network, with the parts `plan` changes marked.
 * Small for small specs; more than MAX_PARTS subnets or clusters fold into one "+N more" node each.
 */
function networkPicture(spec, plan) {
    const net = (0,defaults/* resolveNetwork */.lr)(spec);
    const m = marks(plan);
    const clusters = (0,defaults/* resolveAllClusters */.N2)(spec);
    const out = ['flowchart LR', ...CLASS_DEFS.map((d) => `  ${d}`)];
    const classes = new Map();
    const mark = (id, v) => {
        if (v !== undefined)
            classes.set(v, [...(classes.get(v) ?? []), id]);
    };
    const space = net.addressSpace.length > 0 ? net.addressSpace.join(', ') : 'address space read at plan time';
    out.push(`  subgraph vnet["${labelText(`VNet ${net.name} (${space})`)}"]`, '    direction TB');
    const subnetMarked = (s) => m.has(`subnet:${s.name.toLowerCase()}`);
    const subnets = pick(net.subnets, subnetMarked, MAX_PARTS);
    const subnetId = new Map();
    subnets.shown.forEach((s) => {
        const id = `s${net.subnets.indexOf(s)}`;
        subnetId.set(s.name, id);
        const lines = [`subnet ${s.name}`, s.addressPrefix];
        if (typeof s.delegation === 'string' && s.delegation !== '')
            lines.push(`delegated to ${s.delegation}`);
        out.push(`    ${node(id, lines)}`);
        mark(id, m.get(`subnet:${s.name.toLowerCase()}`));
    });
    if (subnets.hidden > 0) {
        out.push(`    ${node('smore', [`+${subnets.hidden} more subnet(s)`])}`);
        mark('smore', 'more');
    }
    out.push('  end');
    const edges = [];
    const target = (subnet) => subnetId.get(subnet) ?? (subnets.hidden > 0 ? 'smore' : '');
    if (net.securityGroup !== null) {
        const g = net.securityGroup;
        const rules = g.rules.length;
        const lines = [`NSG ${g.name}`, `${rules} rule(s) in the spec${g.restrictOutbound ? ', outbound restricted' : ''}`];
        out.push(`  ${node('nsg', lines)}`);
        mark('nsg', m.get(`nsg:${g.name.toLowerCase()}`));
        // The NSG controls the subnets of the spec (README, "network.securityGroup").
        const targets = [...new Set(net.subnets.map((s) => target(s.name)).filter((t) => t !== ''))];
        for (const t of targets)
            edges.push(`  nsg -. controls .-> ${t}`);
    }
    const markedCluster = (c) => clusterMark(c, m) !== undefined;
    const shownClusters = pick(clusters, markedCluster, MAX_PARTS);
    shownClusters.shown.forEach((c) => {
        const id = `c${clusters.indexOf(c)}`;
        out.push(`  ${node(id, clusterLines(c))}`);
        mark(id, clusterMark(c, m));
        const t = target(c.subnet);
        if (t !== '')
            edges.push(`  ${id} -- nodes --> ${t}`);
        if (c.kind === 'aksClusters' && c.loadBalancerSubnet !== null && c.loadBalancerSubnet !== c.subnet) {
            const lb = target(c.loadBalancerSubnet);
            if (lb !== '')
                edges.push(`  ${id} -. scoring IP .-> ${lb}`);
        }
    });
    if (shownClusters.hidden > 0) {
        out.push(`  ${node('cmore', [`+${shownClusters.hidden} more cluster(s)`])}`);
        mark('cmore', 'more');
    }
    if (spec.aci !== undefined && spec.aci !== null) {
        out.push(`  ${node('aci', ['Container Instances (ACI)'])}`);
        const t = target(spec.aci.subnet);
        if (t !== '')
            edges.push(`  aci -- containers --> ${t}`);
    }
    out.push(...edges);
    for (const [cls, ids] of classes)
        out.push(`  class ${ids.join(',')} ${cls}`);
    return out.join('\n');
}
/** One line under the picture that says what the colours mean (only the ones the picture uses). */
function pictureLegend(picture) {
    const used = ['create', 'update', 'refuse'].filter((k) => new RegExp(` ${k}$`, 'm').test(picture));
    return used.length === 0 ? '' : `Coloured: ${used.map((k) => LEGEND[k]).join(', ')} by this plan.`;
}

;// CONCATENATED MODULE: ./src/render/plan-markdown.ts






const COMMENT_LIMIT = 65_536;
/** Room kept below the limit (GitHub's count may differ slightly from UTF-16 length). */
const COMMENT_BUDGET = 65_000;
/** A picture longer than this (half the comment limit) is left out, with a one-line note. */
const PICTURE_LIMIT = COMMENT_LIMIT / 2;
/** The plan folds away (a closed `<details>`) when its code block is longer than this many lines. */
const PLAN_OPEN_LINES = 25;
/** The network picture section: a Mermaid block and its legend, or a one-line note when it is too large. */
function pictureSection(spec, plan, limit = PICTURE_LIMIT) {
    const picture = networkPicture(spec, plan);
    const legend = pictureLegend(picture);
    const section = ['#### Network', '', (0,markdown/* codeBlock */.DV)(picture, 'mermaid'), ...(legend === '' ? [] : ['', legend])].join('\n');
    if (section.length <= limit)
        return section;
    return `#### Network\n\n_The network picture is left out: at ${section.length} characters it would take more than half of the comment._`;
}
function planCommentMarker(specPath) {
    return `<!-- amlnet:plan spec=${(0,markdown/* commentSafe */.XO)(specPath)} -->`;
}
/**
 * The comment's second line, which only amlnet writes: the commit the plan was computed for and its hash.
 * The apply reads the reviewed plan from here and nowhere else (never from the visible `plan-hash:` line,
 * which sits below values from the spec and from Azure).
 */
function planBindingLine(commit, planHash, writes = []) {
    const digests = writes.filter((d) => /^[0-9a-f]{16}$/.test(d)).join(',');
    return `<!-- amlnet:binding commit=${(0,markdown/* commentSafe */.XO)(commit)} plan-hash=${(0,markdown/* commentSafe */.XO)(planHash)} writes=${digests} -->`;
}
const BINDING = /^<!-- amlnet:binding commit=([0-9a-f]{40}) plan-hash=([0-9a-f]{64}) writes=((?:[0-9a-f]{16})(?:,[0-9a-f]{16})*)? -->$/;
/**
 * The binding of a comment body, read at its fixed position: line 1 is exactly `marker`, line 2 is the
 * binding line. Anything else (a marker or a binding elsewhere in the body) is not amlnet's and yields undefined.
 */
function readBinding(body, marker) {
    const lines = body.split('\n', 3);
    if (lines[0] !== marker || lines[1] === undefined)
        return undefined;
    const m = BINDING.exec(lines[1]);
    return m === null ? undefined : { commit: m[1], planHash: m[2], writes: m[3] === undefined ? [] : m[3].split(',') };
}
const SEVERITY_ICON = {
    error: '⛔ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice',
};
function findingRow(f, rulesUrl) {
    const message = (0,markdown/* escapeMarkdown */.FV)(f.message) + (f.hint !== undefined ? `<br>hint: ${(0,markdown/* escapeMarkdown */.FV)(f.hint)}` : '');
    const rule = `[${(0,markdown/* inlineCode */.ti)(f.ruleId)}](${(0,rule_link/* ruleUrl */.QB)(rulesUrl, f.ruleId)})`;
    return [SEVERITY_ICON[f.severity], rule, `${(0,markdown/* inlineCode */.ti)(f.path || '(file)')} line ${f.line}`, message];
}
function changeBlock(c) {
    const lines = [`${plan_format/* SYMBOL */.PF[c.action]} ${plan_format/* VERB */.C_[c.action]} ${c.address} (${c.resourceType})`, `    id: ${c.resourceId}`];
    if (c.action !== 'no-op')
        lines.push(`    ${c.action === 'refuse' ? 'refused: ' : ''}${c.reason}`);
    for (const p of (0,plan_format/* propertyLines */.vw)(c))
        lines.push(`    ${p.symbol} ${p.key}: ${p.text}`);
    // Each line holds values from the spec or Azure: none may start a new line inside the block.
    return lines.map(markdown/* oneLine */.TN).join('\n');
}
function statusLine(plan) {
    const counts = (0,build/* countActions */.B)(plan);
    const errors = plan.findings.filter((f) => f.severity === 'error').length;
    if (plan.refused) {
        const why = [
            errors > 0 ? `${errors} error finding(s)` : '',
            counts.refuse > 0 ? `${counts.refuse} change(s) amlnet will not make` : '',
        ].filter((s) => s !== '');
        return `**Plan refused** (${why.join(', ')}): it will not be applied until fixed.`;
    }
    if (!plan.hasChanges)
        return plan_format/* NO_CHANGES */.eo;
    const deletes = counts.delete > 0 ? `, including **${counts.delete} deletion(s)** of NSG rules amlnet owns,` : '';
    return `**${counts.create + counts.update + counts.delete} change(s)**${deletes} will be applied when this is merged.`;
}
function sections(plan, o, marker) {
    const counts = (0,build/* countActions */.B)(plan);
    const e = plan.findings.filter((f) => f.severity === 'error').length;
    const w = plan.findings.filter((f) => f.severity === 'warning').length;
    const n = plan.findings.filter((f) => f.severity === 'notice').length;
    const head = [
        ...(marker ? [planCommentMarker(o.specPath), planBindingLine(o.commit, plan.planHash, (0,resume/* writeDigests */.J6)(plan))] : []),
        `### amlnet plan for ${(0,markdown/* inlineCode */.ti)(o.specPath)}`,
        '',
        statusLine(plan),
        '',
        // The delete column appears only when the plan deletes (owned NSG rules with prune): it must not be missed.
        counts.delete > 0
            ? (0,markdown/* table */.tp)(['create', 'update', '**delete**', 'no-op', 'refuse', 'errors', 'warnings', 'notices'], [[counts.create, counts.update, counts.delete, counts['no-op'], counts.refuse, e, w, n].map(String)])
            : (0,markdown/* table */.tp)(['create', 'update', 'no-op', 'refuse', 'errors', 'warnings', 'notices'], [[counts.create, counts.update, counts['no-op'], counts.refuse, e, w, n].map(String)]),
    ].join('\n');
    const foot = [
        `Computed for commit ${(0,markdown/* inlineCode */.ti)(o.commit)}${o.runUrl !== undefined ? ` in [this run](${encodeURI(o.runUrl)})` : ''}.`,
        '',
        `plan-hash: ${plan.planHash}`,
    ].join('\n');
    return { head, foot };
}
function body(plan, findings, changes, rulesUrl, compact) {
    const parts = [];
    if (plan.findings.length > 0) {
        const rows = plan.findings.slice(0, findings).map((f) => findingRow(f, rulesUrl));
        let t = rows.length > 0 ? (0,markdown/* table */.tp)(['severity', 'rule', 'where', 'message'], rows) : '';
        if (findings < plan.findings.length)
            t += `\n\n_${plan.findings.length - findings} more finding(s) not shown._`;
        // Many findings fold away so the plan stays in view; a few stay open (errors explain a refusal).
        parts.push(plan.findings.length > 20
            ? `#### Findings\n\n${(0,markdown/* details */.zH)(`${plan.findings.length} findings`, t, true)}`
            : `#### Findings\n\n${t}`);
    }
    // The comment (compact) lists what changes and sums up the rest in one line; the summary lists everything.
    const listed = compact ? plan.changes.filter((c) => c.action !== 'no-op') : plan.changes;
    const unchanged = plan.changes.length - listed.length;
    if (listed.length > 0) {
        const blocks = listed.slice(0, changes).map(changeBlock);
        const code = blocks.join('\n');
        let text = blocks.length > 0 ? (0,markdown/* codeBlock */.DV)(code, 'diff') : '';
        if (changes < listed.length)
            text += `\n\n_${listed.length - changes} more change(s) not shown._`;
        if (unchanged > 0)
            text += `\n\n${unchangedLine(unchanged)}`;
        const lines = blocks.length === 0 ? 0 : code.split('\n').length;
        parts.push((0,markdown/* details */.zH)(`Plan: ${listed.length} change(s)`, text, lines <= PLAN_OPEN_LINES));
    }
    else if (unchanged > 0) {
        parts.push(`#### Plan\n\n${unchangedLine(unchanged)}`);
    }
    return parts.join('\n\n');
}
function unchangedLine(n) {
    return `${n} resource${n === 1 ? '' : 's'} unchanged.`;
}
function assemble(s, detail, note) {
    return [s.head, detail, note, s.foot].filter((p) => p !== '').join('\n\n') + '\n';
}
function render(plan, o, marker, budget) {
    const base = sections(plan, o, marker);
    // The picture sits under the summary table and is never cut (it is at most PICTURE_LIMIT long).
    const s = o.spec === undefined ? base : { ...base, head: `${base.head}\n\n${pictureSection(o.spec, plan)}` };
    const rules = o.rulesUrl ?? rule_link/* RULES_DOC */.z9;
    const compact = marker;
    const full = assemble(s, body(plan, plan.findings.length, plan.changes.length, rules, compact), '');
    if (full.length <= budget)
        return full;
    const note = '> **Truncated:** this plan is too long for a comment. The full plan is in the job summary' +
        (o.runUrl !== undefined ? ` of [this run](${encodeURI(o.runUrl)})` : '') +
        ' and in the plan file (`plan-file` output).';
    const fits = (f, c) => assemble(s, body(plan, f, c, rules, compact), note).length <= budget;
    // Keep as many findings as fit (they explain a refusal), then as many changes as fit: binary searches.
    let f = plan.findings.length;
    if (!fits(f, 0)) {
        let lo = 0;
        let hi = f;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid, 0))
                lo = mid;
            else
                hi = mid - 1;
        }
        f = lo;
    }
    let lo = 0;
    let hi = plan.changes.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(f, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return assemble(s, body(plan, f, lo, rules, compact), note);
}
/** The PR comment: marker first, summary, findings, plan, commit, `plan-hash: HEX`; under 65,536 characters. */
function renderPlanComment(plan, options) {
    return render(plan, options, true, COMMENT_BUDGET);
}
/** The job summary: the same content without the marker and with room for the whole plan (1 MiB). */
function renderPlanSummary(plan, options) {
    return render(plan, options, false, 1_000_000);
}
function renderDegradedComment(result, options, marker = true) {
    const e = result.findings.filter((f) => f.severity === 'error').length;
    const head = [
        ...(marker ? [planCommentMarker(options.specPath)] : []),
        `### amlnet plan for ${(0,markdown/* inlineCode */.ti)(options.specPath)}`,
        '',
        `**No plan:** ${(0,markdown/* escapeMarkdown */.FV)(result.reason)}`,
        '',
        result.valid ? 'The spec passed the offline checks.' : `The spec has ${e} error finding(s).`,
    ].join('\n');
    const rows = result.findings.map((f) => findingRow(f, options.rulesUrl ?? rule_link/* RULES_DOC */.z9));
    let detail = rows.length > 0 ? `#### Findings\n\n${(0,markdown/* table */.tp)(['severity', 'rule', 'where', 'message'], rows)}` : '';
    const foot = `Computed for commit ${(0,markdown/* inlineCode */.ti)(options.commit)}.`;
    while ((head + detail + foot).length > COMMENT_BUDGET && rows.length > 0) {
        rows.pop();
        detail = `#### Findings\n\n${(0,markdown/* table */.tp)(['severity', 'rule', 'where', 'message'], rows)}\n\n_More findings in the job summary._`;
    }
    return [head, detail, foot].filter((p) => p !== '').join('\n\n') + '\n';
}


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ ruleUrl),
/* harmony export */   fu: () => (/* binding */ rulesDocUrl),
/* harmony export */   z9: () => (/* binding */ RULES_DOC)
/* harmony export */ });
/* unused harmony export ruleAnchor */
// Links from a finding to its rule's entry in the rule catalogue (docs/rules.md). The catalogue gives every rule
// a heading that is exactly its id, so the entry's anchor is the id in lower case (GitHub's heading slug for
// `### AKS-DNS-IN-SERVICE-CIDR` is `aks-dns-in-service-cidr`) and stays put as long as the id does. Pure.
/** The catalogue's path in the repository. */
const RULES_DOC = 'docs/rules.md';
/** The anchor of a rule's entry: its id in lower case (ids are UPPER-KEBAB, letters, digits and hyphens). */
function ruleAnchor(ruleId) {
    return ruleId.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
/**
 * Where the rule catalogue of the amlnet that is running can be read, for links in a pull-request comment,
 * annotations and the job summary (so it must be absolute: a comment has no repository-relative base).
 * - As an action from another repository (`uses: owner/amlnet@v1`): that repository at that ref
 *   (GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF).
 * - As a local action (`uses: ./`): this repository at this run's commit (GITHUB_REPOSITORY, GITHUB_SHA).
 * - Elsewhere (the CLI): the path inside the repository.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
 * (the runner sets GITHUB_ACTION_REPOSITORY/REF for repository actions and leaves them out for local ones:
 * https://github.com/actions/runner/pull/585, https://github.com/actions/runner/pull/804).
 */
function rulesDocUrl(env) {
    const given = env['GITHUB_SERVER_URL'] ?? '';
    const server = /^https?:\/\/[\w.-]+(:\d+)?$/.test(given) ? given : 'https://github.com';
    const actionRepo = env['GITHUB_ACTION_REPOSITORY'] ?? '';
    if (/^[\w.-]+\/[\w.-]+$/.test(actionRepo)) {
        const ref = env['GITHUB_ACTION_REF'] ?? '';
        return `${server}/${actionRepo}/blob/${encodeRef(ref === '' ? 'HEAD' : ref)}/${RULES_DOC}`;
    }
    const repo = env['GITHUB_REPOSITORY'] ?? '';
    const sha = env['GITHUB_SHA'] ?? '';
    if (/^[\w.-]+\/[\w.-]+$/.test(repo) && /^[0-9a-f]{40}$/i.test(sha)) {
        return `${server}/${repo}/blob/${sha}/${RULES_DOC}`;
    }
    return RULES_DOC;
}
/** A ref as a URL path: each segment encoded (also the characters that end a Markdown link), slashes kept. */
function encodeRef(ref) {
    return ref
        .split('/')
        .map((part) => encodeURIComponent(part).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** The link to one rule's entry, e.g. `https://github.com/o/amlnet/blob/v1/docs/rules.md#aks-dns-in-service-cidr`. */
function ruleUrl(rulesDoc, ruleId) {
    return `${rulesDoc}#${ruleAnchor(ruleId)}`;
}


/***/ })

};
