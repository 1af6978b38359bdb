// Runs the live rules and turns their raw findings into positioned findings.
import type { Finding, RawFinding, Severity, SourcePositionResolver } from './finding.js';
import { sortFindings } from './order.js';
import { errorMessage } from '../util/errors.js';

export type { SourcePositionResolver } from './finding.js';
export { sortFindings } from './order.js';

/** What running a rule needs of it (rules/types.ts `Rule` satisfies it). */
export interface CheckedRule<C> {
  id: string;
  severity: Severity;
  check(ctx: C): RawFinding[];
}

export function positionFinding(
  rule: Pick<CheckedRule<unknown>, 'id' | 'severity'>,
  raw: RawFinding,
  resolve: SourcePositionResolver,
): Finding {
  const pos = resolve(raw.path);
  const f: Finding = {
    ruleId: rule.id,
    severity: raw.severity ?? rule.severity,
    message: raw.message,
    path: raw.path,
    line: pos.line,
    column: pos.column,
  };
  if (raw.hint !== undefined) f.hint = raw.hint;
  return f;
}

/** Runs every rule; a rule that throws becomes an error finding naming the rule (never a stack trace). */
export function runLiveRules<C>(rules: readonly CheckedRule<C>[], ctx: C, resolve: SourcePositionResolver): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    let raws: RawFinding[];
    try {
      raws = rule.check(ctx);
    } catch (err) {
      raws = [
        {
          path: '',
          severity: 'error',
          message: `rule ${rule.id} failed: ${errorMessage(err)}`,
        },
      ];
    }
    for (const raw of raws) out.push(positionFinding(rule, raw, resolve));
  }
  return sortFindings(out);
}
