export const id = 541;
export const ids = [541,277];
export const modules = {

/***/ 35277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ImportReadError: () => (/* reexport */ ImportReadError),
  importFromAzure: () => (/* binding */ importFromAzure)
});

// EXTERNAL MODULE: ./src/validate.ts + 3 modules
var validate = __webpack_require__(87016);
// EXTERNAL MODULE: ./src/app/plan.ts + 1 modules
var plan = __webpack_require__(52252);
// EXTERNAL MODULE: ./src/findings/order.ts
var order = __webpack_require__(81310);
// EXTERNAL MODULE: ./src/azure/live/normalise.ts
var normalise = __webpack_require__(64932);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
// EXTERNAL MODULE: ./src/azure/errors.ts
var errors = __webpack_require__(16616);
// EXTERNAL MODULE: ./src/azure/credential.ts
var credential = __webpack_require__(18098);
// EXTERNAL MODULE: ./src/plan/roles.ts
var roles = __webpack_require__(2682);
;// CONCATENATED MODULE: ./src/azure/import/adopt.ts





/** The skipped answer for a compute. */
function skipped(compute, reason) {
    return { skipped: { name: compute.name, computeType: compute.computeType, reason } };
}
/** Why a read failed, in one line (never a token: Azure's error code and message). A failed login is rethrown. */
function failure(err) {
    if (err instanceof credential/* LoginError */.Qd)
        throw err;
    const info = (0,errors.toAzureError)(err);
    return `${info.status ?? ''} ${info.code}: ${info.message}`.trim();
}
/** The agent pool of a raw managed cluster whose nodes use `subnetId`, if any. */
function agentPoolIn(raw, subnetId) {
    const pools = raw?.agentPoolProfiles;
    if (!Array.isArray(pools))
        return null;
    const pool = pools.find((p) => typeof p.vnetSubnetID === 'string' && (0,ids/* sameId */.s)(p.vnetSubnetID, subnetId));
    if (pool === undefined)
        return null;
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    return {
        name: typeof pool.name === 'string' ? pool.name : '',
        count: num(pool.count),
        vmSize: typeof pool.vmSize === 'string' ? pool.vmSize : null,
        maxPods: num(pool.maxPods),
    };
}
/** The Network Contributor assignments of `principalId` that hold at `subnetId` (at it or above it). */
async function networkContributorScopes(clients, principalId, subnetId) {
    const auth = await clients.authorization();
    const out = [];
    // Listing at the subnet returns the assignments at it and above it (the resource group, the subscription).
    for await (const ra of auth.roleAssignments.listForScope(subnetId, { filter: `principalId eq '${principalId}'` })) {
        const a = (0,normalise/* normaliseRoleAssignment */.ai)(ra);
        if (a.roleDefinitionGuid === roles/* NETWORK_CONTRIBUTOR_ROLE_GUID */.C8 && (0,roles/* scopeCovers */.pp)(a.scope, subnetId))
            out.push(a);
    }
    return out;
}

// EXTERNAL MODULE: ./src/azure/live/read-kubernetes.ts
var read_kubernetes = __webpack_require__(33921);
// EXTERNAL MODULE: ./src/plan/kubernetes-extension.ts
var kubernetes_extension = __webpack_require__(33403);
// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
;// CONCATENATED MODULE: ./src/azure/import/kubernetes.ts






