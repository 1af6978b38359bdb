// The orders findings are listed in. Both are total (ties broken by rule id and message), so a rendering or a
// plan hash never depends on the order rules ran in.
import type { Finding, Severity } from './finding.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Errors first, then by position, rule and message: a stable order for rendering and hashing a plan. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

/** Document order (line, column, rule, path, message): how `amlnet validate` lists a file's findings. */
export function byPosition(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.path.localeCompare(b.path) ||
    a.message.localeCompare(b.message)
  );
}
