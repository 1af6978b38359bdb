export const id = 597;
export const ids = [597,616,139];
export const modules = {

/***/ 58597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ planSpec)
});

// EXTERNAL MODULE: ./src/azure/clients.ts
var azure_clients = __webpack_require__(23139);
// EXTERNAL MODULE: ./src/azure/endpoints.ts
var azure_endpoints = __webpack_require__(9713);
// EXTERNAL MODULE: ./src/azure/live/read.ts + 1 modules
var read = __webpack_require__(18297);
// EXTERNAL MODULE: ./src/validate.ts + 14 modules
var validate = __webpack_require__(95993);
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
];

// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
// EXTERNAL MODULE: ./src/rules/offline/attach-subscription.ts
var attach_subscription = __webpack_require__(67734);
// EXTERNAL MODULE: ./src/findings/run.ts
var run = __webpack_require__(86707);
;// CONCATENATED MODULE: ./src/plan/pipeline.ts
// The ONE plan pipeline, shared by `amlnet plan`, `amlnet apply` and the action:
// validate offline -> (stop on errors) -> read live state -> live rules -> diff -> plan.
// Pure: the live state comes through a LiveStateReader (src/live/reader.ts); app/plan.ts binds it to Azure.





async function pipeline_validate(input) {
    return input.specText !== undefined
        ? (0,validate.validateSpecText)(input.specText, input.specPath)
        : await (0,validate.validateSpecFile)(input.specPath, input.root !== undefined ? { root: input.root } : {});
}
/** Positions for live findings, from the source map of the same parse that validated the spec. */
function positionResolver(sourceMap) {
    if (sourceMap === undefined)
        return () => ({ line: 1, column: 1 });
    return (path) => sourceMap.valuePosition(path);
}
async function planWithReader(input) {
    const validation = await pipeline_validate(input);
    if (!validation.valid || validation.spec === undefined)
        return { status: 'invalid', validation };
    const spec = validation.spec;
    const subscriptionId = input.subscriptionId || spec.subscriptionId;
    if (subscriptionId.toLowerCase() !== spec.subscriptionId.toLowerCase()) {
        // The override moves amlnet to another subscription: attach ids must be in that one (before any Azure call).
        const resolve = positionResolver(validation.sourceMap);
        const moved = (0,attach_subscription/* attachSubscriptionFindings */.dZ)(spec, subscriptionId).map((f) => ({
            ...f,
            ruleId: attach_subscription/* ATTACH_SUBSCRIPTION_RULE_ID */.tO,
            severity: 'error',
            ...resolve(f.path),
        }));
        if (moved.length > 0) {
            const findings = (0,run/* sortFindings */.Tc)([...validation.findings, ...moved]);
            return { status: 'invalid', validation: { ...validation, findings, valid: false } };
        }
    }
    const { live, reads } = await input.reader.read(spec);
    const liveFindings = (0,run/* runLiveRules */.jY)(liveRules, { spec, live, mode: input.mode ?? 'plan' }, positionResolver(validation.sourceMap));
    const findings = (0,run/* sortFindings */.Tc)([...validation.findings, ...liveFindings]);
    const plan = (0,build/* buildPlan */.G)(spec, live, findings);
    return { status: 'planned', validation, spec, plan, live, reads };
}

;// CONCATENATED MODULE: ./src/app/plan.ts
// Binds the pure plan pipeline (plan/pipeline.ts) to Azure: builds the SDK clients (unless given) and reads the
// live state through them. Used by `amlnet plan`, `amlnet apply` and the action.




async function planSpec(input) {
    let clients = input.clients;
    // The clients are built once the spec is known to be valid: the subscription may come from it.
    const reader = {
        read: async (spec) => {
            if (clients === undefined) {
                if (input.credential === undefined)
                    throw new Error('planSpec needs a credential or clients');
                const endpoints = input.endpoints ?? (0,azure_endpoints.resolveEndpoints)();
                // The spec is valid: start the token exchange now, while the SDKs load for the first read.
                input.credential.warmUp?.(endpoints.armScope);
                clients = (0,azure_clients.createClients)({
                    credential: input.credential,
                    endpoints,
                    subscriptionId: input.subscriptionId || spec.subscriptionId,
                    ...input.clientOptions,
                });
            }
            return (0,read/* azureLiveReader */.$t)(clients, { concurrency: input.concurrency }).read(spec);
        },
    };
    const result = await planWithReader({
        specPath: input.specPath,
        ...(input.specText !== undefined ? { specText: input.specText } : {}),
        ...(input.root !== undefined ? { root: input.root } : {}),
        subscriptionId: input.subscriptionId ?? null,
        reader,
        ...(input.mode !== undefined ? { mode: input.mode } : {}),
    });
    if (result.status !== 'planned')
        return result;
    if (clients === undefined)
        throw new Error('planSpec: the live state was read without clients');
    return { ...result, clients };
}