/** The managed cluster a Kubernetes compute names, or why amlnet cannot adopt it. */
function managedClusterRef(resourceId) {
    if (resourceId === null)
        return 'it names no cluster (resourceId)';
    const p = (0,ids/* parseResourceId */.RQ)(resourceId);
    if (p === undefined)
        return `its resourceId ${resourceId} is not an Azure resource id`;
    const type = `${p.provider}/${p.segments[0] ?? ''}`.toLowerCase();
    if (type === 'microsoft.kubernetes/connectedclusters') {
        return 'it is an Azure Arc-enabled cluster (Microsoft.Kubernetes/connectedClusters); amlnet manages AKS clusters only';
    }
    if (type !== 'microsoft.containerservice/managedclusters' || p.segments.length !== 2) {
        return `its resourceId ${resourceId} is not an AKS managed cluster (Microsoft.ContainerService/managedClusters)`;
    }
    return { resourceGroup: p.resourceGroup, name: p.name };
}
/** The extension under the default name, after the list could not say (`why`). */
async function extensionByDefaultName(clients, clusterId, why) {
    const name = defaults/* KUBERNETES_DEFAULTS */.eM.extensionName;
    try {
        const raw = await clients.getResource((0,ids/* kubernetesExtensionId */.b6)(clusterId, name), read_kubernetes/* EXTENSION_API_VERSION */.kc);
        const e = (0,normalise/* normaliseKubernetesExtension */.a$)(raw);
        if (e !== null && e.extensionType.toLowerCase() === kubernetes_extension/* AZUREML_EXTENSION_TYPE */.W6)
            return { extension: e };
        return {
            extension: null,
            problem: `${why}, and it has no ${kubernetes_extension/* AZUREML_EXTENSION_TYPE */.W6} extension named ${name}`,
        };
    }
    catch (err) {
        return { extension: null, problem: `${why}, and its extension ${name} could not be read (${failure(err)})` };
    }
}
/** The AzureML extension of a cluster: by listing its extensions, else under the default name. */
async function findAzureMlExtension(clients, clusterId) {
    let why;
    try {
        const page = await clients.getResource(`${clusterId}/providers/${read_kubernetes/* KUBERNETES_CONFIGURATION */.aE}/extensions`, read_kubernetes/* EXTENSION_API_VERSION */.kc);
        const { extensions, morePages } = (0,normalise/* azureMlExtensionsOf */.U4)(page);
        if (extensions.length === 1)
            return { extension: extensions[0] };
        if (extensions.length > 1) {
            return {
                extension: extensions[0],
                problem: `it has ${extensions.length} ${kubernetes_extension/* AZUREML_EXTENSION_TYPE */.W6} extensions (${extensions.map((e) => e.name).join(', ')}); ${extensions[0].name} is imported`,
            };
        }
        if (!morePages)
            return { extension: null, problem: `it has no ${kubernetes_extension/* AZUREML_EXTENSION_TYPE */.W6} extension` };
        why = 'the first page of its extensions holds no AzureML extension (amlnet reads one page)';
    }
    catch (err) {
        why = `its extensions could not be listed (${failure(err)})`;
    }
    return extensionByDefaultName(clients, clusterId, why);
}
/** The Network Contributor scopes of the cluster identity at its subnet, or why they could not be read. */
async function contributorScopes(clients, mc, subnetId) {
    if (mc.principalId === null)
        return { scopes: [] };
    try {
        return { scopes: (await networkContributorScopes(clients, mc.principalId, subnetId)).map((a) => a.scope) };
    }
    catch (err) {
        return { scopes: [], problem: `the role assignments of its identity could not be read (${failure(err)})` };
    }
}
/** A v2 Kubernetes compute on an AKS cluster (AzureML extension, computeType Kubernetes). */
const kubernetesAdopter = {
    async adopt(compute, { clients, vnet }) {
        const ref = managedClusterRef(compute.resourceId);
        if (typeof ref === 'string')
            return skipped(compute, ref);
        let raw;
        let mc;
        try {
            raw = await (await clients.containerService()).managedClusters.get(ref.resourceGroup, ref.name);
            mc = (0,normalise/* normaliseManagedCluster */.yA)(raw);
        }
        catch (err) {
            return skipped(compute, `its managed cluster could not be read (${failure(err)})`);
        }
        // The plan checks the cluster's first subnet (a cluster's subnet cannot change): import that one.
        const subnetId = mc.subnetIds[0] ?? null;
        const subnet = vnet.subnets.find((s) => (0,ids/* sameId */.s)(s.id, subnetId));
        if (subnet === undefined) {
            return skipped(compute, subnetId === null
                ? 'its nodes use no subnet Azure reports (a cluster without a custom VNet)'
                : `its nodes are in ${subnetId}, outside this virtual network`);
        }
        const clusterId = compute.resourceId ?? mc.id;
        const [found, roles] = await Promise.all([
            findAzureMlExtension(clients, clusterId),
            contributorScopes(clients, mc, subnet.id),
        ]);
        const problems = [found.problem, roles.problem].filter((p) => p !== undefined);
        return {
            imported: {
                kind: 'kubernetes',
                compute,
                managedCluster: mc,
                agentPool: agentPoolIn(raw, subnet.id),
                subnet,
                extension: found.extension,
                networkContributorScopes: roles.scopes,
                ...(problems.length > 0 ? { problem: problems.join('; ') } : {}),
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/azure/import/computes.ts
// How each compute type of the workspace is adopted: one `ComputeAdopter` per computeType. An adopter reads what
// the spec needs about one compute (its cluster, the subnet its nodes use, the identity's Network Contributor
// assignments) and answers an ImportedCluster, or why the compute is not imported. Only reads: Reader is enough.
//
// v1 `AKS` computes are adopted here; v2 `Kubernetes` computes (an AKS cluster with the AzureML extension) by
// `kubernetesAdopter` (kubernetes.ts), which also reads the extension's settings. The contract and the shared
// reads are in adopt.ts.





/** A v1 AKS compute (AML SDK v1 `AksCompute`, created or attached). */
const aksAdopter = {
    async adopt(compute, { clients, vnet }) {
        const skip = (reason) => skipped(compute, reason);
        const inVnet = (id) => typeof id === 'string' && vnet.subnets.some((s) => (0,ids/* sameId */.s)(s.id, id));
        const cfgSubnet = compute.aksNetworkingConfiguration?.subnetId ?? null;
        if (compute.resourceId === null) {
            if (!inVnet(cfgSubnet))
                return skip('it names no managed cluster in this virtual network');
        }
        let mc = null;
        let raw;
        let problem;
        if (compute.resourceId !== null) {
            const p = (0,ids/* parseResourceId */.RQ)(compute.resourceId);
            if (p === undefined || p.segments.length !== 2) {
                problem = `its resourceId ${compute.resourceId} is not a managed cluster id`;
            }
            else {
                try {
                    const cs = await clients.containerService();
                    raw = await cs.managedClusters.get(p.resourceGroup, p.name);
                    mc = (0,normalise/* normaliseManagedCluster */.yA)(raw);
                }
                catch (err) {
                    problem = `its managed cluster could not be read (${failure(err)})`;
                }
            }
        }
        const subnetId = cfgSubnet ?? mc?.subnetIds[0] ?? null;
        if (!inVnet(subnetId)) {
            return skip(subnetId === null
                ? (problem ?? 'its nodes use no subnet Azure reports (a cluster without a custom VNet)')
                : `its nodes are in ${subnetId}, outside this virtual network`);
        }
        const subnet = vnet.subnets.find((s) => (0,ids/* sameId */.s)(s.id, subnetId));
        let scopes = [];
        if (mc?.principalId) {
            try {
                scopes = (await networkContributorScopes(clients, mc.principalId, subnet.id)).map((a) => a.scope);
            }
            catch (err) {
                problem = `the role assignments of its identity could not be read (${failure(err)})`;
            }
        }
        return {
            imported: {
                kind: 'aks',
                compute,
                managedCluster: mc,
                agentPool: raw === undefined ? null : agentPoolIn(raw, subnet.id),
                subnet,
                networkContributorScopes: scopes,
                ...(problem !== undefined ? { problem } : {}),
            },
        };
    },
};
/**
 * The compute types whose nodes may sit in a customer VNet: the inferencing clusters amlnet manages. Every one has
 * its adopter (the record below is typed by this list); any other computeType (compute instances, AML compute
 * clusters...) is not an inferencing cluster and is left out of the import silently.
 */
const KNOWN_CLUSTER_TYPES = ['AKS', 'Kubernetes'];
/** The adopter of each compute type amlnet imports, by computeType as Azure ML reports it. */
const ADOPTERS = {
    AKS: aksAdopter,
    Kubernetes: kubernetesAdopter,
};
/** The adopter of a computeType (Azure ML's casing or not), or undefined when amlnet does not import that type. */
function adopterFor(computeType) {
    const known = KNOWN_CLUSTER_TYPES.find((t) => t.toLowerCase() === computeType.toLowerCase());
    return known === undefined ? undefined : ADOPTERS[known];
}

;// CONCATENATED MODULE: ./src/azure/import/read.ts





/** The import cannot go on (a resource it starts from is missing or unreadable). */
class ImportReadError extends Error {
    name = 'ImportReadError';
}
async function must(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof credential/* LoginError */.Qd)
            throw err;
        const info = (0,errors.toAzureError)(err);
        if (info.status === 404)
            throw new ImportReadError(`${what} does not exist (Azure answered 404 ${info.code})`);
        throw new ImportReadError(`${what} could not be read: ${(0,errors.formatAzureError)(info)}`);
    }
}
/** The NSG id the VNet's subnets use most, preferring those of `preferred` subnets (the clusters'). */
function usedNsgId(vnet, preferredSubnetIds) {
    const count = (subnets) => {
        const m = new Map();
        for (const s of subnets) {
            if (s.networkSecurityGroupId === null)
                continue;
            const k = s.networkSecurityGroupId.toLowerCase();
            m.set(k, { id: s.networkSecurityGroupId, n: (m.get(k)?.n ?? 0) + 1 });
        }
        return m;
    };
    const preferred = count(vnet.subnets.filter((s) => preferredSubnetIds.some((p) => (0,ids/* sameId */.s)(p, s.id))));
    const all = preferred.size > 0 ? preferred : count(vnet.subnets);
    const best = [...all.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id))[0];
    return best?.id ?? null;
}
/** Rules the spec cannot express: address or port lists Azure gives through application security groups. */
function unexpressibleRules(rawNsg) {
    const rules = rawNsg.securityRules;
    if (!Array.isArray(rules))
        return [];
    const out = [];
    for (const r of rules) {
        const asgs = ['sourceApplicationSecurityGroups', 'destinationApplicationSecurityGroups'].filter((k) => Array.isArray(r[k]) && r[k].length > 0);
        if (asgs.length > 0 && typeof r.name === 'string') {
            out.push({ name: r.name, reason: `it uses ${asgs.join(' and ')}, which the spec has no field for` });
        }
    }
    return out;
}
async function readImportSource(target, clients) {
    const { workspace: ws, network: net } = target;
    const [wsRaw, vnetRaw, computes] = await Promise.all([
        must(`workspace ${ws.resourceGroup}/${ws.name}`, async () => (await clients.machineLearning()).workspaces.get(ws.resourceGroup, ws.name)),
        must(`virtual network ${net.resourceGroup}/${net.name}`, async () => (await clients.network()).virtualNetworks.get(net.resourceGroup, net.name)),
        must(`the computes of workspace ${ws.resourceGroup}/${ws.name}`, async () => {
            const ml = await clients.machineLearning();
            const out = [];
            for await (const c of ml.computeOperations.list(ws.resourceGroup, ws.name))
                out.push((0,normalise/* normaliseCompute */.UQ)(c));
            return out.sort((a, b) => a.name.localeCompare(b.name));
        }),
    ]);
    const vnet = (0,normalise/* normaliseVnet */.Gi)(vnetRaw, net.resourceGroup);
    const workspace = { ...(0,normalise/* normaliseWorkspace */.M0)(wsRaw), resourceGroup: ws.resourceGroup };
    const clusters = [];
    const skippedComputes = [];
    const adopted = await Promise.all(computes.map(async (c) => {
        const adopter = adopterFor(c.computeType);
        if (adopter !== undefined)
            return adopter.adopt(c, { clients, vnet });
        return undefined; // compute instances, AML compute clusters...: not inferencing clusters in a VNet
    }));
    for (const a of adopted) {
        if (a === undefined)
            continue;
        if ('imported' in a)
            clusters.push(a.imported);
        else
            skippedComputes.push(a.skipped);
    }
    let nsg = null;
    const sg = target.securityGroup;
    const nsgRef = sg !== undefined
        ? { resourceGroup: sg.resourceGroup ?? net.resourceGroup, name: sg.name }
        : (() => {
            const id = usedNsgId(vnet, clusters.map((c) => c.subnet.id));
            const p = id === null ? undefined : (0,ids/* parseResourceId */.RQ)(id);
            return p === undefined ? undefined : { resourceGroup: p.resourceGroup, name: p.name };
        })();
    if (nsgRef !== undefined) {
        const raw = await must(`network security group ${nsgRef.resourceGroup}/${nsgRef.name}`, async () => (await clients.network()).networkSecurityGroups.get(nsgRef.resourceGroup, nsgRef.name));
        nsg = { ...(0,normalise/* normaliseNsg */.Vv)(raw), resourceGroup: nsgRef.resourceGroup, unexpressible: unexpressibleRules(raw) };
    }
    return { subscriptionId: clients.subscriptionId, workspace, vnet, nsg, clusters, skippedComputes };
}

// EXTERNAL MODULE: ./src/plan/diff/index.ts + 10 modules
var diff = __webpack_require__(39520);
// EXTERNAL MODULE: ./src/rules/outbound.ts
var outbound = __webpack_require__(24939);
// EXTERNAL MODULE: ./src/live/ownership.ts
var ownership = __webpack_require__(99527);
;// CONCATENATED MODULE: ./src/import/findings.ts
/** The ids of import's findings, with what each means (docs/rules.md lists them). */
const IMPORT_RULES = {
    notExpressible: { ruleId: 'IMPORT-NOT-EXPRESSIBLE', severity: 'warning' },
    notImported: { ruleId: 'IMPORT-NOT-IMPORTED', severity: 'notice' },
    notRead: { ruleId: 'IMPORT-NOT-READ', severity: 'warning' },
    planDiffers: { ruleId: 'IMPORT-PLAN-DIFFERS', severity: 'warning' },
};
const IMPORT_RULE_TITLES = {
    'IMPORT-NOT-EXPRESSIBLE': 'A value Azure holds that the spec has no way to say (application security groups, several delegations, IPv6, AzureML extension settings such as a certificate given as protected settings); the resource is left as it is.',
    'IMPORT-NOT-IMPORTED': 'A compute of the workspace that is not in the written spec, and why.',
    'IMPORT-NOT-READ': 'Something the import needed (a managed cluster, the AzureML extension, role assignments) could not be read.',
    'IMPORT-PLAN-DIFFERS': 'Planning the written spec against the same Azure state would still change or refuse this; the setup differs from what amlnet manages.',
};
/** `list[name]` -> `list[index]` in the spec (the list path alone when the name is not in it). */
function indexed(address, prefix, list) {
    if (!address.startsWith(`${prefix}[`))
        return address;
    const end = address.indexOf(']', prefix.length + 1);
    if (end < 0)
        return address;
    const name = address.slice(prefix.length + 1, end);
    const i = (list ?? []).findIndex((x) => x.name === name);
    return i < 0 ? prefix : `${prefix}[${i}]${address.slice(end + 1)}`;
}
/**
 * The spec path a plan address points at: plan addresses name resources (`aksClusters[myaks]`), spec paths index
 * lists (`aksClusters[0]`), and some addresses name steps that are not spec keys.
 */
function specPathOfAddress(address, spec) {
    const path = [
        ['aksClusters', spec.aksClusters],
        ['kubernetesClusters', spec.kubernetesClusters],
        ['network.subnets', spec.network.subnets],
        ['network.securityGroup.rules', spec.network.securityGroup?.rules],
    ].reduce((a, [prefix, list]) => indexed(a, prefix, list), address);
    return path
        .replace(/^(network\.subnets\[\d+\])\.securityGroup$/, '$1.name')
        .replace(/^(aksClusters\[\d+\])\.loadBalancer$/, '$1.loadBalancerType')
        .replace(/^((?:aksClusters|kubernetesClusters)\[\d+\])\.networkContributor$/, '$1.networkContributorScope')
        .replace(/^((?:aksClusters|kubernetesClusters)\[\d+\])\.managedCluster$/, '$1.resourceId')
        .replace(/^(kubernetesClusters\[\d+\])\.extension$/, '$1.extensionName')
        .replace(/^network\.securityGroup\.restrictOutbound\[.*\]$/, 'network.securityGroup.restrictOutbound')
        .replace(/^network\.securityGroup\.prune\[.*\]$/, 'network.securityGroup');
}
/** One finding per change the plan would make or refuse. */
function planDifferences(changes, spec) {
    return changes
        .filter((c) => c.action !== 'no-op')
        .map((c) => ({
        ...IMPORT_RULES.planDiffers,
        message: `planning this spec would ${c.action === 'refuse' ? 'refuse' : c.action} ${c.address}: ${c.reason}`,
        path: specPathOfAddress(c.address, spec),
        hint: c.action === 'refuse'
            ? 'amlnet cannot reach this state without replacing something; the setup differs from what the spec can manage'
            : 'review it: applying this spec would make this change in Azure',
    }));
}

;// CONCATENATED MODULE: ./src/import/shared.ts


const lower = (s) => (s ?? '').toLowerCase();
/** Azure's location display forms ("East US 2") and names ("eastus2") -> the name. */
function locationName(location) {
    return location.toLowerCase().replace(/\s+/g, '');
}
function oneOf(value, allowed) {
    return allowed.find((a) => a.toLowerCase() === lower(value));
}
function addNote(notes, path, ...lines) {
    notes.before.set(path, [...(notes.before.get(path) ?? []), ...lines]);
}
function chunk(xs, n) {
    const out = [];
    for (let i = 0; i < xs.length; i += n)
        out.push(xs.slice(i, i + n));
    return out;
}
/**
 * The networkContributorScope that plans no new assignment: `subnet` only when an assignment covers the subnet and
 * none covers the VNet's resource group; `resourceGroup` otherwise (also when none covers the subnet: then the
 * plan creates one, the default's, and the import reports it).
 */
function contributorScopeOf(scopes, subnetId, subscriptionId, vnetResourceGroup) {
    const vnetRg = (0,ids/* rgId */.BP)(subscriptionId, vnetResourceGroup);
    return scopes.some((s) => (0,roles/* scopeCovers */.pp)(s, vnetRg)) || !scopes.some((s) => (0,roles/* scopeCovers */.pp)(s, subnetId))
        ? 'resourceGroup'
        : 'subnet';
}
/** "Azure holds" lines of a cluster note: the values fixed at creation, three to a line. */
function heldLines(values) {
    const held = values
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => `${k}: ${String(v)}`);
    return held.length > 0
        ? [
            'Azure holds (fixed when the cluster was created; not sent on attach):',
            ...chunk(held, 3).map((l) => `  ${l.join(', ')}`),
        ]
        : [];
}

