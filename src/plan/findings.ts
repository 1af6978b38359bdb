// Runs the live rules and turns their raw findings into positioned findings.
import type { Finding, RawFinding, Rule, Severity } from '../rules/types.js';
import type { LiveContext } from '../rules/live/define.js';
import type { SourcePosition } from '../spec/types.js';

/** Maps a spec path ("aksClusters[0].subnet") to its line/column (nearest existing ancestor). */
export type SourcePositionResolver = (path: string) => SourcePosition;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function positionFinding(
  rule: Pick<Rule<LiveContext>, 'id' | 'severity'>,
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
export function runLiveRules(
  rules: readonly Rule<LiveContext>[],
  ctx: LiveContext,
  resolve: SourcePositionResolver,
): Finding[] {
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
          message: `rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}`,
        },
      ];
    }
    for (const raw of raws) out.push(positionFinding(rule, raw, resolve));
  }
  return sortFindings(out);
}

/** Errors first, then by position, rule and message: a stable order for rendering and hashing. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
