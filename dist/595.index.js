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
/* harmony import */ var _diff_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1321);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84228);
/* harmony import */ var _findings_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86707);




function buildPlan(spec, live, findings, options = {}) {
    const changes = (0,_diff_index_js__WEBPACK_IMPORTED_MODULE_1__/* .diff */ .Ui)(spec, live, options);
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
            kind: c.kind,
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
// (src/plan/diff/cluster.ts) and by the compute applier (src/azure/apply/compute.ts), so that both agree.
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

/***/ 1321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ui: () => (/* binding */ diff),
  XM: () => (/* reexport */ ruleDesired)
});

// UNUSED EXPORTS: immutableDifferences

// EXTERNAL MODULE: ./src/rules/outbound.ts
var rules_outbound = __webpack_require__(24939);
// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
// EXTERNAL MODULE: ./src/live/types.ts
var types = __webpack_require__(10003);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
;// CONCATENATED MODULE: ./src/plan/address.ts
// Plan addresses: where in the spec a change comes from. Built here only, so that the diff, dependsOn, the
// resume digests and the renderers agree on one spelling. Pure.
const SECURITY_GROUP_ADDRESS = 'network.securityGroup';
function subnetAddress(name, index) {
    void name;
    return `network.subnets[${index}]`;
}
function subnetSecurityGroupAddress(name, index) {
    return `${subnetAddress(name, index)}.securityGroup`;
}
function ruleAddress(name, index) {
    void name;
    return `${SECURITY_GROUP_ADDRESS}.rules[${index}]`;
}
function outboundRuleAddress(name, index) {
    void name;
    return `${SECURITY_GROUP_ADDRESS}.restrictOutbound[${index}]`;
}
/** An NSG rule amlnet created that the spec no longer lists (deleted with prune). */
function prunedRuleAddress(name) {
    return `${SECURITY_GROUP_ADDRESS}.prune[${name}]`;
}
function clusterAddresses(name, index) {
    void name;
    const compute = `aksClusters[${index}]`;
    return {
        compute,
        managedCluster: `${compute}.managedCluster`,
        networkContributor: `${compute}.networkContributor`,
        loadBalancer: `${compute}.loadBalancer`,
    };
}

// EXTERNAL MODULE: ./src/plan/model.ts + 1 modules
var model = __webpack_require__(84228);
// EXTERNAL MODULE: ./src/plan/compute-state.ts
var compute_state = __webpack_require__(90954);
;// CONCATENATED MODULE: ./src/plan/diff/common.ts

const lower = (s) => (s ?? '').toLowerCase();
function sameText(a, b) {
    return lower(a) === lower(b);
}
/** The same strings, ignoring order and case. */
function sortedEq(a, b) {
    if (a.length !== b.length)
        return false;
    const x = [...a].map((s) => s.toLowerCase()).sort();
    const y = [...b].map((s) => s.toLowerCase()).sort();
    return x.every((v, i) => v === y[i]);
}
/** A provisioning state some operation is still working towards (not Succeeded, Failed or Canceled). */
function settling(state) {
    const s = lower(state);
    return s !== '' && s !== 'succeeded' && !(0,compute_state/* provisioningFailed */.j)(s);
}

;// CONCATENATED MODULE: ./src/plan/diff/subnet.ts



function subnetDesired(prefix, delegation, live) {
    // delegation undefined = not managed: keep whatever Azure has.
    const delegations = delegation === undefined ? (live?.delegations ?? []) : delegation === null ? [] : [delegation];
    return { addressPrefix: live?.addressPrefix ?? prefix, delegations };
}
function subnetBefore(s) {
    return { addressPrefix: s.addressPrefix, delegations: [...s.delegations] };
}
function diffSubnet(s, index, net, vnet, sub) {
    const base = {
        kind: 'subnet',
        address: subnetAddress(s.name, index),
        resourceType: 'Microsoft.Network/virtualNetworks/subnets',
        resourceId: (0,ids/* subnetId */.p4)(sub, net.resourceGroup, net.name, s.name),
        step: 'subnet',
        needs: [],
    };
    const live = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
    if (live === undefined) {
        return {
            ...base,
            action: 'create',
            before: null,
            after: subnetDesired(s.addressPrefix, s.delegation ?? null),
            reason: `subnet ${s.name} does not exist in ${net.name}`,
        };
    }
    const before = subnetBefore(live);
    const want = s.delegation;
    if (want === undefined ||
        (want === null && live.delegations.length === 0) ||
        (want !== null && sortedEq(live.delegations, [want]))) {
        return { ...base, action: 'no-op', before, after: before, reason: 'matches' };
    }
    if (want !== null && live.delegations.length === 0) {
        return {
            ...base,
            action: 'update',
            before,
            after: subnetDesired(s.addressPrefix, want, live),
            reason: `delegate ${s.name} to ${want}`,
        };
    }
    return {
        ...base,
        action: 'refuse',
        before,
        after: null,
        reason: want === null
            ? `${s.name} is delegated to ${live.delegations.join(', ')} in Azure; amlnet never removes a delegation`
            : `${s.name} is delegated to ${live.delegations.join(', ')} in Azure, not ${want}; amlnet never replaces a delegation`,
    };
}
function diffSubnets(net, vnet, sub) {
    return net.subnets.map((s, i) => diffSubnet(s, i, net, vnet, sub));
}

