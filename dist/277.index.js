export const id = 277;
export const ids = [277];
export const modules = {

/***/ 57386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ VNET_JOIN),
/* harmony export */   V1: () => (/* binding */ permits),
/* harmony export */   du: () => (/* binding */ SUBNET_JOIN)
/* harmony export */ });
/* unused harmony export actionMatches */
const VNET_JOIN = 'Microsoft.Network/virtualNetworks/join/action';
const SUBNET_JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';
/** Matches an RBAC action pattern (`*` wildcards, case-insensitive). */
function actionMatches(pattern, action) {
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*')}$`, 'i');
    return re.test(action);
}
function permits(perms, action) {
    return perms.actions.some((a) => actionMatches(a, action)) && !perms.notActions.some((a) => actionMatches(a, action));
}


/***/ }),

/***/ 84277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ liveRules)
});

// EXTERNAL MODULE: ./src/net/cidr.ts
var cidr = __webpack_require__(46553);
// EXTERNAL MODULE: ./src/rules/azure-regions.ts
var azure_regions = __webpack_require__(38736);
// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
// EXTERNAL MODULE: ./src/live/types.ts
var types = __webpack_require__(10003);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
// EXTERNAL MODULE: ./src/rules/offline/sources.ts
var sources = __webpack_require__(80957);
;// CONCATENATED MODULE: ./src/rules/live/define.ts
function liveRule(rule) {
    return { ...rule, kind: 'live' };
}

;// CONCATENATED MODULE: ./src/rules/live/network.ts
// Live rules about the virtual network and its subnets.







