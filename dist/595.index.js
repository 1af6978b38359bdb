export const id = 595;
export const ids = [595];
export const modules = {

/***/ 86707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* reexport safe */ _order_js__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   jY: () => (/* binding */ runLiveRules)
/* harmony export */ });
/* unused harmony export positionFinding */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81310);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);



function positionFinding(rule, raw, resolve) {
    const pos = resolve(raw.path);
    const f = {
        ruleId: rule.id,
        severity: raw.severity ?? rule.severity,
        message: raw.message,
        path: raw.path,
        line: pos.line,
        column: pos.column,
    };
    if (raw.hint !== undefined)
        f.hint = raw.hint;
    return f;
}
/** Runs every rule; a rule that throws becomes an error finding naming the rule (never a stack trace). */
function runLiveRules(rules, ctx, resolve) {
    const out = [];
    for (const rule of rules) {
        let raws;
        try {
            raws = rule.check(ctx);
        }
        catch (err) {
            raws = [
                {
                    path: '',
                    severity: 'error',
                    message: `rule ${rule.id} failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err)}`,
                },
            ];
        }
        for (const raw of raws)
            out.push(positionFinding(rule, raw, resolve));
    }
    return (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .T)(out);
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

/***/ 6595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ countActions),
/* harmony export */   G: () => (/* binding */ buildPlan)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88256);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38582);
/* harmony import */ var _findings_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86707);




function buildPlan(spec, live, findings, options = {}) {
    const changes = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diff */ .Ui)(spec, live, options);
    const refused = changes.some((c) => c.action === 'refuse') || findings.some((f) => f.severity === 'error');
    return {
        planHash: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .planHash */ .SH)(changes, refused),
        hasChanges: changes.some((c) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .writes */ .D3)(c.action)),
        refused,
        findings: (0,_findings_run_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)(findings),
        changes,
    };
}
/** Counts per action, for summaries. */
function countActions(plan) {
    const counts = { create: 0, update: 0, delete: 0, 'no-op': 0, refuse: 0 };
    for (const c of plan.changes)
        counts[c.action]++;
    return counts;
}


/***/ }),

/***/ 34917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ planHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export hashInput */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Canonical JSON (sorted keys, no whitespace) and the plan hash. Same spec + same state => same bytes.

function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new TypeError('non-finite number in plan');
        if (value === undefined)
            return 'null';
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** What the apply acts on: every field of every change except the human-only `reason`. */
function hashInput(changes, refused) {
    return {
        version: 1,
        refused,
        changes: changes.map((c) => ({
            address: c.address,
            resourceType: c.resourceType,
            resourceId: c.resourceId,
            action: c.action,
            before: c.before,
            after: c.after,
            step: c.step,
            dependsOn: [...c.dependsOn],
        })),
    };
}
function planHash(changes, refused) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(canonicalJson(hashInput(changes, refused)))
        .digest('hex');
}


/***/ }),

/***/ 90954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ provisioningFailed),
/* harmony export */   z: () => (/* binding */ computeVerdict)
/* harmony export */ });
// One policy for an AML compute (computeType AKS) left in a failed provisioning state, used by the plan
// (src/plan/diff.ts) and by the compute applier (src/azure/apply/compute.ts), so that both agree.
//
// Azure ML's Compute – Create Or Update is a PUT that overwrites a compute that exists
// (https://learn.microsoft.com/en-us/rest/api/azureml/compute/create-or-update). So:
// - the last update of a compute failed, and its cluster works: that update is planned again (`update`);
// - its create failed and no working cluster is behind it: the create body is PUT again (`update`);
// - it is attached to a cluster that is gone, failed or unreadable: refused (amlnet never creates,
//   repairs or detaches a cluster it attached);
// amlnet never deletes a compute or a cluster, and never advises to.
// Pure: no I/O.
/** A provisioning state after which an operation did not do its work (Azure's terminal failure states). */
function provisioningFailed(state) {
    const s = (state ?? '').toLowerCase();
    return s === 'failed' || s === 'canceled' || s === 'cancelled';
}
function clusterName(id) {
    if (id === null)
        return 'its cluster';
    const parts = id.split('/');
    return `cluster ${parts[parts.length - 1] ?? id}`;
}
/** The single failed-compute policy table (see the header). */
function computeVerdict(s) {
    if (!provisioningFailed(s.provisioningState))
        return { kind: 'healthy' };
    const state = `compute ${s.name} is in provisioning state ${s.provisioningState ?? 'Failed'}`;
    if (s.cluster === 'unreadable') {
        return { kind: 'refuse', reason: `${state} and ${clusterName(s.clusterId)} could not be read; run amlnet again` };
    }
    if (s.cluster === 'working') {
        return {
            kind: 'retry-update',
            reason: `${state}: its last update did not complete; amlnet PUTs the compute again (the PUT overwrites it)`,
        };
    }
    if (s.attached) {
        const what = s.cluster === 'missing' ? 'no longer exists' : 'is in a failed state';
        return {
            kind: 'refuse',
            reason: `${state} and the attached ${clusterName(s.clusterId)} ${what}; amlnet never creates, repairs or detaches ` +
                'an attached cluster: repair or restore it (az aks update retries its last operation), then run amlnet again',
        };
    }
    return {
        kind: 'recreate',
        reason: `${state} and has no working cluster behind it: its create failed; amlnet PUTs the create body again (the PUT creates it afresh)`,
    };
}


/***/ }),

