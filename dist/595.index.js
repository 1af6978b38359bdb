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

/***/ 61651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ prunedRuleAddress),
/* harmony export */   Ib: () => (/* binding */ subnetAddress),
/* harmony export */   JF: () => (/* binding */ subnetSecurityGroupAddress),
/* harmony export */   NE: () => (/* binding */ outboundRuleAddress),
/* harmony export */   R5: () => (/* binding */ clusterAddresses),
/* harmony export */   VS: () => (/* binding */ trackOf),
/* harmony export */   XR: () => (/* binding */ ruleAddress),
/* harmony export */   g$: () => (/* binding */ SECURITY_GROUP_ADDRESS),
/* harmony export */   ls: () => (/* binding */ NETWORK_TRACK),
/* harmony export */   tL: () => (/* binding */ kubernetesAddresses)
/* harmony export */ });
// Plan addresses: where in the spec a change comes from, by NAME, never by list position, so that adding a
// cluster, subnet or rule before another does not rename the other's changes in the plan (nor invalidate the
// reviewed digests of a resumed apply). Built here only, so that the diff, dependsOn, the resume digests and the
// renderers agree on one spelling. Pure.
//
//   network.subnets[aks-subnet]                 network.subnets[aks-subnet].securityGroup
//   network.securityGroup                       network.securityGroup.rules[allow-scoring]
//   network.securityGroup.restrictOutbound[NAME]  network.securityGroup.prune[NAME]
//   aksClusters[myaks]  aksClusters[myaks].managedCluster  .networkContributor  .loadBalancer
const SECURITY_GROUP_ADDRESS = 'network.securityGroup';
function subnetAddress(name) {
    return `network.subnets[${name}]`;
}
function subnetSecurityGroupAddress(name) {
    return `${subnetAddress(name)}.securityGroup`;
}
function ruleAddress(name) {
    return `${SECURITY_GROUP_ADDRESS}.rules[${name}]`;
}
/** An outbound allow amlnet adds with restrictOutbound. */
function outboundRuleAddress(name) {
    return `${SECURITY_GROUP_ADDRESS}.restrictOutbound[${name}]`;
}
/** An NSG rule amlnet created that the spec no longer lists (deleted with prune). */
function prunedRuleAddress(name) {
    return `${SECURITY_GROUP_ADDRESS}.prune[${name}]`;
}
/** The addresses of one spec cluster's changes (`list` is its spec list, e.g. aksClusters). */
function clusterAddresses(name, list = 'aksClusters') {
    const compute = `${list}[${name}]`;
    return {
        compute,
        managedCluster: `${compute}.managedCluster`,
        networkContributor: `${compute}.networkContributor`,
        loadBalancer: `${compute}.loadBalancer`,
    };
}
/** Azure ML v2 (kubernetesClusters): the compute, its cluster, the role and the AzureML extension. */
function kubernetesAddresses(name) {
    const compute = `kubernetesClusters[${name}]`;
    return {
        compute,
        managedCluster: `${compute}.managedCluster`,
        networkContributor: `${compute}.networkContributor`,
        extension: `${compute}.extension`,
    };
}
/** The track of a change whose address names a cluster (the executor orders steps per track). */
const NETWORK_TRACK = 'network';
/** The track of a change: the cluster its address names (`aksClusters[x]`, `kubernetesClusters[x]`), or the network. */
function trackOf(address) {
    return /^(?:aksClusters|kubernetesClusters)\[[^\]]*\]/.exec(address)?.[0] ?? NETWORK_TRACK;
}


/***/ }),

/***/ 6595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ countActions),
/* harmony export */   G: () => (/* binding */ buildPlan)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _diff_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39520);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84228);
/* harmony import */ var _findings_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86707);




function buildPlan(spec, live, findings, options = {}) {
    const changes = (0,_diff_index_js__WEBPACK_IMPORTED_MODULE_1__/* .diff */ .U)(spec, live, options);
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

/***/ 39520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ diff),
  X: () => (/* reexport */ ruleDesired)
});

// EXTERNAL MODULE: ./src/rules/outbound.ts
var rules_outbound = __webpack_require__(24939);
// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
// EXTERNAL MODULE: ./src/live/types.ts
var types = __webpack_require__(10003);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
// EXTERNAL MODULE: ./src/plan/address.ts
var address = __webpack_require__(61651);
// EXTERNAL MODULE: ./src/plan/model.ts + 1 modules
var model = __webpack_require__(84228);
// EXTERNAL MODULE: ./src/plan/compute-state.ts
var compute_state = __webpack_require__(90954);
;// CONCATENATED MODULE: ./src/plan/diff/common.ts