// EXTERNAL MODULE: ./src/rules/offline/kubernetes.ts
var kubernetes = __webpack_require__(32819);
;// CONCATENATED MODULE: ./src/import/kubernetes.ts




/** An extension boolean as the CLI writes it ('True'/'False', any case); undefined when absent; null when neither. */
function settingFlag(value) {
    if (value === undefined)
        return undefined;
    const v = value.trim().toLowerCase();
    return v === 'true' ? true : v === 'false' ? false : null;
}
/** The spec's inferenceRouter a set of settings means, undefined when absent, null when not one of the four. */
function inferenceRouterOf(settings) {
    const type = settings.inferenceRouterServiceType;
    if (type === undefined)
        return undefined;
    const internal = lower(settings.internalLoadBalancerProvider) === 'azure' ||
        settingFlag(settings['scoringFe.serviceType.internalLoadBalancer']) === true;
    switch (type.trim().toLowerCase()) {
        case 'loadbalancer':
            return internal ? 'internalLoadBalancer' : 'loadBalancer';
        case 'nodeport':
            return 'nodePort';
        case 'clusterip':
            return 'clusterIP';
        default:
            return null;
    }
}
/** The router, HA and inference switch of the settings. */
function readRouter(s, name, out) {
    const router = inferenceRouterOf(s);
    if (router === null)
        out.gaps.push({
            field: null,
            message: `extension ${name} has inferenceRouterServiceType '${s.inferenceRouterServiceType ?? ''}', which is not LoadBalancer, NodePort or ClusterIP`,
        });
    else if (router !== undefined)
        out.fields.inferenceRouter = router;
    const inference = settingFlag(s.enableInference);
    if (inference !== true)
        out.gaps.push({
            field: null,
            message: `extension ${name} does not enable inference (enableInference ${s.enableInference ?? 'absent'}); amlnet always installs it with enableInference True`,
        });
    const ha = settingFlag(s.inferenceRouterHA);
    if (ha === null)
        out.gaps.push({ field: null, message: `extension ${name} has an inferenceRouterHA that is not True or False` });
    else if (ha !== undefined) {
        out.fields.inferenceRouterHA = ha;
        // amlnet derives the purpose from HA, as the CLI does: FastProd with it, DevTest without.
        const purpose = s.clusterPurpose;
        const implied = ha ? 'FastProd' : 'DevTest';
        if (purpose !== undefined && lower(purpose) !== lower(implied))
            out.gaps.push({
                field: 'inferenceRouterHA',
                message: `extension ${name} has clusterPurpose ${purpose} with inferenceRouterHA ${ha ? 'True' : 'False'}; amlnet sets clusterPurpose from inferenceRouterHA (${implied} here) and the spec has no field for it`,
            });
    }
}
/** allowInsecureConnections, sslCname and sslSecret (a secret's name; never a value that looks like key material). */
function readTls(s, name, out) {
    const insecure = settingFlag(s.allowInsecureConnections);
    if (insecure === null) {
        out.gaps.push({
            field: null,
            message: `extension ${name} has an allowInsecureConnections that is not True or False`,
        });
        return;
    }
    if (insecure !== undefined)
        out.fields.allowInsecureConnections = insecure;
    const secret = s.sslSecret ?? s['scoringFe.sslSecret'];
    if (insecure === true) {
        const held = ['sslCname', 'sslSecret'].filter((k) => s[k] !== undefined);
        if (held.length > 0)
            out.gaps.push({
                field: 'allowInsecureConnections',
                message: `extension ${name} holds ${held.join(' and ')} but allows insecure connections; the spec cannot say both (a plan of it removes them)`,
            });
        return;
    }
    if (s.sslCname !== undefined && s.sslCname !== '')
        out.fields.sslCname = s.sslCname;
    // The secret's name is not a secret, but a value that is not a name is never repeated (it may be key material).
    if (secret === undefined || secret === '') {
        out.gaps.push({
            field: null,
            message: `extension ${name} serves HTTPS but names no sslSecret: its certificate and key were given as protected settings, ` +
                'which Azure never returns; create a Kubernetes secret with cert.pem and key.pem in the azureml namespace and set sslSecret to its name',
        });
    }
    else if ((0,kubernetes/* looksLikeKeyMaterial */.y1)(secret) || !kubernetes/* KUBERNETES_SECRET_NAME */.MB.test(secret)) {
        out.gaps.push({
            field: null,
            message: `extension ${name} has an sslSecret that is not a Kubernetes secret name (${secret.length} characters; value not shown); it is left out`,
        });
    }
    else {
        out.fields.sslSecret = secret;
        const other = s['scoringFe.sslSecret'];
        if (s.sslSecret !== undefined && other !== undefined && other !== s.sslSecret)
            out.gaps.push({
                field: 'sslSecret',
                message: `extension ${name} names two secrets (sslSecret and scoringFe.sslSecret differ); the spec sets both to sslSecret`,
            });
    }
}
/** The spec fields an AzureML extension's settings say, what the spec cannot say, and the unmanaged keys. */
function readExtensionSettings(settings, extensionName, defaultLocation) {
    const out = { fields: {}, gaps: [], unmanaged: [] };
    const loc = settings.location;
    if (loc !== undefined && loc !== '' && locationName(loc) !== defaultLocation)
        out.location = locationName(loc);
    readRouter(settings, extensionName, out);
    readTls(settings, extensionName, out);
    const managed = new Set(kubernetes_extension/* MANAGED_EXTENSION_SETTINGS */.g5);
    out.unmanaged = Object.keys(settings)
        .filter((k) => !managed.has(k))
        .sort();
    return out;
}
/** The comment above the entry: the cluster, the extension, what attach does not send. */
function clusterNote(c, reading) {
    const { compute, managedCluster: mc, extension: ext } = c;
    return [
        `compute ${compute.name} (Azure ML v2, computeType Kubernetes) on managed cluster ${mc.name}${ext !== null ? ',' : '.'}`,
        ...(ext !== null
            ? [`AzureML extension ${ext.name} (release namespace ${ext.releaseNamespace ?? kubernetes_extension/* AZUREML_RELEASE_NAMESPACE */.Vx}).`]
            : []),
        ...heldLines([
            ['networkPlugin', mc.networkPlugin],
            ['networkPluginMode', mc.networkPluginMode],
            ['podCidr', mc.podCidr],
            ['serviceCidr', mc.serviceCidr],
            ['dnsServiceIp', mc.dnsServiceIP],
            ['privateCluster', mc.enablePrivateCluster ? 'true' : null],
            ['vmSize', c.agentPool?.vmSize],
            ['agentCount', c.agentPool?.count ?? mc.agentCount],
            ['maxPods', c.agentPool?.maxPods],
        ]),
        ...(reading !== undefined && reading.unmanaged.length > 0
            ? ['Extension settings amlnet does not manage (every apply keeps them):', `  ${reading.unmanaged.join(', ')}`]
            : []),
    ];
}
/** The kubernetesClusters entry of a v2 compute (undefined when it names no cluster). */
function kubernetesClusterSpec(c, ctx) {
    const { compute, extension: ext } = c;
    const { path, issues } = ctx;
    if (compute.resourceId === null)
        return undefined; // the adopter skips these
    const reading = ext !== null ? readExtensionSettings(ext.settings, ext.name, ctx.location) : undefined;
    const spec = {
        name: compute.name,
        mode: 'attach',
        resourceId: compute.resourceId,
        ...(reading?.location !== undefined ? { location: reading.location } : {}),
        subnet: c.subnet.name,
        namespace: compute.namespace ?? 'default',
        ...(ext !== null ? { extensionName: ext.name } : {}),
        ...reading?.fields,
        networkContributorScope: contributorScopeOf(c.networkContributorScopes, c.subnet.id, ctx.src.subscriptionId, ctx.src.vnet.resourceGroup),
    };
    for (const gap of reading?.gaps ?? []) {
        const at = gap.field !== null && spec[gap.field] !== undefined ? `${path}.${gap.field}` : path;
        issues.push({ ...IMPORT_RULES.notExpressible, message: `cluster ${compute.name}: ${gap.message}`, path: at });
    }
    if (c.problem !== undefined) {
        issues.push({ ...IMPORT_RULES.notRead, message: `cluster ${compute.name}: ${c.problem}`, path });
    }
    addNote(ctx.notes, path, ...clusterNote(c, reading));
    return spec;
}

