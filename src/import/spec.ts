// ImportSource -> the spec that describes it, with the notes the written file carries as comments and the
// findings for what the spec cannot say. Pure.
//
// Chosen so that planning the result against the same Azure state changes nothing:
// - subnets: those the NSG guards plus those the clusters and ACI use (a listed subnet without the NSG would be
//   associated with it by the plan); every subnet when there is no NSG. Delegations as Azure holds them.
// - NSG rules: all of them, each list written out as Azure holds it; amlnet's own restrictOutbound allows (by
//   their names) become `restrictOutbound: true` when they are exactly what amlnet would write.
// - clusters: `mode: attach` with the values attach uses (subnet, load balancer, private cluster, the scope of the
//   identity's Network Contributor role). The create-only networking values Azure holds (plugin, service and pod
//   ranges, DNS IP, node pool) are written as a comment: amlnet does not send them for an attached cluster.
// - v2 Kubernetes computes (import/kubernetes.ts): `kubernetesClusters` entries in `mode: attach`, the AzureML
//   extension's settings read back into the spec's fields.
import type {
  AksClusterSpec,
  KubernetesClusterSpec,
  Protocol,
  SecurityRuleSpec,
  Spec,
  SubnetSpec,
} from '../spec/types.js';
import type { LiveSecurityRule, LiveSubnet } from '../live/types.js';
import { sameId } from '../live/ids.js';
import { ruleDesired } from '../plan/diff/index.js';
import { AMLNET_OUTBOUND_RULE_NAMES, requiredOutboundRules } from '../rules/outbound.js';
import { OWNED_RULES_TAG } from '../live/ownership.js';
import type { ImportedAksCluster, ImportSource } from './source.js';
import { IMPORT_RULES, type ImportIssue } from './findings.js';
import { addNote, contributorScopeOf, heldLines, locationName, lower, oneOf, type ImportNotes } from './shared.js';
import { kubernetesClusterSpec } from './kubernetes.js';

export { locationName, type ImportNotes } from './shared.js';

export interface ImportedSpec {
  spec: Spec;
  notes: ImportNotes;
  issues: ImportIssue[];
}

const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';
const IPV4_CIDR = /^[0-9]{1,3}(\.[0-9]{1,3}){3}\/[0-9]{1,2}$/;
const PROTOCOLS: readonly Protocol[] = ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'];
const PURPOSES = ['FastProd', 'DenseProd', 'DevTest'] as const;
const LB_TYPES = ['PublicIp', 'InternalLoadBalancer'] as const;

