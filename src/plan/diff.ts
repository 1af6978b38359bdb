// diff(spec, live) -> Change[]: what amlnet would write, in dependency order, over managed properties only.
// Pure. Never deletes or replaces: what cannot be reached by a create or an in-place update of a managed
// property is a refusal with the reason. Properties amlnet does not manage are neither shown nor written.
import type { SecurityRuleSpec, Spec } from '../spec/types.js';
import { requiredOutboundRules as defaultRequiredOutboundRules } from '../rules/outbound.js';
import { resolveClusters, resolveNetwork, type ResolvedCluster, type ResolvedNetwork } from '../spec/defaults.js';
import type {
  LiveCompute,
  LiveManagedCluster,
  LiveNsg,
  LiveSecurityRule,
  LiveState,
  LiveSubnet,
  LiveVnet,
} from '../live/types.js';
import { isUnreadable, readable } from '../live/types.js';
import { removedOwnedRules } from '../live/ownership.js';
import { computeId, managedClusterId, nsgId, parseResourceId, sameId, securityRuleId, subnetId } from '../live/ids.js';
import {
  NETWORK_CONTRIBUTOR_ROLE_GUID,
  networkContributorScopeId,
  roleAssignmentId,
  roleAssignmentName,
  roleDefinitionId,
  scopeCovers,
} from './roles.js';
import { computeVerdict, provisioningFailed, type ClusterHealth, type ComputeVerdict } from './compute-state.js';
import { diffKubernetes } from './kubernetes-plan.js';
import { KNOWN_AFTER_APPLY, STEP_ORDER, type Action, type Change, type JsonObject, type JsonValue } from './model.js';

export interface DiffOptions {
  /** The outbound allows amlnet adds with restrictOutbound; rules/outbound.ts requiredOutboundRules by default. */
  requiredOutboundRules?: (spec: Spec) => SecurityRuleSpec[];
}

/** A change before dependsOn is filled in: its prerequisites by address, kept only if they write something. */
type Draft = Omit<Change, 'dependsOn'> & { needs: string[] };

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

function sortedEq(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].map((s) => s.toLowerCase()).sort();
  const y = [...b].map((s) => s.toLowerCase()).sort();
  return x.every((v, i) => v === y[i]);
}

