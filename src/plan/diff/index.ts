// diff(spec, live) -> Change[]: what amlnet would write, in dependency order, over managed properties only.
// Pure. Never deletes or replaces: what cannot be reached by a create or an in-place update of a managed
// property is a refusal with the reason. Properties amlnet does not manage are neither shown nor written.
//
// This module orchestrates: each resource kind has its own module in this folder, which returns drafts (changes
// whose prerequisites are named by address); `finish` keeps the prerequisites that write something as dependsOn
// and orders the changes by step (STEP_ORDER), stable within a step. A new kind of resource is a new module
// whose drafts are added in `diff` below.
import type { SecurityRuleSpec, Spec } from '../../spec/types.js';
import { requiredOutboundRules as defaultRequiredOutboundRules } from '../../rules/outbound.js';
import { resolveClusters, resolveNetwork, type ResolvedNetwork } from '../../spec/defaults.js';
import type { LiveState, LiveVnet } from '../../live/types.js';
import { readable } from '../../live/types.js';
import { nsgId } from '../../live/ids.js';
import { outboundRuleAddress, ruleAddress } from '../address.js';
import { STEP_ORDER, writes, type Change } from '../model.js';
import type { Draft } from './common.js';
import { diffSubnets } from './subnet.js';
import { diffAssociations, diffSecurityGroup } from './security-group.js';
import { diffPrunedRules, diffRule, type WantedRule } from './security-rule.js';
import { diffCluster } from './cluster.js';

export { ruleDesired } from './security-rule.js';
export { immutableDifferences } from './cluster.js';

export interface DiffOptions {
  /** The outbound allows amlnet adds with restrictOutbound; rules/outbound.ts requiredOutboundRules by default. */
  requiredOutboundRules?: (spec: Spec) => SecurityRuleSpec[];
}

/** The rules the spec asks for: its own, then (restrictOutbound) the outbound allows amlnet adds. */
function wantedRules(spec: Spec, net: ResolvedNetwork, opts: DiffOptions): WantedRule[] {
  const sg = net.securityGroup;
  if (sg === null) return [];
  const outbound = sg.restrictOutbound ? (opts.requiredOutboundRules ?? defaultRequiredOutboundRules)(spec) : [];
  return [
    ...sg.rules.map((rule, i) => ({ address: ruleAddress(rule.name, i), rule })),
    ...outbound.map((rule, i) => ({ address: outboundRuleAddress(rule.name, i), rule })),
  ];
}

/** The NSG, its subnet associations, the pruned rules and the wanted rules. */
function diffSecurity(
  spec: Spec,
  net: ResolvedNetwork,
  live: LiveState,
  vnet: LiveVnet | undefined,
  opts: DiffOptions,
): Draft[] {
  const sg = net.securityGroup;
  if (sg === null) return [];
  const id = nsgId(live.subscriptionId, sg.resourceGroup, sg.name);
  const liveNsg = readable(live.nsg);
  const group = diffSecurityGroup(sg, net, live, liveNsg, id);
  if (group.action === 'refuse') return [group];
  const associations = vnet !== undefined ? diffAssociations(sg, net, vnet, live.subscriptionId, id) : [];
  const wanted = wantedRules(spec, net, opts);
  const deletes = sg.prune && liveNsg !== undefined ? diffPrunedRules(liveNsg, wanted, id) : [];
  const rules = wanted.map((w) => diffRule(w, wanted, liveNsg, id, deletes));
  return [group, ...associations, ...deletes, ...rules];
}

/** Fills dependsOn with the prerequisites that write something, and orders changes by step (stable within a step). */
function finish(drafts: Draft[]): Change[] {
  const writing = new Set(drafts.filter((d) => writes(d.action)).map((d) => d.address));
  const changes = drafts.map((d): Change => {
    const { needs, ...rest } = d;
    const deps = writes(d.action) ? [...new Set(needs)].filter((n) => writing.has(n) && n !== d.address) : [];
    return { ...rest, dependsOn: deps };
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
  const subnets = vnet !== undefined ? diffSubnets(net, vnet, live.subscriptionId) : [];
  const security = diffSecurity(spec, net, live, vnet, options);
  // Every cluster write waits for the NSG and all its rule writes (a cluster's traffic must be allowed first).
  const securityNeeds = security
    .filter((d) => d.kind === 'security-group' || d.kind === 'security-rule')
    .map((d) => d.address);
  const inputs = { net, live, workspace: spec.workspace, securityNeeds };
  const clusters = resolveClusters(spec).flatMap((c) => diffCluster(c, inputs));
  return finish([...subnets, ...security, ...clusters]);
}