const lower = (s) => s.toLowerCase();
const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';
const vnetExists = liveRule({
    id: 'LIVE-VNET-EXISTS',
    severity: 'error',
    title: 'The virtual network exists (a prerequisite; amlnet never creates it)',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, 'An existing virtual network and subnet to use with your compute resources.'),
    check({ spec, live }) {
        const n = spec.network;
        if (live.vnet === null) {
            return [
                {
                    path: 'network.name',
                    message: `virtual network ${n.name} does not exist in resource group ${n.resourceGroup} of subscription ${live.subscriptionId}`,
                    hint: 'Create the VNet first (amlnet never creates or deletes VNets), or fix network.name / network.resourceGroup.',
                },
            ];
        }
        // Unreadable is not absent: LIVE-READ-FAILED reports it.
        return [];
    },
});
const vnetRegion = liveRule({
    id: 'LIVE-VNET-REGION',
    severity: 'error',
    title: 'The VNet is in the region of the clusters',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet2020, 'The AKS instance and the virtual network must be in the same region'),
    check({ spec, live }) {
        const vnet = (0,types/* readable */.HD)(live.vnet);
        if (vnet === undefined || vnet.location === '')
            return [];
        const out = [];
        if (spec.network.location && (0,azure_regions/* regionKey */.Un)(spec.network.location) !== (0,azure_regions/* regionKey */.Un)(vnet.location)) {
            out.push({
                path: 'network.location',
                message: `network.location is ${spec.network.location} but VNet ${vnet.name} is in ${vnet.location}`,
                hint: `Set network.location to ${vnet.location}.`,
            });
        }
        for (const c of (0,defaults/* resolveClusters */.WC)(spec)) {
            if ((0,azure_regions/* regionKey */.Un)(c.location) !== (0,azure_regions/* regionKey */.Un)(vnet.location)) {
                out.push({
                    path: c.defaulted.has('location') ? `aksClusters[${c.index}]` : `aksClusters[${c.index}].location`,
                    message: `cluster ${c.name} would be in ${c.location} but VNet ${vnet.name} is in ${vnet.location}`,
                    hint: `Set aksClusters[${c.index}].location to ${vnet.location}.`,
                });
            }
        }
        return out;
    },
});
const subnetPrefixMatches = liveRule({
    id: 'LIVE-SUBNET-PREFIX',
    severity: 'error',
    title: 'Declared subnet prefixes match Azure (a mismatch is never changed by amlnet)',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.networkVnetSwagger, 'Subnet PUT replaces the whole subnet; amlnet never resizes subnets'),
    check({ spec, live }) {
        const vnet = (0,types/* readable */.HD)(live.vnet);
        if (vnet === undefined)
            return [];
        const out = [];
        spec.network.subnets.forEach((s, i) => {
            const l = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
            if (l === undefined) {
                // A new subnet must fit the VNet and not overlap the subnets already there.
                const mine = (0,cidr/* parseCidr */.GN)(s.addressPrefix);
                if (!mine.ok)
                    return;
                for (const other of vnet.subnets) {
                    for (const p of other.addressPrefixes) {
                        const theirs = (0,cidr/* parseCidr */.GN)(p);
                        if (theirs.ok && (0,cidr/* overlaps */.$f)(mine.value, theirs.value)) {
                            out.push({
                                path: `network.subnets[${i}].addressPrefix`,
                                message: `new subnet ${s.name} (${s.addressPrefix}) overlaps existing subnet ${other.name} (${p}) of ${vnet.name}`,
                                hint: 'Pick a free range of the VNet.',
                            });
                        }
                    }
                }
                const inSpace = vnet.addressSpace.some((a) => {
                    const space = (0,cidr/* parseCidr */.GN)(a);
                    return space.ok && space.value.start <= mine.value.start && mine.value.end <= space.value.end;
                });
                if (vnet.addressSpace.length > 0 && !inSpace) {
                    out.push({
                        path: `network.subnets[${i}].addressPrefix`,
                        message: `new subnet ${s.name} (${s.addressPrefix}) is outside the address space of ${vnet.name} (${vnet.addressSpace.join(', ')})`,
                    });
                }
                return;
            }
            if (l.addressPrefixes.length > 0 && !l.addressPrefixes.some((p) => p === s.addressPrefix)) {
                out.push({
                    path: `network.subnets[${i}].addressPrefix`,
                    message: `subnet ${s.name} is ${l.addressPrefixes.join(', ')} in Azure, not ${s.addressPrefix}`,
                    hint: `Set addressPrefix to ${l.addressPrefixes[0]}: amlnet never resizes a subnet.`,
                });
            }
        });
        const declared = spec.network.addressSpace ?? [];
        if (declared.length > 0 && vnet.addressSpace.length > 0) {
            const a = [...declared].sort().join(',');
            const b = [...vnet.addressSpace].sort().join(',');
            if (a !== b) {
                out.push({
                    path: 'network.addressSpace',
                    message: `network.addressSpace is ${declared.join(', ')} but ${vnet.name} has ${vnet.addressSpace.join(', ')}`,
                    hint: `Set network.addressSpace to [${vnet.addressSpace.join(', ')}] (amlnet never changes a VNet).`,
                });
            }
        }
        return out;
    },
});
const aksSubnetNotDelegated = liveRule({
    id: 'LIVE-AKS-SUBNET-DELEGATED',
    severity: 'error',
    title: 'The AKS subnet is not delegated in Azure',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.aksCniOverview, 'AKS subnet cannot be delegated'),
    check({ spec, live }) {
        const vnet = (0,types/* readable */.HD)(live.vnet);
        if (vnet === undefined)
            return [];
        const out = [];
        for (const c of (0,defaults/* resolveClusters */.WC)(spec)) {
            const l = vnet.subnets.find((x) => lower(x.name) === lower(c.subnet));
            if (l !== undefined && l.delegations.length > 0) {
                out.push({
                    path: `aksClusters[${c.index}].subnet`,
                    message: `subnet ${c.subnet} of cluster ${c.name} is delegated to ${l.delegations.join(', ')} in Azure; an AKS subnet cannot be delegated`,
                    hint: 'Use another subnet for the cluster.',
                });
            }
        }
        return out;
    },
});
const aciSubnetFree = liveRule({
    id: 'LIVE-ACI-SUBNET-IN-USE',
    severity: 'error',
    title: 'An ACI subnet to be delegated holds nothing else',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.aciVnetConcepts, 'SubnetDelegationsCannotChangeWhenSubnetUsedByResource; the subnet can be used only for container groups'),
    check({ spec, live }) {
        const aci = spec.aci;
        const vnet = (0,types/* readable */.HD)(live.vnet);
        if (!aci || vnet === undefined)
            return [];
        const l = vnet.subnets.find((x) => lower(x.name) === lower(aci.subnet));
        if (l === undefined)
            return [];
        const out = [];
        const already = l.delegations.some((d) => lower(d) === lower(ACI_DELEGATION));
        const other = l.delegations.filter((d) => lower(d) !== lower(ACI_DELEGATION));
        if (other.length > 0) {
            out.push({
                path: 'aci.subnet',
                message: `ACI subnet ${aci.subnet} is delegated to ${other.join(', ')} in Azure`,
            });
        }
        if (!already) {
            const users = [...l.ipConfigurationIds, ...l.privateEndpointIds];
            if (users.length > 0) {
                out.push({
                    path: 'aci.subnet',
                    message: `ACI subnet ${aci.subnet} cannot be delegated: it is used by ${users.length} resource(s), e.g. ${users[0]}`,
                    hint: 'Use an empty subnet for ACI; Azure refuses to change the delegation of a used subnet.',
                });
            }
        }
        for (const c of (0,defaults/* resolveClusters */.WC)(spec)) {
            if (lower(c.subnet) === lower(aci.subnet)) {
                out.push({
                    path: `aksClusters[${c.index}].subnet`,
                    message: `cluster ${c.name} uses the ACI subnet ${aci.subnet}`,
                });
            }
        }
        for (const [id, mc] of Object.entries(live.managedClusters)) {
            const m = (0,types/* readable */.HD)(mc);
            if (m !== undefined && m.subnetIds.some((s) => (0,ids/* sameId */.s)(s, l.id))) {
                out.push({ path: 'aci.subnet', message: `ACI subnet ${aci.subnet} is used by cluster ${m.name || id}` });
            }
        }
        return out;
    },
});
const aciVnetResourceGroup = liveRule({
    id: 'LIVE-ACI-VNET-RESOURCE-GROUP',
    severity: 'error',
    title: "ACI's VNet is in the workspace's resource group",
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, 'the virtual network must be in the same resource group as your Azure Machine Learning workspace'),
    check({ spec, live }) {
        if (!spec.aci)
            return [];
        const vnet = (0,types/* readable */.HD)(live.vnet);
        const rg = vnet?.resourceGroup ?? (0,defaults/* resolveNetwork */.lr)(spec).resourceGroup;
        if (lower(rg) === lower(spec.workspace.resourceGroup))
            return [];
        return [
            {
                path: 'network.resourceGroup',
                message: `ACI in a VNet needs the VNet in the workspace's resource group ${spec.workspace.resourceGroup}; ${spec.network.name} is in ${rg}`,
                hint: 'Use a VNet in the workspace resource group for ACI, or drop the aci section.',
            },
        ];
    },
});
const nsgRegion = liveRule({
    id: 'LIVE-NSG-REGION',
    severity: 'error',
    title: 'The NSG is in the region of the VNet whose subnets it controls',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.nsgOverview, 'a network security group can be associated only with subnets of its own region'),
    check({ live }) {
        const vnet = (0,types/* readable */.HD)(live.vnet);
        const nsg = (0,types/* readable */.HD)(live.nsg ?? null);
        if (vnet === undefined || nsg === undefined || nsg.location === '' || vnet.location === '')
            return [];
        if ((0,azure_regions/* regionKey */.Un)(nsg.location) === (0,azure_regions/* regionKey */.Un)(vnet.location))
            return [];
        return [
            {
                path: 'network.securityGroup.name',
                message: `network security group ${nsg.name} is in ${nsg.location} but VNet ${vnet.name} is in ${vnet.location}: Azure refuses to associate it with the subnets`,
                hint: `Use an NSG in ${vnet.location} (amlnet creates one there when the named NSG does not exist).`,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/rules/live/workspace.ts
// Live rules about the workspace and what hangs off it: its private endpoint, container registry, storage.






function peSubnet(live, pe) {
    return pe.subnetId ?? (0,types/* readable */.HD)(live.privateEndpoints[pe.id.toLowerCase()])?.subnetId ?? null;
}
const workspaceExists = liveRule({
    id: 'LIVE-WORKSPACE-EXISTS',
    severity: 'error',
    title: 'The Azure Machine Learning workspace exists',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, 'add AKS in a virtual network to your workspace'),
    check({ spec, live }) {
        const w = spec.workspace;
        if (live.workspace === null) {
            return [
                {
                    path: 'workspace.name',
                    message: `workspace ${w.name} does not exist in resource group ${w.resourceGroup}`,
                    hint: 'Create the workspace first, or fix workspace.name / workspace.resourceGroup.',
                },
            ];
        }
        // Unreadable is not absent: LIVE-READ-FAILED reports it.
        return [];
    },
});
const workspacePrivateEndpointVnet = liveRule({
    id: 'LIVE-WORKSPACE-PE-VNET',
    severity: 'error',
    title: "With a workspace private endpoint, ACI uses the endpoint's VNet",
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, 'If your workspace has a private endpoint, the virtual network used for Azure Container Instances must be the same as the one used by the workspace private endpoint.'),
    check({ spec, live }) {
        const ws = (0,types/* readable */.HD)(live.workspace);
        const vnet = (0,types/* readable */.HD)(live.vnet);
        if (!spec.aci || ws === undefined || vnet === undefined)
            return [];
        const out = [];
        for (const pe of ws.privateEndpoints) {
            const subnet = peSubnet(live, pe);
            if (subnet === null)
                continue;
            const peVnet = (0,ids/* vnetOfSubnet */.oR)(subnet);
            if (peVnet !== undefined && !(0,ids/* sameId */.s)(peVnet, vnet.id)) {
                out.push({
                    path: 'network.name',
                    message: `the workspace's private endpoint is in ${peVnet}, but ACI would use ${vnet.id}`,
                    hint: "Use the private endpoint's VNet for ACI.",
                });
            }
        }
        return out;
    },
});
const registryNotInVnet = liveRule({
    id: 'LIVE-REGISTRY-IN-VNET',
    severity: 'error',
    title: "With ACI in the VNet, the workspace's container registry is not in that VNet",
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, "the Azure Container Registry (ACR) for your workspace can't be in the virtual network"),
    check({ spec, live }) {
        const vnet = (0,types/* readable */.HD)(live.vnet);
        const acr = (0,types/* readable */.HD)(live.containerRegistry);
        if (!spec.aci || vnet === undefined || acr === undefined)
            return [];
        const out = [];
        for (const id of acr.privateEndpointIds) {
            const subnet = (0,types/* readable */.HD)(live.privateEndpoints[id.toLowerCase()])?.subnetId;
            if (subnet && (0,ids/* sameId */.s)((0,ids/* vnetOfSubnet */.oR)(subnet), vnet.id)) {
                out.push({
                    path: 'aci.subnet',
                    message: `the workspace's container registry ${acr.id} has a private endpoint in ${vnet.name}`,
                    hint: 'Move the registry endpoint out of the VNet, or do not use ACI in it.',
                });
            }
        }
        return out;
    },
});
const privateWorkspaceAciUnsupported = liveRule({
    id: 'LIVE-ACI-WITH-WORKSPACE-PE',
    severity: 'warning',
    title: 'ACI in a VNet with a workspace private endpoint is not supported any more',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, 'with a workspace PE, ACI-in-VNet is now unsupported'),
    check({ spec, live }) {
        const ws = (0,types/* readable */.HD)(live.workspace);
        if (!spec.aci || ws === undefined || ws.privateEndpoints.length === 0)
            return [];
        return [
            {
                path: 'aci',
                message: `workspace ${ws.name} has a private endpoint; Azure ML no longer supports ACI in a VNet with it`,
            },
        ];
    },
});
const privateWorkspaceClusterRegion = liveRule({
    id: 'LIVE-PE-CLUSTER-REGION',
    severity: 'error',
    title: "With a workspace private endpoint, clusters are in the workspace's region",
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, 'if the workspace has a private endpoint, AKS must be in the same region as the workspace'),
    check({ spec, live }) {
        const ws = (0,types/* readable */.HD)(live.workspace);
        if (ws === undefined || ws.privateEndpoints.length === 0 || ws.location === '')
            return [];
        return (0,defaults/* resolveClusters */.WC)(spec)
            .filter((c) => (0,azure_regions/* regionKey */.Un)(c.location) !== (0,azure_regions/* regionKey */.Un)(ws.location))
            .map((c) => ({
            path: c.defaulted.has('location') ? `aksClusters[${c.index}]` : `aksClusters[${c.index}].location`,
            message: `cluster ${c.name} would be in ${c.location}; workspace ${ws.name} has a private endpoint and is in ${ws.location}`,
        }));
    },
});
const storageInClusterVnet = liveRule({
    id: 'LIVE-STORAGE-VNET',
    severity: 'error',
    title: "A storage account secured in a VNet is in the cluster's VNet",
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet2020, 'If you secure the Azure Storage Account(s) used by the workspace in a virtual network, they must be in the same virtual network as the AKS instance.'),
    check({ spec, live }) {
        const clusters = (0,defaults/* resolveClusters */.WC)(spec);
        const vnet = (0,types/* readable */.HD)(live.vnet);
        if (clusters.length === 0 || vnet === undefined)
            return [];
        if ((0,types/* isUnreadable */.GZ)(live.storageAccount)) {
            return [
                {
                    path: 'workspace',
                    severity: 'notice',
                    message: `could not read the workspace's storage account (${live.storageAccount.code}); check yourself that, if it is secured in a VNet, it allows ${vnet.name}`,
                },
            ];
        }
        const sa = (0,types/* readable */.HD)(live.storageAccount);
        if (sa === undefined || !(0,types/* storageSecured */.RI)(sa))
            return [];
        const inVnet = sa.virtualNetworkSubnetIds.some((s) => (0,ids/* sameId */.s)((0,ids/* vnetOfSubnet */.oR)(s), vnet.id)) ||
            sa.privateEndpointIds.some((id) => {
                const subnet = (0,types/* readable */.HD)(live.privateEndpoints[id.toLowerCase()])?.subnetId;
                return subnet ? (0,ids/* sameId */.s)((0,ids/* vnetOfSubnet */.oR)(subnet), vnet.id) : false;
            });
        if (inVnet)
            return [];
        return [
            {
                path: 'network.name',
                message: `the workspace's storage account ${sa.id} is secured (${(sa.publicNetworkAccess ?? '').toLowerCase() === 'disabled' ? 'public network access disabled' : 'network rules deny by default'}) and allows no subnet or private endpoint of ${vnet.name}`,
                hint: `Add a virtual network rule or private endpoint for ${vnet.name} to the storage account.`,
            },
        ];
    },
});