function jsonEq(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A provisioning state some operation is still working towards (not Succeeded, Failed or Canceled). */
function settling(state: string | null | undefined): boolean {
  const s = lower(state);
  return s !== '' && s !== 'succeeded' && !provisioningFailed(s);
}

// ---- subnets -------------------------------------------------------------------------------------------

function subnetDesired(prefix: string, delegation: string | null | undefined, live?: LiveSubnet): JsonObject {
  // delegation undefined = not managed: keep whatever Azure has.
  const delegations = delegation === undefined ? (live?.delegations ?? []) : delegation === null ? [] : [delegation];
  return { addressPrefix: live?.addressPrefix ?? prefix, delegations };
}

function subnetBefore(s: LiveSubnet): JsonObject {
  return { addressPrefix: s.addressPrefix, delegations: [...s.delegations] };
}

function diffSubnets(net: ResolvedNetwork, vnet: LiveVnet, sub: string): Draft[] {
  const out: Draft[] = [];
  net.subnets.forEach((s, i) => {
    const address = `network.subnets[${i}]`;
    const id = subnetId(sub, net.resourceGroup, net.name, s.name);
    const live = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
    const base = {
      address,
      resourceType: 'Microsoft.Network/virtualNetworks/subnets' as const,
      resourceId: id,
      step: 'subnet' as const,
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
    if (
      want === undefined ||
      (want === null && live.delegations.length === 0) ||
      (want !== null && sortedEq(live.delegations, [want]))
    ) {
      out.push({ ...base, action: 'no-op', before, after: before, reason: 'matches' });
    } else if (want !== null && live.delegations.length === 0) {
      out.push({
        ...base,
        action: 'update',
        before,
        after: subnetDesired(s.addressPrefix, want, live),
        reason: `delegate ${s.name} to ${want}`,
      });
    } else {
      // Removing or swapping a delegation could break whatever uses the subnet: never done by amlnet.
      out.push({
        ...base,
        action: 'refuse',
        before,
        after: null,
        reason:
          want === null
            ? `${s.name} is delegated to ${live.delegations.join(', ')} in Azure; amlnet never removes a delegation`
            : `${s.name} is delegated to ${live.delegations.join(', ')} in Azure, not ${want}; amlnet never replaces a delegation`,
      });
    }
  });
  return out;
}

// ---- security group, association, rules ------------------------------------------------------------------

interface DesiredRule {
  address: string;
  rule: SecurityRuleSpec;
}

export function ruleDesired(r: SecurityRuleSpec): JsonObject {
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

function ruleBefore(r: LiveSecurityRule): JsonObject {
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

function ruleMatches(want: JsonObject, have: JsonObject): boolean {
  for (const k of ['direction', 'access', 'protocol'])
    if (lower(want[k] as string) !== lower(have[k] as string)) return false;
  if (want.priority !== have.priority) return false;
  for (const k of [
    'sourceAddressPrefixes',
    'sourcePortRanges',
    'destinationAddressPrefixes',
    'destinationPortRanges',
  ]) {
    if (!sortedEq(want[k] as string[], have[k] as string[])) return false;
  }
  return (want.description ?? null) === (have.description ?? null);
}

function diffSecurity(
  spec: Spec,
  net: ResolvedNetwork,
  live: LiveState,
  vnet: LiveVnet | undefined,
  opts: DiffOptions,
): Draft[] {
  const sg = net.securityGroup;
  if (sg === null) return [];
  const sub = live.subscriptionId;
  const id = nsgId(sub, sg.resourceGroup, sg.name);
  const liveNsg: LiveNsg | undefined = readable(live.nsg);
  const out: Draft[] = [];
  const nsgAddress = 'network.securityGroup';
  if (isUnreadable(live.nsg)) {
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
  } else {
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
      const sid = subnetId(sub, net.resourceGroup, net.name, s.name);
      const liveSubnet = vnet?.subnets.find((x) => lower(x.name) === lower(s.name));
      const current = liveSubnet?.networkSecurityGroupId ?? null;
      const base = {
        address,
        resourceType: 'Microsoft.Network/virtualNetworks/subnets' as const,
        resourceId: sid,
        step: 'security-group' as const,
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
      } else if (sameId(current, id)) {
        out.push({ ...base, action: 'no-op', before, after: before, reason: 'associated' });
      } else {
        out.push({
          ...base,
          action: 'refuse',
          before,
          after: null,
          reason: `${s.name} is already controlled by another NSG (${current}); amlnet never swaps a subnet's NSG`,
        });
      }
    });

  const desired: DesiredRule[] = [
    ...sg.rules.map((rule, i) => ({ address: `network.securityGroup.rules[${i}]`, rule })),
    ...(sg.restrictOutbound ? (opts.requiredOutboundRules ?? defaultRequiredOutboundRules)(spec) : []).map(
      (rule, i) => ({
        address: `network.securityGroup.restrictOutbound[${i}]`,
        rule,
      }),
    ),
  ];
  const ownedNames = new Set(desired.map((d) => lower(d.rule.name)));
  // Rules amlnet created earlier (recorded in the NSG's tags) that the spec no longer lists: deleted with prune,
  // otherwise left alone (the live rule NSG-OWNED-RULE-REMOVED warns). Nothing else is ever deleted.
  const pruned = sg.prune && liveNsg !== undefined ? removedOwnedRules(liveNsg, ownedNames) : [];
  const deletes = pruned.map((r) => ({
    address: `network.securityGroup.prune[${r.name}]`,
    resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules' as const,
    resourceId: securityRuleId(id, r.name),
    step: 'security-rule' as const,
    needs: [nsgAddress],
    action: 'delete' as const,
    before: ruleBefore(r),
    after: null,
    reason: `rule ${r.name} was created by amlnet and the spec no longer lists it (prune: true)`,
  }));
  const deleted = new Set(pruned.map((r) => lower(r.name)));
  out.push(...deletes);
  for (const d of desired) {
    const rid = securityRuleId(id, d.rule.name);
    const want = ruleDesired(d.rule);
    const have = liveNsg?.rules.find((r) => lower(r.name) === lower(d.rule.name));
    const base = {
      address: d.address,
      resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules' as const,
      resourceId: rid,
      step: 'security-rule' as const,
      // A pruned rule may hold the priority this one takes: deletes go first.
      needs: [nsgAddress, ...deletes.map((x) => x.address)],
    };
    // A rule amlnet does not own holding the same priority and direction makes Azure answer SecurityRuleConflict.
    const clash = liveNsg?.rules.find(
      (r) =>
        !ownedNames.has(lower(r.name)) &&
        !deleted.has(lower(r.name)) &&
        r.priority === d.rule.priority &&
        lower(r.direction) === lower(d.rule.direction),
    );
    if (clash !== undefined) {
      out.push({
        ...base,
        action: 'refuse',
        before: have ? ruleBefore(have) : null,
        after: null,
        reason: `priority ${d.rule.priority} ${d.rule.direction} is taken by rule '${clash.name}', which amlnet does not own`,
      });
    } else if (have === undefined) {
      out.push({ ...base, action: 'create', before: null, after: want, reason: `rule ${d.rule.name} does not exist` });
    } else {
      const before = ruleBefore(have);
      if (ruleMatches(want, before)) out.push({ ...base, action: 'no-op', before, after: before, reason: 'matches' });
      else out.push({ ...base, action: 'update', before, after: want, reason: `rule ${d.rule.name} differs` });
    }
  }
  return out;
}

// ---- clusters --------------------------------------------------------------------------------------------

function computeBefore(c: LiveCompute): JsonObject {
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

function managedClusterBefore(mc: LiveManagedCluster): JsonObject {
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
export function immutableDifferences(
  c: ResolvedCluster,
  wantSubnetId: string,
  compute: LiveCompute | undefined,
  mc: LiveManagedCluster | undefined,
): string[] {
  const reasons: string[] = [];
  const given = (k: Parameters<ResolvedCluster['defaulted']['has']>[0]): boolean => !c.defaulted.has(k);
  const cfg = compute?.aksNetworkingConfiguration ?? null;
  const liveSubnet = cfg?.subnetId ?? mc?.subnetIds[0] ?? null;
  if (liveSubnet !== null && !sameId(liveSubnet, wantSubnetId)) {
    reasons.push(
      `subnet: the cluster is in ${liveSubnet}, the spec says ${wantSubnetId} (a cluster's subnet cannot change)`,
    );
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
      reasons.push(
        `networkPlugin: ${mc.networkPlugin} in Azure, ${c.networkPlugin} in the spec (immutable after creation)`,
      );
    }
    if (given('privateCluster') && mc.enablePrivateCluster !== c.privateCluster) {
      reasons.push(
        `privateCluster: ${mc.enablePrivateCluster} in Azure, ${c.privateCluster} in the spec (immutable after creation)`,
      );
    }
  }
  return reasons;
}

/** The managed cluster amlnet PUTs for a private cluster (no dockerBridgeCidr: AKS's API dropped it). */
function privateClusterBody(c: ResolvedCluster, wantSubnetId: string): JsonObject {
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
function amlCreateBody(c: ResolvedCluster, wantSubnetId: string): JsonObject {
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
function retryBody(c: ResolvedCluster, wantSubnetId: string, compute: LiveCompute): JsonObject {
  const lb: JsonObject =
    compute.loadBalancerType === 'InternalLoadBalancer'
      ? { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: compute.loadBalancerSubnet }
      : { loadBalancerType: 'PublicIp' };
  if (compute.isAttachedCompute || c.mode === 'attach') {
    return { computeType: 'AKS', resourceId: compute.resourceId, clusterPurpose: c.clusterPurpose, ...lb };
  }
  return { ...amlCreateBody(c, wantSubnetId), ...lb };
}

function clusterHealth(mc: LiveState['managedClusters'][string] | undefined): ClusterHealth {
  if (mc === undefined || mc === null) return 'missing';
  if (isUnreadable(mc)) return 'unreadable';
  return provisioningFailed(mc.provisioningState) ? 'failed' : 'working';
}

function diffCluster(spec: Spec, net: ResolvedNetwork, live: LiveState, c: ResolvedCluster): Draft[] {
  const sub = live.subscriptionId;
  const ws = spec.workspace;
  const i = c.index;
  const address = `aksClusters[${i}]`;
  const cid = computeId(sub, ws.resourceGroup, ws.name, c.name);
  const wantSubnetId = subnetId(sub, net.resourceGroup, net.name, c.subnet);
  const subnetIdx = net.subnets.findIndex((s) => lower(s.name) === lower(c.subnet));
  const subnetNeeds =
    subnetIdx >= 0 ? [`network.subnets[${subnetIdx}]`, `network.subnets[${subnetIdx}].securityGroup`] : [];
  const ruleNeeds = ['network.securityGroup', '*security-rule'];
  const liveCompute = live.computes[c.name];
  const compute = readable(liveCompute);
  const out: Draft[] = [];
  const computeBase = {
    address,
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' as const,
    resourceId: cid,
    step: 'compute' as const,
  };

  if (isUnreadable(liveCompute)) {
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
  const privateMcId = c.mode === 'create' && c.privateCluster ? managedClusterId(sub, ws.resourceGroup, c.name) : null;
  const mcIdKnown = compute?.resourceId ?? (c.mode === 'attach' ? c.resourceId : privateMcId);
  const liveMc = mcIdKnown !== null ? live.managedClusters[mcIdKnown.toLowerCase()] : undefined;
  const mc = readable(liveMc);

  if (
    compute !== undefined &&
    c.mode === 'attach' &&
    c.resourceId !== null &&
    compute.resourceId !== null &&
    !sameId(compute.resourceId, c.resourceId)
  ) {
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
    if (isUnreadable(liveMc)) {
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
    if (provisioningFailed(liveMc.provisioningState)) {
      // Not amlnet's cluster: it never writes it, and attaching a failed cluster gives a compute without a
      // working cluster (the compute applier refuses it too: ManagedClusterProvisioningFailed).
      return [
        {
          ...computeBase,
          action: 'refuse',
          before: null,
          after: null,
          reason:
            `the cluster to attach, ${liveMc.name}, is in provisioning state ${liveMc.provisioningState ?? 'Failed'}; ` +
            `repair it first (az aks update --resource-group ${parseResourceId(liveMc.id)?.resourceGroup ?? '?'} ` +
            `--name ${liveMc.name} retries its last operation), then run amlnet again`,
          needs: [],
        },
      ];
    }
  }

  if (compute === undefined && privateMcId !== null && isUnreadable(liveMc)) {
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
  const immutable =
    compute !== undefined || c.mode === 'attach' || mc !== undefined
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
  const verdict: ComputeVerdict =
    compute === undefined
      ? { kind: 'healthy' }
      : computeVerdict({
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
  let principal: string | null = KNOWN_AFTER_APPLY;
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
  } else if (compute !== undefined && verdict.kind === 'recreate') {
    newCompute = true;
    out.push({
      ...computeBase,
      action: 'update',
      before: failedBefore,
      after: amlCreateBody(c, wantSubnetId),
      reason: verdict.reason,
      needs: [...subnetNeeds, ...ruleNeeds],
    });
  } else if (compute !== undefined) {
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
    principal = mc?.principalId ?? (settling(compute.provisioningState) ? KNOWN_AFTER_APPLY : null);
  } else if (c.mode === 'attach') {
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
  } else if (c.privateCluster && mc !== undefined && !provisioningFailed(mc.provisioningState)) {
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
  } else if (c.privateCluster) {
    newCompute = true;
    // AML cannot create a private cluster: create the managed cluster (no dockerBridgeCidr in AKS's API), then attach.
    // One left in state Failed by an earlier apply is PUT again with the same body (the managed-cluster
    // applier does so); its identity may change, so the role waits for the cluster's own answer.
    const mcId = mc?.id ?? managedClusterId(sub, ws.resourceGroup, c.name);
    const after = privateClusterBody(c, wantSubnetId);
    out.push({
      address: `${address}.managedCluster`,
      resourceType: 'Microsoft.ContainerService/managedClusters',
      resourceId: mcId,
      ...(mc !== undefined
        ? {
            action: 'update' as const,
            before: { ...managedClusterBefore(mc), provisioningState: mc.provisioningState ?? null },
            after,
            reason: `the managed cluster is in state ${mc.provisioningState ?? 'Failed'}; amlnet PUTs it again`,
          }
        : {
            action: 'create' as const,
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
  } else {
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
  const scope = networkContributorScopeId(sub, net, c);
  const roleAddress = `${address}.networkContributor`;
  const roleBase = {
    address: roleAddress,
    resourceType: 'Microsoft.Authorization/roleAssignments' as const,
    step: 'role' as const,
  };
  if (mc?.usesServicePrincipal === true) {
    // The object id of a cluster's service principal is not in ARM: a live rule tells the user to grant it.
  } else if (principal === null && !newCompute) {
    // Existing compute whose cluster could not be read or has no identity: a live rule reports it.
  } else {
    const known = principal !== null && principal !== KNOWN_AFTER_APPLY ? principal : null;
    const name = known !== null ? roleAssignmentName(scope, NETWORK_CONTRIBUTOR_ROLE_GUID, known) : KNOWN_AFTER_APPLY;
    const after: JsonObject = {
      scope,
      roleDefinitionId: roleDefinitionId(sub),
      principalId: known ?? KNOWN_AFTER_APPLY,
      principalType: 'ServicePrincipal',
      // Where the apply reads the identity from when the plan could not know it.
      ...(known === null ? { computeId: cid } : {}),
    };
    const assignments = known !== null ? live.roleAssignments[known] : undefined;
    const existing =
      assignments !== undefined && !isUnreadable(assignments)
        ? assignments.find((a) => a.roleDefinitionGuid === NETWORK_CONTRIBUTOR_ROLE_GUID && scopeCovers(a.scope, scope))
        : undefined;
    if (existing !== undefined) {
      const before: JsonObject = {
        scope: existing.scope,
        roleDefinitionId: roleDefinitionId(sub),
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
    } else {
      out.push({
        ...roleBase,
        resourceId: roleAssignmentId(scope, name),
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
  const lbAfter: JsonObject = { loadBalancerType: wantType, loadBalancerSubnet: wantLbSubnet };
  // The switch puts the front end in that subnet: it waits for the subnet (and its NSG association) when the
  // plan writes them, so that a failed subnet skips the switch instead of failing it with a missing subnet. The
  // cluster's own subnet is already waited for through the compute.
  const lbSubnetIdx = wantLbSubnet === null ? -1 : net.subnets.findIndex((s) => lower(s.name) === lower(wantLbSubnet));
  const lbSubnetNeeds =
    lbSubnetIdx >= 0 && lbSubnetIdx !== subnetIdx
      ? [`network.subnets[${lbSubnetIdx}]`, `network.subnets[${lbSubnetIdx}].securityGroup`]
      : [];
  const lbBase = {
    address: `${address}.loadBalancer`,
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' as const,
    resourceId: cid,
    step: 'load-balancer' as const,
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
  } else if (compute !== undefined) {
    const lbBefore: JsonObject = {
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

const WRITES: Record<Action, boolean> = { create: true, update: true, delete: true, 'no-op': false, refuse: false };

/** Fills dependsOn with the prerequisites that write something, and orders changes by step (stable within a step). */
function finish(drafts: Draft[]): Change[] {
  const writing = new Set(drafts.filter((d) => WRITES[d.action]).map((d) => d.address));
  const ruleWrites = drafts.filter((d) => d.step === 'security-rule' && WRITES[d.action]).map((d) => d.address);
  const changes = drafts.map((d): Change => {
    const deps = new Set<string>();
    if (WRITES[d.action]) {
      for (const n of d.needs) {
        if (n === '*security-rule') ruleWrites.forEach((r) => deps.add(r));
        else if (writing.has(n) && n !== d.address) deps.add(n);
      }
    }
    const { needs: _needs, ...rest } = d;
    return { ...rest, dependsOn: [...deps] };
  });
  const rank = (c: Change): number => STEP_ORDER.indexOf(c.step);
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

export function diff(spec: Spec, live: LiveState, options: DiffOptions = {}): Change[] {
  const net = resolveNetwork(spec);
  const vnet = readable(live.vnet);
  const drafts: Draft[] = [];
  const subnetDrafts = vnet !== undefined ? diffSubnets(net, vnet, live.subscriptionId) : [];
  drafts.push(...subnetDrafts);
  drafts.push(...diffSecurity(spec, net, live, vnet, options));
  for (const c of resolveClusters(spec)) drafts.push(...diffCluster(spec, net, live, c));
  drafts.push(...diffKubernetes(spec, net, live));
  return finish(drafts);
}