;// CONCATENATED MODULE: ./src/import/spec.ts








const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';
const IPV4_CIDR = /^[0-9]{1,3}(\.[0-9]{1,3}){3}\/[0-9]{1,2}$/;
const PROTOCOLS = ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'];
const PURPOSES = ['FastProd', 'DenseProd', 'DevTest'];
const LB_TYPES = ['PublicIp', 'InternalLoadBalancer'];
/** A live rule as a spec rule, or why it cannot be one. */
function ruleSpec(r) {
    const direction = oneOf(r.direction, ['Inbound', 'Outbound']);
    const access = oneOf(r.access, ['Allow', 'Deny']);
    const protocol = oneOf(r.protocol, PROTOCOLS);
    if (direction === undefined)
        return `direction '${r.direction}' is not Inbound or Outbound`;
    if (access === undefined)
        return `access '${r.access}' is not Allow or Deny`;
    if (protocol === undefined)
        return `protocol '${r.protocol}' is not one of ${PROTOCOLS.join(', ')}`;
    for (const [k, v] of [
        ['source addresses', r.sourceAddressPrefixes],
        ['source ports', r.sourcePortRanges],
        ['destination addresses', r.destinationAddressPrefixes],
        ['destination ports', r.destinationPortRanges],
    ]) {
        if (v.length === 0)
            return `it has no ${k} (Azure gives them some other way)`;
    }
    return {
        name: r.name,
        direction,
        access,
        protocol,
        priority: r.priority,
        sourceAddressPrefixes: [...r.sourceAddressPrefixes],
        sourcePortRanges: [...r.sourcePortRanges],
        destinationAddressPrefixes: [...r.destinationAddressPrefixes],
        destinationPortRanges: [...r.destinationPortRanges],
        ...(r.description !== null && r.description !== '' ? { description: r.description } : {}),
    };
}
function sameRule(a, b) {
    const x = (0,diff/* ruleDesired */.X)(a);
    const y = (0,diff/* ruleDesired */.X)(b);
    const norm = (v) => Array.isArray(v)
        ? JSON.stringify([...v].map((s) => s.toLowerCase()).sort())
        : JSON.stringify(typeof v === 'string' ? v.toLowerCase() : v);
    return Object.keys(x).every((k) => norm(x[k]) === norm(y[k]));
}
/** The subnet's one IPv4 prefix as the spec writes it, and the prefixes left out. */
function prefixOf(s) {
    const all = s.addressPrefixes.length > 0 ? s.addressPrefixes : s.addressPrefix !== null ? [s.addressPrefix] : [];
    const v4 = all.filter((p) => IPV4_CIDR.test(p));
    return v4.length === 0 ? { others: all } : { prefix: v4[0], others: all.filter((p) => p !== v4[0]) };
}
function clusterSpec(c, src, location, path, issues, notes) {
    const { compute, managedCluster: mc } = c;
    if (compute.resourceId === null) {
        issues.push({
            ...IMPORT_RULES.notImported,
            message: `compute ${compute.name} names no managed cluster (resourceId), so it cannot be written in attach mode`,
            path: 'aksClusters',
        });
        return undefined;
    }
    const spec = { name: compute.name, mode: 'attach', resourceId: compute.resourceId, subnet: '' };
    const mcLocation = mc !== null && mc.location !== '' ? locationName(mc.location) : null;
    if (mcLocation !== null && mcLocation !== location)
        spec.location = mcLocation;
    // Re-set so that the key order reads: name, mode, resourceId, location, subnet.
    delete spec.subnet;
    spec.subnet = c.subnet.name;
    const purpose = oneOf(compute.clusterPurpose, PURPOSES);
    if (purpose !== undefined)
        spec.clusterPurpose = purpose;
    if (mc !== null) {
        spec.privateCluster = mc.enablePrivateCluster;
        if (mc.enablePrivateCluster)
            spec.privateClusterPublicFqdn = mc.enablePrivateClusterPublicFqdn;
    }
    const lbType = oneOf(compute.loadBalancerType ?? 'PublicIp', LB_TYPES);
    if (lbType === undefined) {
        issues.push({
            ...IMPORT_RULES.notExpressible,
            message: `compute ${compute.name} has load balancer type '${compute.loadBalancerType ?? ''}', which the spec cannot express`,
            path: `${path}.loadBalancerType`,
        });
    }
    else {
        spec.loadBalancerType = lbType;
        if (lbType === 'InternalLoadBalancer' && compute.loadBalancerSubnet !== null) {
            spec.loadBalancerSubnet = compute.loadBalancerSubnet;
        }
    }
    spec.networkContributorScope = contributorScopeOf(c.networkContributorScopes, c.subnet.id, src.subscriptionId, src.vnet.resourceGroup);
    if (c.problem !== undefined) {
        issues.push({ ...IMPORT_RULES.notRead, message: `cluster ${compute.name}: ${c.problem}`, path });
    }
    // What Azure holds that attach does not send: for the reader of the file, not for amlnet.
    const cfg = compute.aksNetworkingConfiguration;
    addNote(notes, path, `compute ${compute.name}, attached to managed cluster ${mc?.name ?? compute.resourceId}.`, ...heldLines([
        ['networkPlugin', mc?.networkPlugin],
        ['networkPluginMode', mc?.networkPluginMode],
        ['podCidr', mc?.podCidr],
        ['serviceCidr', cfg?.serviceCidr ?? mc?.serviceCidr],
        ['dnsServiceIp', cfg?.dnsServiceIP ?? mc?.dnsServiceIP],
        ['dockerBridgeCidr', cfg?.dockerBridgeCidr],
        ['vmSize', c.agentPool?.vmSize ?? compute.agentVmSize],
        ['agentCount', c.agentPool?.count ?? compute.agentCount],
        ['maxPods', c.agentPool?.maxPods],
    ]));
    return spec;
}
function importedSpec(src) {
    const notes = { before: new Map() };
    const issues = [];
    const location = locationName(src.workspace.location);
    const vnet = src.vnet;
    const nsg = src.nsg;
    // Clusters first: they decide which subnets must be listed.
    const clusters = [];
    const k8s = [];
    // A v2 cluster's default location is the network's (spec/defaults.ts), which the spec says when it differs.
    const networkLocation = locationName(vnet.location) || location;
    for (const c of src.clusters) {
        if (c.kind === 'aks') {
            const s = clusterSpec(c, src, location, `aksClusters[${clusters.length}]`, issues, notes);
            if (s !== undefined)
                clusters.push(s);
        }
        else {
            const path = `kubernetesClusters[${k8s.length}]`;
            const s = kubernetesClusterSpec(c, { src, location: networkLocation, path, issues, notes });
            if (s !== undefined)
                k8s.push(s);
        }
    }
    const aciSubnets = vnet.subnets.filter((s) => s.delegations.some((d) => lower(d) === lower(ACI_DELEGATION)));
    const used = new Set([
        ...clusters.map((c) => c.subnet),
        ...clusters.map((c) => c.loadBalancerSubnet ?? ''),
        ...k8s.map((c) => c.subnet),
        ...aciSubnets.slice(0, 1).map((s) => s.name),
    ]
        .filter((n) => n !== '')
        .map(lower));
    const guarded = (s) => nsg !== null && ((0,ids/* sameId */.s)(s.networkSecurityGroupId, nsg.id) || nsg.subnetIds.some((id) => (0,ids/* sameId */.s)(id, s.id)));
    const subnets = [];
    const unlisted = [];
    for (const s of vnet.subnets) {
        if (nsg !== null && !guarded(s) && !used.has(lower(s.name))) {
            unlisted.push(`${s.name} (${s.networkSecurityGroupId === null ? 'no NSG' : `NSG ${s.networkSecurityGroupId.split('/').pop() ?? ''}`})`);
            continue;
        }
        const { prefix, others } = prefixOf(s);
        if (prefix === undefined) {
            issues.push({
                ...IMPORT_RULES.notExpressible,
                message: `subnet ${s.name} has no IPv4 prefix (${others.join(', ')}); the spec lists IPv4 subnets only`,
                path: 'network.subnets',
            });
            continue;
        }
        const path = `network.subnets[${subnets.length}]`;
        const spec = { name: s.name, addressPrefix: prefix };
        if (s.delegations.length === 1)
            spec.delegation = s.delegations[0];
        else if (s.delegations.length > 1) {
            issues.push({
                ...IMPORT_RULES.notExpressible,
                message: `subnet ${s.name} has ${s.delegations.length} delegations (${s.delegations.join(', ')}); the spec holds one, so it is left out and amlnet leaves them as they are`,
                path,
            });
        }
        if (others.length > 0) {
            issues.push({
                ...IMPORT_RULES.notExpressible,
                message: `subnet ${s.name} also has ${others.join(', ')}; the spec holds one IPv4 prefix (amlnet never changes prefixes)`,
                path: `${path}.addressPrefix`,
            });
        }
        subnets.push(spec);
    }
    if (subnets.length === 0) {
        issues.push({
            ...IMPORT_RULES.notExpressible,
            message: `no subnet of ${vnet.name} could be listed (the spec needs at least one)`,
            path: 'network.subnets',
        });
    }
    if (unlisted.length > 0) {
        addNote(notes, 'network.subnets', `Not listed (not guarded by ${nsg?.name ?? 'the NSG'} and not used by a cluster; amlnet leaves them alone):`, `  ${unlisted.join(', ')}`);
    }
    const spec = {
        version: 1,
        subscriptionId: src.subscriptionId,
        location,
        workspace: { resourceGroup: src.workspace.resourceGroup, name: src.workspace.name },
        network: { resourceGroup: vnet.resourceGroup, name: vnet.name, subnets: [] },
    };
    const vnetLocation = locationName(vnet.location);
    if (vnetLocation !== '' && vnetLocation !== location)
        spec.network.location = vnetLocation;
    // (subnets re-set after, so that the file reads location, addressSpace, subnets)
    delete spec.network.subnets;
    if (vnet.addressSpace.length > 0 && vnet.addressSpace.every((a) => IPV4_CIDR.test(a))) {
        spec.network.addressSpace = [...vnet.addressSpace];
    }
    spec.network.subnets = subnets;
    if (vnet.addressSpace.length > 0 && !vnet.addressSpace.every((a) => IPV4_CIDR.test(a))) {
        issues.push({
            ...IMPORT_RULES.notExpressible,
            message: `the address space of ${vnet.name} (${vnet.addressSpace.join(', ')}) is not all IPv4; network.addressSpace is left out`,
            path: 'network',
        });
    }
    if (nsg !== null) {
        const sg = { name: nsg.name };
        if (lower(nsg.resourceGroup) !== lower(vnet.resourceGroup))
            sg.resourceGroup = nsg.resourceGroup;
        const rules = [];
        const skipped = new Map(nsg.unexpressible.map((u) => [lower(u.name), u.reason]));
        for (const r of [...nsg.rules].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))) {
            const why = skipped.get(lower(r.name));
            const s = why ?? ruleSpec(r);
            if (typeof s === 'string') {
                issues.push({
                    ...IMPORT_RULES.notExpressible,
                    message: `NSG rule ${r.name} is left out: ${s}; amlnet leaves it as it is`,
                    path: 'network.securityGroup',
                });
                continue;
            }
            rules.push(s);
        }
        sg.rules = rules;
        spec.network.securityGroup = sg;
        // amlnet's own restrictOutbound allows, exactly as it would write them: say restrictOutbound instead.
        const names = Object.values(outbound/* AMLNET_OUTBOUND_RULE_NAMES */.jg).map(lower);
        const others = rules.filter((r) => !names.includes(lower(r.name)));
        if (others.length === rules.length - names.length) {
            const candidate = {
                ...spec,
                network: { ...spec.network, securityGroup: { ...sg, rules: others, restrictOutbound: true } },
            };
            const wanted = (0,outbound/* requiredOutboundRules */.JT)(candidate);
            const match = wanted.every((w) => rules.some((r) => lower(r.name) === lower(w.name) && sameRule(r, w)));
            if (wanted.length === names.length && match)
                spec.network.securityGroup = candidate.network.securityGroup;
        }
        const owned = nsg.ownedRules;
        addNote(notes, 'network.securityGroup.rules', 'Every rule of the NSG as Azure holds it. From now on amlnet manages the rules listed here: a change', `to one is written to Azure, and amlnet records the rule in the NSG's ${ownership/* OWNED_RULES_TAG */.ZI} tag when it`, 'writes it. Removing a rule from this list deletes it only when that tag records it and prune is true.', owned.length > 0
            ? `Recorded as amlnet's today: ${owned.join(', ')}.`
            : "No rule is recorded as amlnet's yet (the NSG has no such tag).");
    }
    if (clusters.length > 0)
        spec.aksClusters = clusters;
    if (k8s.length > 0)
        spec.kubernetesClusters = k8s;
    if (aciSubnets.length > 0) {
        spec.aci = { subnet: aciSubnets[0].name };
        if (aciSubnets.length > 1) {
            issues.push({
                ...IMPORT_RULES.notExpressible,
                message: `${aciSubnets.length} subnets are delegated to ${ACI_DELEGATION} (${aciSubnets.map((s) => s.name).join(', ')}); aci names one, ${aciSubnets[0].name}`,
                path: 'aci.subnet',
            });
        }
    }
    for (const s of src.skippedComputes) {
        // Placed at the list the compute would be in, when the file has it.
        const list = lower(s.computeType) === 'kubernetes' ? 'kubernetesClusters' : 'aksClusters';
        issues.push({
            ...IMPORT_RULES.notImported,
            message: `compute ${s.name} (${s.computeType}) is not imported: ${s.reason}`,
            path: (spec[list]?.length ?? 0) > 0 ? list : '',
        });
    }
    return { spec, notes, issues };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/spec/path.ts