// EXTERNAL MODULE: ./src/live/permissions.ts
var permissions = __webpack_require__(57386);
;// CONCATENATED MODULE: ./src/rules/live/clusters.ts
// Live rules about existing computes and clusters, and the planning identity's permissions.





const computeTypeCompatible = liveRule({
    id: 'LIVE-COMPUTE-TYPE',
    severity: 'error',
    title: 'An existing compute of the same name is an AKS compute',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlSwagger, 'Compute_CreateOrUpdate "will overwrite a compute if it exists"'),
    check({ spec, live }) {
        const out = [];
        for (const c of (0,defaults/* resolveClusters */.WC)(spec)) {
            const existing = (0,types/* readable */.HD)(live.computes[c.name]);
            if (existing !== undefined && existing.computeType !== 'AKS') {
                out.push({
                    path: `aksClusters[${c.index}].name`,
                    message: `compute ${c.name} already exists in the workspace with type ${existing.computeType}; amlnet manages AKS computes only`,
                    hint: 'Pick another compute name.',
                });
            }
        }
        return out;
    },
});
const clusterIdentityKnown = liveRule({
    id: 'LIVE-CLUSTER-IDENTITY',
    severity: 'warning',
    title: 'The cluster identity that needs Network Contributor is known',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.aksKubenet, 'Cluster identity needs Network Contributor; CLI assigns automatically only for system-assigned identity'),
    check({ spec, live }) {
        const out = [];
        for (const c of (0,defaults/* resolveClusters */.WC)(spec)) {
            const compute = (0,types/* readable */.HD)(live.computes[c.name]);
            const id = compute?.resourceId ?? (c.mode === 'attach' ? c.resourceId : null);
            if (id === null)
                continue;
            const mc = live.managedClusters[id.toLowerCase()];
            if (mc === undefined || mc === null)
                continue;
            if ((0,types/* isUnreadable */.GZ)(mc)) {
                out.push({
                    path: `aksClusters[${c.index}]`,
                    message: `could not read cluster ${id} (${mc.code}); its Network Contributor role is not planned`,
                });
            }
            else if (mc.usesServicePrincipal) {
                out.push({
                    path: `aksClusters[${c.index}]`,
                    message: `cluster ${mc.name} authenticates with a service principal; amlnet cannot look up its object id`,
                    hint: 'Grant that service principal Network Contributor on the VNet resource group yourself.',
                });
            }
            else if (mc.principalId === null) {
                out.push({
                    path: `aksClusters[${c.index}]`,
                    message: `cluster ${mc.name} has no managed identity; its Network Contributor role is not planned`,
                });
            }
        }
        return out;
    },
});

