// A picture of the network for the pull-request comment, the job summary and `amlnet plan --format markdown`:
// a Mermaid flowchart (GitHub renders ```mermaid blocks:
// https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams)
// of the VNet and its address space, each subnet with its prefix and what uses it (clusters, ACI, the NSG), and
// each cluster's service CIDR, DNS IP and docker bridge. Parts the plan creates, updates or refuses get a class.
// Pure. Every label comes from the spec, so every label is escaped (labelText); node ids are amlnet's own.
import type { Action, Plan } from '../plan/model.js';
import type { Spec } from '../spec/types.js';
import { resolveAllClusters, resolveNetwork, type ResolvedAnyCluster } from '../spec/defaults.js';

/** Parts of one kind shown before the rest fold into a "+N more" node. */
export const MAX_PARTS = 12;

type Mark = 'create' | 'update' | 'refuse';

const CLASS_DEFS = [
  'classDef create fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef update fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  'classDef refuse fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef more fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:3 3,color:#1f2328',
];

const LEGEND: Record<Mark, string> = { create: 'created', update: 'updated', refuse: 'refused' };

/**
 * A value as Mermaid label text: letters, digits and a few harmless punctuation marks (`./:_,=+-()` and space) stay; every other
 * character (quotes, `<`, `>`, backticks, `#`, `;`, brackets, newlines, anything non-ASCII) becomes a Mermaid
 * entity code `#NNN;`, so no value can end the label, open HTML, start a Markdown string or close the code fence.
 */
export function labelText(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += ' ';
    else if (/^[A-Za-z0-9 ./:_,=+()-]$/.test(ch)) out += ch;
    else out += `#${code};`;
  }
  return out;
}

function node(id: string, lines: readonly string[]): string {
  return `${id}["${lines.map(labelText).join('<br/>')}"]`;
}

const RANK: Record<Mark, number> = { update: 1, create: 2, refuse: 3 };

function markOf(action: Action): Mark | undefined {
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

const PART_IDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['subnet', /\/subnets\/([^/]+)$/],
  ['nsg', /\/networksecuritygroups\/([^/]+)/],
  ['compute', /\/computes\/([^/]+)$/],
  ['aks', /\/managedclusters\/([^/]+)$/],
];

/** Which spec parts the plan touches, keyed `subnet:NAME`, `nsg:NAME`, `compute:NAME`, `aks:NAME` (lower case). */
function marks(plan: Plan | undefined): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const c of plan?.changes ?? []) {
    const mark = markOf(c.action);
    if (mark === undefined) continue;
    const id = c.resourceId.toLowerCase();
    const keys = PART_IDS.flatMap(([kind, re]) => {
      const hit = re.exec(id);
      return hit === null ? [] : [`${kind}:${hit[1]}`];
    });
    for (const key of keys) {
      const had = out.get(key);
      if (had === undefined || RANK[mark] > RANK[had]) out.set(key, mark);
    }
  }
  return out;
}

/** Up to `max` items, the marked ones first, shown in their spec order; and how many were left out. */
function pick<T>(items: readonly T[], marked: (t: T) => boolean, max: number): { shown: T[]; hidden: number } {
  if (items.length <= max) return { shown: [...items], hidden: 0 };
  const order = items.map((t, i) => ({ t, i }));
  const chosen = [...order.filter((x) => marked(x.t)), ...order.filter((x) => !marked(x.t))].slice(0, max);
  chosen.sort((a, b) => a.i - b.i);
  return { shown: chosen.map((x) => x.t), hidden: items.length - max };
}

function clusterLines(c: ResolvedAnyCluster): string[] {
  const kind = c.kind === 'aksClusters' ? 'AKS compute' : 'Kubernetes compute';
  const lines = [`${kind} ${c.name} (${c.mode})`];
  if (c.mode === 'attach') return lines;
  if (c.serviceCidr !== null) lines.push(`service CIDR ${c.serviceCidr}`);
  if (c.dnsServiceIp !== null) lines.push(`DNS IP ${c.dnsServiceIp}`);
  if (c.kind === 'aksClusters') lines.push(`docker bridge ${c.dockerBridgeCidr}`);
  if (c.podCidr !== null) lines.push(`pod CIDR ${c.podCidr}`);
  const ilb =
    c.kind === 'aksClusters'
      ? c.loadBalancerType === 'InternalLoadBalancer'
      : c.inferenceRouter === 'internalLoadBalancer';
  lines.push(ilb ? 'scoring: internal load balancer' : 'scoring: public IP');
  return lines;
}