var spec_path = __webpack_require__(70284);
;// CONCATENATED MODULE: ./src/import/render.ts
// The imported spec as a commented YAML file, through the yaml package's Document API (comments are nodes'
// commentBefore, so they stay attached to what they describe). Pure.


/** The JSON Schema's $id (schema/amlnet.schema.json), for editors that read the modeline. */
const SCHEMA_URL = 'https://raw.githubusercontent.com/amlnet/amlnet/main/schema/amlnet.schema.json';
const comment = (lines) => lines.map((l) => (l === '' ? '' : ` ${l}`)).join('\n');
/** The key node of the last segment of `path` (comments go above the key of a map entry). */
function keyNode(doc, path) {
    const segs = (0,spec_path/* parsePath */.Rr)(path);
    if (segs === undefined || segs.length === 0)
        return undefined;
    const last = segs[segs.length - 1];
    if (typeof last === 'number') {
        const n = doc.getIn(segs, true);
        return n !== undefined && n !== null && typeof n === 'object' ? n : undefined;
    }
    const parent = segs.length === 1 ? doc.contents : doc.getIn(segs.slice(0, -1), true);
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === last);
    return pair !== undefined && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
}
/** Short lists of scalars (prefixes, ports, address space) in flow style: `[10.1.0.0/16]`. */
function flowScalarLists(node) {
    if ((0,dist/* isMap */.jh)(node))
        for (const p of node.items)
            flowScalarLists(p.value);
    else if ((0,dist/* isSeq */.oP)(node)) {
        if (node.items.length > 0 && node.items.every((i) => (0,dist/* isScalar */.jn)(i)))
            node.flow = true;
        else
            for (const i of node.items)
                flowScalarLists(i);
    }
}
function renderImportedSpec(input) {
    const doc = new dist/* Document */.yo(input.spec);
    doc.commentBefore = comment([`yaml-language-server: $schema=${SCHEMA_URL}`, ...input.header]);
    flowScalarLists(doc.contents);
    // A blank line before each top-level section after the first three scalars.
    if ((0,dist/* isMap */.jh)(doc.contents)) {
        for (const p of doc.contents.items) {
            if ((0,dist/* isScalar */.jn)(p.key) &&
                ['workspace', 'network', 'aksClusters', 'kubernetesClusters', 'aci'].includes(String(p.key.value))) {
                p.key.spaceBefore = true;
            }
        }
    }
    for (const [path, lines] of input.notes.before) {
        const node = keyNode(doc, path);
        if (node !== undefined)
            node.commentBefore = comment(lines);
    }
    return doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}