const joinPermission = liveRule({
    id: 'LIVE-JOIN-PERMISSION',
    severity: 'warning',
    title: 'The deploying identity may join the VNet and its subnets',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlInferencingVnet, '"Microsoft.Network/virtualNetworks/join/action" on the virtual network resource; "…/subnet/join/action" on the subnet resource'),
    check({ spec, live, mode }) {
        const perms = live.permissions;
        if (perms === undefined || (0,types/* readable */.HD)(live.vnet) === undefined)
            return [];
        if ((0,types/* isUnreadable */.GZ)(perms)) {
            return [
                {
                    path: 'network.name',
                    severity: 'notice',
                    message: `could not read this identity's permissions on ${spec.network.name} (${perms.code})`,
                },
            ];
        }
        const missing = [];
        if (!(0,permissions/* permits */.V1)(perms, permissions/* VNET_JOIN */.Ll))
            missing.push(`${permissions/* VNET_JOIN */.Ll} on ${spec.network.name}`);
        if (!(0,permissions/* permits */.V1)(perms, permissions/* SUBNET_JOIN */.du)) {
            // Granted on the subnets alone is enough: check each subnet amlnet puts something in.
            const bySubnet = live.subnetPermissions ?? {};
            const lacking = Object.keys(bySubnet).filter((name) => {
                const p = bySubnet[name];
                return (0,types/* isUnreadable */.GZ)(p) || !(0,permissions/* permits */.V1)(p, permissions/* SUBNET_JOIN */.du);
            });
            if (Object.keys(bySubnet).length === 0)
                missing.push(`${permissions/* SUBNET_JOIN */.du} on ${spec.network.name}`);
            else if (lacking.length > 0)
                missing.push(`${permissions/* SUBNET_JOIN */.du} on subnet(s) ${lacking.join(', ')}`);
        }
        if (missing.length === 0)
            return [];
        const applying = mode === 'apply';
        return [
            {
                path: 'network.name',
                severity: applying ? 'error' : 'warning',
                message: `the identity ${applying ? 'applying' : 'planning'} lacks ${missing.join(' and ')}${applying ? '' : ' (fine for a read-only plan identity; the applying identity needs them)'}`,
                hint: 'Grant Network Contributor (or a custom role with these actions) on the VNet to the identity that applies.',
            },
        ];
    },
});

