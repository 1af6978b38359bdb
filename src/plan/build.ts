// buildPlan(spec, live, findings) -> Plan: the diff, the hash and the two flags the apply and the comment read.
import type { Spec, SecurityRuleSpec } from '../spec/types.js';
import type { LiveState } from '../live/types.js';
import type { Finding } from '../findings/finding.js';
import { planHash } from './canonical.js';
import { diff } from './diff/index.js';
import { writes, type Action, type Plan } from './model.js';
import { sortFindings } from '../findings/run.js';

export interface BuildPlanOptions {
  requiredOutboundRules?: (spec: Spec) => SecurityRuleSpec[];
}

export function buildPlan(spec: Spec, live: LiveState, findings: Finding[], options: BuildPlanOptions = {}): Plan {
  const changes = diff(spec, live, options);
  const refused = changes.some((c) => c.action === 'refuse') || findings.some((f) => f.severity === 'error');
  return {
    planHash: planHash(changes, refused),
    hasChanges: changes.some((c) => writes(c.action)),
    refused,
    findings: sortFindings(findings),
    changes,
  };
}

/** Counts per action, for summaries. */
export function countActions(plan: Pick<Plan, 'changes'>): Record<Action, number> {
  const counts: Record<Action, number> = { create: 0, update: 0, delete: 0, 'no-op': 0, refuse: 0 };
  for (const c of plan.changes) counts[c.action]++;
  return counts;
}