;// CONCATENATED MODULE: ./src/app/import.ts








async function importFromAzure(input) {
    const { target, clients, file } = input;
    const source = await readImportSource(target, clients);
    const { spec, notes, issues } = importedSpec(source);
    const header = [
        `Written by amlnet import from workspace ${target.workspace.resourceGroup}/${target.workspace.name} and`,
        `virtual network ${target.network.resourceGroup}/${target.network.name}, as Azure holds them. Review it and commit it:`,
        'amlnet validate reports no error and amlnet plan proposes no change, unless amlnet import said otherwise.',
    ];
    const text = renderImportedSpec({ spec, notes, header });
    const validation = (0,validate.validateSpecText)(text, file);
    let findings = validation.findings;
    let changes;
    if (validation.valid && validation.spec !== undefined) {
        const planned = await (0,plan/* planSpec */.N)({ specPath: file, specText: text, clients });
        if (planned.status === 'planned') {
            findings = planned.plan.findings;
            changes = planned.plan.changes.filter((c) => c.action !== 'no-op');
            issues.push(...planDifferences(changes, validation.spec));
        }
    }
    const place = (i) => ({
        ...i,
        ...(validation.sourceMap?.valuePosition(i.path) ?? { line: 1, column: 1 }),
    });
    const all = (0,order/* sortFindings */.T)([...findings, ...issues.map(place)]);
    const roundTrip = validation.valid && changes !== undefined && changes.length === 0 && !all.some((f) => f.severity === 'error');
    return { text, spec, findings: all, ...(changes !== undefined ? { changes } : {}), roundTrip };
}