/***/ }),

/***/ 23139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClients: () => (/* binding */ createClients),
/* harmony export */   observePolicy: () => (/* binding */ observePolicy),
/* harmony export */   retryAfterCapPolicy: () => (/* binding */ retryAfterCapPolicy)
/* harmony export */ });
/* harmony import */ var _live_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9376);
/* harmony import */ var _spec_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15920);
// One factory for the four Azure SDK clients of a subscription. Each SDK is import()ed lazily (the
// validate path must never load them) and each client is created once. The same pipeline policies
// go into all four: request observation (counts, benchmarks) and an optional cap on the server's
// Retry-After so tests can shorten LRO polling and throttling waits (production honours it as sent).


/** Rewrites Retry-After down to `maxSeconds` (never up). */
function retryAfterCapPolicy(maxSeconds) {
    return {
        name: 'amlnetRetryAfterCap',
        async sendRequest(request, next) {
            const response = await next(request);
            const value = response.headers.get('retry-after');
            if (value !== undefined) {
                const seconds = Number(value);
                const capped = Number.isFinite(seconds) ? Math.min(seconds, maxSeconds) : maxSeconds;
                response.headers.set('retry-after', String(capped));
            }
            return response;
        },
    };
}
function observePolicy(onRequest, start) {
    return {
        name: 'amlnetObserve',
        async sendRequest(request, next) {
            onRequest({ method: request.method, url: request.url, at: Date.now() - start });
            return next(request);
        },
    };
}
function once(make) {
    let value;
    return () => {
        value ??= make().catch((err) => {
            value = undefined;
            throw err;
        });
        return value;
    };
}
function createClients(options) {
    const { credential, endpoints, subscriptionId } = options;
    const start = Date.now();
    const additionalPolicies = [];
    if (options.onRequest !== undefined) {
        additionalPolicies.push({ policy: observePolicy(options.onRequest, start), position: 'perRetry' });
    }
    if (options.maxRetryAfterSeconds !== undefined) {
        additionalPolicies.push({ policy: retryAfterCapPolicy(options.maxRetryAfterSeconds), position: 'perRetry' });
    }
    const scopes = [endpoints.armScope];
    // Modular (TypeSpec) clients take `credentials.scopes`; classic clients take `credentialScopes`.
    // Without them both would ask for `${armEndpoint}/.default`, which a custom endpoint's Entra rejects.
    const modular = { endpoint: endpoints.armEndpoint, credentials: { scopes }, additionalPolicies };
    const classic = { endpoint: endpoints.armEndpoint, credentialScopes: scopes, additionalPolicies };
    const authorization = once(async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(160), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 71043));
        return new m.AuthorizationManagementClient(credential, subscriptionId, classic);
    });
    return {
        subscriptionId,
        endpoints,
        pollIntervalMs: options.pollIntervalMs ?? 2000,
        network: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690), __webpack_require__.e(834), __webpack_require__.e(544)]).then(__webpack_require__.bind(__webpack_require__, 12163));
            return new m.NetworkManagementClient(credential, subscriptionId, modular);
        }),
        containerService: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690), __webpack_require__.e(834), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 35614));
            return new m.ContainerServiceClient(credential, subscriptionId, modular);
        }),
        machineLearning: once(async () => {
            const m = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(160), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 34789));
            return new m.AzureMachineLearningWorkspaces(credential, subscriptionId, classic);
        }),
        authorization,
        async getResource(resourceId, apiVersion) {
            const client = await authorization();
            const { createPipelineRequest, RestError } = await Promise.all(/* import() */[__webpack_require__.e(434), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 20690));
            // The id came from Azure: only a plain ARM path on the ARM endpoint is ever requested.
            const url = (0,_live_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .armUrl */ .wM)(endpoints.armEndpoint, resourceId, apiVersion);
            if (url === undefined) {
                throw new Error(`refusing to read '${(0,_spec_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(resourceId, 200)}': it is not an ARM resource path`);
            }
            const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
            if (response.status === 404)
                return undefined;
            const body = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
            if (response.status >= 400) {
                const err = body?.error;
                throw new RestError(err?.message ?? `GET ${resourceId} failed with ${response.status}`, {
                    code: err?.code,
                    statusCode: response.status,
                    request: response.request,
                    response,
                });
            }
            return body;
        },
    };
}


