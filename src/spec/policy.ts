// `policy.severity` (docs/spec-reference.md, "policy"): per-rule severity overrides in the spec. Pure.
// - An advisory rule (default warning or notice) can be raised to error, lowered to notice, or turned off.
// - A rule whose default is error mirrors something Azure itself rejects (or that would fail the apply): it can
//   only stay error. Asking for less is SPEC-POLICY-NOT-LOWERABLE at the entry, and its findings keep error.
// - A finding that is an error is never lowered, whatever its rule's default (a rule may raise one finding).
// - An id amlnet does not know is SPEC-POLICY-UNKNOWN-RULE, with the closest known id as a did-you-mean.
import type { Finding, RawFinding, Severity } from '../findings/finding.js';
import { formatPath } from './path.js';
import { SpecRuleId } from './rule-ids.js';
import { closestMatch } from './suggest.js';
import type { PolicySeverity, Spec } from './types.js';

/** What the policy needs to know of a rule: its id and default severity. */
export interface KnownRule {
  id: string;
  severity: Severity;
}

const RANK: Record<PolicySeverity, number> = { off: 0, notice: 1, warning: 2, error: 3 };

function entries(spec: Spec): [string, PolicySeverity][] {
  return Object.entries(spec.policy?.severity ?? {});
}

/** The spec path of one policy entry, e.g. `policy.severity.NSG-INBOUND-FROM-INTERNET`. */
export function policyPath(ruleId: string): string {
  return formatPath(['policy', 'severity', ruleId]);
}

/** True when a rule's findings may get `wanted` (an error rule may only stay error). */
export function lowerable(rule: KnownRule, wanted: PolicySeverity): boolean {
  return rule.severity !== 'error' || wanted === 'error';
}

/** Findings about the policy itself: unknown rule ids and attempts to lower an error rule. */
export function policyFindings(spec: Spec, known: readonly KnownRule[]): (RawFinding & { ruleId: string })[] {
  const byId = new Map(known.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  const out: (RawFinding & { ruleId: string })[] = [];
  for (const [id, wanted] of entries(spec)) {
    const rule = byId.get(id);
    if (rule === undefined) {
      const guess = closestMatch(id, ids);
      out.push({
        ruleId: SpecRuleId.policyUnknownRule,
        severity: 'error',
        path: policyPath(id),
        message: `policy.severity names ${JSON.stringify(id)}, which is not an amlnet rule id`,
        hint:
          guess !== undefined
            ? `did you mean ${guess}? (rule ids are listed in docs/rules.md)`
            : 'use a rule id from docs/rules.md',
      });
    } else if (!lowerable(rule, wanted)) {
      out.push({
        ruleId: SpecRuleId.policyNotLowerable,
        severity: 'error',
        path: policyPath(id),
        message: `${id} cannot be set to ${wanted}: it mirrors what Azure itself rejects, so its findings stay errors`,
        hint: `remove the policy entry for ${id}, or fix what it reports`,
      });
    }
  }
  return out;
}

/**
 * The findings with the policy applied: overridden severities, `off` rules dropped. Entries that
 * policyFindings reports (unknown ids, lowering an error rule) change nothing, and an error is never lowered.
 */
export function applySeverityPolicy(findings: readonly Finding[], spec: Spec, known: readonly KnownRule[]): Finding[] {
  const wanted = new Map(entries(spec));
  if (wanted.size === 0) return [...findings];
  const byId = new Map(known.map((r) => [r.id, r]));
  const out: Finding[] = [];
  for (const f of findings) {
    const w = wanted.get(f.ruleId);
    const rule = byId.get(f.ruleId);
    if (w === undefined || rule === undefined || !lowerable(rule, w)) {
      out.push(f);
      continue;
    }
    if (f.severity === 'error' && RANK[w] < RANK.error) {
      out.push(f);
      continue;
    }
    if (w !== 'off') out.push(w === f.severity ? f : { ...f, severity: w });
  }
  return out;
}