function clusterMark(c: ResolvedAnyCluster, m: Map<string, Mark>): Mark | undefined {
  const keys = [`compute:${c.name.toLowerCase()}`];
  if (c.kind === 'kubernetesClusters') keys.push(`aks:${c.clusterName.toLowerCase()}`);
  let best: Mark | undefined;
  for (const k of keys) {
    const v = m.get(k);
    if (v !== undefined && (best === undefined || RANK[v] > RANK[best])) best = v;
  }
  return best;
}

/**
 * The Mermaid source (without the code fence) of the spec's network, with the parts `plan` changes marked.
 * Small for small specs; more than MAX_PARTS subnets or clusters fold into one "+N more" node each.
 */
export function networkPicture(spec: Spec, plan?: Plan): string {
  const net = resolveNetwork(spec);
  const m = marks(plan);
  const clusters = resolveAllClusters(spec);
  const out: string[] = ['flowchart LR', ...CLASS_DEFS.map((d) => `  ${d}`)];
  const classes = new Map<Mark | 'more', string[]>();
  const mark = (id: string, v: Mark | 'more' | undefined): void => {
    if (v !== undefined) classes.set(v, [...(classes.get(v) ?? []), id]);
  };

  const space = net.addressSpace.length > 0 ? net.addressSpace.join(', ') : 'address space read at plan time';
  out.push(`  subgraph vnet["${labelText(`VNet ${net.name} (${space})`)}"]`, '    direction TB');
  const subnetMarked = (s: { name: string }): boolean => m.has(`subnet:${s.name.toLowerCase()}`);
  const subnets = pick(net.subnets, subnetMarked, MAX_PARTS);
  const subnetId = new Map<string, string>();
  subnets.shown.forEach((s) => {
    const id = `s${net.subnets.indexOf(s)}`;
    subnetId.set(s.name, id);
    const lines = [`subnet ${s.name}`, s.addressPrefix];
    if (typeof s.delegation === 'string' && s.delegation !== '') lines.push(`delegated to ${s.delegation}`);
    out.push(`    ${node(id, lines)}`);
    mark(id, m.get(`subnet:${s.name.toLowerCase()}`));
  });
  if (subnets.hidden > 0) {
    out.push(`    ${node('smore', [`+${subnets.hidden} more subnet(s)`])}`);
    mark('smore', 'more');
  }
  out.push('  end');

  const edges: string[] = [];
  const target = (subnet: string): string => subnetId.get(subnet) ?? (subnets.hidden > 0 ? 'smore' : '');

  if (net.securityGroup !== null) {
    const g = net.securityGroup;
    const rules = g.rules.length;
    const lines = [`NSG ${g.name}`, `${rules} rule(s) in the spec${g.restrictOutbound ? ', outbound restricted' : ''}`];
    out.push(`  ${node('nsg', lines)}`);
    mark('nsg', m.get(`nsg:${g.name.toLowerCase()}`));
    // The NSG controls the subnets of the spec (README, "network.securityGroup").
    const targets = [...new Set(net.subnets.map((s) => target(s.name)).filter((t) => t !== ''))];
    for (const t of targets) edges.push(`  nsg -. controls .-> ${t}`);
  }

  const markedCluster = (c: ResolvedAnyCluster): boolean => clusterMark(c, m) !== undefined;
  const shownClusters = pick(clusters, markedCluster, MAX_PARTS);
  shownClusters.shown.forEach((c) => {
    const id = `c${clusters.indexOf(c)}`;
    out.push(`  ${node(id, clusterLines(c))}`);
    mark(id, clusterMark(c, m));
    const t = target(c.subnet);
    if (t !== '') edges.push(`  ${id} -- nodes --> ${t}`);
    if (c.kind === 'aksClusters' && c.loadBalancerSubnet !== null && c.loadBalancerSubnet !== c.subnet) {
      const lb = target(c.loadBalancerSubnet);
      if (lb !== '') edges.push(`  ${id} -. scoring IP .-> ${lb}`);
    }
  });
  if (shownClusters.hidden > 0) {
    out.push(`  ${node('cmore', [`+${shownClusters.hidden} more cluster(s)`])}`);
    mark('cmore', 'more');
  }

  if (spec.aci !== undefined && spec.aci !== null) {
    out.push(`  ${node('aci', ['Container Instances (ACI)'])}`);
    const t = target(spec.aci.subnet);
    if (t !== '') edges.push(`  aci -- containers --> ${t}`);
  }

  out.push(...edges);
  for (const [cls, ids] of classes) out.push(`  class ${ids.join(',')} ${cls}`);
  return out.join('\n');
}

/** One line under the picture that says what the colours mean (only the ones the picture uses). */
export function pictureLegend(picture: string): string {
  const used = (['create', 'update', 'refuse'] as const).filter((k) => new RegExp(` ${k}$`, 'm').test(picture));
  return used.length === 0 ? '' : `Coloured: ${used.map((k) => LEGEND[k]).join(', ')} by this plan.`;
}
