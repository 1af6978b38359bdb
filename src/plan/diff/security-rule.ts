// NSG rules: the spec's rules and, with restrictOutbound, the outbound allows amlnet adds; rules amlnet created
// earlier that the spec no longer lists are deleted with prune (the only delete amlnet ever makes). A rule amlnet
// does not own holding the same priority and direction is a refusal (Azure would answer SecurityRuleConflict). Pure.
import type { SecurityRuleSpec } from '../../spec/types.js';
import type { LiveNsg, LiveSecurityRule } from '../../live/types.js';
import { removedOwnedRules } from '../../live/ownership.js';
import { securityRuleId } from '../../live/ids.js';
import { SECURITY_GROUP_ADDRESS, prunedRuleAddress } from '../address.js';
import type { SecurityRuleValues } from '../model.js';
import { lower, sortedEq, type Draft } from './common.js';

/** A rule the spec asks for, with its address. */
export interface WantedRule {
  address: string;
  rule: SecurityRuleSpec;
}

export function ruleDesired(r: SecurityRuleSpec): SecurityRuleValues {
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

function ruleBefore(r: LiveSecurityRule): SecurityRuleValues {
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

function ruleMatches(want: SecurityRuleValues, have: SecurityRuleValues): boolean {
  if (lower(want.direction) !== lower(have.direction)) return false;
  if (lower(want.access) !== lower(have.access)) return false;
  if (lower(want.protocol) !== lower(have.protocol)) return false;
  if (want.priority !== have.priority) return false;
  if (!sortedEq(want.sourceAddressPrefixes, have.sourceAddressPrefixes)) return false;
  if (!sortedEq(want.sourcePortRanges, have.sourcePortRanges)) return false;
  if (!sortedEq(want.destinationAddressPrefixes, have.destinationAddressPrefixes)) return false;
  if (!sortedEq(want.destinationPortRanges, have.destinationPortRanges)) return false;
  return want.description === have.description;
}

const RULE = {
  kind: 'security-rule',
  resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
  step: 'security-rule',
} as const;

/** Rules amlnet created earlier (recorded in the NSG's tags) that the spec no longer lists: deleted with prune. */
export function diffPrunedRules(liveNsg: LiveNsg, wanted: readonly WantedRule[], nsgId: string): Draft[] {
  const owned = new Set(wanted.map((d) => lower(d.rule.name)));
  return removedOwnedRules(liveNsg, owned).map((r) => ({
    ...RULE,
    address: prunedRuleAddress(r.name),
    resourceId: securityRuleId(nsgId, r.name),
    needs: [SECURITY_GROUP_ADDRESS],
    action: 'delete' as const,
    before: ruleBefore(r),
    after: null,
    reason: `rule ${r.name} was created by amlnet and the spec no longer lists it (prune: true)`,
  }));
}

export function diffRule(
  d: WantedRule,
  wanted: readonly WantedRule[],
  liveNsg: LiveNsg | undefined,
  nsgId: string,
  deletes: readonly Draft[],
): Draft {
  const owned = new Set(wanted.map((w) => lower(w.rule.name)));
  const deleted = new Set(deletes.map((x) => lower(x.resourceId.split('/').pop())));
  const want = ruleDesired(d.rule);
  const have = liveNsg?.rules.find((r) => lower(r.name) === lower(d.rule.name));
  // A pruned rule may hold the priority this one takes: deletes go first.
  const base = {
    ...RULE,
    address: d.address,
    resourceId: securityRuleId(nsgId, d.rule.name),
    needs: [SECURITY_GROUP_ADDRESS, ...deletes.map((x) => x.address)],
  };
  const clash = liveNsg?.rules.find(
    (r) =>
      !owned.has(lower(r.name)) &&
      !deleted.has(lower(r.name)) &&
      r.priority === d.rule.priority &&
      lower(r.direction) === lower(d.rule.direction),
  );
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
  if (ruleMatches(want, before)) return { ...base, action: 'no-op', before, after: before, reason: 'matches' };
  return { ...base, action: 'update', before, after: want, reason: `rule ${d.rule.name} differs` };
}