/***/ }),

/***/ 16616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatAzureError: () => (/* binding */ formatAzureError),
/* harmony export */   toAzureError: () => (/* binding */ toAzureError)
/* harmony export */ });
/* unused harmony export isNotFound */
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79378);
// Azure REST errors as plain data: what failed, and the ids Azure support asks for.
// Pure (no SDK import): RestError is recognised by shape so this loads on the validate path too.

function header(response, name) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return undefined;
    const headers = response.headers;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(headers) && typeof headers.get === 'function') {
        return headers.get(name) ?? undefined;
    }
    return undefined;
}
/** Reads {code, message} out of an ARM error body `{error:{code,message}}` when the SDK left it unparsed. */
function bodyError(response) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return {};
    const text = response.bodyAsText;
    if (typeof text !== 'string' || text === '')
        return {};
    try {
        const body = JSON.parse(text);
        if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body) && (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body.error)) {
            const { code, message } = body.error;
            return {
                code: typeof code === 'string' ? code : undefined,
                message: typeof message === 'string' ? message : undefined,
            };
        }
    }
    catch {
        // not JSON: the SDK's message stands
    }
    return {};
}
function toAzureError(err) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err))
        return { code: 'Unknown', message: String(err) };
    const response = err.response;
    const fromBody = bodyError(response);
    const status = typeof err.statusCode === 'number'
        ? err.statusCode
        : (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response) && typeof response.status === 'number'
            ? response.status
            : undefined;
    const code = typeof err.code === 'string' && err.code !== '' ? err.code : (fromBody.code ?? 'Unknown');
    const message = fromBody.message ?? (typeof err.message === 'string' ? err.message : String(err));
    const info = { code, message, status };
    const requestId = header(response, 'x-ms-request-id');
    const correlationId = header(response, 'x-ms-correlation-request-id');
    if (requestId !== undefined)
        info.requestId = requestId;
    if (correlationId !== undefined)
        info.correlationId = correlationId;
    return info;
}
function isNotFound(err) {
    const info = toAzureError(err);
    return info.status === 404 || info.code === 'ResourceNotFound' || info.code === 'NotFound';
}
/** One line for people: code, message, status and the ids to quote to Azure support. */
function formatAzureError(info) {
    const ids = [
        info.status !== undefined ? `status ${info.status}` : undefined,
        info.correlationId !== undefined ? `correlation id ${info.correlationId}` : undefined,
        info.requestId !== undefined ? `request id ${info.requestId}` : undefined,
    ].filter((s) => s !== undefined);
    return `${info.code}: ${info.message}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`;
}


/***/ }),

/***/ 64932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ normalisePermissions),
/* harmony export */   Gi: () => (/* binding */ normaliseVnet),
/* harmony export */   LA: () => (/* binding */ normaliseContainerRegistry),
/* harmony export */   M0: () => (/* binding */ normaliseWorkspace),
/* harmony export */   UQ: () => (/* binding */ normaliseCompute),
/* harmony export */   Vv: () => (/* binding */ normaliseNsg),
/* harmony export */   ai: () => (/* binding */ normaliseRoleAssignment),
/* harmony export */   dU: () => (/* binding */ normaliseStorageAccount),
/* harmony export */   p_: () => (/* binding */ normalisePrivateEndpoint),
/* harmony export */   yA: () => (/* binding */ normaliseManagedCluster)
/* harmony export */ });
/* unused harmony exports normaliseSubnet, normaliseSecurityRule, roleDefinitionGuid */
/* harmony import */ var _live_ownership_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99527);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79378);
// SDK responses -> the plain live-state shapes. Takes `unknown` and reads defensively: the modular
// clients return flattened models, getResource returns raw ARM JSON (`properties.*`), and the emulator
// or a future api-version may leave fields out.