/** A live rule as a spec rule, or why it cannot be one. */
function ruleSpec(r: LiveSecurityRule): SecurityRuleSpec | string {
  const direction = oneOf(r.direction, ['Inbound', 'Outbound'] as const);
  const access = oneOf(r.access, ['Allow', 'Deny'] as const);
  const protocol = oneOf(r.protocol, PROTOCOLS);
  if (direction === undefined) return `direction '${r.direction}' is not Inbound or Outbound`;
  if (access === undefined) return `access '${r.access}' is not Allow or Deny`;
  if (protocol === undefined) return `protocol '${r.protocol}' is not one of ${PROTOCOLS.join(', ')}`;
  for (const [k, v] of [
    ['source addresses', r.sourceAddressPrefixes],
    ['source ports', r.sourcePortRanges],
    ['destination addresses', r.destinationAddressPrefixes],
    ['destination ports', r.destinationPortRanges],
  ] as const) {
    if (v.length === 0) return `it has no ${k} (Azure gives them some other way)`;
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

function sameRule(a: SecurityRuleSpec, b: SecurityRuleSpec): boolean {
  const x = ruleDesired(a);
  const y = ruleDesired(b);
  const norm = (v: unknown): string =>
    Array.isArray(v)
      ? JSON.stringify([...(v as string[])].map((s) => s.toLowerCase()).sort())
      : JSON.stringify(typeof v === 'string' ? v.toLowerCase() : v);
  return (Object.keys(x) as (keyof typeof x)[]).every((k) => norm(x[k]) === norm(y[k]));
}

/** The subnet's one IPv4 prefix as the spec writes it, and the prefixes left out. */
function prefixOf(s: LiveSubnet): { prefix?: string; others: string[] } {
  const all = s.addressPrefixes.length > 0 ? s.addressPrefixes : s.addressPrefix !== null ? [s.addressPrefix] : [];
  const v4 = all.filter((p) => IPV4_CIDR.test(p));
  return v4.length === 0 ? { others: all } : { prefix: v4[0], others: all.filter((p) => p !== v4[0]) };
}

function clusterSpec(
  c: ImportedAksCluster,
  src: ImportSource,
  location: string,
  path: string,
  issues: ImportIssue[],
  notes: ImportNotes,
): AksClusterSpec | undefined {
  const { compute, managedCluster: mc } = c;
  if (compute.resourceId === null) {
    issues.push({
      ...IMPORT_RULES.notImported,
      message: `compute ${compute.name} names no managed cluster (resourceId), so it cannot be written in attach mode`,
      path: 'aksClusters',
    });
    return undefined;
  }
  const spec: AksClusterSpec = { name: compute.name, mode: 'attach', resourceId: compute.resourceId, subnet: '' };
  const mcLocation = mc !== null && mc.location !== '' ? locationName(mc.location) : null;
  if (mcLocation !== null && mcLocation !== location) spec.location = mcLocation;
  // Re-set so that the key order reads: name, mode, resourceId, location, subnet.
  delete (spec as Partial<AksClusterSpec>).subnet;
  spec.subnet = c.subnet.name;
  const purpose = oneOf(compute.clusterPurpose, PURPOSES);
  if (purpose !== undefined) spec.clusterPurpose = purpose;
  if (mc !== null) {
    spec.privateCluster = mc.enablePrivateCluster;
    if (mc.enablePrivateCluster) spec.privateClusterPublicFqdn = mc.enablePrivateClusterPublicFqdn;
  }
  const lbType = oneOf(compute.loadBalancerType ?? 'PublicIp', LB_TYPES);
  if (lbType === undefined) {
    issues.push({
      ...IMPORT_RULES.notExpressible,
      message: `compute ${compute.name} has load balancer type '${compute.loadBalancerType ?? ''}', which the spec cannot express`,
      path: `${path}.loadBalancerType`,
    });
  } else {
    spec.loadBalancerType = lbType;
    if (lbType === 'InternalLoadBalancer' && compute.loadBalancerSubnet !== null) {
      spec.loadBalancerSubnet = compute.loadBalancerSubnet;
    }
  }
  spec.networkContributorScope = contributorScopeOf(
    c.networkContributorScopes,
    c.subnet.id,
    src.subscriptionId,
    src.vnet.resourceGroup,
  );
  if (c.problem !== undefined) {
    issues.push({ ...IMPORT_RULES.notRead, message: `cluster ${compute.name}: ${c.problem}`, path });
  }

  // What Azure holds that attach does not send: for the reader of the file, not for amlnet.
  const cfg = compute.aksNetworkingConfiguration;
  addNote(
    notes,
    path,
    `compute ${compute.name}, attached to managed cluster ${mc?.name ?? compute.resourceId}.`,
    ...heldLines([
      ['networkPlugin', mc?.networkPlugin],
      ['networkPluginMode', mc?.networkPluginMode],
      ['podCidr', mc?.podCidr],
      ['serviceCidr', cfg?.serviceCidr ?? mc?.serviceCidr],
      ['dnsServiceIp', cfg?.dnsServiceIP ?? mc?.dnsServiceIP],
      ['dockerBridgeCidr', cfg?.dockerBridgeCidr],
      ['vmSize', c.agentPool?.vmSize ?? compute.agentVmSize],
      ['agentCount', c.agentPool?.count ?? compute.agentCount],
      ['maxPods', c.agentPool?.maxPods],
    ]),
  );
  return spec;
}

export function importedSpec(src: ImportSource): ImportedSpec {
  const notes: ImportNotes = { before: new Map() };
  const issues: ImportIssue[] = [];
  const location = locationName(src.workspace.location);
  const vnet = src.vnet;
  const nsg = src.nsg;

  // Clusters first: they decide which subnets must be listed.
  const clusters: AksClusterSpec[] = [];
  const k8s: KubernetesClusterSpec[] = [];
  // A v2 cluster's default location is the network's (spec/defaults.ts), which the spec says when it differs.
  const networkLocation = locationName(vnet.location) || location;
  for (const c of src.clusters) {
    if (c.kind === 'aks') {
      const s = clusterSpec(c, src, location, `aksClusters[${clusters.length}]`, issues, notes);
      if (s !== undefined) clusters.push(s);
    } else {
      const path = `kubernetesClusters[${k8s.length}]`;
      const s = kubernetesClusterSpec(c, { src, location: networkLocation, path, issues, notes });
      if (s !== undefined) k8s.push(s);
    }
  }
  const aciSubnets = vnet.subnets.filter((s) => s.delegations.some((d) => lower(d) === lower(ACI_DELEGATION)));
  const used = new Set<string>(
    [
      ...clusters.map((c) => c.subnet),
      ...clusters.map((c) => c.loadBalancerSubnet ?? ''),
      ...k8s.map((c) => c.subnet),
      ...aciSubnets.slice(0, 1).map((s) => s.name),
    ]
      .filter((n) => n !== '')
      .map(lower),
  );
  const guarded = (s: LiveSubnet): boolean =>
    nsg !== null && (sameId(s.networkSecurityGroupId, nsg.id) || nsg.subnetIds.some((id) => sameId(id, s.id)));

  const subnets: SubnetSpec[] = [];
  const unlisted: string[] = [];
  for (const s of vnet.subnets) {
    if (nsg !== null && !guarded(s) && !used.has(lower(s.name))) {
      unlisted.push(
        `${s.name} (${s.networkSecurityGroupId === null ? 'no NSG' : `NSG ${s.networkSecurityGroupId.split('/').pop() ?? ''}`})`,
      );
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
    const spec: SubnetSpec = { name: s.name, addressPrefix: prefix };
    if (s.delegations.length === 1) spec.delegation = s.delegations[0];
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
    addNote(
      notes,
      'network.subnets',
      `Not listed (not guarded by ${nsg?.name ?? 'the NSG'} and not used by a cluster; amlnet leaves them alone):`,
      `  ${unlisted.join(', ')}`,
    );
  }

  const spec: Spec = {
    version: 1,
    subscriptionId: src.subscriptionId,
    location,
    workspace: { resourceGroup: src.workspace.resourceGroup, name: src.workspace.name },
    network: { resourceGroup: vnet.resourceGroup, name: vnet.name, subnets: [] },
  };
  const vnetLocation = locationName(vnet.location);
  if (vnetLocation !== '' && vnetLocation !== location) spec.network.location = vnetLocation;
  // (subnets re-set after, so that the file reads location, addressSpace, subnets)
  delete (spec.network as Partial<Spec['network']>).subnets;
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
    const sg: NonNullable<Spec['network']['securityGroup']> = { name: nsg.name };
    if (lower(nsg.resourceGroup) !== lower(vnet.resourceGroup)) sg.resourceGroup = nsg.resourceGroup;
    const rules: SecurityRuleSpec[] = [];
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
    const names = Object.values(AMLNET_OUTBOUND_RULE_NAMES).map(lower);
    const others = rules.filter((r) => !names.includes(lower(r.name)));
    if (others.length === rules.length - names.length) {
      const candidate: Spec = {
        ...spec,
        network: { ...spec.network, securityGroup: { ...sg, rules: others, restrictOutbound: true } },
      };
      const wanted = requiredOutboundRules(candidate);
      const match = wanted.every((w) => rules.some((r) => lower(r.name) === lower(w.name) && sameRule(r, w)));
      if (wanted.length === names.length && match) spec.network.securityGroup = candidate.network.securityGroup;
    }
    const owned = nsg.ownedRules;
    addNote(
      notes,
      'network.securityGroup.rules',
      'Every rule of the NSG as Azure holds it. From now on amlnet manages the rules listed here: a change',
      `to one is written to Azure, and amlnet records the rule in the NSG's ${OWNED_RULES_TAG} tag when it`,
      'writes it. Removing a rule from this list deletes it only when that tag records it and prune is true.',
      owned.length > 0
        ? `Recorded as amlnet's today: ${owned.join(', ')}.`
        : "No rule is recorded as amlnet's yet (the NSG has no such tag).",
    );
  }
  if (clusters.length > 0) spec.aksClusters = clusters;
  if (k8s.length > 0) spec.kubernetesClusters = k8s;
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