/***/ }),

/***/ 52541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runImport: () => (/* binding */ runImport),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70017);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _render_findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62752);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18098);
/* harmony import */ var _azure_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16616);
/* harmony import */ var _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18297);
/* harmony import */ var _app_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80919);
/* harmony import */ var _app_import_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35277);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62309);
/* harmony import */ var _azure_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40210);
// `amlnet import --workspace RG/NAME --network RG/NAME [--security-group [RG/]NAME] [--out FILE] [--force]` + the
// shared Azure options. Reads a hand-built setup (Reader is enough; nothing is written to Azure) and writes the
// spec that describes it. Exit codes: 0 written and the round trip holds (validate: no error; plan: no change),
// 1 written but the round trip does not hold (findings say why), or Azure could not be read; 2 bad usage, or an
// --out file that exists without --force.











const usage = `usage: amlnet import --workspace RG/NAME --network RG/NAME [--security-group [RG/]NAME]
                     [--out FILE] [--force] [--format text|json] [azure options]

Reads a hand-built Azure ML inferencing setup (the workspace, the virtual network and its subnets, the network
security group, the v1 AKS and v2 Kubernetes computes whose nodes sit in that network, with the AzureML extension's
settings of the v2 ones and their identities' Network Contributor assignments) and writes the spec that describes it. Only reads: the Reader role is enough. The written spec is
validated and planned against the same Azure state; whatever the plan would still change is reported as findings
with their line and column in the written file.

options:
  --workspace RG/NAME      the Azure ML workspace (resource group / name)
  --network RG/NAME        the virtual network (resource group / name)
  --security-group NAME    the NSG ([RG/]NAME; default: the one the network's subnets use)
  --out FILE               write the spec to FILE (default: stdout); an existing FILE is kept unless --force
  --force                  overwrite --out FILE
  --format FORMAT          findings as text (default) or json, on stderr
${_azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .AZURE_OPTIONS_USAGE */ .HB.replace("overrides the spec's subscriptionId", 'the subscription (default $AZURE_SUBSCRIPTION_ID)')}

exit codes: 0 written, and it validates and plans with no change; 1 written but it does not round-trip (see the
findings), or Azure could not be read; 2 bad usage or an existing --out without --force`;
const FORMATS = ['text', 'json'];
const RG_NAME = /^([-\w.()]+)\/([^/\s]+)$/;
function ref(option, value) {
    if (value === undefined)
        return `--${option} RG/NAME is required`;
    const m = RG_NAME.exec(value);
    if (m === null)
        return `--${option} must be RESOURCE-GROUP/NAME, got '${value}'`;
    return { resourceGroup: m[1], name: m[2] };
}
function parse(argv) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                workspace: { type: 'string' },
                network: { type: 'string' },
                'security-group': { type: 'string' },
                out: { type: 'string' },
                force: { type: 'boolean', default: false },
                format: { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
                ..._azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .AZURE_OPTION_SPECS */ .lH,
            },
            allowPositionals: false,
            strict: true,
        }));
    }
    catch (err) {
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(err);
    }
    const help = values.help === true;
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOption */ .Bx)(values.format, FORMATS);
    if (typeof format === 'object')
        return format.error;
    const base = { ...(0,_azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .azureOptionsFrom */ .kU)(values), force: values.force === true, format, help };
    if (help)
        return {
            ...base,
            target: { workspace: { resourceGroup: '', name: '' }, network: { resourceGroup: '', name: '' } },
        };
    const workspace = ref('workspace', values.workspace);
    if (typeof workspace === 'string')
        return workspace;
    const network = ref('network', values.network);
    if (typeof network === 'string')
        return network;
    const target = { workspace, network };
    const sg = values['security-group'];
    if (typeof sg === 'string') {
        const m = RG_NAME.exec(sg);
        if (m !== null)
            target.securityGroup = { resourceGroup: m[1], name: m[2] };
        else if (/^[A-Za-z0-9][\w.-]*$/.test(sg))
            target.securityGroup = { name: sg };
        else
            return `--security-group must be NAME or RESOURCE-GROUP/NAME, got '${sg}'`;
    }
    const out = values.out;
    if (out === '')
        return '--out needs a file name';
    return { ...base, target, ...(out !== undefined ? { out } : {}) };
}
/** Why `path` must not be written, or undefined. */
async function refuseOut(path, force) {
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path);
    }
    catch {
        return undefined; // absent: written below with 'wx', so a file appearing meanwhile is not overwritten
    }
    if (stats.isSymbolicLink())
        return `${path} is a symbolic link; amlnet import writes only regular files`;
    if (!stats.isFile())
        return `${path} exists and is not a regular file`;
    if (!force)
        return `${path} exists; pass --force to overwrite it`;
    return undefined;
}
async function runImport(argv, out, env = process.env) {
    const o = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseOrAnswer */ .tr)('import', argv, parse, usage, out);
    if (typeof o === 'number')
        return o;
    const subscriptionId = o.subscription ?? env.AZURE_SUBSCRIPTION_ID;
    if (subscriptionId === undefined || subscriptionId === '') {
        out.stderr(`amlnet import: give the subscription with --subscription ID (or AZURE_SUBSCRIPTION_ID)\n`);
        return 2;
    }
    if (o.out !== undefined) {
        const refused = await refuseOut(o.out, o.force);
        if (refused !== undefined) {
            out.stderr(`amlnet import: ${refused}; nothing was read or written\n`);
            return 2;
        }
    }
    const loggedIn = await (0,_azure_options_js__WEBPACK_IMPORTED_MODULE_7__/* .loginOrReport */ .l8)('import', o, env, out);
    if (typeof loggedIn === 'number')
        return loggedIn;
    const { endpoints, login } = loggedIn;
    const file = o.out ?? 'amlnet.yml';
    try {
        const result = await (0,_app_session_js__WEBPACK_IMPORTED_MODULE_4__.sessionFor)(login.credential, endpoints, { subscriptionId }).import(o.target, file);
        if (o.out !== undefined) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(o.out, result.text, { flag: o.force ? 'w' : 'wx' });
            }
            catch (err) {
                const code = err.code;
                out.stderr(`amlnet import: cannot write ${o.out}: ${code === 'EEXIST' ? 'it exists; pass --force to overwrite it' : (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(err)}\n`);
                return 2;
            }
        }
        else {
            out.stdout(result.text);
        }
        out.stderr(o.format === 'json' ? (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsJson */ .lg)(result.findings) : (0,_render_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .renderFindingsText */ .uc)(file, result.findings));
        const spec = result.spec;
        const counts = `${spec.network.subnets.length} subnet(s), ${spec.network.securityGroup?.rules?.length ?? 0} NSG rule(s), ` +
            `${spec.aksClusters?.length ?? 0} v1 AKS cluster(s), ${spec.kubernetesClusters?.length ?? 0} v2 Kubernetes cluster(s)` +
            `${spec.aci ? ', ACI' : ''}`;
        const changes = result.changes?.length;
        out.stderr(`amlnet import: ${o.out !== undefined ? `wrote ${o.out}` : 'wrote the spec to stdout'} (${counts}); ` +
            (result.roundTrip
                ? 'it validates with no error and its plan has no change\n'
                : changes === undefined
                    ? 'it does not validate (see the findings); it was written so that you can fix it\n'
                    : `its plan would still make ${changes} change(s) (see the findings)\n`));
        return result.roundTrip ? 0 : 1;
    }
    catch (err) {
        if (err instanceof _azure_credential_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Qd || err instanceof _azure_live_read_js__WEBPACK_IMPORTED_MODULE_3__/* .LiveReadError */ .l5 || err instanceof _app_import_js__WEBPACK_IMPORTED_MODULE_5__.ImportReadError) {
            out.stderr(`amlnet import: ${err.message}\n`);
            return 1;
        }
        out.stderr(`amlnet import: Azure error ${(0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_10__.formatAzureError)((0,_azure_errors_js__WEBPACK_IMPORTED_MODULE_10__.toAzureError)(err))}\n`);
        return 1;
    }
}
async function run(argv) {
    return runImport(argv, _args_js__WEBPACK_IMPORTED_MODULE_6__/* .processOutput */ .Xi);
}


/***/ })

};