// EXTERNAL MODULE: ./src/rules/outbound.ts
var outbound = __webpack_require__(24939);
// EXTERNAL MODULE: ./src/live/ownership.ts
var ownership = __webpack_require__(99527);
;// CONCATENATED MODULE: ./src/rules/live/nsg-ownership.ts
// The plan tells the whole truth about NSG rules amlnet owns: a rule amlnet created (recorded in the NSG's tags)
// that the spec no longer lists is not silently left behind. With prune: true the plan deletes it (a `delete`
// change); without, this warning says it stays in Azure, so a reviewer never believes a removed allow is gone.





const ownedRuleRemoved = liveRule({
    id: 'NSG-OWNED-RULE-REMOVED',
    severity: 'warning',
    title: 'An NSG rule amlnet created is no longer in the spec (deleted only with prune: true)',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.nsgOverview, 'Security rules: a rule stays in force until it is deleted; removing it from the spec alone changes nothing in Azure'),
    check({ spec, live }) {
        const sg = spec.network.securityGroup;
        const nsg = (0,types/* readable */.HD)(live.nsg ?? null);
        if (sg === undefined || sg === null || nsg === undefined || sg.prune === true)
            return [];
        const listed = new Set([...(sg.rules ?? []), ...(sg.restrictOutbound === true ? (0,outbound/* requiredOutboundRules */.JT)(spec) : [])].map((r) => r.name.toLowerCase()));
        return (0,ownership/* removedOwnedRules */.Hi)(nsg, listed).map((r) => ({
            path: 'network.securityGroup.rules',
            message: `rule ${r.name} (${r.access} ${r.direction}, priority ${r.priority}) was created by amlnet and the spec no ` +
                'longer lists it: it stays in Azure and keeps applying',
            hint: 'Set network.securityGroup.prune: true to delete it, or put it back in the spec.',
        }));
    },
});