;// CONCATENATED MODULE: ./src/plan/diff/security-group.ts




function diffSecurityGroup(sg, net, live, liveNsg, id) {
    const base = {
        kind: 'security-group',
        address: SECURITY_GROUP_ADDRESS,
        resourceType: 'Microsoft.Network/networkSecurityGroups',
        resourceId: id,
        step: 'security-group',
        needs: [],
    };
    if ((0,types/* isUnreadable */.GZ)(live.nsg)) {
        return {
            ...base,
            action: 'refuse',
            before: null,
            after: null,
            reason: `could not read ${sg.name}: ${live.nsg.code}`,
        };
    }
    if (liveNsg === undefined) {
        return {
            ...base,
            action: 'create',
            before: null,
            after: { location: net.location },
            reason: `${sg.name} does not exist`,
        };
    }
    const before = { location: liveNsg.location };
    return { ...base, action: 'no-op', before, after: before, reason: 'exists' };
}
/** Associate the NSG with every spec subnet that has none (without the VNet there is nothing to associate). */
function diffAssociations(sg, net, vnet, sub, id) {
    return net.subnets.map((s, i) => {
        const liveSubnet = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
        const current = liveSubnet?.networkSecurityGroupId ?? null;
        const base = {
            kind: 'subnet-security-group',
            address: subnetSecurityGroupAddress(s.name, i),
            resourceType: 'Microsoft.Network/virtualNetworks/subnets',
            resourceId: (0,ids/* subnetId */.p4)(sub, net.resourceGroup, net.name, s.name),
            step: 'security-group',
            needs: [SECURITY_GROUP_ADDRESS, subnetAddress(s.name, i)],
        };
        const before = liveSubnet === undefined ? null : { networkSecurityGroup: current };
        if (current === null) {
            return {
                ...base,
                action: 'update',
                before,
                after: { networkSecurityGroup: id },
                reason: `associate ${sg.name} with ${s.name}`,
            };
        }
        if ((0,ids/* sameId */.s)(current, id) && before !== null) {
            return { ...base, action: 'no-op', before, after: before, reason: 'associated' };
        }
        return {
            ...base,
            action: 'refuse',
            before,
            after: null,
            reason: `${s.name} is already controlled by another NSG (${current}); amlnet never swaps a subnet's NSG`,
        };
    });
}