function obj(v) {
    return (0,_util_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v) ? v : {};
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
function str(v) {
    return typeof v === 'string' ? v : null;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function strs(v) {
    return arr(v).filter((x) => typeof x === 'string');
}
/** A field from a flattened SDK model, or from `properties` of raw ARM JSON. */
function field(o, key) {
    if (key in o)
        return o[key];
    return obj(o.properties)[key];
}
function ids(v) {
    return arr(v)
        .map((x) => str(obj(x).id))
        .filter((x) => x !== null);
}
/** Strips SDK-only noise so `raw` is plain JSON. */
function plain(o) {
    return JSON.parse(JSON.stringify(o));
}
function normaliseSubnet(v) {
    const o = obj(v);
    const prefixes = strs(field(o, 'addressPrefixes'));
    const prefix = str(field(o, 'addressPrefix')) ?? prefixes[0] ?? null;
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        addressPrefix: prefix,
        addressPrefixes: prefixes.length > 0 ? prefixes : prefix !== null ? [prefix] : [],
        networkSecurityGroupId: str(obj(field(o, 'networkSecurityGroup')).id),
        delegations: arr(field(o, 'delegations'))
            .map((d) => str(field(obj(d), 'serviceName')))
            .filter((x) => x !== null),
        ipConfigurationIds: ids(field(o, 'ipConfigurations')),
        privateEndpointIds: ids(field(o, 'privateEndpoints')),
        serviceAssociationLinkIds: ids(field(o, 'serviceAssociationLinks')),
        raw: plain(o),
    };
}
function normaliseVnet(v, resourceGroup) {
    const o = obj(v);
    const subnets = arr(field(o, 'subnets')).map(normaliseSubnet);
    subnets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        resourceGroup,
        location: str(o.location) ?? '',
        addressSpace: strs(obj(field(o, 'addressSpace')).addressPrefixes),
        subnets,
    };
}
function prefixesOf(o, plural, singular) {
    const many = strs(field(o, plural));
    if (many.length > 0)
        return many;
    const one = str(field(o, singular));
    return one !== null ? [one] : [];
}
function normaliseSecurityRule(v) {
    const o = obj(v);
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        direction: str(field(o, 'direction')) ?? '',
        access: str(field(o, 'access')) ?? '',
        protocol: str(field(o, 'protocol')) ?? '',
        priority: num(field(o, 'priority')) ?? 0,
        sourceAddressPrefixes: prefixesOf(o, 'sourceAddressPrefixes', 'sourceAddressPrefix'),
        sourcePortRanges: prefixesOf(o, 'sourcePortRanges', 'sourcePortRange'),
        destinationAddressPrefixes: prefixesOf(o, 'destinationAddressPrefixes', 'destinationAddressPrefix'),
        destinationPortRanges: prefixesOf(o, 'destinationPortRanges', 'destinationPortRange'),
        description: str(field(o, 'description')),
    };
}
function normaliseNsg(v) {
    const o = obj(v);
    const rules = arr(field(o, 'securityRules')).map(normaliseSecurityRule);
    rules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        location: str(o.location) ?? '',
        rules,
        subnetIds: ids(field(o, 'subnets')),
        ownedRules: (0,_live_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .ownedRuleNames */ .sr)(stringTags(o.tags)),
    };
}
/** A tag map as Azure returns it (values are strings; anything else is dropped). */
function stringTags(v) {
    const out = {};
    if (typeof v !== 'object' || v === null)
        return out;
    for (const [k, value] of Object.entries(v))
        if (typeof value === 'string')
            out[k] = value;
    return out;
}
function normaliseWorkspace(v) {
    const o = obj(v);
    const pes = arr(field(o, 'privateEndpointConnections'))
        .map((c) => obj(field(obj(c), 'privateEndpoint')))
        .map((pe) => ({ id: str(pe.id), subnetId: str(pe.subnetArmId) }))
        .filter((pe) => pe.id !== null);
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        location: str(o.location) ?? '',
        storageAccountId: str(field(o, 'storageAccount')),
        containerRegistryId: str(field(o, 'containerRegistry')),
        privateEndpoints: pes,
    };
}
function normaliseCompute(v) {
    const o = obj(v);
    const p = obj(o.properties);
    const aks = obj(p.properties);
    const netCfg = p.properties !== undefined ? obj(aks.aksNetworkingConfiguration) : {};
    const hasNet = Object.keys(netCfg).length > 0;
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        computeType: str(p.computeType) ?? '',
        resourceId: str(p.resourceId),
        computeLocation: str(p.computeLocation),
        provisioningState: str(p.provisioningState),
        isAttachedCompute: p.isAttachedCompute === true,
        agentCount: num(aks.agentCount),
        agentVmSize: str(aks.agentVmSize),
        clusterPurpose: str(aks.clusterPurpose),
        loadBalancerType: str(aks.loadBalancerType),
        loadBalancerSubnet: str(aks.loadBalancerSubnet),
        aksNetworkingConfiguration: hasNet
            ? {
                subnetId: str(netCfg.subnetId),
                serviceCidr: str(netCfg.serviceCidr),
                dnsServiceIP: str(netCfg.dnsServiceIP),
                dockerBridgeCidr: str(netCfg.dockerBridgeCidr),
            }
            : null,
    };
}
function normaliseManagedCluster(v) {
    const o = obj(v);
    const identity = obj(o.identity);
    const uai = Object.values(obj(identity.userAssignedIdentities)).map((x) => str(obj(x).principalId));
    const sp = obj(field(o, 'servicePrincipalProfile'));
    const clientId = str(sp.clientId);
    const np = obj(field(o, 'networkProfile'));
    const api = obj(field(o, 'apiServerAccessProfile'));
    const pools = arr(field(o, 'agentPoolProfiles')).map(obj);
    const subnetIds = [...new Set(pools.map((p) => str(p.vnetSubnetID)).filter((x) => x !== null))].sort();
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        location: str(o.location) ?? '',
        principalId: str(identity.principalId) ?? uai.find((x) => x !== null) ?? null,
        identityType: str(identity.type),
        usesServicePrincipal: clientId !== null && clientId.toLowerCase() !== 'msi' && Object.keys(identity).length === 0,
        networkPlugin: str(np.networkPlugin),
        networkPluginMode: str(np.networkPluginMode),
        podCidr: str(np.podCidr),
        serviceCidr: str(np.serviceCidr),
        dnsServiceIP: str(np.dnsServiceIP),
        enablePrivateCluster: api.enablePrivateCluster === true,
        enablePrivateClusterPublicFqdn: api.enablePrivateClusterPublicFqdn === true || api.enablePrivateClusterPublicFQDN === true,
        subnetIds,
        provisioningState: str(field(o, 'provisioningState')),
    };
}
function roleDefinitionGuid(roleDefinitionId) {
    return (roleDefinitionId.split('/').pop() ?? '').toLowerCase();
}
function normaliseRoleAssignment(v) {
    const o = obj(v);
    return {
        id: str(o.id) ?? '',
        name: str(o.name) ?? '',
        scope: str(field(o, 'scope')) ?? '',
        roleDefinitionGuid: roleDefinitionGuid(str(field(o, 'roleDefinitionId')) ?? ''),
        principalId: str(field(o, 'principalId')) ?? '',
    };
}
function normalisePrivateEndpoint(v) {
    const o = obj(v);
    const conns = [
        ...arr(field(o, 'privateLinkServiceConnections')),
        ...arr(field(o, 'manualPrivateLinkServiceConnections')),
    ];
    return {
        id: str(o.id) ?? '',
        subnetId: str(obj(field(o, 'subnet')).id),
        targetIds: conns.map((c) => str(field(obj(c), 'privateLinkServiceId'))).filter((x) => x !== null),
    };
}
function normaliseStorageAccount(v) {
    if (v === undefined)
        return null;
    const o = obj(v);
    const acls = obj(field(o, 'networkAcls'));
    const publicAccess = str(field(o, 'publicNetworkAccess'));
    return {
        id: str(o.id) ?? '',
        defaultAction: str(acls.defaultAction),
        virtualNetworkSubnetIds: arr(acls.virtualNetworkRules)
            .map((r) => str(obj(r).id))
            .filter((x) => x !== null),
        privateEndpointIds: arr(field(o, 'privateEndpointConnections'))
            .map((c) => str(obj(field(obj(c), 'privateEndpoint')).id))
            .filter((x) => x !== null),
        // Only when Azure says it (the field is optional, so older live states compare equal).
        ...(publicAccess !== null ? { publicNetworkAccess: publicAccess } : {}),
    };
}
function normaliseContainerRegistry(v) {
    if (v === undefined)
        return null;
    const o = obj(v);
    return {
        id: str(o.id) ?? '',
        privateEndpointIds: arr(field(o, 'privateEndpointConnections'))
            .map((c) => str(obj(field(obj(c), 'privateEndpoint')).id))
            .filter((x) => x !== null),
    };
}
function normalisePermissions(perms) {
    const actions = new Set();
    const notActions = new Set();
    for (const p of perms) {
        for (const a of strs(obj(p).actions))
            actions.add(a);
        for (const a of strs(obj(p).notActions))
            notActions.add(a);
    }
    return { actions: [...actions].sort(), notActions: [...notActions].sort() };
}