;// CONCATENATED MODULE: ./src/rules/live/kubernetes.ts
// Azure ML v2 (kubernetesClusters) at plan time. The spec, the offline rules, the extension settings
// (plan/kubernetes-extension.ts) and the emulator's extension and Kubernetes compute exist; the live reading, the
// diff and the appliers for the v2 steps (managed cluster -> Network Contributor -> extension -> compute) do not
// yet. Until they do, a spec with kubernetesClusters is refused at plan time rather than planned without them:
// applying only its network part would leave a reviewer believing the clusters were set up.



const kubernetesNotPlanned = liveRule({
    id: 'LIVE-K8S-NOT-PLANNED',
    severity: 'error',
    title: 'kubernetesClusters are validated, but amlnet does not plan or apply them yet',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.amlAttachKubernetes, 'deploy the AzureML extension, then attach the cluster as a Kubernetes compute: steps amlnet cannot apply yet'),
    check({ spec }) {
        return (0,defaults/* resolveKubernetesClusters */.MT)(spec).map((c) => ({
            path: `kubernetesClusters[${c.index}]`,
            message: `cluster ${c.name}: amlnet validates kubernetesClusters but cannot plan or apply them yet, so this plan is refused and nothing is written`,
            hint: 'Validate the spec with `amlnet validate`, and install the AzureML extension and attach the cluster with the Azure CLI (az k8s-extension create, az ml compute attach --type Kubernetes) until amlnet applies them.',
        }));
    },
});