// EXTERNAL MODULE: ./src/live/ownership.ts
var ownership = __webpack_require__(99527);
;// CONCATENATED MODULE: ./src/plan/diff/security-rule.ts




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
    if (lower(want.direction) !== lower(have.direction))
        return false;
    if (lower(want.access) !== lower(have.access))
        return false;
    if (lower(want.protocol) !== lower(have.protocol))
        return false;
    if (want.priority !== have.priority)
        return false;
    if (!sortedEq(want.sourceAddressPrefixes, have.sourceAddressPrefixes))
        return false;
    if (!sortedEq(want.sourcePortRanges, have.sourcePortRanges))
        return false;
    if (!sortedEq(want.destinationAddressPrefixes, have.destinationAddressPrefixes))
        return false;
    if (!sortedEq(want.destinationPortRanges, have.destinationPortRanges))
        return false;
    return want.description === have.description;
}
const RULE = {
    kind: 'security-rule',
    resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
    step: 'security-rule',
};
/** Rules amlnet created earlier (recorded in the NSG's tags) that the spec no longer lists: deleted with prune. */
function diffPrunedRules(liveNsg, wanted, nsgId) {
    const owned = new Set(wanted.map((d) => lower(d.rule.name)));
    return (0,ownership/* removedOwnedRules */.Hi)(liveNsg, owned).map((r) => ({
        ...RULE,
        address: prunedRuleAddress(r.name),
        resourceId: (0,ids/* securityRuleId */.AX)(nsgId, r.name),
        needs: [SECURITY_GROUP_ADDRESS],
        action: 'delete',
        before: ruleBefore(r),
        after: null,
        reason: `rule ${r.name} was created by amlnet and the spec no longer lists it (prune: true)`,
    }));
}
function diffRule(d, wanted, liveNsg, nsgId, deletes) {
    const owned = new Set(wanted.map((w) => lower(w.rule.name)));
    const deleted = new Set(deletes.map((x) => lower(x.resourceId.split('/').pop())));
    const want = ruleDesired(d.rule);
    const have = liveNsg?.rules.find((r) => lower(r.name) === lower(d.rule.name));
    // A pruned rule may hold the priority this one takes: deletes go first.
    const base = {
        ...RULE,
        address: d.address,
        resourceId: (0,ids/* securityRuleId */.AX)(nsgId, d.rule.name),
        needs: [SECURITY_GROUP_ADDRESS, ...deletes.map((x) => x.address)],
    };
    const clash = liveNsg?.rules.find((r) => !owned.has(lower(r.name)) &&
        !deleted.has(lower(r.name)) &&
        r.priority === d.rule.priority &&
        lower(r.direction) === lower(d.rule.direction));
    if (clash !== undefined) {
        return {
            ...base,
            action: 'refuse',
            before: have ? ruleBefore(have) : null,
            after: null,
            reason: `priority ${d.rule.priority} ${d.rule.direction} is taken by rule '${clash.name}', which amlnet does not own`,
        };
    }
    if (have === undefined) {
        return { ...base, action: 'create', before: null, after: want, reason: `rule ${d.rule.name} does not exist` };
    }
    const before = ruleBefore(have);
    if (ruleMatches(want, before))
        return { ...base, action: 'no-op', before, after: before, reason: 'matches' };
    return { ...base, action: 'update', before, after: want, reason: `rule ${d.rule.name} differs` };
}

;// CONCATENATED MODULE: ./src/plan/diff/compute.ts