/***/ }),

/***/ 18297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l5: () => (/* binding */ LiveReadError),
  $t: () => (/* binding */ azureLiveReader)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, REGISTRY_API_VERSION, STORAGE_API_VERSION, readLiveState

// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
// EXTERNAL MODULE: ./src/azure/errors.ts
var errors = __webpack_require__(16616);
// EXTERNAL MODULE: ./src/azure/credential.ts
var credential = __webpack_require__(18098);
;// CONCATENATED MODULE: ./src/azure/live/limit.ts
// A bounded-concurrency runner with memoisation by request key: the live-state reader starts every
// read as soon as what it depends on is known, never more than `limit` at once, and never the same
// request twice.
/**
 * Most distinct Azure reads one plan makes. A real spec needs tens; the schema's list caps allow specs that
 * would need ~1,100. Past this bound every further read fails with a message that says why, and the plan is
 * refused (its resources read as unreadable), instead of sending thousands of requests.
 */
const MAX_PLAN_READS = 2000;
class ReadBudgetExceeded extends Error {
    name = 'ReadBudgetExceeded';
}
class RequestGate {
    limit;
    maxTotal;
    active = 0;
    waiting = [];
    memo = new Map();
    /** Number of distinct requests started (memo hits excluded). */
    started = 0;
    constructor(limit, maxTotal = Number.POSITIVE_INFINITY) {
        this.limit = limit;
        this.maxTotal = maxTotal;
        if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`concurrency limit must be >= 1, got ${limit}`);
    }
    /** Runs `fn` once per key; later calls with the same key share the first call's promise. */
    run(key, fn) {
        const hit = this.memo.get(key);
        if (hit !== undefined)
            return hit;
        if (this.memo.size >= this.maxTotal) {
            return Promise.reject(new ReadBudgetExceeded(`the plan would make more than ${this.maxTotal} Azure reads; split the spec into smaller ones`));
        }
        const p = this.schedule(fn);
        this.memo.set(key, p);
        return p;
    }
    async schedule(fn) {
        if (this.active >= this.limit) {
            // The finishing request hands its slot over directly, so `active` never exceeds the limit.
            await new Promise((resolve) => this.waiting.push(resolve));
        }
        else {
            this.active++;
        }
        this.started++;
        try {
            return await fn();
        }
        finally {
            const next = this.waiting.shift();
            if (next !== undefined)
                next();
            else
                this.active--;
        }
    }
}