;// CONCATENATED MODULE: ./src/rules/live/read-failed.ts
// "Could not read" is not "does not exist". A read that keeps failing after the retries (429, 5xx, a dropped
// connection, a permission error) leaves the resource Unreadable; only a 404 makes it absent (null). The plan is
// refused either way, but this rule names the resource, Azure's code and the correlation id, so the user goes after
// the real problem instead of re-creating a VNet or workspace that is there.



const liveReadFailed = liveRule({
    id: 'LIVE-READ-FAILED',
    severity: 'error',
    title: 'Every resource the plan depends on could be read (a failed read is not a missing resource)',
    source: (0,sources/* cite */.Y)(sources/* DOC */.d.armThrottling, 'a throttled or failed request says nothing about whether the resource exists'),
    check({ spec, live }) {
        const out = [];
        const report = (path, what, v, hint) => {
            out.push({ path, message: `could not read ${what}: ${v.code}: ${v.message}`, hint });
        };
        const retry = 'Azure did not answer after the retries; run the plan again. If it persists, check the identity';
        if ((0,types/* isUnreadable */.GZ)(live.vnet)) {
            report('network.name', `virtual network ${spec.network.name} (resource group ${spec.network.resourceGroup})`, live.vnet, `${retry} has Reader on the VNet (or its resource group).`);
        }
        if ((0,types/* isUnreadable */.GZ)(live.workspace)) {
            report('workspace.name', `workspace ${spec.workspace.name} (resource group ${spec.workspace.resourceGroup})`, live.workspace, `${retry} has Reader on the workspace (or its resource group).`);
        }
        return out;
    },
});

;// CONCATENATED MODULE: ./src/rules/live/index.ts






const liveRules = [
    vnetExists,
    liveReadFailed,
    vnetRegion,
    nsgRegion,
    subnetPrefixMatches,
    aksSubnetNotDelegated,
    aciSubnetFree,
    aciVnetResourceGroup,
    workspaceExists,
    workspacePrivateEndpointVnet,
    registryNotInVnet,
    privateWorkspaceAciUnsupported,
    privateWorkspaceClusterRegion,
    storageInClusterVnet,
    computeTypeCompatible,
    clusterIdentityKnown,
    joinPermission,
    ownedRuleRemoved,
    kubernetesNotPlanned,
];


/***/ })

};