function computeBefore(c) {
    const n = c.aksNetworkingConfiguration;
    return {
        computeType: c.computeType,
        resourceId: c.resourceId,
        computeLocation: c.computeLocation,
        agentCount: c.agentCount,
        agentVmSize: c.agentVmSize,
        clusterPurpose: c.clusterPurpose,
        aksNetworkingConfiguration: n
            ? {
                subnetId: n.subnetId,
                serviceCidr: n.serviceCidr,
                dnsServiceIP: n.dnsServiceIP,
                dockerBridgeCidr: n.dockerBridgeCidr,
            }
            : null,
    };
}
/** The compute shown with a failed-compute update: its managed properties and the state it is in. */
function failedBefore(c) {
    return { ...computeBefore(c), provisioningState: c.provisioningState };
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
/** Attaching an existing managed cluster (always with a public IP first). */
function attachBody(c, clusterId) {
    return { computeType: 'AKS', resourceId: clusterId, clusterPurpose: c.clusterPurpose, loadBalancerType: 'PublicIp' };
}
/**
 * The PUT that repeats a failed update of a compute whose cluster works: its create (or attach) body with the
 * load balancer it has now, so that the PUT never moves it back to a public IP (the load-balancer step switches).
 */
function retryBody(ctx, compute) {
    const lb = compute.loadBalancerType === 'InternalLoadBalancer'
        ? { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: compute.loadBalancerSubnet }
        : { loadBalancerType: 'PublicIp' };
    const attachedTo = compute.resourceId ?? ctx.mcIdKnown;
    if ((compute.isAttachedCompute || ctx.c.mode === 'attach') && attachedTo !== null) {
        return { computeType: 'AKS', resourceId: attachedTo, clusterPurpose: ctx.c.clusterPurpose, ...lb };
    }
    const { loadBalancerType: _publicIp, ...create } = amlCreateBody(ctx.c, ctx.wantSubnetId);
    return { ...create, ...lb };
}
function computeBase(ctx) {
    return {
        kind: 'compute',
        address: ctx.addresses.compute,
        resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
        resourceId: ctx.computeId,
        step: 'compute',
    };
}
/** A refusal of the compute (nothing is written for this cluster). */
function refuseCompute(ctx, before, reason) {
    return { ...computeBase(ctx), action: 'refuse', before, after: null, reason, needs: [] };
}
/** A compute that exists: PUT again under the failed-compute policy, or left as it is. */
function existingCompute(ctx, compute, verdict) {
    const base = computeBase(ctx);
    if (verdict.kind === 'retry-update') {
        const after = retryBody(ctx, compute);
        const draft = {
            ...base,
            action: 'update',
            before: failedBefore(compute),
            after,
            reason: verdict.reason,
            needs: ctx.networkNeeds,
        };
        return { drafts: [draft], principal: ctx.mc?.principalId ?? null, newCompute: false };
    }
    if (verdict.kind === 'recreate') {
        const after = amlCreateBody(ctx.c, ctx.wantSubnetId);
        const draft = {
            ...base,
            action: 'update',
            before: failedBefore(compute),
            after,
            reason: verdict.reason,
            needs: ctx.networkNeeds,
        };
        return { drafts: [draft], principal: model/* KNOWN_AFTER_APPLY */.Ai, newCompute: true };
    }
    const before = computeBefore(compute);
    const reason = ctx.c.mode === 'attach' ? 'attached' : 'exists';
    // A compute an earlier (interrupted) run left Creating/Updating has no cluster identity to read yet: the role
    // is still planned, resolved by the apply once the compute settles, and the switch still waits for it.
    const principal = ctx.mc?.principalId ?? (settling(compute.provisioningState) ? model/* KNOWN_AFTER_APPLY */.Ai : null);
    return {
        drafts: [{ ...base, action: 'no-op', before, after: before, reason, needs: [] }],
        principal,
        newCompute: false,
    };
}
/** A compute to create: attach the given cluster, or have AML create one. */
function newCompute(ctx) {
    const base = computeBase(ctx);
    const { c } = ctx;
    if (c.mode === 'attach') {
        if (c.resourceId === null) {
            // The spec rules reject this; the plan never guesses a cluster to attach.
            return {
                drafts: [refuseCompute(ctx, null, `attach ${c.name}: no resourceId`)],
                principal: null,
                newCompute: false,
            };
        }
        const draft = {
            ...base,
            action: 'create',
            before: null,
            after: attachBody(c, c.resourceId),
            reason: `attach ${c.resourceId}`,
            needs: ctx.networkNeeds,
        };
        return { drafts: [draft], principal: ctx.mc?.principalId ?? null, newCompute: true };
    }
    const after = amlCreateBody(c, ctx.wantSubnetId);
    const draft = {
        ...base,
        action: 'create',
        before: null,
        after,
        reason: `compute ${c.name} does not exist`,
        needs: ctx.networkNeeds,
    };
    return { drafts: [draft], principal: model/* KNOWN_AFTER_APPLY */.Ai, newCompute: true };
}
/** Attaching a managed cluster amlnet creates (or created) for a private cluster. */
function attachPrivate(ctx, clusterId, reason, needs) {
    return { ...computeBase(ctx), action: 'create', before: null, after: attachBody(ctx.c, clusterId), reason, needs };
}

;// CONCATENATED MODULE: ./src/plan/diff/managed-cluster.ts




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
        apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFqdn: c.privateClusterPublicFqdn },
    };
}
const MANAGED_CLUSTER = {
    kind: 'managed-cluster',
    resourceType: 'Microsoft.ContainerService/managedClusters',
    step: 'managed-cluster',
};
/** The managed cluster change: created, or (left Failed by an earlier apply) PUT again with the same body. */
function managedClusterDraft(ctx, mc, id) {
    const base = { ...MANAGED_CLUSTER, address: ctx.addresses.managedCluster, resourceId: id, needs: ctx.networkNeeds };
    const after = privateClusterBody(ctx.c, ctx.wantSubnetId);
    if (mc === undefined) {
        return {
            ...base,
            action: 'create',
            before: null,
            after,
            reason: `private cluster ${ctx.c.name}: created as a managed cluster, then attached`,
        };
    }
    return {
        ...base,
        action: 'update',
        before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
        after,
        reason: `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
    };
}
/** A private cluster without its compute. */
function privateCluster(ctx) {
    const { mc, c } = ctx;
    if (mc !== undefined && !(0,compute_state/* provisioningFailed */.j)(mc.provisioningState)) {
        // The managed cluster exists (an earlier apply stopped before the attach): attach it.
        const before = managedClusterBefore(mc);
        const existing = {
            ...MANAGED_CLUSTER,
            address: ctx.addresses.managedCluster,
            resourceId: mc.id,
            action: 'no-op',
            before,
            after: before,
            reason: 'exists',
            needs: [],
        };
        const attach = attachPrivate(ctx, mc.id, `attach the existing private cluster ${mc.name}`, ctx.networkNeeds);
        return { drafts: [existing, attach], principal: mc.principalId, newCompute: true };
    }
    // A failed cluster's identity may change, so the role waits for the cluster's own answer.
    const id = mc?.id ?? (0,ids/* managedClusterId */.hG)(ctx.sub, ctx.workspaceResourceGroup, c.name);
    const attach = attachPrivate(ctx, id, `attach the private cluster ${c.name}`, [ctx.addresses.managedCluster]);
    return { drafts: [managedClusterDraft(ctx, mc, id), attach], principal: model/* KNOWN_AFTER_APPLY */.Ai, newCompute: true };
}

// EXTERNAL MODULE: ./src/plan/roles.ts
var roles = __webpack_require__(2682);
;// CONCATENATED MODULE: ./src/plan/diff/role.ts
// Network Contributor for a cluster's identity, at the scope the spec asks (subnet or VNet resource group).
// Not planned when the cluster uses a service principal (its object id is not in ARM) or when an existing
// cluster's identity cannot be read: live rules report both. Pure.



const ROLE = { kind: 'role', resourceType: 'Microsoft.Authorization/roleAssignments', step: 'role' };
function diffRole(ctx, outcome) {
    const { c, sub, live } = ctx;
    const { principal } = outcome;
    if (ctx.mc?.usesServicePrincipal === true)
        return [];
    if (principal === null && !outcome.newCompute)
        return [];
    const scope = (0,roles/* networkContributorScopeId */.Hm)(sub, ctx.net, c);
    const address = ctx.addresses.networkContributor;
    const known = principal !== null && principal !== model/* KNOWN_AFTER_APPLY */.Ai ? principal : null;
    const common = { scope, roleDefinitionId: (0,roles/* roleDefinitionId */.t)(sub), principalType: 'ServicePrincipal' };
    const assignments = known !== null ? live.roleAssignments[known] : undefined;
    const existing = assignments !== undefined && !(0,types/* isUnreadable */.GZ)(assignments)
        ? assignments.find((a) => a.roleDefinitionGuid === roles/* NETWORK_CONTRIBUTOR_ROLE_GUID */.C8 && (0,roles/* scopeCovers */.pp)(a.scope, scope))
        : undefined;
    if (existing !== undefined) {
        const before = { ...common, scope: existing.scope, principalId: existing.principalId };
        return [
            {
                ...ROLE,
                address,
                resourceId: existing.id,
                action: 'no-op',
                before,
                after: before,
                reason: `Network Contributor already held at ${existing.scope}`,
                needs: [],
            },
        ];
    }
    // Where the apply reads the identity from when the plan could not know it.
    const after = known !== null
        ? { ...common, principalId: known }
        : { ...common, principalId: model/* KNOWN_AFTER_APPLY */.Ai, computeId: ctx.computeId };
    const name = known !== null ? (0,roles/* roleAssignmentName */.P_)(scope, roles/* NETWORK_CONTRIBUTOR_ROLE_GUID */.C8, known) : model/* KNOWN_AFTER_APPLY */.Ai;
    return [
        {
            ...ROLE,
            address,
            resourceId: (0,roles/* roleAssignmentId */.tS)(scope, name),
            action: 'create',
            before: null,
            after,
            reason: `the cluster identity needs Network Contributor on ${c.networkContributorScope === 'subnet' ? 'the subnet' : 'the VNet resource group'}`,
            needs: [ctx.addresses.compute, ctx.addresses.managedCluster],
        },
    ];
}

;// CONCATENATED MODULE: ./src/plan/diff/load-balancer.ts
// The load balancer of a compute: a new cluster is created with a public IP and switched after the role (an
// internal load balancer fails on Azure without Network Contributor on the subnet). Pure.


/**
 * The switch puts the front end in its subnet: it waits for that subnet (and its NSG association) when the plan
 * writes them, so that a failed subnet skips the switch instead of failing it. The cluster's own subnet is
 * already waited for through the compute.
 */
function lbSubnetNeeds(ctx, lbSubnet) {
    if (lbSubnet === null)
        return [];
    const i = ctx.net.subnets.findIndex((s) => lower(s.name) === lower(lbSubnet));
    if (i < 0)
        return [];
    const own = subnetAddress(ctx.net.subnets[i].name, i);
    if (ctx.ownSubnetNeeds.includes(own))
        return [];
    return [own, subnetSecurityGroupAddress(ctx.net.subnets[i].name, i)];
}
function diffLoadBalancer(ctx, outcome, verdict) {
    const { c, compute, addresses } = ctx;
    const wantType = c.loadBalancerType;
    const wantSubnet = wantType === 'InternalLoadBalancer' ? (c.loadBalancerSubnet ?? c.subnet) : null;
    const after = { loadBalancerType: wantType, loadBalancerSubnet: wantSubnet };
    const base = {
        kind: 'load-balancer',
        address: addresses.loadBalancer,
        resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
        resourceId: ctx.computeId,
        step: 'load-balancer',
    };
    const subnetNeeds = lbSubnetNeeds(ctx, wantSubnet);
    if (outcome.newCompute) {
        if (wantType !== 'InternalLoadBalancer')
            return [];
        return [
            {
                ...base,
                action: 'update',
                before: { loadBalancerType: 'PublicIp', loadBalancerSubnet: null },
                after,
                reason: 'switch the new cluster to an internal load balancer once its identity holds the role',
                needs: [addresses.managedCluster, addresses.compute, addresses.networkContributor, ...subnetNeeds],
            },
        ];
    }
    if (compute === undefined)
        return [];
    const before = {
        loadBalancerType: compute.loadBalancerType ?? 'PublicIp',
        loadBalancerSubnet: compute.loadBalancerType === 'InternalLoadBalancer' ? compute.loadBalancerSubnet : null,
    };
    if (before.loadBalancerType === after.loadBalancerType && before.loadBalancerSubnet === after.loadBalancerSubnet) {
        return [{ ...base, action: 'no-op', before, after: before, reason: 'matches', needs: [] }];
    }
    return [
        {
            ...base,
            action: 'update',
            before,
            after,
            reason: `load balancer ${before.loadBalancerType} -> ${wantType}`,
            needs: [
                ...(verdict.kind === 'retry-update' ? [addresses.compute] : []),
                addresses.networkContributor,
                ...subnetNeeds,
            ],
        },
    ];
}

;// CONCATENATED MODULE: ./src/plan/diff/cluster.ts









/** Immutable differences between what the spec gives and what exists: each is a refusal reason. */
function immutableDifferences(c, wantSubnetId, compute, mc) {
    const reasons = [];
    const given = (k) => !c.defaulted.has(k);
    const cfg = compute?.aksNetworkingConfiguration ?? null;
    const liveSubnet = cfg?.subnetId ?? mc?.subnetIds[0] ?? null;
    if (liveSubnet !== null && !(0,ids/* sameId */.s)(liveSubnet, wantSubnetId)) {
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
function clusterHealth(mc) {
    if (mc === undefined || mc === null)
        return 'missing';
    if ((0,types/* isUnreadable */.GZ)(mc))
        return 'unreadable';
    return (0,compute_state/* provisioningFailed */.j)(mc.provisioningState) ? 'failed' : 'working';
}
function clusterContext(c, inputs) {
    const { net, live, workspace } = inputs;
    const sub = live.subscriptionId;
    const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(c.subnet));
    const ownSubnetNeeds = subnetIdx >= 0 ? [subnetAddress(c.subnet, subnetIdx), subnetSecurityGroupAddress(c.subnet, subnetIdx)] : [];
    const compute = (0,types/* readable */.HD)(live.computes[c.name]);
    // A private cluster amlnet creates has a known id: after a partial apply (cluster made, attach failed) it
    // exists without a compute, and a re-run must attach it, never create it again.
    const privateMcId = c.mode === 'create' && c.privateCluster ? (0,ids/* managedClusterId */.hG)(sub, workspace.resourceGroup, c.name) : null;
    const mcIdKnown = compute?.resourceId ?? (c.mode === 'attach' ? c.resourceId : privateMcId);
    const liveMc = mcIdKnown !== null ? live.managedClusters[mcIdKnown.toLowerCase()] : undefined;
    return {
        c,
        net,
        live,
        sub,
        workspaceResourceGroup: workspace.resourceGroup,
        addresses: clusterAddresses(c.name, c.index),
        computeId: (0,ids/* computeId */.HM)(sub, workspace.resourceGroup, workspace.name, c.name),
        wantSubnetId: (0,ids/* subnetId */.p4)(sub, net.resourceGroup, net.name, c.subnet),
        compute,
        liveMc,
        mc: (0,types/* readable */.HD)(liveMc),
        mcIdKnown,
        privateMcId,
        networkNeeds: [...ownSubnetNeeds, ...inputs.securityNeeds],
        ownSubnetNeeds,
    };
}
/** Why the cluster to attach cannot be attached, if it cannot. */
function attachRefusal(ctx) {
    const { c, compute, liveMc } = ctx;
    if (c.mode !== 'attach')
        return undefined;
    if (compute !== undefined) {
        if (c.resourceId !== null && compute.resourceId !== null && !(0,ids/* sameId */.s)(compute.resourceId, c.resourceId))
            return `compute ${c.name} is attached to ${compute.resourceId}, not ${c.resourceId}; amlnet never detaches a compute`;
        return undefined;
    }
    if (liveMc === null || liveMc === undefined)
        return `the cluster to attach (${c.resourceId ?? 'no resourceId'}) does not exist`;
    if ((0,types/* isUnreadable */.GZ)(liveMc))
        return `could not read the cluster to attach: ${liveMc.code}`;
    if ((0,compute_state/* provisioningFailed */.j)(liveMc.provisioningState)) {
        // Not amlnet's cluster: it never writes it, and attaching a failed cluster gives a compute without a
        // working cluster (the compute applier refuses it too: ManagedClusterProvisioningFailed).
        return (`the cluster to attach, ${liveMc.name}, is in provisioning state ${liveMc.provisioningState ?? 'Failed'}; ` +
            `repair it first (az aks update --resource-group ${(0,ids/* parseResourceId */.RQ)(liveMc.id)?.resourceGroup ?? '?'} ` +
            `--name ${liveMc.name} retries its last operation), then run amlnet again`);
    }
    return undefined;
}
/** The refusal that stops this cluster, if any (nothing is written for it then). */
function clusterRefusal(ctx) {
    const { c, compute, liveMc, live } = ctx;
    const liveCompute = live.computes[c.name];
    if ((0,types/* isUnreadable */.GZ)(liveCompute))
        return refuseCompute(ctx, null, `could not read compute ${c.name}: ${liveCompute.code}`);
    if (compute !== undefined && compute.computeType !== 'AKS') {
        const reason = `a compute named ${c.name} exists with type ${compute.computeType}, not AKS; amlnet never replaces a compute`;
        return refuseCompute(ctx, computeBefore(compute), reason);
    }
    const attach = attachRefusal(ctx);
    if (attach !== undefined)
        return refuseCompute(ctx, compute ? computeBefore(compute) : null, attach);
    if (compute === undefined && ctx.privateMcId !== null && (0,types/* isUnreadable */.GZ)(liveMc))
        return refuseCompute(ctx, null, `could not read the private cluster ${ctx.privateMcId}: ${liveMc.code}`);
    const immutable = compute !== undefined || c.mode === 'attach' || ctx.mc !== undefined
        ? immutableDifferences(c, ctx.wantSubnetId, compute, ctx.mc)
        : [];
    if (immutable.length > 0)
        return refuseCompute(ctx, compute ? computeBefore(compute) : null, `would need a new cluster: ${immutable.join('; ')}`);
    return undefined;
}
/** The failed-compute policy (compute-state.ts) applied to this cluster's compute. */
function verdictOf(ctx) {
    const { c, compute } = ctx;
    if (compute === undefined)
        return { kind: 'healthy' };
    return (0,compute_state/* computeVerdict */.z)({
        name: c.name,
        provisioningState: compute.provisioningState,
        attached: c.mode === 'attach' || compute.isAttachedCompute,
        clusterId: compute.resourceId ?? ctx.mcIdKnown,
        cluster: clusterHealth(ctx.liveMc),
    });
}
function diffCluster(c, inputs) {
    const ctx = clusterContext(c, inputs);
    const refusal = clusterRefusal(ctx);
    if (refusal !== undefined)
        return [refusal];
    const verdict = verdictOf(ctx);
    if (verdict.kind === 'refuse' && ctx.compute !== undefined)
        return [refuseCompute(ctx, failedBefore(ctx.compute), verdict.reason)];
    const outcome = ctx.compute !== undefined
        ? existingCompute(ctx, ctx.compute, verdict)
        : c.mode === 'create' && c.privateCluster
            ? privateCluster(ctx)
            : newCompute(ctx);
    return [...outcome.drafts, ...diffRole(ctx, outcome), ...diffLoadBalancer(ctx, outcome, verdict)];
}

;// CONCATENATED MODULE: ./src/plan/diff/index.ts












/** The rules the spec asks for: its own, then (restrictOutbound) the outbound allows amlnet adds. */
function wantedRules(spec, net, opts) {
    const sg = net.securityGroup;
    if (sg === null)
        return [];
    const outbound = sg.restrictOutbound ? (opts.requiredOutboundRules ?? rules_outbound/* requiredOutboundRules */.JT)(spec) : [];
    return [
        ...sg.rules.map((rule, i) => ({ address: ruleAddress(rule.name, i), rule })),
        ...outbound.map((rule, i) => ({ address: outboundRuleAddress(rule.name, i), rule })),
    ];
}
/** The NSG, its subnet associations, the pruned rules and the wanted rules. */
function diffSecurity(spec, net, live, vnet, opts) {
    const sg = net.securityGroup;
    if (sg === null)
        return [];
    const id = (0,ids/* nsgId */.SD)(live.subscriptionId, sg.resourceGroup, sg.name);
    const liveNsg = (0,types/* readable */.HD)(live.nsg);
    const group = diffSecurityGroup(sg, net, live, liveNsg, id);
    if (group.action === 'refuse')
        return [group];
    const associations = vnet !== undefined ? diffAssociations(sg, net, vnet, live.subscriptionId, id) : [];
    const wanted = wantedRules(spec, net, opts);
    const deletes = sg.prune && liveNsg !== undefined ? diffPrunedRules(liveNsg, wanted, id) : [];
    const rules = wanted.map((w) => diffRule(w, wanted, liveNsg, id, deletes));
    return [group, ...associations, ...deletes, ...rules];
}
/** Fills dependsOn with the prerequisites that write something, and orders changes by step (stable within a step). */
function finish(drafts) {
    const writing = new Set(drafts.filter((d) => (0,model/* writes */.D3)(d.action)).map((d) => d.address));
    const changes = drafts.map((d) => {
        const { needs, ...rest } = d;
        const deps = (0,model/* writes */.D3)(d.action) ? [...new Set(needs)].filter((n) => writing.has(n) && n !== d.address) : [];
        return { ...rest, dependsOn: deps };
    });
    const rank = (c) => model/* STEP_ORDER */.SA.indexOf(c.step);
    return changes
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
        .map((x) => x.c);
}
function diff(spec, live, options = {}) {
    const net = (0,defaults/* resolveNetwork */.lr)(spec);
    const vnet = (0,types/* readable */.HD)(live.vnet);
    const subnets = vnet !== undefined ? diffSubnets(net, vnet, live.subscriptionId) : [];
    const security = diffSecurity(spec, net, live, vnet, options);
    // Every cluster write waits for the NSG and all its rule writes (a cluster's traffic must be allowed first).
    const securityNeeds = security
        .filter((d) => d.kind === 'security-group' || d.kind === 'security-rule')
        .map((d) => d.address);
    const inputs = { net, live, workspace: spec.workspace, securityNeeds };
    const clusters = (0,defaults/* resolveClusters */.WC)(spec).flatMap((c) => diffCluster(c, inputs));
    return finish([...subnets, ...security, ...clusters]);
}


/***/ }),

/***/ 84228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ai: () => (/* binding */ KNOWN_AFTER_APPLY),
  SA: () => (/* binding */ STEP_ORDER),
  xb: () => (/* binding */ assertNever),
  WO: () => (/* reexport */ isAttachBody),
  D3: () => (/* binding */ writes)
});

// UNUSED EXPORTS: ACTION_WRITES

;// CONCATENATED MODULE: ./src/plan/change-kinds.ts
function isAttachBody(body) {
    return 'resourceId' in body;
}

;// CONCATENATED MODULE: ./src/plan/model.ts

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