// EXTERNAL MODULE: ./src/plan/roles.ts
var roles = __webpack_require__(2682);
// EXTERNAL MODULE: ./src/azure/live/normalise.ts
var normalise = __webpack_require__(64932);
// EXTERNAL MODULE: ./src/live/types.ts
var types = __webpack_require__(10003);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
// EXTERNAL MODULE: ./src/live/permissions.ts
var permissions = __webpack_require__(57386);
;// CONCATENATED MODULE: ./src/azure/live/read.ts









/**
 * Parallel reads at most. A 20-cluster spec reads 24 resources at depth 1 and 20 at each of depths 2 and 3, so the
 * bound must cover a whole level for the wall time to follow the dependency depth: at 50 ms per request
 * (bench/plan-latency.ts) 8 gave 3.5-4.2x the depth bound, 16 gave 1.9x, 32 gave 1.6x. 32 stays far below
 * ARM's read limits (12,000 per hour per subscription).
 */
const DEFAULT_CONCURRENCY = 32;
/** Thrown when a read fails in a way that makes the whole plan meaningless (login, subscription). */
class LiveReadError extends Error {
    name = 'LiveReadError';
}
const STORAGE_API_VERSION = '2023-05-01';
const REGISTRY_API_VERSION = '2023-07-01';
/** Runs one read: 404 -> null; 401/403/other -> Unreadable; a login failure is rethrown. */
async function attempt(fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof credential.LoginError)
            throw err;
        const info = (0,errors.toAzureError)(err);
        if (info.status === 404)
            return null;
        if (info.status === 401)
            throw new LiveReadError(`Azure refused the credential (401 ${info.code}): ${info.message}`);
        const ids = [
            info.status !== undefined ? `HTTP ${info.status}` : '',
            info.correlationId ? `correlation id ${info.correlationId}` : '',
        ]
            .filter((x) => x !== '')
            .join(', ');
        return { unreadable: true, code: info.code, message: ids === '' ? info.message : `${info.message} (${ids})` };
    }
}
async function collect(it) {
    const out = [];
    for await (const x of it)
        out.push(x);
    return out;
}
/** The Azure implementation of the plan's live-state port. */
function azureLiveReader(clients, options = {}) {
    return { read: (spec) => readLiveState(spec, clients, options) };
}
async function readLiveState(spec, clients, options = {}) {
    const gate = new RequestGate(options.concurrency ?? DEFAULT_CONCURRENCY, options.maxReads ?? MAX_PLAN_READS);
    const sub = clients.subscriptionId;
    const net = (0,defaults/* resolveNetwork */.lr)(spec);
    const clusters = (0,defaults/* resolveClusters */.WC)(spec);
    const ws = spec.workspace;
    const live = {
        subscriptionId: sub,
        vnet: null,
        workspace: null,
        computes: {},
        managedClusters: {},
        roleAssignments: {},
        privateEndpoints: {},
    };
    // Each gated call does ONE request; follow-up reads are chained outside the gate, so a read never holds
    // a slot while it waits for another (holding it would deadlock once every slot waits on a follow-up).
    const read = (key, fn) => gate.run(key, () => attempt(fn));
    const readManagedCluster = (id) => read(`GET ${id.toLowerCase()}`, async () => {
        const p = (0,ids/* parseResourceId */.RQ)(id);
        if (p === undefined || p.segments.length !== 2) {
            return { unreadable: true, code: 'InvalidResourceId', message: `'${id}' is not a managed cluster id` };
        }
        const c = await clients.containerService();
        return (0,normalise/* normaliseManagedCluster */.yA)(await c.managedClusters.get(p.resourceGroup, p.name));
    }).then((v) => {
        live.managedClusters[id.toLowerCase()] = v;
        return v;
    });
    const readRoleAssignments = (principalId, scope) => read(`LIST roleAssignments ${scope.toLowerCase()} principalId=${principalId}`, async () => {
        const a = await clients.authorization();
        const items = await collect(a.roleAssignments.listForScope(scope, { filter: `principalId eq '${principalId}'` }));
        return items.map(normalise/* normaliseRoleAssignment */.ai);
    }).then((v) => {
        const prev = live.roleAssignments[principalId];
        const list = v === null ? [] : v;
        if ((0,types/* isUnreadable */.GZ)(list) || prev === undefined || (0,types/* isUnreadable */.GZ)(prev)) {
            live.roleAssignments[principalId] = list;
        }
        else {
            const seen = new Set(prev.map((r) => r.id.toLowerCase()));
            live.roleAssignments[principalId] = [...prev, ...list.filter((r) => !seen.has(r.id.toLowerCase()))];
        }
    });
    const readPrivateEndpoint = (id) => read(`GET ${id.toLowerCase()}`, async () => {
        const p = (0,ids/* parseResourceId */.RQ)(id);
        if (p === undefined)
            return null;
        const n = await clients.network();
        return (0,normalise/* normalisePrivateEndpoint */.p_)(await n.privateEndpoints.get(p.resourceGroup, p.name));
    }).then((v) => {
        live.privateEndpoints[id.toLowerCase()] = v;
    });
    const tasks = [];
    // The VNet (with its subnets) and the planning identity's permissions on it.
    tasks.push(read('GET vnet', async () => {
        const n = await clients.network();
        return (0,normalise/* normaliseVnet */.Gi)(await n.virtualNetworks.get(net.resourceGroup, net.name), net.resourceGroup);
    }).then((v) => {
        live.vnet = v;
    }), read('LIST permissions vnet', async () => {
        const a = await clients.authorization();
        const perms = await collect(a.permissions.listForResource(net.resourceGroup, 'Microsoft.Network', '', 'virtualNetworks', net.name));
        return (0,normalise/* normalisePermissions */.BR)(perms);
    }).then(async (v) => {
        const perms = v ?? { actions: [], notActions: [] };
        live.permissions = perms;
        if ((0,types/* isUnreadable */.GZ)(perms) || (0,permissions/* permits */.V1)(perms, permissions/* SUBNET_JOIN */.du))
            return;
        const used = [
            ...new Set([...clusters.map((c) => c.subnet), ...(spec.aci ? [spec.aci.subnet] : [])].map((n) => n.toLowerCase())),
        ];
        live.subnetPermissions = {};
        await Promise.all(used.map((name) => read(`LIST permissions subnet ${name}`, async () => {
            const a = await clients.authorization();
            const list = await collect(a.permissions.listForResource(net.resourceGroup, 'Microsoft.Network', `virtualNetworks/${net.name}`, 'subnets', name));
            return (0,normalise/* normalisePermissions */.BR)(list);
        }).then((p) => {
            live.subnetPermissions[name] = p ?? { actions: [], notActions: [] };
        })));
    }));
    if (net.securityGroup !== null) {
        const sg = net.securityGroup;
        tasks.push(read('GET nsg', async () => {
            const n = await clients.network();
            return (0,normalise/* normaliseNsg */.Vv)(await n.networkSecurityGroups.get(sg.resourceGroup, sg.name));
        }).then((v) => {
            live.nsg = v;
        }));
    }
    // The workspace, then what hangs off it.
    const followWorkspace = async (v) => {
        live.workspace = v;
        if (v === null || (0,types/* isUnreadable */.GZ)(v))
            return;
        const follow = v.privateEndpoints.map((pe) => readPrivateEndpoint(pe.id));
        if (v.storageAccountId !== null) {
            const id = v.storageAccountId;
            follow.push(read(`GET ${id.toLowerCase()}`, async () => (0,normalise/* normaliseStorageAccount */.dU)(await clients.getResource(id, STORAGE_API_VERSION))).then(async (s) => {
                live.storageAccount = s;
                // Only a storage account behind network rules needs its endpoints' subnets.
                if (s !== null && !(0,types/* isUnreadable */.GZ)(s) && (0,types/* storageSecured */.RI)(s)) {
                    await Promise.all(s.privateEndpointIds.map(readPrivateEndpoint));
                }
            }));
        }
        // The registry matters only with ACI in the VNet (it must not sit in that VNet), private workspace or not.
        if (v.containerRegistryId !== null && spec.aci) {
            const id = v.containerRegistryId;
            follow.push(read(`GET ${id.toLowerCase()}`, async () => (0,normalise/* normaliseContainerRegistry */.LA)(await clients.getResource(id, REGISTRY_API_VERSION))).then(async (r) => {
                live.containerRegistry = r;
                if (r !== null && !(0,types/* isUnreadable */.GZ)(r))
                    await Promise.all(r.privateEndpointIds.map(readPrivateEndpoint));
            }));
        }
        await Promise.all(follow);
    };
    tasks.push(read('GET workspace', async () => {
        const m = await clients.machineLearning();
        return (0,normalise/* normaliseWorkspace */.M0)(await m.workspaces.get(ws.resourceGroup, ws.name));
    }).then(followWorkspace));
    // Each named compute (GET each: a spec names few, and a list would read every compute of the workspace),
    // then the managed cluster behind it, then that identity's role assignments at the intended scope.
    const wsId = (0,ids/* workspaceId */.RX)(sub, ws.resourceGroup, ws.name);
    for (const cluster of clusters) {
        const scope = (0,roles/* networkContributorScopeId */.Hm)(sub, net, cluster);
        const followCluster = async (mc) => {
            if (mc === null || (0,types/* isUnreadable */.GZ)(mc) || mc.principalId === null)
                return;
            await readRoleAssignments(mc.principalId, scope);
        };
        tasks.push(read(`GET ${wsId.toLowerCase()}/computes/${cluster.name.toLowerCase()}`, async () => {
            const m = await clients.machineLearning();
            return (0,normalise/* normaliseCompute */.UQ)(await m.computeOperations.get(ws.resourceGroup, ws.name, cluster.name));
        }).then(async (v) => {
            live.computes[cluster.name] = v;
            if (v !== null && !(0,types/* isUnreadable */.GZ)(v) && v.resourceId !== null) {
                await followCluster(await readManagedCluster(v.resourceId));
            }
        }));
        if (cluster.mode === 'attach' && cluster.resourceId !== null) {
            // Read in parallel with the compute: for attach the cluster id is known up front.
            tasks.push(readManagedCluster(cluster.resourceId).then(followCluster));
        }
        else if (cluster.mode === 'create' && cluster.privateCluster) {
            // The id a private cluster gets from amlnet: it exists without a compute after a partial apply.
            tasks.push(readManagedCluster((0,ids/* managedClusterId */.hG)(sub, ws.resourceGroup, cluster.name)).then(followCluster));
        }
    }
    await Promise.all(tasks);
    return { live: sortLive(live), reads: gate.started };
}
/** Record keys in a fixed order, so that the live state (and anything built from it) does not depend on read timing. */
function sortLive(live) {
    const sortRecord = (r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const roles = sortRecord(live.roleAssignments);
    for (const k of Object.keys(roles)) {
        const v = roles[k];
        if (!(0,types/* isUnreadable */.GZ)(v))
            roles[k] = [...v].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return {
        ...live,
        computes: sortRecord(live.computes),
        managedClusters: sortRecord(live.managedClusters),
        roleAssignments: roles,
        privateEndpoints: sortRecord(live.privateEndpoints),
        ...(live.subnetPermissions !== undefined ? { subnetPermissions: sortRecord(live.subnetPermissions) } : {}),
    };
}


/***/ }),

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


/***/ })

};