/***/ 88256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ui: () => (/* binding */ diff),
/* harmony export */   XM: () => (/* binding */ ruleDesired)
/* harmony export */ });
/* unused harmony export immutableDifferences */
/* harmony import */ var _rules_outbound_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24939);
/* harmony import */ var _spec_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77649);
/* harmony import */ var _live_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10003);
/* harmony import */ var _live_ownership_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99527);
/* harmony import */ var _live_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9376);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2682);
/* harmony import */ var _compute_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90954);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38582);








const lower = (s) => (s ?? '').toLowerCase();
function sortedEq(a, b) {
    if (a.length !== b.length)
        return false;
    const x = [...a].map((s) => s.toLowerCase()).sort();
    const y = [...b].map((s) => s.toLowerCase()).sort();
    return x.every((v, i) => v === y[i]);
}
function jsonEq(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** A provisioning state some operation is still working towards (not Succeeded, Failed or Canceled). */
function settling(state) {
    const s = lower(state);
    return s !== '' && s !== 'succeeded' && !(0,_compute_state_js__WEBPACK_IMPORTED_MODULE_4__/* .provisioningFailed */ .j)(s);
}
// ---- subnets -------------------------------------------------------------------------------------------
function subnetDesired(prefix, delegation, live) {
    // delegation undefined = not managed: keep whatever Azure has.
    const delegations = delegation === undefined ? (live?.delegations ?? []) : delegation === null ? [] : [delegation];
    return { addressPrefix: live?.addressPrefix ?? prefix, delegations };
}
function subnetBefore(s) {
    return { addressPrefix: s.addressPrefix, delegations: [...s.delegations] };
}
function diffSubnets(net, vnet, sub) {
    const out = [];
    net.subnets.forEach((s, i) => {
        const address = `network.subnets[${i}]`;
        const id = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .subnetId */ .p4)(sub, net.resourceGroup, net.name, s.name);
        const live = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
        const base = {
            address,
            resourceType: 'Microsoft.Network/virtualNetworks/subnets',
            resourceId: id,
            step: 'subnet',
            needs: [],
        };
        if (live === undefined) {
            out.push({
                ...base,
                action: 'create',
                before: null,
                after: subnetDesired(s.addressPrefix, s.delegation ?? null),
                reason: `subnet ${s.name} does not exist in ${net.name}`,
            });
            return;
        }
        const before = subnetBefore(live);
        const want = s.delegation;
        if (want === undefined ||
            (want === null && live.delegations.length === 0) ||
            (want !== null && sortedEq(live.delegations, [want]))) {
            out.push({ ...base, action: 'no-op', before, after: before, reason: 'matches' });
        }
        else if (want !== null && live.delegations.length === 0) {
            out.push({
                ...base,
                action: 'update',
                before,
                after: subnetDesired(s.addressPrefix, want, live),
                reason: `delegate ${s.name} to ${want}`,
            });
        }
        else {
            // Removing or swapping a delegation could break whatever uses the subnet: never done by amlnet.
            out.push({
                ...base,
                action: 'refuse',
                before,
                after: null,
                reason: want === null
                    ? `${s.name} is delegated to ${live.delegations.join(', ')} in Azure; amlnet never removes a delegation`
                    : `${s.name} is delegated to ${live.delegations.join(', ')} in Azure, not ${want}; amlnet never replaces a delegation`,
            });
        }
    });
    return out;
}
function ruleDesired(r) {
    return {
        direction: r.direction,
        access: r.access,
        protocol: r.protocol,
        priority: r.priority,
        sourceAddressPrefixes: r.sourceAddressPrefixes ?? ['*'],
        sourcePortRanges: r.sourcePortRanges ?? ['*'],
        destinationAddressPrefixes: r.destinationAddressPrefixes ?? ['*'],
        destinationPortRanges: r.destinationPortRanges ?? ['*'],
        description: r.description ?? null,
    };
}
function ruleBefore(r) {
    return {
        direction: r.direction,
        access: r.access,
        protocol: r.protocol,
        priority: r.priority,
        sourceAddressPrefixes: r.sourceAddressPrefixes,
        sourcePortRanges: r.sourcePortRanges,
        destinationAddressPrefixes: r.destinationAddressPrefixes,
        destinationPortRanges: r.destinationPortRanges,
        description: r.description === '' ? null : r.description,
    };
}
function ruleMatches(want, have) {
    for (const k of ['direction', 'access', 'protocol'])
        if (lower(want[k]) !== lower(have[k]))
            return false;
    if (want.priority !== have.priority)
        return false;
    for (const k of [
        'sourceAddressPrefixes',
        'sourcePortRanges',
        'destinationAddressPrefixes',
        'destinationPortRanges',
    ]) {
        if (!sortedEq(want[k], have[k]))
            return false;
    }
    return (want.description ?? null) === (have.description ?? null);
}
function diffSecurity(spec, net, live, vnet, opts) {
    const sg = net.securityGroup;
    if (sg === null)
        return [];
    const sub = live.subscriptionId;
    const id = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .nsgId */ .SD)(sub, sg.resourceGroup, sg.name);
    const liveNsg = (0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .readable */ .HD)(live.nsg);
    const out = [];
    const nsgAddress = 'network.securityGroup';
    if ((0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreadable */ .GZ)(live.nsg)) {
        out.push({
            address: nsgAddress,
            resourceType: 'Microsoft.Network/networkSecurityGroups',
            resourceId: id,
            action: 'refuse',
            before: null,
            after: null,
            reason: `could not read ${sg.name}: ${live.nsg.code}`,
            step: 'security-group',
            needs: [],
        });
        return out;
    }
    if (liveNsg === undefined) {
        out.push({
            address: nsgAddress,
            resourceType: 'Microsoft.Network/networkSecurityGroups',
            resourceId: id,
            action: 'create',
            before: null,
            after: { location: net.location },
            reason: `${sg.name} does not exist`,
            step: 'security-group',
            needs: [],
        });
    }
    else {
        const before = { location: liveNsg.location };
        out.push({
            address: nsgAddress,
            resourceType: 'Microsoft.Network/networkSecurityGroups',
            resourceId: id,
            action: 'no-op',
            before,
            after: before,
            reason: 'exists',
            step: 'security-group',
            needs: [],
        });
    }
    // Associate the NSG with every spec subnet that has none; a subnet with another NSG is a refusal.
    // Without the VNet there is nothing to associate (the VNet-exists rule blocks the plan).
    if (vnet !== undefined)
        net.subnets.forEach((s, i) => {
            const address = `network.subnets[${i}].securityGroup`;
            const sid = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .subnetId */ .p4)(sub, net.resourceGroup, net.name, s.name);
            const liveSubnet = vnet?.subnets.find((x) => lower(x.name) === lower(s.name));
            const current = liveSubnet?.networkSecurityGroupId ?? null;
            const base = {
                address,
                resourceType: 'Microsoft.Network/virtualNetworks/subnets',
                resourceId: sid,
                step: 'security-group',
                needs: [nsgAddress, `network.subnets[${i}]`],
            };
            const before = liveSubnet === undefined ? null : { networkSecurityGroup: current };
            if (current === null) {
                out.push({
                    ...base,
                    action: 'update',
                    before,
                    after: { networkSecurityGroup: id },
                    reason: `associate ${sg.name} with ${s.name}`,
                });
            }
            else if ((0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .sameId */ .s)(current, id)) {
                out.push({ ...base, action: 'no-op', before, after: before, reason: 'associated' });
            }
            else {
                out.push({
                    ...base,
                    action: 'refuse',
                    before,
                    after: null,
                    reason: `${s.name} is already controlled by another NSG (${current}); amlnet never swaps a subnet's NSG`,
                });
            }
        });
    const desired = [
        ...sg.rules.map((rule, i) => ({ address: `network.securityGroup.rules[${i}]`, rule })),
        ...(sg.restrictOutbound ? (opts.requiredOutboundRules ?? _rules_outbound_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredOutboundRules */ .JT)(spec) : []).map((rule, i) => ({
            address: `network.securityGroup.restrictOutbound[${i}]`,
            rule,
        })),
    ];
    const ownedNames = new Set(desired.map((d) => lower(d.rule.name)));
    // Rules amlnet created earlier (recorded in the NSG's tags) that the spec no longer lists: deleted with prune,
    // otherwise left alone (the live rule NSG-OWNED-RULE-REMOVED warns). Nothing else is ever deleted.
    const pruned = sg.prune && liveNsg !== undefined ? (0,_live_ownership_js__WEBPACK_IMPORTED_MODULE_2__/* .removedOwnedRules */ .Hi)(liveNsg, ownedNames) : [];
    const deletes = pruned.map((r) => ({
        address: `network.securityGroup.prune[${r.name}]`,
        resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
        resourceId: (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .securityRuleId */ .AX)(id, r.name),
        step: 'security-rule',
        needs: [nsgAddress],
        action: 'delete',
        before: ruleBefore(r),
        after: null,
        reason: `rule ${r.name} was created by amlnet and the spec no longer lists it (prune: true)`,
    }));
    const deleted = new Set(pruned.map((r) => lower(r.name)));
    out.push(...deletes);
    for (const d of desired) {
        const rid = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .securityRuleId */ .AX)(id, d.rule.name);
        const want = ruleDesired(d.rule);
        const have = liveNsg?.rules.find((r) => lower(r.name) === lower(d.rule.name));
        const base = {
            address: d.address,
            resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
            resourceId: rid,
            step: 'security-rule',
            // A pruned rule may hold the priority this one takes: deletes go first.
            needs: [nsgAddress, ...deletes.map((x) => x.address)],
        };
        // A rule amlnet does not own holding the same priority and direction makes Azure answer SecurityRuleConflict.
        const clash = liveNsg?.rules.find((r) => !ownedNames.has(lower(r.name)) &&
            !deleted.has(lower(r.name)) &&
            r.priority === d.rule.priority &&
            lower(r.direction) === lower(d.rule.direction));
        if (clash !== undefined) {
            out.push({
                ...base,
                action: 'refuse',
                before: have ? ruleBefore(have) : null,
                after: null,
                reason: `priority ${d.rule.priority} ${d.rule.direction} is taken by rule '${clash.name}', which amlnet does not own`,
            });
        }
        else if (have === undefined) {
            out.push({ ...base, action: 'create', before: null, after: want, reason: `rule ${d.rule.name} does not exist` });
        }
        else {
            const before = ruleBefore(have);
            if (ruleMatches(want, before))
                out.push({ ...base, action: 'no-op', before, after: before, reason: 'matches' });
            else
                out.push({ ...base, action: 'update', before, after: want, reason: `rule ${d.rule.name} differs` });
        }
    }
    return out;
}
// ---- clusters --------------------------------------------------------------------------------------------
function computeBefore(c) {
    return {
        computeType: c.computeType,
        resourceId: c.resourceId,
        computeLocation: c.computeLocation,
        agentCount: c.agentCount,
        agentVmSize: c.agentVmSize,
        clusterPurpose: c.clusterPurpose,
        aksNetworkingConfiguration: c.aksNetworkingConfiguration
            ? {
                subnetId: c.aksNetworkingConfiguration.subnetId,
                serviceCidr: c.aksNetworkingConfiguration.serviceCidr,
                dnsServiceIP: c.aksNetworkingConfiguration.dnsServiceIP,
                dockerBridgeCidr: c.aksNetworkingConfiguration.dockerBridgeCidr,
            }
            : null,
    };
}
function managedClusterBefore(mc) {
    return {
        location: mc.location,
        agentPoolSubnetIds: [...mc.subnetIds],
        networkProfile: {
            networkPlugin: mc.networkPlugin,
            networkPluginMode: mc.networkPluginMode,
            podCidr: mc.podCidr,
            serviceCidr: mc.serviceCidr,
            dnsServiceIP: mc.dnsServiceIP,
        },
        apiServerAccessProfile: {
            enablePrivateCluster: mc.enablePrivateCluster,
            enablePrivateClusterPublicFqdn: mc.enablePrivateClusterPublicFqdn,
        },
    };
}
/** Immutable differences between what the spec gives and what exists: each is a refusal reason. */
function immutableDifferences(c, wantSubnetId, compute, mc) {
    const reasons = [];
    const given = (k) => !c.defaulted.has(k);
    const cfg = compute?.aksNetworkingConfiguration ?? null;
    const liveSubnet = cfg?.subnetId ?? mc?.subnetIds[0] ?? null;
    if (liveSubnet !== null && !(0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .sameId */ .s)(liveSubnet, wantSubnetId)) {
        reasons.push(`subnet: the cluster is in ${liveSubnet}, the spec says ${wantSubnetId} (a cluster's subnet cannot change)`);
    }
    const liveService = cfg?.serviceCidr ?? mc?.serviceCidr ?? null;
    if (given('serviceCidr') && c.serviceCidr !== null && liveService !== null && liveService !== c.serviceCidr) {
        reasons.push(`serviceCidr: ${liveService} in Azure, ${c.serviceCidr} in the spec (immutable after creation)`);
    }
    const liveDns = cfg?.dnsServiceIP ?? mc?.dnsServiceIP ?? null;
    if (given('dnsServiceIp') && c.dnsServiceIp !== null && liveDns !== null && liveDns !== c.dnsServiceIp) {
        reasons.push(`dnsServiceIp: ${liveDns} in Azure, ${c.dnsServiceIp} in the spec (immutable after creation)`);
    }
    if (mc !== undefined) {
        if (given('networkPlugin') && mc.networkPlugin !== null && lower(mc.networkPlugin) !== lower(c.networkPlugin)) {
            reasons.push(`networkPlugin: ${mc.networkPlugin} in Azure, ${c.networkPlugin} in the spec (immutable after creation)`);
        }
        if (given('privateCluster') && mc.enablePrivateCluster !== c.privateCluster) {
            reasons.push(`privateCluster: ${mc.enablePrivateCluster} in Azure, ${c.privateCluster} in the spec (immutable after creation)`);
        }
    }
    return reasons;
}
/** The managed cluster amlnet PUTs for a private cluster (no dockerBridgeCidr: AKS's API dropped it). */
function privateClusterBody(c, wantSubnetId) {
    return {
        location: c.location,
        dnsPrefix: c.name,
        identity: { type: 'SystemAssigned' },
        agentPoolProfiles: [
            {
                name: 'agentpool',
                mode: 'System',
                osType: 'Linux',
                count: c.agentCount,
                vmSize: c.vmSize,
                maxPods: c.maxPods,
                vnetSubnetID: wantSubnetId,
                upgradeSettings: { maxSurge: String(c.maxSurge) },
            },
        ],
        networkProfile: {
            networkPlugin: c.networkPlugin,
            networkPluginMode: c.networkPluginMode,
            podCidr: c.podCidr,
            serviceCidr: c.serviceCidr,
            dnsServiceIP: c.dnsServiceIp,
            loadBalancerSku: 'standard',
        },
        apiServerAccessProfile: {
            enablePrivateCluster: true,
            enablePrivateClusterPublicFqdn: c.privateClusterPublicFqdn,
        },
    };
}
/** The body AML creates a cluster from (a new cluster starts with a public IP; the load-balancer step switches it). */
function amlCreateBody(c, wantSubnetId) {
    return {
        computeType: 'AKS',
        computeLocation: c.location,
        agentCount: c.agentCount,
        agentVmSize: c.vmSize,
        clusterPurpose: c.clusterPurpose,
        loadBalancerType: 'PublicIp',
        aksNetworkingConfiguration: {
            subnetId: wantSubnetId,
            serviceCidr: c.serviceCidr,
            dnsServiceIP: c.dnsServiceIp,
            dockerBridgeCidr: c.dockerBridgeCidr,
        },
    };
}
/**
 * The PUT that repeats a failed update of a compute whose cluster works: its create (or attach) body with the
 * load balancer it has now, so that the PUT never moves it back to a public IP (the load-balancer step switches).
 */