const lower = (s) => (s ?? '').toLowerCase();
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
function diffSubnet(s, net, vnet, sub) {
    const base = {
        kind: 'subnet',
        address: (0,address/* subnetAddress */.Ib)(s.name),
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
    return net.subnets.map((s) => diffSubnet(s, net, vnet, sub));
}

;// CONCATENATED MODULE: ./src/plan/diff/security-group.ts




function diffSecurityGroup(sg, net, live, liveNsg, id) {
    const base = {
        kind: 'security-group',
        address: address/* SECURITY_GROUP_ADDRESS */.g$,
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
    return net.subnets.map((s) => {
        const liveSubnet = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
        const current = liveSubnet?.networkSecurityGroupId ?? null;
        const base = {
            kind: 'subnet-security-group',
            address: (0,address/* subnetSecurityGroupAddress */.JF)(s.name),
            resourceType: 'Microsoft.Network/virtualNetworks/subnets',
            resourceId: (0,ids/* subnetId */.p4)(sub, net.resourceGroup, net.name, s.name),
            step: 'security-group',
            needs: [address/* SECURITY_GROUP_ADDRESS */.g$, (0,address/* subnetAddress */.Ib)(s.name)],
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
        address: (0,address/* prunedRuleAddress */.Bs)(r.name),
        resourceId: (0,ids/* securityRuleId */.AX)(nsgId, r.name),
        needs: [address/* SECURITY_GROUP_ADDRESS */.g$],
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
        needs: [address/* SECURITY_GROUP_ADDRESS */.g$, ...deletes.map((x) => x.address)],
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
    const own = (0,address/* subnetAddress */.Ib)(ctx.net.subnets[i].name);
    if (ctx.ownSubnetNeeds.includes(own))
        return [];
    return [own, (0,address/* subnetSecurityGroupAddress */.JF)(ctx.net.subnets[i].name)];
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
    const ownSubnetNeeds = subnetIdx >= 0
        ? [(0,address/* subnetAddress */.Ib)(net.subnets[subnetIdx].name), (0,address/* subnetSecurityGroupAddress */.JF)(net.subnets[subnetIdx].name)]
        : [];
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
        addresses: (0,address/* clusterAddresses */.R5)(c.name, c.kind),
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

// EXTERNAL MODULE: ./src/plan/kubernetes-extension.ts
var kubernetes_extension = __webpack_require__(33403);
;// CONCATENATED MODULE: ./src/plan/diff/kubernetes.ts








/**
 * The cluster as the extension should see it: on attach the node count is the live cluster's, so below 3 nodes
 * the inference router's HA is off and the purpose DevTest (as the Azure CLI decides,
 * https://github.com/Azure/azure-cli-extensions/blob/main/src/k8s-extension/azext_k8s_extension/partner_extensions/AzureMLKubernetes.py)
 * unless the spec says otherwise.
 */
function effectiveCluster(c, mc) {
    const nodes = mc?.agentCount;
    if (c.mode !== 'attach' || nodes === null || nodes === undefined || nodes >= 3)
        return c;
    if (c.defaulted.has('inferenceRouterHA'))
        return { ...c, inferenceRouterHA: false, clusterPurpose: 'DevTest' };
    return c;
}
function kubernetes_managedClusterBefore(mc) {
    return {
        location: mc.location,
        agentPoolSubnetIds: [...mc.subnetIds],
        agentCount: mc.agentCount ?? null,
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
/** The AKS body amlnet PUTs for a new v2 cluster (the managed-cluster applier reads it: azure/apply/desired.ts). */
function kubernetesManagedClusterBody(c, wantSubnetId) {
    return {
        location: c.location,
        dnsPrefix: c.clusterName,
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
        apiServerAccessProfile: { enablePrivateCluster: c.privateCluster, enablePrivateClusterPublicFqdn: false },
    };
}
/** What cannot change on an existing cluster without a new one: each is a refusal reason. */
function kubernetes_immutableDifferences(c, wantSubnetId, mc) {
    const reasons = [];
    const given = (k) => !c.defaulted.has(k);
    const liveSubnet = mc.subnetIds[0] ?? null;
    if (liveSubnet !== null && !(0,ids/* sameId */.s)(liveSubnet, wantSubnetId))
        reasons.push(`subnet: the cluster is in ${liveSubnet}, the spec says ${wantSubnetId} (a cluster's subnet cannot change)`);
    if (c.mode === 'attach')
        return reasons;
    if (given('serviceCidr') && c.serviceCidr !== null && mc.serviceCidr !== null && mc.serviceCidr !== c.serviceCidr)
        reasons.push(`serviceCidr: ${mc.serviceCidr} in Azure, ${c.serviceCidr} in the spec (immutable after creation)`);
    if (given('dnsServiceIp') &&
        c.dnsServiceIp !== null &&
        mc.dnsServiceIP !== null &&
        mc.dnsServiceIP !== c.dnsServiceIp)
        reasons.push(`dnsServiceIp: ${mc.dnsServiceIP} in Azure, ${c.dnsServiceIp} in the spec (immutable after creation)`);
    if (given('networkPlugin') && mc.networkPlugin !== null && lower(mc.networkPlugin) !== lower(c.networkPlugin))
        reasons.push(`networkPlugin: ${mc.networkPlugin} in Azure, ${c.networkPlugin} in the spec (immutable after creation)`);
    if (given('privateCluster') && mc.enablePrivateCluster !== c.privateCluster)
        reasons.push(`privateCluster: ${mc.enablePrivateCluster} in Azure, ${c.privateCluster} in the spec (immutable after creation)`);
    return reasons;
}
function managedSettings(settings) {
    const out = {};
    for (const k of kubernetes_extension/* MANAGED_EXTENSION_SETTINGS */.g5)
        if (settings[k] !== undefined)
            out[k] = settings[k];
    return out;
}
function extensionBefore(e) {
    return {
        extensionType: e.extensionType,
        releaseNamespace: e.releaseNamespace,
        configurationSettings: managedSettings(e.settings),
    };
}
function kubernetes_computeBefore(c) {
    return {
        computeType: c.computeType,
        resourceId: c.resourceId,
        namespace: c.namespace ?? null,
        provisioningState: c.provisioningState,
    };
}
/** Why the spec's compute name cannot become this cluster's Kubernetes compute, or undefined. */
function computeRefusal(c, compute, clusterId) {
    if (lower(compute.computeType) === 'aks')
        return (`a compute named ${c.name} exists with type AKS (Azure ML v1); amlnet never replaces a compute. ` +
            'Migrate it first (https://learn.microsoft.com/en-us/azure/machine-learning/how-to-deploy-kubernetes-extension: ' +
            'clean up the legacy azureml-fe of a v1 inference cluster), or give the v2 compute another name');
    if (lower(compute.computeType) !== 'kubernetes')
        return `a compute named ${c.name} exists with type ${compute.computeType}, not Kubernetes; amlnet never replaces a compute`;
    if (compute.resourceId !== null && !(0,ids/* sameId */.s)(compute.resourceId, clusterId))
        return `compute ${c.name} is attached to ${compute.resourceId}, not ${clusterId}; amlnet never detaches a compute`;
    return undefined;
}
function unreadableReason(what, v) {
    return `could not read ${what}: ${v.code}`;
}
/** The v2 changes of one cluster, in order. */
function diffKubernetesCluster(resolved, inputs) {
    const { net, live, workspace: ws } = inputs;
    const sub = live.subscriptionId;
    const addr = (0,address/* kubernetesAddresses */.tL)(resolved.name);
    const clusterId = (0,ids/* kubernetesClusterId */.Ab)(sub, resolved);
    const cid = (0,ids/* computeId */.HM)(sub, ws.resourceGroup, ws.name, resolved.name);
    const extId = (0,ids/* kubernetesExtensionId */.b6)(clusterId, resolved.extensionName);
    const wantSubnetId = (0,ids/* subnetId */.p4)(sub, net.resourceGroup, net.name, resolved.subnet);
    const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(resolved.subnet));
    const subnetNeeds = subnetIdx >= 0 ? [(0,address/* subnetAddress */.Ib)(resolved.subnet), (0,address/* subnetSecurityGroupAddress */.JF)(resolved.subnet)] : [];
    const out = [];
    const mcBase = {
        kind: 'managed-cluster',
        address: addr.managedCluster,
        resourceType: 'Microsoft.ContainerService/managedClusters',
        resourceId: clusterId,
        step: 'managed-cluster',
    };
    const computeBase = {
        kind: 'kubernetes-compute',
        address: addr.compute,
        resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
        resourceId: cid,
        step: 'kubernetes-compute',
    };
    const extBase = {
        kind: 'kubernetes-extension',
        address: addr.extension,
        resourceType: 'Microsoft.KubernetesConfiguration/extensions',
        resourceId: extId,
        step: 'kubernetes-extension',
    };
    const refuseCompute = (reason, before = null) => ({
        ...computeBase,
        action: 'refuse',
        before,
        after: null,
        reason,
        needs: [],
    });
    const refuseCluster = (reason, before = null) => ({
        ...mcBase,
        action: 'refuse',
        before,
        after: null,
        reason,
        needs: [],
    });
    const refuseExtension = (reason, before = null) => ({
        ...extBase,
        action: 'refuse',
        before,
        after: null,
        reason,
        needs: [],
    });
    // The compute first: a compute under the spec's name that cannot become this cluster's stops everything.
    const liveCompute = live.computes[resolved.name];
    if ((0,types/* isUnreadable */.GZ)(liveCompute))
        return [refuseCompute(unreadableReason(`compute ${resolved.name}`, liveCompute))];
    const compute = (0,types/* readable */.HD)(liveCompute);
    if (compute !== undefined) {
        const why = computeRefusal(resolved, compute, clusterId);
        if (why !== undefined)
            return [refuseCompute(why, kubernetes_computeBefore(compute))];
    }
    // 1. The managed cluster.
    const liveMc = live.managedClusters[clusterId.toLowerCase()];
    if ((0,types/* isUnreadable */.GZ)(liveMc))
        return [refuseCluster(unreadableReason(`the managed cluster ${clusterId}`, liveMc))];
    const mc = (0,types/* readable */.HD)(liveMc);
    if (resolved.mode === 'attach' && mc === undefined)
        return [
            refuseCluster(`the cluster to attach (${clusterId}) does not exist; amlnet creates clusters only in mode: create`),
        ];
    if (mc !== undefined) {
        const immutable = kubernetes_immutableDifferences(resolved, wantSubnetId, mc);
        if (immutable.length > 0)
            return [refuseCluster(`would need a new cluster: ${immutable.join('; ')}`, kubernetes_managedClusterBefore(mc))];
        if (resolved.mode === 'attach' && (0,compute_state/* provisioningFailed */.j)(mc.provisioningState))
            return [
                refuseCluster(`the cluster to attach, ${mc.name}, is in provisioning state ${mc.provisioningState ?? 'Failed'}; repair it first ` +
                    `(az aks update retries its last operation), then run amlnet again`, kubernetes_managedClusterBefore(mc)),
            ];
    }
    const c = effectiveCluster(resolved, mc);
    const clusterNeeds = [...subnetNeeds, ...inputs.securityNeeds];
    let clusterWritten = false;
    if (mc === undefined) {
        clusterWritten = true;
        out.push({
            ...mcBase,
            action: 'create',
            before: null,
            after: kubernetesManagedClusterBody(c, wantSubnetId),
            reason: `cluster ${c.clusterName} does not exist: created in ${c.subnet} with a system-assigned identity`,
            needs: clusterNeeds,
        });
    }
    else if ((0,compute_state/* provisioningFailed */.j)(mc.provisioningState) || settling(mc.provisioningState)) {
        // Failed (amlnet's own cluster, from an earlier apply): PUT again with the same body, never deleted.
        // Still Creating/Updating (an interrupted apply, an upgrade): the apply waits for it and writes nothing (the
        // managed-cluster applier never writes a cluster that exists and has not failed).
        clusterWritten = true;
        out.push({
            ...mcBase,
            action: 'update',
            before: { ...kubernetes_managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
            after: kubernetesManagedClusterBody(c, wantSubnetId),
            reason: (0,compute_state/* provisioningFailed */.j)(mc.provisioningState)
                ? `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`
                : `the managed cluster is still ${mc.provisioningState ?? 'in progress'}; the apply waits for it`,
            needs: clusterNeeds,
        });
    }
    else {
        const before = kubernetes_managedClusterBefore(mc);
        out.push({
            ...mcBase,
            action: 'no-op',
            before,
            after: before,
            reason: c.mode === 'attach' ? 'the cluster to attach exists (amlnet never writes it)' : 'exists',
            needs: [],
        });
    }
    // 2. Network Contributor for the cluster identity (a service-principal cluster is refused by LIVE-K8S-CLUSTER-IDENTITY).
    const scope = (0,roles/* networkContributorScopeId */.Hm)(sub, net, c);
    if (mc?.usesServicePrincipal !== true) {
        const known = !clusterWritten && mc?.principalId ? mc.principalId : null;
        const assignments = known !== null ? live.roleAssignments[known] : undefined;
        const existing = assignments !== undefined && !(0,types/* isUnreadable */.GZ)(assignments)
            ? assignments.find((a) => a.roleDefinitionGuid === roles/* NETWORK_CONTRIBUTOR_ROLE_GUID */.C8 && (0,roles/* scopeCovers */.pp)(a.scope, scope))
            : undefined;
        const roleBase = {
            kind: 'role',
            address: addr.networkContributor,
            resourceType: 'Microsoft.Authorization/roleAssignments',
            step: 'role',
        };
        const common = { roleDefinitionId: (0,roles/* roleDefinitionId */.t)(sub), principalType: 'ServicePrincipal' };
        if (existing !== undefined) {
            const before = { ...common, scope: existing.scope, principalId: existing.principalId };
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
            const name = known !== null ? (0,roles/* roleAssignmentName */.P_)(scope, roles/* NETWORK_CONTRIBUTOR_ROLE_GUID */.C8, known) : model/* KNOWN_AFTER_APPLY */.Ai;
            // Where the apply reads the identity from when the plan could not know it.
            const after = known !== null
                ? { ...common, scope, principalId: known }
                : { ...common, scope, principalId: model/* KNOWN_AFTER_APPLY */.Ai, managedClusterId: clusterId };
            out.push({
                ...roleBase,
                resourceId: (0,roles/* roleAssignmentId */.tS)(scope, name),
                action: 'create',
                before: null,
                after,
                reason: `the cluster identity needs Network Contributor on ${c.networkContributorScope === 'subnet' ? 'the subnet' : 'the VNet resource group'}`,
                needs: [addr.managedCluster],
            });
        }
    }
    // 3. The AzureML extension.
    const liveExt = live.kubernetesExtensions?.[extId.toLowerCase()];
    if ((0,types/* isUnreadable */.GZ)(liveExt)) {
        out.push(refuseExtension(unreadableReason(`extension ${c.extensionName}`, liveExt)));
        return out;
    }
    const ext = (0,types/* readable */.HD)(liveExt);
    const desired = (0,kubernetes_extension/* extensionSettings */.fK)(c, clusterId);
    const extAfter = {
        extensionType: kubernetes_extension/* AZUREML_EXTENSION_TYPE */.W6,
        releaseNamespace: kubernetes_extension/* AZUREML_RELEASE_NAMESPACE */.Vx,
        configurationSettings: desired,
    };
    const extNeeds = [addr.managedCluster, addr.networkContributor, ...subnetNeeds];
    if (ext === undefined) {
        out.push({
            ...extBase,
            action: 'create',
            before: null,
            after: extAfter,
            reason: `install ${kubernetes_extension/* AZUREML_EXTENSION_TYPE */.W6} as ${c.extensionName} (inference router: ${c.inferenceRouter})`,
            needs: extNeeds,
        });
    }
    else {
        const conflict = (0,kubernetes_extension/* extensionConflict */.ox)(ext);
        if (conflict !== undefined) {
            out.push(refuseExtension(`an extension named ${c.extensionName} exists on ${c.clusterName} and ${conflict}; amlnet never overwrites or removes ` +
                'another extension: name the AzureML extension differently (extensionName)', extensionBefore(ext)));
            return out;
        }
        const keys = Object.keys((0,kubernetes_extension/* extensionSettingsDiff */.AB)(ext.settings, desired));
        if ((0,compute_state/* provisioningFailed */.j)(ext.provisioningState)) {
            out.push({
                ...extBase,
                action: 'update',
                before: { ...extensionBefore(ext), provisioningState: ext.provisioningState },
                after: extAfter,
                reason: `the extension is in state ${ext.provisioningState ?? 'Failed'}; amlnet PUTs its settings again`,
                needs: extNeeds,
            });
        }
        else if (keys.length > 0 || settling(ext.provisioningState)) {
            out.push({
                ...extBase,
                action: 'update',
                before: extensionBefore(ext),
                after: extAfter,
                reason: keys.length > 0
                    ? `settings differ: ${keys.join(', ')} (settings amlnet does not manage are kept)`
                    : `the extension is still ${ext.provisioningState ?? 'in progress'}; the apply waits for it`,
                needs: extNeeds,
            });
        }
        else {
            const before = extensionBefore(ext);
            out.push({ ...extBase, action: 'no-op', before, after: before, reason: 'installed, settings match', needs: [] });
        }
    }
    // 4. The Kubernetes compute (after the extension: attaching a cluster without it fails).
    const location = inputs.location;
    const computeAfter = {
        computeType: 'Kubernetes',
        resourceId: clusterId,
        namespace: c.namespace,
        location,
    };
    if (compute === undefined) {
        out.push({
            ...computeBase,
            action: 'create',
            before: null,
            after: computeAfter,
            reason: `attach ${c.clusterName} as a Kubernetes compute in namespace ${c.namespace}`,
            needs: [addr.extension],
        });
    }
    else if ((0,compute_state/* provisioningFailed */.j)(compute.provisioningState)) {
        out.push({
            ...computeBase,
            action: 'update',
            before: kubernetes_computeBefore(compute),
            after: computeAfter,
            reason: `compute ${c.name} is in state ${compute.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
            needs: [addr.extension],
        });
    }
    else if ((compute.namespace ?? 'default') !== c.namespace) {
        out.push({
            ...computeBase,
            action: 'update',
            before: kubernetes_computeBefore(compute),
            after: computeAfter,
            reason: `namespace ${compute.namespace ?? 'default'} -> ${c.namespace}`,
            needs: [addr.extension],
        });
    }
    else {
        const before = {
            computeType: 'Kubernetes',
            resourceId: compute.resourceId,
            namespace: c.namespace,
            location,
        };
        out.push({ ...computeBase, action: 'no-op', before, after: before, reason: 'attached', needs: [] });
    }
    return out;
}
/** Every v2 change of the spec (none without kubernetesClusters). */
function diffKubernetes(clusters, inputs) {
    return clusters.flatMap((c) => diffKubernetesCluster(c, inputs));
}

;// CONCATENATED MODULE: ./src/plan/diff/index.ts












/** The rules the spec asks for: its own, then (restrictOutbound) the outbound allows amlnet adds. */
function wantedRules(spec, net, opts) {
    const sg = net.securityGroup;
    if (sg === null)
        return [];
    const outbound = sg.restrictOutbound ? (opts.requiredOutboundRules ?? rules_outbound/* requiredOutboundRules */.JT)(spec) : [];
    return [
        ...sg.rules.map((rule) => ({ address: (0,address/* ruleAddress */.XR)(rule.name), rule })),
        ...outbound.map((rule) => ({ address: (0,address/* outboundRuleAddress */.NE)(rule.name), rule })),
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
    // Azure ML v2: the compute resource is in the workspace's region.
    const location = (0,types/* readable */.HD)(live.workspace)?.location || spec.location;
    const kubernetes = diffKubernetes((0,defaults/* resolveKubernetesClusters */.MT)(spec), { ...inputs, location });
    return finish([...subnets, ...security, ...clusters, ...kubernetes]);
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
/**
 * Azure ML v2 (kubernetesClusters) reuses the managed-cluster and role steps, then installs the AzureML extension
 * (after the role: an internal load balancer for the inference router needs it) and attaches the compute (after the
 * extension: attaching a cluster without it fails).
 */
const STEP_ORDER = [
    'subnet',
    'security-group',
    'security-rule',
    'managed-cluster',
    'compute',
    'role',
    'load-balancer',
    'kubernetes-extension',
    'kubernetes-compute',
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


/***/ }),

/***/ 73604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ay: () => (/* binding */ dist_node_v5)
});

// UNUSED EXPORTS: DNS, URL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/sha1.js

function sha1(bytes) {
    if (Array.isArray(bytes)) {
        bytes = Buffer.from(bytes);
    }
    else if (typeof bytes === 'string') {
        bytes = Buffer.from(bytes, 'utf8');
    }
    return (0,external_node_crypto_.createHash)('sha1').update(bytes).digest();
}
/* harmony default export */ const dist_node_sha1 = (sha1);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/regex.js
/* harmony default export */ const regex = (/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/validate.js

function validate_validate(uuid) {
    return typeof uuid === 'string' && regex.test(uuid);
}
/* harmony default export */ const dist_node_validate = (validate_validate);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/parse.js

function parse(uuid) {
    if (!dist_node_validate(uuid)) {
        throw TypeError('Invalid UUID');
    }
    let v;
    return Uint8Array.of((v = parseInt(uuid.slice(0, 8), 16)) >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff, (v = parseInt(uuid.slice(9, 13), 16)) >>> 8, v & 0xff, (v = parseInt(uuid.slice(14, 18), 16)) >>> 8, v & 0xff, (v = parseInt(uuid.slice(19, 23), 16)) >>> 8, v & 0xff, ((v = parseInt(uuid.slice(24, 36), 16)) / 0x10000000000) & 0xff, (v / 0x100000000) & 0xff, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
}
/* harmony default export */ const dist_node_parse = (parse);

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/stringify.js

const byteToHex = [];
for (let i = 0; i < 256; ++i) {
    byteToHex.push((i + 0x100).toString(16).slice(1));
}
function unsafeStringify(arr, offset = 0) {
    return (byteToHex[arr[offset + 0]] +
        byteToHex[arr[offset + 1]] +
        byteToHex[arr[offset + 2]] +
        byteToHex[arr[offset + 3]] +
        '-' +
        byteToHex[arr[offset + 4]] +
        byteToHex[arr[offset + 5]] +
        '-' +
        byteToHex[arr[offset + 6]] +
        byteToHex[arr[offset + 7]] +
        '-' +
        byteToHex[arr[offset + 8]] +
        byteToHex[arr[offset + 9]] +
        '-' +
        byteToHex[arr[offset + 10]] +
        byteToHex[arr[offset + 11]] +
        byteToHex[arr[offset + 12]] +
        byteToHex[arr[offset + 13]] +
        byteToHex[arr[offset + 14]] +
        byteToHex[arr[offset + 15]]).toLowerCase();
}
function stringify(arr, offset = 0) {
    const uuid = unsafeStringify(arr, offset);
    if (!validate(uuid)) {
        throw TypeError('Stringified UUID is invalid');
    }
    return uuid;
}
/* harmony default export */ const dist_node_stringify = ((/* unused pure expression or super */ null && (stringify)));

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/v35.js


function stringToBytes(str) {
    str = unescape(encodeURIComponent(str));
    const bytes = new Uint8Array(str.length);
    for (let i = 0; i < str.length; ++i) {
        bytes[i] = str.charCodeAt(i);
    }
    return bytes;
}
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
function v35(version, hash, value, namespace, buf, offset) {
    const valueBytes = typeof value === 'string' ? stringToBytes(value) : value;
    const namespaceBytes = typeof namespace === 'string' ? dist_node_parse(namespace) : namespace;
    if (typeof namespace === 'string') {
        namespace = dist_node_parse(namespace);
    }
    if (namespace?.length !== 16) {
        throw TypeError('Namespace must be array-like (16 iterable integer values, 0-255)');
    }
    let bytes = new Uint8Array(16 + valueBytes.length);
    bytes.set(namespaceBytes);
    bytes.set(valueBytes, namespaceBytes.length);
    bytes = hash(bytes);
    bytes[6] = (bytes[6] & 0x0f) | version;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    if (buf) {
        offset ??= 0;
        if (offset < 0 || offset + 16 > buf.length) {
            throw new RangeError(`UUID byte range ${offset}:${offset + 15} is out of buffer bounds`);
        }
        for (let i = 0; i < 16; ++i) {
            buf[offset + i] = bytes[i];
        }
        return buf;
    }
    return unsafeStringify(bytes);
}

;// CONCATENATED MODULE: ./node_modules/uuid/dist-node/v5.js



function v5(value, namespace, buf, offset) {
    return v35(0x50, dist_node_sha1, value, namespace, buf, offset);
}
v5.DNS = DNS;
v5.URL = URL;
/* harmony default export */ const dist_node_v5 = (v5);


/***/ })

};