function retryBody(c, wantSubnetId, compute) {
    const lb = compute.loadBalancerType === 'InternalLoadBalancer'
        ? { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: compute.loadBalancerSubnet }
        : { loadBalancerType: 'PublicIp' };
    if (compute.isAttachedCompute || c.mode === 'attach') {
        return { computeType: 'AKS', resourceId: compute.resourceId, clusterPurpose: c.clusterPurpose, ...lb };
    }
    return { ...amlCreateBody(c, wantSubnetId), ...lb };
}
function clusterHealth(mc) {
    if (mc === undefined || mc === null)
        return 'missing';
    if ((0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreadable */ .GZ)(mc))
        return 'unreadable';
    return (0,_compute_state_js__WEBPACK_IMPORTED_MODULE_4__/* .provisioningFailed */ .j)(mc.provisioningState) ? 'failed' : 'working';
}
function diffCluster(spec, net, live, c) {
    const sub = live.subscriptionId;
    const ws = spec.workspace;
    const i = c.index;
    const address = `aksClusters[${i}]`;
    const cid = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .computeId */ .HM)(sub, ws.resourceGroup, ws.name, c.name);
    const wantSubnetId = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .subnetId */ .p4)(sub, net.resourceGroup, net.name, c.subnet);
    const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(c.subnet));
    const subnetNeeds = subnetIdx >= 0 ? [`network.subnets[${subnetIdx}]`, `network.subnets[${subnetIdx}].securityGroup`] : [];
    const ruleNeeds = ['network.securityGroup', '*security-rule'];
    const liveCompute = live.computes[c.name];
    const compute = (0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .readable */ .HD)(liveCompute);
    const out = [];
    const computeBase = {
        address,
        resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
        resourceId: cid,
        step: 'compute',
    };
    if ((0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreadable */ .GZ)(liveCompute)) {
        return [
            {
                ...computeBase,
                action: 'refuse',
                before: null,
                after: null,
                reason: `could not read compute ${c.name}: ${liveCompute.code}`,
                needs: [],
            },
        ];
    }
    if (compute !== undefined && compute.computeType !== 'AKS') {
        return [
            {
                ...computeBase,
                action: 'refuse',
                before: computeBefore(compute),
                after: null,
                reason: `a compute named ${c.name} exists with type ${compute.computeType}, not AKS; amlnet never replaces a compute`,
                needs: [],
            },
        ];
    }
    // A private cluster amlnet creates has a known id: after a partial apply (cluster made, attach failed) it
    // exists without a compute, and a re-run must attach it, never create it again.
    const privateMcId = c.mode === 'create' && c.privateCluster ? (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .managedClusterId */ .hG)(sub, ws.resourceGroup, c.name) : null;
    const mcIdKnown = compute?.resourceId ?? (c.mode === 'attach' ? c.resourceId : privateMcId);
    const liveMc = mcIdKnown !== null ? live.managedClusters[mcIdKnown.toLowerCase()] : undefined;
    const mc = (0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .readable */ .HD)(liveMc);
    if (compute !== undefined &&
        c.mode === 'attach' &&
        c.resourceId !== null &&
        compute.resourceId !== null &&
        !(0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .sameId */ .s)(compute.resourceId, c.resourceId)) {
        return [
            {
                ...computeBase,
                action: 'refuse',
                before: computeBefore(compute),
                after: null,
                reason: `compute ${c.name} is attached to ${compute.resourceId}, not ${c.resourceId}; amlnet never detaches a compute`,
                needs: [],
            },
        ];
    }
    if (c.mode === 'attach' && compute === undefined) {
        if (liveMc === null || liveMc === undefined) {
            return [
                {
                    ...computeBase,
                    action: 'refuse',
                    before: null,
                    after: null,
                    reason: `the cluster to attach (${c.resourceId ?? 'no resourceId'}) does not exist`,
                    needs: [],
                },
            ];
        }
        if ((0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreadable */ .GZ)(liveMc)) {
            return [
                {
                    ...computeBase,
                    action: 'refuse',
                    before: null,
                    after: null,
                    reason: `could not read the cluster to attach: ${liveMc.code}`,
                    needs: [],
                },
            ];
        }
        if ((0,_compute_state_js__WEBPACK_IMPORTED_MODULE_4__/* .provisioningFailed */ .j)(liveMc.provisioningState)) {
            // Not amlnet's cluster: it never writes it, and attaching a failed cluster gives a compute without a
            // working cluster (the compute applier refuses it too: ManagedClusterProvisioningFailed).
            return [
                {
                    ...computeBase,
                    action: 'refuse',
                    before: null,
                    after: null,
                    reason: `the cluster to attach, ${liveMc.name}, is in provisioning state ${liveMc.provisioningState ?? 'Failed'}; ` +
                        `repair it first (az aks update --resource-group ${(0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .parseResourceId */ .RQ)(liveMc.id)?.resourceGroup ?? '?'} ` +
                        `--name ${liveMc.name} retries its last operation), then run amlnet again`,
                    needs: [],
                },
            ];
        }
    }
    if (compute === undefined && privateMcId !== null && (0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreadable */ .GZ)(liveMc)) {
        return [
            {
                ...computeBase,
                action: 'refuse',
                before: null,
                after: null,
                reason: `could not read the private cluster ${privateMcId}: ${liveMc.code}`,
                needs: [],
            },
        ];
    }
    const immutable = compute !== undefined || c.mode === 'attach' || mc !== undefined
        ? immutableDifferences(c, wantSubnetId, compute, mc)
        : [];
    if (immutable.length > 0) {
        return [
            {
                ...computeBase,
                action: 'refuse',
                before: compute ? computeBefore(compute) : null,
                after: null,
                reason: `would need a new cluster: ${immutable.join('; ')}`,
                needs: [],
            },
        ];
    }
    // A compute left Failed: one policy (compute-state.ts) says refuse, PUT the last update again, or re-create.
    const verdict = compute === undefined
        ? { kind: 'healthy' }
        : (0,_compute_state_js__WEBPACK_IMPORTED_MODULE_4__/* .computeVerdict */ .z)({
            name: c.name,
            provisioningState: compute.provisioningState,
            attached: c.mode === 'attach' || compute.isAttachedCompute,
            clusterId: compute.resourceId ?? mcIdKnown,
            cluster: clusterHealth(liveMc),
        });
    const failedBefore = compute ? { ...computeBefore(compute), provisioningState: compute.provisioningState } : null;
    if (verdict.kind === 'refuse') {
        return [{ ...computeBase, action: 'refuse', before: failedBefore, after: null, reason: verdict.reason, needs: [] }];
    }
    // The cluster (and its compute).
    let principal = _model_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_AFTER_APPLY */ .Ai;
    let newCompute = false;
    if (compute !== undefined && verdict.kind === 'retry-update') {
        out.push({
            ...computeBase,
            action: 'update',
            before: failedBefore,
            after: retryBody(c, wantSubnetId, compute),
            reason: verdict.reason,
            needs: [...subnetNeeds, ...ruleNeeds],
        });
        principal = mc?.principalId ?? null;
    }
    else if (compute !== undefined && verdict.kind === 'recreate') {
        newCompute = true;
        out.push({
            ...computeBase,
            action: 'update',
            before: failedBefore,
            after: amlCreateBody(c, wantSubnetId),
            reason: verdict.reason,
            needs: [...subnetNeeds, ...ruleNeeds],
        });
    }
    else if (compute !== undefined) {
        const before = computeBefore(compute);
        out.push({
            ...computeBase,
            action: 'no-op',
            before,
            after: before,
            reason: c.mode === 'attach' ? 'attached' : 'exists',
            needs: [],
        });
        // A compute an earlier (interrupted) run left Creating/Updating has no cluster identity to read yet: the role
        // is still planned, resolved by the apply once the compute settles, and the switch still waits for it.
        principal = mc?.principalId ?? (settling(compute.provisioningState) ? _model_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_AFTER_APPLY */ .Ai : null);
    }
    else if (c.mode === 'attach') {
        newCompute = true;
        principal = mc?.principalId ?? null;
        out.push({
            ...computeBase,
            action: 'create',
            before: null,
            after: {
                computeType: 'AKS',
                resourceId: c.resourceId,
                clusterPurpose: c.clusterPurpose,
                loadBalancerType: 'PublicIp',
            },
            reason: `attach ${c.resourceId}`,
            needs: [...subnetNeeds, ...ruleNeeds],
        });
    }
    else if (c.privateCluster && mc !== undefined && !(0,_compute_state_js__WEBPACK_IMPORTED_MODULE_4__/* .provisioningFailed */ .j)(mc.provisioningState)) {
        // The managed cluster exists (an earlier apply stopped before the attach): attach it.
        newCompute = true;
        principal = mc.principalId;
        const before = managedClusterBefore(mc);
        out.push({
            address: `${address}.managedCluster`,
            resourceType: 'Microsoft.ContainerService/managedClusters',
            resourceId: mc.id,
            action: 'no-op',
            before,
            after: before,
            reason: 'exists',
            step: 'managed-cluster',
            needs: [],
        });
        out.push({
            ...computeBase,
            action: 'create',
            before: null,
            after: { computeType: 'AKS', resourceId: mc.id, clusterPurpose: c.clusterPurpose, loadBalancerType: 'PublicIp' },
            reason: `attach the existing private cluster ${mc.name}`,
            needs: [...subnetNeeds, ...ruleNeeds],
        });
    }
    else if (c.privateCluster) {
        newCompute = true;
        // AML cannot create a private cluster: create the managed cluster (no dockerBridgeCidr in AKS's API), then attach.
        // One left in state Failed by an earlier apply is PUT again with the same body (the managed-cluster
        // applier does so); its identity may change, so the role waits for the cluster's own answer.
        const mcId = mc?.id ?? (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .managedClusterId */ .hG)(sub, ws.resourceGroup, c.name);
        const after = privateClusterBody(c, wantSubnetId);
        out.push({
            address: `${address}.managedCluster`,
            resourceType: 'Microsoft.ContainerService/managedClusters',
            resourceId: mcId,
            ...(mc !== undefined
                ? {
                    action: 'update',
                    before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
                    after,
                    reason: `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
                }
                : {
                    action: 'create',
                    before: null,
                    after,
                    reason: `private cluster ${c.name}: created as a managed cluster, then attached`,
                }),
            step: 'managed-cluster',
            needs: [...subnetNeeds, ...ruleNeeds],
        });
        out.push({
            ...computeBase,
            action: 'create',
            before: null,
            after: { computeType: 'AKS', resourceId: mcId, clusterPurpose: c.clusterPurpose, loadBalancerType: 'PublicIp' },
            reason: `attach the private cluster ${c.name}`,
            needs: [`${address}.managedCluster`],
        });
    }
    else {
        newCompute = true;
        out.push({
            ...computeBase,
            action: 'create',
            before: null,
            after: amlCreateBody(c, wantSubnetId),
            reason: `compute ${c.name} does not exist`,
            needs: [...subnetNeeds, ...ruleNeeds],
        });
    }
    // Network Contributor for the cluster identity.
    const scope = (0,_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .networkContributorScopeId */ .Hm)(sub, net, c);
    const roleAddress = `${address}.networkContributor`;
    const roleBase = {
        address: roleAddress,
        resourceType: 'Microsoft.Authorization/roleAssignments',
        step: 'role',
    };
    if (mc?.usesServicePrincipal === true) {
        // The object id of a cluster's service principal is not in ARM: a live rule tells the user to grant it.
    }
    else if (principal === null && !newCompute) {
        // Existing compute whose cluster could not be read or has no identity: a live rule reports it.
    }
    else {
        const known = principal !== null && principal !== _model_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_AFTER_APPLY */ .Ai ? principal : null;
        const name = known !== null ? (0,_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .roleAssignmentName */ .P_)(scope, _roles_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_CONTRIBUTOR_ROLE_GUID */ .C8, known) : _model_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_AFTER_APPLY */ .Ai;
        const after = {
            scope,
            roleDefinitionId: (0,_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .roleDefinitionId */ .t)(sub),
            principalId: known ?? _model_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_AFTER_APPLY */ .Ai,
            principalType: 'ServicePrincipal',
            // Where the apply reads the identity from when the plan could not know it.
            ...(known === null ? { computeId: cid } : {}),
        };
        const assignments = known !== null ? live.roleAssignments[known] : undefined;
        const existing = assignments !== undefined && !(0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreadable */ .GZ)(assignments)
            ? assignments.find((a) => a.roleDefinitionGuid === _roles_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_CONTRIBUTOR_ROLE_GUID */ .C8 && (0,_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .scopeCovers */ .pp)(a.scope, scope))
            : undefined;
        if (existing !== undefined) {
            const before = {
                scope: existing.scope,
                roleDefinitionId: (0,_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .roleDefinitionId */ .t)(sub),
                principalId: existing.principalId,
                principalType: 'ServicePrincipal',
            };
            out.push({
                ...roleBase,
                resourceId: existing.id,
                action: 'no-op',
                before,
                after: before,
                reason: `Network Contributor already held at ${existing.scope}`,
                needs: [],
            });
        }
        else {
            out.push({
                ...roleBase,
                resourceId: (0,_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .roleAssignmentId */ .tS)(scope, name),
                action: 'create',
                before: null,
                after,
                reason: `the cluster identity needs Network Contributor on ${c.networkContributorScope === 'subnet' ? 'the subnet' : 'the VNet resource group'}`,
                needs: [address, `${address}.managedCluster`],
            });
        }
    }
    // Load balancer: a new cluster is created with a public IP and switched after the role (ILB creation
    // fails without the role on the subnet: 2020 seed doc).
    const wantType = c.loadBalancerType;
    const wantLbSubnet = wantType === 'InternalLoadBalancer' ? (c.loadBalancerSubnet ?? c.subnet) : null;
    const lbAfter = { loadBalancerType: wantType, loadBalancerSubnet: wantLbSubnet };
    // The switch puts the front end in that subnet: it waits for the subnet (and its NSG association) when the
    // plan writes them, so that a failed subnet skips the switch instead of failing it with a missing subnet. The
    // cluster's own subnet is already waited for through the compute.
    const lbSubnetIdx = wantLbSubnet === null ? -1 : net.subnets.findIndex((s) => lower(s.name) === lower(wantLbSubnet));
    const lbSubnetNeeds = lbSubnetIdx >= 0 && lbSubnetIdx !== subnetIdx
        ? [`network.subnets[${lbSubnetIdx}]`, `network.subnets[${lbSubnetIdx}].securityGroup`]
        : [];
    const lbBase = {
        address: `${address}.loadBalancer`,
        resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
        resourceId: cid,
        step: 'load-balancer',
    };
    if (newCompute) {
        if (wantType === 'InternalLoadBalancer') {
            out.push({
                ...lbBase,
                action: 'update',
                before: { loadBalancerType: 'PublicIp', loadBalancerSubnet: null },
                after: lbAfter,
                reason: 'switch the new cluster to an internal load balancer once its identity holds the role',
                needs: [`${address}.managedCluster`, address, roleAddress, ...lbSubnetNeeds],
            });
        }
    }
    else if (compute !== undefined) {
        const lbBefore = {
            loadBalancerType: compute.loadBalancerType ?? 'PublicIp',
            loadBalancerSubnet: compute.loadBalancerType === 'InternalLoadBalancer' ? compute.loadBalancerSubnet : null,
        };
        if (jsonEq(lbBefore, lbAfter))
            out.push({ ...lbBase, action: 'no-op', before: lbBefore, after: lbBefore, reason: 'matches', needs: [] });
        else
            out.push({
                ...lbBase,
                action: 'update',
                before: lbBefore,
                after: lbAfter,
                reason: `load balancer ${String(lbBefore.loadBalancerType)} -> ${wantType}`,
                needs: [...(verdict.kind === 'retry-update' ? [address] : []), roleAddress, ...lbSubnetNeeds],
            });
    }
    return out;
}
// ---- assembly --------------------------------------------------------------------------------------------
const WRITES = { create: true, update: true, delete: true, 'no-op': false, refuse: false };
/** Fills dependsOn with the prerequisites that write something, and orders changes by step (stable within a step). */
function finish(drafts) {
    const writing = new Set(drafts.filter((d) => WRITES[d.action]).map((d) => d.address));
    const ruleWrites = drafts.filter((d) => d.step === 'security-rule' && WRITES[d.action]).map((d) => d.address);
    const changes = drafts.map((d) => {
        const deps = new Set();
        if (WRITES[d.action]) {
            for (const n of d.needs) {
                if (n === '*security-rule')
                    ruleWrites.forEach((r) => deps.add(r));
                else if (writing.has(n) && n !== d.address)
                    deps.add(n);
            }
        }
        const { needs: _needs, ...rest } = d;
        return { ...rest, dependsOn: [...deps] };
    });
    const rank = (c) => _model_js__WEBPACK_IMPORTED_MODULE_3__/* .STEP_ORDER */ .SA.indexOf(c.step);
    return changes
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
        .map((x) => x.c);
}
function diff(spec, live, options = {}) {
    const net = (0,_spec_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveNetwork */ .lr)(spec);
    const vnet = (0,_live_types_js__WEBPACK_IMPORTED_MODULE_6__/* .readable */ .HD)(live.vnet);
    const drafts = [];
    const subnetDrafts = vnet !== undefined ? diffSubnets(net, vnet, live.subscriptionId) : [];
    drafts.push(...subnetDrafts);
    drafts.push(...diffSecurity(spec, net, live, vnet, options));
    for (const c of (0,_spec_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveClusters */ .WC)(spec))
        drafts.push(...diffCluster(spec, net, live, c));
    return finish(drafts);
}


/***/ }),

/***/ 38582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ KNOWN_AFTER_APPLY),
/* harmony export */   D3: () => (/* binding */ writes),
/* harmony export */   SA: () => (/* binding */ STEP_ORDER)
/* harmony export */ });
/* unused harmony exports ACTION_WRITES, assertNever */
/**
 * Which actions write to Azure: the one table. The plan's hasChanges, the executor's runnable changes and the
 * summaries all read it; a new action does not compile until it says here whether it writes.
 */
const ACTION_WRITES = {
    create: true,
    update: true,
    delete: true,
    'no-op': false,
    refuse: false,
};
function writes(action) {
    return ACTION_WRITES[action];
}
/** For the default branch of an exhaustive switch: a value the types say cannot exist. */
function assertNever(value, what) {
    throw new Error(`unexpected ${what}: ${String(value)}`);
}
const STEP_ORDER = [
    'subnet',
    'security-group',
    'security-rule',
    'managed-cluster',
    'compute',
    'role',
    'load-balancer',
];
/** A value that only Azure can tell, after an earlier change is applied (e.g. a new cluster's principalId). */
const KNOWN_AFTER_APPLY = '(known after apply)';


/***/ }),

/***/ 2682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ NETWORK_CONTRIBUTOR_ROLE_GUID),
/* harmony export */   Hm: () => (/* binding */ networkContributorScopeId),
/* harmony export */   P_: () => (/* binding */ roleAssignmentName),
/* harmony export */   pp: () => (/* binding */ scopeCovers),
/* harmony export */   t: () => (/* binding */ roleDefinitionId),
/* harmony export */   tS: () => (/* binding */ roleAssignmentId)
/* harmony export */ });
/* unused harmony export AMLNET_UUID_NAMESPACE */
/* harmony import */ var uuid__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73604);
/* harmony import */ var _live_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9376);
// Role assignment identity: the Network Contributor role for a cluster identity at the scope the spec
// asks for, under a deterministic name (UUID v5 of scope + role + principal) so that a re-run writes the
// same assignment instead of a duplicate.


/** Built-in Network Contributor (https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/networking#network-contributor). */
const NETWORK_CONTRIBUTOR_ROLE_GUID = '4d97b98b-1d4f-4787-a291-c67834d212e7';
/** Namespace of amlnet's deterministic names (a fixed random UUID; changing it renames every assignment). */
const AMLNET_UUID_NAMESPACE = '5b0f4c55-8f6e-4b1a-9d43-2c3e7a4f9b61';
function roleDefinitionId(subscriptionId, roleGuid = NETWORK_CONTRIBUTOR_ROLE_GUID) {
    return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}
/** The scope of the Network Contributor assignment: the VNet's resource group (the docs) or the cluster subnet. */
function networkContributorScopeId(subscriptionId, net, cluster) {
    return cluster.networkContributorScope === 'subnet'
        ? (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .subnetId */ .p4)(subscriptionId, net.resourceGroup, net.name, cluster.subnet)
        : (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .rgId */ .BP)(subscriptionId, net.resourceGroup);
}
/** Deterministic role assignment name; ids are compared case-insensitively, so the input is lower-cased. */
function roleAssignmentName(scope, roleGuid, principalId) {
    return (0,uuid__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay)(`${scope.toLowerCase()}|${roleGuid.toLowerCase()}|${principalId.toLowerCase()}`, AMLNET_UUID_NAMESPACE);
}
function roleAssignmentId(scope, name) {
    return `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
}
/** True when an assignment at `assignedScope` covers `targetScope` (same or an ancestor). */
function scopeCovers(assignedScope, targetScope) {
    const a = assignedScope.toLowerCase().replace(/\/+$/, '');
    const t = targetScope.toLowerCase().replace(/\/+$/, '');
    return t === a || t.startsWith(a + '/');
}


/***/ })

};
